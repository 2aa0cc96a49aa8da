using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class FrequencyCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    [Fact]
    public void Calculate_RatioOfSums_IsImpressionsOverReach()
    {
        var posts = new[]
        {
            Post("p1", Instagram, At(2026, 3, 5), impressions: 300, reach: 100),
            Post("p2", Instagram, At(2026, 3, 6), impressions: 100, reach: 100),
        };

        var result = new FrequencyCalculator().Calculate(posts, March);

        // (300 + 100) / (100 + 100) = 400 / 200 = 2
        result.Value!.Value.Should().BeApproximately(2, 1e-12);
        result.Inputs.Numerator.Should().Be(400);
        result.Inputs.Denominator.Should().Be(200);
        result.Indicator.Should().Be(IndicatorKeys.Frequency);
        result.Unit.Should().Be(IndicatorUnit.Ratio);
        result.Method.Should().Be("ratio of sums: impressions / reach");
    }

    [Fact]
    public void Calculate_UnevenPosts_RatioOfSumsAndMeanOfRatiosDiffer()
    {
        var posts = new[]
        {
            Post("p1", Instagram, At(2026, 3, 5), impressions: 300, reach: 100),
            Post("p2", Instagram, At(2026, 3, 6), impressions: 200, reach: 200),
        };

        var sums = new FrequencyCalculator().Calculate(posts, March);
        var mean = new FrequencyCalculator(new PostRatioOptions { Aggregation = Aggregation.MeanOfRatios }).Calculate(posts, March);

        // (300 + 200) / (100 + 200) = 500 / 300
        sums.Value!.Value.Should().BeApproximately(500.0 / 300, 1e-12);

        // (3 + 1) / 2 = 2
        mean.Value!.Value.Should().BeApproximately(2, 1e-12);
    }

    [Fact]
    public void Calculate_ZeroReachIsKeptByARatioOfSums_MissingReachIsSkippedAndCounted()
    {
        var posts = new[]
        {
            Post("ok", Instagram, At(2026, 3, 5), impressions: 300, reach: 100),
            Post("zero", Instagram, At(2026, 3, 6), impressions: 50, reach: 0),
            Post("x", X, At(2026, 3, 7), impressions: 80),
        };

        var result = new FrequencyCalculator().Calculate(posts, March);
        var meanOfRatios = new FrequencyCalculator(new PostRatioOptions { Aggregation = Aggregation.MeanOfRatios }).Calculate(posts, March);

        // Ratio of sums: the post with 0 reach keeps its impressions, (300 + 50) / (100 + 0) = 3.5.
        result.Value!.Value.Should().BeApproximately(3.5, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(0);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);

        // A mean of ratios needs each post's own ratio: 300 / 100 = 3 alone, the post with 0 reach skipped and counted.
        meanOfRatios.Value!.Value.Should().BeApproximately(3, 1e-12);
        meanOfRatios.Inputs.RecordsSkippedForZeroDenominator.Should().Be(1);
        meanOfRatios.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }
}
