using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Csv;

/// <summary>
/// Header names as exports write them: YouTube Studio's table export puts soft hyphens (U+00AD) inside its names,
/// and names copied through other tools pick up zero-width characters and byte-order marks.
/// </summary>
public class CsvHeaderTests
{
    private const char SoftHyphen = '\u00AD';

    [Fact]
    public void IndexOf_SoftHyphensInsideTheName_MatchesTheNameWithoutThem()
    {
        var header = new CsvHeader(["Con\u00ADtent", $"Im{SoftHyphen}pres{SoftHyphen}sions", "Views"]);

        header.IndexOf("Impressions").Should().Be(1);
        header.IndexOf("impressions").Should().Be(1);
        header.IndexOf("Content").Should().Be(0);
        header.Names.Should().Equal("Content", "Impressions", "Views");
    }

    [Theory]
    [InlineData("Video\u200B title")]
    [InlineData("Video\u200C title")]
    [InlineData("Video\u200D title")]
    [InlineData("\uFEFFVideo title")]
    [InlineData(" Video title\u00AD ")]
    public void IndexOf_ZeroWidthCharactersAndSpaces_AreIgnored(string written)
    {
        var header = new CsvHeader(["Content", written]);

        header.IndexOf("video title").Should().Be(1);
    }

    [Fact]
    public void IndexOf_TheMapsNameWithSoftHyphens_MatchesAPlainHeader()
    {
        var header = new CsvHeader(["Impressions"]);

        header.IndexOf("Im\u00ADpressions").Should().Be(0);
    }

    [Fact]
    public void IndexOf_AVisibleHyphen_StillTellsNamesApart()
    {
        var header = new CsvHeader(["Im-pressions", "Sessions"]);

        header.IndexOf("Impressions").Should().Be(-1);
    }

    [Fact]
    public void Import_HeaderWithSoftHyphens_ReadsEveryMappedColumn()
    {
        var map = new WebTrafficMap { Date = "Date", Sessions = "Sessions", Users = "Users", Channel = Channel.YouTube };
        var csv = "Da\u00ADte,Ses\u00ADsions,Us\u00ADers\n2024-01-15,1250,980\n";

        var result = new CsvImporter<WebTrafficRecord>(map).Import(new StringReader(csv));

        result.AbsentOptionalColumns.Should().BeEmpty();
        var record = result.Records.Should().ContainSingle().Subject;
        record.Date.Should().Be(new LocalDate(2024, 1, 15));
        record.Sessions.Should().Be(1250);
        record.Users.Should().Be(980);
    }

    [Fact]
    public void Import_MissingColumn_ListsTheHeaderWithoutInvisibleCharacters()
    {
        var map = new WebTrafficMap { Date = "Date", Sessions = "Sessions", Channel = Channel.YouTube };

        var act = () => new CsvImporter<WebTrafficRecord>(map).Import(new StringReader("Da\u00ADte,Vi\u00ADews\n2024-01-15,3\n"));

        act.Should().Throw<CsvFormatException>()
            .Where(e => e.Column == "Sessions" && e.Message.Contains("The header has: 'Date', 'Views'.", StringComparison.Ordinal));
    }
}
