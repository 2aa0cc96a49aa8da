using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Csv;

/// <summary>
/// Comment lines (<see cref="CsvImportOptions.CommentPrefix"/>), such as the <c>#</c> preamble Google Analytics 4
/// writes above its header: passed over before the header, listed as skipped among the data.
/// </summary>
public class CommentLineTests
{
    private static readonly WebTrafficMap Map = new() { Date = "Date", Sessions = "Sessions", ChannelColumn = "Channel" };

    private static readonly CsvImportOptions Hash = new() { CommentPrefix = "#" };

    // Quotes and every separator candidate in the comments: none of them may open a field or sway the guess.
    private const string Preamble = "# ----------------------------------------\n" +
                                    "# Report: \"Traffic; by channel\", daily\n" +
                                    "# Property: Shop\tGA4\n" +
                                    "#\n" +
                                    "# Start date: 20240115\n" +
                                    "\n";

    private static ImportResult<WebTrafficRecord> Import(string csv, CsvImportOptions? options = null) =>
        new CsvImporter<WebTrafficRecord>(Map, options ?? Hash).Import(new StringReader(csv));

    [Fact]
    public void Import_PreambleAndBlankLineBeforeTheHeader_ArePassedOver()
    {
        var result = Import(Preamble + "Date,Channel,Sessions\n2024-01-15,Direct,500\n2024-01-16,Email,120\n");

        result.IsComplete.Should().BeTrue();
        result.Skipped.Should().BeEmpty();
        result.Accepted.Select(r => r.LineNumber).Should().Equal(8, 9);
        result.Records.Select(r => (r.Channel.Name, r.Sessions)).Should().Equal(("Direct", 500L), ("Email", 120L));
    }

    [Fact]
    public void Import_PreambleWithAGuessedSeparator_GuessesFromTheHeader()
    {
        // The comments hold more semicolons and tabs than commas; the header holds commas only.
        var result = Import(Preamble.Replace("daily", "a;b;c;d\t\t\t", StringComparison.Ordinal) + "Date,Channel,Sessions\n2024-01-15,Direct,500\n");

        Hash.Delimiter.Should().BeNull();
        result.Records.Single().Sessions.Should().Be(500);
    }

    [Fact]
    public void Import_SemicolonFileWithAPreamble_GuessesTheSemicolon()
    {
        var result = Import("# a, b, c, d\nDate;Channel;Sessions\n2024-01-15;Direct;500\n");

        result.Records.Single().Sessions.Should().Be(500);
    }

    [Fact]
    public void Import_CommentAmongTheData_IsSkippedWithItsLine()
    {
        var result = Import("Date,Channel,Sessions\n2024-01-15,Direct,500\n# filtered: bots excluded\n2024-01-16,Email,120\n");

        var skipped = result.Skipped.Should().ContainSingle().Subject;
        skipped.LineNumber.Should().Be(3);
        skipped.SkipReason.Should().Be("a comment line (starts with '#'); holds no data");
        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 4);
    }

    [Fact]
    public void Import_PrefixInsideALine_IsData()
    {
        var result = Import("Date,Channel,Sessions\n2024-01-15,#social,500\n");

        result.Records.Single().Channel.Name.Should().Be("#social");
    }

    [Fact]
    public void Import_WithoutCommentPrefix_ThePreambleIsReadAsTheHeaderAndRefused()
    {
        var act = () => Import(Preamble + "Date,Channel,Sessions\n2024-01-15,Direct,500\n", CsvImportOptions.Default);

        act.Should().Throw<CsvFormatException>().Where(e => e.LineNumber == 1);
    }

    [Fact]
    public void Import_CommentsAreNotCountedInLinesBeforeHeader()
    {
        var options = Hash with { LinesBeforeHeader = 1 };

        var result = Import("# exported 2024-01-17\nTraffic by channel\n# all users\nDate,Channel,Sessions\n2024-01-15,Direct,500\n", options);

        result.Accepted.Single().LineNumber.Should().Be(5);
    }

    [Fact]
    public void Import_CommentBetweenDescriptionRows_IsNotCountedAsOne()
    {
        var options = Hash with { RowsAfterHeader = 1 };

        var result = Import("Date,Channel,Sessions\n# note\nThe day,The source,Visits\n2024-01-15,Direct,500\n", options);

        result.Skipped.Select(r => (r.LineNumber, r.SkipReason)).Should().Equal((3L, "describes the columns; holds no data"));
        result.Records.Single().Sessions.Should().Be(500);
    }

    [Fact]
    public void Import_LongerPrefix_IsMatchedWhole()
    {
        var options = new CsvImportOptions { CommentPrefix = "//" };

        var result = Import("// report\nDate,Channel,Sessions\n2024-01-15,/,500\n", options);

        result.Records.Single().Channel.Name.Should().Be("/");
    }

    [Fact]
    public void Import_FileOfCommentsOnly_HasNoHeader()
    {
        var act = () => Import("# a\n# b\n");

        act.Should().Throw<CsvFormatException>().WithMessage("The file has no header row*");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\"")]
    [InlineData("#\n")]
    public void CommentPrefix_EmptyOrWithAQuoteSpaceOrLineBreak_Throws(string prefix)
    {
        var act = () => new CsvImportOptions { CommentPrefix = prefix };

        act.Should().Throw<ArgumentException>().WithParameterName("CommentPrefix");
    }
}
