using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Csv;

/// <summary>
/// Rows the platform computed over the others (<see cref="CsvImportOptions.SummaryRowLabels"/>), such as the
/// <c>Total</c> row of YouTube Studio's table export: set aside with a reason, never read as a record.
/// </summary>
public class SummaryRowTests
{
    private static readonly WebTrafficMap Map = new() { Date = "Content", Sessions = "Views", ChannelColumn = "Source" };

    private static readonly CsvImportOptions WithTotals = new() { SummaryRowLabels = ["Total"] };

    // YouTube Studio's table export: the Total row comes first, with its date and source cells empty.
    private const string Export = "Content,Source,Views\n" +
                                  "Total,,1530\n" +
                                  "2024-01-15,YouTube,1000\n" +
                                  "2024-01-16,YouTube,530\n";

    private static ImportResult<WebTrafficRecord> Import(string csv, CsvImportOptions? options) =>
        new CsvImporter<WebTrafficRecord>(Map, options).Import(new StringReader(csv));

    [Fact]
    public void Import_TotalRow_IsSkippedWithItsReasonAndLine()
    {
        var result = Import(Export, WithTotals);

        var skipped = result.Skipped.Should().ContainSingle().Subject;
        skipped.LineNumber.Should().Be(2);
        skipped.Status.Should().Be(ImportRowStatus.Skipped);
        skipped.Record.Should().BeNull();
        skipped.SkipReason.Should().Be("a total row computed by the platform ('Total'), not a record");
        skipped.ToString().Should().Be("line 2: skipped (a total row computed by the platform ('Total'), not a record)");
        result.ToString().Should().Be("3 rows read, 2 accepted, 0 rejected, 1 skipped");
    }

    [Fact]
    public void Import_TotalRow_IsNotCountedInTheRecords()
    {
        var result = Import(Export, WithTotals);

        // 1000 + 530, the videos alone: the 1530 of the Total row would count every view twice.
        result.Records.Sum(r => r.Sessions).Should().Be(1530);
        result.Accepted.Select(r => r.LineNumber).Should().Equal(3, 4);
    }

    [Fact]
    public void Import_WithoutLabels_TheTotalRowIsRejectedNotLost()
    {
        var result = Import(Export, options: null);

        result.Skipped.Should().BeEmpty();
        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.LineNumber.Should().Be(2);
        rejected.Errors.Select(e => e.Column).Should().Contain("Content");
    }

    [Theory]
    [InlineData("TOTAL")]
    [InlineData("  total ")]
    public void Import_LabelInAnyCaseWithSpaces_Matches(string cell)
    {
        var result = Import($"Content,Source,Views\n{cell},,1530\n2024-01-15,YouTube,1000\n", WithTotals);

        result.Skipped.Single().SkipReason.Should().Contain($"('{cell.Trim()}')");
        result.Records.Should().ContainSingle();
    }

    [Fact]
    public void Import_LabelOutsideTheFirstCell_IsAnOrdinaryValue()
    {
        var result = Import("Content,Source,Views\n2024-01-15,Total,1000\n", WithTotals);

        result.Skipped.Should().BeEmpty();
        result.Records.Single().Channel.Should().Be(new Channel("Total"));
    }

    [Fact]
    public void Import_TotalRowWithFewerFields_IsStillSkipped()
    {
        var result = Import("Content,Source,Views\nTotal\n2024-01-15,YouTube,1000\n", WithTotals);

        result.Skipped.Single().LineNumber.Should().Be(2);
        result.Rejected.Should().BeEmpty();
    }

    [Fact]
    public void Import_SeveralLabels_EachMatches()
    {
        var options = new CsvImportOptions { SummaryRowLabels = ["Total", "Grand total"] };

        var result = Import("Content,Source,Views\nGrand total,,1530\n2024-01-15,YouTube,1000\nTotal,,1000\n", options);

        result.Skipped.Select(r => r.LineNumber).Should().Equal(2, 4);
        result.Records.Should().ContainSingle();
    }

    [Fact]
    public void SummaryRowLabels_ByDefault_IsEmpty()
    {
        CsvImportOptions.Default.SummaryRowLabels.Should().BeEmpty();
    }

    [Fact]
    public void SummaryRowLabels_BlankLabel_Throws()
    {
        var act = () => new CsvImportOptions { SummaryRowLabels = ["Total", " "] };

        act.Should().Throw<ArgumentException>().WithParameterName("SummaryRowLabels");
    }
}
