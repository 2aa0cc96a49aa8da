using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

public class ColumnsTests
{
    private static readonly Instant Noon = Instant.FromUtc(2026, 3, 2, 12, 0);

    [Fact]
    public void PostColumns_FromRows_ToPosts_GiveBackEveryField()
    {
        SocialPost[] posts =
        [
            new("ig-1", Channel.Instagram, Noon, PostFormat.Reel, isPaid: true, new PostCounters { Reach = 1_200, Reactions = 0 }, PlatformFigures.Of(("Engagement rate", 0.0452m))),
            new("x-1", Channel.X, Noon + Duration.FromHours(1), counters: new PostCounters { Impressions = 10 }),
            new("ig-2", Channel.Instagram, Noon - Duration.FromDays(400)),
        ];

        var columns = PostColumns.From(posts);

        columns.Count.Should().Be(3);
        columns.Channels.Should().Equal(Channel.Instagram, Channel.X);
        columns.ChannelIds.ToArray().Should().Equal(0, 1, 0);
        columns.CounterKinds.Should().BeEquivalentTo([PostCounter.Impressions, PostCounter.Reach, PostCounter.Reactions]);
        columns.TryGetCounter(PostCounter.Reach, out var reach).Should().BeTrue();
        reach[0].Should().Be(1_200);
        reach[1].Should().BeNull();
        reach.AllReported.Should().BeFalse();
        reach.Max.Should().Be(1_200);
        columns.TryGetCounter(PostCounter.Shares, out _).Should().BeFalse();
        columns.ToPosts().Should().Equal(posts);
    }

    [Fact]
    public void Builder_ACounterEveryPostReported_HasNoBitmap()
    {
        var builder = new PostColumnsBuilder();
        for (var i = 0; i < 130; i++)
        {
            builder.Add(Noon + Duration.FromMinutes(i), Channel.X).Set(PostCounter.Impressions, i);
        }

        builder.Add(Noon, Channel.X);
        var columns = builder.Build();

        columns.TryGetCounter(PostCounter.Impressions, out var impressions).Should().BeTrue();
        impressions.AllReported.Should().BeFalse();
        impressions.IsReported(129).Should().BeTrue();
        impressions.IsReported(130).Should().BeFalse();
        impressions.Max.Should().Be(129);
        PostColumns.From(columns.ToPosts().Take(130)).TryGetCounter(PostCounter.Impressions, out var full).Should().BeTrue();
        full.AllReported.Should().BeTrue();
    }

    [Fact]
    public void Builder_RejectsMisuse_WithMessagesNamingTheProblem()
    {
        var builder = new PostColumnsBuilder();

        builder.Invoking(b => b.Set(PostCounter.Reach, 1)).Should().Throw<InvalidOperationException>().WithMessage("*Add a post*");
        builder.Add(Noon, Channel.X);
        builder.Invoking(b => b.Set(PostCounter.Reach, -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*Reach must not be negative*");
        builder.Invoking(b => b.Add(Noon, default)).Should().Throw<ArgumentException>().WithMessage("*empty*channel*");
        builder.Build();
        builder.Invoking(b => b.Build()).Should().Throw<InvalidOperationException>().WithMessage("*already built*");
    }

    [Fact]
    public void FromArrays_BorrowsTheHostsArrays_AndChecksThem()
    {
        long[] ticks = [Noon.ToUnixTimeTicks(), (Noon + Duration.FromDays(1)).ToUnixTimeTicks()];
        int[] channelIds = [0, 1];
        var reach = CountColumn.WithValidity(new long[] { 500, 0 }, new ulong[] { 0b01 });

        var columns = PostColumns.FromArrays(ticks, channelIds, [Channel.Facebook, Channel.LinkedIn], [new(PostCounter.Reach, reach)], ["a", "b"]);

        columns[1].Should().Be(new SocialPost("b", Channel.LinkedIn, Noon + Duration.FromDays(1)));
        columns[0].Counters.Reach.Should().Be(500);

        var wrongLength = () => PostColumns.FromArrays(ticks, new[] { 0 }, [Channel.Facebook], []);
        wrongLength.Should().Throw<ArgumentException>().WithMessage("channelIds must hold one entry per post (2), but holds 1.*");
        var outside = () => PostColumns.FromArrays(ticks, new[] { 0, 2 }, [Channel.Facebook, Channel.LinkedIn], []);
        outside.Should().Throw<ArgumentException>().WithMessage("channelIds must hold indexes from 0 to 1, but entry 1 is 2.*");
        var twice = () => PostColumns.FromArrays(ticks, channelIds, [Channel.Facebook, new Channel("facebook")], []);
        twice.Should().Throw<ArgumentException>().WithMessage("channels holds Facebook twice.*");
        var tooFar = () => PostColumns.FromArrays(new[] { long.MaxValue }, new[] { 0 }, [Channel.Facebook], []);
        tooFar.Should().Throw<ArgumentException>().WithMessage("publishedAtTicks must hold Unix ticks between*");
    }

    [Fact]
    public void CountColumn_RejectsNegativeReportedValues_ButIgnoresUnreportedOnes()
    {
        var negative = () => CountColumn.Reported(new long[] { 3, -1 });
        negative.Should().Throw<ArgumentException>().WithMessage("values must not hold a negative count, but value 1 is -1.*");

        var ignored = CountColumn.WithValidity(new long[] { 3, -1 }, new ulong[] { 0b01 });
        ignored.Max.Should().Be(3);
        ignored[1].Should().BeNull();

        var shortBitmap = () => CountColumn.WithValidity(new long[65], new ulong[1]);
        shortBitmap.Should().Throw<ArgumentException>().WithMessage("validity must hold one bit per value: 2 words for 65 values, but it holds 1.*");
    }

    [Fact]
    public void MentionColumns_FromRows_ToMentions_GiveBackEveryField()
    {
        Mention[] mentions =
        [
            new("m1", Noon, MentionSourceType.News, "Le Monde", Subject.Competitor("Brio Foods"), Sentiment.Negative, Channel.Website, 1_000_000),
            new("m2", Noon, MentionSourceType.SocialNetwork, "@anna", channel: Channel.X, reactions: 4, comments: 0, shares: 1),
            new("m3", Noon + Duration.FromHours(3), MentionSourceType.Forum, "@anna"),
        ];

        var columns = MentionColumns.From(mentions);

        columns.Authors.Should().Equal("Le Monde", "@anna");
        columns.AuthorIds.ToArray().Should().Equal(0, 1, 1);
        columns.ChannelIds.ToArray().Should().Equal(0, 1, -1);
        columns.Subjects.Should().Equal(Subject.Competitor("Brio Foods"), Subject.Company);
        columns.Reactions[1].Should().Be(4);
        columns.Reactions[0].Should().BeNull();
        columns.ToMentions().Should().Equal(mentions);
    }

    [Fact]
    public void MentionBuilder_ChecksWhatItIsGiven_AndSharesAuthorsAndSubjects()
    {
        var builder = new MentionColumnsBuilder();

        builder.Invoking(b => b.Add(Noon, MentionSourceType.Blog, " ")).Should().Throw<ArgumentException>().WithMessage("*author*");
        builder.Invoking(b => b.Add(Noon, MentionSourceType.Blog, "a", reactions: -1)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("*reactions*");
        builder.Add(Noon, MentionSourceType.Blog, " anna ", Subject.Competitor("Brio"), id: " m1 ");
        builder.Add(Noon, MentionSourceType.Blog, "anna", Subject.Competitor("brio"));
        var columns = builder.Build();

        columns.Authors.Should().Equal("anna");
        columns.Subjects.Should().ContainSingle();
        columns[0].Id.Should().Be("m1");
        columns[1].Id.Should().Be("#1");
    }

    [Fact]
    public void EmptyColumns_HoldNothing()
    {
        PostColumns.Empty.Count.Should().Be(0);
        PostColumns.From([]).ToPosts().Should().BeEmpty();
        MentionColumns.Empty.Count.Should().Be(0);
    }
}
