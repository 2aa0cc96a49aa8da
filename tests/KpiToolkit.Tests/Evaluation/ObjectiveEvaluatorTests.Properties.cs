using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

/// <summary>
/// Random objective trees with random finite values, targets, baselines, dates, series and options: the
/// evaluator must never throw and must never return a NaN, an infinity or an expected progress outside [0, 1].
/// </summary>
public partial class ObjectiveEvaluatorTests
{
    private static readonly LocalDate PropertyEpoch = new(2026, 1, 1);

    /// <summary>One random evaluation: a tree, a series for each objective, the date and the options.</summary>
    public sealed record PropertyCase(
        Objective Objective, IReadOnlyDictionary<string, MeasurementSeries> Series, LocalDate AsOf, EvaluationOptions Options, bool ViaClock)
    {
        public override string ToString() =>
            string.Join(" | ", Objective.SelfAndDescendants().Select(o =>
                $"{o.Id} (w {o.Weight}): {o.Target} from {o.Baseline}, {o.Start:uuuu-MM-dd}..{o.Deadline:uuuu-MM-dd}, " +
                $"[{string.Join(", ", Series.TryGetValue(o.Id, out var s) ? s.Measurements.Select(m => m.ToString()) : [])}]")) +
            $" | as of {AsOf:uuuu-MM-dd}, gaps {Options.AtRiskGap}/{Options.OffTrackGap}, {Options.RollUp}, {Options.MinimumPointsForProjection} points, via clock {ViaClock}";
    }

    /// <summary>Finite values with the extremes a measurement accepts: 0, ±1e300, the smallest subnormal.</summary>
    private static Gen<double> PropertyValues() =>
        Gen.OneOf(
            Gen.Elements(0.0, 1e300, -1e300, 1.0, -1.0, 1e-300, double.Epsilon, -double.Epsilon, 1000.0, 2000.0),
            Gen.Choose(-100_000, 100_000).Select(i => i / 10.0),
            Gen.Choose(-100, 100).Select(i => i * 1e298));

    private static Gen<Target?> PropertyTargets() =>
        Gen.Frequency(
            (1, Gen.Constant<Target?>(null)),
            (3, PropertyValues().Select(v => (Target?)Target.IncreaseTo(v))),
            (3, PropertyValues().Select(v => (Target?)Target.DecreaseTo(v))),
            (2, PropertyValues().Two().Select(p => (Target?)Target.KeepWithin(Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2)))));

    private static Gen<LocalDate> PropertyDates() => Gen.Choose(-800, 800).Select(PropertyEpoch.PlusDays);

    /// <summary>
    /// Mostly a date between <paramref name="from"/> and <paramref name="to"/> days after the anchor, so that series,
    /// windows and evaluation dates overlap and every rule is reached; sometimes any date, so that they need not.
    /// </summary>
    private static Gen<LocalDate> Around(LocalDate anchor, int from, int to) =>
        Gen.Frequency((4, Gen.Choose(from, to).Select(anchor.PlusDays)), (1, PropertyDates()));

    private static Gen<Baseline?> PropertyBaselines(LocalDate anchor) =>
        Gen.Frequency(
            (1, Gen.Constant<Baseline?>(null)),
            (3, Gen.Zip(PropertyValues(), Around(anchor, -90, 30)).Select(p => (Baseline?)new Baseline(p.Item1, p.Item2))));

    /// <summary>Start and deadline, each optional, the deadline never before the start.</summary>
    private static Gen<(LocalDate? Start, LocalDate? Deadline)> PropertyWindows(LocalDate anchor) =>
        from start in Around(anchor, -30, 30)
        from length in Gen.Choose(0, 400)
        from shape in Gen.Frequency((5, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        select shape switch
        {
            0 => ((LocalDate?)start, (LocalDate?)start.PlusDays(length)),
            1 => ((LocalDate?)start, (LocalDate?)null),
            2 => ((LocalDate?)null, (LocalDate?)start.PlusDays(length)),
            _ => ((LocalDate?)null, (LocalDate?)null),
        };

    private static Gen<double> PropertyWeights() => Gen.Elements(1.0, 1.0, 2.0, 0.5, 3.0, 1e-300, 1e300, double.Epsilon);

    /// <summary>Up to 8 values in one cadence, each period possibly skipped to leave a gap.</summary>
    private static Gen<MeasurementSeries> PropertySeries(LocalDate anchor) =>
        from cadence in Gen.Elements(Cadence.Day, Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Custom)
        from first in Around(anchor, -120, 60)
        from customLength in Gen.Choose(1, 40)
        from count in Gen.Choose(0, 10)
        from points in Gen.ListOf(Gen.Zip(PropertyValues(), Gen.Elements(true, true, true, false)), count)
        select BuildSeries(cadence, first, customLength, points);

    private static MeasurementSeries BuildSeries(Cadence cadence, LocalDate first, int customLength, IEnumerable<(double Value, bool Keep)> points)
    {
        var period = cadence == Cadence.Custom
            ? ReportingPeriod.Custom(first, first.PlusDays(customLength - 1))
            : ReportingCalendar.Utc.PeriodContaining(first, cadence);
        var measurements = new List<Measurement>();
        foreach (var (value, keep) in points)
        {
            if (keep)
            {
                measurements.Add(new Measurement(IndicatorKeys.Followers, period, value));
            }

            period = period.Next();
        }

        return new MeasurementSeries(IndicatorKeys.Followers, measurements);
    }

    private sealed record PropertyNode(Target? Target, Baseline? Baseline, (LocalDate? Start, LocalDate? Deadline) Window, double Weight, MeasurementSeries Series, bool HasSeries);

    private static Gen<PropertyNode> PropertyNodes(LocalDate anchor) =>
        from target in PropertyTargets()
        from baseline in PropertyBaselines(anchor)
        from window in PropertyWindows(anchor)
        from weight in PropertyWeights()
        from series in PropertySeries(anchor)
        from hasSeries in Gen.Elements(true, true, true, false)
        select new PropertyNode(target, baseline, window, weight, series, hasSeries);

    private static Gen<EvaluationOptions> PropertyOptions() =>
        from atRisk in Gen.Choose(0, 100)
        from offTrack in Gen.Choose(0, 100)
        from rollUp in Gen.Elements(RollUpMethod.WeakestStatus, RollUpMethod.WeightedProgress)
        from points in Gen.Choose(2, 5)
        select new EvaluationOptions
        {
            AtRiskGap = Math.Min(atRisk, offTrack) / 100.0,
            OffTrackGap = Math.Max(atRisk, offTrack) / 100.0,
            RollUp = rollUp,
            MinimumPointsForProjection = points,
        };

    /// <summary>A root with 0 to 3 children, the first of which may have 0 to 2 children of its own.</summary>
    private static Gen<PropertyCase> PropertyCases() =>
        from anchor in PropertyDates()
        from nodes in Gen.ListOf(PropertyNodes(anchor), 6)
        from childCount in Gen.Choose(0, 3)
        from grandchildCount in Gen.Choose(0, 2)
        from asOf in Around(anchor, -60, 500)
        from options in PropertyOptions()
        from viaClock in Gen.Elements(true, false)
        select BuildCase([.. nodes], childCount, grandchildCount, asOf, options, viaClock);

    private static PropertyCase BuildCase(PropertyNode[] nodes, int childCount, int grandchildCount, LocalDate asOf, EvaluationOptions options, bool viaClock)
    {
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal);
        Objective Build(string id, PropertyNode node, IEnumerable<Objective>? subs = null)
        {
            if (node.HasSeries)
            {
                series[id] = node.Series;
            }

            return new Objective(
                id, "Grow the followers", BuiltInIndicators.Followers, node.Target, node.Baseline, node.Window.Start, node.Window.Deadline,
                subObjectives: subs, weight: node.Weight);
        }

        var grandchildren = Enumerable.Range(0, childCount > 0 ? grandchildCount : 0).Select(i => Build($"g{i}", nodes[4 + i])).ToList();
        var children = Enumerable.Range(0, childCount).Select(i => Build($"c{i}", nodes[1 + i], i == 0 ? grandchildren : null)).ToList();
        var root = Build("root", nodes[0], children);
        return new PropertyCase(root, series, asOf, options, viaClock);
    }

    private static ObjectiveEvaluation Run(PropertyCase c)
    {
        MeasurementSeries? SeriesFor(Objective o) => c.Series.TryGetValue(o.Id, out var s) ? s : null;
        if (c.ViaClock)
        {
            // Late in the evening UTC: already the next day in Paris, whose date then decides.
            var clock = new FakeClock(c.AsOf.At(new LocalTime(23, 30)).InUtc().ToInstant());
            return new ObjectiveEvaluator(clock, Paris, c.Options).EvaluateTree(c.Objective, SeriesFor);
        }

        return new ObjectiveEvaluator(Clock(), ReportingCalendar.Utc, c.Options).EvaluateTree(c.Objective, SeriesFor, c.AsOf);
    }

    private static bool FiniteOrNull(double? value) => value is null || double.IsFinite(value.Value);

    private static bool Fraction(double? value) => value is null || value is >= 0 and <= 1;

    /// <summary>What is wrong with one evaluation, or nothing.</summary>
    private static IEnumerable<string> Problems(ObjectiveEvaluation e)
    {
        var id = e.Objective.Id;
        if (!FiniteOrNull(e.Progress))
        {
            yield return $"{id}: progress {e.Progress}";
        }

        if (!Fraction(e.ExpectedProgress))
        {
            yield return $"{id}: expected progress {e.ExpectedProgress}";
        }

        if (e.Projection is { } p && (!double.IsFinite(p.Value) || !double.IsFinite(p.SlopePerDay) || !FiniteOrNull(p.Progress)))
        {
            yield return $"{id}: projection {p}";
        }

        if (e.RollUp is { } r && (!FiniteOrNull(r.Progress) || !Fraction(r.ExpectedProgress)))
        {
            yield return $"{id}: roll-up {r}";
        }

        if (string.IsNullOrWhiteSpace(e.Explanation))
        {
            yield return $"{id}: no explanation";
        }
    }

    [Fact]
    public void Evaluate_RandomObjectives_NeverThrowsAndGivesFiniteNumbers()
    {
        Prop.ForAll(PropertyCases().ToArbitrary(), c =>
        {
            var problems = Run(c).SelfAndDescendants().SelectMany(Problems).ToList();
            return problems.Count == 0 ? true.Label("fine") : false.Label(string.Join(" | ", problems));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Fact]
    public void Evaluate_RandomObjectives_MirrorsTheTreeAndKeepsTheRulesConsistent()
    {
        Prop.ForAll(PropertyCases().ToArbitrary(), c =>
        {
            var evaluation = Run(c);
            var ids = c.Objective.SelfAndDescendants().Select(o => o.Id);
            var all = evaluation.SelfAndDescendants().ToList();
            return all.Select(e => e.Objective.Id).SequenceEqual(ids)
                && all.TrueForAll(e => e.AsOf == evaluation.AsOf)
                && all.TrueForAll(e => e.Objective.SubObjectives.Count > 0
                    ? e.RollUp is not null && e.RollUp.Status == e.Status && e.RollUp.Graded + e.RollUp.Skipped == e.SubObjectives.Count
                    : e.RollUp is null && e.Status == e.OwnStatus && e.Reason == e.OwnReason)
                && all.TrueForAll(e => e.IsFinal || e.OwnStatus != ObjectiveStatus.Missed)
                && all.TrueForAll(e => e.Current is null || (e.Current.Period.End <= e.AsOf));
        }).QuickCheckThrowOnFailure();
    }
}
