using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

/// <summary>Plausible maxima of indicators (SMART-M07) and horizons written for people.</summary>
public class SmartModelGapsTests
{
    private static SmartReport Validate(ObjectiveDraft draft, SmartValidationOptions? options = null) =>
        SmartValidator.CreateDefault(ObjectiveDraft.Today(), ReportingCalendar.Utc, options).Validate(draft.Build());

    private static ObjectiveDraft EngagementRate(Target target) => new()
    {
        Id = "engagement",
        Indicator = BuiltInIndicators.EngagementRate,
        Target = target,
        Baseline = new Baseline(0.04, new LocalDate(2026, 11, 30)),
    };

    private static IEnumerable<SmartFinding> Implausible(SmartReport report) =>
        report.Findings.Where(f => f.Code == SmartErrorCodes.TargetImplausible);

    [Fact]
    public void EngagementRateTargetOf450Percent_IsAWarning_NotAnError()
    {
        var report = Validate(EngagementRate(Target.IncreaseTo(4.5)));

        var finding = Implausible(report).Should().ContainSingle().Subject;
        finding.Code.Should().Be("SMART-M07");
        finding.Severity.Should().Be(SmartSeverity.Warning);
        finding.Criterion.Should().Be(SmartCriterion.Measurable);
        finding.PropertyName.Should().Be("Target");
        finding.AttemptedValue.Should().Be("4.5");
        finding.Message.Should().Be(
            "The target 4.5 is above the plausible maximum of 'Engagement rate' (1). Rates are fractions: write 0.045 for 4.5 %.");
        // Within the hard bounds (at least 0, no maximum): not an out-of-bounds error.
        report.Findings.Should().NotContain(f => f.Code == SmartErrorCodes.TargetOutOfBounds);
    }

    [Fact]
    public void EngagementRateTargetOf6Percent_IsPlausible()
    {
        var report = Validate(EngagementRate(Target.IncreaseTo(0.06)));

        Implausible(report).Should().BeEmpty();
    }

    [Fact]
    public void EngagementRateTargetOfExactly100Percent_IsPlausible()
    {
        // The plausible maximum is included: 1 is at most 1.
        Implausible(Validate(EngagementRate(Target.IncreaseTo(1)))).Should().BeEmpty();
    }

    [Fact]
    public void RangeTarget_ReportsOnlyTheEndAboveTheMaximum()
    {
        var report = Validate(EngagementRate(Target.KeepWithin(0.5, 1.2)));

        Implausible(report).Select(f => f.AttemptedValue).Should().Equal("1.2");
    }

    [Fact]
    public void RatePerFollower_CanPass100Percent_WithItsReason()
    {
        var indicator = BuiltInIndicators.ApplauseRatePerFollower;
        var draft = new ObjectiveDraft
        {
            Id = "applause",
            Indicator = indicator,
            Target = Target.IncreaseTo(1.5),
            Baseline = new Baseline(0.9, new LocalDate(2026, 11, 30)),
        };

        indicator.PlausibleMaximum.Should().BeNull();
        indicator.UnboundedRateReason.Should().Contain("100 %");
        Implausible(Validate(draft)).Should().BeEmpty();
    }

    [Fact]
    public void BuiltInRates_HaveAPlausibleMaximumOf1_UnlessAReasonOrAHardBoundIsGiven()
    {
        BuiltInIndicators.EngagementRate.PlausibleMaximum.Should().Be(1);
        BuiltInIndicators.ClickThroughRate.PlausibleMaximum.Should().Be(1);
        BuiltInIndicators.ReachRate.PlausibleMaximum.Should().BeNull("reach can pass the followers");
        BuiltInIndicators.EmailOpenRate.PlausibleMaximum.Should().BeNull("its hard maximum of 1 already bounds it");
        BuiltInIndicators.Followers.PlausibleMaximum.Should().BeNull("a count has no plausible maximum unless one is given");
    }

    [Fact]
    public void AnIndicatorsOwnPlausibleMaximum_IsUsed()
    {
        var storeVisits = new Indicator(
            new IndicatorKey("store-visits"), "Store visits", IndicatorUnit.Count, Polarity.HigherIsBetter,
            IndicatorCategory.Conversion, MediaType.Owned, Cadence.Week, minimumValue: 0, plausibleMaximum: 500);
        var draft = new ObjectiveDraft
        {
            Id = "visits",
            Indicator = storeVisits,
            Target = Target.IncreaseTo(600),
            Baseline = new Baseline(300, new LocalDate(2026, 11, 30)),
        };

        var finding = Implausible(Validate(draft)).Should().ContainSingle().Subject;

        finding.Message.Should().Be("The target 600 is above the plausible maximum of 'Store visits' (500).");
    }

    [Fact]
    public void Indicator_RefusesAPlausibleMaximumOutsideItsBounds_AndAReasonForANonRate()
    {
        var aboveMaximum = () => new Indicator(
            new IndicatorKey("score"), "Score", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
            IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month, minimumValue: 0, maximumValue: 10, plausibleMaximum: 11);
        var reasonForACount = () => new Indicator(
            new IndicatorKey("visits"), "Visits", IndicatorUnit.Count, Polarity.HigherIsBetter,
            IndicatorCategory.Conversion, MediaType.Owned, Cadence.Week, unboundedRateReason: "why not");

        aboveMaximum.Should().Throw<ArgumentException>().WithParameterName("plausibleMaximum").WithMessage("*(11)*between*(0)*(10)*");
        reasonForACount.Should().Throw<ArgumentException>().WithParameterName("unboundedRateReason");
    }

    [Fact]
    public void TooShortHorizon_IsWrittenInDays()
    {
        // 1 to 6 January, both included: 6 days, below the default minimum of 7 days.
        var report = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 6) });

        report.Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooShort).Message.Should().Be(
            "The objective lasts 6 days, less than the minimum horizon of 7 days: too short to show a trend.");
    }

    [Fact]
    public void Horizons_AreWrittenInMonthsAndYears()
    {
        var options = new SmartValidationOptions { MinimumHorizon = Period.FromMonths(1), MaximumHorizon = Period.FromYears(1) + Period.FromMonths(6) };

        // 1 to 20 January: 20 days, less than a month. 1 January 2027 to 1 July 2028: a year and a half, reached.
        var tooShort = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 20) }, options);
        var tooLong = Validate(new ObjectiveDraft { Deadline = new LocalDate(2028, 7, 1) }, options);

        tooShort.Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooShort).Message.Should().Be(
            "The objective lasts 20 days, less than the minimum horizon of 1 month: too short to show a trend.");
        tooLong.Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooLong).Message.Should().Be(
            "The objective lasts until 2028-07-01, longer than the maximum horizon of 1 year and 6 months from its start: split it into nearer milestones.");
    }

    [Fact]
    public void OneDayObjective_SaysDayInTheSingular()
    {
        var day = new LocalDate(2027, 1, 1);

        var report = Validate(new ObjectiveDraft { Start = day, Deadline = day });

        report.Findings.Single(f => f.Code == SmartErrorCodes.HorizonTooShort).Message.Should().StartWith("The objective lasts 1 day, less than the minimum horizon of 7 days");
    }

    /// <summary>Followers growing by exactly 10 a day from 1 January 2026, read monthly or quarterly.</summary>
    private static MeasurementSeries TenADay(Cadence cadence)
    {
        var periods = cadence == Cadence.Month
            ? Enumerable.Range(1, 6).Select(month => ReportingPeriod.Month(2026, month))
            : Enumerable.Range(1, 4).Select(quarter => ReportingPeriod.Quarter(2026, quarter));
        var origin = new LocalDate(2026, 1, 1);
        return new MeasurementSeries(
            IndicatorKeys.Followers,
            periods.Select(p => new Measurement(IndicatorKeys.Followers, p, 1000 + (10 * Period.DaysBetween(origin, p.Start)))));
    }

    private static SmartReport ValidateGrowth(double target, MeasurementSeries history)
    {
        // 1 April to 30 June 2027: 91 days, from 5,000 followers.
        var draft = new ObjectiveDraft
        {
            Target = Target.IncreaseTo(target),
            Baseline = new Baseline(5000, new LocalDate(2027, 3, 31)),
            Start = new LocalDate(2027, 4, 1),
            Deadline = new LocalDate(2027, 6, 30),
        };
        return SmartValidator.CreateDefault(ObjectiveDraft.Today(), ReportingCalendar.Utc).Validate(draft.Build(), ObjectiveDraft.HistoryOf(draft.Id, history));
    }

    [Theory]
    [InlineData(Cadence.Month)]
    [InlineData(Cadence.Quarter)]
    public void SameHistory_MonthlyOrQuarterly_GivesTheSameVerdict(Cadence cadence)
    {
        var history = TenADay(cadence);

        // +900 in 91 days is 9.9 a day, below the 10 a day observed; +925 is 10.2 a day, above. Counted per period, the
        // monthly history passed +925 (308.3 a month against months of +310) while the quarterly one failed it (+925
        // against +920 for the 92 days from July to October).
        var reachable = ValidateGrowth(5900, history);
        var outOfReach = ValidateGrowth(5925, history);

        reachable.Findings.Should().NotContain(f => f.Criterion == SmartCriterion.Achievable);
        outOfReach.Findings.Where(f => f.Criterion == SmartCriterion.Achievable).Select(f => f.Code)
            .Should().Equal(SmartErrorCodes.TargetOutOfReach);
    }

    [Fact]
    public void RateChange_IsWrittenInPercentagePoints_PerQuarter()
    {
        // Engagement rate 2 % in the first quarter of 2026, 2.5 % in the second: +0.5 pp in the 90 days from 1 January
        // to 1 April. The objective asks 3 % -> 3.75 % from 1 April to 29 June 2027, also 90 days: +0.75 pp.
        var history = new MeasurementSeries(IndicatorKeys.EngagementRate,
        [
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Quarter(2026, 1), 0.02),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Quarter(2026, 2), 0.025),
        ]);
        var draft = new ObjectiveDraft
        {
            Id = "engagement",
            Indicator = BuiltInIndicators.EngagementRate,
            Target = Target.IncreaseTo(0.0375),
            Baseline = new Baseline(0.03, new LocalDate(2027, 3, 31)),
            Start = new LocalDate(2027, 4, 1),
            Deadline = new LocalDate(2027, 6, 29),
        };

        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today(), ReportingCalendar.Utc).Validate(draft.Build(), ObjectiveDraft.HistoryOf("engagement", history));

        report.Findings.Single(f => f.Code == SmartErrorCodes.TargetOutOfReach).Message.Should().Be(
            "Reaching the target needs +0.75 pp per quarter of 90 days over the 90 days from start to deadline, " +
            "but the best change ever observed is +0.5 pp per quarter (2026-Q1 to 2026-Q2).");
    }
}
