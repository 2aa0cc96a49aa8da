using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using KpiToolkit.Tests.Reliability;
using KpiToolkit.Time;
using MiniExcelLibs;

namespace KpiToolkit.Import.Tests.Xlsx;

/// <summary>
/// Sheets of XLSX workbooks, written here with MiniExcel, read through the same row pipeline as CSV files: a title
/// row above the header (as LinkedIn's exports have), cells stored as numbers and dates, empty cells, a bad cell.
/// </summary>
/// <remarks>
/// The sheet of <see cref="Export"/>: row 1 a title, row 2 the header, row 3 a day with a date cell, number cells, an
/// empty key-events cell and a percentage stored as a number; row 4 empty; row 5 sessions written <c>12x</c>; row 6
/// a rate written as text <c>4.5%</c>; row 7 the platform's total.
/// </remarks>
[Collection(AmbientCultureCollection.Name)]
public class XlsxImportTests
{
    private static readonly WebTrafficMap Map = new()
    {
        Date = "Date",
        ChannelColumn = "Channel",
        Sessions = "Sessions",
        Users = "Users",
        Conversions = "Key events",
        PlatformFigureColumns = ["Engagement rate"],
    };

    private static readonly CsvImportOptions LinkedInLayout = new() { LinesBeforeHeader = 1, SummaryRowLabels = ["Total"] };

    private static readonly string[] Header = ["Date", "Channel", "Sessions", "Users", "Key events", "Engagement rate"];

    private static MemoryStream Export() => Workbook(
        ("Page content", [
            ["LinkedIn page content: 15 to 17 January 2024", null, null, null, null, null],
            Header,
            [new DateTime(2024, 1, 15), "LinkedIn", 1250d, 980d, null, 0.0353m],
            [null, null, null, null, null, null],
            [new DateTime(2024, 1, 16), "LinkedIn", "12x", 40d, 3d, 0.5d],
            [new DateTime(2024, 1, 17), "LinkedIn", 300d, 200d, 7d, "4.5%"],
            ["Total", null, 1550d, 1180d, 7d, null],
        ]));

    private static ImportResult<WebTrafficRecord> ImportExport(CsvImportOptions? options = null)
    {
        using var stream = Export();
        return new CsvImporter<WebTrafficRecord>(Map, options ?? LinkedInLayout).ImportXlsx(stream);
    }

    [Fact]
    public void ImportXlsx_TitleRowThenHeader_ReadsEveryRowWithItsSheetRowNumber()
    {
        var result = ImportExport();

        result.Accepted.Select(r => r.LineNumber).Should().Equal(3, 6);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(5);
        result.Skipped.Select(r => (r.LineNumber, r.SkipReason)).Should().Equal((7L, "a total row computed by the platform ('Total'), not a record"));
        result.AbsentOptionalColumns.Should().BeEmpty();
    }

    [Fact]
    public void ImportXlsx_NumberAndDateCells_AreReadAsStored()
    {
        var row = ImportExport().Accepted[0];

        var record = row.Record!;
        record.Date.Should().Be(new LocalDate(2024, 1, 15));
        record.Channel.Should().Be(Channel.LinkedIn);
        record.Sessions.Should().Be(1250);
        record.Users.Should().Be(980);
        row.PlatformFigures["Engagement rate"].Should().Be(0.0353m, "a percentage cell stores the fraction");
    }

    [Fact]
    public void ImportXlsx_EmptyCell_IsMissingNotZero()
    {
        ImportExport().Records[0].Conversions.Should().BeNull();
    }

    [Fact]
    public void ImportXlsx_EmptyCellOfAZeroWhenEmptyColumn_IsZero()
    {
        var map = new WebTrafficMap { Date = "Date", ChannelColumn = "Channel", Sessions = "Sessions", Conversions = "Key events", ZeroWhenEmpty = ["Key events"] };
        using var stream = Export();

        var result = new CsvImporter<WebTrafficRecord>(map, LinkedInLayout).ImportXlsx(stream);

        result.Records[0].Conversions.Should().Be(0);
    }

    [Fact]
    public void ImportXlsx_TextCells_AreReadAsInACsvFile()
    {
        var row = ImportExport().Accepted[1];

        row.LineNumber.Should().Be(6);
        row.PlatformFigures["Engagement rate"].Should().Be(0.045m);
        row.Record!.Conversions.Should().Be(7);
    }

    [Fact]
    public void ImportXlsx_BadCell_IsRejectedWithItsRowNumberAndColumn()
    {
        var rejected = ImportExport().Rejected.Single();

        rejected.Errors.Should().Equal(new ImportError(5, "Sessions", "'12x' is not a number in the invariant culture (decimal separator '.')"));
    }

    [Fact]
    public void ImportXlsx_UnderFrenchThreadCulture_ReadsTheSameValuesAndReasons()
    {
        var invariant = ImportExport();

        var french = AmbientCulture.Run("fr-FR", () => ImportExport());

        french.Records.Should().Equal(invariant.Records);
        french.Accepted.Select(r => r.PlatformFigures["Engagement rate"]).Should().Equal(0.0353m, 0.045m);
        french.Errors.Should().Equal(invariant.Errors);
    }

    [Fact]
    public void ImportXlsx_FrenchFileCulture_ReadsNumberCellsAsStoredAndTextCellsInFrench()
    {
        using var stream = Workbook(("Sheet1", [Header, [new DateTime(2024, 1, 15), "LinkedIn", "1 234", 980d, 2d, 0.0353d]]));
        var options = new CsvImportOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") };

        var row = new CsvImporter<WebTrafficRecord>(Map, options).ImportXlsx(stream).Accepted.Single();

        row.Record!.Sessions.Should().Be(1234, "the text '1 234' is read in the file's culture");
        row.Record.Users.Should().Be(980);
        row.PlatformFigures["Engagement rate"].Should().Be(0.0353m, "a number cell is not text in any culture");
    }

    [Fact]
    public void ImportXlsx_WithoutLinesBeforeHeader_TheTitleRowIsTakenForTheHeader()
    {
        var act = () => ImportExport(new CsvImportOptions());

        act.Should().Throw<CsvFormatException>()
            .Where(e => e.LineNumber == 1)
            .WithMessage("Required columns 'Date', 'Sessions', 'Channel' missing from the header on line 1.*");
    }

    [Fact]
    public void ImportXlsx_DateTimeCell_IsALocalTimeInTheOptionsZone()
    {
        var newYork = DateTimeZoneProviders.Tzdb["America/New_York"];
        var map = new EmailCampaignMap { Campaign = "Campaign", SentAt = "Sent at", Sent = "Sent", Delivered = "Delivered", UniqueOpens = "Opens", UniqueClicks = "Clicks" };
        using var stream = Workbook(("Campaigns", [
            ["Campaign", "Sent at", "Sent", "Delivered", "Opens", "Clicks"],
            ["January", new DateTime(2024, 1, 31, 23, 30, 0), 100d, 98d, 40d, 9d],
        ]));

        var result = new CsvImporter<EmailCampaignReport>(map, new CsvImportOptions { TimeZone = newYork }).ImportXlsx(stream);

        // 23:30 in New York on winter time (UTC−5) is 04:30 UTC the next day.
        result.Records.Single().SentAt.Should().Be(Instant.FromUtc(2024, 2, 1, 4, 30));
        result.TimeZone.Should().Be(newYork);
        result.TimeZoneNote(new ReportingCalendar(newYork)).Should().BeNull();
        result.TimeZoneNote(ReportingCalendar.Utc).Should().StartWith("Timestamps without an offset were read in America/New_York");
    }

    [Fact]
    public void ImportXlsx_SheetByName_ReadsThatSheet()
    {
        using var stream = Workbook(
            ("Notes", [["Read me first"]]),
            ("All posts", [Header, [new DateTime(2024, 1, 15), "LinkedIn", 1250d, 980d, 2d, 0.0353d]]));

        var result = new CsvImporter<WebTrafficRecord>(Map).ImportXlsx(stream, "all POSTS");

        result.Records.Single().Sessions.Should().Be(1250);
    }

    [Fact]
    public void ImportXlsx_UnknownSheet_ThrowsListingTheSheets()
    {
        using var stream = Workbook(("Notes", [["Read me first"]]), ("All posts", [Header]));

        var act = () => new CsvImporter<WebTrafficRecord>(Map).ImportXlsx(stream, "Posts");

        act.Should().Throw<CsvFormatException>().WithMessage("The workbook has no sheet 'Posts'; its sheets are 'Notes', 'All posts'.");
    }

    [Fact]
    public void ImportXlsx_NotAWorkbook_ThrowsAFormatError()
    {
        using var stream = new MemoryStream("Date,Sessions\n2024-01-15,3\n"u8.ToArray());

        var act = () => new CsvImporter<WebTrafficRecord>(Map).ImportXlsx(stream);

        act.Should().Throw<CsvFormatException>().WithMessage("The stream is not a readable XLSX workbook: *");
    }

    [Fact]
    public void ImportXlsx_StreamThatCannotSeek_IsReadAllTheSame()
    {
        using var stream = new ForwardOnlyStream(Export());

        var result = new CsvImporter<WebTrafficRecord>(Map, LinkedInLayout).ImportXlsx(stream);

        result.Records.Should().Equal(ImportExport().Records);
    }

    [Fact]
    public void ImportXlsxFile_ReadsTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kpi-import-{Guid.NewGuid():N}.xlsx");
        try
        {
            using (var stream = Export())
            {
                File.WriteAllBytes(path, stream.ToArray());
            }

            var result = new CsvImporter<WebTrafficRecord>(Map, LinkedInLayout).ImportXlsxFile(path);

            result.Records.Should().Equal(ImportExport().Records);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ImportXlsx_NullStream_Throws()
    {
        var act = () => new CsvImporter<WebTrafficRecord>(Map).ImportXlsx(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("stream");
    }

    // Each sheet's rows as cells from column A on; MiniExcel writes them without a header of its own.
    private static MemoryStream Workbook(params (string Name, object?[][] Rows)[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
        {
            var width = rows.Max(r => r.Length);
            workbook[name] = rows.Select(cells => Enumerable.Range(0, width).ToDictionary(
                i => ((char)('A' + i)).ToString(),
                i => i < cells.Length ? cells[i] : null)).ToList();
        }

        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, workbook, printHeader: false, excelType: ExcelType.XLSX);
        stream.Position = 0;
        return stream;
    }

    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
