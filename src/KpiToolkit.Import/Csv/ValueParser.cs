using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// Turns cell text into values with the options of one import: compiled once, then used for every row.
/// Each method returns false with a reason that names what was expected.
/// </summary>
internal sealed partial class ValueParser
{
    // Exports write rates such as 8.3E-4 in scientific notation; accept it beside the culture's own format.
    private const NumberStyles NumberStyle = NumberStyles.Number | NumberStyles.AllowExponent;

    // The longest count read without the decimal parser: 18 digits always fit a long.
    private const int MaxFastDigits = 18;

    private readonly CultureInfo _culture;
    private readonly DateTimeZone _zone;
    private readonly HashSet<string> _missing;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _missingBySpan;
    private readonly int _longestMissing;
    private readonly string _missingStarts;
    private readonly bool _emptyIsMissing;
    private readonly bool _groupsWithSpace;
    private readonly char _decimalSeparator;
    private readonly string _groupSeparator;
    private readonly Timestamp[] _timestamps;
    private readonly DatePattern[] _dates;
    private readonly string _timestampExamples;
    private readonly string _dateExamples;

    // The pattern that read the previous value, tried first: an export writes all its timestamps one way.
    private int _lastTimestamp = -1;
    private int _lastDate = -1;

    public ValueParser(CsvImportOptions options)
    {
        _culture = options.Culture;
        _zone = options.TimeZone;
        _missing = new HashSet<string>(options.MissingValues.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase);
        _missingBySpan = _missing.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestMissing = _missing.Max(m => m.Length);
        _missingStarts = string.Concat(_missing.Where(m => m.Length > 0).Select(m => $"{char.ToLowerInvariant(m[0])}{char.ToUpperInvariant(m[0])}"));
        _emptyIsMissing = _missing.Contains(string.Empty);
        _groupsWithSpace = _culture.NumberFormat.NumberGroupSeparator is var group
            && group.Length == 1 && IsSpace(group[0]);
        _groupSeparator = _culture.NumberFormat.NumberGroupSeparator;
        _decimalSeparator = _culture.NumberFormat.NumberDecimalSeparator is { Length: 1 } point ? point[0] : '\0';

        // Patterns with an offset are tried before those without, each group in the order given.
        _timestamps =
        [
            .. options.TimestampPatterns.Where(HasOffset).Select(p => new Timestamp(p, OffsetDateTimePattern.CreateWithInvariantCulture(p), null)),
            .. options.TimestampPatterns.Where(p => !HasOffset(p)).Select(p => new Timestamp(p, null, LocalDateTimePattern.CreateWithInvariantCulture(p))),
        ];
        _dates = [.. options.DatePatterns.Select(p => new DatePattern(LocalDatePattern.CreateWithInvariantCulture(p), SpanPattern.TryCompile(p, withTime: false)))];
        _timestampExamples = string.Join(" or ", options.TimestampPatterns.Select(p => $"'{p}'"));
        _dateExamples = string.Join(" or ", options.DatePatterns.Select(p => $"'{p}'"));
    }

    /// <summary>
    /// Gets which values read so far depend on the time zone of the export: timestamps without an offset, dates.
    /// One parser serves one import, on one thread.
    /// </summary>
    public ZoneDependence ZoneDependence { get; private set; }

    /// <summary>Gets whether the text stands for a missing value.</summary>
    public bool IsMissing(ReadOnlySpan<char> text)
    {
        // Most cells are longer than every marker, or start with a digit no marker starts with: they are told apart
        // without hashing.
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return _emptyIsMissing;
        }

        return trimmed.Length <= _longestMissing && _missingStarts.Contains(trimmed[0]) && _missingBySpan.Contains(trimmed);
    }

    public bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value, out string? reason)
    {
        var trimmed = text.Trim();
        if (TryParsePlainDecimal(trimmed, out value))
        {
            reason = null;
            return true;
        }

        Span<char> buffer = stackalloc char[Math.Min(trimmed.Length, 128)];
        var normalized = NormalizeGrouping(trimmed, buffer);
        if (decimal.TryParse(normalized, NumberStyle, _culture, out value))
        {
            if (HasWellPlacedGroups(normalized))
            {
                reason = null;
                return true;
            }

            // "3,5" parses as 35 in a culture that groups with commas: refuse it rather than guess.
            value = 0;
            reason = $"'{text}' has a digit-group separator '{_culture.NumberFormat.NumberGroupSeparator}' where groups of three digits are expected; is the file's culture {CultureName}?";
            return false;
        }

        reason = $"'{text}' is not a number in the {CultureName} culture (decimal separator '{_culture.NumberFormat.NumberDecimalSeparator}')";
        return false;
    }

    /// <summary>Reads a count: a whole number that is not negative, also when written <c>3423.0</c>.</summary>
    public bool TryParseCount(ReadOnlySpan<char> text, out long value, out string? reason)
    {
        if (TryParseDigits(text.Trim(), out value))
        {
            reason = null;
            return true;
        }

        value = 0;
        if (!TryParseDecimal(text, out var number, out reason))
        {
            return false;
        }

        // A decimal keeps 28 decimals: 1e-30 reads as 0, and 1.00…01 with 29 decimals as 1. The digits as written
        // say whether the value is whole.
        if (number != decimal.Truncate(number) || HasFractionDigits(text))
        {
            reason = $"'{text}' is not a whole number";
            return false;
        }

        if (number < 0)
        {
            reason = $"'{text}' is negative; a count cannot be";
            return false;
        }

        if (number > long.MaxValue)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"'{text}' is larger than the largest count ({long.MaxValue:N0})");
            return false;
        }

        value = decimal.ToInt64(number);
        return true;
    }

    /// <summary>Reads a number that may end with a percent sign; a percentage is returned as a fraction.</summary>
    public bool TryParseFraction(ReadOnlySpan<char> text, out decimal value, out string? reason)
    {
        var trimmed = text.Trim();
        var percent = trimmed.EndsWith('%');
        if (!TryParseDecimal(percent ? trimmed[..^1] : trimmed, out value, out reason))
        {
            reason = $"'{text}' is not a number or a percentage in the {CultureName} culture";
            return false;
        }

        if (percent)
        {
            // Multiplying keeps the digits the export wrote (45.20 % is 0.4520): they tell how far it rounded.
            value *= 0.01m;
        }

        return true;
    }

    /// <summary>
    /// Reads a timestamp with the patterns of the options: the one that read the previous timestamp first, then each
    /// in turn (those with an offset before those without), from the span where the pattern allows it.
    /// </summary>
    public bool TryParseInstant(ReadOnlySpan<char> text, out Instant value, out string? reason)
    {
        var trimmed = text.Trim();
        reason = null;
        if (_lastTimestamp >= 0 && _timestamps[_lastTimestamp].Fast is { } last && last.TryParseInstant(trimmed, _zone, out value))
        {
            Found(_lastTimestamp);
            return true;
        }

        for (var i = 0; i < _timestamps.Length; i++)
        {
            if (_timestamps[i].Fast is { } fast && fast.TryParseInstant(trimmed, _zone, out value))
            {
                Found(i);
                return true;
            }
        }

        // A pattern without a span form, or a text the span forms refuse: NodaTime reads it from a string.
        var textValue = trimmed.ToString();
        for (var i = 0; i < _timestamps.Length; i++)
        {
            if (_timestamps[i].TryParse(textValue, _zone, out value))
            {
                Found(i);
                return true;
            }
        }

        value = default;
        reason = $"'{text}' is not a timestamp like {_timestampExamples}";
        return false;

        void Found(int index)
        {
            _lastTimestamp = index;
            if (!_timestamps[index].HasOffset)
            {
                ZoneDependence |= ZoneDependence.LocalTimestamps;
            }
        }
    }

    public bool TryParseDate(ReadOnlySpan<char> text, out LocalDate value, out string? reason)
    {
        var trimmed = text.Trim();
        reason = null;
        if (_lastDate >= 0 && _dates[_lastDate].Fast is { } last && last.TryParseDate(trimmed, out value))
        {
            ZoneDependence |= ZoneDependence.Dates;
            return true;
        }

        for (var i = 0; i < _dates.Length; i++)
        {
            if (_dates[i].Fast is { } fast && fast.TryParseDate(trimmed, out value))
            {
                _lastDate = i;
                ZoneDependence |= ZoneDependence.Dates;
                return true;
            }
        }

        var textValue = trimmed.ToString();
        for (var i = 0; i < _dates.Length; i++)
        {
            if (_dates[i].Pattern.Parse(textValue) is { Success: true } result)
            {
                value = result.Value;
                _lastDate = i;
                ZoneDependence |= ZoneDependence.Dates;
                return true;
            }
        }

        value = default;
        reason = $"'{text}' is not a date like {_dateExamples}";
        return false;
    }

    public static bool TryParseBoolean(ReadOnlySpan<char> text, out bool value, out string? reason)
    {
        reason = null;
        var trimmed = text.Trim();
        Span<char> upper = stackalloc char[9];
        ReadOnlySpan<char> word = trimmed.Length <= upper.Length && trimmed.ToUpperInvariant(upper) is var length and >= 0 ? upper[..length] : "?";
        switch (word)
        {
            case "TRUE" or "YES" or "Y" or "1" or "PAID" or "SPONSORED" or "PROMOTED" or "OUI":
                value = true;
                return true;
            case "FALSE" or "NO" or "N" or "0" or "NON-PAID" or "UNPAID" or "ORGANIC" or "NON":
                value = false;
                return true;
            default:
                value = false;
                reason = $"'{text}' is not yes/no or true/false";
                return false;
        }
    }

    // A count written as digits only, or as digits and a decimal point followed by zeros (X writes 3423.0): read
    // without the decimal parser, which gives the same value for them.
    private string CultureName => _culture.Name.Length == 0 ? "invariant" : _culture.Name;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    private static bool HasOffset(string pattern) => pattern.Contains("o<", StringComparison.Ordinal);

    // Spreadsheets write "1 234" with a space, a no-break space or a narrow no-break space
    // whatever the culture says; read them all as the culture's own separator.
    private ReadOnlySpan<char> NormalizeGrouping(ReadOnlySpan<char> text, Span<char> buffer)
    {
        if (!_groupsWithSpace || !text.ContainsAny(' ', '\u00A0', '\u202F'))
        {
            return text;
        }

        var group = _culture.NumberFormat.NumberGroupSeparator[0];
        var target = text.Length <= buffer.Length ? buffer[..text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            target[i] = IsSpace(text[i]) ? group : text[i];
        }

        return target;
    }

    // One timestamp pattern: NodaTime's, and its span form when it has one.
    private sealed class Timestamp(string text, IPattern<OffsetDateTime>? offset, IPattern<LocalDateTime>? local)
    {
        public SpanPattern? Fast { get; } = SpanPattern.TryCompile(text, withTime: true);

        public bool HasOffset => offset is not null;

        public bool TryParse(string text, DateTimeZone zone, out Instant value)
        {
            if (offset?.Parse(text) is { Success: true } withOffset)
            {
                value = withOffset.Value.ToInstant();
                return true;
            }

            if (local?.Parse(text) is { Success: true } withoutOffset)
            {
                value = withoutOffset.Value.InZoneLeniently(zone).ToInstant();
                return true;
            }

            value = default;
            return false;
        }
    }

    private sealed record DatePattern(IPattern<LocalDate> Pattern, SpanPattern? Fast);
}
