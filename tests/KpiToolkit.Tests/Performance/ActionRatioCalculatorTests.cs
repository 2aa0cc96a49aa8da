using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>ROI and ROAS: ratios of sums of money, hand-computed.</summary>
public partial class ActionRatioCalculatorTests
{
    private static readonly RoiCalculator Roi = new();

    [Fact]
    public void Roi_TwoActions_IsRatioOfSumsNotMeanOfRois()
    {
        ActionResult[] actions = [Action("A", 100m, 250m), Action("B", 300m, 330m)];

        var result = Roi.Calculate(actions, March);

        // Σ gain = 250 + 330 = 580, Σ cost = 100 + 300 = 400: (580 − 400) / 400 = 0.45
        // (the mean of the two ROIs would be (1.5 + 0.1) / 2 = 0.8).
        result.Value.Should().BeApproximately(0.45, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.ReturnOnInvestment);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Currency.Should().BeNull();
        result.Period.Should().Be(March);
        result.Channel.Should().BeNull();
        result.UnavailableReason.Should().BeNull();
        result.Inputs.Should().Be(new KpiInputs(580, 400, 2, 0));
        result.Method.Should().Be("ratio of sums: (gain - cost) / cost");
    }

    [Fact]
    public void Roi_ZeroGain_IsMinusOneHundredPercent()
    {
        var result = Roi.Calculate([Action("Flop", 80m, 0m)], March);

        // (0 − 80) / 80 = −1
        result.Value.Should().BeApproximately(-1.0, 1e-12);
    }

    [Fact]
    public void Roi_NegativeGain_IsBelowMinusOneHundredPercent()
    {
        var result = Roi.Calculate([Action("Refunds", 100m, -20m)], March);

        // (−20 − 100) / 100 = −1.2
        result.Value.Should().BeApproximately(-1.2, 1e-12);
    }

    [Fact]
    public void Roi_ZeroCost_IsUnavailableForZeroDenominator()
    {
        var result = Roi.Calculate([Action("Free post", 0m, 50m)], March);

        result.Value.Should().BeNull();
        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.Should().Be(new KpiInputs(50, 0, 1, 0));
    }

    [Fact]
    public void Roi_ZeroCostAndZeroGain_IsUnavailableNotNaN()
    {
        var result = Roi.Calculate([Action("Nothing", 0m, 0m), Action("Nothing either", 0m, 0m)], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void Roi_ZeroCostActionInAGroup_CountsInTheSums()
    {
        ActionResult[] actions = [Action("Free post", 0m, 50m), Action("Paid", 200m, 250m)];

        var result = Roi.Calculate(actions, March);

        // (50 + 250 − (0 + 200)) / 200 = 100 / 200 = 0.5
        result.Value.Should().BeApproximately(0.5, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(2);
    }

    [Fact]
    public void Roi_MissingGain_IsSkippedAndCounted()
    {
        ActionResult[] actions = [Action("A", 100m, 250m), Action("Pending", 50m)];

        var result = Roi.Calculate(actions, March);

        // Only A: (250 − 100) / 100 = 1.5; the pending action is not taken as a gain of 0.
        result.Value.Should().BeApproximately(1.5, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(250, 100, 1, 1));
        result.Inputs.RecordsSkipped.Should().Be(1);
    }

    [Fact]
    public void Roi_AllGainsMissing_IsUnavailableForMissingCounters()
    {
        var result = Roi.Calculate([Action("Pending 1", 50m), Action("Pending 2", 70m)], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsUsed.Should().Be(0);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
    }

    [Fact]
    public void Roi_NoAction_IsUnavailableForNoData()
    {
        var result = Roi.Calculate([], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        result.Inputs.RecordsUsed.Should().Be(0);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Roi_TwoCurrenciesInOneGroup_ThrowsNamingBothActions()
    {
        ActionResult[] actions = [Action("Spring ads", 100m, 150m, "EUR"), Action("US launch", 200m, 300m, "USD")];

        var act = () => Roi.Calculate(actions, March);

        act.Should().Throw<CurrencyMismatchException>()
            .WithMessage("*'Spring ads' in EUR*'US launch' in USD*");
    }

    [Fact]
    public void Roi_TwoCurrenciesEvenWithAMissingGain_Throws()
    {
        // The action without a gain is skipped, but its cost still may not be mixed with euros.
        ActionResult[] actions = [Action("Spring ads", 100m, 150m, "EUR"), Action("US launch", 200m, null, "USD")];

        var act = () => Roi.Calculate(actions, March);

        act.Should().Throw<CurrencyMismatchException>().WithMessage("*'Spring ads' in EUR*'US launch' in USD*");
    }

    [Fact]
    public void Roi_TwoCurrenciesOnSeparateChannels_WorksPerChannel()
    {
        ActionResult[] actions =
        [
            Action("Spring ads", 100m, 150m, "EUR", Channel.Instagram),
            Action("US launch", 200m, 300m, "USD", Channel.Facebook),
        ];

        var instagram = Roi.Calculate(actions, March, Channel.Instagram);
        var facebook = Roi.Calculate(actions, March, Channel.Facebook);

        // (150 − 100) / 100 = 0.5; (300 − 200) / 200 = 0.5
        instagram.Value.Should().BeApproximately(0.5, 1e-12);
        instagram.Channel.Should().Be(Channel.Instagram);
        facebook.Value.Should().BeApproximately(0.5, 1e-12);
        facebook.Channel.Should().Be(Channel.Facebook);
    }

    [Fact]
    public void Roas_TwoActions_IsGainOverCost()
    {
        ActionResult[] actions = [Action("A", 100m, 250m), Action("B", 300m, 330m)];

        var result = new RoasCalculator().Calculate(actions, March);

        // 580 / 400 = 1.45
        result.Value.Should().BeApproximately(1.45, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.Roas);
        result.Unit.Should().Be(IndicatorUnit.Ratio);
        result.Currency.Should().BeNull();
        result.Method.Should().Be("ratio of sums: gain / cost");
    }

    [Fact]
    public void Roas_ZeroCost_IsZeroDenominator()
    {
        var result = new RoasCalculator().Calculate([Action("Free", 0m, 40m)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void Roas_MissingGain_IsSkipped()
    {
        var result = new RoasCalculator().Calculate([Action("A", 100m, 250m), Action("Pending", 900m)], March);

        // 250 / 100 = 2.5; the pending action's 900 of cost does not enter.
        result.Value.Should().BeApproximately(2.5, 1e-12);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Roas_TwoCurrencies_Throws()
    {
        var act = () => new RoasCalculator().Calculate([Action("Paris", 10m, 20m, "EUR"), Action("London", 10m, 20m, "GBP")], March);

        act.Should().Throw<CurrencyMismatchException>().WithMessage("*'Paris' in EUR*'London' in GBP*");
    }
}
