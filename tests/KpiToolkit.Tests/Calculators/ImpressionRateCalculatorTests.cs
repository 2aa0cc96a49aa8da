using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class ImpressionRateCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly AudienceHistory Audience = new(
    [
        Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000),
        Snapshot(Instagram, Instant.FromUtc(2026, 3, 10, 0, 0), 2_000),
    ]);

    private static readonly SocialPost[] TwoPosts =
    [
        Post("p1", Instagram, At(2026, 3, 5), impressions: 1_200, reach: 1),
        Post("p2", Instagram, At(2026, 3, 15), impressions: 3_000, reach: 1),
    ];

    [Fact]
    public void Calculate_RatioOfSums_IsImpressionsOverFollowers_AndCanPassOne()
    {
        var result = new ImpressionRateCalculator().Calculate(TwoPosts, March, Audience);

        // (1,200 + 3,000) / (1,000 + 2,000) = 4,200 / 3,000 = 1.4
        result.Value!.Value.Should().BeApproximately(1.4, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.ImpressionRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Method.Should().Be("ratio of sums: impressions / followers at publication");
    }

    [Fact]
    public void Calculate_MeanOfRatios_AveragesThePostRates()
    {
        var result = new ImpressionRateCalculator(new PostRatioOptions { Aggregation = Aggregation.MeanOfRatios }).Calculate(TwoPosts, March, Audience);

        // (1,200/1,000 + 3,000/2,000) / 2 = (1.2 + 1.5) / 2 = 1.35
        result.Value!.Value.Should().BeApproximately(1.35, 1e-12);
    }

    [Fact]
    public void Calculate_MissingImpressions_IsSkipped()
    {
        var result = new ImpressionRateCalculator().Calculate([Post("p", Instagram, At(2026, 3, 5), reach: 10)], March, Audience);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }
}
