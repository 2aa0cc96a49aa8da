using KpiToolkit.Evaluation;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    /// <summary>An objective for the whole of 2026, from 1,000 followers.</summary>
    private static Spec YearLong(Target target) => new() { Target = target, Deadline = new LocalDate(2026, 12, 31) };

    [Fact]
    public void Projection_ThreeMonths_IsTheLeastSquaresLineAtTheDeadline()
    {
        // January 1000, February 1100, March 1300, placed at the middle day of each month, counted from 1 January:
        //   January  0 + (31 − 1) / 2 = 15;  February 31 + (28 − 1) / 2 = 44.5;  March 59 + (31 − 1) / 2 = 74.
        // Mean day (15 + 44.5 + 74) / 3 = 44.5; mean value 3400 / 3.
        // Deviations of the days: −29.5, 0, +29.5; spread 2 × 29.5² = 1740.5.
        // Covariance −29.5 × (1000 − 3400/3) + 29.5 × (1300 − 3400/3) = 29.5 × 300 = 8850.
        // Slope 8850 / 1740.5 = 300 / 59 ≈ 5.0847 followers a day.
        // 31 December is day 364: 3400/3 + 300/59 × (364 − 44.5) = 3400/3 + 95850/59 = 488150/177 ≈ 2757.91.
        // Progress of that value: (488150/177 − 1000) / (3000 − 1000) ≈ 0.87895; it does not reach 3000.
        var evaluation = Evaluate(YearLong(Target.IncreaseTo(3000)), Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 5));

        var projection = evaluation.Projection!;
        projection.Deadline.Should().Be(new LocalDate(2026, 12, 31));
        projection.SlopePerDay.Should().BeApproximately(300.0 / 59, 1e-9);
        projection.Value.Should().BeApproximately(488150.0 / 177, 1e-9);
        projection.Progress!.Value.Should().BeApproximately(((488150.0 / 177) - 1000) / 2000, 1e-12);
        projection.MeetsTarget.Should().BeFalse();
        projection.PointsUsed.Should().Be(3);
    }

    [Fact]
    public void Projection_AboveTheTarget_MeetsIt()
    {
        // Same line as above, ≈ 2757.91 on 31 December, against a target of 2500: progress 1757.91 / 1500 ≈ 1.172.
        var evaluation = Evaluate(YearLong(Target.IncreaseTo(2500)), Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 5));

        evaluation.Projection!.MeetsTarget.Should().BeTrue();
        evaluation.Projection.Progress!.Value.Should().BeApproximately(((488150.0 / 177) - 1000) / 1500, 1e-12);
    }

    [Fact]
    public void Projection_DecreasingTrend_MeetsADecreaseTarget()
    {
        // 1000, 900, 800 in January to March: the middles 15, 44.5 and 74 are 29.5 days apart, so the slope is
        // −100 / 29.5 = −200 / 59 a day and the line is exact. At day 364: 900 − 200/59 × (364 − 44.5) = 900 − 63900/59 ≈ −183.05.
        var evaluation = Evaluate(YearLong(Target.DecreaseTo(0)), Monthly(2026, 1, 1000, 900, 800), new LocalDate(2026, 4, 5));

        var projection = evaluation.Projection!;
        projection.SlopePerDay.Should().BeApproximately(-200.0 / 59, 1e-9);
        projection.Value.Should().BeApproximately(900 - (63900.0 / 59), 1e-9);
        projection.MeetsTarget.Should().BeTrue();
    }

    [Fact]
    public void Projection_WeeklyValues_ArePlacedOnTheMiddleDay()
    {
        // Weeks from Monday 5, 12 and 19 January at 100, 110 and 120: middles 3, 10 and 17 days after 5 January,
        // so the line is 100 + 10/7 × (day − 3). 10 April is 95 days after 5 January: 100 + 10/7 × 92 ≈ 231.43.
        // (Placed at the first day of each week it would give 100 + 10/7 × 95 ≈ 235.71.)
        var series = Series(
            (ReportingPeriod.Week(new LocalDate(2026, 1, 5)), 100),
            (ReportingPeriod.Week(new LocalDate(2026, 1, 12)), 110),
            (ReportingPeriod.Week(new LocalDate(2026, 1, 19)), 120));

        var evaluation = Evaluate(new Spec { Target = Target.IncreaseTo(300), Baseline = null }, series, HalfWay);

        evaluation.Projection!.SlopePerDay.Should().BeApproximately(10.0 / 7, 1e-12);
        evaluation.Projection.Value.Should().BeApproximately(100 + (10.0 / 7 * 92), 1e-9);
    }

    [Fact]
    public void Projection_TwoPointsWithTheDefaultMinimum_IsNull()
    {
        var evaluation = Evaluate(YearLong(Target.IncreaseTo(3000)), Monthly(2026, 1, 1000, 1100), new LocalDate(2026, 3, 5));

        evaluation.Projection.Should().BeNull();
    }

    [Fact]
    public void Projection_TwoPointsWhenTwoAreEnough_IsTheLineThroughThem()
    {
        // Middles 15 and 44.5: slope 100 / 29.5 = 200 / 59. Mean day 29.75, mean value 1050.
        // Day 364: 1050 + 200/59 × (364 − 29.75) = 1050 + 66850/59 ≈ 2183.05.
        var evaluator = Evaluator(new EvaluationOptions { MinimumPointsForProjection = 2 });

        var evaluation = evaluator.Evaluate(YearLong(Target.IncreaseTo(3000)).Build(), Monthly(2026, 1, 1000, 1100), new LocalDate(2026, 3, 5));

        evaluation.Projection!.PointsUsed.Should().Be(2);
        evaluation.Projection.SlopePerDay.Should().BeApproximately(200.0 / 59, 1e-9);
        evaluation.Projection.Value.Should().BeApproximately(1050 + (66850.0 / 59), 1e-9);
    }

    [Fact]
    public void Projection_MeasurementsBeforeTheStart_AreNotUsed()
    {
        // December 2025 ends before the start: only January and February count, two points, below the minimum of 3.
        var series = Monthly(2025, 12, 900, 1000, 1100);

        Evaluate(YearLong(Target.IncreaseTo(3000)), series, new LocalDate(2026, 3, 5)).Projection.Should().BeNull();

        var evaluator = Evaluator(new EvaluationOptions { MinimumPointsForProjection = 2 });
        var projection = evaluator.Evaluate(YearLong(Target.IncreaseTo(3000)).Build(), series, new LocalDate(2026, 3, 5)).Projection!;
        projection.PointsUsed.Should().Be(2);
        projection.Value.Should().BeApproximately(1050 + (66850.0 / 59), 1e-9);
    }

    [Fact]
    public void Projection_IncompletePeriod_IsNotUsed()
    {
        // On 10 March, March is incomplete: two points only.
        Evaluate(YearLong(Target.IncreaseTo(3000)), Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 3, 10))
            .Projection.Should().BeNull();
    }

    [Fact]
    public void Projection_AfterTheDeadline_IsNull()
    {
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 11));

        evaluation.IsFinal.Should().BeTrue();
        evaluation.Projection.Should().BeNull();
    }

    [Fact]
    public void Projection_OnTheDeadline_IsGiven()
    {
        // 10 April is still within the objective. Middles 15, 44.5 and 74 of 1000, 1100, 1300 as above;
        // 10 April is day 99: 3400/3 + 300/59 × (99 − 44.5) ≈ 1410.45.
        var projection = Evaluate(new Spec(), Monthly(2026, 1, 1000, 1100, 1300), Deadline).Projection!;

        projection.Deadline.Should().Be(Deadline);
        projection.Value.Should().BeApproximately((3400.0 / 3) + (300.0 / 59 * 54.5), 1e-9);
    }

    [Fact]
    public void Projection_NoDeadline_IsNull()
    {
        Evaluate(new Spec { Deadline = null }, Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 5))
            .Projection.Should().BeNull();
    }

    [Fact]
    public void Projection_NoTarget_IsNull()
    {
        Evaluate(new Spec { Target = null }, Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 5))
            .Projection.Should().BeNull();
    }

    [Fact]
    public void Projection_DoesNotChangeTheStatus()
    {
        // March 1300 on 5 April: progress 0.3 against 95 / 100 expected, far behind, although the trend is rising.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 5));

        evaluation.ExpectedProgress.Should().Be(0.95);
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Projection.Should().NotBeNull();
    }
}
