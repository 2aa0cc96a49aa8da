using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class ViralityRateCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly KpiToolkit.Activity.SocialPost[] TwoPosts =
    [
        Post("p1", Instagram, At(2026, 3, 5), shares: 10, impressions: 1_000, reach: 400),
        Post("p2", Instagram, At(2026, 3, 6), shares: 30, impressions: 2_000, reach: 600),
    ];

    [Fact]
    public void Calculate_Default_IsSharesOverImpressions()
    {
        var result = new ViralityRateCalculator().Calculate(TwoPosts, March);

        // (10 + 30) / (1,000 + 2,000) = 40 / 3,000
        result.Value!.Value.Should().BeApproximately(40.0 / 3_000, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.ViralityRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Method.Should().Be("ratio of sums: shares / impressions");
    }

    [Fact]
    public void Calculate_ReachOption_IsSharesOverReach()
    {
        var result = new ViralityRateCalculator(new ViralityRateOptions { Denominator = PostDenominator.Reach }).Calculate(TwoPosts, March);

        // (10 + 30) / (400 + 600) = 0.04
        result.Value!.Value.Should().BeApproximately(0.04, 1e-12);
        result.Method.Should().Be("ratio of sums: shares / reach");
    }

    [Fact]
    public void Calculate_MeanOfRatios_AveragesThePostRates()
    {
        var result = new ViralityRateCalculator(new ViralityRateOptions { Aggregation = Aggregation.MeanOfRatios }).Calculate(TwoPosts, March);

        // (10/1,000 + 30/2,000) / 2 = (0.01 + 0.015) / 2 = 0.0125
        result.Value!.Value.Should().BeApproximately(0.0125, 1e-12);
    }

    [Theory]
    [InlineData(PostDenominator.Post)]
    [InlineData(PostDenominator.Followers)]
    [InlineData(PostDenominator.VideoViews)]
    public void Constructor_OtherDenominator_ThrowsNamingDenominator(PostDenominator denominator)
    {
        var act = () => new ViralityRateCalculator(new ViralityRateOptions { Denominator = denominator });

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "Denominator")
            .WithMessage($"ViralityRateOptions.Denominator must be Impressions or Reach, but was {denominator}*");
    }
}
