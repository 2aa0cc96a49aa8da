using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// Amounts near <see cref="decimal.MaxValue"/> (about 7.9 × 10²⁸): a value that fits is computed exactly, one that does not
/// gives no value with <see cref="KpiUnavailableReason.TooLargeToCompute"/>, never an <see cref="OverflowException"/>.
/// </summary>
public class HugeAmountTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);
    private static readonly decimal Max = decimal.MaxValue;

    private static ActionResult Action(string name, decimal cost, decimal? gain, long? impressions = null, long? clicks = null, long? engagements = null, long? conversions = null) =>
        new(name, Channel.Instagram, March, new Money(cost, "EUR"), gain is { } g ? new Money(g, "EUR") : null,
            impressions: impressions, clicks: clicks, engagements: engagements, conversions: conversions);

    public static TheoryData<ActionRatioCalculator> MoneyCalculators() =>
    [
        new RoiCalculator(), new RoasCalculator(), new CostPerAcquisitionCalculator(), new CostPerClickCalculator(),
        new CostPerMilleCalculator(), new CostPerEngagementCalculator(),
    ];

    [Theory]
    [MemberData(nameof(MoneyCalculators))]
    public void SumOfHugeAmounts_GivesTooLargeToCompute(ActionRatioCalculator calculator)
    {
        // Two costs and two gains of decimal.MaxValue: their sums do not fit in a decimal.
        var actions = new[]
        {
            Action("a", Max, Max, impressions: 1, clicks: 1, engagements: 1, conversions: 1),
            Action("b", Max, Max, impressions: 1, clicks: 1, engagements: 1, conversions: 1),
        };

        var result = calculator.Calculate(actions, March);

        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.TooLargeToCompute);
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.Numerator.Should().BeNull();
        result.Method.Should().Contain("exceed what a decimal holds");
        result.Currency.Should().Be(calculator.Indicator.Unit == KpiToolkit.Indicators.IndicatorUnit.Money ? "EUR" : null);
    }

    [Fact]
    public void Roi_SpendAndRevenueNearMaxValue_IsComputed()
    {
        // Each sum fits: gain = cost = Max, so ROI = (Max − Max) / Max = 0 exactly.
        var result = new RoiCalculator().Calculate([Action("a", Max, Max)], March);

        result.Value.Should().Be(0);
    }

    [Fact]
    public void Roi_GainDividedByTinyCost_GivesTooLargeToCompute()
    {
        // (Max − 0.5) / 0.5 ≈ 1.6 × 10²⁹: past decimal.MaxValue.
        var result = new RoiCalculator().Calculate([Action("a", 0.5m, Max)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.TooLargeToCompute);
    }

    [Fact]
    public void Roi_HugeLossOnHugeCost_GivesTooLargeToCompute()
    {
        // gain − cost = −Max − Max does not fit.
        var result = new RoiCalculator().Calculate([Action("a", Max, -Max)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.TooLargeToCompute);
    }

    [Fact]
    public void CostPerMille_HugeCost_GivesTooLargeToCompute()
    {
        // Max × 1000 / 1000 impressions: the product does not fit even though the quotient would.
        var result = new CostPerMilleCalculator().Calculate([Action("a", Max, null, impressions: 1000)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.TooLargeToCompute);
    }

    [Fact]
    public void Roas_HugeGainOnTinyCost_GivesTooLargeToCompute()
    {
        // Max / 0.01 = 7.9 × 10³⁰.
        var result = new RoasCalculator().Calculate([Action("a", 0.01m, Max)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.TooLargeToCompute);
    }

    [Fact]
    public void CostPerClick_SumOfManyHugeAmounts_GivesTooLargeToCompute_ByChannel()
    {
        // A tenth of Max, twelve times: the sum passes Max at the eleventh.
        var actions = Enumerable.Range(0, 12).Select(i => Action($"a{i}", Max / 10, null, clicks: 10)).ToList();

        var results = new CostPerClickCalculator().CalculateByChannel(actions, March);

        results.Should().ContainSingle().Which.UnavailableReason.Should().Be(KpiUnavailableReason.TooLargeToCompute);
        results[0].Inputs.RecordsUsed.Should().Be(12);
    }

    [Fact]
    public void CostPerClick_HugeButFittingSum_IsExact()
    {
        // Nine tenths of Max over 9 × 10 clicks: Max / 10 × 9 / 90 = Max / 100.
        var actions = Enumerable.Range(0, 9).Select(i => Action($"a{i}", Max / 10, null, clicks: 10)).ToList();

        var result = new CostPerClickCalculator().Calculate(actions, March);

        result.Value.Should().Be((double)(Max / 10 * 9 / 90));
    }

    [Fact]
    public void RoiRanking_HugeAmounts_AreListedAsTooLargeToCompute()
    {
        var actions = new[] { Action("huge", 0.5m, Max), Action("fine", 100m, 150m) };

        var ranking = new RoiRankingAnalyzer().Rank(actions, March);

        ranking.Ranked.Should().ContainSingle().Which.Roi.Should().Be(0.5);
        ranking.NotRankable.Should().ContainSingle().Which.Should().Be(new UnrankableAction("huge", Channel.Instagram, UnrankableReason.TooLargeToCompute));
    }
}
