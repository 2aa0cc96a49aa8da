using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Maps;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Columns;

/// <summary>
/// Imports straight into columns: the columns hold what <see cref="PostColumns.From"/> makes of the records a record
/// import gives, and the rejected and skipped rows, absent columns and time-zone notes are the record import's.
/// </summary>
public class ColumnImportTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    public static TheoryData<string, string> PostExports => new()
    {
        { "x", "x-tweet-activity.csv" },
        { "x organic", "x-tweet-activity.csv" },
        { "facebook", "facebook-page-posts.csv" },
        { "instagram", "instagram-content.csv" },
        { "youtube", "youtube-table-data.csv" },
    };

    [Theory]
    [MemberData(nameof(PostExports))]
    public void Post_columns_are_the_columns_of_the_records(string preset, string fixture)
    {
        var importer = Preset(preset);

        var records = importer.ImportFile(Fixture.Path(fixture));
        var columns = importer.ImportPostColumnsFile(Fixture.Path(fixture));

        columns.AcceptedCount.Should().Be(records.Records.Count);
        columns.Columns.ToPosts().Should().Equal(PostColumns.From(records.Records).ToPosts());
        columns.Columns.ToPosts().Should().Equal(records.Records);
        SameReports(columns.Rejected, records.Rejected);
        SameReports(columns.Skipped, records.Skipped);
        columns.AbsentOptionalColumns.Should().Equal(records.AbsentOptionalColumns);
        columns.TimeZone.Should().Be(records.TimeZone);
        columns.TimeZoneNote(ReportingCalendar.Utc).Should().Be(records.TimeZoneNote(ReportingCalendar.Utc));
        columns.Errors.Should().Equal(records.Errors);
        columns.IsComplete.Should().Be(records.IsComplete);
    }

    [Fact]
    public void The_X_export_keeps_its_rejected_row_with_its_line_and_reason()
    {
        var columns = ImportPresets.XTweetActivity().ImportPostColumnsFile(Fixture.Path("x-tweet-activity.csv"));

        var rejected = columns.Rejected.Should().ContainSingle().Subject;
        rejected.LineNumber.Should().Be(7);
        rejected.Errors.Should().ContainSingle(e => e.Column == "impressions" && e.Message.Contains("'12x3.0'"));
        columns.ToString().Should().Be("8 rows read, 7 accepted, 1 rejected");
    }

    [Fact]
    public void Accumulated_batches_give_the_results_of_the_records()
    {
        var calculator = new EngagementRateCalculator(
            new EngagementRateOptions { Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions },
            ReportingCalendar.Utc);
        var importer = ImportPresets.XTweetActivity();
        var records = importer.ImportFile(Fixture.Path("x-tweet-activity.csv"));

        // Batches of 2 posts: several merges, and a last batch that is not full.
        using var reader = new StreamReader(Fixture.Path("x-tweet-activity.csv"));
        var accumulated = importer.AccumulatePostColumns(reader, part => calculator.AccumulateByPeriod(part, Cadence.Month, byChannel: true), batchSize: 2);

        calculator.ToResults(accumulated.Columns).Should().BeEquivalentTo(calculator.CalculateByPeriodAndChannel(records.Records, Cadence.Month));
        accumulated.AcceptedCount.Should().Be(records.Records.Count);
        SameReports(accumulated.Rejected, records.Rejected);
    }

    [Fact]
    public void Mention_columns_are_the_columns_of_the_records()
    {
        var map = new MentionMap
        {
            Id = "id",
            PublishedAt = "date",
            Author = "author",
            SourceType = "source",
            Subject = "brand",
            CompanyName = "Acme",
            Sentiment = "sentiment",
            ChannelColumn = "site",
            PotentialReach = "reach",
            Reactions = "likes",
        };
        var csv = "id,date,author,source,brand,sentiment,site,reach,likes\n" +
                  "m1,2026-02-01T08:00:00Z,@jane,Twitter,ACME,positive,X,5000,12\n" +
                  "m2,2026-02-01T09:00:00Z,Daily News,Online news,Globex,Negative,,,\n" +
                  "m3,2026-02-01T10:00:00Z,@joe,Social,Acme,furious,X,10,1\n" +
                  "m4,2026-02-01T11:00:00Z,@jane,Forums,,neutral,Reddit,-,3\n" +
                  "m5,not a time,,Forums,,neutral,Reddit,1,3\n";
        var importer = new CsvImporter<Mention>(map);

        var records = importer.Import(new StringReader(csv));
        var columns = importer.ImportMentionColumns(new StringReader(csv));

        columns.Columns.ToMentions().Should().Equal(MentionColumns.From(records.Records).ToMentions());
        columns.Columns.ToMentions().Should().Equal(records.Records);
        columns.Columns.Authors.Should().Equal("@jane", "Daily News");
        SameReports(columns.Rejected, records.Rejected);
        columns.Rejected.Select(r => r.LineNumber).Should().Equal(4, 6);
    }

    [Fact]
    public void A_map_without_a_columnar_path_of_its_own_adds_its_records()
    {
        var importer = new CsvImporter<SocialPost>(new OwnMap());

        var columns = importer.ImportPostColumns(new StringReader("id,at\na,2026-01-01T00:00:00Z\n,2026-01-02T00:00:00Z\n"));

        columns.Columns.ToPosts().Select(p => p.Id).Should().Equal("a");
        columns.Rejected.Single().LineNumber.Should().Be(3);
    }

    private static CsvImporter<SocialPost> Preset(string name) => name switch
    {
        "x" => ImportPresets.XTweetActivity(),
        "x organic" => ImportPresets.XTweetActivity(includePromoted: false),
        "facebook" => ImportPresets.FacebookPagePosts(Paris),
        "instagram" => ImportPresets.InstagramContent(Paris),
        _ => ImportPresets.YouTubeTableData(Paris),
    };

    private static void SameReports<T>(IReadOnlyList<ImportRow<T>> actual, IReadOnlyList<ImportRow<T>> expected)
        where T : class =>
        actual.Select(r => (r.LineNumber, r.Status, r.SkipReason, string.Join("; ", r.Errors)))
            .Should().Equal(expected.Select(r => (r.LineNumber, r.Status, r.SkipReason, string.Join("; ", r.Errors))));

    private sealed class OwnMap : CsvRecordMap<SocialPost>
    {
        protected internal override IEnumerable<string> RequiredColumns() => ["id", "at"];

        protected internal override IEnumerable<string> OptionalColumns() => [];

        protected internal override SocialPost? Build(CsvRow row)
        {
            var id = row.GetRequiredText("id");
            var at = row.GetRequiredInstant("at");
            return row.HasErrors ? null : new SocialPost(id, Channel.X, at);
        }
    }
}
