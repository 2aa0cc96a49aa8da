namespace KpiToolkit.Import;

/// <summary>
/// How the columns of a file become one record: which columns it needs, which it reads when present, and
/// how a row is built. Derive from it to import a type of your own; the built-in maps cover every activity
/// record of KpiToolkit.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public abstract class CsvRecordMap<T>
    where T : class
{
    private readonly IReadOnlyList<string> _platformFigureColumns = [];

    /// <summary>
    /// Gets the columns whose figures the platform derived itself (such as <c>engagement rate</c>), kept beside
    /// each record in <see cref="ImportRow{T}.PlatformFigures"/>. They are optional: a file without one still
    /// imports, and the column is listed in <see cref="ImportResult{T}.AbsentOptionalColumns"/>.
    /// </summary>
    public IReadOnlyList<string> PlatformFigureColumns
    {
        get => _platformFigureColumns;
        init => _platformFigureColumns = [.. (value ?? throw new ArgumentNullException(nameof(PlatformFigureColumns)))
            .Select(c => string.IsNullOrWhiteSpace(c)
                ? throw new ArgumentException("PlatformFigureColumns must not hold blank names.", nameof(PlatformFigureColumns))
                : c.Trim())];
    }

    /// <summary>Gets the columns the file must have; a file without one of them is refused whole.</summary>
    /// <returns>The required column names.</returns>
    protected internal abstract IEnumerable<string> RequiredColumns();

    /// <summary>Gets the columns read when the file has them.</summary>
    /// <returns>The optional column names.</returns>
    protected internal abstract IEnumerable<string> OptionalColumns();

    /// <summary>
    /// Builds the record of one row. Read every field through <paramref name="row"/>'s getters, which record
    /// problems; return null when <see cref="CsvRow.HasErrors"/> is true. An <see cref="ArgumentException"/>
    /// thrown by the record's constructor rejects the row with its message.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <returns>The record, or null when the row has errors.</returns>
    protected internal abstract T? Build(CsvRow row);

    /// <summary>Adds the column names that are set to a list, for <see cref="OptionalColumns"/>.</summary>
    /// <param name="columns">Column names, null where a field is unmapped.</param>
    /// <returns>The names that are set.</returns>
    protected static IEnumerable<string> Mapped(params string?[] columns) =>
        columns.Where(c => c is not null).Select(c => c!);
}
