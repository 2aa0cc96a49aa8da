using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Quality;

/// <summary>
/// Header names read otherwise than written are never silent: a duplicate name says which column is read and which
/// ignored, a name with invisible characters is matched and said so, an absent optional column is named, through
/// <c>Import</c> and, before the first row, through the streaming <c>Read</c> and <c>ReadFile</c>.
/// </summary>
public class HeaderTests
{
    private const string Rows = "p1,2026-01-05T09:00:00Z,X,100,7\np2,2026-01-06T09:00:00Z,X,200,8\n";

    private static readonly SocialPostMap PostMap = new()
    {
        Id = "post id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
        Reach = "reach",
    };

    [Fact]
    public void Header_DuplicateColumnName_IsReportedNamingTheColumnReadAndTheColumnIgnored()
    {
        var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader("post id,published,network,impressions,Impressions\n" + Rows));

        result.Records.Select(p => p.Counters.Impressions).Should().Equal(100L, 200L);
        result.Header.Notes.Should().Contain("column 5 'Impressions' has the name of column 4: column 4 is read, column 5 is ignored");
    }

    [Fact]
    public void Header_DuplicateColumnName_IsReportedByTheColumnImport()
    {
        var result = new CsvImporter<SocialPost>(PostMap).ImportPostColumns(new StringReader("post id,published,network,impressions,Impressions\n" + Rows));

        result.AcceptedCount.Should().Be(2);
        result.Columns.TryGetCounter(PostCounter.Impressions, out var impressions).Should().BeTrue();
        impressions.Values.ToArray().Should().Equal(100L, 200L);
        result.Header.Notes.Should().Contain("column 5 'Impressions' has the name of column 4: column 4 is read, column 5 is ignored");
    }

    [Fact]
    public void Header_DuplicateColumnName_IsReportedBeforeTheFirstRowWhileStreaming()
    {
        var events = new List<string>();

        foreach (var row in new CsvImporter<SocialPost>(PostMap).Read(
            new StringReader("post id,published,network,impressions,impressions\n" + Rows),
            header => events.AddRange(header.Notes)))
        {
            events.Add($"row {row.LineNumber}");
        }

        events.Should().Equal(
            "column 5 'impressions' has the name of column 4: column 4 is read, column 5 is ignored",
            "optional column 'reach' is not in the header: its values are missing in every record",
            "row 2",
            "row 3");
    }

    [Theory]
    [InlineData("post id,published,network,Im\u00ADpres\u00ADsions,x", 4, "U+00AD soft hyphen", "Impressions")]
    [InlineData("post\u00A0id,published,network,impressions,x", 1, "U+00A0 no-break space", "post id")]
    [InlineData("post id,published,\u200Bnetwork,impressions,x", 3, "U+200B zero-width space", "network")]
    [InlineData("post id,pub\u200Dlished\uFEFF,network,impressions,x", 2, "U+200D zero-width joiner, U+FEFF byte-order mark", "published")]
    public void Header_NameWithInvisibleCharacters_IsMatchedAndReportedWhileStreaming(string header, int column, string found, string matchedAs)
    {
        HeaderReport? report = null;
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, header + "\n" + Rows, new UTF8Encoding(false));

            var rows = new CsvImporter<SocialPost>(PostMap).ReadFile(file, h => report = h).ToList();

            rows.Select(r => r.Record!.Id).Should().Equal("p1", "p2");
            rows.Select(r => r.Record!.Counters.Impressions).Should().Equal(100L, 200L);
            report!.Columns[column - 1].Should().Be(matchedAs);
            report.Notes.Should().ContainSingle(n => n.StartsWith($"column {column} ", StringComparison.Ordinal))
                .Which.Should().Contain($"({found})").And.EndWith($"it is matched as '{matchedAs}'");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Header_MissingOptionalColumn_IsReportedByImportAndByRead()
    {
        const string csv = "post id,published,network,impressions\n" + "p1,2026-01-05T09:00:00Z,X,100\n";
        HeaderReport? streamed = null;

        var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader(csv));
        var rows = new CsvImporter<SocialPost>(PostMap).Read(new StringReader(csv), h => streamed = h).ToList();

        result.Header.AbsentOptionalColumns.Should().Equal("reach");
        result.Header.Notes.Should().Equal("optional column 'reach' is not in the header: its values are missing in every record");
        streamed!.Notes.Should().Equal(result.Header.Notes);
        streamed.LineNumber.Should().Be(1);
        rows.Should().ContainSingle().Which.Record!.Counters.Reach.Should().BeNull();
    }

    [Fact]
    public void Header_AsWritten_HasNoNotes()
    {
        var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader("post id,published,network,impressions,reach\n" + Rows));

        result.Header.Notes.Should().BeEmpty();
        result.Header.Columns.Should().Equal("post id", "published", "network", "impressions", "reach");
    }
}
