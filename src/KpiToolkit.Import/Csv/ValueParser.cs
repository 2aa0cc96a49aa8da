using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// Turns cell text into values with the options of one import: compiled once, then used for every row.
/// Each method returns false with a reason that names what was expected.
/// </summary>
internal sealed class ValueParser
{
    // Exports write rates such as 8.3E-4 in scientific notation; accept it beside the culture's own format.
    private const NumberStyles NumberStyle = NumberStyles.Number | NumberStyles.AllowExponent;

    private readonly CultureInfo _culture;
    private readonly DateTimeZone _zone;
    private readonly HashSet<string> _missing;
    private readonly bool _groupsWithSpace;
    private readonly IPattern<OffsetDateTime>[] _offsetPatterns;
    private readonly IPattern<LocalDateTime>[] _localPatterns;
    private readonly IPattern<LocalDate>[] _datePatterns;
    private readonly string _timestampExamples;
    private readonly string _dateExamples;

    public ValueParser(CsvImportOptions options)
    {
        _culture = options.Culture;
        _zone = options.TimeZone;
        _missing = new HashSet<string>(options.MissingValues.Select(m => m.Trim()), StringComparer.OrdinalIgnoreCase);
        _groupsWithSpace = _culture.NumberFormat.NumberGroupSeparator is var group
            && group.Length == 1 && IsSpace(group[0]);

        var offset = new List<IPattern<OffsetDateTime>>();
        var local = new List<IPattern<LocalDateTime>>();
        foreach (var text in options.TimestampPatterns)
        {
            if (text.Contains("o<", StringComparison.Ordinal))
            {
                offset.Add(OffsetDateTimePattern.CreateWithInvariantCulture(text));
            }
            else
            {
                local.Add(LocalDateTimePattern.CreateWithInvariantCulture(text));
            }
        }

        _offsetPatterns = [.. offset];
        _localPatterns = [.. local];
        _datePatterns = [.. options.DatePatterns.Select(p => LocalDatePattern.CreateWithInvariantCulture(p))];
        _timestampExamples = string.Join(" or ", options.TimestampPatterns.Select(p => $"'{p}'"));
        _dateExamples = string.Join(" or ", options.DatePatterns.Select(p => $"'{p}'"));
    }

    /// <summary>
    /// Gets which values read so far depend on the time zone of the export: timestamps without an offset, dates.
    /// One parser serves one import, on one thread.
    /// </summary>
    public ZoneDependence ZoneDependence { get; private set; }

    /// <summary>Gets whether the text stands for a missing value.</summary>
    public bool IsMissing(string text) => _missing.Contains(text.Trim());

    public bool TryParseDecimal(string text, out decimal value, out string? reason)
    {
        var normalized = NormalizeGrouping(text.Trim());
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
    public bool TryParseCount(string text, out long value, out string? reason)
    {
        value = 0;
        if (!TryParseDecimal(text, out var number, out reason))
        {
            return false;
        }

        if (number != decimal.Truncate(number))
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
    public bool TryParseFraction(string text, out decimal value, out string? reason)
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

    public bool TryParseInstant(string text, out Instant value, out string? reason)
    {
        var trimmed = text.Trim();
        foreach (var pattern in _offsetPatterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } result)
            {
                value = result.Value.ToInstant();
                reason = null;
                return true;
            }
        }

        foreach (var pattern in _localPatterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } result)
            {
                value = result.Value.InZoneLeniently(_zone).ToInstant();
                ZoneDependence |= ZoneDependence.LocalTimestamps;
                reason = null;
                return true;
            }
        }

        value = default;
        reason = $"'{text}' is not a timestamp like {_timestampExamples}";
        return false;
    }

    public bool TryParseDate(string text, out LocalDate value, out string? reason)
    {
        var trimmed = text.Trim();
        foreach (var pattern in _datePatterns)
        {
            if (pattern.Parse(trimmed) is { Success: true } result)
            {
                value = result.Value;
                ZoneDependence |= ZoneDependence.Dates;
                reason = null;
                return true;
            }
        }

        value = default;
        reason = $"'{text}' is not a date like {_dateExamples}";
        return false;
    }

    public static bool TryParseBoolean(string text, out bool value, out string? reason)
    {
        reason = null;
        switch (text.Trim().ToUpperInvariant())
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

    private bool HasWellPlacedGroups(string text)
    {
        var format = _culture.NumberFormat;
        if (!text.Contains(format.NumberGroupSeparator, StringComparison.Ordinal))
        {
            // The common case, checked without splitting: every cell of a large export comes through here.
            return true;
        }

        var mantissa = text.Split('e', 'E')[0];
        var integerPart = mantissa.Split(format.NumberDecimalSeparator)[0].Trim().TrimStart('-', '+');
        var groups = integerPart.Split(format.NumberGroupSeparator);
        if (groups.Length == 1)
        {
            return true;
        }

        // "0,125" is a decimal comma, never 125: a leading group of 0 does not start a grouped number.
        return groups[0].Length is >= 1 and <= 3
            && groups[0].TrimStart('0').Length > 0
            && groups.Skip(1).All(g => g.Length == 3);
    }

    private string CultureName => _culture.Name.Length == 0 ? "invariant" : _culture.Name;

    private static bool IsSpace(char c) => c is ' ' or '\u00A0' or '\u202F';

    // Spreadsheets write "1 234" with a space, a no-break space or a narrow no-break space
    // whatever the culture says; read them all as the culture's own separator.
    private string NormalizeGrouping(string text)
    {
        if (!_groupsWithSpace || !text.AsSpan().ContainsAny(' ', '\u00A0', '\u202F'))
        {
            return text;
        }

        var group = _culture.NumberFormat.NumberGroupSeparator[0];
        return string.Create(text.Length, (text, group), static (span, state) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = state.text[i];
                span[i] = IsSpace(c) ? state.group : c;
            }
        });
    }
}
