using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>A dashboard read on several threads is the dashboard read on one, to the last digit of its JSON.</summary>
public class ParallelDashboardTests
{
    [Fact]
    public void ManyRecords_OnEveryCore_GiveTheDashboardOfOneThread()
    {
        // Enough posts and mentions together (over 100,000) for the two to be read at once.
        var fixture = DashboardFixture.Data();
        var start = Instant.FromUtc(2026, 1, 1, 0, 0);
        var posts = Enumerable.Range(0, 70_000).Select(i => new SocialPost(
            $"p{i}",
            (i % 3) switch { 0 => Channel.Instagram, 1 => Channel.LinkedIn, _ => Channel.X },
            start + Duration.FromMinutes(i * 3L),
            counters: new PostCounters { Reactions = i % 90, Comments = i % 11, Shares = i % 5, Reach = i % 41 == 0 ? null : 500 + (i % 3_000), Impressions = 900 + (i % 4_000) }));
        var mentions = Enumerable.Range(0, 40_000).Select(i => new Mention(
            $"m{i}", start + Duration.FromMinutes(i * 5L), MentionSourceType.SocialNetwork, $"@author{i % 700}",
            i % 4 == 0 ? Subject.Competitor("Brio Foods") : Subject.Company, channel: Channel.X, potentialReach: 100 + i, reactions: i % 7, comments: 0, shares: 1));
        var request = DashboardFixture.Request() with
        {
            Data = new ActivityData(fixture.Posts.Concat(posts), AudienceOf(fixture), fixture.Mentions.Concat(mentions), fixture.PressArticles, fixture.Actions, fixture.WebTraffic, fixture.EmailCampaigns),
        };

        var oneThread = Json(Builder(1).Build(request));
        var everyCore = Json(Builder(-1).Build(request));

        everyCore.Should().Be(oneThread);
        oneThread.Should().Contain("\"engagement-rate\"");
    }

    [Fact]
    public void NoThread_IsRefused()
    {
        var create = () => Builder(0);

        create.Should().Throw<ArgumentOutOfRangeException>().WithMessage("DashboardOptions.MaxDegreeOfParallelism must be -1 (every core) or at least 1.*");
    }

    private static DashboardBuilder Builder(int threads) => new(
        KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
        IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
        DashboardFixture.Clock(),
        DashboardFixture.Paris,
        new DashboardOptions { MaxDegreeOfParallelism = threads });

    private static IEnumerable<AudienceSnapshot> AudienceOf(ActivityData data) =>
        data.Audience.Channels.SelectMany(channel => data.Audience.Between(channel, Instant.MinValue, Instant.MaxValue));

    private static string Json(KpiDashboard dashboard)
    {
        using var writer = new StringWriter();
        new JsonDashboardRenderer().Render(dashboard, writer);
        return writer.ToString();
    }
}
