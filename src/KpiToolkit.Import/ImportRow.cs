namespace KpiToolkit.Import;

/// <summary>What happened to one row of a file.</summary>
public enum ImportRowStatus
{
    /// <summary>The row was read into a record.</summary>
    Accepted,

    /// <summary>The row could not be read; <see cref="ImportRow{T}.Errors"/> says why.</summary>
    Rejected,

    /// <summary>
    /// The row holds no record by design and was set aside: a row describing the columns (see
    /// <see cref="CsvImportOptions.RowsAfterHeader"/>), a total the platform computed (see
    /// <see cref="CsvImportOptions.SummaryRowLabels"/>) or a comment line (see <see cref="CsvImportOptions.CommentPrefix"/>);
    /// <see cref="ImportRow{T}.SkipReason"/> says which.
    /// </summary>
    Skipped,
}

/// <summary>
/// One row of an import: the record read from it, or the errors that kept it out, with its line number and
/// the platform's own derived figures kept beside it.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ImportRow<T>
    where T : class
{
    private static readonly IReadOnlyDictionary<string, decimal?> NoFigures =
        new Dictionary<string, decimal?>(0, StringComparer.OrdinalIgnoreCase).AsReadOnly();

    private ImportRow(long lineNumber, ImportRowStatus status, T? record, IReadOnlyList<ImportError> errors, string? skipReason, IReadOnlyDictionary<string, decimal?> figures)
    {
        LineNumber = lineNumber;
        Status = status;
        Record = record;
        Errors = errors;
        SkipReason = skipReason;
        PlatformFigures = figures;
    }

    /// <summary>
    /// Gets the 1-based line the row starts on (a row with a multi-line text spans several lines); in a
    /// spreadsheet, its row number.
    /// </summary>
    public long LineNumber { get; }

    /// <summary>Gets what happened to the row.</summary>
    public ImportRowStatus Status { get; }

    /// <summary>
    /// Gets the record read from the row, or null when it was rejected or skipped; a row skipped as an earlier copy of a
    /// record read again further on (see <see cref="ImportResult{T}.Duplicates"/>) keeps the record it held.
    /// </summary>
    public T? Record { get; }

    /// <summary>Gets every problem found in the row; empty unless it was rejected.</summary>
    public IReadOnlyList<ImportError> Errors { get; }

    /// <summary>Gets why the row was skipped, or null.</summary>
    public string? SkipReason { get; }

    /// <summary>
    /// Gets the platform's own figures kept from the row, by column name (case-insensitive), such as X's
    /// <c>engagement rate</c>: a percentage is stored as a fraction, a missing value as null. Use them to
    /// compare the platform's figure with the one KpiToolkit computes.
    /// </summary>
    public IReadOnlyDictionary<string, decimal?> PlatformFigures { get; }

    internal static ImportRow<T> Accepted(long line, T record, IReadOnlyDictionary<string, decimal?>? figures) =>
        new(line, ImportRowStatus.Accepted, record, [], null, figures ?? NoFigures);

    internal static ImportRow<T> Rejected(long line, IReadOnlyList<ImportError> errors) =>
        new(line, ImportRowStatus.Rejected, null, errors, null, NoFigures);

    internal static ImportRow<T> Skipped(long line, string reason) =>
        new(line, ImportRowStatus.Skipped, null, [], reason, NoFigures);

    /// <summary>The row, accepted, set aside because a later row holds the same record.</summary>
    internal static ImportRow<T> SetAsideCopy(ImportRow<T> row, string reason) =>
        new(row.LineNumber, ImportRowStatus.Skipped, row.Record, [], reason, row.PlatformFigures);

    /// <summary>Returns the line, the status and the errors or the record.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => Status switch
    {
        ImportRowStatus.Accepted => $"line {LineNumber}: {Record}",
        ImportRowStatus.Skipped => $"line {LineNumber}: skipped ({SkipReason})",
        _ => string.Join("; ", Errors),
    };
}
