using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>youtube-table-data.csv</c>, the "Table data.csv" of a YouTube Studio export by content (made-up data) of a
/// channel in Paris: commas, CRLF line ends, soft hyphens (U+00AD) inside the names <c>Subscribers …</c> and
/// <c>Impressions …</c>.
/// </summary>
/// <remarks>
/// Line 2: the <c>Total</c> row. Lines 3-4: two videos. Line 5: a short published on 29 March 2026, the day Paris
/// moves to summer time. Line 6: <c>12x</c> likes. Line 7: a live with empty impressions and click-through rate.
/// </remarks>
public class YouTubeTableDataPresetTests
{
    private const string FixtureName = "youtube-table-data.csv";

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static ImportResult<SocialPost> ImportAll() =>
        ImportPresets.YouTubeTableData(Paris).ImportFile(Fixture.Path(FixtureName));

    private static SocialPost Line(long line) => ImportAll().Accepted.Single(r => r.LineNumber == line).Record!;

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        result.Accepted.Select(r => r.LineNumber).Should().Equal(3, 4, 5, 7);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(6);

        // The soft hyphens do not hide a column: none is absent.
        result.AbsentOptionalColumns.Should().BeEmpty();
        result.ToString().Should().Be("6 rows read, 4 accepted, 1 rejected, 1 skipped");
    }

    [Fact]
    public void Import_TotalRow_IsSkippedNotReadAsAVideo()
    {
        var result = ImportAll();

        var total = result.Skipped.Should().ContainSingle().Subject;
        total.LineNumber.Should().Be(2);
        total.SkipReason.Should().Be("a total row computed by the platform ('Total'), not a record");
        result.Records.Should().NotContain(p => p.Id == "Total");
    }

    [Fact]
    public void Import_Video_ReadsEveryColumnWhateverTheSoftHyphens()
    {
        var post = Line(3);

        post.Id.Should().Be("aBcDeFgHiJ1");
        post.Channel.Should().Be(Channel.YouTube);
        post.Format.Should().Be(PostFormat.Video);
        post.IsPaid.Should().BeFalse();

        // Mar 5, 2026: the start of that day in Paris (UTC+1), 23:00 UTC the day before.
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 4, 23, 0));
        post.Counters.Should().Be(new PostCounters
        {
            VideoViews = 12_450,
            WatchTimeSeconds = 2_924_444, // 812.3456 h × 3600 = 2,924,444.16 s
            Reactions = 540,              // Likes
            Comments = 71,                // Comments added
            Shares = 42,
            Impressions = 150_300,
            SubscribersGained = 77,
            SubscribersLost = 7,
        });

        // 5.21 per cent, written without its sign: 0.0521.
        post.PlatformFigures.Should().Be(PlatformFigures.Of((PlatformFigureNames.ClickThroughRate, 0.0521m)));
    }

    [Fact]
    public void Import_ClickThroughRate_KeepsTheDigitsYouTubeWrote()
    {
        // 4.60 per cent: 0.0460, which says YouTube rounded to hundredths of a per cent; 3.9: 0.039.
        Line(4).PlatformFigures.Get(PlatformFigureNames.ClickThroughRate)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.0460");
        Line(5).PlatformFigures.Get(PlatformFigureNames.ClickThroughRate).Should().Be(0.039m);
    }

    [Fact]
    public void Import_DayOfTheClockChange_StartsAtMidnight()
    {
        var post = Line(5);

        // Paris moves from 02:00 to 03:00 on 29 March 2026; midnight is still on winter time (UTC+1).
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 28, 23, 0));
        post.Counters.WatchTimeSeconds.Should().Be(82_680); // 22.9667 h × 3600 = 82,680.12 s
        post.Counters.SubscribersGained.Should().Be(20);
        post.Counters.SubscribersLost.Should().Be(9);
    }

    [Fact]
    public void Import_EmptyCells_AreMissingNotZero()
    {
        var post = Line(7);

        post.Id.Should().Be("aBcDeFgHiJ5");
        post.PublishedAt.Should().Be(Instant.FromUtc(2026, 4, 1, 22, 0)); // Apr 2 in Paris, summer time (UTC+2)
        post.Counters.Should().Be(new PostCounters
        {
            VideoViews = 600, WatchTimeSeconds = 540_900, Reactions = 20, Comments = 30, Shares = 2, SubscribersGained = 0, SubscribersLost = 0,
        });
        post.Counters.IsReported(PostCounter.Impressions).Should().BeFalse();
        post.PlatformFigures.Should().BeSameAs(PlatformFigures.None);
    }

    [Fact]
    public void Import_BadCount_RejectsTheRowNamingLineColumnAndValue()
    {
        ImportAll().Errors.Select(e => e.ToString()).Should().Equal(
            "line 6, column 'Likes': '12x' is not a number in the invariant culture (decimal separator '.')");
    }

    [Fact]
    public void EngagementRate_OfYouTubeInteractionsByViews()
    {
        var march = ImportAll().Records.Where(p => p.Id is "aBcDeFgHiJ1" or "aBcDeFgHiJ3").ToList();
        var calculator = new EngagementRateCalculator(
            new() { Composition = EngagementComposition.YouTube, Denominator = PostDenominator.VideoViews }, new ReportingCalendar(Paris));

        var result = calculator.Calculate(march, ReportingPeriod.Month(2026, 3));

        // (540 + 71 + 42) + (167 + 25 + 16) = 861 interactions over 12,450 + 4,740 = 17,190 views.
        result.Inputs.Numerator.Should().Be(861);
        result.Inputs.Denominator.Should().Be(17_190);
        result.Value.Should().Be(861.0 / 17_190);
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "Video publish time");

        var act = () => ImportPresets.YouTubeTableData(Paris).Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'Video publish time' missing from the header on line 1.*")
            .Where(e => e.Column == "Video publish time");
    }
}
