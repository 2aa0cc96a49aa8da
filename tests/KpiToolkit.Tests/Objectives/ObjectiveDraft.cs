using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

/// <summary>
/// A fully SMART objective, one property at a time open to change: each test varies one thing and
/// expects exactly the finding that thing causes.
/// </summary>
/// <remarks>
/// The default objective grows Instagram followers from 2,000 (30 November 2026) to 3,200 between
/// 1 January and 31 March 2027: +1,200 over three months is +400 a month, within the best month of
/// <see cref="FollowersHistory"/> (+450). Validated on <see cref="Today"/>, 15 December 2026.
/// </remarks>
internal sealed class ObjectiveDraft
{
    public string Id { get; set; } = "followers";

    public string Statement { get; set; } = "Grow the Instagram followers of our recipe account among home cooks";

    public Indicator Indicator { get; set; } = BuiltInIndicators.Followers;

    public Target? Target { get; set; } = Target.IncreaseTo(3200);

    public Baseline? Baseline { get; set; } = new(2000, new LocalDate(2026, 11, 30));

    public LocalDate? Start { get; set; } = new LocalDate(2027, 1, 1);

    public LocalDate? Deadline { get; set; } = new LocalDate(2027, 3, 31);

    public ObjectiveScope? Scope { get; set; } = new([Channel.Instagram], "Home cooks aged 25-45");

    public string? Owner { get; set; } = "Social media team";

    public string? BusinessGoal { get; set; } = "Grow online revenue by 15 % in 2027";

    public IReadOnlyList<Objective> SubObjectives { get; set; } = [];

    /// <summary>The date the default objective is validated on: well before its start.</summary>
    public static FakeClock Today() => FakeClock.At(2026, 12, 15);

    /// <summary>
    /// Followers at the end of August to November 2026: 1000, 1300, 1750, 2000, so the monthly changes
    /// are +300, +450 and +250 and the best month added 450.
    /// </summary>
    public static MeasurementSeries FollowersHistory() =>
        Monthly(IndicatorKeys.Followers, new LocalDate(2026, 8, 1), 1000, 1300, 1750, 2000);

    /// <summary>A series of consecutive months from <paramref name="firstMonth"/>, one value each.</summary>
    public static MeasurementSeries Monthly(IndicatorKey indicator, LocalDate firstMonth, params double[] values)
    {
        var period = ReportingPeriod.Month(firstMonth.Year, firstMonth.Month);
        var measurements = new List<Measurement>();
        foreach (var value in values)
        {
            measurements.Add(new Measurement(indicator, period, value));
            period = period.Next();
        }

        return new MeasurementSeries(indicator, measurements);
    }

    /// <summary>The history dictionary <see cref="ISmartValidator.Validate"/> expects, for one objective.</summary>
    public static Dictionary<string, MeasurementSeries> HistoryOf(string objectiveId, MeasurementSeries series) =>
        new(StringComparer.Ordinal) { [objectiveId] = series };

    /// <summary>The default history, under the default id.</summary>
    public Dictionary<string, MeasurementSeries> DefaultHistory() => HistoryOf(Id, FollowersHistory());

    public Objective Build() => new(
        Id, Statement, Indicator, Target, Baseline, Start, Deadline, Scope, Owner, BusinessGoal, SubObjectives);
}
