using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;
using KpiToolkit.Import.Xlsx;
using NodaTime;

namespace KpiToolkit.Import;

/// <summary>
/// Reads a CSV file, or a sheet of an XLSX workbook, into records through a <see cref="CsvRecordMap{T}"/>: every
/// row is accepted, rejected with its reasons, or skipped with a reason, and none is dropped silently.
/// </summary>
/// <remarks>
/// <para><see cref="Read(TextReader)"/> streams: it holds one row at a time, so a file of any size is read in
/// bounded memory. <see cref="Import(TextReader)"/> collects everything into an <see cref="ImportResult{T}"/>, and
/// <see cref="ImportXlsx(Stream, string?)"/> does the same for a workbook's sheet, row for row as for a CSV file.</para>
/// <para>A file that cannot be read at all (no header, a required column missing) throws
/// <see cref="CsvFormatException"/>. An instance holds no state between calls and can be shared.</para>
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
public sealed partial class CsvImporter<T>
    where T : class
{
    /// <summary>Creates an importer.</summary>
    /// <param name="map">How columns become a record.</param>
    /// <param name="options">How the file is written; <see cref="CsvImportOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="map"/> is null.</exception>
    public CsvImporter(CsvRecordMap<T> map, CsvImportOptions? options = null)
    {
        Map = map ?? throw new ArgumentNullException(nameof(map));
        Options = options ?? CsvImportOptions.Default;
    }

    /// <summary>Gets how columns become a record.</summary>
    public CsvRecordMap<T> Map { get; }

    /// <summary>Gets how the file is written.</summary>
    public CsvImportOptions Options { get; }

    private string CommentReason => $"a comment line (starts with '{Options.CommentPrefix}'); holds no data";

    /// <summary>
    /// Reads rows one at a time as the sequence is enumerated. The header is read, and a missing required
    /// column reported, when enumeration starts.
    /// </summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <returns>Every data row in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    public IEnumerable<ImportRow<T>> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCsvRows(reader, findings: null);
    }

    /// <summary>
    /// Reads rows one at a time as the sequence is enumerated, and hands over what reading the header found as soon as
    /// it is read, before the first row: a duplicate column name, a name with invisible characters, an absent optional
    /// column.
    /// </summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="onHeader">Told of the header once, when enumeration has read it.</param>
    /// <returns>Every data row in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="onHeader"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    public IEnumerable<ImportRow<T>> Read(TextReader reader, Action<HeaderReport> onHeader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(onHeader);
        return ReadCsvRows(reader, new HeaderFindings(onHeader));
    }

    /// <summary>Reads a file row by row, in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Every data row in file order; the file is closed when enumeration ends.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public IEnumerable<ImportRow<T>> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileRows(path, findings: null);
    }

    /// <summary>
    /// Reads a file row by row, as <see cref="ReadFile(string)"/>, and hands over what reading the header found as soon
    /// as it is read, before the first row.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="onHeader">Told of the header once, when enumeration has read it.</param>
    /// <returns>Every data row in file order; the file is closed when enumeration ends.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="onHeader"/> is null.</exception>
    public IEnumerable<ImportRow<T>> ReadFile(string path, Action<HeaderReport> onHeader)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(onHeader);
        return ReadFileRows(path, new HeaderFindings(onHeader));
    }

    /// <summary>Reads everything into one result.</summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public ImportResult<T> Import(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var findings = new HeaderFindings();
        var rows = ReadCsvRows(reader, findings).ToList();
        return findings.Result(rows, Options.TimeZone);
    }

    /// <summary>Reads a stream, in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise, into one result.</summary>
    /// <param name="stream">The bytes; the stream is left open.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public ImportResult<T> Import(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, Options.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Import(reader);
    }

    /// <summary>Reads a file, in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise, into one result.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    public ImportResult<T> ImportFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = OpenFile(path, Options.Encoding);
        return Import(reader);
    }

    /// <summary>
    /// Reads one sheet of an XLSX workbook into one result, through the same header matching, map and row reports
    /// as a CSV file.
    /// </summary>
    /// <param name="stream">The workbook's bytes; the stream is left open. One that cannot seek is copied to memory first.</param>
    /// <param name="sheetName">The sheet to read, matched ignoring case; the first sheet when null.</param>
    /// <returns>The records, the rejected rows and the skipped rows; a row's line number is its row number in the sheet.</returns>
    /// <remarks>
    /// <para><see cref="CsvImportOptions.LinesBeforeHeader"/> counts the rows above the header (a title row), empty
    /// rows aside; <see cref="CsvImportOptions.RowsAfterHeader"/>, <see cref="CsvImportOptions.SummaryRowLabels"/>,
    /// <see cref="CsvImportOptions.MissingValues"/> and <see cref="CsvImportOptions.TimeZone"/> apply as to a CSV file.
    /// <see cref="CsvImportOptions.Delimiter"/>, <see cref="CsvImportOptions.Encoding"/> and
    /// <see cref="CsvImportOptions.CommentPrefix"/> do not.</para>
    /// <para>A cell the workbook stored as a number, a date or a yes/no is read as stored, in any culture; a date
    /// cell without an offset is a local time in <see cref="CsvImportOptions.TimeZone"/>. A cell stored as text is
    /// read with <see cref="CsvImportOptions.Culture"/> and the date patterns, as in a CSV file.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CsvFormatException">
    /// The stream is not an XLSX workbook, it has no sheet of that name, or the sheet cannot be read at all (no
    /// header, a required column missing).
    /// </exception>
    public ImportResult<T> ImportXlsx(Stream stream, string? sheetName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            // An XLSX file is a zip archive, read from its end: it needs a stream that can seek.
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            return ImportXlsx(copy, sheetName);
        }

        using var sheet = new RecordRowSource(XlsxRecordSource.Open(stream, sheetName));
        var findings = new HeaderFindings();
        var typedCells = new ValueParser(XlsxRecordSource.TypedCellOptions(Options));
        var rows = ReadRows(sheet, typedCells, findings, decoding: null).ToList();
        return findings.Result(rows, Options.TimeZone);
    }

    /// <summary>Reads one sheet of an XLSX workbook file into one result; see <see cref="ImportXlsx(Stream, string?)"/>.</summary>
    /// <param name="path">The workbook file.</param>
    /// <param name="sheetName">The sheet to read, matched ignoring case; the first sheet when null.</param>
    /// <returns>The records, the rejected rows and the skipped rows; a row's line number is its row number in the sheet.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="CsvFormatException">The file is not an XLSX workbook, it has no sheet of that name, or the sheet cannot be read at all.</exception>
    public ImportResult<T> ImportXlsxFile(string path, string? sheetName = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = File.OpenRead(path);
        return ImportXlsx(stream, sheetName);
    }

    private IEnumerable<ImportRow<T>> ReadFileRows(string path, HeaderFindings? findings)
    {
        using var reader = OpenFile(path, Options.Encoding);
        foreach (var row in ReadCsvRows(reader, findings))
        {
            yield return row;
        }
    }

    // The text may come through a reader of its own (an asynchronous read's); the decoding check names the encoding of
    // the one that decoded it.
    private IEnumerable<ImportRow<T>> ReadCsvRows(TextReader reader, HeaderFindings? findings, TextReader? decodedBy = null)
    {
        using var source = new CsvTextSource(reader, Options);
        foreach (var row in ReadRows(source, typedCellParser: null, findings, DecodingCheck.For(decodedBy ?? reader)))
        {
            yield return row;
        }
    }

    /// <summary>
    /// Reads a CSV text into columns: each row that reads without errors goes to <paramref name="intoColumns"/>, which
    /// says whether it took it; every other row is reported as in a record import.
    /// </summary>
    internal ColumnImportResult<T, TColumns> ImportColumns<TColumns>(TextReader reader, Func<CsvRow, bool> intoColumns, Func<TColumns> columns)
        where TColumns : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        var findings = new HeaderFindings();
        var reported = new List<ImportRow<T>>();
        long accepted = 0;
        using (var source = new CsvTextSource(reader, Options))
        {
            foreach (var row in ReadRows(source, typedCellParser: null, findings, DecodingCheck.For(reader), intoColumns))
            {
                if (row is null)
                {
                    accepted++;
                }
                else
                {
                    reported.Add(row);
                }
            }
        }

        return new ColumnImportResult<T, TColumns>(columns(), accepted, reported, findings.AbsentOptionalColumns, Options.TimeZone, findings.Layout?.ZoneDependence ?? ZoneDependence.None, findings.Report);
    }

    /// <summary>Opens a file as the importer reads it: in the options' encoding unless a byte-order mark says otherwise.</summary>
    internal StreamReader OpenFile(string path) => OpenFile(path, Options.Encoding);
}
