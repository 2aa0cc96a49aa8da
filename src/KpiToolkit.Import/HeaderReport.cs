namespace KpiToolkit.Import;

/// <summary>
/// What reading the header found, before any data row: the columns as they are matched, the mapped optional columns
/// the file does not have, and every name that was read otherwise than written (a duplicate, invisible characters).
/// </summary>
/// <remarks>
/// <see cref="ImportResult{T}.Header"/> holds it after a whole import; the streaming
/// <see cref="CsvImporter{T}.Read(TextReader, Action{HeaderReport})"/> hands it over once the header is read, before the
/// first row.
/// </remarks>
public sealed class HeaderReport
{
    internal HeaderReport(long lineNumber, IReadOnlyList<string> columns, IReadOnlyList<string> absentOptionalColumns, IReadOnlyList<string> notes)
    {
        LineNumber = lineNumber;
        Columns = columns;
        AbsentOptionalColumns = absentOptionalColumns;
        Notes = notes;
    }

    /// <summary>Gets the line the header is on (in a spreadsheet, its row number).</summary>
    public long LineNumber { get; }

    /// <summary>Gets the column names as they are matched: trimmed, without invisible characters.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Gets the optional columns of the mapping that the header does not have; their values are missing (null) in every record.</summary>
    public IReadOnlyList<string> AbsentOptionalColumns { get; }

    /// <summary>
    /// Gets one sentence per header name read otherwise than written: a name that appears twice (which column is read,
    /// which ignored), a name holding invisible characters (which, and the name it is matched as), and each absent
    /// optional column.
    /// </summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Returns the notes, one per line, or a sentence saying there is none.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString() =>
        Notes.Count == 0 ? $"line {LineNumber}: the header reads as written" : string.Join(Environment.NewLine, Notes);
}
