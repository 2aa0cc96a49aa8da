using KpiToolkit.Activity;
using KpiToolkit.Import.Presets;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>x-tweet-activity.csv</c>, an X Analytics "tweet activity" export: 40 columns, CRLF line ends,
/// six tweets on lines 2 to 10.
/// </summary>
/// <remarks>
/// Line 2: an organic tweet. Lines 3-5: a promoted tweet whose text spans three lines (a blank one inside the
/// quotes). Line 6: an organic tweet with empty cells in derived and unread columns and in <c>url clicks</c>.
/// Line 7: <c>12x3.0</c> in <c>impressions</c>. Lines 8-9: a text with a bare LF inside the quotes. Line 10: an
/// organic tweet. Organic tweets have <c>-</c> in every promoted column.
/// </remarks>
public class XTweetActivityPresetTests
{
    private const string FixtureName = "x-tweet-activity.csv";

    private static ImportResult<SocialPost> ImportAll(bool includePromoted = true) =>
        ImportPresets.XTweetActivity(includePromoted).ImportFile(Fixture.Path(FixtureName));

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        // Six tweets: five read, the one on line 7 rejected; the export has no description row.
        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 6, 8, 10);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(7);
        result.Skipped.Should().BeEmpty();
        result.Records.Should().HaveCount(5);
        result.IsComplete.Should().BeFalse();
        result.AbsentOptionalColumns.Should().BeEmpty();
        result.ToString().Should().Be("5 rows read, 1 rejected, 0 skipped");
    }

    [Fact]
    public void Import_OrganicTweet_KeepsItsCountersAndReadsDashAsNotPromoted()
    {
        var row = ImportAll().Accepted[0];

        row.LineNumber.Should().Be(2);
        var post = row.Record!;
        post.Id.Should().Be("1475865071247863808");
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 28, 16, 45));
        post.Channel.Should().Be(Channel.X);
        post.Format.Should().Be(PostFormat.Text);
        post.IsPaid.Should().BeFalse("every promoted column holds '-'");

        // '-' in the promoted columns is missing and adds nothing: the totals are the organic figures
        // (likes → reactions, replies → comments, retweets → shares, url clicks → clicks; no reach).
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 3423,
            Reactions = 42,
            Comments = 5,
            Shares = 8,
            Clicks = 19,
        });

        // engagements 121 = 8 retweets + 5 replies + 42 likes + 11 profile clicks + 19 url clicks
        //   + 3 hashtag clicks + 27 detail expands + 1 follow + 5 media engagements.
        row.PlatformFigures["engagements"].Should().Be(121m);
        row.PlatformFigures["engagement rate"].Should().Be(0.03534910896874087m);

        // The promoted figures are '-': missing, not 0.
        row.PlatformFigures["promoted engagements"].Should().BeNull();
        row.PlatformFigures["promoted engagement rate"].Should().BeNull();
    }

    [Fact]
    public void Import_PromotedTweet_AddsPromotedCountersToOrganicOnes()
    {
        var row = ImportAll().Accepted[1];

        row.LineNumber.Should().Be(3);
        var post = row.Record!;
        post.Id.Should().Be("1476250911112222333");
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 29, 18, 30));
        post.Channel.Should().Be(Channel.X);
        post.IsPaid.Should().BeTrue("its promoted impressions are 18400, above zero");
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 23_610, // 5210 organic + 18400 promoted
            Reactions = 149,      // likes: 88 + 61
            Comments = 12,        // replies: 9 + 3
            Shares = 20,          // retweets: 14 + 6
            Clicks = 228,         // url clicks: 41 + 187
        });

        // Organic: 14 + 9 + 88 + 17 + 41 + 36 detail expands + 2 permalink clicks + 3 follows = 210.
        // Promoted: 6 + 3 + 61 + 22 + 187 + 48 detail expands + 1 permalink click + 9 follows = 337.
        row.PlatformFigures["engagements"].Should().Be(210m);
        row.PlatformFigures["engagement rate"].Should().Be(0.04030710172744722m);
        row.PlatformFigures["promoted engagements"].Should().Be(337m);
        row.PlatformFigures["promoted engagement rate"].Should().Be(0.018315217391304348m);
    }

    [Fact]
    public void Import_WithoutPromoted_KeepsOrganicCountersOnly()
    {
        var result = ImportAll(includePromoted: false);

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 6, 8, 10);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(7);
        result.AbsentOptionalColumns.Should().BeEmpty();

        var promoted = result.Records[1];
        promoted.Id.Should().Be("1476250911112222333");
        promoted.IsPaid.Should().BeTrue("a promoted tweet stays paid when only its organic counters are kept");
        promoted.Counters.Should().Be(new PostCounters { Impressions = 5210, Reactions = 88, Comments = 9, Shares = 14, Clicks = 41 });

        // An organic tweet reads the same either way.
        result.Records[0].Should().Be(ImportAll().Records[0]);
    }

    [Fact]
    public void Import_EmptyCells_AreMissingNotZero()
    {
        var row = ImportAll().Accepted[2];

        row.LineNumber.Should().Be(6);
        var post = row.Record!;
        post.Id.Should().Be("1476982345678901248");
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 31, 11, 0));
        post.IsPaid.Should().BeFalse();

        // url clicks is empty: clicks stay unknown. 0.0 retweets is a real zero.
        post.Counters.Should().Be(new PostCounters { Impressions = 812, Reactions = 7, Comments = 1, Shares = 0, Clicks = null });
        row.PlatformFigures["engagements"].Should().BeNull();
        row.PlatformFigures["engagement rate"].Should().BeNull();
    }

    [Fact]
    public void Import_RowsAfterMultiLineTexts_KeepTheirOwnLineNumbers()
    {
        var accepted = ImportAll().Accepted;

        // Line 3 starts a text over lines 3-5, so the next tweet is on line 6; lines 8-9 hold one tweet
        // whose text breaks with a bare LF, so the last one is on line 10.
        accepted[3].LineNumber.Should().Be(8);
        accepted[3].Record!.Id.Should().Be("1478300112233445566");
        accepted[3].Record!.PublishedAt.Should().Be(Instant.FromUtc(2022, 1, 4, 13, 20));
        accepted[3].Record!.IsPaid.Should().BeFalse();
        accepted[3].Record!.Counters.Should().Be(new PostCounters { Impressions = 2087, Reactions = 25, Comments = 4, Shares = 3, Clicks = 0 });

        // engagements 55 = 3 + 4 + 25 + 6 profile clicks + 14 detail expands + 1 permalink click + 2 follows.
        accepted[3].PlatformFigures["engagements"].Should().Be(55m);
        accepted[3].PlatformFigures["engagement rate"].Should().Be(0.02635361763296598m);

        accepted[4].LineNumber.Should().Be(10);
        accepted[4].Record!.Id.Should().Be("1479411223344556677");
        accepted[4].Record!.PublishedAt.Should().Be(Instant.FromUtc(2022, 1, 7, 9, 5));
        accepted[4].Record!.IsPaid.Should().BeFalse();
        accepted[4].Record!.Counters.Should().Be(new PostCounters { Impressions = 1504, Reactions = 19, Comments = 0, Shares = 2, Clicks = 6 });

        // engagements 41 = 2 + 0 + 19 + 4 profile clicks + 6 + 1 hashtag click + 9 detail expands.
        accepted[4].PlatformFigures["engagements"].Should().Be(41m);
        accepted[4].PlatformFigures["engagement rate"].Should().Be(0.02726063829787234m);
    }

    [Fact]
    public void Import_EngagementRate_IsEngagementsOverOrganicImpressions()
    {
        // Organic counters only, so impressions are the ones the organic rate was computed from.
        var withRate = ImportAll(includePromoted: false).Accepted.Where(r => r.PlatformFigures["engagement rate"] is not null).ToList();
        withRate.Should().HaveCount(4, "four tweets report an engagement rate");
        foreach (var row in withRate)
        {
            var engagements = row.PlatformFigures["engagements"]!.Value;
            var impressions = row.Record!.Counters.Impressions!.Value;

            // 121 / 3423, 210 / 5210, 55 / 2087, 41 / 1504; X writes the quotient as a double.
            decimal.Round(row.PlatformFigures["engagement rate"]!.Value, 12)
                .Should().Be(decimal.Round(engagements / impressions, 12), $"line {row.LineNumber}");
        }
    }

    [Fact]
    public void Import_MalformedNumber_RejectsTheRowNamingColumnAndValue()
    {
        var rejected = ImportAll().Rejected.Should().ContainSingle().Subject;

        rejected.LineNumber.Should().Be(7);
        rejected.Record.Should().BeNull();
        var error = rejected.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(7);
        error.Column.Should().Be("impressions");
        error.Message.Should().Contain("'12x3.0'").And.Contain("not a number");
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        // "promoted likes" stays in the header; the organic "likes" is gone.
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "likes");

        var act = () => ImportPresets.XTweetActivity().Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'likes' missing from the header on line 1.*")
            .Where(e => e.Column == "likes" && e.LineNumber == 1);
    }

    [Fact]
    public void Import_StreamWithLfLineEnds_GivesTheSameRows()
    {
        var fromFile = ImportAll();
        using var stream = ExportFile.WithLfLineEnds(FixtureName);

        var fromStream = ImportPresets.XTweetActivity().Import(stream);

        fromStream.Records.Should().Equal(fromFile.Records);
        fromStream.Accepted.Select(r => r.LineNumber).Should().Equal(fromFile.Accepted.Select(r => r.LineNumber));
        fromStream.Accepted.Select(r => r.PlatformFigures).Should().BeEquivalentTo(fromFile.Accepted.Select(r => r.PlatformFigures));
        fromStream.Errors.Should().Equal(fromFile.Errors);
        fromStream.Skipped.Should().BeEmpty();
    }
}
