using KpiToolkit.Import.Csv;
using NodaTime;

namespace KpiToolkit.Import;

/// <summary>
/// One data row as a mapping reads it: typed getters by column name that record a problem instead of
/// throwing, so a row reports every bad cell at once.
/// </summary>
/// <remarks>
/// <para>A getter given a null column name (an unmapped field) or a column the header does not have returns
/// null. A cell holding a missing-value marker (<see cref="CsvImportOptions.MissingValues"/>) also returns
/// null: missing is never read as 0, save for the columns a map lists as below. The <c>GetRequired…</c> getters
/// record an error for a missing value.</para>
/// <para>A map can say that an empty cell of a column means 0 (<see cref="CsvRecordMap{T}.ZeroWhenEmpty"/>): the
/// number getters then read a blank cell of that column as 0, and still read the other missing markers as null.</para>
/// <para>Column names are matched ignoring case, surrounding spaces and invisible characters (soft hyphens,
/// zero-width spaces and joiners, byte-order marks).</para>
/// <para>In a spreadsheet, a cell stored as a number, a date or a yes/no is read as the spreadsheet stored it,
/// whatever <see cref="CsvImportOptions.Culture"/> and the date patterns say; a cell stored as text is read with
/// them, as in a CSV file.</para>
/// <para>Numbers and timestamps are read from the row's text in place: only <see cref="GetText"/>,
/// <see cref="GetRequiredText"/> and <see cref="GetRaw"/> make a string. A row is valid while the map builds its
/// record: the importer then reuses it for the next row, so a map must not keep it.</para>
/// </remarks>
public sealed class CsvRow
{
    private const string MissingMessage = "a value is required but the cell is empty or marked missing";

    private readonly RowLayout _layout;
    private readonly RowSource _source;
    private List<ImportError>? _errors;

    internal CsvRow(RowLayout layout, RowSource source)
    {
        _layout = layout;
        _source = source;
    }

    /// <summary>Gets the 1-based line the row starts on (in a spreadsheet, its row number).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Gets whether a getter or <see cref="AddError"/> recorded a problem.</summary>
    public bool HasErrors => _errors is { Count: > 0 };

    /// <summary>Gets the problems recorded so far.</summary>
    public IReadOnlyList<ImportError> Errors => _errors ?? (IReadOnlyList<ImportError>)[];

    /// <summary>Gets what every row of the import shares: its header and parsers.</summary>
    internal RowLayout Layout => _layout;

    /// <summary>Gets whether the header has a column of that name.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>True when the column exists.</returns>
    public bool HasColumn(string? column) => IndexOf(column) >= 0;

    /// <summary>Gets the raw text of a cell, untrimmed, or null when the column is unmapped or absent.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The cell's text.</returns>
    public string? GetRaw(string? column) => IndexOf(column) is var index and >= 0 ? _source.Field(index).ToString() : null;

    /// <summary>Gets the trimmed text of a cell, or null when it is missing.</summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The text, or null.</returns>
    public string? GetText(string? column) => TextAt(IndexOf(column));

    /// <summary>Gets the trimmed text of a cell that must have a value.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The text, or an empty string after recording an error.</returns>
    public string GetRequiredText(string column) => RequiredTextAt(IndexOf(column), column);

    /// <summary>
    /// Gets a count (a whole number, not negative, also written <c>3423.0</c>), or null when missing; 0 for an empty
    /// cell of a <see cref="CsvRecordMap{T}.ZeroWhenEmpty"/> column.
    /// </summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The count, or null when missing or malformed (an error is recorded for a malformed value).</returns>
    public long? GetCount(string? column) => CountAt(IndexOf(column), column);

    /// <summary>Gets a count that must have a value.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The count, or 0 after recording an error.</returns>
    public long GetRequiredCount(string column) => RequiredCountAt(IndexOf(column), column);

    /// <summary>
    /// Gets a number in the file's culture, or null when missing; 0 for an empty cell of a
    /// <see cref="CsvRecordMap{T}.ZeroWhenEmpty"/> column.
    /// </summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The number, or null when missing or malformed (an error is recorded for a malformed value).</returns>
    public decimal? GetDecimal(string? column)
    {
        var cell = ReadCell(IndexOf(column), zeroWhenEmpty: true);
        return cell.Parser is null ? null
            : cell.Parser.TryParseDecimal(cell.Text, out var value, out var reason) ? value : Invalid<decimal?>(column!, reason!);
    }

    /// <summary>Gets a number that must have a value.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The number, or 0 after recording an error.</returns>
    public decimal GetRequiredDecimal(string column) =>
        ReadCell(IndexOf(column), zeroWhenEmpty: true).Parser is null ? MissingValue(column, 0m) : GetDecimal(column) ?? 0m;

    /// <summary>
    /// Gets a rate written as a fraction (<c>0.0353</c>) or a percentage (<c>3.53 %</c>), as a fraction; 0 for an
    /// empty cell of a <see cref="CsvRecordMap{T}.ZeroWhenEmpty"/> column.
    /// </summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The fraction, or null when missing or malformed (an error is recorded for a malformed value).</returns>
    public decimal? GetFraction(string? column) => FractionAt(IndexOf(column), column);

    /// <summary>
    /// Gets a timestamp, read with <see cref="CsvImportOptions.TimestampPatterns"/>; one written without an
    /// offset is taken in <see cref="CsvImportOptions.TimeZone"/>.
    /// </summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The instant, or null when missing or malformed (an error is recorded for a malformed value).</returns>
    public Instant? GetInstant(string? column) => InstantAt(IndexOf(column), column);

    /// <summary>Gets a timestamp that must have a value.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The instant, or the Unix epoch after recording an error.</returns>
    public Instant GetRequiredInstant(string column) => RequiredInstantAt(IndexOf(column), column);

    /// <summary>Gets a date, read with <see cref="CsvImportOptions.DatePatterns"/>, or null when missing.</summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The date, or null when missing or malformed (an error is recorded for a malformed value).</returns>
    public LocalDate? GetDate(string? column)
    {
        var cell = ReadCell(IndexOf(column), zeroWhenEmpty: false);
        return cell.Parser is null ? null
            : cell.Parser.TryParseDate(cell.Text, out var value, out var reason) ? value : Invalid<LocalDate?>(column!, reason!);
    }

    /// <summary>Gets a date that must have a value.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The date, or 1 January 1970 after recording an error.</returns>
    public LocalDate GetRequiredDate(string column) =>
        ReadCell(IndexOf(column), zeroWhenEmpty: false).Parser is null ? MissingValue(column, new LocalDate(1970, 1, 1)) : GetDate(column) ?? new LocalDate(1970, 1, 1);

    /// <summary>Gets a yes/no value (<c>yes</c>, <c>true</c>, <c>1</c>, <c>paid</c>, <c>sponsored</c> … or their opposites (<c>organic</c> …)), or null when missing.</summary>
    /// <param name="column">The column name, or null for an unmapped field.</param>
    /// <returns>The value, or null when missing or malformed (an error is recorded for a malformed value).</returns>
    public bool? GetBoolean(string? column)
    {
        var cell = ReadCell(IndexOf(column), zeroWhenEmpty: false);
        return cell.Parser is null ? null
            : ValueParser.TryParseBoolean(cell.Text, out var value, out var reason) ? value : Invalid<bool?>(column!, reason!);
    }

    /// <summary>Records a problem with the row; the row is then rejected. A problem already recorded is not repeated.</summary>
    /// <param name="column">The column at fault, or null for the whole row.</param>
    /// <param name="message">What is wrong.</param>
    /// <remarks>A cell read twice (as a platform figure kept beside the record and as a figure in it) reports its problem once.</remarks>
    public void AddError(string? column, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        var error = new ImportError(LineNumber, column, message);
        if (_errors is null || !_errors.Contains(error))
        {
            (_errors ??= []).Add(error);
        }
    }

    /// <summary>Makes the row the source's current record, with no problem recorded yet.</summary>
    internal void MoveTo(long lineNumber)
    {
        LineNumber = lineNumber;
        _errors = null;
    }

    /// <summary>Gets the trimmed text of the cell at a position (-1 for an absent column), or null when it is missing.</summary>
    internal string? TextAt(int index)
    {
        var cell = ReadCell(index, zeroWhenEmpty: false);
        return cell.Parser is null ? null : cell.Text.ToString();
    }

    /// <summary>Gets whether the cell at a position holds a value, neither missing nor absent.</summary>
    internal bool HasValueAt(int index) => ReadCell(index, zeroWhenEmpty: false).Parser is not null;

    internal string RequiredTextAt(int index, string column) => TextAt(index) ?? MissingValue(column, string.Empty);

    /// <summary>Records an error when the cell at a position has no value, without reading it.</summary>
    internal void RequireValueAt(int index, string column)
    {
        if (!HasValueAt(index))
        {
            _ = MissingValue(column, string.Empty);
        }
    }

    internal long? CountAt(int index, string? column)
    {
        var cell = ReadCell(index, zeroWhenEmpty: true);
        return cell.Parser is null ? null
            : cell.Parser.TryParseCount(cell.Text, out var value, out var reason) ? value : Invalid<long?>(column!, reason!);
    }

    internal long RequiredCountAt(int index, string column) =>
        ReadCell(index, zeroWhenEmpty: true).Parser is null ? MissingValue(column, 0L) : CountAt(index, column) ?? 0L;

    internal decimal? FractionAt(int index, string? column)
    {
        var cell = ReadCell(index, zeroWhenEmpty: true);
        return cell.Parser is null ? null
            : cell.Parser.TryParseFraction(cell.Text, out var value, out var reason) ? value : Invalid<decimal?>(column!, reason!);
    }

    internal Instant? InstantAt(int index, string? column)
    {
        var cell = ReadCell(index, zeroWhenEmpty: false);
        return cell.Parser is null ? null
            : cell.Parser.TryParseInstant(cell.Text, out var value, out var reason) ? value : Invalid<Instant?>(column!, reason!);
    }

    internal Instant RequiredInstantAt(int index, string column) =>
        ReadCell(index, zeroWhenEmpty: false).Parser is null ? MissingValue(column, default(Instant)) : InstantAt(index, column) ?? default;

    /// <summary>Gets the position of a column in the header, or -1 when the column is unmapped or absent.</summary>
    internal int IndexOf(string? column) => column is null ? -1 : _layout.IndexOf(column);

    // The text a getter parses and the parser that reads it: no parser for an unmapped or absent column and for a
    // missing value, except that a number getter reads a blank cell of a ZeroWhenEmpty column as "0".
    private Cell ReadCell(int index, bool zeroWhenEmpty)
    {
        if (index < 0)
        {
            return default;
        }

        var raw = _source.Field(index);
        if (zeroWhenEmpty && _layout.IsZeroWhenEmpty(index) && raw.IsWhiteSpace())
        {
            return new Cell("0", _layout.TextParser);
        }

        if (_layout.TextParser.IsMissing(raw))
        {
            return default;
        }

        return new Cell(raw.Trim(), _source.IsTyped(index) ? _layout.TypedCellParser : _layout.TextParser);
    }

    private TValue MissingValue<TValue>(string column, TValue placeholder)
    {
        AddError(column, HasColumn(column) ? MissingMessage : "the column is missing from the header");
        return placeholder;
    }

    private TValue? Invalid<TValue>(string column, string reason)
    {
        AddError(column, reason);
        return default;
    }

    // A cell's trimmed text, and the parser that reads it; no parser when the cell has no value.
    private readonly ref struct Cell(ReadOnlySpan<char> text, ValueParser? parser)
    {
        public ReadOnlySpan<char> Text { get; } = text;

        public ValueParser? Parser { get; } = parser;
    }
}
