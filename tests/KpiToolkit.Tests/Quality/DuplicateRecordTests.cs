using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;
using Fixture = KpiToolkit.Tests.Dashboard.DashboardFixture;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// A post, mention or press article given twice (exports of overlapping date ranges) is counted once by everything that
/// reads <see cref="ActivityData"/>: the last copy's figures win, and the copies left out are reported.
/// </summary>
public class DuplicateRecordTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);
    private static readonly ReportingCalendar Utc = new(NodaTime.DateTimeZone.Utc);

    private static Mention MentionOf(string id, int day, Subject subject = default, Channel? channel = null, long? reach = 1_000, long reactions = 10) =>
        new(id, At(2026, 3, day), MentionSourceType.SocialNetwork, "someone", subject, Sentiment.Positive, channel ?? Channel.X, reach, reactions, 0, 0);

    private static PressArticle ArticleOf(string id, string outlet, Sentiment tonality = Sentiment.Positive, long? audience = 50_000) =>
        new(id, outlet, MediaKind.Print, new LocalDate(2026, 3, 10), Subject.Company, tonality, audience);

    [Fact]
    public void Post_GivenTwiceIdentical_IsCountedOnce()
    {
        var post = Engaged("ig-1", At(2026, 3, 3), engagements: 50, reach: 1_000);
        var data = new ActivityData(posts: [post, Engaged("ig-2", At(2026, 3, 5), 30, 1_000), post]);

        var frequency = new PostingFrequencyCalculator(new PostingFrequencyOptions { Unit = FrequencyUnit.Day }, Utc).Calculate(data, March);

        // 2 distinct posts over the 31 days of March, not 3.
        frequency.Inputs.Numerator.Should().Be(2);
        frequency.Value!.Value.Should().BeApproximately(2.0 / 31, 1e-12);
        data.Posts.Should().HaveCount(2);
        data.PostColumns.Count.Should().Be(2);
    }

    [Fact]
    public void Post_GivenTwiceWithOtherCounters_KeepsTheLastCopysFigures()
    {
        // The first export was made on the day of the post, the second a week later: 40 then 90 interactions on 1,000 and 1,500 reached.
        var early = Engaged("ig-1", At(2026, 3, 3), engagements: 40, reach: 1_000);
        var late = Engaged("ig-1", At(2026, 3, 3), engagements: 90, reach: 1_500);
        var other = Engaged("ig-2", At(2026, 3, 5), engagements: 60, reach: 500);
        var data = new ActivityData(posts: [early, other, late]);

        var rate = new EngagementRateCalculator(calendar: Utc).Calculate(data, March, Channel.Instagram);

        // (90 + 60) / (1,500 + 500) = 150 / 2,000 = 0.075; counting the early copy too would give 190 / 3,000.
        rate.Value!.Value.Should().BeApproximately(0.075, 1e-12);
        rate.Inputs.RecordsUsed.Should().Be(2);
        data.Posts.Should().Equal(other, late);
    }

    [Fact]
    public void Post_SameIdOnTwoChannels_BothAreKept()
    {
        var onInstagram = Engaged("42", At(2026, 3, 3), engagements: 40, reach: 1_000, Channel.Instagram);
        var onX = Engaged("42", At(2026, 3, 3), engagements: 40, reach: 1_000, Channel.X);
        var data = new ActivityData(posts: [onInstagram, onX]);

        new PostingFrequencyCalculator(calendar: Utc).Calculate(data, March).Inputs.Numerator.Should().Be(2);
        data.Posts.Should().Equal(onInstagram, onX);
        data.Duplicates.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Post_ChannelSpelledInAnotherCase_IsTheSameChannel()
    {
        var data = new ActivityData(posts: [Engaged("ig-1", At(2026, 3, 3), 40, 1_000, new Channel("instagram")), Engaged("ig-1", At(2026, 3, 3), 50, 1_000)]);

        data.Posts.Should().ContainSingle().Which.Counters.Reactions.Should().Be(50);
    }

    [Fact]
    public void Duplicates_AreReported_WithTheirCountAndPositions()
    {
        var a = Engaged("ig-1", At(2026, 3, 3), 40, 1_000);
        var b = Engaged("ig-2", At(2026, 3, 4), 40, 1_000);
        var c = Engaged("ig-3", At(2026, 3, 5), 40, 1_000);

        // ig-1 three times (positions 0, 2, 4), ig-2 twice (1, 3), ig-3 once.
        var data = new ActivityData(posts: [a, b, a, b, a, c]);

        data.Duplicates.Posts.Should().Equal(new DuplicateRecord("Instagram", "ig-2", 3, [1]), new DuplicateRecord("Instagram", "ig-1", 4, [0, 2]));
        data.Duplicates.Posts[1].ToString().Should().Be("Instagram ig-1: kept #4, left out #0, #2");
        data.Duplicates.Posts[1].Copies.Should().Be(3);
        data.Duplicates.DroppedCount.Should().Be(3);
        data.Duplicates.Notes().Should().Equal(
            "2 posts appeared more than once (3 earlier copies left out); the last copy of each was kept: Instagram ig-2, Instagram ig-1.");
        data.Posts.Should().Equal(b, a, c);
    }

    [Fact]
    public void Data_WithoutDuplicates_KeepsEveryRecord_AndReportsNone()
    {
        var posts = Enumerable.Range(0, 20).Select(i => Engaged($"ig-{i}", At(2026, 3, 1 + i), 10 + i, 1_000)).ToArray();
        var mentions = Enumerable.Range(0, 20).Select(i => MentionOf($"m-{i}", 1 + i)).ToArray();
        var data = new ActivityData(posts: posts, mentions: mentions, pressArticles: [ArticleOf("a-1", "Le Monde"), ArticleOf("a-2", "Le Monde")]);

        data.Posts.Should().Equal(posts);
        data.Mentions.Should().Equal(mentions);
        data.PressArticles.Should().HaveCount(2);
        data.Duplicates.Should().BeSameAs(DuplicateReport.None);
        data.Duplicates.Notes().Should().BeEmpty();
    }

    [Fact]
    public void Mention_GivenTwice_IsCountedOnce_ByVolumeAndShareOfVoice()
    {
        var ours = MentionOf("m-1", 3, reach: 1_000);
        var oursLater = MentionOf("m-1", 3, reach: 3_000);
        var rival = MentionOf("m-2", 4, Subject.Competitor("Rival"), reach: 1_000);
        var data = new ActivityData(mentions: [ours, rival, oursLater, rival]);

        new MentionVolumeCalculator(null, Utc).Calculate(data, March).Value.Should().Be(1);

        // Weighted by reach, with the later copy's 3,000: 3,000 / (3,000 + 1,000) = 0.75. Counted twice each, by number it stays 0.5
        // and the reach would read 4,000 / 6,000.
        var options = new ShareOfVoiceOptions { Weight = ShareOfVoiceWeight.PotentialReach };
        options.Competitors.Add("Rival");
        new ShareOfVoiceCalculator(options, Utc).Calculate(data, March).Value!.Value.Should().BeApproximately(0.75, 1e-12);
        data.Duplicates.Mentions.Should().HaveCount(2);
        data.Duplicates.Mentions.Select(m => m.Id).Should().Equal("m-1", "m-2");
    }

    [Fact]
    public void Mention_SameIdOnTwoChannels_BothAreKept_AndNoChannelIsAScopeOfItsOwn()
    {
        var onX = MentionOf("m-1", 3, channel: Channel.X);
        var onLinkedIn = MentionOf("m-1", 3, channel: Channel.LinkedIn);
        var withoutChannel = new Mention("m-1", At(2026, 3, 3), MentionSourceType.News, "a site");
        var data = new ActivityData(mentions: [onX, onLinkedIn, withoutChannel, withoutChannel]);

        data.Mentions.Should().Equal(onX, onLinkedIn, withoutChannel);
        data.Duplicates.Mentions.Should().ContainSingle().Which.Scope.Should().BeNull();
        new MentionVolumeCalculator(null, Utc).Calculate(data, March).Value.Should().Be(3);
    }

    [Fact]
    public void PressArticle_GivenTwice_IsCountedOnce_AndTheSameIdInTwoOutletsStays()
    {
        var first = ArticleOf("a-1", "Le Monde", Sentiment.Negative);
        var corrected = ArticleOf("a-1", "Le Monde", Sentiment.Positive);
        var elsewhere = ArticleOf("a-1", "Les Echos", Sentiment.Positive, audience: 20_000);
        var data = new ActivityData(pressArticles: [first, elsewhere, corrected]);

        data.PressArticles.Should().Equal(elsewhere, corrected);
        data.Duplicates.PressArticles.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Scope = "Le Monde", Id = "a-1", KeptIndex = 2 });

        // 50,000 + 20,000, not 120,000.
        new PressPotentialAudienceCalculator().Calculate(data, March).Value.Should().Be(70_000);
    }

    [Fact]
    public void Columns_WithDuplicateIds_AreCountedOnce_AndTheLastCopyWins()
    {
        var early = Engaged("ig-1", At(2026, 3, 3), engagements: 40, reach: 1_000);
        var late = Engaged("ig-1", At(2026, 3, 3), engagements: 90, reach: 1_500);
        var other = Engaged("ig-2", At(2026, 3, 5), engagements: 60, reach: 500);
        var data = ActivityData.FromColumns(
            posts: PostColumns.From([early, other, late]),
            mentions: MentionColumns.From([MentionOf("m-1", 3), MentionOf("m-1", 3, reach: 7)]));

        data.PostColumns.Count.Should().Be(2);
        new EngagementRateCalculator(calendar: Utc).Calculate(data, March).Value!.Value.Should().BeApproximately(0.075, 1e-12);
        data.Posts.Should().Equal(other, late);
        data.MentionColumns.Count.Should().Be(1);
        data.Mentions.Should().ContainSingle().Which.PotentialReach.Should().Be(7);
        data.Duplicates.Posts.Should().ContainSingle().Which.DroppedIndices.Should().Equal(0);
        data.Duplicates.Mentions.Should().ContainSingle();
    }

    [Fact]
    public void Columns_WithoutDuplicates_AreReadAsGiven()
    {
        var columns = PostColumns.From([Engaged("ig-1", At(2026, 3, 3), 40, 1_000), Engaged("ig-2", At(2026, 3, 3), 40, 1_000)]);

        ActivityData.FromColumns(posts: columns).PostColumns.Should().BeSameAs(columns);
    }

    [Fact]
    public void Calculator_GivenRecordsDirectly_ReadsThemAsGiven()
    {
        var post = Engaged("ig-1", At(2026, 3, 3), 40, 1_000);

        // The documented contract of a calculator's own entry point: what it is given is what it counts.
        new PostingFrequencyCalculator(calendar: Utc).Calculate([post, post], March).Inputs.Numerator.Should().Be(2);
    }

    [Fact]
    public void Dashboard_ListsTheDuplicates_AmongItsProblems()
    {
        var data = Fixture.Data();
        var posts = data.Posts.Take(3).Concat(data.Posts).ToArray();
        var request = Fixture.Request() with
        {
            Data = new ActivityData(posts: posts, audience: data.Audience.Channels.SelectMany(channel => data.Audience.Between(channel, Instant.MinValue, Instant.MaxValue)), mentions: data.Mentions, pressArticles: data.PressArticles, actions: data.Actions, webTraffic: data.WebTraffic, emailCampaigns: data.EmailCampaigns),
        };
        var builder = new DashboardBuilder(KpiCalculatorRegistry.CreateDefault(Fixture.Paris), IndicatorCatalog.BuiltIn.With(Fixture.Headcount), Fixture.Clock(), Fixture.Paris);

        var withDuplicates = builder.Build(request);
        var clean = builder.Build(Fixture.Request());

        withDuplicates.Problems.Should().ContainSingle(problem => problem.Component == "activity data")
            .Which.Message.Should().StartWith("3 posts appeared more than once (3 earlier copies left out); the last copy of each was kept:");
        clean.Problems.Should().NotContain(problem => problem.Component == "activity data");
        withDuplicates.Sections.Should().BeEquivalentTo(clean.Sections);
    }
}
