using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>Zero deliveries, click-to-open above 100 %, machine opens, periods in a time zone, other channels.</summary>
public partial class EmailRateCalculatorTests
{
    /// <summary>Every e-mail bounced: 60 hard + 40 soft of 100 sent, so 0 delivered.</summary>
    private static EmailCampaignReport AllBounced() =>
        new("Bounced", MarchNoon(25), sent: 100, uniqueOpens: 0, uniqueClicks: 0, hardBounces: 60, softBounces: 40, unsubscribes: 0);

    [Fact]
    public void OpenRate_CampaignWithZeroDeliveries_IsUsedByTheRatioOfSums_AddingNothing()
    {
        var result = new EmailOpenRateCalculator().Calculate([.. TwoCampaigns(), AllBounced()], March);

        // Still 440 / 1,050: the bounced campaign adds 0 opens over 0 delivered, and is one of the three campaigns used.
        result.Value.Should().BeApproximately(440.0 / 1_050.0, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(440, 1_050, 3, 0, 0));
    }

    [Fact]
    public void OpenRate_AveragedWithZeroDeliveries_DoesNotAverageInAZero()
    {
        var result = new EmailOpenRateCalculator(Averaged).Calculate([.. TwoCampaigns(), AllBounced()], March);

        // (0.4 + 0.6) / 2 = 0.5, not (0.4 + 0.6 + 0) / 3.
        result.Value.Should().BeApproximately(0.5, 1e-12);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(1);
    }

    [Fact]
    public void Rates_OnlyACampaignWithZeroDeliveries_AreZeroDenominator()
    {
        EmailRateCalculator[] perDelivered =
        [
            new EmailOpenRateCalculator(),
            new EmailClickRateCalculator(),
            new EmailUnsubscribeRateCalculator(),
            new EmailClickToOpenRateCalculator(),
        ];

        foreach (var calculator in perDelivered)
        {
            var result = calculator.Calculate([AllBounced()], March);

            result.Value.Should().BeNull($"{calculator.Indicator.Key} has nothing to divide by");
            result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator, $"{calculator.Indicator.Key} has a zero denominator");
        }
    }

    [Fact]
    public void DeliveryAndBounceRates_OnlyACampaignWithZeroDeliveries_AreStillDefined()
    {
        // 0 / 100 = 0 delivered; (60 + 40) / 100 = 1 bounced.
        new EmailDeliveryRateCalculator().Calculate([AllBounced()], March).Value.Should().BeApproximately(0.0, 1e-12);
        new EmailBounceRateCalculator().Calculate([AllBounced()], March).Value.Should().BeApproximately(1.0, 1e-12);
    }

    [Fact]
    public void DeliveryRate_NothingSent_IsZeroDenominator()
    {
        var empty = new EmailCampaignReport("Empty list", MarchNoon(5), 0, 0, 0, delivered: 0);

        new EmailDeliveryRateCalculator().Calculate([empty], March).UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        new EmailBounceRateCalculator().Calculate([empty], March).UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void ClickToOpenRate_ClicksWithoutRecordedOpens_IsReportedAboveOneHundredPercent()
    {
        var report = new EmailCampaignReport("Images off", MarchNoon(8), 1_000, uniqueOpens: 50, uniqueClicks: 60, delivered: 1_000);

        var result = new EmailClickToOpenRateCalculator().Calculate([report], March);

        // 60 / 50 = 1.2, not capped at 1.
        result.Value.Should().BeApproximately(1.2, 1e-12);
    }

    [Fact]
    public void OpenRate_ExcludingMachineOpens_SubtractsThem()
    {
        var report = new EmailCampaignReport("MPP", MarchNoon(8), 1_100, uniqueOpens: 400, uniqueClicks: 60, delivered: 1_000, machineOpens: 150);
        var options = new EmailRateOptions { ExcludeMachineOpens = true };

        var excluded = new EmailOpenRateCalculator(options).Calculate([report], March);
        var included = new EmailOpenRateCalculator().Calculate([report], March);

        // (400 − 150) / 1,000 = 0.25; with machine opens 400 / 1,000 = 0.4.
        excluded.Value.Should().BeApproximately(0.25, 1e-12);
        excluded.Method.Should().Be("pooled: (unique opens - machine opens) / delivered");
        included.Value.Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void ClickToOpenRate_ExcludingMachineOpens_DividesByHumanOpens()
    {
        var report = new EmailCampaignReport("MPP", MarchNoon(8), 1_100, uniqueOpens: 400, uniqueClicks: 60, delivered: 1_000, machineOpens: 150);

        var result = new EmailClickToOpenRateCalculator(new EmailRateOptions { ExcludeMachineOpens = true }).Calculate([report], March);

        // 60 / (400 − 150) = 60 / 250 = 0.24
        result.Value.Should().BeApproximately(0.24, 1e-12);
        result.Method.Should().Be("pooled: unique clicks / (unique opens - machine opens)");
    }

    [Fact]
    public void OpenRate_ExcludingMachineOpens_CampaignWithoutMachineOpenDataIsSkippedAsMissing()
    {
        EmailCampaignReport[] campaigns =
        [
            new("MPP", MarchNoon(8), 1_100, uniqueOpens: 400, uniqueClicks: 60, delivered: 1_000, machineOpens: 150),
            new("Old tool", MarchNoon(9), 500, uniqueOpens: 200, uniqueClicks: 20, delivered: 500),
        ];

        var result = new EmailOpenRateCalculator(new EmailRateOptions { ExcludeMachineOpens = true }).Calculate(campaigns, March);

        // Only MPP: (400 − 150) / 1,000 = 0.25; "Old tool" is not taken as 0 machine opens.
        result.Value.Should().BeApproximately(0.25, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(250, 1_000, 1, 1, 0));
    }

    [Fact]
    public void OpenRate_ExcludingMachineOpens_NoCampaignReportsThem_IsMissingCounters()
    {
        var report = new EmailCampaignReport("Old tool", MarchNoon(9), 500, uniqueOpens: 200, uniqueClicks: 20, delivered: 500);

        var result = new EmailOpenRateCalculator(new EmailRateOptions { ExcludeMachineOpens = true }).Calculate([report], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void ClickRate_ExcludingMachineOpens_IgnoresThem()
    {
        var report = new EmailCampaignReport("Old tool", MarchNoon(9), 500, uniqueOpens: 200, uniqueClicks: 20, delivered: 500);

        var result = new EmailClickRateCalculator(new EmailRateOptions { ExcludeMachineOpens = true }).Calculate([report], March);

        // Clicks are not inflated by machine opens: 20 / 500 = 0.04, even without machine-open data.
        result.Value.Should().BeApproximately(0.04, 1e-12);
    }

    [Fact]
    public void Calculate_ParisCalendar_PlacesCampaignsBySendingInstantInParis()
    {
        // 31 March 22:30 UTC is 1 April 00:30 in Paris (summer time, UTC+2 since 29 March 2026).
        // 28 February 23:30 UTC is 1 March 00:30 in Paris (winter time, UTC+1).
        EmailCampaignReport[] campaigns =
        [
            new("Late March in UTC", Instant.FromUtc(2026, 3, 31, 22, 30), 100, uniqueOpens: 10, uniqueClicks: 1, delivered: 100),
            new("Late February in UTC", Instant.FromUtc(2026, 2, 28, 23, 30), 100, uniqueOpens: 30, uniqueClicks: 3, delivered: 100),
        ];
        var paris = new ReportingCalendar(Zones.Paris);

        var inParis = new EmailOpenRateCalculator(null, paris).Calculate(campaigns, March);
        var aprilInParis = new EmailOpenRateCalculator(null, paris).Calculate(campaigns, ReportingPeriod.Month(2026, 4));
        var inUtc = new EmailOpenRateCalculator().Calculate(campaigns, March);

        // Paris March holds "Late February in UTC" only: 30 / 100 = 0.3; Paris April the other: 10 / 100 = 0.1.
        inParis.Value.Should().BeApproximately(0.3, 1e-12);
        inParis.Inputs.RecordsUsed.Should().Be(1);
        aprilInParis.Value.Should().BeApproximately(0.1, 1e-12);

        // UTC March holds "Late March in UTC" only: 10 / 100 = 0.1.
        inUtc.Value.Should().BeApproximately(0.1, 1e-12);
        inUtc.Inputs.RecordsUsed.Should().Be(1);
    }

    [Fact]
    public void Calculate_CampaignSentAtTheFirstInstantOfTheNextPeriod_IsLeftOut()
    {
        // 1 April 2026 00:00 in Paris is 31 March 22:00 UTC: the end of March is exclusive.
        var report = new EmailCampaignReport("Midnight", Instant.FromUtc(2026, 3, 31, 22, 0), 100, 10, 1, delivered: 100);
        var calculator = new EmailOpenRateCalculator(null, new ReportingCalendar(Zones.Paris));

        calculator.Calculate([report], March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        calculator.Calculate([report], ReportingPeriod.Month(2026, 4)).Value.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Calculate_ThroughKpiCalculator_AnotherChannelIsNoData()
    {
        IKpiCalculator calculator = new EmailOpenRateCalculator();
        var data = new ActivityData(emailCampaigns: TwoCampaigns());

        var instagram = calculator.Calculate(data, March, Channel.Instagram);
        var email = calculator.Calculate(data, March, Channel.Email);
        var all = calculator.Calculate(data, March);

        instagram.Value.Should().BeNull();
        instagram.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        instagram.Channel.Should().Be(Channel.Instagram);

        // 440 / 1,050 through either Email or every channel.
        email.Value.Should().BeApproximately(440.0 / 1_050.0, 1e-12);
        all.Value.Should().BeApproximately(440.0 / 1_050.0, 1e-12);
    }

    [Fact]
    public void Calculate_EmailChannelInAnotherCase_IsStillEmail()
    {
        IKpiCalculator calculator = new EmailClickRateCalculator();

        var result = calculator.Calculate(new ActivityData(emailCampaigns: TwoCampaigns()), March, new Channel("email"));

        // 69 / 1,050
        result.Value.Should().BeApproximately(69.0 / 1_050.0, 1e-12);
    }

    [Fact]
    public void Calculate_NoCampaignInThePeriod_IsNoData()
    {
        var result = new EmailBounceRateCalculator().Calculate(TwoCampaigns(), ReportingPeriod.Month(2026, 5));

        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Constructor_Defaults_AreRatioOfSumsWithMachineOpensInUtc()
    {
        var calculator = new EmailOpenRateCalculator();

        calculator.Aggregation.Should().Be(Aggregation.RatioOfSums);
        calculator.ExcludeMachineOpens.Should().BeFalse();
        calculator.Calendar.Should().Be(ReportingCalendar.Utc);
    }

    [Fact]
    public void Constructor_UndefinedAggregation_ThrowsNamingTheOption()
    {
        var act = () => new EmailOpenRateCalculator(new EmailRateOptions { Aggregation = (Aggregation)9 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("EmailRateOptions.Aggregation").WithMessage("*not a defined Aggregation*");
    }

    [Fact]
    public void Calculate_NullArguments_ThrowNamingThem()
    {
        var calculator = new EmailOpenRateCalculator();

        FluentActions.Invoking(() => calculator.Calculate((IEnumerable<EmailCampaignReport>)null!, March))
            .Should().Throw<ArgumentNullException>().WithParameterName("campaigns");
        FluentActions.Invoking(() => calculator.Calculate(TwoCampaigns(), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => calculator.Calculate([null!], March))
            .Should().Throw<ArgumentException>().WithParameterName("campaigns").WithMessage("campaigns must not contain null*");
    }

    [Fact]
    public void CalculateByCampaign_NullCampaign_ThrowsNamingCampaignsAndTheIndex()
    {
        var calculator = new EmailOpenRateCalculator();
        var campaigns = TwoCampaigns();

        // Once skipped silently: a null report is a programmer error, wherever it sits.
        FluentActions.Invoking(() => calculator.CalculateByCampaign([campaigns[0], null!, campaigns[1]], March))
            .Should().Throw<ArgumentException>().WithParameterName("campaigns").WithMessage("campaigns must not contain null, but campaigns[1] is null*");
        FluentActions.Invoking(() => calculator.Calculate([campaigns[0], campaigns[1], null!], March))
            .Should().Throw<ArgumentException>().WithParameterName("campaigns").WithMessage("campaigns must not contain null, but campaigns[2] is null*");
    }

    [Fact]
    public void CalculateByCampaign_NullArguments_ThrowNamingThem()
    {
        var calculator = new EmailOpenRateCalculator();

        FluentActions.Invoking(() => calculator.CalculateByCampaign(null!, March)).Should().Throw<ArgumentNullException>().WithParameterName("campaigns");
        FluentActions.Invoking(() => calculator.CalculateByCampaign(TwoCampaigns(), null!)).Should().Throw<ArgumentNullException>().WithParameterName("period");
    }
}
