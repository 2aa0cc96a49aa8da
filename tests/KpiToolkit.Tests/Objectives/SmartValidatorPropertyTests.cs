using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

/// <summary>
/// Random objective trees the model accepts, validated at a random instant. Target, baseline, both dates
/// and a history are present most of the time, so the Achievable arithmetic runs often.
/// </summary>
public class SmartValidatorPropertyTests
{
    /// <summary>One random validation: an objective tree, its history, the instant and the calendar.</summary>
    public sealed record Case(Objective Objective, IReadOnlyDictionary<string, MeasurementSeries>? History, Instant Now, ReportingCalendar Calendar)
    {
        public override string ToString() =>
            $"{Objective.Id}: {Objective.Indicator.Key} {Objective.Target} from {Objective.Baseline}, {Objective.Start}..{Objective.Deadline}, " +
            $"{Objective.SubObjectives.Count} sub(s), history of {History?.Count ?? 0} objective(s), now {Now} in {Calendar}";
    }

    private static readonly LocalDate Epoch = new(2026, 1, 1);

    /// <summary>Finite values, with the extremes the model accepts: 0, ±1e300, the smallest subnormal.</summary>
    private static Gen<double> Values() =>
        Gen.OneOf(
            Gen.Elements(0.0, 1e300, -1e300, 1.0, -1.0, 0.5, 1e-300, double.Epsilon, 45.0, 0.045),
            Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 100.0),
            Gen.Choose(-100, 100).Select(i => i * 1e298));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (4, gen.Select(value => (T?)value)));

    private static Gen<Target?> Targets() =>
        Gen.Frequency(
            (1, Gen.Constant<Target?>(null)),
            (2, Values().Select(v => (Target?)Target.IncreaseTo(v))),
            (2, Values().Select(v => (Target?)Target.DecreaseTo(v))),
            (2, Values().Two().Select(p => (Target?)Target.KeepWithin(Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2)))));

    private static Gen<LocalDate> Dates() => Gen.Choose(-3650, 3650).Select(Epoch.PlusDays);

    /// <summary>Start and deadline, each optional (both present most often), the deadline never before the start (0 days to about 5 years after).</summary>
    private static Gen<(LocalDate? Start, LocalDate? Deadline)> Windows() =>
        from start in Dates()
        from length in Gen.Choose(0, 1900)
        from shape in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        select shape switch
        {
            0 => ((LocalDate?)start, (LocalDate?)start.PlusDays(length)),
            1 => ((LocalDate?)start, (LocalDate?)null),
            2 => ((LocalDate?)null, (LocalDate?)start.PlusDays(length)),
            _ => ((LocalDate?)null, (LocalDate?)null),
        };

    private static Gen<ObjectiveScope> Scopes() =>
        Gen.Elements(
            ObjectiveScope.None,
            ObjectiveScope.ForChannels(Channel.Instagram),
            new ObjectiveScope(audience: "Home cooks"),
            new ObjectiveScope([Channel.Blog, Channel.Email], "Newsletter subscribers"));

    /// <summary>A series of 0 to 6 values in one cadence, each period possibly skipped to leave gaps.</summary>
    private static Gen<MeasurementSeries> Histories(IndicatorKey indicator) =>
        from cadence in Gen.Elements(Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Year, Cadence.Custom)
        from first in Dates()
        from customLength in Gen.Choose(1, 40)
        from points in Gen.ListOf(Gen.Zip(Values(), Gen.Elements(true, true, true, false)), 6)
        from count in Gen.Choose(0, 6)
        select Series(indicator, cadence, first, customLength, points.Take(count));

    private static MeasurementSeries Series(IndicatorKey indicator, Cadence cadence, LocalDate first, int customLength, IEnumerable<(double Value, bool Keep)> points)
    {
        var period = cadence == Cadence.Custom
            ? ReportingPeriod.Custom(first, first.PlusDays(customLength - 1))
            : ReportingCalendar.Utc.PeriodContaining(first, cadence);
        var measurements = new List<Measurement>();
        foreach (var (value, keep) in points)
        {
            if (keep)
            {
                measurements.Add(new Measurement(indicator, period, value));
            }

            period = period.Next();
        }

        return new MeasurementSeries(indicator, measurements);
    }

    private sealed record Draft(
        Indicator Indicator,
        Target? Target,
        Baseline? Baseline,
        (LocalDate? Start, LocalDate? Deadline) Window,
        ObjectiveScope Scope,
        string? Owner,
        string? Goal,
        string Statement);

    private static Gen<Draft> Drafts() =>
        from indicator in Gen.Elements(BuiltInIndicators.All.ToArray())
        from target in Targets()
        from baseline in Optional(Gen.Zip(Values(), Dates()).Select(p => new Baseline(p.Item1, p.Item2)))
        from window in Windows()
        from scope in Scopes()
        from owner in Gen.Elements<string?>(null, "Social media team")
        from goal in Gen.Elements<string?>(null, "Grow online revenue")
        from statement in Gen.Elements("", "   ", "Grow", "Grow the followers of our recipe account among home cooks")
        select new Draft(indicator, target, baseline, window, scope, owner, goal, statement);

    private static Objective Build(string id, Draft draft, IEnumerable<Objective>? subs = null) =>
        new(id, draft.Statement, draft.Indicator, draft.Target, draft.Baseline, draft.Window.Start, draft.Window.Deadline,
            draft.Scope, draft.Owner, draft.Goal, subs);

    private static Gen<Case> Cases() =>
        from root in Drafts()
        from subs in Gen.ListOf(Drafts(), 2)
        from subCount in Gen.Choose(0, 2)
        from withHistory in Gen.Elements(true, true, true, false)
        from rootHistory in Histories(root.Indicator.Key)
        from subHistory in Histories(subs[0].Indicator.Key)
        from nowDay in Dates()
        from nowMinute in Gen.Choose(0, (24 * 60) - 1)
        from paris in Gen.Elements(true, false)
        select MakeCase(root, [.. subs.Take(subCount)], withHistory, rootHistory, subHistory, nowDay, nowMinute, paris);

    private static Case MakeCase(
        Draft root, List<Draft> subs, bool withHistory, MeasurementSeries rootHistory, MeasurementSeries subHistory, LocalDate nowDay, int nowMinute, bool paris)
    {
        var children = subs.Select((sub, i) => Build($"sub-{i}", sub)).ToList();
        var objective = Build("root", root, children);
        Dictionary<string, MeasurementSeries>? history = null;
        if (withHistory)
        {
            history = new(StringComparer.Ordinal) { ["root"] = rootHistory };
            if (children.Count > 0)
            {
                history["sub-0"] = subHistory;
            }
        }

        var now = nowDay.AtMidnight().InUtc().ToInstant().Plus(Duration.FromMinutes(nowMinute));
        return new Case(objective, history, now, paris ? new ReportingCalendar(Zones.Paris) : ReportingCalendar.Utc);
    }

    private static SmartReport Run(Case c) =>
        SmartValidator.CreateDefault(new FakeClock(c.Now), c.Calendar).Validate(c.Objective, c.History);

    [Fact]
    public void Validate_RandomValidObjectives_NeverThrowsAndUsesOnlyKnownCodes()
    {
        var known = SmartErrorCodesTests.Constants().Values.ToHashSet(StringComparer.Ordinal);

        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var findings = Run(c).AllFindings.ToList();
            return findings.TrueForAll(f => !string.IsNullOrWhiteSpace(f.Code) && known.Contains(f.Code));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validate_RandomValidObjectives_BuiltInRulesNeverFail()
    {
        // SMART-X01 means a rule crashed: the built-in rules must handle every objective the model accepts.
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var failures = Run(c).AllFindings.Where(f => f.Code == SmartErrorCodes.RuleFailed).Select(f => f.Message).ToList();
            return failures.Count == 0 ? true.Label("no failure") : false.Label(string.Join(" | ", failures));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Validate_RandomValidObjectives_ReportMirrorsTheTree()
    {
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var report = Run(c);
            var ids = c.Objective.SelfAndDescendants().Select(o => o.Id).ToList();
            return ids.TrueForAll(id => report.For(id).Objective.Id == id)
                && report.AllFindings.All(f => ids.Contains(f.ObjectiveId))
                && report.IsSmart == report.AllFindings.All(f => f.Severity != SmartSeverity.Error);
        }).QuickCheckThrowOnFailure();
    }
}
