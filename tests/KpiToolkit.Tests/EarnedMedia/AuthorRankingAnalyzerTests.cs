using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public class AuthorRankingAnalyzerTests
{
    private static readonly Mention[] Mentions =
    [
        Engaged("m1", At(2026, 3, 2), 10, 5, 5, author: "marie_chef", sentiment: Sentiment.Positive), // 20
        Engaged("m2", At(2026, 3, 9), 30, 0, 10, author: "Marie_Chef", sentiment: Sentiment.Neutral), // 40
        Engaged("m3", At(2026, 3, 3), 50, 5, 5, author: "Atelier Cuisine", sentiment: Sentiment.Negative), // 60
        Mention("m4", At(2026, 3, 4), author: "alice", reactions: 8, shares: 2), // 10, comments missing
        Engaged("m5", At(2026, 3, 5), 4, 3, 3, author: "Bob", sentiment: Sentiment.Positive), // 10
        Engaged("m6", At(2026, 3, 6), 100, 0, 0, author: "carol", subject: LeCreuset, sentiment: Sentiment.Negative), // 100
        Engaged("m7", At(2026, 4, 1), 500, 0, 0, author: "marie_chef"), // April: outside
    ];

    [Fact]
    public void Rank_OrdersByInteractionsThenMentionsThenName()
    {
        var ranking = new AuthorRankingAnalyzer().Rank(Mentions, March);

        // carol 100; marie_chef 20 + 40 = 60 in 2 mentions before Atelier Cuisine 60 in 1;
        // alice 10 and Bob 10 in 1 mention each: "alice" before "Bob" ignoring case (ordinal would put "Bob" first).
        ranking.Select(a => a.Author).Should().Equal("carol", "marie_chef", "Atelier Cuisine", "alice", "Bob");
        ranking.Select(a => a.Rank).Should().Equal(1, 2, 3, 4, 5);
        ranking.Select(a => a.Interactions).Should().Equal(100L, 60L, 60L, 10L, 10L);
        ranking.Select(a => a.Mentions).Should().Equal(1, 2, 1, 1, 1);
    }

    [Fact]
    public void Rank_GroupsAuthorsIgnoringCaseKeepingTheEarliestSpelling()
    {
        var marie = new AuthorRankingAnalyzer().Rank(Mentions, March).Single(a => a.Rank == 2);

        // m1 "marie_chef" (2 March) is earlier than m2 "Marie_Chef" (9 March), in whatever order they come.
        marie.Author.Should().Be("marie_chef");
        marie.Mentions.Should().Be(2);
        marie.Interactions.Should().Be(60);

        var reversed = new AuthorRankingAnalyzer().Rank(Mentions.Reverse(), March);
        reversed.Should().ContainSingle(a => a.Author == "marie_chef");
    }

    [Fact]
    public void Rank_SpellsAnAuthorWithTwoSpellingsAtOneInstantTheOrdinalFirstWay()
    {
        Mention[] sameInstant =
        [
            Engaged("a", At(2026, 3, 2), 1, 0, 0, author: "ben"),
            Engaged("b", At(2026, 3, 2), 1, 0, 0, author: "Ben"),
        ];

        new AuthorRankingAnalyzer().Rank(sameInstant, March).Single().Author.Should().Be("Ben");
        new AuthorRankingAnalyzer().Rank(sameInstant.Reverse(), March).Single().Author.Should().Be("Ben");
    }

    [Fact]
    public void Rank_CountsTheSentimentMix()
    {
        var ranking = new AuthorRankingAnalyzer().Rank(Mentions, March).ToDictionary(a => a.Author);

        ranking["marie_chef"].Should().BeEquivalentTo(new { Positive = 1, Neutral = 1, Negative = 0, UnknownSentiment = 0 });
        ranking["Atelier Cuisine"].Should().BeEquivalentTo(new { Positive = 0, Neutral = 0, Negative = 1, UnknownSentiment = 0 });
        ranking["alice"].Should().BeEquivalentTo(new { Positive = 0, Neutral = 0, Negative = 0, UnknownSentiment = 1 });
        ranking["Bob"].Positive.Should().Be(1);
    }

    [Fact]
    public void Rank_MissingCounter_AddsWhatWasReportedAndIsCounted()
    {
        var ranking = new AuthorRankingAnalyzer().Rank(Mentions, March).ToDictionary(a => a.Author);

        // alice's mention reported 8 reactions and 2 shares, no comments: 10, partial.
        ranking["alice"].Interactions.Should().Be(10);
        ranking["alice"].MentionsWithMissingCounters.Should().Be(1);
        ranking["Bob"].MentionsWithMissingCounters.Should().Be(0);
        ranking["marie_chef"].MentionsWithMissingCounters.Should().Be(0);
    }

    [Fact]
    public void Rank_Subject_KeepsThatSubjectOnly()
    {
        var ranking = new AuthorRankingAnalyzer().Rank(Mentions, March, subject: Subject.Company);

        ranking.Select(a => a.Author).Should().Equal("marie_chef", "Atelier Cuisine", "alice", "Bob");
        new AuthorRankingAnalyzer().Rank(Mentions, March, subject: Subject.Competitor("LE CREUSET")).Select(a => a.Author).Should().Equal("carol");
    }

    [Fact]
    public void Rank_Top_CutsTheList()
    {
        var ranking = new AuthorRankingAnalyzer().Rank(Mentions, March, top: 2);

        ranking.Select(a => a.Author).Should().Equal("carol", "marie_chef");
    }

    [Fact]
    public void Rank_DoesNotDependOnInputOrder()
    {
        var expected = new[] { "CAROL", "MARIE_CHEF", "ATELIER CUISINE", "ALICE", "BOB" };

        Prop.ForAll(Gen.Shuffle(Mentions).ToArbitrary(), shuffled =>
        {
            var ranking = new AuthorRankingAnalyzer().Rank(shuffled, March);

            ranking.Select(a => a.Author.ToUpperInvariant()).Should().Equal(expected);
            ranking.Select(a => a.Interactions).Should().Equal(100L, 60L, 60L, 10L, 10L);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Rank_ParisCalendar_UsesLocalDays()
    {
        Mention[] mentions = [Engaged("late", At(2026, 3, 31, 22, 30), 1, 0, 0, author: "night owl")];

        // 2026-03-31T22:30Z is 1 April 00:30 in Paris (UTC+2).
        new AuthorRankingAnalyzer().Rank(mentions, March).Should().ContainSingle();
        new AuthorRankingAnalyzer(new ReportingCalendar(Zones.Paris)).Rank(mentions, March).Should().BeEmpty();
    }

    [Fact]
    public void Rank_TopZero_Throws()
    {
        var act = () => new AuthorRankingAnalyzer().Rank(Mentions, March, top: 0);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "top")
            .WithMessage("*top must be greater than zero, but was 0*");
    }

    [Fact]
    public void Rank_InteractionsBeyondLong_ThrowOverflow()
    {
        Mention[] mentions =
        [
            Engaged("h1", At(2026, 3, 2), long.MaxValue, 0, 0, author: "viral"),
            Engaged("h2", At(2026, 3, 3), 1, 0, 0, author: "VIRAL"),
        ];

        var act = () => new AuthorRankingAnalyzer().Rank(mentions, March);

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Rank_NullMention_Throws()
    {
        var act = () => new AuthorRankingAnalyzer().Rank([Mentions[0], null!], March);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "mentions").WithMessage("*must not contain null*");
    }
}
