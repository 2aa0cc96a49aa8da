using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

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
    private readonly IReadOnlyList<string> _zeroWhenEmpty = [];

    /// <summary>
    /// Gets the columns whose figures the platform derived itself (such as <c>engagement rate</c>), kept beside
    /// each record in <see cref="ImportRow{T}.PlatformFigures"/>. They are optional: a file without one still
    /// imports, and the column is listed in <see cref="ImportResult{T}.AbsentOptionalColumns"/>.
    /// </summary>
    public IReadOnlyList<string> PlatformFigureColumns
    {
        get => _platformFigureColumns;
        init => _platformFigureColumns = ColumnNames(value, nameof(PlatformFigureColumns));
    }

    /// <summary>
    /// Gets the columns whose empty cell means 0 rather than "not reported"; none by default.
    /// </summary>
    /// <value>An empty list: an empty cell is a missing value in every column.</value>
    /// <remarks>
    /// <para>Exports disagree on what an empty cell means. Most leave it empty when the platform did not report the
    /// figure, so by default it reads as missing (null), never as 0. Facebook's Page Insights export leaves it empty
    /// where a count is 0: list such columns here.</para>
    /// <para>Only a cell that is empty or holds only spaces becomes 0, and only through the number getters of
    /// <see cref="CsvRow"/> (<c>GetCount</c>, <c>GetDecimal</c>, <c>GetFraction</c> and their required forms). Other
    /// missing markers (<c>-</c>, <c>N/A</c>, <c>null</c>) still mean "not reported", and a column absent from the
    /// header stays missing. Names are matched as header names are: ignoring case, surrounding spaces and invisible
    /// characters. Each name must be one of the map's columns (required, optional or platform figure), so that a
    /// misspelt name is reported when the file's header is read rather than ignored.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">The list is null.</exception>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public IReadOnlyList<string> ZeroWhenEmpty
    {
        get => _zeroWhenEmpty;
        init => _zeroWhenEmpty = ColumnNames(value, nameof(ZeroWhenEmpty));
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

    /// <summary>
    /// Explains what to do when required columns are missing from a file's header, in a sentence added to the
    /// error; by default there is nothing to add.
    /// </summary>
    /// <param name="missing">The required columns the header lacks, as the map names them.</param>
    /// <returns>A sentence that says what the file or the map needs, or null.</returns>
    /// <remarks>
    /// Override it when a layout of the export is known to lack columns, such as a report without dates that
    /// needs the period it covers from the caller.
    /// </remarks>
    protected internal virtual string? ExplainMissingColumns(IReadOnlyList<string> missing) => null;

    /// <summary>
    /// Reads a row's values without making its record, for the columnar import; maps that have no such path build
    /// the record and copy it.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="values">Where the values go; a post map's only.</param>
    /// <returns>Whether the row was read without errors.</returns>
    internal virtual bool ReadPost(CsvRow row, PostValues values)
    {
        if (Build(row) is not SocialPost post || row.HasErrors)
        {
            return false;
        }

        values.CopyFrom(post);
        return true;
    }

    /// <summary>
    /// Reads a row's mention straight into columns, for the columnar import; maps that have no such path build the
    /// record and add it.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="builder">The columns being filled; a mention map's only.</param>
    /// <returns>Whether the row was read without errors and added.</returns>
    internal virtual bool AddMention(CsvRow row, MentionColumnsBuilder builder)
    {
        if (Build(row) is not Mention mention || row.HasErrors)
        {
            return false;
        }

        builder.Add(mention);
        return true;
    }

    /// <summary>Adds the column names that are set to a list, for <see cref="OptionalColumns"/>.</summary>
    /// <param name="columns">Column names, null where a field is unmapped.</param>
    /// <returns>The names that are set.</returns>
    protected static IEnumerable<string> Mapped(params string?[] columns) =>
        columns.Where(c => c is not null).Select(c => c!);

    private static IReadOnlyList<string> ColumnNames(IReadOnlyList<string>? names, string property) =>
        [.. (names ?? throw new ArgumentNullException(property))
            .Select(c => string.IsNullOrWhiteSpace(c)
                ? throw new ArgumentException($"{property} must not hold blank names.", property)
                : c.Trim())];
}
