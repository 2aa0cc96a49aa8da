using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

/// <summary>
/// Tests of <see cref="ObjectiveEvaluator"/>. Most tests use a 100-day objective so that the expected progress
/// is a round number: followers from 1,000 to 2,000 between 1 January and 10 April 2026, evaluated on
/// 19 February 2026, its 50th day, when half of the time has passed.
/// </summary>
public partial class ObjectiveEvaluatorTests
{
    /// <summary>The first day of the default objective.</summary>
    private static readonly LocalDate Start = new(2026, 1, 1);

    /// <summary>The default deadline: 31 (January) + 28 (February) + 31 (March) + 10 = the 100th day from 1 January.</summary>
    private static readonly LocalDate Deadline = new(2026, 4, 10);

    /// <summary>31 (January) + 19 = the 50th day, so the expected progress is 50 / 100 = 0.5.</summary>
    private static readonly LocalDate HalfWay = new(2026, 2, 19);

    private static readonly LocalDate BaselineDate = new(2025, 12, 31);

    /// <summary>A clock on <see cref="HalfWay"/>, at noon UTC.</summary>
    private static FakeClock Clock() => FakeClock.At(2026, 2, 19);

    private static ObjectiveEvaluator Evaluator(EvaluationOptions? options = null) =>
        new(Clock(), ReportingCalendar.Utc, options);

    /// <summary>Evaluates a spec without sub-objectives on a date, with the default options.</summary>
    private static ObjectiveEvaluation Evaluate(Spec spec, MeasurementSeries? series, LocalDate asOf) =>
        Evaluator().Evaluate(spec.Build(), series, asOf);

    /// <summary>A series of consecutive months of followers, from <paramref name="year"/>-<paramref name="month"/>.</summary>
    private static MeasurementSeries Monthly(int year, int month, params double[] values)
    {
        var period = ReportingPeriod.Month(year, month);
        var measurements = new List<Measurement>();
        foreach (var value in values)
        {
            measurements.Add(new Measurement(IndicatorKeys.Followers, period, value));
            period = period.Next();
        }

        return new MeasurementSeries(IndicatorKeys.Followers, measurements);
    }

    /// <summary>A series of followers with the given measurements.</summary>
    private static MeasurementSeries Series(params (ReportingPeriod Period, double Value)[] points) =>
        new(IndicatorKeys.Followers, points.Select(p => new Measurement(IndicatorKeys.Followers, p.Period, p.Value)));

    /// <summary>The default objective's series with one value, for January 2026.</summary>
    private static MeasurementSeries January(double value) => Monthly(2026, 1, value);

    /// <summary>An objective one property at a time open to change; every default is the 100-day objective.</summary>
    private sealed class Spec
    {
        public string Id { get; init; } = "followers";

        public Indicator Indicator { get; init; } = BuiltInIndicators.Followers;

        public Target? Target { get; init; } = Target.IncreaseTo(2000);

        public Baseline? Baseline { get; init; } = new(1000, BaselineDate);

        public LocalDate? Start { get; init; } = ObjectiveEvaluatorTests.Start;

        public LocalDate? Deadline { get; init; } = ObjectiveEvaluatorTests.Deadline;

        public ObjectiveScope? Scope { get; init; }

        public double Weight { get; init; } = 1;

        public IReadOnlyList<Objective> SubObjectives { get; init; } = [];

        public Objective Build() => new(
            Id, "Grow the Instagram followers of our recipe account", Indicator, Target, Baseline, Start, Deadline, Scope,
            subObjectives: SubObjectives, weight: Weight);
    }
}
