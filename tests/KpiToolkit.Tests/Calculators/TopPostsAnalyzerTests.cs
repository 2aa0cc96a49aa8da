using FluentAssertions;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Tests.Calculators;

public sealed class TopPostsAnalyzerTests
{
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
    private static readonly ReportingPeriod June = ReportingPeriod.Month(2026, 6);

    private static SocialPost Post(string id, int day, long interactions, long? reach, int hour = 12) =>
        new(id, Channel.Instagram, Instant.FromUtc(2026, 6, day, hour, 0), PostFormat.Photo, false,
            new PostCounters { Reactions = interactions, Comments = 0, Shares = 0, Reach = reach });

    private static TopPostsAnalyzer Analyzer(int count = 2) => new(new EngagementRateCalculator(calendar: Paris), count);

    [Fact]
    public void Analyze_RanksThePeriodsPostsByTheirOwnRate_BestAndWeakestApart()
    {
        // Rates: a 5 %, b 2 %, c 8 %, d 1 %, e 4 %.
        SocialPost[] posts = [Post("a", 2, 50, 1_000), Post("b", 3, 20, 1_000), Post("c", 4, 80, 1_000), Post("d", 5, 10, 1_000), Post("e", 6, 40, 1_000)];

        var top = Analyzer().Analyze(posts, June);

        top.Best.Select(post => (post.Rank, post.Post.Id, post.Value)).Should().Equal((1, "c", 0.08), (2, "a", 0.05));
        top.Worst.Select(post => (post.Rank, post.Post.Id, post.Value)).Should().Equal((1, "d", 0.01), (2, "b", 0.02));
        top.Best[0].Numerator.Should().Be(80);
        top.Best[0].Denominator.Should().Be(1_000);
        top.PostsRanked.Should().Be(5);
        top.PostsSkipped.Should().Be(0);
        top.Indicator.Should().Be(BuiltInIndicators.EngagementRate);
        top.Denominator.Should().Be(PostDenominator.Reach);
    }

    [Fact]
    public void Analyze_FewerPostsThanTwiceTheCount_ListsTheBestFirstAndNeverAPostTwice()
    {
        SocialPost[] posts = [Post("a", 2, 50, 1_000), Post("b", 3, 20, 1_000), Post("c", 4, 80, 1_000)];

        var top = Analyzer().Analyze(posts, June);

        top.Best.Select(post => post.Post.Id).Should().Equal("c", "a");
        top.Worst.Select(post => post.Post.Id).Should().Equal("b");
    }

    [Fact]
    public void Analyze_PostsWithoutTheRate_AreSkippedNotRankedAsZero()
    {
        SocialPost[] posts = [Post("a", 2, 50, 1_000), Post("no-reach", 3, 20, null), Post("zero-reach", 4, 0, 0)];

        var top = Analyzer().Analyze(posts, June);

        top.Best.Should().ContainSingle().Which.Post.Id.Should().Be("a");
        top.Worst.Should().BeEmpty();
        top.PostsRanked.Should().Be(1);
        top.PostsSkipped.Should().Be(2);
    }

    [Fact]
    public void Analyze_PostsOutsideThePeriodInTheCalendarsZone_AreLeftOut()
    {
        // 31 May 22:30 UTC is 1 June 00:30 in Paris; 30 June 22:30 UTC is already 1 July there.
        var first = new SocialPost("first", Channel.Instagram, Instant.FromUtc(2026, 5, 31, 22, 30), PostFormat.Photo, false, new PostCounters { Reactions = 10, Comments = 0, Shares = 0, Reach = 100 });
        var after = new SocialPost("after", Channel.Instagram, Instant.FromUtc(2026, 6, 30, 22, 30), PostFormat.Photo, false, new PostCounters { Reactions = 90, Comments = 0, Shares = 0, Reach = 100 });

        var top = Analyzer().Analyze([first, after], June);

        top.Best.Select(post => post.Post.Id).Should().Equal("first");
        top.PostsRanked.Should().Be(1);
    }

    [Fact]
    public void Analyze_Ties_PutTheLargerAudienceFirst_ThenTheEarlierPost()
    {
        SocialPost[] posts = [Post("small", 2, 5, 100), Post("large", 3, 50, 1_000), Post("early", 1, 50, 1_000, hour: 8)];

        var top = Analyzer(count: 3).Analyze(posts, June);

        top.Best.Select(post => post.Post.Id).Should().Equal("early", "large", "small");
    }

    [Fact]
    public void Analyze_NoPost_IsEmpty()
    {
        var top = Analyzer().Analyze([], June);

        top.IsEmpty.Should().BeTrue();
        top.Best.Should().BeEmpty();
        top.Worst.Should().BeEmpty();
    }

    [Fact]
    public void Analyze_HugeCounters_KeepTheirRateAndSaturateNoCount()
    {
        var post = new SocialPost("viral", Channel.X, Instant.FromUtc(2026, 6, 10, 12, 0), PostFormat.Video, false,
            new PostCounters { Reactions = long.MaxValue / 2, Comments = 0, Shares = 0, Reach = long.MaxValue });

        var top = Analyzer().Analyze([post], June);

        top.Best[0].Value.Should().BeApproximately(0.5, 1e-12);
        top.Best[0].Numerator.Should().Be(long.MaxValue / 2);
        top.Best[0].Denominator.Should().Be(long.MaxValue);
    }

    [Fact]
    public void Constructor_CountBelowOne_Throws()
    {
        var act = () => new TopPostsAnalyzer(count: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("count");
    }
}
