using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Reliability;

/// <summary>
/// A bad cell of any kind, between two good rows: the row is rejected with an error naming its line and
/// column, and both good rows are kept.
/// </summary>
public class BadCsvRowTests
{
    private const string Header = "id,published,network,impressions,likes,rate";
    private const string Good1 = "p1,2026-01-05T09:00:00Z,Instagram,1000,40,0.04";
    private const string Good3 = "p3,2026-01-07T09:00:00Z,X,900,30,3%";

    private static readonly SocialPostMap PostMap = new()
    {
        Id = "id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
        Reactions = "likes",
        PlatformFigureColumns = ["rate"],
    };

    [Theory]
    [InlineData("p2,2026-01-06T09:00:00Z,X,NaN,1,0.1", "impressions")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,ten,1,0.1", "impressions")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,1.5e0,1,0.1", "impressions")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,1.5,1,0.1", "impressions")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,-1,1,0.1", "impressions")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,10,99999999999999999999,0.1", "likes")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,10,1,Infinity", "rate")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,10,1,NaN", "rate")]
    [InlineData("p2,2026-01-06T09:00:00Z,X,10,1,1e400", "rate")]
    [InlineData("p2,2026-02-30T09:00:00Z,X,10,1,0.1", "published")]
    [InlineData("p2,,X,10,1,0.1", "published")]
    [InlineData("   ,2026-01-06T09:00:00Z,X,10,1,0.1", "id")]
    [InlineData("p2,2026-01-06T09:00:00Z,  ,10,1,0.1", "network")]
    public void A_bad_cell_rejects_its_row_naming_the_column_and_keeps_the_good_rows(string row, string column)
    {
        var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader($"{Header}\n{Good1}\n{row}\n{Good3}\n"));

        result.Records.Select(p => p.Id).Should().Equal("p1", "p3");
        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.LineNumber.Should().Be(3);
        rejected.Errors.Should().ContainSingle().Which.Column.Should().Be(column);
        rejected.Errors[0].Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void A_count_in_scientific_notation_is_read_when_it_is_whole()
    {
        var result = new CsvImporter<SocialPost>(PostMap).Import(new StringReader($"{Header}\np2,2026-01-06T09:00:00Z,X,1.2E+06,1,0.1\n"));

        result.Records.Single().Counters.Impressions.Should().Be(1_200_000);
    }

    [Theory]
    [InlineData("id,network,impressions,likes,rate", "published")]
    [InlineData("published,network,impressions", "id")]
    [InlineData("id,published,impressions", "network")]
    public void A_missing_required_column_fails_the_file_naming_the_column(string header, string column)
    {
        var import = () => new CsvImporter<SocialPost>(PostMap).Import(new StringReader($"{header}\np1,2026-01-05T09:00:00Z,1\n"));

        import.Should().Throw<CsvFormatException>().Where(e => e.Column == column && e.LineNumber == 1)
            .WithMessage($"*'{column}'*");
    }

    [Fact]
    public void A_currency_column_without_a_fixed_currency_is_required()
    {
        var map = new ActionResultMap { Campaign = "campaign", Cost = "cost", Date = "day", Channel = Channel.Facebook, CurrencyColumn = "currency" };

        var import = () => new CsvImporter<ActionResult>(map).Import(new StringReader("campaign,cost,day\nSpring,12.50,2026-03-02\n"));

        import.Should().Throw<CsvFormatException>().Where(e => e.Column == "currency" && e.LineNumber == 1);
    }

    [Fact]
    public void A_channel_column_with_a_fixed_fallback_stays_optional()
    {
        var map = new WebTrafficMap { Date = "day", Sessions = "sessions", Channel = Channel.Blog, ChannelColumn = "source" };

        var result = new CsvImporter<WebTrafficRecord>(map).Import(new StringReader("day,sessions\n2026-03-02,120\n"));

        result.Records.Single().Channel.Should().Be(Channel.Blog);
        result.AbsentOptionalColumns.Should().Equal("source");
    }
}
