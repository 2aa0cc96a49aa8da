using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>Web sessions, visitors and conversion rate (GA4's session key-event rate).</summary>
public class WebCalculatorsTests
{
    private static readonly WebConversionRateCalculator Conversion = new();

    private static WebTrafficRecord[] Traffic() =>
    [
        PerformanceData.Traffic(3, Channel.Instagram, 120, users: 100, convertingSessions: 6, conversions: 9),
        PerformanceData.Traffic(4, Channel.Email, 80, users: null, convertingSessions: 8, conversions: 8),
        PerformanceData.Traffic(5, Channel.Instagram, 300, users: 60, convertingSessions: null, conversions: null),
        new WebTrafficRecord(new LocalDate(2026, 4, 1), Channel.Instagram, 5_000, users: 4_000, convertingSessions: 500),
        new WebTrafficRecord(new LocalDate(2026, 2, 28), Channel.Email, 7_000, users: 6_000, convertingSessions: 700),
    ];

    [Fact]
    public void WebSessions_RecordsOfThePeriod_AreSummed()
    {
        var result = new WebSessionsCalculator().Calculate(Traffic(), March);

        // 120 + 80 + 300 = 500; 1 April and 28 February are outside March.
        result.Value.Should().BeApproximately(500.0, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.WebSessions);
        result.Unit.Should().Be(IndicatorUnit.Count);
        result.Inputs.Should().Be(new KpiInputs(500, null, 3, 0));
        result.Method.Should().Be("sum of sessions");
    }

    [Fact]
    public void WebSessions_ChannelFilter_SumsThatChannel()
    {
        var result = new WebSessionsCalculator().Calculate(Traffic(), March, Channel.Instagram);

        // 120 + 300 = 420
        result.Value.Should().BeApproximately(420.0, 1e-12);
        result.Channel.Should().Be(Channel.Instagram);
    }

    [Fact]
    public void WebSessions_NoRecordInThePeriod_IsNoData()
    {
        var result = new WebSessionsCalculator().Calculate(Traffic(), ReportingPeriod.Month(2026, 6));

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void WebSessions_ThroughActivityData_ReadsTheTraffic()
    {
        IKpiCalculator calculator = new WebSessionsCalculator();

        var result = calculator.Calculate(new ActivityData(webTraffic: Traffic()), March, Channel.Email);

        // 80 in March; the 7,000 of 28 February are not.
        result.Value.Should().BeApproximately(80.0, 1e-12);
    }

    [Fact]
    public void WebVisitors_RecordWithoutUsers_IsSkippedAndCounted()
    {
        var result = new WebVisitorsCalculator().Calculate(Traffic(), March);

        // 100 + 60 = 160; the Email record did not report users and is not taken as 0.
        result.Value.Should().BeApproximately(160.0, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.WebVisitors);
        result.Inputs.Should().Be(new KpiInputs(160, null, 2, 1));
    }

    [Fact]
    public void WebVisitors_NoRecordReportsUsers_IsMissingCounters()
    {
        var result = new WebVisitorsCalculator().Calculate(Traffic(), March, Channel.Email);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void WebVisitors_ThroughActivityData_ReadsTheTraffic()
    {
        IKpiCalculator calculator = new WebVisitorsCalculator();

        // 100 + 60 = 160 on Instagram in March.
        calculator.Calculate(new ActivityData(webTraffic: Traffic()), March, Channel.Instagram).Value.Should().BeApproximately(160.0, 1e-12);
    }

    [Fact]
    public void WebConversionRate_IsConvertingSessionsOverSessionsNotConversionsOverSessions()
    {
        WebTrafficRecord[] records =
        [
            PerformanceData.Traffic(2, Channel.Website, 1_000, convertingSessions: 30, conversions: 75),
            PerformanceData.Traffic(3, Channel.Website, 500, convertingSessions: 20, conversions: 20),
        ];

        var result = Conversion.Calculate(records, March);

        // (30 + 20) / (1,000 + 500) = 50 / 1,500 = 0.0333…;
        // conversions / sessions would be (75 + 20) / 1,500 = 0.0633…
        result.Value.Should().BeApproximately(50.0 / 1_500.0, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.WebConversionRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Inputs.Should().Be(new KpiInputs(50, 1_500, 2));
        result.Method.Should().Be("ratio of sums: converting sessions / sessions");
    }

    [Fact]
    public void WebConversionRate_RecordWithoutConvertingSessions_IsSkippedAndCounted()
    {
        var result = Conversion.Calculate(Traffic(), March, Channel.Instagram);

        // Only 3 March: 6 / 120 = 0.05; the 300 sessions of 5 March did not report converting sessions.
        result.Value.Should().BeApproximately(0.05, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(6, 120, 1, 1, 0));
    }

    [Fact]
    public void WebConversionRate_NoRecordReportsConvertingSessions_IsMissingCounters()
    {
        var result = Conversion.Calculate([PerformanceData.Traffic(2, Channel.Blog, 100)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void WebConversionRate_ChannelWithZeroSessions_IsZeroDenominator()
    {
        WebTrafficRecord[] records =
        [
            PerformanceData.Traffic(2, Channel.TikTok, 0, convertingSessions: 0),
            PerformanceData.Traffic(3, Channel.TikTok, 0, convertingSessions: 0),
        ];

        var result = Conversion.Calculate(records, March, Channel.TikTok);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.Should().Be(new KpiInputs(0, 0, 2, 0, 0), "both days are used, and their sessions add up to 0");
        result.Channel.Should().Be(Channel.TikTok);
    }

    [Fact]
    public void WebConversionRate_ZeroSessionDayAmongOthers_IsUsedAndAddsNothing()
    {
        WebTrafficRecord[] records =
        [
            PerformanceData.Traffic(2, Channel.Blog, 0, convertingSessions: 0),
            PerformanceData.Traffic(3, Channel.Blog, 200, convertingSessions: 5),
        ];

        var result = Conversion.Calculate(records, March);

        // (0 + 5) / (0 + 200) = 0.025, both days used.
        result.Value.Should().BeApproximately(0.025, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(5, 200, 2, 0, 0));
    }

    [Fact]
    public void WebConversionRate_NoRecord_IsNoData()
    {
        Conversion.Calculate([], March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void WebConversionRate_CalculateByChannel_OneResultPerChannelOrderedByName()
    {
        WebTrafficRecord[] records =
        [
            PerformanceData.Traffic(2, Channel.TikTok, 0, convertingSessions: 0),
            PerformanceData.Traffic(2, Channel.Instagram, 1_000, convertingSessions: 10),
            PerformanceData.Traffic(3, Channel.Email, 400, convertingSessions: 12),
            PerformanceData.Traffic(4, Channel.Instagram, 1_000, convertingSessions: 30),
            new WebTrafficRecord(new LocalDate(2026, 4, 1), Channel.Blog, 100, convertingSessions: 50),
        ];

        var results = Conversion.CalculateByChannel(records, March);

        // Blog only has traffic in April, so it has no row.
        results.Select(r => r.Channel).Should().Equal(Channel.Email, Channel.Instagram, Channel.TikTok);

        // Email: 12 / 400 = 0.03; Instagram: (10 + 30) / (1,000 + 1,000) = 0.02; TikTok: no sessions.
        results[0].Value.Should().BeApproximately(0.03, 1e-12);
        results[1].Value.Should().BeApproximately(0.02, 1e-12);
        results[2].Value.Should().BeNull();
        results[2].UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void WebConversionRate_ThroughActivityData_ReadsTheTraffic()
    {
        IKpiCalculator calculator = new WebConversionRateCalculator();

        var result = calculator.Calculate(new ActivityData(webTraffic: Traffic()), March);

        // (6 + 8) / (120 + 80) = 14 / 200 = 0.07; 5 March has no converting sessions.
        result.Value.Should().BeApproximately(0.07, 1e-12);
    }

    [Fact]
    public void Calculate_NullArguments_ThrowNamingThem()
    {
        FluentActions.Invoking(() => new WebSessionsCalculator().Calculate((IEnumerable<WebTrafficRecord>)null!, March))
            .Should().Throw<ArgumentNullException>().WithParameterName("records");
        FluentActions.Invoking(() => Conversion.Calculate([], null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => new WebVisitorsCalculator().Calculate([null!], March))
            .Should().Throw<ArgumentException>().WithParameterName("records").WithMessage("records must not contain null*");
    }
}
