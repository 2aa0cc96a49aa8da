using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KpiToolkit.Import.Csv;

/// <content>Numbers read from spans: plain digits and decimals without the framework parser, and digit grouping checked.</content>
internal sealed partial class ValueParser
{
    private bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        var end = text.IndexOf(_decimalSeparator);
        var digits = end < 0 ? text : text[..end];
        if (digits.Length is 0 or > MaxFastDigits || (end >= 0 && text[(end + 1)..].ContainsAnyExcept('0')))
        {
            return false;
        }

        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    // Digits, and a decimal separator followed by digits, 18 digits at most: the number the decimal parser gives for
    // them, with as many decimals as written (45.20 keeps its 0), read without it.
    private bool TryParsePlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        long mantissa = 0;
        var digits = 0;
        var scale = -1;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                mantissa = (mantissa * 10) + (c - '0');
                digits++;
                scale += scale >= 0 ? 1 : 0;
            }
            else if (c == _decimalSeparator && scale < 0 && digits > 0)
            {
                scale = 0;
            }
            else
            {
                return false;
            }
        }

        if (digits is 0 or > MaxFastDigits)
        {
            return false;
        }

        value = new decimal((int)mantissa, (int)(mantissa >> 32), 0, isNegative: false, (byte)Math.Max(scale, 0));
        return true;
    }

    private bool HasWellPlacedGroups(ReadOnlySpan<char> text)
    {
        var format = _culture.NumberFormat;
        if (!text.Contains(_groupSeparator, StringComparison.Ordinal))
        {
            // The common case, checked without splitting: every cell of a large export comes through here.
            return true;
        }

        var exponent = text.IndexOfAny('e', 'E');
        var mantissa = exponent < 0 ? text : text[..exponent];
        var point = mantissa.IndexOf(format.NumberDecimalSeparator, StringComparison.Ordinal);
        var integerPart = (point < 0 ? mantissa : mantissa[..point]).Trim().TrimStart("-+");
        var groups = integerPart.ToString().Split(format.NumberGroupSeparator);
        if (groups.Length == 1)
        {
            return true;
        }

        // "0,125" is a decimal comma, never 125: a leading group of 0 does not start a grouped number.
        return groups[0].Length is >= 1 and <= 3
            && groups[0].TrimStart('0').Length > 0
            && groups.Skip(1).All(g => g.Length == 3);
    }
}
