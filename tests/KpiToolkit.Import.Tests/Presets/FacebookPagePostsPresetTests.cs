using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>facebook-page-posts.csv</c>, a Facebook Page Insights post export (made-up data) of a page in Los Angeles:
/// UTF-8 with a byte-order mark, commas, CRLF line ends, the header on line 1 and a row describing the columns on
/// line 2. Facebook leaves a cell empty where a count is 0.
/// </summary>
/// <remarks>
/// Line 3: a photo. Lines 4-6: a paid link post whose message spans three lines. Line 7: a video posted at
/// 02:30 on 13 March 2022, a time Los Angeles skipped, with empty like and share cells. Line 8: a status posted at
/// 01:30 on 6 November 2022, a time Los Angeles lived twice, with a share count written 0. Line 9: impressions
/// written <c>2 310</c> with a no-break space. Line 10: a shared video.
/// </remarks>
public class FacebookPagePostsPresetTests
{
    private const string FixtureName = "facebook-page-posts.csv";

    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static ImportResult<SocialPost> ImportAll() =>
        ImportPresets.FacebookPagePosts(LosAngeles).ImportFile(Fixture.Path(FixtureName));

    private static SocialPost Line(long line) => ImportAll().Accepted.Single(r => r.LineNumber == line).Record!;

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        // Seven rows after the header: the description, five posts read, one rejected.
        result.Accepted.Select(r => r.LineNumber).Should().Equal(3, 4, 7, 8, 10);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(9);
        result.Skipped.Select(r => r.LineNumber).Should().Equal(2);
        result.Records.Should().HaveCount(5);
        result.AbsentOptionalColumns.Should().BeEmpty();
        result.ToString().Should().Be("7 rows read, 5 accepted, 1 rejected, 1 skipped");
    }

    [Fact]
    public void Import_DescriptionRow_IsSkippedNotRejected()
    {
        var skipped = ImportAll().Skipped.Should().ContainSingle().Subject;

        skipped.LineNumber.Should().Be(2);
        skipped.Status.Should().Be(ImportRowStatus.Skipped);
        skipped.SkipReason.Should().Be("describes the columns; holds no data");
        skipped.Errors.Should().BeEmpty();
        skipped.Record.Should().BeNull();
    }

    [Fact]
    public void Import_Photo_ReadsEveryCountInItsCounterAndPostedInThePageTimeZone()
    {
        var post = Line(3);

        // The byte-order mark is not part of the first column's name, or 'Post ID' would not be found.
        post.Id.Should().Be("104829381234567_398120938475612");

        // 12/28/2021 08:00:00 AM in Los Angeles, on standard time (UTC-8): 16:00 UTC.
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 28, 16, 0));
        post.Channel.Should().Be(Channel.Facebook);
        post.Format.Should().Be(PostFormat.Photo);
        post.IsPaid.Should().BeFalse("its paid reach is empty, which Facebook writes for 0");
        post.Counters.Should().Be(new PostCounters
        {
            Reach = 2450,
            Impressions = 3120,
            EngagedUsers = 187,
            PostConsumers = 64,
            Consumptions = 81,
            Reactions = 143, // Lifetime Post Stories by action type - like
            Comments = 12,
            Shares = 9,
            LinkClicks = 0,  // empty: 0
            OtherClicks = 38,
        });
        post.PlatformFigures.Should().BeSameAs(PlatformFigures.None, "the export has no total of its own");
    }

    [Fact]
    public void Import_PaidPostWithAMultiLineMessage_IsReadAndTheNextRowsKeepTheirLines()
    {
        var accepted = ImportAll().Accepted;

        var row = accepted[1];
        row.LineNumber.Should().Be(4);
        var post = row.Record!;
        post.Id.Should().Be("104829381234567_398877120034561");

        // 12/30/2021 05:30:00 PM in Los Angeles (UTC-8): 01:30 UTC the next day.
        post.PublishedAt.Should().Be(Instant.FromUtc(2021, 12, 31, 1, 30));
        post.Format.Should().Be(PostFormat.Link);
        post.IsPaid.Should().BeTrue("its paid reach is 7700");

        // Total reach 8900 = 1200 organic + 7700 paid; the preset reads the totals.
        post.Counters.Should().Be(new PostCounters
        {
            Reach = 8900, Impressions = 12_650, EngagedUsers = 410, PostConsumers = 236, Consumptions = 301,
            Reactions = 302, Comments = 25, Shares = 41, LinkClicks = 254, OtherClicks = 47,
        });

        // The message spans lines 4-6, so the next post starts on line 7.
        accepted[2].LineNumber.Should().Be(7);
    }

    [Fact]
    public void Import_EmptyLikeAndShareCells_AreZero_AndTheTotalInteractionsAgree()
    {
        var post = Line(7);
        post.Id.Should().Be("104829381234567_412093847561203");

        // like and share are empty: Facebook's 0, not "not reported". 4 comments.
        post.Counters.Reactions.Should().Be(0);
        post.Counters.Shares.Should().Be(0);
        post.Counters.Comments.Should().Be(4);
        post.Counters.IsReported(PostCounter.Reactions).Should().BeTrue();
        var byReach = new EngagementRateCalculator(new() { Composition = EngagementComposition.FacebookInteractions, Denominator = PostDenominator.Reach });

        var result = byReach.Calculate([post], ReportingPeriod.Month(2022, 3));

        // Total interactions, summed by hand from the row: 0 likes + 4 comments + 0 shares = 4, over 1800 reached.
        // Had the empty cells been read as not reported, the post would have been skipped.
        result.Inputs.RecordsUsed.Should().Be(1);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(0);
        result.Inputs.Numerator.Should().Be(4);
        result.Inputs.Denominator.Should().Be(1800);
        result.Value.Should().Be(4.0 / 1800);
    }

    [Fact]
    public void Import_SkippedLocalTime_MovesForwardByTheGap()
    {
        var post = Line(7);

        // Clocks went from 02:00 to 03:00 on 13 March 2022, so 02:30 never happened: it is read an hour
        // later, 03:30 daylight time (UTC-7), which is 10:30 UTC.
        LosAngeles.MapLocal(new LocalDateTime(2022, 3, 13, 2, 30)).Count.Should().Be(0);
        post.PublishedAt.Should().Be(Instant.FromUtc(2022, 3, 13, 10, 30));
        post.Format.Should().Be(PostFormat.Video);
        post.IsPaid.Should().BeFalse();
        post.Counters.Should().Be(new PostCounters
        {
            Reach = 1800, Impressions = 2300, EngagedUsers = 130, PostConsumers = 70, Consumptions = 95,
            Reactions = 0, Comments = 4, Shares = 0, LinkClicks = 0, OtherClicks = 12,
        });
    }

    [Fact]
    public void Import_RepeatedLocalTime_IsTheEarlierInstant()
    {
        var post = Line(8);
        post.Id.Should().Be("104829381234567_455120938475001");

        // Clocks went from 02:00 back to 01:00 on 6 November 2022, so 01:30 happened twice: first on
        // daylight time (UTC-7, 08:30 UTC), then on standard time (UTC-8, 09:30 UTC). The earlier is kept.
        LosAngeles.MapLocal(new LocalDateTime(2022, 11, 6, 1, 30)).Count.Should().Be(2);
        post.PublishedAt.Should().Be(Instant.FromUtc(2022, 11, 6, 8, 30));
        post.Format.Should().Be(PostFormat.Text, "Facebook's Status is a text post");

        // share written 0 reads as 0, like the empty cells of line 7.
        post.Counters.Should().Be(new PostCounters
        {
            Reach = 640, Impressions = 702, EngagedUsers = 39, PostConsumers = 6, Consumptions = 6,
            Reactions = 31, Comments = 2, Shares = 0, LinkClicks = 0, OtherClicks = 6,
        });
    }

    [Fact]
    public void Import_RowAfterTheRejectedOne_IsRead()
    {
        var post = Line(10);
        post.Id.Should().Be("104829381234567_461230948576120");

        // 12/02/2022 09:15:00 AM in Los Angeles (UTC-8): 17:15 UTC.
        post.PublishedAt.Should().Be(Instant.FromUtc(2022, 12, 2, 17, 15));
        post.Format.Should().Be(PostFormat.Video, "Facebook's Shared Video is a video");
        post.IsPaid.Should().BeFalse();
        post.Counters.Should().Be(new PostCounters
        {
            Reach = 880, Impressions = 1045, EngagedUsers = 52, PostConsumers = 20, Consumptions = 27,
            Reactions = 40, Comments = 1, Shares = 2, LinkClicks = 3, OtherClicks = 4,
        });
    }

    [Fact]
    public void Import_MalformedNumber_RejectsTheRowNamingColumnAndValue()
    {
        var rejected = ImportAll().Rejected.Should().ContainSingle().Subject;

        rejected.LineNumber.Should().Be(9);
        var error = rejected.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(9);
        error.Column.Should().Be("Lifetime Post Total Impressions");
        error.Message.Should().Contain("'2\u00A0310'").And.Contain("invariant");
    }

    [Fact]
    public void Import_FrenchCulture_ReadsSpaceGroupedNumbers()
    {
        // The same export in a culture that groups digits with a space reads line 9 as 2310 impressions.
        var result = ImportPresets.FacebookPagePosts(LosAngeles, CultureInfo.GetCultureInfo("fr-FR")).ImportFile(Fixture.Path(FixtureName));

        result.Rejected.Should().BeEmpty();
        var post = result.Accepted.Single(r => r.LineNumber == 9).Record!;
        post.Id.Should().Be("104829381234567_458871230948576");
        post.PublishedAt.Should().Be(Instant.FromUtc(2022, 11, 20, 18, 0)); // 10:00 AM, UTC-8
        post.Counters.Should().Be(new PostCounters
        {
            Reach = 1950, Impressions = 2310, EngagedUsers = 88, PostConsumers = 40, Consumptions = 52,
            Reactions = 61, Comments = 3, Shares = 5, LinkClicks = 0, OtherClicks = 9,
        });
    }

    [Fact]
    public void Import_AFileSavedWithSemicolonsAndFewerColumns_IsRead()
    {
        // A spreadsheet in a decimal-comma culture saves with semicolons; this one kept a few columns only.
        const string Csv = """
            Post ID;Posted;Lifetime Post Total Reach;Lifetime Post Stories by action type - like;Lifetime Post Stories by action type - share
            ;;Lifetime: reach;Lifetime: likes;Lifetime: shares
            1_2;12/28/2021 8:00:00 AM;100;;3
            """;

        var result = ImportPresets.FacebookPagePosts(DateTimeZone.Utc).Import(new StringReader(Csv));

        // Empty like: 0. Comments are not in the file: not reported, never 0.
        result.Records.Single().Counters.Should().Be(new PostCounters { Reach = 100, Reactions = 0, Shares = 3 });
        result.AbsentOptionalColumns.Should().Contain("Lifetime Post Stories by action type - comment");
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "Posted");

        var act = () => ImportPresets.FacebookPagePosts(LosAngeles).Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'Posted' missing from the header on line 1.*")
            .Where(e => e.Column == "Posted" && e.LineNumber == 1);
    }

    [Fact]
    public void Import_StreamWithLfLineEnds_GivesTheSameRows()
    {
        var fromFile = ImportAll();
        using var stream = ExportFile.WithLfLineEnds(FixtureName);

        var fromStream = ImportPresets.FacebookPagePosts(LosAngeles).Import(stream);

        fromStream.Records.Should().Equal(fromFile.Records);
        fromStream.Accepted.Select(r => r.LineNumber).Should().Equal(fromFile.Accepted.Select(r => r.LineNumber));
        fromStream.Errors.Should().Equal(fromFile.Errors);
        fromStream.Skipped.Select(r => r.LineNumber).Should().Equal(2);
    }
}
