using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests;

/// <summary>The one-line summary counts the rows read apart from the rows accepted.</summary>
public class ImportResultTextTests
{
    private static readonly SocialPostMap PostMap = new()
    {
        Id = "id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
    };

    private static ImportResult<SocialPost> Import(int good, int bad, string? totalsRow = null)
    {
        var csv = new StringBuilder("id,published,network,impressions\n");
        for (var i = 1; i <= good; i++)
        {
            csv.Append($"p{i},2026-01-05T09:00:00Z,Instagram,{i * 10}\n");
        }

        for (var i = 1; i <= bad; i++)
        {
            csv.Append($"x{i},2026-01-05T09:00:00Z,Instagram,12x{i}\n");
        }

        if (totalsRow is not null)
        {
            csv.Append(totalsRow).Append('\n');
        }

        var options = new CsvImportOptions { SummaryRowLabels = ["Total"] };
        return new CsvImporter<SocialPost>(PostMap, options).Import(new StringReader(csv.ToString()));
    }

    [Fact]
    public void Sixty_rows_with_one_bad_are_sixty_read_fifty_nine_accepted_one_rejected()
    {
        var result = Import(good: 59, bad: 1);

        result.ToString().Should().Be("60 rows read, 59 accepted, 1 rejected");
    }

    [Fact]
    public void One_row_is_said_in_the_singular()
    {
        var result = Import(good: 1, bad: 0);

        result.ToString().Should().Be("1 row read, 1 accepted, 0 rejected");
    }

    [Fact]
    public void Skipped_rows_are_read_and_counted_apart()
    {
        // Two posts, one bad impression count and the platform's totals row: 4 rows read.
        var result = Import(good: 2, bad: 1, totalsRow: "Total,,,30");

        result.Skipped.Should().ContainSingle();
        result.ToString().Should().Be("4 rows read, 2 accepted, 1 rejected, 1 skipped");
    }
}
