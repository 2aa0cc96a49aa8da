using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>
/// The six e-mail rates over two campaigns, pooled and averaged:
/// A sent 1,000, 20 hard + 30 soft bounces → 950 delivered, 380 opens, 57 clicks, 19 unsubscribes;
/// B sent 100, no bounce → 100 delivered, 60 opens, 12 clicks, 1 unsubscribe.
/// </summary>
public partial class EmailRateCalculatorTests
{
    private static readonly EmailRateOptions Averaged = new() { Aggregation = Aggregation.MeanOfRatios };

    private static EmailCampaignReport[] TwoCampaigns() =>
    [
        new("A", MarchNoon(3), sent: 1_000, uniqueOpens: 380, uniqueClicks: 57, hardBounces: 20, softBounces: 30, unsubscribes: 19),
        new("B", MarchNoon(17), sent: 100, uniqueOpens: 60, uniqueClicks: 12, hardBounces: 0, softBounces: 0, unsubscribes: 1),
    ];

    [Fact]
    public void DeliveryRate_PooledAndAveraged_Differ()
    {
        var pooled = new EmailDeliveryRateCalculator().Calculate(TwoCampaigns(), March);
        var averaged = new EmailDeliveryRateCalculator(Averaged).Calculate(TwoCampaigns(), March);

        // Pooled: (950 + 100) / (1,000 + 100) = 1,050 / 1,100 = 0.954545…
        pooled.Value.Should().BeApproximately(1_050.0 / 1_100.0, 1e-12);
        pooled.Inputs.Should().Be(new KpiInputs(1_050, 1_100, 2));
        pooled.Indicator.Should().Be(IndicatorKeys.EmailDeliveryRate);
        pooled.Method.Should().Be("pooled: delivered / sent");

        // Averaged: (950 / 1,000 + 100 / 100) / 2 = (0.95 + 1) / 2 = 0.975
        averaged.Value.Should().BeApproximately(0.975, 1e-12);
        averaged.Inputs.Denominator.Should().Be(2);
        averaged.Inputs.Numerator.Should().BeApproximately(1.95, 1e-12);
        averaged.Method.Should().Be("mean of campaign rates: delivered / sent");
    }

    [Fact]
    public void OpenRate_PooledAndAveraged_Differ()
    {
        var pooled = new EmailOpenRateCalculator().Calculate(TwoCampaigns(), March);
        var averaged = new EmailOpenRateCalculator(Averaged).Calculate(TwoCampaigns(), March);

        // Pooled: (380 + 60) / (950 + 100) = 440 / 1,050 = 0.419047…
        pooled.Value.Should().BeApproximately(440.0 / 1_050.0, 1e-12);
        pooled.Indicator.Should().Be(IndicatorKeys.EmailOpenRate);
        pooled.Unit.Should().Be(IndicatorUnit.Fraction);
        pooled.Method.Should().Be("pooled: unique opens / delivered");

        // Averaged: (380 / 950 + 60 / 100) / 2 = (0.4 + 0.6) / 2 = 0.5
        averaged.Value.Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void ClickRate_PooledAndAveraged_Differ()
    {
        var pooled = new EmailClickRateCalculator().Calculate(TwoCampaigns(), March);
        var averaged = new EmailClickRateCalculator(Averaged).Calculate(TwoCampaigns(), March);

        // Pooled: (57 + 12) / (950 + 100) = 69 / 1,050 = 0.065714…
        pooled.Value.Should().BeApproximately(69.0 / 1_050.0, 1e-12);
        pooled.Indicator.Should().Be(IndicatorKeys.EmailClickRate);

        // Averaged: (57 / 950 + 12 / 100) / 2 = (0.06 + 0.12) / 2 = 0.09
        averaged.Value.Should().BeApproximately(0.09, 1e-12);
    }

    [Fact]
    public void ClickToOpenRate_PooledAndAveraged_Differ()
    {
        var pooled = new EmailClickToOpenRateCalculator().Calculate(TwoCampaigns(), March);
        var averaged = new EmailClickToOpenRateCalculator(Averaged).Calculate(TwoCampaigns(), March);

        // Pooled: (57 + 12) / (380 + 60) = 69 / 440 = 0.156818…
        pooled.Value.Should().BeApproximately(69.0 / 440.0, 1e-12);
        pooled.Indicator.Should().Be(IndicatorKeys.EmailClickToOpenRate);
        pooled.Method.Should().Be("pooled: unique clicks / unique opens");

        // Averaged: (57 / 380 + 12 / 60) / 2 = (0.15 + 0.2) / 2 = 0.175
        averaged.Value.Should().BeApproximately(0.175, 1e-12);
    }

    [Fact]
    public void BounceRate_PooledAndAveraged_Differ()
    {
        var pooled = new EmailBounceRateCalculator().Calculate(TwoCampaigns(), March);
        var averaged = new EmailBounceRateCalculator(Averaged).Calculate(TwoCampaigns(), March);

        // Pooled: (20 + 30 + 0) / (1,000 + 100) = 50 / 1,100 = 0.045454…
        pooled.Value.Should().BeApproximately(50.0 / 1_100.0, 1e-12);
        pooled.Indicator.Should().Be(IndicatorKeys.EmailBounceRate);

        // Averaged: (50 / 1,000 + 0 / 100) / 2 = (0.05 + 0) / 2 = 0.025
        averaged.Value.Should().BeApproximately(0.025, 1e-12);
    }

    [Fact]
    public void UnsubscribeRate_PooledAndAveraged_Differ()
    {
        var pooled = new EmailUnsubscribeRateCalculator().Calculate(TwoCampaigns(), March);
        var averaged = new EmailUnsubscribeRateCalculator(Averaged).Calculate(TwoCampaigns(), March);

        // Pooled: (19 + 1) / (950 + 100) = 20 / 1,050 = 0.019047…
        pooled.Value.Should().BeApproximately(20.0 / 1_050.0, 1e-12);
        pooled.Indicator.Should().Be(IndicatorKeys.EmailUnsubscribeRate);

        // Averaged: (19 / 950 + 1 / 100) / 2 = (0.02 + 0.01) / 2 = 0.015
        averaged.Value.Should().BeApproximately(0.015, 1e-12);
    }

    [Fact]
    public void UnsubscribeRate_CampaignWithoutUnsubscribes_IsSkippedAsMissing()
    {
        EmailCampaignReport[] campaigns =
        [
            .. TwoCampaigns(),
            new("C", MarchNoon(20), sent: 500, uniqueOpens: 100, uniqueClicks: 10, delivered: 500),
        ];

        var result = new EmailUnsubscribeRateCalculator().Calculate(campaigns, March);

        // C did not report unsubscribes: still 20 / 1,050.
        result.Value.Should().BeApproximately(20.0 / 1_050.0, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(20, 1_050, 2, 1, 0));
    }

    [Fact]
    public void Calculate_ResultsAreOnTheEmailChannel()
    {
        var result = new EmailOpenRateCalculator().Calculate(TwoCampaigns(), March);

        result.Channel.Should().Be(Channel.Email);
        result.Period.Should().Be(March);
    }

    [Fact]
    public void CalculateByCampaign_EachCampaign_HasItsOwnRate()
    {
        var results = new EmailOpenRateCalculator().CalculateByCampaign(TwoCampaigns(), March);

        results.Select(r => r.Action).Should().Equal("A", "B");

        // A: 380 / 950 = 0.4; B: 60 / 100 = 0.6
        results[0].Result.Value.Should().BeApproximately(0.4, 1e-12);
        results[1].Result.Value.Should().BeApproximately(0.6, 1e-12);
    }
}
