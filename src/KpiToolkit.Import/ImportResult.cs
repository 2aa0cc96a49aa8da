namespace KpiToolkit.Import;

/// <summary>
/// Everything an import read: the records, the rows it rejected with their reasons, the rows it set aside,
/// and the optional columns the file did not have. No row is lost: every data row of the file is in exactly
/// one of <see cref="Accepted"/>, <see cref="Rejected"/> and <see cref="Skipped"/>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ImportResult<T>
    where T : class
{
    internal ImportResult(IReadOnlyList<ImportRow<T>> rows, IReadOnlyList<string> absentOptionalColumns)
    {
        Accepted = [.. rows.Where(r => r.Status == ImportRowStatus.Accepted)];
        Rejected = [.. rows.Where(r => r.Status == ImportRowStatus.Rejected)];
        Skipped = [.. rows.Where(r => r.Status == ImportRowStatus.Skipped)];
        Records = [.. Accepted.Select(r => r.Record!)];
        AbsentOptionalColumns = absentOptionalColumns;
    }

    /// <summary>Gets the records read, in file order.</summary>
    public IReadOnlyList<T> Records { get; }

    /// <summary>Gets the accepted rows, with their line numbers and platform figures.</summary>
    public IReadOnlyList<ImportRow<T>> Accepted { get; }

    /// <summary>Gets the rejected rows, each with its line number and every problem found.</summary>
    public IReadOnlyList<ImportRow<T>> Rejected { get; }

    /// <summary>Gets the rows set aside because they hold no data (column descriptions after the header).</summary>
    public IReadOnlyList<ImportRow<T>> Skipped { get; }

    /// <summary>
    /// Gets the optional columns of the mapping that the header did not have; their values are missing (null)
    /// in every record, never 0.
    /// </summary>
    public IReadOnlyList<string> AbsentOptionalColumns { get; }

    /// <summary>Gets every error of every rejected row, in file order.</summary>
    public IEnumerable<ImportError> Errors => Rejected.SelectMany(r => r.Errors);

    /// <summary>Gets whether every data row was read.</summary>
    public bool IsComplete => Rejected.Count == 0;

    /// <summary>Returns the counts of accepted, rejected and skipped rows.</summary>
    /// <returns>A one-line summary.</returns>
    public override string ToString() =>
        $"{Accepted.Count} rows read, {Rejected.Count} rejected, {Skipped.Count} skipped";
}
