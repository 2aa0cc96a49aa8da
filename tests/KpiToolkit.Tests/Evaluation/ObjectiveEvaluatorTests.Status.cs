using KpiToolkit.Evaluation;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    // ---- NoData and NotStarted ----

    [Fact]
    public void Evaluate_NoTarget_IsNoDataForNoTarget()
    {
        var evaluation = Evaluate(new Spec { Target = null }, January(1400), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoTarget);
        evaluation.OwnStatus.Should().Be(ObjectiveStatus.NoData);
        evaluation.OwnReason.Should().Be(StatusReason.NoTarget);
        evaluation.Progress.Should().BeNull();
        evaluation.Projection.Should().BeNull();
        evaluation.Current!.Value.Should().Be(1400);
    }

    [Fact]
    public void Evaluate_NoTargetBeforeTheStart_IsNoDataForNoTarget()
    {
        // The target is checked first: without one, even a date before the start gives NoData.
        var evaluation = Evaluate(new Spec { Target = null }, null, new LocalDate(2025, 12, 15));

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoTarget);
    }

    [Fact]
    public void Evaluate_NullSeries_IsNoDataForNoMeasurement()
    {
        var evaluation = Evaluate(new Spec(), null, HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoMeasurement);
        evaluation.Current.Should().BeNull();
        evaluation.Progress.Should().BeNull();
        evaluation.Change.Should().BeNull();
        evaluation.Projection.Should().BeNull();
        evaluation.BaselineValue.Should().Be(1000);
        evaluation.ExpectedProgress.Should().Be(0.5);
        evaluation.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_EmptySeries_IsNoDataForNoMeasurement()
    {
        var evaluation = Evaluate(new Spec(), Series(), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoMeasurement);
    }

    [Fact]
    public void Evaluate_OnlyMeasurementsBeforeTheStart_IsNoData()
    {
        // October to December 2025 all end before the start on 1 January 2026.
        var evaluation = Evaluate(new Spec(), Monthly(2025, 10, 700, 800, 900), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoMeasurement);
        evaluation.Current.Should().BeNull();
    }

    [Fact]
    public void Evaluate_OnlyAPeriodEndingAfterTheDate_IsNoData()
    {
        // February ends on 28 February, after the evaluation date of 19 February: it is not complete yet.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 2, 1900), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoMeasurement);
    }

    [Fact]
    public void Evaluate_PeriodEndingOnTheDate_Counts()
    {
        // January ends on 31 January: incomplete on the 30th, complete on the 31st.
        var series = January(1400);

        Evaluate(new Spec(), series, new LocalDate(2026, 1, 30)).Status.Should().Be(ObjectiveStatus.NoData);
        var onTheLastDay = Evaluate(new Spec(), series, new LocalDate(2026, 1, 31));
        onTheLastDay.Current!.Value.Should().Be(1400);
        onTheLastDay.Status.Should().NotBe(ObjectiveStatus.NoData);
    }

    [Fact]
    public void Evaluate_IncompleteLatestPeriod_UsesThePreviousOne()
    {
        // January is complete on 19 February, February is not.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1400, 1900), HalfWay);

        evaluation.Current!.Period.Should().Be(ReportingPeriod.Month(2026, 1));
        evaluation.Current.Value.Should().Be(1400);
    }

    [Fact]
    public void Evaluate_PeriodStraddlingTheStart_Counts()
    {
        // The objective starts on 15 January; the month of January ends after that, so it is the current value.
        var evaluation = Evaluate(new Spec { Start = new LocalDate(2026, 1, 15) }, Monthly(2025, 12, 900, 1400), HalfWay);

        evaluation.Current!.Period.Should().Be(ReportingPeriod.Month(2026, 1));
        evaluation.Progress.Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void Evaluate_BeforeTheStartEvenWithData_IsNotStarted()
    {
        // November 2025 is complete on 15 December 2025, but the objective starts on 1 January 2026.
        var evaluation = Evaluate(new Spec(), Monthly(2025, 11, 950), new LocalDate(2025, 12, 15));

        evaluation.Status.Should().Be(ObjectiveStatus.NotStarted);
        evaluation.Reason.Should().Be(StatusReason.BeforeStart);
        evaluation.ExpectedProgress.Should().Be(0);
        evaluation.Explanation.Should().Contain("2026-01-01");
    }

    [Fact]
    public void Evaluate_BeforeTheStartWithoutData_IsNotStartedRatherThanNoData()
    {
        var evaluation = Evaluate(new Spec(), null, new LocalDate(2025, 12, 31));

        evaluation.Status.Should().Be(ObjectiveStatus.NotStarted);
        evaluation.Reason.Should().Be(StatusReason.BeforeStart);
    }

    [Fact]
    public void Evaluate_OnTheStartDay_IsStarted()
    {
        // December 2025 ends before the start, so on 1 January there is no value yet: NoData, not NotStarted.
        var evaluation = Evaluate(new Spec(), Monthly(2025, 12, 1000), Start);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoMeasurement);
    }

    // ---- The pace: OnTrack, AtRisk, OffTrack ----

    [Theory]
    // Baseline 1000, target 2000: progress = (January − 1000) / 1000. Expected 0.5 on the 50th of 100 days. Gap = 0.5 − progress.
    [InlineData(1900, ObjectiveStatus.OnTrack, StatusReason.OnPace)] // progress 0.9, gap −0.4: ahead
    [InlineData(1500, ObjectiveStatus.OnTrack, StatusReason.OnPace)] // progress 0.5, gap 0: exactly on pace
    [InlineData(1400, ObjectiveStatus.OnTrack, StatusReason.OnPace)] // progress 0.4, gap 0.1
    [InlineData(1335, ObjectiveStatus.OnTrack, StatusReason.OnPace)] // progress 0.335, gap 0.165: on the boundary, the better status
    [InlineData(1334, ObjectiveStatus.AtRisk, StatusReason.BehindPace)] // progress 0.334, gap 0.166
    [InlineData(1250, ObjectiveStatus.AtRisk, StatusReason.BehindPace)] // progress 0.25, gap 0.25
    [InlineData(1170, ObjectiveStatus.AtRisk, StatusReason.BehindPace)] // progress 0.17, gap 0.33: on the boundary, the better status
    [InlineData(1169, ObjectiveStatus.OffTrack, StatusReason.FarBehindPace)] // progress 0.169, gap 0.331
    [InlineData(1000, ObjectiveStatus.OffTrack, StatusReason.FarBehindPace)] // progress 0, gap 0.5
    [InlineData(900, ObjectiveStatus.OffTrack, StatusReason.FarBehindPace)] // progress −0.1, gap 0.6: moved away
    public void Evaluate_GapBehindThePace_DecidesTheStatus(double january, ObjectiveStatus status, StatusReason reason)
    {
        var evaluation = Evaluate(new Spec(), January(january), HalfWay);

        evaluation.ExpectedProgress.Should().Be(0.5);
        evaluation.Progress.Should().BeApproximately((january - 1000) / 1000, 1e-12);
        evaluation.Status.Should().Be(status);
        evaluation.Reason.Should().Be(reason);
        evaluation.OwnStatus.Should().Be(status);
        evaluation.IsFinal.Should().BeFalse();
    }

    [Theory]
    // 23 February is day 31 + 23 = 54 of 100: expected 0.54. In doubles, 0.54 − 0.375 is 0.16500000000000004 and
    // 0.54 − 0.21 is 0.33000000000000007: still on the boundaries, which belong to the better status.
    [InlineData(1375, ObjectiveStatus.OnTrack)] // progress 0.375, gap 0.165
    [InlineData(1210, ObjectiveStatus.AtRisk)] // progress 0.21, gap 0.33
    public void Evaluate_GapOnABoundaryWithRoundingError_CountsAsTheBetterStatus(double january, ObjectiveStatus status)
    {
        var evaluation = Evaluate(new Spec(), January(january), new LocalDate(2026, 2, 23));

        evaluation.ExpectedProgress.Should().Be(0.54);
        evaluation.Status.Should().Be(status);
    }

    [Theory]
    // Decrease from 1000 to 500: progress = (January − 1000) / (500 − 1000). Expected 0.5.
    [InlineData(750, ObjectiveStatus.OnTrack)] // progress −250 / −500 = 0.5, gap 0
    [InlineData(832.5, ObjectiveStatus.OnTrack)] // progress −167.5 / −500 = 0.335, gap 0.165
    [InlineData(850, ObjectiveStatus.AtRisk)] // progress −150 / −500 = 0.3, gap 0.2
    [InlineData(950, ObjectiveStatus.OffTrack)] // progress −50 / −500 = 0.1, gap 0.4
    [InlineData(1100, ObjectiveStatus.OffTrack)] // progress 100 / −500 = −0.2: moved away
    public void Evaluate_DecreasingTarget_UsesTheSamePace(double january, ObjectiveStatus status)
    {
        var evaluation = Evaluate(new Spec { Target = Target.DecreaseTo(500) }, January(january), HalfWay);

        evaluation.Progress.Should().BeApproximately((january - 1000) / -500, 1e-12);
        evaluation.Status.Should().Be(status);
    }

    [Fact]
    public void Evaluate_CustomThresholds_AreUsed()
    {
        // Gaps of 5 and 10 points. Progress 0.4 against 0.5 is 10 points behind: on the AtRisk/OffTrack boundary.
        var options = new EvaluationOptions { AtRiskGap = 0.05, OffTrackGap = 0.10 };
        var evaluator = new ObjectiveEvaluator(Clock(), ReportingCalendar.Utc, options);

        evaluator.Evaluate(new Spec().Build(), January(1400), HalfWay).Status.Should().Be(ObjectiveStatus.AtRisk);
        evaluator.Evaluate(new Spec().Build(), January(1460), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack); // gap 0.04
        evaluator.Evaluate(new Spec().Build(), January(1390), HalfWay).Status.Should().Be(ObjectiveStatus.OffTrack); // gap 0.11
    }

    [Fact]
    public void Evaluate_ZeroGaps_OnlyOnOrAheadOfPaceIsOnTrack()
    {
        var options = new EvaluationOptions { AtRiskGap = 0, OffTrackGap = 0 };
        var evaluator = new ObjectiveEvaluator(Clock(), ReportingCalendar.Utc, options);

        evaluator.Evaluate(new Spec().Build(), January(1500), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack); // gap 0
        evaluator.Evaluate(new Spec().Build(), January(1499), HalfWay).Status.Should().Be(ObjectiveStatus.OffTrack); // gap 0.001
    }

    // ---- Achieved before the deadline ----

    [Fact]
    public void Evaluate_TargetMetBeforeTheDeadline_IsAchieved()
    {
        var evaluation = Evaluate(new Spec(), January(2000), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
        evaluation.Reason.Should().Be(StatusReason.TargetMet);
        evaluation.Progress.Should().Be(1);
        evaluation.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_TargetPassed_IsAchievedWithProgressAboveOne()
    {
        // (2300 − 1000) / (2000 − 1000) = 1.3, shown unclamped.
        var evaluation = Evaluate(new Spec(), January(2300), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
        evaluation.Progress.Should().BeApproximately(1.3, 1e-12);
    }

    [Fact]
    public void Evaluate_DecreasingTargetOvershot_IsAchievedWithProgressAboveOne()
    {
        // Decrease from 1000 to 500; January 400: (400 − 1000) / (500 − 1000) = −600 / −500 = 1.2.
        var evaluation = Evaluate(new Spec { Target = Target.DecreaseTo(500) }, January(400), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
        evaluation.Reason.Should().Be(StatusReason.TargetMet);
        evaluation.Progress.Should().BeApproximately(1.2, 1e-12);
    }

    [Fact]
    public void Evaluate_TargetMetOnTheFirstDay_IsAchievedWhateverThePace()
    {
        // Expected progress is tiny (1 / 100) but the target is already met: Achieved is decided before the pace.
        var series = Series((ReportingPeriod.Day(Start), 2000));

        var evaluation = Evaluate(new Spec(), series, Start);

        evaluation.ExpectedProgress.Should().Be(0.01);
        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
    }

    // ---- After the deadline: final ----

    [Fact]
    public void Evaluate_OnTheDeadline_IsNotFinalYet()
    {
        // 10 April is the last day, included. March is 1400: progress 0.4 against 1.0 expected, gap 0.6.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1100, 1200, 1400), Deadline);

        evaluation.IsFinal.Should().BeFalse();
        evaluation.ExpectedProgress.Should().Be(1);
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Reason.Should().Be(StatusReason.FarBehindPace);
    }

    [Theory]
    // Regression: the deadline is 30 June and June is measured. On 30 June, June is complete and its value is the last
    // one that counts, so the status is final. It used to stay a pace until 1 July: 1900 is 0.9 of the way against 1.0
    // expected, 10 points behind, OnTrack; 2050 was TargetMet.
    [InlineData(1900, ObjectiveStatus.Missed, "The period of the deadline is complete and its value, 1900 in 2026-06, does not meet the target (increase to 2000).")]
    [InlineData(2050, ObjectiveStatus.Achieved, "The period of the deadline is complete and its value, 2050 in 2026-06, meets the target (increase to 2000).")]
    public void Evaluate_OnTheDeadlineWithItsPeriodMeasured_IsFinal(double june, ObjectiveStatus status, string explanation)
    {
        var spec = new Spec { Deadline = new LocalDate(2026, 6, 30) };

        var evaluation = Evaluate(spec, Monthly(2026, 1, 1200, 1400, 1500, 1700, 1800, june), new LocalDate(2026, 6, 30));

        evaluation.Current!.Period.Should().Be(ReportingPeriod.Month(2026, 6));
        evaluation.IsFinal.Should().BeTrue();
        evaluation.Status.Should().Be(status);
        evaluation.Reason.Should().Be(StatusReason.DeadlinePassed);
        evaluation.Explanation.Should().Be(explanation);
        evaluation.Projection.Should().BeNull();
    }

    [Fact]
    public void Evaluate_OnTheDeadlineWithItsDayMeasured_IsFinal()
    {
        // A daily series: the value of 10 April, the deadline, is in on 10 April.
        var series = Series((ReportingPeriod.Day(Deadline.PlusDays(-1)), 1800), (ReportingPeriod.Day(Deadline), 1900));

        var evaluation = Evaluate(new Spec(), series, Deadline);

        evaluation.IsFinal.Should().BeTrue();
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);
    }

    [Fact]
    public void Evaluate_OnTheDeadlineWithoutItsPeriod_IsNotFinalYet()
    {
        // On 30 June only May is measured: June's value can still come and decide, so the pace does for now.
        // May 1800 is 0.8 of the way against 1.0 expected: 20 points behind, AtRisk.
        var spec = new Spec { Deadline = new LocalDate(2026, 6, 30) };

        var evaluation = Evaluate(spec, Monthly(2026, 1, 1200, 1400, 1500, 1700, 1800), new LocalDate(2026, 6, 30));

        evaluation.IsFinal.Should().BeFalse();
        evaluation.Status.Should().Be(ObjectiveStatus.AtRisk);
        evaluation.Reason.Should().Be(StatusReason.BehindPace);
    }

    [Fact]
    public void Evaluate_AfterTheDeadlineTargetMet_IsFinalAchieved()
    {
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1400, 1800, 2050), new LocalDate(2026, 4, 11));

        evaluation.IsFinal.Should().BeTrue();
        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
        evaluation.Reason.Should().Be(StatusReason.DeadlinePassed);
        evaluation.Current!.Value.Should().Be(2050);
        evaluation.ExpectedProgress.Should().Be(1);
        evaluation.Projection.Should().BeNull();
    }

    [Fact]
    public void Evaluate_AfterTheDeadlineTargetNotMet_IsFinalMissed()
    {
        // March 1950 is 95 % of the way, well within the pace, but the deadline has passed.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1400, 1800, 1950), new LocalDate(2026, 5, 1));

        evaluation.IsFinal.Should().BeTrue();
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);
        evaluation.Reason.Should().Be(StatusReason.DeadlinePassed);
        evaluation.Progress.Should().BeApproximately(0.95, 1e-12);
    }

    [Fact]
    public void Evaluate_AfterTheDeadline_IgnoresAPeriodStartingAfterIt()
    {
        // April starts on 1 April, before the 10 April deadline, so it counts; May starts after it and is ignored,
        // even though its 2100 would meet the target.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1400, 1800, 1900, 1950, 2100), new LocalDate(2026, 6, 15));

        evaluation.Current!.Period.Should().Be(ReportingPeriod.Month(2026, 4));
        evaluation.Current.Value.Should().Be(1950);
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);
    }

    [Fact]
    public void Evaluate_AfterTheDeadlineBeforeTheLastPeriodEnds_UsesTheLastCompletedOne()
    {
        // On 20 April the deadline (10 April) has passed, but April, which holds it, is not complete: March decides.
        var evaluation = Evaluate(new Spec(), Monthly(2026, 1, 1400, 1800, 2000, 1700), new LocalDate(2026, 4, 20));

        evaluation.IsFinal.Should().BeTrue();
        evaluation.Current!.Period.Should().Be(ReportingPeriod.Month(2026, 3));
        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);

        // Once April is complete, it decides: 1700 does not meet 2000.
        Evaluate(new Spec(), Monthly(2026, 1, 1400, 1800, 2000, 1700), new LocalDate(2026, 5, 1))
            .Status.Should().Be(ObjectiveStatus.Missed);
    }

    [Fact]
    public void Evaluate_AfterTheDeadlineWithNoMeasurement_IsNoData()
    {
        var evaluation = Evaluate(new Spec(), null, new LocalDate(2026, 6, 1));

        evaluation.IsFinal.Should().BeTrue();
        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.Reason.Should().Be(StatusReason.NoMeasurement);
    }

    [Fact]
    public void Evaluate_RangeAfterTheDeadline_IsAchievedInsideAndMissedOutside()
    {
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(200, BaselineDate) };
        var after = new LocalDate(2026, 5, 1);

        var inside = Evaluate(spec, Monthly(2026, 1, 250, 350, 450, 500), after);
        var outside = Evaluate(spec, Monthly(2026, 1, 250, 350, 450, 510), after);

        inside.Status.Should().Be(ObjectiveStatus.Achieved);
        inside.Reason.Should().Be(StatusReason.DeadlinePassed);
        outside.Status.Should().Be(ObjectiveStatus.Missed);
        outside.Reason.Should().Be(StatusReason.DeadlinePassed);
    }

    // ---- Without a deadline ----

    [Fact]
    public void Evaluate_NoDeadlineTargetMet_IsAchieved()
    {
        var evaluation = Evaluate(new Spec { Deadline = null }, January(2000), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
        evaluation.Reason.Should().Be(StatusReason.TargetMet);
        evaluation.ExpectedProgress.Should().BeNull();
        evaluation.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void Evaluate_NoDeadlineTargetNotMet_IsOffTrackForNoDeadline()
    {
        // Progress 0.9 would be ahead of any pace, but without a deadline no pace exists.
        var evaluation = Evaluate(new Spec { Deadline = null }, January(1900), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Reason.Should().Be(StatusReason.NoDeadline);
        evaluation.Progress.Should().BeApproximately(0.9, 1e-12);
        evaluation.ExpectedProgress.Should().BeNull();
        evaluation.Projection.Should().BeNull();
    }

    [Fact]
    public void Evaluate_NoDeadline_IsNeverFinal()
    {
        var evaluation = Evaluate(new Spec { Deadline = null }, January(1900), new LocalDate(2030, 1, 1));

        evaluation.IsFinal.Should().BeFalse();
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
    }

    // ---- Range to keep ----

    [Fact]
    public void Evaluate_RangeInside_IsOnTrackWithProgressOne()
    {
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(200, BaselineDate) };

        var evaluation = Evaluate(spec, January(400), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.Reason.Should().Be(StatusReason.InsideRange);
        evaluation.Progress.Should().Be(1);
    }

    [Theory]
    [InlineData(300)]
    [InlineData(500)]
    public void Evaluate_RangeOnABound_IsInside(double january)
    {
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(200, BaselineDate) };

        var evaluation = Evaluate(spec, January(january), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.Progress.Should().Be(1);
    }

    [Fact]
    public void Evaluate_RangeOutsideBelowFromBelow_IsOffTrackWithPartialProgress()
    {
        // Baseline 200 below the range [300, 500]; January 250: (250 − 200) / (300 − 200) = 0.5 of the way to the minimum.
        // The status is OffTrack whatever the pace: a range is either kept or not.
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(200, BaselineDate) };

        var evaluation = Evaluate(spec, January(250), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Reason.Should().Be(StatusReason.OutsideRange);
        evaluation.Progress.Should().Be(0.5);
    }

    [Fact]
    public void Evaluate_RangeOutsideAboveFromAbove_HasPartialProgress()
    {
        // Baseline 700 above [300, 500]; January 600: (600 − 700) / (500 − 700) = −100 / −200 = 0.5.
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(700, BaselineDate) };

        var evaluation = Evaluate(spec, January(600), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Progress.Should().Be(0.5);
    }

    [Fact]
    public void Evaluate_RangeOutsideFurtherThanTheBaseline_HasNegativeProgress()
    {
        // Baseline 200, January 150: (150 − 200) / (300 − 200) = −0.5, shown unclamped.
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(200, BaselineDate) };

        Evaluate(spec, January(150), HalfWay).Progress.Should().Be(-0.5);
    }

    [Theory]
    [InlineData(400, 600)] // the baseline was inside, the value left above
    [InlineData(400, 250)] // the baseline was inside, the value left below
    [InlineData(200, 600)] // the baseline was below, the value crossed the whole range
    [InlineData(700, 250)] // the baseline was above, the value crossed the whole range
    public void Evaluate_RangeLeftSinceTheBaseline_IsOffTrackWithProgressZero(double baseline, double january)
    {
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Baseline = new(baseline, BaselineDate) };

        var evaluation = Evaluate(spec, January(january), HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Reason.Should().Be(StatusReason.OutsideRange);
        evaluation.Progress.Should().Be(0);
    }

    [Fact]
    public void Evaluate_RangeWithoutDeadline_IsStillJudgedInsideOrOutside()
    {
        var spec = new Spec { Target = Target.KeepWithin(300, 500), Deadline = null };

        Evaluate(spec, January(400), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack);
        Evaluate(spec, January(600), HalfWay).Reason.Should().Be(StatusReason.OutsideRange);
    }
}
