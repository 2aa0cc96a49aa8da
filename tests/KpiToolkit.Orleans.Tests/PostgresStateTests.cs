using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// Every kind of state the cluster keeps (posts held whole for their restatements, mention ids and buckets, activity
/// rows) written to PostgreSQL, every grain deactivated, then read back: the results are still those of one pass.
/// </summary>
public sealed class PostgresStateTests
{
    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate April30 = new(2026, 4, 30);

    [PostgresFact]
    public async Task StateReadBackFromPostgres_GivesTheResultsOfOnePass_AndTakesARestatementAfterwards()
    {
        await using var cluster = Postgres.Cluster(silos: 2);
        await cluster.DeployAsync();
        var client = cluster.Client.ServiceProvider.GetRequiredService<IKpiClusterClient>();
        // A brand of its own each run: the database keeps what earlier runs wrote.
        var brand = $"state-{Guid.NewGuid():N}";
        var posts = Records.Posts(300, seed: 61);
        var mentions = Records.Mentions(300, seed: 62);
        var rows = new[]
        {
            new ChannelActivity(Channel.LinkedIn, new DateInterval(March1, new LocalDate(2026, 3, 31)), impressions: 310_000, reach: 95_000, engagements: 4_100),
            new ChannelActivity(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 4, 1), April30), impressions: 300_000, reach: 99_000, engagements: 4_300),
        };

        await client.IngestAsync(brand, new ActivityBatch("first", posts, mentions, rows));
        await DeactivateEveryGrainAsync(cluster);
        await ShouldReadBackAsync(client, brand, posts, mentions);
        var impressions = await client.QueryAsync(brand, IndicatorKeys.AccountImpressions, Cadence.Month, March1, April30, byChannel: true);
        impressions.Select(result => result.Value).Should().Equal(310_000d, 300_000d);

        // Read back, the posts held are compared with a later export: the grown ones replace their first copies.
        var grown = posts.Where((_, i) => i % 4 == 0).Select(PostRestatementTests.Grown).ToArray();
        var receipt = await client.IngestAsync(brand, new ActivityBatch("second", [.. grown, .. posts[1..4]], mentions[..10]));
        receipt.Should().BeEquivalentTo(new { PostsCounted = 0, PostsRestated = grown.Length, PostsAlreadyCounted = 3, MentionsCounted = 0, MentionsAlreadyCounted = 10 });
        await DeactivateEveryGrainAsync(cluster);
        await ShouldReadBackAsync(client, brand, new ActivityData(posts: [.. posts, .. grown]).Posts, mentions);
    }

    /// <summary>Deactivates every grain of the cluster, so the next call reads its state from storage.</summary>
    private static async Task DeactivateEveryGrainAsync(InProcessTestCluster cluster)
    {
        await cluster.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
    }

    private static async Task ShouldReadBackAsync(IKpiClusterClient client, string brand, IReadOnlyList<SocialPost> posts, IReadOnlyList<Mention> mentions)
    {
        await client.ShouldEqualOnePassAsync(brand, posts, mentions, Cadence.Week, March1, April30, byChannel: true);
        (await client.MentionSeriesAsync(brand, Cadence.Day, March1, April30))
            .Should().Equal(new MentionVolumeCalculator(calendar: new ReportingCalendar(ClusterFixture.Paris)).Series(mentions, Cadence.Day, March1, April30));
    }
}
