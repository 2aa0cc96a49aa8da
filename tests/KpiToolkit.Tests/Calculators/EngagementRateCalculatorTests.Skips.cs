using KpiToolkit.Calculators;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    [Fact]
    public void Calculate_PostWithZeroReach_RatioOfSumsKeepsItsEngagements()
    {
        var zero = Engaged("zero", At(2026, 3, 5), 5, reach: 0);

        var result = Calculator(Aggregation.RatioOfSums).Calculate([A, zero, B], March);

        // (10 + 5 + 500) / (100 + 0 + 50,000): the post with 0 reach still brings its 5 engagements.
        result.Value!.Value.Should().BeApproximately(515.0 / 50_100, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(515, 50_100, 3, 0, 0));
    }

    [Theory]
    [InlineData(Aggregation.MeanOfRatios, 0.055)] // (0.1 + 0.01) / 2
    [InlineData(Aggregation.Median, 0.055)]       // median of 0.1 and 0.01
    public void Calculate_PostWithZeroReach_MeanAndMedianSkipItAndCountIt(Aggregation aggregation, double expected)
    {
        var zero = Engaged("zero", At(2026, 3, 5), 5, reach: 0);

        var result = Calculator(aggregation).Calculate([A, zero, B], March);

        result.Value!.Value.Should().BeApproximately(expected, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(1);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(0);
    }

    [Theory]
    [InlineData(Aggregation.RatioOfSums, 2, 0)]
    [InlineData(Aggregation.MeanOfRatios, 0, 2)]
    [InlineData(Aggregation.Median, 0, 2)]
    public void Calculate_AllReachZero_IsZeroDenominatorWithoutValue(Aggregation aggregation, long used, long skippedForZero)
    {
        var posts = new[] { Engaged("z1", At(2026, 3, 5), 5, reach: 0), Engaged("z2", At(2026, 3, 6), 0, reach: 0) };

        var result = Calculator(aggregation).Calculate(posts, March);

        result.Value.Should().BeNull("5 / 0 is neither NaN, infinity nor 0: there is no rate");
        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.RecordsUsed.Should().Be(used);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(skippedForZero);
    }

    [Fact]
    public void Calculate_MissingComment_SkipsThePostInsteadOfReadingZero()
    {
        // 40 reactions, comments not reported, 0 shares, reach 100
        var missing = Post("M", Instagram, At(2026, 3, 5), reactions: 40, comments: null, shares: 0, reach: 100);

        var result = Calculator().Calculate([A, missing, B], March);

        // Skipped: (10 + 500) / (100 + 50,000) = 510 / 50,100
        result.Value!.Value.Should().BeApproximately(510.0 / 50_100, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(0);

        // Read as 0 it would have been (10 + 40 + 500) / (100 + 100 + 50,000) = 550 / 50,200 ≈ 0.010956
        result.Value!.Value.Should().NotBeApproximately(550.0 / 50_200, 1e-6);
    }

    [Fact]
    public void Calculate_MissingComment_MeanOfRatios_DiffersFromZero()
    {
        var missing = Post("M", Instagram, At(2026, 3, 5), reactions: 40, comments: null, shares: 0, reach: 100);

        var result = Calculator(Aggregation.MeanOfRatios).Calculate([A, missing, B], March);

        // Skipped: (0.1 + 0.01) / 2 = 0.055; read as 0: (0.1 + 0.4 + 0.01) / 3 = 0.17
        result.Value!.Value.Should().BeApproximately(0.055, 1e-12);
        result.Value!.Value.Should().NotBeApproximately(0.17, 1e-6);
    }

    [Fact]
    public void Calculate_MissingReach_IsSkippedAsMissing()
    {
        var noReach = Engaged("X1", At(2026, 3, 5), 7, reach: null);

        var result = Calculator().Calculate([A, noReach], March);

        // 10 / 100
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Calculate_AllMissing_IsMissingCounters()
    {
        var posts = new[]
        {
            Post("m1", Instagram, At(2026, 3, 5), reactions: 1, comments: 1, shares: null, reach: 100),
            Post("m2", Instagram, At(2026, 3, 6), reactions: null, comments: 1, shares: 1, reach: 100),
            Post("m3", Instagram, At(2026, 3, 7), reactions: 1, comments: 1, shares: 1, reach: null),
        };

        var result = Calculator().Calculate(posts, March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(3);
    }

    [Fact]
    public void Calculate_MissingAndZeroReachOnly_ZeroDenominatorWins()
    {
        var posts = new[]
        {
            Post("m1", Instagram, At(2026, 3, 5), reactions: 1, comments: null, shares: 1, reach: 100),
            Post("m2", Instagram, At(2026, 3, 6), reactions: 1, comments: null, shares: 1, reach: 100),
            Engaged("z", At(2026, 3, 7), 3, reach: 0),
        };

        var result = Calculator().Calculate(posts, March);

        // The post with 0 reach is used by the ratio of sums (3 engagements over 0), which leaves no rate.
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.RecordsUsed.Should().Be(1);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(0);
        result.Inputs.RecordsSkipped.Should().Be(2);
    }

    [Fact]
    public void Calculate_ZeroEngagements_IsAValueOfZero()
    {
        var result = Calculator().Calculate([Engaged("quiet", At(2026, 3, 5), 0, reach: 100)], March);

        // 0 / 100 = 0: zero engagements are reported, so the rate is 0, not unavailable
        result.Value.Should().Be(0);
        result.UnavailableReason.Should().BeNull();
    }
}
