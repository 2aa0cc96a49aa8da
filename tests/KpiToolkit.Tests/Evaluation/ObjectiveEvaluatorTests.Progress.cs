using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    // ---- Progress ----

    [Fact]
    public void Progress_MovedAwayFromAnIncrease_IsNegativeAndUnclamped()
    {
        // (800 − 1000) / (2000 − 1000) = −0.2.
        var evaluation = Evaluate(new Spec(), January(800), HalfWay);

        evaluation.Progress.Should().BeApproximately(-0.2, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
    }

    [Fact]
    public void Progress_MovedAwayFromADecrease_IsNegativeAndUnclamped()
    {
        // Decrease from 1000 to 500; January 1250: (1250 − 1000) / (500 − 1000) = 250 / −500 = −0.5.
        var evaluation = Evaluate(new Spec { Target = Target.DecreaseTo(500) }, January(1250), HalfWay);

        evaluation.Progress.Should().Be(-0.5);
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
    }

    [Theory]
    // Increase to 1000 from 1000: no way to cover, so 1 when met and 0 otherwise (never a division by zero).
    [InlineData(1000, 1, ObjectiveStatus.Achieved)]
    [InlineData(1100, 1, ObjectiveStatus.Achieved)]
    [InlineData(990, 0, ObjectiveStatus.OffTrack)] // 0 against 0.5 expected: 50 points behind
    public void Progress_IncreaseTargetEqualToBaseline_IsFlat(double january, double progress, ObjectiveStatus status)
    {
        var evaluation = Evaluate(new Spec { Target = Target.IncreaseTo(1000) }, January(january), HalfWay);

        evaluation.Progress.Should().Be(progress);
        evaluation.Status.Should().Be(status);
    }

    [Theory]
    [InlineData(1000, 1)]
    [InlineData(900, 1)]
    [InlineData(1010, 0)]
    public void Progress_DecreaseTargetEqualToBaseline_IsFlat(double january, double progress)
    {
        var evaluation = Evaluate(new Spec { Target = Target.DecreaseTo(1000) }, January(january), HalfWay);

        evaluation.Progress.Should().Be(progress);
    }

    [Theory]
    // Increase to 10,000 from a baseline of 12,000, which already meets it. The linear formula would give
    // (11,000 − 12,000) / (10,000 − 12,000) = 0.5 in January and (9,000 − 12,000) / −2,000 = 1.5 in February, rewarding
    // a fall below the target. Like a target equal to the baseline: 1 when met, 0 otherwise.
    [InlineData(1, 1, ObjectiveStatus.Achieved, StatusReason.TargetMet)] // January 11,000 meets 10,000
    [InlineData(2, 0, ObjectiveStatus.OffTrack, StatusReason.FarBehindPace)] // February 9,000 does not: 0 against 0.69 expected
    public void Progress_IncreaseTargetAlreadyMetByTheBaseline_IsFlat(int months, double progress, ObjectiveStatus status, StatusReason reason)
    {
        var spec = new Spec { Target = Target.IncreaseTo(10_000), Baseline = new(12_000, BaselineDate) };
        var series = new MeasurementSeries(IndicatorKeys.Followers, Monthly(2026, 1, 11_000, 9_000).Measurements.Take(months));

        // 10 March is day 31 + 28 + 10 = 69 of 100: February is complete.
        var evaluation = Evaluate(spec, series, new LocalDate(2026, 3, 10));

        evaluation.Progress.Should().Be(progress);
        evaluation.Status.Should().Be(status);
        evaluation.Reason.Should().Be(reason);
    }

    [Theory]
    // Decrease to 500 from a baseline of 400, which already meets it: 450 still meets it (1), 600 does not (0), where the
    // linear formula would give (450 − 400) / (500 − 400) = 0.5 and (600 − 400) / 100 = 2.
    [InlineData(450, 1, ObjectiveStatus.Achieved)]
    [InlineData(600, 0, ObjectiveStatus.OffTrack)]
    public void Progress_DecreaseTargetAlreadyMetByTheBaseline_IsFlat(double january, double progress, ObjectiveStatus status)
    {
        var spec = new Spec { Target = Target.DecreaseTo(500), Baseline = new(400, BaselineDate) };

        var evaluation = Evaluate(spec, January(january), HalfWay);

        evaluation.Progress.Should().Be(progress);
        evaluation.Status.Should().Be(status);
    }

    [Fact]
    public void Progress_ProjectionOfATargetAlreadyMetByTheBaseline_IsFlat()
    {
        // Increase to 10,000 from 12,000, falling 1,000 a month: the trend ends far below the target, so its progress is 0, not above 1.
        var spec = new Spec { Target = Target.IncreaseTo(10_000), Baseline = new(12_000, BaselineDate) };

        var projection = Evaluate(spec, Monthly(2026, 1, 11_000, 10_000, 9_000), new LocalDate(2026, 4, 1)).Projection!;

        projection.Value.Should().BeLessThan(10_000);
        projection.MeetsTarget.Should().BeFalse();
        projection.Progress.Should().Be(0);
    }

    [Fact]
    public void Progress_BaselineOfTheObjective_WinsOverTheFirstMeasurement()
    {
        // Baseline 1000 although December 2025 measured 800; January 1400: (1400 − 1000) / 1000 = 0.4.
        var evaluation = Evaluate(new Spec(), Monthly(2025, 12, 800, 1400), HalfWay);

        evaluation.BaselineValue.Should().Be(1000);
        evaluation.Progress.Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void Progress_NoBaseline_StartsFromTheMeasurementJustBeforeTheStart()
    {
        // December 2025 (800) is the last measurement before the start: it is the baseline.
        // January 1000: (1000 − 800) / (2000 − 800) = 200 / 1200 = 1/6; gap 0.5 − 1/6 = 1/3 > 0.33.
        var evaluation = Evaluate(new Spec { Baseline = null }, Monthly(2025, 12, 800, 1000), HalfWay);

        evaluation.BaselineValue.Should().Be(800);
        evaluation.Current!.Value.Should().Be(1000);
        evaluation.Progress.Should().BeApproximately(1.0 / 6, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
    }

    [Fact]
    public void Progress_NoBaseline_IgnoresOlderMeasurementsThanTheLastBeforeTheStart()
    {
        // November 600 and December 800 are both before the start; the value when the objective began is December's.
        var evaluation = Evaluate(new Spec { Baseline = null }, Monthly(2025, 11, 600, 800, 1000), HalfWay);

        evaluation.BaselineValue.Should().Be(800);
        evaluation.Progress.Should().BeApproximately(1.0 / 6, 1e-12);
    }

    [Fact]
    public void Progress_NoBaseline_StartsFromTheFirstMeasurementInTheWindow()
    {
        // January 1000 is the baseline, February 1300 the current value on 10 March: 300 / 1000 = 0.3.
        var evaluation = Evaluate(new Spec { Baseline = null }, Monthly(2026, 1, 1000, 1300), new LocalDate(2026, 3, 10));

        evaluation.BaselineValue.Should().Be(1000);
        evaluation.Progress.Should().BeApproximately(0.3, 1e-12);
    }

    [Fact]
    public void Progress_NoBaselineAndNothingComplete_IsNullWithNoBaselineValue()
    {
        var evaluation = Evaluate(new Spec { Baseline = null }, Monthly(2026, 2, 1300), HalfWay);

        evaluation.BaselineValue.Should().BeNull();
        evaluation.Progress.Should().BeNull();
        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
    }

    // ---- Expected progress ----

    [Theory]
    // Start 1 January, deadline 31 December 2026: 365 days, both ends included.
    [InlineData(2026, 1, 1, 1.0 / 365)] // the first day has passed by its end
    [InlineData(2026, 6, 30, 181.0 / 365)] // 31 + 28 + 31 + 30 + 31 + 30 = 181 days
    [InlineData(2026, 12, 31, 1.0)] // the deadline itself
    [InlineData(2025, 12, 31, 0.0)] // before the start: clamped to 0
    [InlineData(2020, 1, 1, 0.0)]
    [InlineData(2027, 1, 1, 1.0)] // after the deadline: clamped to 1
    [InlineData(2030, 6, 1, 1.0)]
    public void ExpectedProgress_IsTheShareOfDaysElapsed(int year, int month, int day, double expected)
    {
        var spec = new Spec { Deadline = new LocalDate(2026, 12, 31) };

        var evaluation = Evaluate(spec, null, new LocalDate(year, month, day));

        evaluation.ExpectedProgress.Should().Be(expected);
    }

    [Fact]
    public void ExpectedProgress_InALeapYear_Counts366Days()
    {
        // 2028 is a leap year: 29 February is day 31 + 29 = 60 of 366.
        var spec = new Spec { Start = new LocalDate(2028, 1, 1), Deadline = new LocalDate(2028, 12, 31) };

        Evaluate(spec, null, new LocalDate(2028, 2, 29)).ExpectedProgress.Should().Be(60.0 / 366);
    }

    [Fact]
    public void ExpectedProgress_OneDayObjective_IsOneOnThatDay()
    {
        var day = new LocalDate(2026, 5, 4);
        var spec = new Spec { Start = day, Deadline = day };

        Evaluate(spec, null, day).ExpectedProgress.Should().Be(1);
        Evaluate(spec, null, day.PlusDays(-1)).ExpectedProgress.Should().Be(0);
    }

    [Fact]
    public void ExpectedProgress_NoDeadline_IsNull()
    {
        Evaluate(new Spec { Deadline = null }, January(1400), HalfWay).ExpectedProgress.Should().BeNull();
    }

    [Fact]
    public void ExpectedProgress_NoStart_CountsFromTheBaselineDate()
    {
        // From 31 December 2025 (the baseline) to 10 April 2026: 101 days. 19 February is day 51.
        var evaluation = Evaluate(new Spec { Start = null }, January(1400), HalfWay);

        evaluation.ExpectedProgress.Should().Be(51.0 / 101);
    }

    [Fact]
    public void ExpectedProgress_NoStartAndABaselineDatedAfterTheDeadline_StaysWithinZeroAndOne()
    {
        // Regression: time is counted from the baseline date when there is no start. With a baseline of 1 May and a
        // deadline of 10 April, the days from 1 May to 15 May (15) were divided by the days from 1 May to 10 April
        // (−21 + 1 = −20), giving an expected progress of −0.75. Once the deadline has passed, all the time has.
        var spec = new Spec { Start = null, Baseline = new(1000, new LocalDate(2026, 5, 1)) };
        var series = Monthly(2026, 1, 1400, 1800, 1900);

        var evaluation = Evaluate(spec, series, new LocalDate(2026, 5, 15));

        evaluation.ExpectedProgress.Should().Be(1);
        evaluation.IsFinal.Should().BeTrue();
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);

        // Between the deadline and that baseline date the objective is still "not started" by the rules, but its time is over.
        Evaluate(spec, series, new LocalDate(2026, 4, 20)).ExpectedProgress.Should().Be(1);
    }

    [Fact]
    public void ExpectedProgress_NoStartNoBaseline_CountsFromTheFirstMeasurement()
    {
        // The first measurement is January 2026, so time runs from 1 January to 31 December: 181 / 365 on 30 June.
        // Baseline = January (1000), current = June (1500): progress 500 / 1000 = 0.5, ahead of 181 / 365 ≈ 0.496.
        var spec = new Spec { Start = null, Baseline = null, Deadline = new LocalDate(2026, 12, 31) };

        var evaluation = Evaluate(spec, Monthly(2026, 1, 1000, 1100, 1200, 1300, 1400, 1500), new LocalDate(2026, 6, 30));

        evaluation.ExpectedProgress.Should().Be(181.0 / 365);
        evaluation.BaselineValue.Should().Be(1000);
        evaluation.Progress.Should().Be(0.5);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void ExpectedProgress_NoStartNoBaselineNoMeasurement_IsNull()
    {
        var evaluation = Evaluate(new Spec { Start = null, Baseline = null }, null, HalfWay);

        evaluation.ExpectedProgress.Should().BeNull();
        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
    }

    // ---- Change against the previous period ----

    [Fact]
    public void Change_AgainstThePreviousPeriod_IsGiven()
    {
        // February 1100 against January 1000: +100, +10 %.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1000, 1100), new LocalDate(2026, 3, 5));

        var change = evaluation.Change!;
        change.PreviousPeriod.Should().Be(ReportingPeriod.Month(2026, 1));
        change.PreviousValue.Should().Be(1000);
        change.Period.Should().Be(ReportingPeriod.Month(2026, 2));
        change.Value.Should().Be(1100);
        change.Absolute.Should().Be(100);
        change.Relative.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Change_OfTheCurrentValue_NotOfAnIncompletePeriod()
    {
        // On 10 March, March is incomplete: the current value is February, compared with January.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1000, 1100, 1500), new LocalDate(2026, 3, 10));

        evaluation.Change!.Period.Should().Be(ReportingPeriod.Month(2026, 2));
        evaluation.Change.Absolute.Should().Be(100);
    }

    [Fact]
    public void Change_FromAPeriodBeforeTheStart_IsGiven()
    {
        // January 1000 against December 2025 900: +100, 100 / 900 = +11.1 %.
        var evaluation = Evaluate(new Spec(), Monthly(2025, 12, 900, 1000), HalfWay);

        evaluation.Change!.PreviousPeriod.Should().Be(ReportingPeriod.Month(2025, 12));
        evaluation.Change.Relative.Should().BeApproximately(1.0 / 9, 1e-12);
    }

    [Fact]
    public void Change_PreviousPeriodMissing_IsNull()
    {
        // March 1300 follows January 1000; February has no value.
        var series = Series((ReportingPeriod.Month(2026, 1), 1000), (ReportingPeriod.Month(2026, 3), 1300));

        var evaluation = Evaluate(new Spec(), series, new LocalDate(2026, 4, 5));

        evaluation.Current!.Value.Should().Be(1300);
        evaluation.Change.Should().BeNull();
    }

    [Fact]
    public void Change_FirstMeasurement_IsNull()
    {
        Evaluate(new Spec(), January(1400), HalfWay).Change.Should().BeNull();
    }
}
