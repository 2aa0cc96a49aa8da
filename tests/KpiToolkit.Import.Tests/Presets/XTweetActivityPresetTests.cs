using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>x-tweet-activity.csv</c>, an X Analytics "tweet activity" export: 40 columns, CRLF line ends,
/// eight tweets on lines 2 to 12.
/// </summary>
/// <remarks>
/// Line 2: an organic tweet. Lines 3-5: a promoted tweet whose text spans three lines (a blank one inside the
/// quotes). Line 6: an organic tweet with empty cells in derived columns and in several click kinds.
/// Line 7: <c>12x3.0</c> in <c>impressions</c>. Lines 8-9: a text with a bare LF inside the quotes. Lines 10 and 11:
/// organic tweets, the second with every kind of engagement X counts. Line 12: a tweet whose <c>engagements</c>
/// (30) is not the sum of its 14 kinds (28). Organic tweets have <c>-</c> in every promoted column.
/// </remarks>
public partial class XTweetActivityPresetTests
{
    private const string FixtureName = "x-tweet-activity.csv";

    private static ImportResult<SocialPost> ImportAll(bool includePromoted = true) =>
        ImportPresets.XTweetActivity(includePromoted).ImportFile(Fixture.Path(FixtureName));

    private static ImportRow<SocialPost> Line(long line, bool includePromoted = true) =>
        ImportAll(includePromoted).Accepted.Single(r => r.LineNumber == line);

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        // Eight tweets: seven read, the one on line 7 rejected; the export has no description row.
        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 6, 8, 10, 11, 12);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(7);
        result.Skipped.Should().BeEmpty();
        result.Records.Should().HaveCount(7);
        result.IsComplete.Should().BeFalse();
        result.AbsentOptionalColumns.Should().BeEmpty();
        result.ToString().Should().Be("8 rows read, 7 accepted, 1 rejected");
    }

    [Fact]
    public void Import_OrganicTweet_ReadsEveryCounterKindAndReadsDashAsNotPromoted()
    {
        var row = Line(2);

        var post = row.Record!;
        post.Id.Should().Be("1475865071247863808");
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 28, 16, 45));
        post.Channel.Should().Be(Channel.X);
        post.Format.Should().Be(PostFormat.Text);
        post.IsPaid.Should().BeFalse("every promoted column holds '-'");

        // '-' in the promoted columns is missing and adds nothing: the totals are the organic figures, each in the
        // counter named after X's column (retweets → shares, replies → comments, likes → reactions, url clicks → link
        // clicks, email tweet → e-mail shares, dial phone → phone dials). No reach, and no total of clicks.
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 3423,
            Shares = 8,
            Comments = 5,
            Reactions = 42,
            ProfileClicks = 11,
            LinkClicks = 19,
            HashtagClicks = 3,
            DetailExpands = 27,
            PermalinkClicks = 0,
            AppOpens = 0,
            AppInstalls = 0,
            Follows = 1,
            EmailShares = 0,
            PhoneDials = 0,
            MediaViews = 5,
            MediaEngagements = 5,
        });

        // engagements 121 = 8 retweets + 5 replies + 42 likes + 11 profile clicks + 19 url clicks
        //   + 3 hashtag clicks + 27 detail expands + 1 follow + 5 media engagements; media views do not count.
        post.PlatformFigures.Should().Be(PlatformFigures.Of(
            (PlatformFigureNames.Engagements, 121m), (PlatformFigureNames.EngagementRate, 0.03534910896874087m)));
        row.PlatformFigures["engagements"].Should().Be(121m);
        row.PlatformFigures["engagement rate"].Should().Be(0.03534910896874087m);

        // The promoted figures are '-': missing, not 0.
        row.PlatformFigures["promoted engagements"].Should().BeNull();
        row.PlatformFigures["promoted engagement rate"].Should().BeNull();
    }

    [Fact]
    public void Import_PromotedTweet_AddsPromotedCountersAndEngagementsToOrganicOnes()
    {
        var row = Line(3);

        var post = row.Record!;
        post.Id.Should().Be("1476250911112222333");
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 29, 18, 30));
        post.IsPaid.Should().BeTrue("its promoted impressions are 18400, above zero");
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 23_610, // 5210 organic + 18400 promoted
            Shares = 20,          // retweets: 14 + 6
            Comments = 12,        // replies: 9 + 3
            Reactions = 149,      // likes: 88 + 61
            ProfileClicks = 39,   // 17 + 22
            LinkClicks = 228,     // url clicks: 41 + 187
            HashtagClicks = 0,
            DetailExpands = 84,   // 36 + 48
            PermalinkClicks = 3,  // 2 + 1
            AppOpens = 0,
            AppInstalls = 0,
            Follows = 12,         // 3 + 9
            EmailShares = 0,
            PhoneDials = 0,
            MediaViews = 0,
            MediaEngagements = 0,
        });

        // Organic: 14 + 9 + 88 + 17 + 41 + 36 detail expands + 2 permalink clicks + 3 follows = 210.
        // Promoted: 6 + 3 + 61 + 22 + 187 + 48 detail expands + 1 permalink click + 9 follows = 337.
        // The post's engagements are the total, 547; X printed no rate for the total, so the post keeps none.
        post.PlatformFigures.Should().Be(PlatformFigures.Of((PlatformFigureNames.Engagements, 547m)));

        // Beside the post, the four columns stay as X wrote them.
        row.PlatformFigures["engagements"].Should().Be(210m);
        row.PlatformFigures["engagement rate"].Should().Be(0.04030710172744722m);
        row.PlatformFigures["promoted engagements"].Should().Be(337m);
        row.PlatformFigures["promoted engagement rate"].Should().Be(0.018315217391304348m);
    }

    [Fact]
    public void Import_WithoutPromoted_KeepsOrganicCountersAndXsRate()
    {
        var result = ImportAll(includePromoted: false);

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 6, 8, 10, 11, 12);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(7);
        result.AbsentOptionalColumns.Should().BeEmpty();

        var promoted = result.Records[1];
        promoted.Id.Should().Be("1476250911112222333");
        promoted.IsPaid.Should().BeTrue("a promoted tweet stays paid when only its organic counters are kept");
        promoted.Counters.Impressions.Should().Be(5210);
        promoted.Counters.Reactions.Should().Be(88);
        promoted.Counters.LinkClicks.Should().Be(41);
        promoted.Counters.Follows.Should().Be(3);

        // Organic counters and X's organic figures describe the same tweet: 210 / 5210.
        promoted.PlatformFigures.Should().Be(PlatformFigures.Of(
            (PlatformFigureNames.Engagements, 210m), (PlatformFigureNames.EngagementRate, 0.04030710172744722m)));

        // An organic tweet reads the same either way.
        result.Records[0].Should().Be(ImportAll().Records[0]);
    }

    [Fact]
    public void Import_EmptyCells_AreMissingNotZero()
    {
        var row = Line(6);

        var post = row.Record!;
        post.Id.Should().Be("1476982345678901248");
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 31, 11, 0));
        post.IsPaid.Should().BeFalse();

        // Empty: user profile clicks, url clicks, detail expands, app opens, app installs, media views and media
        // engagements stay unknown. 0.0 retweets, hashtag clicks, permalink clicks, follows … are real zeros.
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 812,
            Shares = 0,
            Comments = 1,
            Reactions = 7,
            HashtagClicks = 0,
            PermalinkClicks = 0,
            Follows = 0,
            EmailShares = 0,
            PhoneDials = 0,
        });
        post.PlatformFigures.Should().BeSameAs(PlatformFigures.None);
        row.PlatformFigures["engagements"].Should().BeNull();
        row.PlatformFigures["engagement rate"].Should().BeNull();
    }

    [Fact]
    public void Import_RowsAfterMultiLineTexts_KeepTheirOwnLineNumbers()
    {
        var accepted = ImportAll().Accepted;

        // Line 3 starts a text over lines 3-5, so the next tweet is on line 6; lines 8-9 hold one tweet
        // whose text breaks with a bare LF, so the next one is on line 10.
        accepted[3].LineNumber.Should().Be(8);
        accepted[3].Record!.Id.Should().Be("1478300112233445566");
        accepted[3].Record!.PublishedAt.Should().Be(Instant.FromUtc(2022, 1, 4, 13, 20));
        accepted[3].Record!.IsPaid.Should().BeFalse();
        accepted[3].Record!.Counters.Should().Be(new PostCounters
        {
            Impressions = 2087, Shares = 3, Comments = 4, Reactions = 25, ProfileClicks = 6, LinkClicks = 0, HashtagClicks = 0, DetailExpands = 14,
            PermalinkClicks = 1, AppOpens = 0, AppInstalls = 0, Follows = 2, EmailShares = 0, PhoneDials = 0, MediaViews = 0, MediaEngagements = 0,
        });

        // engagements 55 = 3 + 4 + 25 + 6 profile clicks + 14 detail expands + 1 permalink click + 2 follows.
        accepted[3].Record!.PlatformFigures.Get(PlatformFigureNames.Engagements).Should().Be(55m);
        accepted[3].Record!.PlatformFigures.Get(PlatformFigureNames.EngagementRate).Should().Be(0.02635361763296598m);

        accepted[4].LineNumber.Should().Be(10);
        accepted[4].Record!.Id.Should().Be("1479411223344556677");
        accepted[4].Record!.PublishedAt.Should().Be(Instant.FromUtc(2022, 1, 7, 9, 5));
        accepted[4].Record!.Counters.Should().Be(new PostCounters
        {
            Impressions = 1504, Shares = 2, Comments = 0, Reactions = 19, ProfileClicks = 4, LinkClicks = 6, HashtagClicks = 1, DetailExpands = 9,
            PermalinkClicks = 0, AppOpens = 0, AppInstalls = 0, Follows = 0, EmailShares = 0, PhoneDials = 0, MediaViews = 0, MediaEngagements = 0,
        });

        // engagements 41 = 2 + 0 + 19 + 4 profile clicks + 6 + 1 hashtag click + 9 detail expands.
        accepted[4].Record!.PlatformFigures.Get(PlatformFigureNames.Engagements).Should().Be(41m);
        accepted[4].Record!.PlatformFigures.Get(PlatformFigureNames.EngagementRate).Should().Be(0.02726063829787234m);
    }

    [Fact]
    public void Import_EveryEngagementKind_IsReadIntoItsCounter()
    {
        var post = Line(11).Record!;

        post.Id.Should().Be("1480012345678901248");
        post.PublishedAt.Should().Be(Instant.FromUtc(2022, 1, 10, 15, 0));
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 1900,
            Shares = 4,
            Comments = 3,
            Reactions = 21,
            ProfileClicks = 5,
            LinkClicks = 8,
            HashtagClicks = 2,
            DetailExpands = 6,
            PermalinkClicks = 1,
            AppOpens = 1,
            AppInstalls = 1,
            Follows = 2,
            EmailShares = 1,
            PhoneDials = 0,
            MediaViews = 140,
            MediaEngagements = 2,
        });

        // 4 + 3 + 21 + 5 + 8 + 2 + 6 + 1 + 1 + 1 + 2 + 1 + 0 + 2 = 57 engagements; the 140 media views are not one.
        // 57 / 1900 = 0.03 exactly, and X wrote the shortest text of that double.
        post.PlatformFigures.Should().Be(PlatformFigures.Of(
            (PlatformFigureNames.Engagements, 57m), (PlatformFigureNames.EngagementRate, 0.03m)));
    }

    /// <summary>
    /// The rate cells of the tweets whose <c>engagements</c> is the sum of X's 14 kinds, as the fixture writes them: X
    /// divides engagements by impressions in doubles and writes the shortest text that reads back as the same double.
    /// </summary>
    public static TheoryData<long, string, string> XRates => new()
    {
        { 2, "1475865071247863808", "0.03534910896874087" },   // 121 / 3423
        { 3, "1476250911112222333", "0.04030710172744722" },   // 210 / 5210, organic
        { 8, "1478300112233445566", "0.02635361763296598" },   // 55 / 2087
        { 10, "1479411223344556677", "0.02726063829787234" },  // 41 / 1504
        { 11, "1480012345678901248", "0.03" },                 // 57 / 1900
    };

    [Theory]
    [MemberData(nameof(XRates))]
    public void EngagementRate_OfCompositionXOverImpressions_IsXsRateToTheLastBit(long line, string id, string rateCell)
    {
        // Organic counters only: X's rate is organic engagements over organic impressions.
        var post = Line(line, includePromoted: false).Record!;
        post.Id.Should().Be(id);
        post.PlatformFigures.Get(PlatformFigureNames.EngagementRate).Should().Be(decimal.Parse(rateCell, CultureInfo.InvariantCulture));
        var calculator = new EngagementRateCalculator(new() { Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions });

        var result = calculator.Calculate([post], ReportingPeriod.Year(post.PublishedAt.InUtc().Year));

        result.Inputs.RecordsUsed.Should().Be(1);
        result.Value.Should().Be(double.Parse(rateCell, CultureInfo.InvariantCulture), "the 14 kinds add up to X's engagements, divided as X divides them");
        BitConverter.DoubleToInt64Bits(result.Value!.Value).Should().Be(BitConverter.DoubleToInt64Bits(double.Parse(rateCell, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Import_EngagementsThatAreNotTheSumOfTheKinds_AreKeptAsXWroteThem()
    {
        var post = Line(12, includePromoted: false).Record!;
        post.Id.Should().Be("1481234567890123776");

        // X says 30 engagements, 30 / 980 = 0.030612244897959183; its 14 kinds add up to
        // 1 retweet + 2 replies + 14 likes + 3 profile clicks + 4 url clicks + 3 detail expands + 1 follow = 28.
        post.PlatformFigures.Get(PlatformFigureNames.Engagements).Should().Be(30m);
        post.PlatformFigures.Get(PlatformFigureNames.EngagementRate).Should().Be(0.030612244897959183m);
        var calculator = new EngagementRateCalculator(new() { Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions });

        var result = calculator.Calculate([post], ReportingPeriod.Year(2022));

        result.Inputs.Numerator.Should().Be(28);
        result.Value.Should().Be(28.0 / 980, "the record keeps both, so the disagreement can be found");
    }

    [Fact]
    public void Import_EngagementRate_IsEngagementsOverOrganicImpressions()
    {
        // Organic counters only, so impressions are the ones the organic rate was computed from.
        var withRate = ImportAll(includePromoted: false).Accepted.Where(r => r.PlatformFigures["engagement rate"] is not null).ToList();
        withRate.Should().HaveCount(6, "six tweets report an engagement rate");
        foreach (var row in withRate)
        {
            var engagements = row.PlatformFigures["engagements"]!.Value;
            var impressions = row.Record!.Counters.Impressions!.Value;

            // 121 / 3423, 210 / 5210, 55 / 2087, 41 / 1504, 57 / 1900, 30 / 980; X writes the quotient as a double.
            decimal.Round(row.PlatformFigures["engagement rate"]!.Value, 12)
                .Should().Be(decimal.Round(engagements / impressions, 12), $"line {row.LineNumber}");
        }
    }

    [Fact]
    public void Import_OlderExportWithoutSomeClickKinds_LeavesThoseCountersUnreported()
    {
        // An export without app, e-mail, phone and media columns, nor any promoted column.
        const string Older = """
            Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,retweets,replies,likes,user profile clicks,url clicks,hashtag clicks,detail expands,permalink clicks,follows
            1,https://twitter.com/acme/status/1,Hello,2015-03-02 10:00 +0000,400.0,12.0,0.03,1.0,0.0,6.0,2.0,1.0,0.0,2.0,0.0,0.0
            """;

        var result = ImportPresets.XTweetActivity().Import(new StringReader(Older));

        var post = result.Records.Should().ContainSingle().Subject;
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 400, Shares = 1, Comments = 0, Reactions = 6, ProfileClicks = 2, LinkClicks = 1, HashtagClicks = 0, DetailExpands = 2,
            PermalinkClicks = 0, Follows = 0,
        });
        post.Counters.IsReported(PostCounter.AppOpens).Should().BeFalse("the column is absent: not reported, not 0");
        post.IsPaid.Should().BeFalse();
        result.AbsentOptionalColumns.Should().Contain(["app opens", "app installs", "email tweet", "dial phone", "media views", "media engagements", "promoted impressions"]);

        // Composition X needs the kinds this export lacks: the post is skipped and counted, not read as 0 of them.
        var rate = new EngagementRateCalculator(new() { Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions })
            .Calculate(result.Records, ReportingPeriod.Year(2015));
        rate.IsAvailable.Should().BeFalse();
        rate.Inputs.RecordsUsed.Should().Be(0);
        rate.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }
}
