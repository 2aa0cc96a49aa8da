using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Quality;

/// <summary>
/// A count is a whole number as written: a value the decimal type would round to a whole number (1e-30 to 0) is a
/// rejected cell naming its column and line, and the good rows around it are kept.
/// </summary>
public class NumberTests
{
    private const string Header = "id,published,network,impressions,likes";

    private static readonly SocialPostMap PostMap = new()
    {
        Id = "id",
        PublishedAt = "published",
        ChannelColumn = "network",
        Impressions = "impressions",
        Reactions = "likes",
    };

    [Theory]
    [InlineData("1e-30")]
    [InlineData("2.5")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("0.0000000000000000000000000000001")]
    [InlineData("1.55e1")]
    [InlineData("1e-99999999999")]
    [InlineData("12.5e-1")]
    public void Count_NotAWholeNumber_IsRejectedNamingColumnAndLine(string cell)
    {
        var result = Import($"p2,2026-01-06T09:00:00Z,X,{cell},1");

        result.Records.Select(p => p.Id).Should().Equal("p1", "p3");
        var error = result.Rejected.Should().ContainSingle().Subject.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(3);
        error.Column.Should().Be("impressions");
        error.Message.Should().Contain($"'{cell}' is not a whole number");
    }

    [Theory]
    [InlineData("1e3", 1000)]
    [InlineData("1.50e1", 15)]
    [InlineData("2.000", 2)]
    [InlineData("0e-99999999999", 0)]
    public void Count_WholeInScientificNotation_IsRead(string cell, long expected)
    {
        var result = Import($"p2,2026-01-06T09:00:00Z,X,{cell},1");

        result.Rejected.Should().BeEmpty();
        result.Records.Should().HaveCount(3);
        result.Records[1].Counters.Impressions.Should().Be(expected);
    }

    private static ImportResult<SocialPost> Import(string middleRow) =>
        new CsvImporter<SocialPost>(PostMap).Import(new StringReader(
            $"{Header}\np1,2026-01-05T09:00:00Z,Instagram,1000,40\n{middleRow}\np3,2026-01-07T09:00:00Z,X,900,30\n"));
}
