using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    private static readonly AudienceHistory GrowingAudience = new(
    [
        Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000),
        Snapshot(Instagram, Instant.FromUtc(2026, 3, 10, 0, 0), 2_000),
    ]);

    // 50 engagements, no reach needed
    private static readonly SocialPost FifthOfMarch = Post("p", Instagram, At(2026, 3, 5), reactions: 30, comments: 15, shares: 5);

    private static EngagementRateCalculator ByFollowers(FollowerSnapshot snapshot, Aggregation aggregation = Aggregation.RatioOfSums) =>
        new(new EngagementRateOptions { Denominator = PostDenominator.Followers, FollowerSnapshot = snapshot, Aggregation = aggregation });

    [Fact]
    public void Calculate_FollowersAtPublication_UsesTheSnapshotBeforeThePost()
    {
        var result = ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March, GrowingAudience);

        // 50 / 1,000 (the 1 March snapshot) = 0.05
        result.Value!.Value.Should().BeApproximately(0.05, 1e-12);
        result.Inputs.Numerator.Should().Be(50);
        result.Inputs.Denominator.Should().Be(1_000);
    }

    [Fact]
    public void Calculate_FollowersAtPeriodEnd_UsesTheLastSnapshotOfThePeriod()
    {
        var result = ByFollowers(FollowerSnapshot.AtPeriodEnd).Calculate([FifthOfMarch], March, GrowingAudience);

        // 50 / 2,000 (the 10 March snapshot, latest before the end of March) = 0.025
        result.Value!.Value.Should().BeApproximately(0.025, 1e-12);
        result.Inputs.Denominator.Should().Be(2_000);
    }

    [Fact]
    public void Calculate_FollowersAtPeriodEnd_GroupedByWeek_UsesEachWeeksEnd()
    {
        // The week of 5 March (W10, 2–8 March) ends before the 10 March snapshot.
        var results = ByFollowers(FollowerSnapshot.AtPeriodEnd).CalculateByPeriod([FifthOfMarch], Cadence.Week, GrowingAudience);

        // 50 / 1,000 = 0.05
        results.Single().Value!.Value.Should().BeApproximately(0.05, 1e-12);
    }

    [Fact]
    public void Calculate_OnlySnapshotAfterThePost_AtPublication_SkipsThePostAsMissing()
    {
        var later = new AudienceHistory([Snapshot(Instagram, Instant.FromUtc(2026, 3, 10, 0, 0), 2_000)]);

        var result = ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March, later);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Calculate_SnapshotExactlyAtPublication_IsUsed()
    {
        var atPost = new AudienceHistory([Snapshot(Instagram, At(2026, 3, 5), 500)]);

        var result = ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March, atPost);

        // 50 / 500 = 0.1
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Calculate_NoAudience_IsMissingCounters()
    {
        ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        ByFollowers(FollowerSnapshot.AtPeriodEnd).Calculate([FifthOfMarch], March, AudienceHistory.Empty).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void Calculate_SnapshotOfAnotherChannel_DoesNotCount()
    {
        var linkedInOnly = new AudienceHistory([Snapshot(LinkedIn, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000)]);

        var result = ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March, linkedInOnly);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void Calculate_ZeroFollowers_IsZeroDenominator()
    {
        var empty = new AudienceHistory([Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 0)]);

        var result = ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March, empty);

        // Used by the ratio of sums, engagements over 0 followers: no rate.
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.RecordsUsed.Should().Be(1);
        result.Inputs.Denominator.Should().Be(0);
    }

    [Fact]
    public void Calculate_ByFollowers_CanPassOneHundredPercent()
    {
        var small = new AudienceHistory([Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 20)]);

        // 50 / 20 = 2.5
        ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch], March, small).Value!.Value.Should().BeApproximately(2.5, 1e-12);
    }

    [Fact]
    public void Calculate_ByFollowers_MeanOfRatios_UsesEachPostsSnapshot()
    {
        // 50 engagements on 5 March (1,000 followers) and 60 on 15 March (2,000 followers)
        var later = Post("q", Instagram, At(2026, 3, 15), reactions: 60, comments: 0, shares: 0);

        var mean = ByFollowers(FollowerSnapshot.AtPublication, Aggregation.MeanOfRatios).Calculate([FifthOfMarch, later], March, GrowingAudience);
        var sums = ByFollowers(FollowerSnapshot.AtPublication).Calculate([FifthOfMarch, later], March, GrowingAudience);

        // (50/1,000 + 60/2,000) / 2 = (0.05 + 0.03) / 2 = 0.04
        mean.Value!.Value.Should().BeApproximately(0.04, 1e-12);

        // (50 + 60) / (1,000 + 2,000) = 110 / 3,000
        sums.Value!.Value.Should().BeApproximately(110.0 / 3_000, 1e-12);
    }
}
