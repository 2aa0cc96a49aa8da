using KpiToolkit.Activity;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Activity;

public class AudienceHistoryTests
{
    // Given out of order on purpose: the index sorts them.
    private static readonly AudienceHistory History = new(
    [
        Snapshot(Instagram, At(2026, 3, 10), 2_000),
        Snapshot(LinkedIn, At(2026, 3, 5), 500),
        Snapshot(Instagram, At(2026, 3, 1), 1_000),
        Snapshot(Instagram, At(2026, 3, 20), 3_000),
    ]);

    [Fact]
    public void AtOrBefore_BetweenSnapshots_PicksTheLatestBefore()
    {
        History.AtOrBefore(Instagram, At(2026, 3, 15))!.Followers.Should().Be(2_000);
        History.AtOrBefore(Instagram, At(2026, 3, 9))!.Followers.Should().Be(1_000);
    }

    [Fact]
    public void AtOrBefore_WithItsSpan_TellsFromWhenAndUntilWhenTheAnswerHolds()
    {
        var between = History.AtOrBefore(Instagram, At(2026, 3, 15), out var from, out var until);
        between!.Followers.Should().Be(2_000);
        (from, until).Should().Be((At(2026, 3, 10), At(2026, 3, 20)));

        History.AtOrBefore(Instagram, At(2026, 2, 1), out from, out until).Should().BeNull();
        (from, until).Should().Be((Instant.MinValue, At(2026, 3, 1)), "before the first snapshot there is none until it");

        History.AtOrBefore(Instagram, At(2026, 4, 1), out from, out until)!.Followers.Should().Be(3_000);
        (from, until).Should().Be((At(2026, 3, 20), Instant.MaxValue));

        History.AtOrBefore(X, At(2026, 3, 15), out from, out until).Should().BeNull();
        (from, until).Should().Be((Instant.MinValue, Instant.MaxValue), "a channel without snapshots never has one");
    }

    [Fact]
    public void AtOrBefore_ExactlyAtASnapshot_CountsThatSnapshot()
    {
        History.AtOrBefore(Instagram, At(2026, 3, 10))!.Followers.Should().Be(2_000);
        History.AtOrBefore(Instagram, At(2026, 3, 10) - Duration.FromTicks(1))!.Followers.Should().Be(1_000);
    }

    [Fact]
    public void AtOrBefore_AfterTheLast_PicksTheLast()
    {
        History.AtOrBefore(Instagram, At(2027, 1, 1))!.Followers.Should().Be(3_000);
    }

    [Fact]
    public void AtOrBefore_BeforeTheFirst_IsNull()
    {
        History.AtOrBefore(Instagram, At(2026, 2, 28)).Should().BeNull();
    }

    [Fact]
    public void AtOrBefore_UnknownChannel_IsNull()
    {
        History.AtOrBefore(Channel.TikTok, At(2026, 3, 15)).Should().BeNull();
    }

    [Fact]
    public void AtOrBefore_ChannelWithOtherCase_FindsTheSameChannel()
    {
        History.AtOrBefore(new Channel("instagram"), At(2026, 3, 15))!.Followers.Should().Be(2_000);
    }

    [Fact]
    public void AtOrBefore_OnlyLooksAtItsOwnChannel()
    {
        History.AtOrBefore(LinkedIn, At(2026, 3, 12))!.Followers.Should().Be(500);
        History.AtOrBefore(LinkedIn, At(2026, 3, 2)).Should().BeNull("LinkedIn's first snapshot is on 5 March, Instagram's do not count");
    }

    [Fact]
    public void Constructor_IdenticalDuplicates_AreKeptOnce()
    {
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, At(2026, 3, 1), 1_000, gained: 5),
            Snapshot(Instagram, At(2026, 3, 1), 1_000, gained: 5),
            Snapshot(Instagram, At(2026, 3, 2), 1_010),
        ]);

        history.Count.Should().Be(2);
        history.Between(Instagram, At(2026, 2, 1), At(2026, 4, 1)).Select(s => s.Followers).Should().Equal(1_000, 1_010);
    }

    [Fact]
    public void Constructor_TwoDifferentSnapshotsOfOneChannelAtOneInstant_Throws()
    {
        var act = () => new AudienceHistory(
        [
            Snapshot(Instagram, At(2026, 3, 1), 1_000),
            Snapshot(Instagram, At(2026, 3, 1), 1_001),
        ]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "snapshots")
            .WithMessage("Two different audience snapshots of Instagram at 2026-03-01T12:00:00Z*1000*1001*");
    }

    [Fact]
    public void Constructor_SameInstantOnTwoChannels_IsFine()
    {
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, At(2026, 3, 1), 1_000),
            Snapshot(LinkedIn, At(2026, 3, 1), 1_001),
        ]);

        history.Count.Should().Be(2);
        history.Channels.Should().BeEquivalentTo([Instagram, LinkedIn]);
    }

    [Fact]
    public void Constructor_NullSnapshots_ThrowsNamingSnapshots()
    {
        var act = () => new AudienceHistory(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("snapshots");
    }

    [Fact]
    public void Constructor_NullItem_ThrowsNamingSnapshots()
    {
        var act = () => new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 1), null!]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "snapshots")
            .WithMessage("*must not contain null*");
    }

    [Fact]
    public void Between_ExcludesAfterAndIncludesUntil()
    {
        // (1 March, 20 March]: 1 March is excluded, 10 and 20 March included.
        History.Between(Instagram, At(2026, 3, 1), At(2026, 3, 20)).Select(s => s.Followers).Should().Equal(2_000, 3_000);
    }

    [Fact]
    public void Between_JustBeforeTheFirst_IncludesIt_AndStopsBeforeUntil()
    {
        var justBefore = At(2026, 3, 1) - Duration.FromTicks(1);

        History.Between(Instagram, justBefore, At(2026, 3, 19)).Select(s => s.Followers).Should().Equal(1_000, 2_000);
    }

    [Fact]
    public void Between_NothingInRange_OrUnknownChannel_IsEmpty()
    {
        History.Between(Instagram, At(2026, 3, 11), At(2026, 3, 19)).Should().BeEmpty();
        History.Between(Channel.TikTok, At(2026, 1, 1), At(2026, 12, 31)).Should().BeEmpty();
    }

    [Fact]
    public void CountAndChannels_DescribeTheIndex()
    {
        History.Count.Should().Be(4);
        History.Channels.Should().BeEquivalentTo([Instagram, LinkedIn]);
        AudienceHistory.Empty.Count.Should().Be(0);
        AudienceHistory.Empty.Channels.Should().BeEmpty();
    }
}
