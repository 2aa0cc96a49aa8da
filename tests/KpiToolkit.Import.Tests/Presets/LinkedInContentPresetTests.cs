using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;
using MiniExcelLibs;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads a LinkedIn page content export, an XLSX workbook written here with made-up data in LinkedIn's layout: a
/// <c>Metrics</c> sheet, then the <c>All posts</c> sheet with a title row, the header, and one row per post.
/// </summary>
/// <remarks>
/// Rows of <c>All posts</c>: 1 the title; 2 the header; 3 an image post; 4 a video; 5 a sponsored article whose rate
/// LinkedIn wrote with three decimals; 6 impressions written <c>1.2k</c>; 7 a text post with an empty <c>Follows</c>
/// cell and its created date stored as text. Dates are date cells, counts and rates number cells, unless said.
/// </remarks>
public class LinkedInContentPresetTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static readonly string[] Header =
    [
        "Post title", "Post link", "Post type", "Campaign name", "Posted by", "Created date", "Campaign start date", "Campaign end date",
        "Audience", "Impressions", "Views (excluding off-site video views)", "Off-site views", "Clicks", "Click through rate (CTR)",
        "Likes", "Comments", "Reposts", "Follows", "Engagement rate", "Content Type",
    ];

    private static ImportResult<SocialPost> ImportAll()
    {
        using var workbook = ContentExport();
        return ImportPresets.LinkedInContent(Paris).ImportXlsx(workbook, ImportPresets.LinkedInContentSheet);
    }

    private static SocialPost Row(long row) => ImportAll().Accepted.Single(r => r.LineNumber == row).Record!;

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        // The title row is passed over; the rows' numbers are the sheet's.
        result.Accepted.Select(r => r.LineNumber).Should().Equal(3, 4, 5, 7);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(6);
        result.Skipped.Should().BeEmpty();
        result.AbsentOptionalColumns.Should().BeEmpty();
    }

    [Fact]
    public void Import_ImagePost_ReadsItsCountersRatesAndDay()
    {
        var post = Row(3);

        post.Id.Should().Be("https://www.linkedin.com/feed/update/urn:li:activity:7300000000000000001");
        post.Channel.Should().Be(Channel.LinkedIn);
        post.Format.Should().Be(PostFormat.Photo, "LinkedIn's Image is a photo post");
        post.IsPaid.Should().BeFalse("Post type says Organic");

        // Created date 5 March 2026: the start of that day in Paris (UTC+1), 23:00 UTC the day before.
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 4, 23, 0));
        post.Counters.Should().Be(new PostCounters
        {
            Impressions = 2400,
            Clicks = 96,
            Reactions = 41, // Likes
            Comments = 6,
            Shares = 4,     // Reposts
            Follows = 3,
        });
        post.PlatformFigures.Should().Be(PlatformFigures.Of(
            (PlatformFigureNames.EngagementRate, 0.0625m), (PlatformFigureNames.ClickThroughRate, 0.04m)));
    }

    [Fact]
    public void Import_SponsoredArticle_IsPaid()
    {
        var post = Row(5);

        post.IsPaid.Should().BeTrue("Post type says Sponsored");
        post.Format.Should().Be(PostFormat.Link, "an article is a link post");
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 17, 23, 0));
    }

    [Fact]
    public void Import_VideoViews_AreRead()
    {
        var post = Row(4);

        post.Format.Should().Be(PostFormat.Video);
        post.Counters.VideoViews.Should().Be(1820);
    }

    [Fact]
    public void Import_DateStoredAsText_AndAnEmptyCell_AreReadAsACsvFileWould()
    {
        var post = Row(7);

        // "03/12/2026" as text: 12 March, the start of the day in Paris.
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 11, 23, 0));
        post.Format.Should().Be(PostFormat.Text);

        // Follows is empty: not reported, never 0.
        post.Counters.Should().Be(new PostCounters { Impressions = 880, Clicks = 20, Reactions = 11, Comments = 2, Shares = 0 });
    }

    [Fact]
    public void Import_BadCell_RejectsTheRowNamingItsSheetRowAndColumn()
    {
        ImportAll().Errors.Select(e => e.ToString()).Should().Equal(
            "line 6, column 'Impressions': '1.2k' is not a number in the invariant culture (decimal separator '.')");
    }

    [Fact]
    public void EngagementRate_OfCompositionLinkedInOverImpressions_IsLinkedInsRateToItsPrintedPrecision()
    {
        var calculator = new EngagementRateCalculator(
            new() { Composition = EngagementComposition.LinkedIn, Denominator = PostDenominator.Impressions }, new ReportingCalendar(Paris));
        var checkedPosts = 0;

        foreach (var post in ImportAll().Records.Where(p => p.Counters.Follows is not null))
        {
            var result = calculator.Calculate([post], ReportingPeriod.Month(2026, 3));
            var reported = post.PlatformFigures.Get(PlatformFigureNames.EngagementRate)!.Value;

            // The rate as LinkedIn wrote it is within half a unit of its last digit of ours:
            // 150 / 2400 = 0.0625 (written 0.0625); 339 / 5130 = 0.06608… (written 0.0661); 806 / 12800 = 0.06296875 (written 0.063).
            var halfLastDigit = 0.5 * Math.Pow(10, -reported.Scale);
            result.Value!.Value.Should().BeApproximately((double)reported, halfLastDigit, post.Id);
            checkedPosts++;
        }

        checkedPosts.Should().Be(3);
    }

    [Fact]
    public void EngagementRate_WithoutFollows_SkipsThePostRatherThanReadingZero()
    {
        var post = Row(7);
        var calculator = new EngagementRateCalculator(new() { Composition = EngagementComposition.LinkedIn, Denominator = PostDenominator.Impressions });

        var result = calculator.Calculate([post], ReportingPeriod.Month(2026, 3));

        result.IsAvailable.Should().BeFalse();
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Import_FirstSheet_IsNotThePosts()
    {
        // The export opens on its Metrics sheet: without the sheet's name the header is not found.
        using var workbook = ContentExport();

        var act = () => ImportPresets.LinkedInContent(Paris).ImportXlsx(workbook);

        act.Should().Throw<CsvFormatException>().WithMessage("Required columns 'Post link', 'Created date' missing*");
    }

    // LinkedIn's layout, made-up figures: a daily Metrics sheet first, then All posts.
    private static MemoryStream ContentExport()
    {
        object?[][] metrics =
        [
            ["Aggregated metrics of Acme Studio (made-up data)"],
            ["Date", "Impressions (organic)", "Impressions (sponsored)", "Clicks (organic)"],
            [new DateTime(2026, 3, 5), 2400d, 0d, 96d],
        ];
        object?[][] posts =
        [
            ["Post-level metrics of Acme Studio, 1 March 2026 to 31 March 2026 (made-up data)"],
            Header,
            Post("Spring collection is here", 1, "Organic", null, new DateTime(2026, 3, 5), 2400d, null, 96d, 0.04d, 41d, 6d, 4d, 3d, 0.0625d, "Image"),
            Post("How we glaze a pot", 2, "Organic", null, new DateTime(2026, 3, 10), 5130d, 1820d, 212d, 0.0413d, 95d, 14d, 11d, 7d, 0.0661d, "Video"),
            Post("Ten years of stoneware", 3, "Sponsored", "Spring launch", new DateTime(2026, 3, 18), 12_800d, null, 640d, 0.05d, 120d, 9d, 15d, 22d, 0.063d, "Article"),
            Post("Studio hours", 4, "Organic", null, new DateTime(2026, 3, 20), "1.2k", null, 30d, 0.025d, 12d, 1d, 0d, 1d, 0.0367d, "Text"),
            Post("We are hiring a potter", 5, "Organic", null, "03/12/2026", 880d, null, 20d, 0.0227d, 11d, 2d, 0d, null, 0.0375d, "Text"),
        ];

        var workbook = new Dictionary<string, object> { ["Metrics"] = Sheet(metrics), [ImportPresets.LinkedInContentSheet] = Sheet(posts) };
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, workbook, printHeader: false, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    private static object?[] Post(
        string title, int number, string type, string? campaign, object created, object impressions, object? views, object clicks, double ctr,
        double likes, double comments, double reposts, double? follows, double engagementRate, string contentType) =>
    [
        title, $"https://www.linkedin.com/feed/update/urn:li:activity:730000000000000000{number.ToString(CultureInfo.InvariantCulture)}", type, campaign,
        "Jane Doe", created, campaign is null ? null : new DateTime(2026, 3, 18), campaign is null ? null : new DateTime(2026, 4, 17),
        "All followers", impressions, views, null, clicks, ctr, likes, comments, reposts, follows, engagementRate, contentType,
    ];

    // Each row's cells from column A on, as wide as the widest row; MiniExcel writes them without a header of its own.
    private static List<Dictionary<string, object?>> Sheet(object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        return [.. rows.Select(cells => Enumerable.Range(0, width).ToDictionary(
            i => i < 26 ? ((char)('A' + i)).ToString() : "A" + (char)('A' + i - 26),
            i => i < cells.Length ? cells[i] : null))];
    }
}
