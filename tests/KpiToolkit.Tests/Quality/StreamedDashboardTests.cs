using System.Collections;
using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Dashboard;
using KpiToolkit.Tests.Reliability;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// A dashboard over streamed posts and mentions: the same dashboard as over the same records held, with each source
/// enumerated a documented number of times, and a live heap that does not grow with the number of records.
/// </summary>
public class StreamedDashboardTests
{
    private static readonly ActivityData Held = DashboardFixture.Data();

    [Fact]
    public void StreamedDashboard_OfTheFixture_RendersTheSameJsonAsHeld()
    {
        // Every registered indicator, not only the fixture's selection, so every built-in calculator is compared.
        var request = DashboardFixture.Request() with { Indicators = null };
        var held = Json(Build(request));

        var streamed = Json(Build(request with { Data = Streamed(Held, out _, out _) }));

        streamed.Should().Be(held);
    }

    [Fact]
    public void StreamedDashboard_OfTheFixture_EnumeratesTheMentionsAndThePostsThrice()
    {
        var request = DashboardFixture.Request() with { Indicators = null };

        var dashboard = Build(request with { Data = Streamed(Held, out var posts, out var mentions) });

        dashboard.Problems.Should().BeEmpty();
        // Mentions: the shared pass of every mention calculator and channel scope, the spikes' daily counts, then the
        // mentions of the spike of 17 June, to say what kind it is.
        dashboard.MentionSpikes!.Spikes.Should().ContainSingle();
        mentions.Enumerations.Should().Be(3);
        // Posts: the shared pass, best time to post, and the reconciliation's look for a platform figure (there is none).
        posts.Enumerations.Should().Be(3);
    }

    [Fact]
    public void StreamedDashboard_WithoutReconciliation_EnumeratesThePostsTwice()
    {
        var request = DashboardFixture.Request() with { Indicators = null };

        Build(request with { Data = Streamed(Held, out var posts, out var mentions) }, new DashboardOptions { ShowReconciliation = false });

        posts.Enumerations.Should().Be(2);
        mentions.Enumerations.Should().Be(3, "the fixture's June has a spike to explain");
    }

    [Fact]
    public void StreamedDashboard_WithPlatformFigures_ReconcilesAsHeld_InFourReadsOfThePosts()
    {
        var held = ReconciliationDashboards.Build();
        var posts = new CountingSource<SocialPost>(() => ReconciliationDashboards.Posts);
        var request = ReconciliationDashboards.Request() with { Data = ActivityData.Streamed(posts) };

        var streamed = ReconciliationDashboards.Builder().Build(request);

        held.Reconciliation.Should().NotBeNull();
        Json(streamed).Should().Be(Json(held));
        // The shared pass, best time to post, the look for a platform figure, and the reconciliation's own read.
        posts.Enumerations.Should().Be(4);
    }

    [Fact]
    public void StreamedDashboard_OfAnyActivity_RendersTheSameJsonAsHeld()
    {
        var options = new ShareOfVoiceOptions();
        options.Competitors.Add(ActivityGen.Rival);
        var registry = new KpiCalculatorRegistry([.. BuiltInCalculators.Create(ActivityGen.Paris), new ShareOfVoiceCalculator(options, ActivityGen.Paris)]);
        var builder = new DashboardBuilder(registry, IndicatorCatalog.BuiltIn, new FakeClock(Instant.FromUtc(2026, 5, 3, 9, 0)), ActivityGen.Paris);
        var renderer = new JsonDashboardRenderer();

        Prop.ForAll(ActivityGen.AnyRecords.ToArbitrary(), records =>
        {
            var held = records.ToData();
            var request = new DashboardRequest(ReportingPeriod.Month(2026, 4)) { Data = held };
            var streamedData = Streamed(held, out var posts, out var mentions);

            var streamed = builder.Build(request with { Data = streamedData });

            renderer.RenderToString(streamed).Should().Be(renderer.RenderToString(builder.Build(request)), records.ToString());
            // Once more when the period has spikes, to read the mentions behind them.
            mentions.Enumerations.Should().Be(streamed.MentionSpikes is { Spikes.Count: > 0 } ? 3 : 2, records.ToString());
            posts.Enumerations.Should().Be(3, records.ToString());
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void EveryCalculator_OverStreamedData_GivesTheHeldResults_InOneReadPerCall()
    {
        ReportingPeriod[] periods =
        [
            ReportingPeriod.Month(2026, 5), DashboardFixture.June, ReportingPeriod.IsoWeek(2026, 24),
            ReportingPeriod.Custom(new LocalDate(2026, 4, 10), new LocalDate(2026, 6, 20)),
        ];

        foreach (var calculator in CalculatorPropertyTests.Calculators)
        {
            foreach (var channel in new Channel?[] { null, Channel.Instagram })
            {
                var because = $"{calculator.GetType().Name} {calculator.Indicator.Key} {channel}";
                var streamed = Streamed(Held, out var posts, out var mentions);

                calculator.CalculateMany(streamed, periods, channel).Should().Equal(calculator.CalculateMany(Held, periods, channel), because);

                (posts.Enumerations + mentions.Enumerations).Should().BeLessThanOrEqualTo(1, because);
                calculator.Calculate(streamed, DashboardFixture.June, channel).Should().Be(calculator.Calculate(Held, DashboardFixture.June, channel), because);
            }
        }
    }

    [Fact]
    public void StreamedData_PostsAsAList_ThrowsNamingHowToReadThem()
    {
        var data = ActivityData.Streamed(posts: Held.Posts, mentions: Held.Mentions);

        FluentActions.Invoking(() => data.Posts).Should().Throw<InvalidOperationException>().WithMessage("*posts*streamed*ReadPosts()*");
        FluentActions.Invoking(() => data.MentionColumns).Should().Throw<InvalidOperationException>().WithMessage("*mentions*streamed*ReadMentions()*");
        data.ReadPosts().Should().Equal(Held.Posts);
        data.ArePostsStreamed.Should().BeTrue();
        Held.ArePostsStreamed.Should().BeFalse();
    }

    [Fact]
    public void StreamedData_NullMention_IsReportedWithItsPosition()
    {
        Mention?[] mentions = [.. Held.Mentions.Take(3), null, .. Held.Mentions.Skip(3)];
        var data = ActivityData.Streamed(mentions: mentions!);

        FluentActions.Invoking(() => data.ReadMentions().ToList()).Should().Throw<ArgumentException>()
            .WithMessage("The streamed mentions hold a null at position 3 (counting from 0).*").Which.ParamName.Should().Be("mentions");
        var dashboard = Build(DashboardFixture.Request() with { Data = data });
        dashboard.Problems.Should().Contain(problem => problem.Component == "mention spikes" && problem.Message.Contains("position 3"));
        dashboard.Problems.Should().Contain(problem => problem.Component == nameof(MentionVolumeCalculator) && problem.Message.Contains("position 3"));
    }

    /// <summary>Builds a request as <see cref="DashboardFixture.Build"/> builds the fixture's.</summary>
    private static KpiDashboard Build(DashboardRequest request, DashboardOptions? options = null) =>
        new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
            DashboardFixture.Clock(),
            DashboardFixture.Paris,
            options).Build(request);

    private static string Json(KpiDashboard dashboard) => new JsonDashboardRenderer().RenderToString(dashboard);

    /// <summary>The same data with its posts and mentions streamed from counting sources; the other records are held as they were.</summary>
    private static ActivityData Streamed(ActivityData held, out CountingSource<SocialPost> posts, out CountingSource<Mention> mentions)
    {
        posts = new CountingSource<SocialPost>(() => held.Posts);
        mentions = new CountingSource<Mention>(() => held.Mentions);
        return ActivityData.Streamed(
            posts,
            mentions,
            held.Audience.Channels.SelectMany(channel => held.Audience.Between(channel, Instant.MinValue, Instant.MaxValue)),
            held.PressArticles,
            held.Actions,
            held.WebTraffic,
            held.EmailCampaigns,
            held.ChannelActivity);
    }
}

/// <summary>A re-enumerable source that counts how many times it is enumerated.</summary>
internal sealed class CountingSource<T>(Func<IEnumerable<T>> records) : IEnumerable<T>
{
    private int _enumerations;

    public int Enumerations => Volatile.Read(ref _enumerations);

    public IEnumerator<T> GetEnumerator()
    {
        Interlocked.Increment(ref _enumerations);
        return records().GetEnumerator();
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
