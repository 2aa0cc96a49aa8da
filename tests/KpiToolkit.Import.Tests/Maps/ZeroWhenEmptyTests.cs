using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Maps;

/// <summary>
/// The two conventions of an empty cell, column by column (<see cref="CsvRecordMap{T}.ZeroWhenEmpty"/>): "not
/// reported" (missing, the default) and 0 (Facebook's Page Insights export leaves a count of 0 empty).
/// </summary>
public class ZeroWhenEmptyTests
{
    private const string Header = "date,sessions,users,conversions,rate\n";

    private static WebTrafficMap Map(params string[] zeroWhenEmpty) => new()
    {
        Date = "date",
        Sessions = "sessions",
        Channel = Channel.Website,
        Users = "users",
        Conversions = "conversions",
        PlatformFigureColumns = ["rate"],
        ZeroWhenEmpty = zeroWhenEmpty,
    };

    private static ImportResult<WebTrafficRecord> Import(WebTrafficMap map, string rows) =>
        new CsvImporter<WebTrafficRecord>(map).Import(new StringReader(Header + rows));

    [Fact]
    public void ZeroWhenEmpty_ByDefault_IsEmpty()
    {
        Map().ZeroWhenEmpty.Should().BeEmpty();
    }

    [Fact]
    public void Import_EmptyCellOfAZeroWhenEmptyColumn_ReadsAsZero_AndOtherColumnsStayMissing()
    {
        var result = Import(Map("conversions"), "2024-01-15,100,,,\n");

        var record = result.Records.Should().ContainSingle().Subject;
        record.Conversions.Should().Be(0, "this column's empty cell means 0");
        record.Users.Should().BeNull("this column's empty cell means not reported");
        result.Accepted[0].PlatformFigures["rate"].Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    public void Import_BlankCell_ReadsAsZero(string cell)
    {
        var result = Import(Map("conversions"), $"2024-01-15,100,80,{cell},\n");

        result.Records.Single().Conversions.Should().Be(0);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("N/A")]
    [InlineData("null")]
    public void Import_OtherMissingMarkers_StayMissingInAZeroWhenEmptyColumn(string marker)
    {
        var result = Import(Map("conversions"), $"2024-01-15,100,80,{marker},\n");

        result.Records.Single().Conversions.Should().BeNull($"'{marker}' says the platform did not report the figure");
    }

    [Fact]
    public void Import_WrittenValue_IsReadAsWritten()
    {
        var result = Import(Map("conversions"), "2024-01-15,100,80,7,\n");

        result.Records.Single().Conversions.Should().Be(7);
    }

    [Fact]
    public void Import_RequiredColumnEmpty_IsZeroWhenListed_AndRejectedWhenNot()
    {
        var listed = Import(Map("sessions"), "2024-01-15,,80,3,\n");
        var unlisted = Import(Map(), "2024-01-15,,80,3,\n");

        listed.Records.Single().Sessions.Should().Be(0);
        var error = unlisted.Rejected.Single().Errors.Single();
        error.Column.Should().Be("sessions");
        error.Message.Should().Be("a value is required but the cell is empty or marked missing");
    }

    [Fact]
    public void Import_PlatformFigureListed_ReadsAnEmptyCellAsZero()
    {
        var result = Import(Map("rate"), "2024-01-15,100,80,3,\n");

        result.Accepted[0].PlatformFigures["rate"].Should().Be(0m);
    }

    [Fact]
    public void Import_ColumnAbsentFromTheHeader_StaysMissing()
    {
        var result = new CsvImporter<WebTrafficRecord>(Map("conversions")).Import(new StringReader("date,sessions\n2024-01-15,100\n"));

        result.Records.Single().Conversions.Should().BeNull("a column the file lacks was not reported, whatever its convention");
        result.AbsentOptionalColumns.Should().Contain("conversions");
    }

    [Fact]
    public void Import_NamesMatchLikeHeaderNames()
    {
        var result = Import(Map(" CONVER\u00ADSIONS "), "2024-01-15,100,80,,\n");

        result.Records.Single().Conversions.Should().Be(0);
    }

    [Fact]
    public void Import_DecimalColumnListed_ReadsAnEmptyGainAsZeroMoney()
    {
        var map = new ActionResultMap
        {
            Campaign = "campaign",
            Date = "day",
            Channel = Channel.Facebook,
            Cost = "cost",
            Currency = "EUR",
            Gain = "value",
            ZeroWhenEmpty = ["value"],
        };

        var result = new CsvImporter<ActionResult>(map).Import(new StringReader("campaign,day,cost,value\nSale,2024-01-15,12.50,\n"));

        result.Records.Single().Gain.Should().Be(new Money(0m, "EUR"));
    }

    [Fact]
    public void Import_NameTheMapDoesNotRead_ThrowsNamingIt()
    {
        var act = () => Import(Map("conversion"), "2024-01-15,100,80,,\n");

        act.Should().Throw<InvalidOperationException>()
            .WithMessage("ZeroWhenEmpty names 'conversion', which the map does not read;*'conversions'*");
    }

    [Fact]
    public void ZeroWhenEmpty_BlankName_Throws()
    {
        var act = () => Map(" ");

        act.Should().Throw<ArgumentException>().WithParameterName("ZeroWhenEmpty");
    }
}
