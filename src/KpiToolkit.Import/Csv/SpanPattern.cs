using NodaTime;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// A NodaTime date or timestamp pattern read straight from a span of characters, for the patterns exports write
/// (<c>uuuu-MM-dd HH:mm o&lt;+HHmm&gt;</c>, <c>M/d/uuuu h:mm:ss tt</c>, <c>uuuuMMdd</c> …), so that a cell becomes a
/// value without a string. A pattern with a field this reader does not know has no span form (<see cref="TryCompile"/>
/// returns null) and is read by NodaTime from a string.
/// </summary>
/// <remarks>
/// It accepts a subset of what the NodaTime pattern accepts, and reads it to the same value: fields of a fixed width
/// (<c>uuuu</c>, <c>MM</c>, <c>dd</c>, <c>HH</c>, <c>hh</c>, <c>mm</c>, <c>ss</c>) take exactly that many digits, the
/// short ones (<c>M</c>, <c>d</c>, <c>H</c>, <c>h</c>) one or two, a fraction (<c>;FFF…</c>) a point or a comma and
/// one to as many digits as <c>F</c>s, <c>tt</c> <c>AM</c> or <c>PM</c>, <c>o&lt;G&gt;</c> <c>Z</c> or
/// <c>±HH:mm</c>, <c>o&lt;+HHmm&gt;</c> <c>±HHmm</c>. Text it refuses may still be read by NodaTime, which the value
/// parser tries next.
/// </remarks>
internal sealed class SpanPattern
{
    private readonly Field[] _fields;

    private SpanPattern(Field[] fields, bool hasOffset)
    {
        _fields = fields;
        HasOffset = hasOffset;
    }

    private enum Kind : byte
    {
        Literal,
        Year4,
        Month,
        Day,
        Hour24,
        Hour12,
        Minute,
        Second,
        Fraction,
        AmPm,
        OffsetGeneral,
        OffsetCompact,
    }

    /// <summary>Gets whether the pattern reads an offset, so that its text names an instant by itself.</summary>
    public bool HasOffset { get; }

    /// <summary>Compiles a NodaTime pattern, or returns null when it holds a field this reader does not know.</summary>
    /// <param name="pattern">The NodaTime pattern text.</param>
    /// <param name="withTime">Whether time fields are allowed (a timestamp), or only date fields (a date).</param>
    public static SpanPattern? TryCompile(string pattern, bool withTime)
    {
        var fields = new List<Field>();
        var hasOffset = false;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            var run = 1;
            while (i + run < pattern.Length && pattern[i + run] == c)
            {
                run++;
            }

            switch (c)
            {
                case 'u' when run == 4:
                    fields.Add(new Field(Kind.Year4, 4, 4));
                    break;
                case 'M' when run <= 2:
                    fields.Add(new Field(Kind.Month, run, 2));
                    break;
                case 'd' when run <= 2:
                    fields.Add(new Field(Kind.Day, run, 2));
                    break;
                case 'H' when withTime && run <= 2:
                    fields.Add(new Field(Kind.Hour24, run, 2));
                    break;
                case 'h' when withTime && run <= 2:
                    fields.Add(new Field(Kind.Hour12, run, 2));
                    break;
                case 'm' when withTime && run == 2:
                    fields.Add(new Field(Kind.Minute, 2, 2));
                    break;
                case 's' when withTime && run == 2:
                    fields.Add(new Field(Kind.Second, 2, 2));
                    break;
                case 't' when withTime && run == 2:
                    fields.Add(new Field(Kind.AmPm, 2, 2));
                    break;
                case ';' when withTime && run == 1 && FractionDigits(pattern, i + 1) is var digits and > 0:
                    fields.Add(new Field(Kind.Fraction, 1, digits));
                    run = 1 + digits;
                    break;
                case 'o' when withTime && run == 1 && pattern.AsSpan(i).StartsWith("o<G>", StringComparison.Ordinal):
                    fields.Add(new Field(Kind.OffsetGeneral, 1, 6));
                    hasOffset = true;
                    run = 4;
                    break;
                case 'o' when withTime && run == 1 && pattern.AsSpan(i).StartsWith("o<+HHmm>", StringComparison.Ordinal):
                    fields.Add(new Field(Kind.OffsetCompact, 5, 5));
                    hasOffset = true;
                    run = 8;
                    break;
                case '\'' when pattern.IndexOf('\'', i + 1) is var close and > 0 && close > i + 1
                    && pattern.AsSpan(i + 1, close - i - 1).IndexOfAny('\'', '\\') < 0:
                    foreach (var literal in pattern.AsSpan(i + 1, close - i - 1))
                    {
                        fields.Add(new Field(Kind.Literal, 1, 1, literal));
                    }

                    run = close - i + 1;
                    break;
                case '-' or ':' or '/' or ' ' or ',':
                    for (var k = 0; k < run; k++)
                    {
                        fields.Add(new Field(Kind.Literal, 1, 1, c));
                    }

                    break;
                default:
                    return null;
            }

            i += run;
        }

        // A pattern is only worth reading here when it names a whole date: NodaTime fills the rest from its template.
        var kinds = fields.Select(f => f.Kind).ToList();
        if (!kinds.Contains(Kind.Year4) || !kinds.Contains(Kind.Month) || !kinds.Contains(Kind.Day)
            || kinds.Contains(Kind.Hour12) != kinds.Contains(Kind.AmPm)
            || (kinds.Contains(Kind.Hour12) && kinds.Contains(Kind.Hour24))
            || kinds.GroupBy(k => k).Any(g => g.Key != Kind.Literal && g.Count() > 1))
        {
            return null;
        }

        return new SpanPattern([.. fields], hasOffset);
    }

    /// <summary>Reads a timestamp: its instant, from the offset when the pattern has one, else as a local time in the zone.</summary>
    public bool TryParseInstant(ReadOnlySpan<char> text, DateTimeZone zone, out Instant value)
    {
        if (!TryParse(text, out var local, out var offset))
        {
            value = default;
            return false;
        }

        value = HasOffset ? local.WithOffset(offset).ToInstant() : local.InZoneLeniently(zone).ToInstant();
        return true;
    }

    /// <summary>Reads a date.</summary>
    public bool TryParseDate(ReadOnlySpan<char> text, out LocalDate value)
    {
        var parsed = TryParse(text, out var local, out _);
        value = local.Date;
        return parsed;
    }

    private static int FractionDigits(string pattern, int start)
    {
        var n = 0;
        while (start + n < pattern.Length && pattern[start + n] == 'F')
        {
            n++;
        }

        return n <= 9 ? n : 0;
    }

    private bool TryParse(ReadOnlySpan<char> text, out LocalDateTime value, out Offset offset)
    {
        value = default;
        offset = default;
        int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, nanos = 0;
        var pm = -1;
        var position = 0;
        foreach (var field in _fields)
        {
            switch (field.Kind)
            {
                case Kind.Literal:
                    if (position >= text.Length || text[position] != field.Literal)
                    {
                        return false;
                    }

                    position++;
                    break;
                case Kind.Fraction:
                    // Optional: without a point or a comma, there is no fraction.
                    if (position < text.Length && text[position] is '.' or ',')
                    {
                        var digits = 0;
                        var fraction = 0;
                        position++;
                        while (digits < field.MaxDigits && position < text.Length && char.IsAsciiDigit(text[position]))
                        {
                            fraction = (fraction * 10) + (text[position++] - '0');
                            digits++;
                        }

                        if (digits == 0)
                        {
                            return false;
                        }

                        for (var k = digits; k < 9; k++)
                        {
                            fraction *= 10;
                        }

                        nanos = fraction;
                    }

                    break;
                case Kind.AmPm:
                    if (position + 2 > text.Length || text[position + 1] != 'M')
                    {
                        return false;
                    }

                    pm = text[position] switch { 'A' => 0, 'P' => 1, _ => -1 };
                    if (pm < 0)
                    {
                        return false;
                    }

                    position += 2;
                    break;
                case Kind.OffsetGeneral or Kind.OffsetCompact:
                    if (!TryReadOffset(text, ref position, field.Kind == Kind.OffsetCompact, out offset))
                    {
                        return false;
                    }

                    break;
                default:
                    if (!TryReadNumber(text, ref position, field.MinDigits, field.MaxDigits, out var number))
                    {
                        return false;
                    }

                    switch (field.Kind)
                    {
                        case Kind.Year4: year = number; break;
                        case Kind.Month: month = number; break;
                        case Kind.Day: day = number; break;
                        case Kind.Hour24 or Kind.Hour12: hour = number; break;
                        case Kind.Minute: minute = number; break;
                        default: second = number; break;
                    }

                    break;
            }
        }

        if (position != text.Length || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month)
            || minute > 59 || second > 59)
        {
            return false;
        }

        if (pm >= 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = (hour % 12) + (pm * 12);
        }
        else if (hour > 23)
        {
            return false;
        }

        value = new LocalDateTime(year, month, day, hour, minute, second).PlusNanoseconds(nanos);
        return true;
    }

    private static bool TryReadNumber(ReadOnlySpan<char> text, ref int position, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        var digits = 0;
        while (digits < maxDigits && position < text.Length && char.IsAsciiDigit(text[position]))
        {
            value = (value * 10) + (text[position++] - '0');
            digits++;
        }

        return digits >= minDigits;
    }

    // Z, or a sign and hours and minutes: ±HH:mm for the general pattern, ±HHmm for the compact one.
    private static bool TryReadOffset(ReadOnlySpan<char> text, ref int position, bool compact, out Offset offset)
    {
        offset = default;
        if (!compact && position < text.Length && text[position] == 'Z')
        {
            position++;
            return true;
        }

        if (position >= text.Length || text[position] is not ('+' or '-'))
        {
            return false;
        }

        var sign = text[position++] == '-' ? -1 : 1;
        if (!TryReadNumber(text, ref position, 2, 2, out var hours)
            || (!compact && (position >= text.Length || text[position++] != ':'))
            || !TryReadNumber(text, ref position, 2, 2, out var minutes)
            || hours > 17 || minutes > 59)
        {
            return false;
        }

        offset = Offset.FromSeconds(sign * ((hours * 3600) + (minutes * 60)));
        return true;
    }

    private readonly record struct Field(Kind Kind, int MinDigits, int MaxDigits, char Literal = '\0');
}
