using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>instagram-content.csv</c>, a Meta Business Suite Instagram content export (made-up data) of an account in
/// Paris: UTF-8 with a byte-order mark, commas, CRLF line ends, the header on line 1.
/// </summary>
/// <remarks>
/// Line 2: a photo. Lines 3-4: a reel whose description spans two lines. Line 5: a carousel Meta could not give every
/// metric for (empty <c>Views</c>, <c>Follows</c> and <c>Profile visits</c>). Line 6: <c>12k</c> likes. Line 7: a photo
/// published at 02:30 on 29 March 2026, a time Paris skipped. Line 8: a story.
/// </remarks>
public class InstagramContentPresetTests
{
    private const string FixtureName = "instagram-content.csv";

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static ImportResult<SocialPost> ImportAll() =>
        ImportPresets.InstagramContent(Paris).ImportFile(Fixture.Path(FixtureName));

    private static SocialPost Line(long line) => ImportAll().Accepted.Single(r => r.LineNumber == line).Record!;

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 5, 7, 8);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(6);
        result.Skipped.Should().BeEmpty();

        // Exports since 2025 have views instead of impressions.
        result.AbsentOptionalColumns.Should().Equal("Impressions");
        result.ToString().Should().Be("6 rows read, 5 accepted, 1 rejected");
    }

    [Fact]
    public void Import_Photo_ReadsEveryMetricAndPublishTimeInTheAccountZone()
    {
        var post = Line(2);

        // The byte-order mark is not part of the first column's name, or 'Post ID' would not be found.
        post.Id.Should().Be("18034567890123456");

        // 01/15/2026 08:30 in Paris, on winter time (UTC+1): 07:30 UTC.
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 1, 15, 7, 30));
        post.Channel.Should().Be(Channel.Instagram);
        post.Format.Should().Be(PostFormat.Photo, "IG image is a photo");
        post.IsPaid.Should().BeFalse();
        post.Counters.Should().Be(new PostCounters
        {
            Views = 5210,
            Reach = 3904,
            Reactions = 98, // Likes
            Shares = 9,
            Follows = 2,
            Comments = 14,
            Saves = 12,
            ProfileVisits = 31,
        });
        post.PlatformFigures.Should().BeSameAs(PlatformFigures.None, "the export has no total of its own");
    }

    [Fact]
    public void Import_Reel_WithAMultiLineDescription()
    {
        var post = Line(3);

        post.Id.Should().Be("18045678901234567");
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 1, 22, 17, 5)); // 18:05 in Paris, UTC+1
        post.Format.Should().Be(PostFormat.Reel);
        post.Counters.Should().Be(new PostCounters
        {
            Views = 18_230, Reach = 12_410, Reactions = 512, Shares = 87, Follows = 19, Comments = 41, Saves = 133, ProfileVisits = 106,
        });
    }

    [Fact]
    public void Import_EmptyCells_AreMissingNotZero()
    {
        var post = Line(5);

        post.Id.Should().Be("18056789012345678");
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 2, 3, 11, 0));
        post.Format.Should().Be(PostFormat.Carousel, "IG carousel is a post of several images to swipe");

        // Views, Follows and Profile visits are empty: not reported. Shares 0 is a real zero.
        post.Counters.Should().Be(new PostCounters { Reach = 2750, Reactions = 61, Shares = 0, Comments = 7, Saves = 15 });
        post.Counters.IsReported(PostCounter.Views).Should().BeFalse();
    }

    [Fact]
    public void Import_SkippedLocalTime_MovesForwardByTheGap()
    {
        var post = Line(7);

        // Paris went from 02:00 to 03:00 on 29 March 2026: 02:30 is read as 03:30 summer time (UTC+2), 01:30 UTC.
        Paris.MapLocal(new LocalDateTime(2026, 3, 29, 2, 30)).Count.Should().Be(0);
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 29, 1, 30));
    }

    [Fact]
    public void Import_Story()
    {
        var post = Line(8);

        post.Id.Should().Be("18089012345678901");
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 4, 2, 17, 45)); // 19:45 in Paris, UTC+2
        post.Format.Should().Be(PostFormat.Story);
        post.Counters.Should().Be(new PostCounters
        {
            Views = 940, Reach = 880, Reactions = 0, Shares = 2, Follows = 0, Comments = 0, Saves = 0, ProfileVisits = 5,
        });
    }

    [Fact]
    public void Import_BadCount_RejectsTheRowNamingLineColumnAndValue()
    {
        var rejected = ImportAll().Rejected.Should().ContainSingle().Subject;

        rejected.Errors.Select(e => e.ToString()).Should().Equal(
            "line 6, column 'Likes': '12k' is not a number in the invariant culture (decimal separator '.')");
    }

    [Fact]
    public void EngagementRate_OfInstagramInteractionsByReach_AddsLikesCommentsSharesAndSaves()
    {
        var january = ImportAll().Records.Where(p => p.PublishedAt < Instant.FromUtc(2026, 2, 1, 0, 0)).ToList();
        var calculator = new EngagementRateCalculator(new() { Composition = EngagementComposition.InstagramInteractions, Denominator = PostDenominator.Reach });

        var result = calculator.Calculate(january, ReportingPeriod.Month(2026, 1));

        // Photo: 98 likes + 14 comments + 9 shares + 12 saves = 133. Reel: 512 + 41 + 87 + 133 = 773.
        // (133 + 773) / (3904 + 12410) = 906 / 16314.
        result.Inputs.Numerator.Should().Be(906);
        result.Inputs.Denominator.Should().Be(16_314);
        result.Value.Should().Be(906.0 / 16_314);
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "Publish time");

        var act = () => ImportPresets.InstagramContent(Paris).Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'Publish time' missing from the header on line 1.*")
            .Where(e => e.Column == "Publish time" && e.LineNumber == 1);
    }

    [Fact]
    public void InstagramContent_WithoutAZone_Throws() =>
        FluentActions.Invoking(() => ImportPresets.InstagramContent(null!)).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("timeZone");
}
