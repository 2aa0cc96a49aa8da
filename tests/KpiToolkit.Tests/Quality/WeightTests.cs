using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// Sub-objective weights at the ends of <see cref="double"/>: only the ratio between siblings matters, so two children of
/// weight 1e308, or of weight <see cref="double.Epsilon"/>, roll up exactly as two children of weight 1.
/// </summary>
/// <remarks>
/// The tree, worked by hand with weights 1 and 1: followers from 1,000 to 2,000 between 1 January and 10 April 2026 (100 days),
/// evaluated on 19 February, the 50th day, so the expected progress is 0.5. "a" ends January at 1,400 (progress 0.4), "b" at
/// 1,500 (progress 0.5). The weighted roll-up is (1 × 0.4 + 1 × 0.5) / 2 = 0.45, 5 points behind the pace of 0.5: On track.
/// </remarks>
public class WeightTests
{
    private static readonly LocalDate HalfWay = new(2026, 2, 19);

    private static readonly ObjectiveEvaluator Evaluator =
        new(FakeClock.At(2026, 2, 19), ReportingCalendar.Utc, new EvaluationOptions { RollUp = RollUpMethod.WeightedProgress });

    [Theory]
    [InlineData(1.0)]
    [InlineData(1e308)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    public void RollUp_EqualWeights_AtAnyScale_Is045_AndOnTrack(double weight)
    {
        var evaluation = Evaluate(weight, weight);

        evaluation.SubObjectives.Select(sub => sub.Progress).Should().Equal(0.4, 0.5);
        evaluation.RollUp!.Progress.Should().BeApproximately(0.45, 1e-12);
        evaluation.RollUp.ExpectedProgress.Should().Be(0.5);
        evaluation.RollUp.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void RollUp_Weights1e308_Is045_AndOnTrack()
    {
        var evaluation = Evaluate(1e308, 1e308);

        evaluation.RollUp!.Progress.Should().BeApproximately(0.45, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void RollUp_WeightsEpsilon_Is045_AndOnTrack()
    {
        var evaluation = Evaluate(double.Epsilon, double.Epsilon);

        evaluation.RollUp!.Progress.Should().BeApproximately(0.45, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void RollUp_UnequalHugeWeights_KeepTheirRatio()
    {
        // 3e307 and 1e307 weigh as 3 and 1: (3 × 0.4 + 1 × 0.5) / 4 = 1.7 / 4 = 0.425.
        var evaluation = Evaluate(3e307, 1e307);

        evaluation.RollUp!.Progress.Should().BeApproximately(0.425, 1e-12);
    }

    [Fact]
    public void RollUp_WeightsFarApart_GiveTheHeavierChildAlone()
    {
        // 1e308 against double.Epsilon: the ratio is about 2e-632, so the roll-up is "a"'s progress, 0.4, not 0 or NaN.
        var evaluation = Evaluate(1e308, double.Epsilon);

        evaluation.RollUp!.Progress.Should().BeApproximately(0.4, 1e-12);
    }

    private static ObjectiveEvaluation Evaluate(double weightOfA, double weightOfB)
    {
        var root = new Objective(
            "global", "Grow the Instagram followers of our recipe account", BuiltInIndicators.Followers,
            start: new LocalDate(2026, 1, 1), deadline: new LocalDate(2026, 4, 10),
            subObjectives: [Child("a", weightOfA), Child("b", weightOfB)]);
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["a"] = January(1400), ["b"] = January(1500) };
        return Evaluator.EvaluateTree(root, objective => series.GetValueOrDefault(objective.Id), HalfWay);
    }

    private static Objective Child(string id, double weight) => new(
        id, "Grow the Instagram followers of our recipe account", BuiltInIndicators.Followers, Target.IncreaseTo(2000),
        new Baseline(1000, new LocalDate(2025, 12, 31)), new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 10), weight: weight);

    private static MeasurementSeries January(double value) =>
        new(IndicatorKeys.Followers, [new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 1), value)]);
}
