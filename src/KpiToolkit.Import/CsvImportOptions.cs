using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Import;

/// <summary>
/// How a CSV file is written: its separator, the culture of its numbers, the time zone of timestamps without
/// an offset, the text that stands for a missing value, and the date and time patterns to try.
/// </summary>
/// <remarks>
/// The defaults read a UTF-8, invariant-culture file (<c>1234.5</c>) with the separator guessed from the
/// header, ISO 8601 timestamps and naive timestamps in UTC. Immutable; derive variants with <c>with</c>.
/// Two options are equal only when they share the same lists, as with any record holding collections.
/// </remarks>
public sealed record CsvImportOptions
{
    /// <summary>The longest record accepted by default, in characters (1 Mi).</summary>
    public const int DefaultMaxRecordLength = 1024 * 1024;

    private static readonly ReadOnlyCollection<string> DefaultMissing = Array.AsReadOnly<string>(["", "-", "N/A", "null"]);

    private readonly char? _delimiter;
    private readonly CultureInfo _culture = CultureInfo.InvariantCulture;
    private readonly DateTimeZone _timeZone = DateTimeZone.Utc;
    private readonly IReadOnlyList<string> _missingValues = DefaultMissing;
    private readonly IReadOnlyList<string> _timestampPatterns = Array.AsReadOnly<string>(
    [
        "uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>",
        "uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<+HHmm>",
        "uuuu-MM-dd'T'HH:mmo<G>",
        "uuuu-MM-dd HH:mm:ss;FFFFFFFFFo<G>",
        "uuuu-MM-dd HH:mm:ss;FFFFFFFFF o<G>",
        "uuuu-MM-dd HH:mm o<+HHmm>",
        "uuuu-MM-dd HH:mm o<G>",
        "uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFF",
        "uuuu-MM-dd'T'HH:mm",
        "uuuu-MM-dd HH:mm:ss;FFFFFFFFF",
        "uuuu-MM-dd HH:mm",
    ]);

    private readonly IReadOnlyList<string> _datePatterns = Array.AsReadOnly<string>(["uuuu-MM-dd"]);
    private readonly Encoding _encoding = Encoding.UTF8;
    private readonly int _linesBeforeHeader;
    private readonly int _rowsAfterHeader;
    private readonly int _maxRecordLength = DefaultMaxRecordLength;
    private readonly string? _commentPrefix;
    private readonly IReadOnlyList<string> _summaryRowLabels = [];

    /// <summary>Gets the options for an invariant-culture file with ISO dates.</summary>
    public static CsvImportOptions Default { get; } = new();

    /// <summary>
    /// Gets the field separator, or null (the default) to guess it from the header line among comma,
    /// semicolon and tab.
    /// </summary>
    /// <exception cref="ArgumentException">The separator is a quote or a line break.</exception>
    public char? Delimiter
    {
        get => _delimiter;
        init
        {
            if (value is '"' or '\r' or '\n')
            {
                throw new ArgumentException($"Delimiter cannot be a quote or a line break, but was '{value}'.", nameof(Delimiter));
            }

            _delimiter = value;
        }
    }

    /// <summary>
    /// Gets the culture of the numbers: its decimal separator and digit grouping. Invariant by default; use
    /// fr-FR or de-DE for a file written with a decimal comma. Spaces and no-break spaces are both accepted as
    /// a grouping separator when the culture groups with a space.
    /// </summary>
    public CultureInfo Culture
    {
        get => _culture;
        init => _culture = value ?? throw new ArgumentNullException(nameof(Culture));
    }

    /// <summary>
    /// Gets the time zone of the export: the zone of timestamps written without an offset, and the zone whose days
    /// its dates are; UTC by default.
    /// </summary>
    /// <remarks>
    /// <para>A local time that does not exist (skipped when clocks go forward) moves forward by the gap; one that
    /// occurs twice (when clocks go back) is read as the earlier of the two.</para>
    /// <para>Dates are read as written whatever the zone; the zone tells <see cref="ImportResult{T}.TimeZoneNote"/>
    /// whether the export's days are the reporting calendar's days.</para>
    /// </remarks>
    public DateTimeZone TimeZone
    {
        get => _timeZone;
        init => _timeZone = value ?? throw new ArgumentNullException(nameof(TimeZone));
    }

    /// <summary>
    /// Gets the texts, compared after trimming and ignoring case, that mean "no value": by default the empty
    /// cell, <c>-</c>, <c>N/A</c> and <c>null</c>. A missing value is never read as 0.
    /// </summary>
    public IReadOnlyList<string> MissingValues
    {
        get => _missingValues;
        init => _missingValues = Copy(value, nameof(MissingValues), allowBlank: true);
    }

    /// <summary>
    /// Gets the NodaTime patterns tried in order for a timestamp. A pattern with an offset field (<c>o&lt;…&gt;</c>)
    /// reads the instant from the offset; a pattern without one reads a local time in <see cref="TimeZone"/>.
    /// The defaults read ISO 8601 with or without an offset and <c>2021-12-28 16:45 +0000</c>.
    /// </summary>
    /// <exception cref="ArgumentException">A pattern is blank or not a valid NodaTime pattern.</exception>
    public IReadOnlyList<string> TimestampPatterns
    {
        get => _timestampPatterns;
        init => _timestampPatterns = Validated(Copy(value, nameof(TimestampPatterns), allowBlank: false), nameof(TimestampPatterns), static p =>
        {
            if (p.Contains("o<", StringComparison.Ordinal))
            {
                OffsetDateTimePattern.CreateWithInvariantCulture(p);
            }
            else
            {
                LocalDateTimePattern.CreateWithInvariantCulture(p);
            }
        });
    }

    /// <summary>Gets the NodaTime patterns tried in order for a date; ISO <c>uuuu-MM-dd</c> by default.</summary>
    /// <exception cref="ArgumentException">A pattern is blank or not a valid NodaTime pattern.</exception>
    public IReadOnlyList<string> DatePatterns
    {
        get => _datePatterns;
        init => _datePatterns = Validated(Copy(value, nameof(DatePatterns), allowBlank: false), nameof(DatePatterns), static p => LocalDatePattern.CreateWithInvariantCulture(p));
    }

    /// <summary>
    /// Gets the encoding of files and streams read as bytes when they carry no byte-order mark; UTF-8 by
    /// default. Set code page 1252 for Excel's Western exports (<c>Encoding.GetEncoding(1252)</c>, after
    /// <c>Encoding.RegisterProvider(CodePagesEncodingProvider.Instance)</c>), not Latin-1, which turns their curly quotes
    /// and euro sign into control characters. A row the encoding could not decode, or holding such a control character,
    /// is rejected naming its line and the encoding.
    /// </summary>
    public Encoding Encoding
    {
        get => _encoding;
        init => _encoding = value ?? throw new ArgumentNullException(nameof(Encoding));
    }

    /// <summary>
    /// Gets how many records come before the header (a report title, a date range); 0 by default. In a
    /// spreadsheet, the rows above the header, such as LinkedIn's title row. Blank lines and comment lines are not
    /// counted.
    /// </summary>
    public int LinesBeforeHeader
    {
        get => _linesBeforeHeader;
        init => _linesBeforeHeader = NotNegative(value, nameof(LinesBeforeHeader));
    }

    /// <summary>
    /// Gets how many records right after the header describe the columns instead of holding data (the
    /// Facebook export has one); 0 by default. They are counted as skipped rows, not read as data.
    /// </summary>
    public int RowsAfterHeader
    {
        get => _rowsAfterHeader;
        init => _rowsAfterHeader = NotNegative(value, nameof(RowsAfterHeader));
    }

    /// <summary>
    /// Gets the text that starts a comment line, such as <c>#</c> for the report name, property and date range
    /// Google Analytics 4 writes above its header; null (no comments) by default.
    /// </summary>
    /// <remarks>
    /// A line that starts with it, at its very first character, is read whole as a comment, quotes included.
    /// Comment lines before the header are passed over and are not counted in <see cref="LinesBeforeHeader"/>;
    /// one after the header is listed as a skipped row, so that a data row that happens to start with the prefix
    /// is seen rather than lost. Not used for spreadsheets.
    /// </remarks>
    /// <exception cref="ArgumentException">The prefix is empty or holds a quote, a line break or a space.</exception>
    public string? CommentPrefix
    {
        get => _commentPrefix;
        init => _commentPrefix = value is null || (value.Length > 0 && value.AsSpan().IndexOfAny("\"\r\n \t") < 0)
            ? value
            : throw new ArgumentException($"CommentPrefix must be non-empty and hold no quote, line break or space, but was '{value}'.", nameof(CommentPrefix));
    }

    /// <summary>
    /// Gets the labels that mark a row the platform computed over the others, such as the <c>Total</c> row of
    /// YouTube Studio's table export; none by default.
    /// </summary>
    /// <remarks>
    /// A row whose first cell holds one of them (compared ignoring case and surrounding spaces) is not read as a
    /// record: it is listed in <see cref="ImportResult{T}.Skipped"/> with the reason, so that a total is neither
    /// counted twice nor lost from sight.
    /// </remarks>
    /// <exception cref="ArgumentException">A label is blank.</exception>
    public IReadOnlyList<string> SummaryRowLabels
    {
        get => _summaryRowLabels;
        init => _summaryRowLabels = [.. Copy(value, nameof(SummaryRowLabels), allowBlank: false).Select(l => l.Trim())];
    }

    /// <summary>
    /// Gets the longest record accepted, in characters; <see cref="DefaultMaxRecordLength"/> by default. It
    /// bounds the memory a damaged file can take: a longer record is rejected on its first line, naming the line and
    /// the cause, and reading goes on at the next line, instead of reading the whole file into one value.
    /// </summary>
    public int MaxRecordLength
    {
        get => _maxRecordLength;
        init => _maxRecordLength = value > 0
            ? value
            : throw new ArgumentOutOfRangeException(nameof(MaxRecordLength), value, "MaxRecordLength must be greater than zero.");
    }

    private static int NotNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} must not be negative.");

    private static ReadOnlyCollection<string> Validated(ReadOnlyCollection<string> patterns, string name, Action<string> compile)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            try
            {
                compile(patterns[i]);
            }
            catch (InvalidPatternException e)
            {
                throw new ArgumentException($"{name}[{i}] '{patterns[i]}' is not a valid NodaTime pattern: {e.Message}", name, e);
            }
        }

        return patterns;
    }

    private static ReadOnlyCollection<string> Copy(IReadOnlyList<string>? values, string name, bool allowBlank)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        var copy = values.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null || (!allowBlank && string.IsNullOrWhiteSpace(copy[i])))
            {
                throw new ArgumentException($"{name}[{i}] must be non-blank text.", name);
            }
        }

        return Array.AsReadOnly(copy);
    }
}
