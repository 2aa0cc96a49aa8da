using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class ReachRateCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly AudienceHistory Audience = new(
    [
        Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000),
        Snapshot(Instagram, Instant.FromUtc(2026, 3, 10, 0, 0), 2_000),
    ]);

    // Reach 300 on 5 March (1,000 followers) and 500 on 15 March (2,000 followers).
    private static readonly SocialPost[] Posts2 =
    [
        Post("p1", Instagram, At(2026, 3, 5), reach: 300),
        Post("p2", Instagram, At(2026, 3, 15), reach: 500),
    ];

    [Fact]
    public void Calculate_RatioOfSums_IsReachOverFollowersAtEachPost()
    {
        var result = new ReachRateCalculator().Calculate(Posts2, March, Audience);

        // (300 + 500) / (1,000 + 2,000) = 800 / 3,000
        result.Value!.Value.Should().BeApproximately(800.0 / 3_000, 1e-12);
        result.Inputs.Numerator.Should().Be(800);
        result.Inputs.Denominator.Should().Be(3_000);
        result.Indicator.Should().Be(IndicatorKeys.ReachRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Method.Should().Be("ratio of sums: reach / followers at publication");
    }

    [Fact]
    public void Calculate_MeanOfRatios_AveragesThePostRates()
    {
        var result = new ReachRateCalculator(new PostRatioOptions { Aggregation = Aggregation.MeanOfRatios }).Calculate(Posts2, March, Audience);

        // (300/1,000 + 500/2,000) / 2 = (0.3 + 0.25) / 2 = 0.275
        result.Value!.Value.Should().BeApproximately(0.275, 1e-12);
    }

    [Fact]
    public void Calculate_AtPeriodEnd_UsesTheLastSnapshotForEveryPost()
    {
        var result = new ReachRateCalculator(new PostRatioOptions { FollowerSnapshot = FollowerSnapshot.AtPeriodEnd }).Calculate(Posts2, March, Audience);

        // (300 + 500) / (2,000 + 2,000) = 0.2
        result.Value!.Value.Should().BeApproximately(0.2, 1e-12);
    }

    [Fact]
    public void Calculate_MissingReachOrNoFollowers_AreSkippedAsMissing()
    {
        var noReach = Post("x", X, At(2026, 3, 5));
        var noSnapshot = Post("l", LinkedIn, At(2026, 3, 5), reach: 50);

        var result = new ReachRateCalculator().Calculate([.. Posts2, noReach, noSnapshot], March, Audience);

        result.Value!.Value.Should().BeApproximately(800.0 / 3_000, 1e-12);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
    }
}
