using System.Globalization;
using System.Xml;
using KpiToolkit.Import.Csv;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace KpiToolkit.Import.Xlsx;

/// <summary>
/// The rows of one sheet of an XLSX workbook as records, one at a time, so that they go through the same header
/// matching, maps and row reports as the lines of a CSV file. A record's line number is the sheet's row number.
/// </summary>
/// <remarks>
/// Cells the workbook stored as numbers, dates or yes/no become invariant text (<c>1234.5</c>,
/// <c>2024-01-05T10:30:00</c>, <c>TRUE</c>) flagged as typed, read by <see cref="TypedCellOptions"/>; cells stored
/// as text are kept as written. Entirely empty rows are passed over, as blank lines are in a CSV file.
/// </remarks>
internal sealed class XlsxRecordSource : IRecordSource, IDisposable
{
    // Rows the sheet leaves out come back empty, so the n-th row read is row n; numbers stored in the sheet's XML
    // are read in the invariant culture, whatever the thread's.
    private static readonly OpenXmlConfiguration Reading = new()
    {
        IgnoreEmptyRows = false,
        FillMergedCells = false,
        Culture = CultureInfo.InvariantCulture,
    };

    private readonly IEnumerator<object> _rows;
    private long _rowNumber;
    private int _width;

    private XlsxRecordSource(IEnumerator<object> rows)
    {
        _rows = rows;
    }

    /// <summary>Opens a sheet: the one named (ignoring case), or the first. The stream must be seekable.</summary>
    /// <exception cref="CsvFormatException">The stream is not an XLSX workbook, or it has no sheet of that name.</exception>
    public static XlsxRecordSource Open(Stream stream, string? sheetName)
    {
        var sheet = sheetName is null ? null : FindSheet(stream, sheetName);
        try
        {
            IEnumerable<object> rows = MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet, excelType: ExcelType.XLSX, configuration: Reading);
            return new XlsxRecordSource(rows.GetEnumerator());
        }
        catch (Exception e) when (IsUnreadableWorkbook(e))
        {
            throw NotAWorkbook(e);
        }
    }

    /// <summary>
    /// Gets the options that read typed cells: the invariant culture and the ISO patterns their text is written
    /// in, with the import's time zone and missing markers.
    /// </summary>
    public static CsvImportOptions TypedCellOptions(CsvImportOptions options) => options with
    {
        Culture = CultureInfo.InvariantCulture,
        TimestampPatterns = ["uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFF", "uuuu-MM-dd", "uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>"],
        DatePatterns = ["uuuu-MM-dd"],
    };

    public CsvRecord? Read()
    {
        while (MoveNext())
        {
            _rowNumber++;
            var cells = (IDictionary<string, object?>)_rows.Current;
            if (cells.Values.All(IsEmpty))
            {
                continue;
            }

            // A sheet does not store the empty cells at the end of a row: pad every row to the widest one seen.
            _width = Math.Max(_width, cells.Keys.Max(ColumnIndex) + 1);
            var fields = new string[_width];
            var typed = new bool[_width];
            Array.Fill(fields, string.Empty);
            foreach (var (column, value) in cells)
            {
                var index = ColumnIndex(column);
                (fields[index], typed[index]) = CellText(value);
            }

            return new CsvRecord(_rowNumber, fields, null) { TypedCells = typed };
        }

        return null;
    }

    public void Dispose() => _rows.Dispose();

    private bool MoveNext()
    {
        try
        {
            return _rows.MoveNext();
        }
        catch (Exception e) when (IsUnreadableWorkbook(e))
        {
            // The rows are read lazily: a stream that is no workbook at all fails on the first one.
            throw _rowNumber == 0
                ? NotAWorkbook(e)
                : new CsvFormatException(_rowNumber + 1, $"The workbook cannot be read past row {_rowNumber}: {e.Message}");
        }
    }

    private static (string Text, bool Typed) CellText(object? value) => value switch
    {
        null => (string.Empty, false),
        string text => (text, false),
        DateTime time when time.TimeOfDay == TimeSpan.Zero => (time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true),
        DateTime time => (time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), true),
        DateTimeOffset time => (time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture), true),
        bool flag => (flag ? "TRUE" : "FALSE", true),

        // "R" writes the shortest text that reads back as the same double: 0.0353, not 0.035299999999999998.
        double number => (number.ToString("R", CultureInfo.InvariantCulture), true),
        IFormattable other => (other.ToString(null, CultureInfo.InvariantCulture), true),
        _ => (value.ToString() ?? string.Empty, false),
    };

    private static bool IsEmpty(object? value) => value is null || (value is string text && string.IsNullOrWhiteSpace(text));

    // "A" is 0, "Z" 25, "AA" 26: the letters of a cell reference in base 26 without a zero digit.
    private static int ColumnIndex(string column)
    {
        var index = 0;
        foreach (var letter in column)
        {
            index = (index * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return index - 1;
    }

    private static string FindSheet(Stream stream, string sheetName)
    {
        var start = stream.Position;
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(stream);
        }
        catch (Exception e) when (IsUnreadableWorkbook(e))
        {
            throw NotAWorkbook(e);
        }
        finally
        {
            stream.Position = start;
        }

        return sheets.Find(s => string.Equals(s, sheetName.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new CsvFormatException(
                $"The workbook has no sheet '{sheetName}'; its sheets are {string.Join(", ", sheets.Select(s => $"'{s}'"))}.");
    }

    private static bool IsUnreadableWorkbook(Exception e) =>
        e is InvalidDataException or XmlException or InvalidOperationException or NotSupportedException or EndOfStreamException;

    private static CsvFormatException NotAWorkbook(Exception e) =>
        new($"The stream is not a readable XLSX workbook: {e.Message}", e);
}
