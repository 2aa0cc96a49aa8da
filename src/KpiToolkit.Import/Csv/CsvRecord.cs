namespace KpiToolkit.Import.Csv;

/// <summary>One record of a file: its fields and the line (or spreadsheet row) it starts on.</summary>
/// <param name="LineNumber">The 1-based physical line the record starts on, or its row number in a spreadsheet.</param>
/// <param name="Fields">The fields, unquoted and unescaped, not trimmed; a comment line is one field, its whole text.</param>
/// <param name="Problem">What was wrong with the record's quoting, or null when it was well formed.</param>
internal sealed record CsvRecord(long LineNumber, string[] Fields, string? Problem)
{
    /// <summary>Gets whether the record is a comment line (<see cref="CsvImportOptions.CommentPrefix"/>) rather than data.</summary>
    public bool IsComment { get; init; }

    /// <summary>
    /// Gets, by field, whether a spreadsheet stored the cell as a number, a date or a yes/no and the field holds its
    /// invariant text; null for a CSV record, whose fields are all text.
    /// </summary>
    public bool[]? TypedCells { get; init; }
}
