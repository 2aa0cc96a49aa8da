using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

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
        await ShouldEqualOnePassAsync(brand, lastCopies);
    }

    [Fact]
    public async Task TwoCopiesInOneBatch_TheLastOneHolds_AndACopyOnAnotherChannelStaysACopy()
    {
        const string brand = "restated-in-one-batch";
        var post = new SocialPost("p1", Channel.Instagram, Instant.FromUtc(2026, 3, 5, 10, 0), counters: new PostCounters { Reach = 1_000, Reactions = 10, Comments = 1, Shares = 0 });
        var later = Grown(post);
        var moved = new SocialPost("p1", Channel.X, post.PublishedAt, counters: new PostCounters { Reach = 5, Reactions = 5, Comments = 5, Shares = 5 });

        var receipt = await fixture.Client.IngestAsync(brand, new ActivityBatch("one", [post, later, moved]));

        receipt.Should().BeEquivalentTo(new { PostsCounted = 1, PostsRestated = 1, PostsAlreadyCounted = 1 });
        var results = await fixture.Client.QueryAsync(brand, IndicatorKeys.EngagementRate, Cadence.Month, March1, April30, byChannel: true);
        // The later copy's figures: (20 + 2 + 1) / 1,100 on Instagram alone.
        results.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Channel = (Channel?)Channel.Instagram, Value = (double?)(23.0 / 1_100) });
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

    private async Task ShouldEqualOnePassAsync(string brand, IReadOnlyList<SocialPost> posts)
    {
        var registry = KpiCalculatorRegistry.CreateDefault(new ReportingCalendar(ClusterFixture.Paris));
        var mergeable = new MergeableIndicators(registry);
        foreach (var indicator in mergeable.Posts)
        {
            foreach (var (cadence, byChannel) in new[] { (Cadence.Week, true), (Cadence.Month, false) })
            {
                var split = byChannel && indicator.SplitsByChannel;
                var expected = OnePass.Results(registry.Get(indicator.Key), posts, [], cadence, March1, April30, split);
                var actual = await fixture.Client.QueryAsync(brand, indicator.Key, cadence, March1, April30, split);
                actual.ShouldEqual(expected, $"{indicator.Key} by {cadence}{(split ? " and channel" : string.Empty)}");
            }
        }
    }
}
