using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class AverageReachPerPostCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly KpiToolkit.Activity.SocialPost[] ThreePosts =
    [
        Post("p1", Instagram, At(2026, 3, 5), reach: 100),
        Post("p2", Instagram, At(2026, 3, 6), reach: 200),
        Post("p3", Instagram, At(2026, 3, 7), reach: 600),
    ];

    [Fact]
    public void Calculate_RatioOfSums_IsTheMeanReach_NotTheirSum()
    {
        var result = new AverageReachPerPostCalculator().Calculate(ThreePosts, March);

        // (100 + 200 + 600) / 3 posts = 900 / 3 = 300, never 900 people
        result.Value!.Value.Should().BeApproximately(300, 1e-12);
        result.Value!.Value.Should().NotBe(900);
        result.Inputs.Numerator.Should().Be(900);
        result.Inputs.Denominator.Should().Be(3);
        result.Indicator.Should().Be(IndicatorKeys.AverageReachPerPost);
        result.Unit.Should().Be(IndicatorUnit.Count);
        result.Method.Should().Be("ratio of sums: reach / post");
    }

    [Fact]
    public void Calculate_MeanOfRatios_IsAlsoTheMeanReach()
    {
        var result = new AverageReachPerPostCalculator(new PostRatioOptions { Aggregation = Aggregation.MeanOfRatios }).Calculate(ThreePosts, March);

        // (100 + 200 + 600) / 3 = 300
        result.Value!.Value.Should().BeApproximately(300, 1e-12);
    }

    [Fact]
    public void Calculate_Median_IsTheMedianPostReach()
    {
        var result = new AverageReachPerPostCalculator(new PostRatioOptions { Aggregation = Aggregation.Median }).Calculate(ThreePosts, March);

        // sorted 100, 200, 600 → 200
        result.Value!.Value.Should().BeApproximately(200, 1e-12);
    }

    [Fact]
    public void Calculate_PostWithoutReach_IsSkippedNotCountedAsZero()
    {
        var result = new AverageReachPerPostCalculator().Calculate([.. ThreePosts, Post("x", X, At(2026, 3, 8))], March);

        // still 900 / 3 = 300; reading it as 0 would give 900 / 4 = 225
        result.Value!.Value.Should().BeApproximately(300, 1e-12);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Calculate_ZeroReach_IsAPostWithReachZero()
    {
        var result = new AverageReachPerPostCalculator().Calculate([.. ThreePosts, Post("none", Instagram, At(2026, 3, 8), reach: 0)], March);

        // (100 + 200 + 600 + 0) / 4 = 225: the denominator is the post, which is never 0
        result.Value!.Value.Should().BeApproximately(225, 1e-12);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }
}
