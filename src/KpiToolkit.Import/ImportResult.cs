using KpiToolkit.Import.Csv;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Import;

/// <summary>
/// Everything an import read: the records, the rows it rejected with their reasons, the rows it set aside,
/// the optional columns the file did not have, and the time zone it read the export in. No row is lost: every
/// data row of the file is in exactly one of <see cref="Accepted"/>, <see cref="Rejected"/> and <see cref="Skipped"/>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ImportResult<T>
    where T : class
{
    private readonly ZoneDependence _zoneDependence;

    internal ImportResult(IReadOnlyList<ImportRow<T>> rows, IReadOnlyList<string> absentOptionalColumns, DateTimeZone timeZone, ZoneDependence zoneDependence, HeaderReport? header = null)
    {
        rows = ImportDuplicates.SetAsideCopies(rows, out var duplicates);
        Duplicates = duplicates;
        Header = header ?? new HeaderReport(0, [], absentOptionalColumns, []);
        Accepted = [.. rows.Where(r => r.Status == ImportRowStatus.Accepted)];
        Rejected = [.. rows.Where(r => r.Status == ImportRowStatus.Rejected)];
        Skipped = [.. rows.Where(r => r.Status == ImportRowStatus.Skipped)];
        Records = [.. Accepted.Select(r => r.Record!)];
        AbsentOptionalColumns = absentOptionalColumns;
        TimeZone = timeZone;
        _zoneDependence = zoneDependence;
    }

    /// <summary>
    /// Gets what reading the header found: its columns as matched, and a note for each name read otherwise than written
    /// (a duplicate, invisible characters) and each absent optional column.
    /// </summary>
    public HeaderReport Header { get; }

    /// <summary>Gets the records read, in file order.</summary>
    public IReadOnlyList<T> Records { get; }

    /// <summary>Gets the accepted rows, with their line numbers and platform figures.</summary>
    public IReadOnlyList<ImportRow<T>> Accepted { get; }

    /// <summary>Gets the rejected rows, each with its line number and every problem found.</summary>
    public IReadOnlyList<ImportRow<T>> Rejected { get; }

    /// <summary>
    /// Gets the rows set aside because they hold no record: column descriptions after the header, totals the
    /// platform computed (<see cref="CsvImportOptions.SummaryRowLabels"/>) and comment lines among the data; and the
    /// earlier copies of a record read again further on (see <see cref="Duplicates"/>).
    /// </summary>
    public IReadOnlyList<ImportRow<T>> Skipped { get; }

    /// <summary>
    /// Gets the posts, mentions and press articles read from more than one row: the last row is kept, and each earlier
    /// copy is in <see cref="Skipped"/> with the line of the one kept. A post is identified by its channel and id, a
    /// mention by its channel (or none) and id, an article by its outlet and id, as <see cref="Activity.ActivityData"/>
    /// identifies them; other records are never duplicates.
    /// </summary>
    public IReadOnlyList<ImportDuplicate> Duplicates { get; }

    /// <summary>
    /// Gets the optional columns of the mapping that the header did not have; their values are missing (null)
    /// in every record, never 0.
    /// </summary>
    public IReadOnlyList<string> AbsentOptionalColumns { get; }

    /// <summary>
    /// Gets the time zone the export was read in (<see cref="CsvImportOptions.TimeZone"/>): the zone of its
    /// timestamps written without an offset, and the zone whose days its dates are.
    /// </summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Gets every error of every rejected row, in file order.</summary>
    public IEnumerable<ImportError> Errors => Rejected.SelectMany(r => r.Errors);

    /// <summary>Gets whether every data row was read.</summary>
    public bool IsComplete => Rejected.Count == 0;

    /// <summary>
    /// Says when the reporting calendar is in another time zone than the export, so that days, weeks and months
    /// do not cover the same hours as in the platform's own reports.
    /// </summary>
    /// <param name="calendar">The calendar the records will be reported in.</param>
    /// <returns>
    /// A sentence naming both zones and what moves, or null when they agree, or when the export's zone did not
    /// matter: every timestamp read carried its offset and no date was read.
    /// </returns>
    /// <remarks>
    /// <para>A timestamp keeps its instant in any zone, but near midnight it falls on another day in the calendar
    /// than in the export, and so possibly in another week or month: per-period totals can differ from the
    /// platform's. A date (one row per day) is counted as the calendar's day of the same date, although that day
    /// starts at another instant in the export's zone.</para>
    /// <para>Zones are compared by id; two fixed zones of one offset (<c>UTC</c> and <c>Etc/UTC</c>) agree.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    public string? TimeZoneNote(ReportingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (_zoneDependence == ZoneDependence.None || SameZone(TimeZone, calendar.Zone))
        {
            return null;
        }

        var exportZone = TimeZone.Id;
        var calendarZone = calendar.Zone.Id;
        var timestamps = _zoneDependence.HasFlag(ZoneDependence.LocalTimestamps)
            ? $"Timestamps without an offset were read in {exportZone}, but the reporting calendar is in {calendarZone}: " +
              "an event near midnight falls on another day, and possibly in another week or month, than in the platform's own reports."
            : null;
        var dates = _zoneDependence.HasFlag(ZoneDependence.Dates)
            ? $"The export's dates are days in {exportZone}, but the reporting calendar is in {calendarZone}: " +
              $"each is counted as the calendar day of the same date, which starts at another instant, so weekly and monthly totals " +
              "cover other hours than in the platform's own reports."
            : null;
        return timestamps is not null && dates is not null ? $"{timestamps} {dates}" : timestamps ?? dates;
    }

    /// <summary>Returns the count of data rows read, then of those accepted, rejected and skipped (skipped only when there are some).</summary>
    /// <returns>A one-line summary, such as "60 rows read, 59 accepted, 1 rejected".</returns>
    public override string ToString() =>
        ImportCounts.Describe(Accepted.Count, Rejected.Count, Skipped.Count) +
        (Duplicates.Count == 0 ? string.Empty : $" ({Duplicates.Sum(d => d.DroppedLines.Count)} of them earlier copies of {Duplicates.Count} records read again)");

    private static bool SameZone(DateTimeZone a, DateTimeZone b) =>
        a.Id == b.Id || (a.MinOffset == a.MaxOffset && b.MinOffset == b.MaxOffset && a.MinOffset == b.MinOffset);
}
