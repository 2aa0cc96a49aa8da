namespace KpiToolkit.Import;

/// <summary>
/// A CSV file that cannot be read at all: it has no header, or a required column is missing from it. Problems
/// confined to one row do not throw, a quote never closed and a record over the length limit included; they are
/// reported as rejected rows.
/// </summary>
public sealed class CsvFormatException : FormatException
{
    /// <summary>Creates the exception with a default message.</summary>
    public CsvFormatException()
        : base("The CSV file cannot be read.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public CsvFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public CsvFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a line of the file.</summary>
    /// <param name="lineNumber">The 1-based line the problem is on.</param>
    /// <param name="message">What is wrong.</param>
    /// <param name="column">The column concerned, if one is.</param>
    public CsvFormatException(long lineNumber, string message, string? column = null)
        : base(message)
    {
        LineNumber = lineNumber;
        Column = column;
    }

    /// <summary>Gets the 1-based line the problem is on, or null when no line is concerned.</summary>
    public long? LineNumber { get; }

    /// <summary>Gets the column concerned, such as a missing required column, or null.</summary>
    public string? Column { get; }
}
