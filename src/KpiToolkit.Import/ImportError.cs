namespace KpiToolkit.Import;

/// <summary>Why a row of an import was rejected: the line, the column and what was wrong.</summary>
/// <param name="LineNumber">The 1-based line the row starts on in the file.</param>
/// <param name="Column">The column at fault, or null when the problem concerns the whole row.</param>
/// <param name="Message">What was wrong, naming the value and what was expected.</param>
public sealed record ImportError(long LineNumber, string? Column, string Message)
{
    /// <summary>Returns the error as <c>line 12, column 'impressions': …</c>.</summary>
    /// <returns>One line of text.</returns>
    public override string ToString() =>
        Column is null ? $"line {LineNumber}: {Message}" : $"line {LineNumber}, column '{Column}': {Message}";
}
