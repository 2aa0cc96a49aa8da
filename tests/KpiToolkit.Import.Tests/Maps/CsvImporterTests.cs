using System.Globalization;
using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Maps;

public class CsvImporterTests
{
    private static readonly SocialPostMap PostMap = new()
    {
        Id = "id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
        Reactions = "likes",
        PlatformFigureColumns = ["rate"],
    };

    private static ImportResult<SocialPost> Import(string csv, CsvImportOptions? options = null) =>
        new CsvImporter<SocialPost>(PostMap, options).Import(new StringReader(csv));

    [Fact]
    public void Good_rows_become_records_with_their_line_numbers_and_platform_figures()
    {
        var result = Import("id,published,network,impressions,likes,rate\n" +
                            "p1,2026-01-05T09:00:00Z,Instagram,1000,40,4%\n" +
                            "p2,2026-01-06T09:00:00Z,LinkedIn,500,,\n");

        result.IsComplete.Should().BeTrue();
        result.Records.Should().HaveCount(2);
        var first = result.Accepted[0];
        first.LineNumber.Should().Be(2);
        first.Record!.Channel.Should().Be(Channel.Instagram);
        first.Record.Counters.Impressions.Should().Be(1000);
        first.Record.Counters.Reactions.Should().Be(40);
        first.PlatformFigures["RATE"].Should().Be(0.04m);
        result.Records[1].Counters.Reactions.Should().BeNull("an empty cell is a missing value, never 0");
        result.Accepted[1].PlatformFigures["rate"].Should().BeNull();
    }

    [Fact]
    public void A_bad_row_is_rejected_with_every_bad_cell_and_the_good_rows_are_kept()
    {
        var result = Import("id,published,network,impressions,likes,rate\n" +
                            "p1,2026-01-05T09:00:00Z,Instagram,1000,40,0.04\n" +
                            "p2,yesterday,Instagram,12x,-3,0.01\n" +
                            "p3,2026-01-07T09:00:00Z,Instagram,900,30,0.03\n");

        result.Records.Select(p => p.Id).Should().Equal("p1", "p3");
        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.LineNumber.Should().Be(3);
        rejected.Errors.Select(e => e.Column).Should().Equal("published", "impressions", "likes");
        rejected.Errors.Should().OnlyContain(e => e.LineNumber == 3);
        rejected.Errors[1].Message.Should().Contain("'12x'");
        rejected.Errors[2].ToString().Should().Be("line 3, column 'likes': '-3' is negative; a count cannot be");
    }

    [Fact]
    public void Every_data_row_is_accepted_rejected_or_skipped_none_is_lost()
    {
        var csv = new StringBuilder("id,published,network,impressions,likes,rate\n");
        for (var i = 0; i < 100; i++)
        {
            // Every seventh row has a malformed impression count.
            var impressions = i % 7 == 0 ? "n0pe" : (i * 10).ToString(CultureInfo.InvariantCulture);
            csv.Append(CultureInfo.InvariantCulture, $"p{i},2026-01-05T09:00:00Z,X,{impressions},1,0.1\n");
        }

        var result = Import(csv.ToString());

        result.Accepted.Should().HaveCount(85);
        result.Rejected.Should().HaveCount(15);
        result.Accepted.Concat(result.Rejected).Select(r => r.LineNumber).Order().Should().Equal(Enumerable.Range(2, 100).Select(i => (long)i));
    }

    [Fact]
    public void A_missing_required_column_fails_the_whole_file_naming_the_column_and_the_header()
    {
        var act = () => Import("id,network,impressions\np1,X,10\n");

        act.Should().Throw<CsvFormatException>()
            .Where(e => e.Column == "published" && e.LineNumber == 1)
            .WithMessage("*'published' missing from the header on line 1*The header has: 'id', 'network', 'impressions'*");
    }

    [Fact]
    public void Optional_columns_the_file_lacks_are_listed_and_read_as_missing()
    {
        var result = Import("id,published,network\np1,2026-01-05T09:00:00Z,X\n");

        result.AbsentOptionalColumns.Should().BeEquivalentTo("impressions", "likes", "rate");
        result.Records.Single().Counters.Impressions.Should().BeNull();
    }

    [Fact]
    public void Column_names_match_ignoring_case_and_surrounding_spaces()
    {
        var result = Import(" ID , Published,NETWORK\np1,2026-01-05T09:00:00Z,X\n");

        result.Records.Should().ContainSingle();
    }

    [Theory]
    [InlineData("p1,2026-01-05T09:00:00Z,X,10,1,0.1,2\n", "has 7 fields but the header has 6")]
    [InlineData("p1,2026-01-05T09:00:00Z,X,10\n", "has 4 fields but the header has 6")]
    public void A_row_that_does_not_line_up_with_the_header_is_rejected(string row, string message)
    {
        var result = Import("id,published,network,impressions,likes,rate\n" + row);

        result.Rejected.Single().Errors.Single().Message.Should().Contain(message);
    }

    [Fact]
    public void Blank_fields_after_the_last_column_are_tolerated()
    {
        var result = Import("id,published,network\np1,2026-01-05T09:00:00Z,X,,\n");

        result.Records.Should().ContainSingle();
    }

    [Fact]
    public void A_value_the_record_refuses_rejects_the_row_with_the_record_message()
    {
        var tooLong = new string('n', Channel.MaxLength + 1);

        var result = Import($"id,published,network\np1,2026-01-05T09:00:00Z,{tooLong}\n");

        result.Rejected.Single().Errors.Single().Should().Match<ImportError>(e => e.Column == "network" && e.Message.Contains("not a channel name"));
    }

    [Fact]
    public void A_malformed_platform_figure_rejects_the_row()
    {
        var result = Import("id,published,network,rate\np1,2026-01-05T09:00:00Z,X,high\n");

        result.Rejected.Single().Errors.Single().Column.Should().Be("rate");
    }

    [Fact]
    public void Counts_near_the_largest_long_are_read_exactly_and_one_more_is_refused()
    {
        var result = Import("id,published,network,impressions\n" +
                            "p1,2026-01-05T09:00:00Z,X,9223372036854775807\n" +
                            "p2,2026-01-05T09:00:00Z,X,9223372036854775808\n");

        result.Records.Single().Counters.Impressions.Should().Be(long.MaxValue);
        result.Rejected.Single().Errors.Single().Message.Should().Contain("larger than the largest count");
    }

    [Fact]
    public void A_semicolon_file_with_a_decimal_comma_and_a_byte_order_mark_is_read_from_a_stream()
    {
        var csv = "id;published;network;impressions;likes;rate\r\np1;2026-01-05 10:00;X;1 234,0;12;4,5 %\r\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray());
        var options = new CsvImportOptions
        {
            Culture = CultureInfo.GetCultureInfo("fr-FR"),
            TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"],
        };

        var result = new CsvImporter<SocialPost>(PostMap, options).Import(stream);

        var row = result.Accepted.Single();
        row.Record!.Counters.Impressions.Should().Be(1234);
        row.Record.PublishedAt.Should().Be(Instant.FromUtc(2026, 1, 5, 9, 0));
        row.PlatformFigures["rate"].Should().Be(0.045m);
    }

    [Fact]
    public void Read_streams_rows_and_reports_a_bad_header_only_when_enumerated()
    {
        var importer = new CsvImporter<SocialPost>(PostMap);

        var rows = importer.Read(new StringReader("nothing,useful\n"));
        var act = () => rows.First();

        act.Should().Throw<CsvFormatException>();
    }

    [Fact]
    public void Lines_before_the_header_and_description_rows_after_it_are_handled_by_options()
    {
        var csv = "Post report\nJanuary 2026\nid,published,network\nThe id,When,Where\np1,2026-01-05T09:00:00Z,X\n";

        var result = Import(csv, new CsvImportOptions { LinesBeforeHeader = 2, RowsAfterHeader = 1 });

        result.Skipped.Single().Should().Match<ImportRow<SocialPost>>(r => r.LineNumber == 4 && r.SkipReason!.Contains("describes the columns"));
        result.Accepted.Single().LineNumber.Should().Be(5);
    }

    [Fact]
    public void An_empty_file_has_no_header_and_says_so()
    {
        var act = () => Import(string.Empty);

        act.Should().Throw<CsvFormatException>().WithMessage("*no header row*");
    }

    [Fact]
    public void A_file_with_only_a_header_imports_nothing_and_is_complete()
    {
        var result = Import("id,published,network\n");

        result.Records.Should().BeEmpty();
        result.IsComplete.Should().BeTrue();
        result.ToString().Should().Be("0 rows read, 0 accepted, 0 rejected");
    }

    [Fact]
    public void ImportFile_reads_a_file_from_disk()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "id,published,network\np1,2026-01-05T09:00:00Z,X\n");

            new CsvImporter<SocialPost>(PostMap).ImportFile(path).Records.Should().ContainSingle();
            new CsvImporter<SocialPost>(PostMap).ReadFile(path).Should().ContainSingle();
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_map_without_a_channel_source_says_what_to_set()
    {
        var map = new SocialPostMap { Id = "id", PublishedAt = "published" };

        var act = () => new CsvImporter<SocialPost>(map).Import(new StringReader("id,published\n"));

        act.Should().Throw<InvalidOperationException>().WithMessage("*set Channel*or ChannelColumn*");
    }

    [Fact]
    public void Arguments_are_checked_when_called()
    {
        var importer = new CsvImporter<SocialPost>(PostMap);

        FluentActions.Invoking(() => new CsvImporter<SocialPost>(null!)).Should().Throw<ArgumentNullException>().WithParameterName("map");
        FluentActions.Invoking(() => importer.Read(null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        FluentActions.Invoking(() => importer.ReadFile(" ")).Should().Throw<ArgumentException>().WithParameterName("path");
        FluentActions.Invoking(() => new CsvImportOptions { Delimiter = '"' }).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CsvImportOptions { MaxRecordLength = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new CsvImportOptions { MissingValues = null! }).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_record_constructor_message_reaches_the_row_without_the_parameter_suffix()
    {
        var result = new CsvImporter<Channel[]>(new ChannelListMap()).Import(new StringReader("name\n \n"));

        result.Errors.Single().Message.Should().Be("name must not be empty or whitespace.");
    }

    // A map of a type of one's own, whose construction throws for a blank name. (A user outside this
    // assembly overrides with "protected"; the tests see the internals.)
    private sealed class ChannelListMap : CsvRecordMap<Channel[]>
    {
        protected internal override IEnumerable<string> RequiredColumns() => ["name"];

        protected internal override IEnumerable<string> OptionalColumns() => [];

        protected internal override Channel[]? Build(CsvRow row) => [new Channel(row.GetRaw("name")!)];
    }
}
