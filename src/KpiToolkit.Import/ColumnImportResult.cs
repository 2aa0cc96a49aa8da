using KpiToolkit.Import.Csv;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Import;

/// <summary>
/// What a columnar import read: the columns of the rows it accepted, and, as in <see cref="ImportResult{T}"/>, the rows
/// it rejected with their reasons, the rows it set aside, the optional columns the file did not have and the time zone
/// it read the export in. No row is lost: every data row of the file is in the columns, in <see cref="Rejected"/> or
/// in <see cref="Skipped"/>.
/// </summary>
/// <typeparam name="TRecord">The record type a record import of the same file gives, such as <c>SocialPost</c>.</typeparam>
/// <typeparam name="TColumns">What the accepted rows became, such as <c>PostColumns</c>.</typeparam>
public sealed class ColumnImportResult<TRecord, TColumns>
    where TRecord : class
    where TColumns : class
{
    private readonly ImportResult<TRecord> _rows;

    internal ColumnImportResult(
        TColumns columns,
        long acceptedCount,
        IReadOnlyList<ImportRow<TRecord>> reported,
        IReadOnlyList<string> absentOptionalColumns,
        DateTimeZone timeZone,
        ZoneDependence zoneDependence,
        HeaderReport? header)
    {
        Columns = columns;
        AcceptedCount = acceptedCount;
        _rows = new ImportResult<TRecord>(reported, absentOptionalColumns, timeZone, zoneDependence, header);
    }

    /// <summary>Gets what the header held: the columns as matched, duplicate names, names with invisible characters, missing optional columns.</summary>
    public HeaderReport Header => _rows.Header;

    /// <summary>Gets the columns of the accepted rows, in file order.</summary>
    public TColumns Columns { get; }

    /// <summary>Gets how many rows were accepted into <see cref="Columns"/>.</summary>
    public long AcceptedCount { get; }

    /// <summary>Gets the rejected rows, each with its line number and every problem found, as a record import reports them.</summary>
    public IReadOnlyList<ImportRow<TRecord>> Rejected => _rows.Rejected;

    /// <summary>Gets the rows set aside because they hold no record, as a record import reports them.</summary>
    public IReadOnlyList<ImportRow<TRecord>> Skipped => _rows.Skipped;

    /// <summary>Gets the optional columns of the mapping that the header did not have.</summary>
    public IReadOnlyList<string> AbsentOptionalColumns => _rows.AbsentOptionalColumns;

    /// <summary>Gets the time zone the export was read in (<see cref="CsvImportOptions.TimeZone"/>).</summary>
    public DateTimeZone TimeZone => _rows.TimeZone;

    /// <summary>Gets every error of every rejected row, in file order.</summary>
    public IEnumerable<ImportError> Errors => _rows.Errors;

    /// <summary>Gets whether every data row was read.</summary>
    public bool IsComplete => _rows.IsComplete;

    /// <summary>Says when the reporting calendar is in another time zone than the export; see <see cref="ImportResult{T}.TimeZoneNote"/>.</summary>
    /// <param name="calendar">The calendar the columns will be reported in.</param>
    /// <returns>A sentence naming both zones and what moves, or null when they agree or the zone did not matter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public string? TimeZoneNote(ReportingCalendar calendar) => _rows.TimeZoneNote(calendar);

    /// <summary>Returns the count of data rows read, then of those accepted, rejected and skipped (skipped only when there are some).</summary>
    /// <returns>A one-line summary, such as "60 rows read, 59 accepted, 1 rejected".</returns>
    public override string ToString() => ImportCounts.Describe(AcceptedCount, Rejected.Count, Skipped.Count);
}
