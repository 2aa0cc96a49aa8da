using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// A post sent again with other figures for the same channel and instant (a later export, its counters grown) replaces the
/// post counted under its id: the cluster ends with each post's last copy, as one pass over the exports does.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PostRestatementTests(ClusterFixture fixture)
{
    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate April30 = new(2026, 4, 30);

    [Fact]
    public async Task PostsSentAgainWithGrownCounters_ReplaceTheirFirstCopies_InEveryPostIndicator()
    {
        const string brand = "restated-posts";
        var posts = Records.Posts(600, seed: 51);
        // A week later the platform's export holds every third post again, its counters grown; one in six of the others comes back unchanged.
        var grown = posts.Where((_, i) => i % 3 == 0).Select(Grown).ToArray();
        var unchanged = posts.Where((_, i) => i % 6 == 1).ToArray();

        var first = await fixture.Client.IngestAsync(brand, new ActivityBatch("export-1", posts));
        var second = await fixture.Client.IngestAsync(brand, new ActivityBatch("export-2", [.. grown, .. unchanged]));

        first.Should().BeEquivalentTo(new { PostsCounted = 600, PostsAlreadyCounted = 0, PostsRestated = 0 });
        second.Should().BeEquivalentTo(new { PostsCounted = 0, PostsAlreadyCounted = unchanged.Length, PostsRestated = grown.Length });
        var lastCopies = new ActivityData(posts: [.. posts, .. grown, .. unchanged]).Posts;
        lastCopies.Should().HaveCount(600);
        await fixture.Client.ShouldEqualOnePassAsync(brand, lastCopies, [], Cadence.Week, March1, April30, byChannel: true);
        await fixture.Client.ShouldEqualOnePassAsync(brand, lastCopies, [], Cadence.Month, March1, April30, byChannel: false);
    }

    [Fact]
    public async Task TwoCopiesInOneBatch_TheLastOneHolds_EvenAtAnotherInstantOfTheDay_AndTheSameIdOnAnotherChannelIsAnotherPost()
    {
        const string brand = "restated-in-one-batch";
        var post = new SocialPost("p1", Channel.Instagram, Instant.FromUtc(2026, 3, 5, 10, 0), counters: new PostCounters { Reach = 1_000, Reactions = 10, Comments = 1, Shares = 0 });
        // The later export gives the time to the minute.
        var grown = Grown(post);
        var later = new SocialPost(post.Id, post.Channel, post.PublishedAt + Duration.FromSeconds(42), post.Format, post.IsPaid, grown.Counters);
        var otherChannel = new SocialPost("p1", Channel.X, post.PublishedAt, counters: new PostCounters { Reach = 5, Reactions = 5, Comments = 5, Shares = 5 });

        var receipt = await fixture.Client.IngestAsync(brand, new ActivityBatch("one", [post, later, otherChannel]));

        receipt.Should().BeEquivalentTo(new { PostsCounted = 2, PostsRestated = 1, PostsAlreadyCounted = 0 });
        var results = await fixture.Client.QueryAsync(brand, IndicatorKeys.EngagementRate, Cadence.Month, March1, April30, byChannel: true);
        // Instagram has the later copy's figures, (20 + 2 + 1) / 1,100; X its own post, 15 / 5. One pass gives the same.
        results.Select(result => (result.Channel, result.Value)).Should().Equal((Channel.Instagram, 23.0 / 1_100), (Channel.X, 3.0));
        results.ShouldEqual(OnePass.Results(OnePass.Registry().Get(IndicatorKeys.EngagementRate), new ActivityData(posts: [post, later, otherChannel]).Posts, [], Cadence.Month, March1, April30, byChannel: true), "one pass");
    }

    [Fact]
    public async Task APartitionWrittenBeforePostsWereKeptWhole_KeepsItsPosts_AndCountsNewOnes()
    {
        const string brand = "legacy-posts";
        var day = new LocalDate(2026, 3, 5);
        var at = Instant.FromUtc(2026, 3, 5, 9, 0);
        var old = Enumerable.Range(1, 3).Select(i => new SocialPost($"old-{i}", Channel.Instagram, at + Duration.FromMinutes(i), counters: new PostCounters { Reach = 100 * i })).ToArray();
        // What an earlier build stored: the ids and the totals, not the posts.
        var address = Grains.GrainAddress.Partition(brand, RecordKind.Posts, Channel.Instagram, day);
        var indicators = new MergeableIndicators(OnePass.Registry());
        var legacy = new Grains.PartitionState
        {
            Ids = [.. old.Select(post => post.Id)],
            Totals = indicators.Posts.ToDictionary(indicator => indicator.KeyText, indicator => indicator.AccumulateDays(old).ToArray()),
            TotalsUnreported = true,
        };
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(KpiClusterOptions.StorageName);
        await storage.WriteStateAsync("partition", fixture.Cluster.Client.GetGrain<Grains.IPartitionGrain>(address.ToString()).GetGrainId(), new GrainState<Grains.PartitionState>(legacy));

        var fresh = new SocialPost("new-1", Channel.Instagram, at + Duration.FromHours(2), counters: new PostCounters { Reach = 50 });
        var receipt = await fixture.Client.IngestAsync(brand, new ActivityBatch("after-upgrade", [Grown(old[0]), fresh]));

        receipt.Should().BeEquivalentTo(new { PostsCounted = 1, PostsAlreadyCounted = 1, PostsRestated = 0 }, "the first figures of a post counted by id alone cannot be taken out");
        var frequency = await fixture.Client.QueryAsync(brand, IndicatorKeys.PostingFrequency, Cadence.Month, March1, April30);
        frequency.Should().ContainSingle().Which.Inputs.RecordsUsed.Should().Be(4);
    }

    /// <summary>The same post a week later: reach up by 100, reactions doubled, one more comment and share.</summary>
    internal static SocialPost Grown(SocialPost post) =>
        new(
            post.Id,
            post.Channel,
            post.PublishedAt,
            post.Format,
            post.IsPaid,
            post.Counters with
            {
                Reach = post.Counters.Reach + 100,
                Reactions = post.Counters.Reactions * 2,
                Comments = post.Counters.Comments + 1,
                Shares = post.Counters.Shares + 1,
            },
            post.PlatformFigures);
}
