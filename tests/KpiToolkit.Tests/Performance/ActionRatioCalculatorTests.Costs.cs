using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>Costs per acquisition, click, thousand impressions and engagement, and the two click rates.</summary>
public partial class ActionRatioCalculatorTests
{
    /// <summary>A: 10 clicks on 1,000 impressions for 5 EUR; B: 90 clicks on 3,000 impressions for 45 EUR.</summary>
    private static ActionResult[] AdPair() =>
    [
        Action("A", 5m, impressions: 1_000, clicks: 10, engagements: 40, conversions: 1),
        Action("B", 45m, impressions: 3_000, clicks: 90, engagements: 210, conversions: 4),
    ];

    [Fact]
    public void ClickThroughRate_TwoActions_IsRatioOfSumsNotMeanOfRates()
    {
        var result = new ClickThroughRateCalculator().Calculate(AdPair(), March);

        // (10 + 90) / (1,000 + 3,000) = 100 / 4,000 = 0.025, not the mean of 0.01 and 0.03 = 0.02.
        result.Value.Should().BeApproximately(0.025, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.ClickThroughRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Currency.Should().BeNull();
        result.Inputs.Should().Be(new KpiInputs(100, 4_000, 2, 0));
        result.Method.Should().Be("ratio of sums: clicks / impressions");
    }

    [Fact]
    public void CostPerClick_TwoActions_IsRatioOfSumsInTheirCurrency()
    {
        var result = new CostPerClickCalculator().Calculate(AdPair(), March);

        // (5 + 45) / (10 + 90) = 50 / 100 = 0.5 EUR (each action alone also costs 0.5 per click; see the next test for uneven ones).
        result.Value.Should().BeApproximately(0.5, 1e-12);
        result.Currency.Should().Be("EUR");
        result.Unit.Should().Be(IndicatorUnit.Money);
        result.Indicator.Should().Be(IndicatorKeys.CostPerClick);
        result.Inputs.Should().Be(new KpiInputs(50, 100, 2, 0));
    }

    [Fact]
    public void CostPerClick_UnevenActions_IsRatioOfSumsNotMeanOfCosts()
    {
        ActionResult[] actions = [Action("A", 20m, clicks: 10), Action("B", 30m, clicks: 90)];

        var result = new CostPerClickCalculator().Calculate(actions, March);

        // (20 + 30) / (10 + 90) = 0.5; the mean of 20/10 = 2 and 30/90 = 0.333… would be 1.1666…
        result.Value.Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void CostPerClick_UsdActions_ReportsUsd()
    {
        var result = new CostPerClickCalculator().Calculate([Action("US", 12m, currency: "usd", clicks: 48)], March);

        // 12 / 48 = 0.25 USD
        result.Value.Should().BeApproximately(0.25, 1e-12);
        result.Currency.Should().Be("USD");
    }

    [Fact]
    public void CostPerClick_ZeroClicks_IsZeroDenominatorWithCurrency()
    {
        var result = new CostPerClickCalculator().Calculate([Action("Dud", 30m, clicks: 0)], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Currency.Should().Be("EUR");
    }

    [Fact]
    public void CostPerClick_ClicksNotReported_IsMissingCounters()
    {
        var result = new CostPerClickCalculator().Calculate([Action("No report", 30m)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void CostPerClick_TwoCurrencies_ThrowsNamingBothActions()
    {
        ActionResult[] actions = [Action("Paris", 10m, currency: "EUR", clicks: 5), Action("Boston", 10m, currency: "USD", clicks: 5)];

        var act = () => new CostPerClickCalculator().Calculate(actions, March);

        act.Should().Throw<CurrencyMismatchException>().WithMessage("*'Paris' in EUR*'Boston' in USD*");
    }

    [Fact]
    public void ClickThroughRate_TwoCurrencies_NeedsNoConversion()
    {
        ActionResult[] actions = [Action("Paris", 10m, currency: "EUR", impressions: 200, clicks: 5), Action("Boston", 10m, currency: "USD", impressions: 300, clicks: 15)];

        var result = new ClickThroughRateCalculator().Calculate(actions, March);

        // (5 + 15) / (200 + 300) = 20 / 500 = 0.04; counts do not care about currencies.
        result.Value.Should().BeApproximately(0.04, 1e-12);
    }

    [Fact]
    public void CostPerMille_TwoActions_IsCostPerThousandImpressions()
    {
        var result = new CostPerMilleCalculator().Calculate(AdPair(), March);

        // (5 + 45) / (1,000 + 3,000) × 1,000 = 50 / 4,000 × 1,000 = 12.5 EUR
        result.Value.Should().BeApproximately(12.5, 1e-12);
        result.Currency.Should().Be("EUR");
        result.Indicator.Should().Be(IndicatorKeys.CostPerMille);
        result.Inputs.Should().Be(new KpiInputs(50, 4_000, 2, 0));
    }

    [Fact]
    public void CostPerMille_ZeroImpressions_IsZeroDenominator()
    {
        var result = new CostPerMilleCalculator().Calculate([Action("Unseen", 10m, impressions: 0)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void CostPerEngagement_TwoActions_IsCostOverEngagements()
    {
        var result = new CostPerEngagementCalculator().Calculate(AdPair(), March);

        // (5 + 45) / (40 + 210) = 50 / 250 = 0.2 EUR
        result.Value.Should().BeApproximately(0.2, 1e-12);
        result.Currency.Should().Be("EUR");
        result.Indicator.Should().Be(IndicatorKeys.CostPerEngagement);
    }

    [Fact]
    public void CostPerAcquisition_TwoActions_IsCostOverConversions()
    {
        ActionResult[] actions = [Action("A", 100m, conversions: 4), Action("B", 300m, conversions: 6)];

        var result = new CostPerAcquisitionCalculator().Calculate(actions, March);

        // (100 + 300) / (4 + 6) = 400 / 10 = 40 EUR
        result.Value.Should().BeApproximately(40.0, 1e-12);
        result.Currency.Should().Be("EUR");
        result.Unit.Should().Be(IndicatorUnit.Money);
        result.Indicator.Should().Be(IndicatorKeys.CostPerAcquisition);
    }

    [Fact]
    public void CostPerAcquisition_NoConversion_IsZeroDenominatorNotInfinity()
    {
        var result = new CostPerAcquisitionCalculator().Calculate([Action("A", 100m, conversions: 0)], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void ClickConversionRate_SeveralConversionsPerClick_CanExceedOne()
    {
        var result = new ClickConversionRateCalculator().Calculate([Action("Bundles", 10m, clicks: 20, conversions: 30)], March);

        // 30 / 20 = 1.5
        result.Value.Should().BeApproximately(1.5, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.ClickConversionRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
    }

    [Fact]
    public void ClickConversionRate_TwoActions_IsRatioOfSums()
    {
        var result = new ClickConversionRateCalculator().Calculate(AdPair(), March);

        // (1 + 4) / (10 + 90) = 5 / 100 = 0.05
        result.Value.Should().BeApproximately(0.05, 1e-12);
    }

    [Fact]
    public void ClickConversionRate_OneActionWithoutConversions_IsSkipped()
    {
        ActionResult[] actions = [Action("A", 1m, clicks: 40, conversions: 2), Action("B", 1m, clicks: 60)];

        var result = new ClickConversionRateCalculator().Calculate(actions, March);

        // Only A: 2 / 40 = 0.05; B's 60 clicks do not dilute the rate.
        result.Value.Should().BeApproximately(0.05, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(2, 40, 1, 1));
    }
}
