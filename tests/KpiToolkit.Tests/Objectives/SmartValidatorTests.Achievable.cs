using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    [Fact]
    public void Validate_TargetFarBeyondTheBestMonth_ReportsA03WithTheChangeNeededPerMonth()
    {
        // 2,000 -> 200,000 over January to March (90 days): 198,000 / 90 = 2,200 a day, +66,000 in a month of 30 days,
        // while the fastest month of the history added 450 in 30 days (September 1,300 -> October 1,750).
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) });

        Codes(report).Should().Equal(SmartErrorCodes.TargetOutOfReach);
        var finding = report.Findings[0];
        ShouldBe(finding, SmartErrorCodes.TargetOutOfReach, SmartCriterion.Achievable, SmartSeverity.Error, "Target", "66000");
        finding.Message.Should()
            .Contain("+66,000 per month of 30 days over the 90 days from start to deadline")
            .And.Contain("+450 per month (2026-09 to 2026-10)");
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_ReachableTarget_HasNoAchievableFinding()
    {
        // 2,000 -> 3,200 over 3 months: +400 a month <= best month +450.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3200) });

        Of(report, SmartCriterion.Achievable).Should().BeEmpty();
    }

    [Fact]
    public void Validate_NeededChangeEqualToTheBestMonth_IsReachable()
    {
        // 2,000 -> 3,350 over 3 months: 1,350 / 3 = +450 a month, exactly the best month.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3350) });

        Of(report, SmartCriterion.Achievable).Should().BeEmpty();
    }

    [Fact]
    public void Validate_NeededChangeJustAboveTheBestMonth_ReportsA03()
    {
        // 2,000 -> 3,353 over 3 months: 1,353 / 3 = +451 a month > +450.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3353) });

        Single(report, SmartErrorCodes.TargetOutOfReach).AttemptedValue.Should().Be("451");
    }

    [Fact]
    public void Validate_WithoutTolerance_500AMonthIsOutOfReach()
    {
        // 2,000 -> 3,500 over 3 months: +500 a month > +450.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3500) });

        Single(report, SmartErrorCodes.TargetOutOfReach).AttemptedValue.Should().Be("500");
    }

    [Fact]
    public void Validate_Tolerance25Percent_Accepts500AMonth()
    {
        // Allowed: 450 x (1 + 0.25) = 562.5 a month; needed (3,500 - 2,000) / 3 = 500.
        var options = new SmartValidationOptions { AchievabilityTolerance = 0.25 };

        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3500) }, options);

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_Tolerance25Percent_Accepts562Point5AMonthExactly()
    {
        // Needed (3,687.5 - 2,000) / 3 = 562.5 = 450 x 1.25.
        var options = new SmartValidationOptions { AchievabilityTolerance = 0.25 };

        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3687.5) }, options);

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_Tolerance25Percent_Refuses600AMonth()
    {
        // Needed (3,800 - 2,000) / 3 = 600 > 562.5.
        var options = new SmartValidationOptions { AchievabilityTolerance = 0.25 };

        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(3800) }, options);

        Codes(report).Should().Equal(SmartErrorCodes.TargetOutOfReach);
        ShouldBe(report.Findings[0], SmartErrorCodes.TargetOutOfReach, SmartCriterion.Achievable, SmartSeverity.Error, "Target", "600");
    }

    private static ObjectiveDraft Unsubscribes(double target) => new()
    {
        Id = "email-unsubscribes",
        Statement = "Lower the newsletter unsubscribe rate with better-targeted promotions",
        Indicator = BuiltInIndicators.EmailUnsubscribeRate,
        Target = Target.DecreaseTo(target),
        Baseline = new Baseline(0.5625, new LocalDate(2026, 11, 30)),
        Start = new LocalDate(2027, 1, 1),
        Deadline = new LocalDate(2027, 3, 3),
        Scope = new ObjectiveScope([Channel.Email], "Newsletter subscribers"),
    };

    /// <summary>
    /// Unsubscribe rates of August to November 2026: 0.75, 0.5, 0.625, 0.5625 (exact in binary), so the
    /// changes are -0.25, +0.125 and -0.0625, each over 31 days (August, then October, start to start; September has 30):
    /// the steepest fall is -0.25 in 31 days, the smallest -0.0625, the largest rise +0.125.
    /// </summary>
    private static Dictionary<string, MeasurementSeries> UnsubscribeHistory() =>
        ObjectiveDraft.HistoryOf(
            "email-unsubscribes",
            ObjectiveDraft.Monthly(IndicatorKeys.EmailUnsubscribeRate, new LocalDate(2026, 8, 1), 0.75, 0.5, 0.625, 0.5625));

    [Fact]
    public void Validate_DecreaseTarget_IsComparedWithTheSteepestFall()
    {
        // 0.5625 -> 0.0625 from 1 January to 3 March (62 days): -0.5 in 62 days is -0.25 in 31, exactly the steepest fall.
        // Compared with the smallest fall (-0.0625) or the largest rise it would be out of reach.
        var report = Validate(Unsubscribes(0.0625), UnsubscribeHistory());

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DecreaseTargetSteeperThanTheSteepestFall_ReportsA03WithANegativeChange()
    {
        // 0.5625 -> 0 over 62 days: -0.5625 x 31 / 62 = -0.28125 in 31 days, steeper than -0.25; a change of a rate is
        // written in percentage points.
        var report = Validate(Unsubscribes(0), UnsubscribeHistory());

        Codes(report).Should().Equal(SmartErrorCodes.TargetOutOfReach);
        ShouldBe(report.Findings[0], SmartErrorCodes.TargetOutOfReach, SmartCriterion.Achievable, SmartSeverity.Error, "Target", "-0.28125", "email-unsubscribes");
        report.Findings[0].Message.Should().Be(
            "Reaching the target needs -28.125 pp per month of 31 days over the 62 days from start to deadline, " +
            "but the best change ever observed is -25 pp per month (2026-08 to 2026-09).");
    }

    [Fact]
    public void Validate_HistoryThatOnlyFell_IncreaseIsOutOfReach()
    {
        // 2,300, 2,200, 2,100, 2,000: every month lost 100, the slowest loss in the 31 days from August to September;
        // +1,200 in 90 days is wanted, 1,200 x 31 / 90 in those 31 days.
        var history = ObjectiveDraft.HistoryOf(Id, ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 8, 1), 2300, 2200, 2100, 2000));

        var report = Validate(new ObjectiveDraft(), history);

        Codes(report).Should().Equal(SmartErrorCodes.TargetOutOfReach);
        var finding = report.Findings[0];
        ShouldBe(finding, SmartErrorCodes.TargetOutOfReach, SmartCriterion.Achievable, SmartSeverity.Error, "Target", Exact(1200.0 * 31 / 90));
        finding.Message.Should().Contain("+413 per month of 31 days").And.Contain("never moved that way").And.Contain("-100 per month");
    }

    [Fact]
    public void Validate_FlatHistory_IncreaseIsOutOfReach()
    {
        // No month ever moved: even +3 in 90 days is more than the best change, 0 (said over its 31 days: 3 x 31 / 90).
        var history = ObjectiveDraft.HistoryOf(Id, ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 8, 1), 2000, 2000, 2000));

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(2003) }, history);

        Single(report, SmartErrorCodes.TargetOutOfReach).AttemptedValue.Should().Be(Exact(3.0 * 31 / 90));
    }

    [Fact]
    public void Validate_RangeAboveTheBaseline_NeedsTheDistanceToTheNearestBound()
    {
        // Keep within [3,200, 9,000] from 2,000: the nearest bound is 3,200, so +1,200 / 3 = +400 a month <= 450.
        var reachable = ValidateWithHistory(new ObjectiveDraft { Target = Target.KeepWithin(3200, 9000) });

        // Keep within [3,500, 9,000]: +1,500 / 3 = +500 a month > 450.
        var outOfReach = ValidateWithHistory(new ObjectiveDraft { Target = Target.KeepWithin(3500, 9000) });

        reachable.Findings.Should().BeEmpty();
        Single(outOfReach, SmartErrorCodes.TargetOutOfReach).AttemptedValue.Should().Be("500");
    }

    [Fact]
    public void Validate_WeeklyHistory_IsComparedPerDay()
    {
        // Weekly followers from Monday 2 November 2026: 1,700, 1,800, 1,900, 2,000 (+100 a week of 7 days).
        // 1 January to 31 March 2027 is 90 days, whatever weeks they touch: +100 in 7 days allows 100 x 90 / 7 = 1,285.7.
        var weeks = new[] { 1700.0, 1800, 1900, 2000 }
            .Select((value, i) => new Measurement(IndicatorKeys.Followers, ReportingPeriod.Week(new LocalDate(2026, 11, 2).PlusWeeks(i)), value));
        var history = ObjectiveDraft.HistoryOf(Id, new MeasurementSeries(IndicatorKeys.Followers, weeks));

        // +1,260 in 90 days is 1,260 x 7 / 90 = +98 a week: reachable.
        var reachable = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(3260) }, history);

        // +1,350 in 90 days is 1,350 x 7 / 90 = +105 a week > 100.
        var outOfReach = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(3350) }, history);

        reachable.Findings.Should().BeEmpty();
        var finding = Single(outOfReach, SmartErrorCodes.TargetOutOfReach);
        finding.AttemptedValue.Should().Be("105");
        finding.Message.Should().Contain("+105 per week of 7 days over the 90 days");
    }

    [Fact]
    public void Validate_NoHistory_ReportsA01InfoAndStaysSmart()
    {
        var report = Validate(new ObjectiveDraft());

        Codes(report).Should().Equal(SmartErrorCodes.HistoryMissing);
        ShouldBe(report.Findings[0], SmartErrorCodes.HistoryMissing, SmartCriterion.Achievable, SmartSeverity.Info, null, null);
        report.IsObjectiveSmart.Should().BeTrue();
        report.IsSmart.Should().BeTrue();
    }

    [Fact]
    public void Validate_OnePointHistory_ReportsA02()
    {
        var history = ObjectiveDraft.HistoryOf(Id, ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 11, 1), 2000));

        var report = Validate(new ObjectiveDraft(), history);

        Codes(report).Should().Equal(SmartErrorCodes.HistoryTooShort);
        ShouldBe(report.Findings[0], SmartErrorCodes.HistoryTooShort, SmartCriterion.Achievable, SmartSeverity.Info, null, null);
        report.IsSmart.Should().BeTrue();
    }

    [Fact]
    public void Validate_EmptyHistory_ReportsA02()
    {
        var history = ObjectiveDraft.HistoryOf(Id, new MeasurementSeries(IndicatorKeys.Followers, []));

        var report = Validate(new ObjectiveDraft(), history);

        Codes(report).Should().Equal(SmartErrorCodes.HistoryTooShort);
    }

    [Fact]
    public void Validate_NonAdjacentPeriods_ReportsA02()
    {
        // August and October 2026 only: September is missing, so no month-to-month change exists.
        var measurements = new[]
        {
            new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 8), 1000),
            new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 10), 1750),
        };
        var history = ObjectiveDraft.HistoryOf(Id, new MeasurementSeries(IndicatorKeys.Followers, measurements));

        var report = Validate(new ObjectiveDraft(), history);

        Codes(report).Should().Equal(SmartErrorCodes.HistoryTooShort);
    }

    [Fact]
    public void Validate_MissingBaseline_ReportsA04()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Baseline = null });

        ShouldBe(Single(report, SmartErrorCodes.AchievabilityNotChecked), SmartErrorCodes.AchievabilityNotChecked, SmartCriterion.Achievable, SmartSeverity.Info, null, null);
        Of(report, SmartCriterion.Achievable).Should().ContainSingle();
    }

    [Fact]
    public void Validate_MissingStartDeadlineOrTarget_ReportsA04()
    {
        ValidateWithHistory(new ObjectiveDraft { Start = null }).Findings.Should().Contain(f => f.Code == SmartErrorCodes.AchievabilityNotChecked);
        ValidateWithHistory(new ObjectiveDraft { Deadline = null }).Findings.Should().Contain(f => f.Code == SmartErrorCodes.AchievabilityNotChecked);
        ValidateWithHistory(new ObjectiveDraft { Target = null }).Findings.Should().Contain(f => f.Code == SmartErrorCodes.AchievabilityNotChecked);
    }

    private static string Exact(double value) => value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
}
