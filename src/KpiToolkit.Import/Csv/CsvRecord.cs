namespace KpiToolkit.Import.Csv;

/// <summary>One record of a CSV file: its fields and the line it starts on.</summary>
/// <param name="LineNumber">The 1-based physical line the record starts on.</param>
/// <param name="Fields">The fields, unquoted and unescaped, not trimmed.</param>
/// <param name="Problem">What was wrong with the record's quoting, or null when it was well formed.</param>
internal sealed record CsvRecord(long LineNumber, string[] Fields, string? Problem);
