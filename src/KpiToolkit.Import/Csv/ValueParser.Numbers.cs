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

    // Whether a number as written has a digit other than 0 below the units, once its exponent is applied: 1e-30 and
    // 2.5 do, 1e3 and 1.50e1 do not. Only called on text the decimal parser took, so the text is a number.
    private bool HasFractionDigits(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        var exponentAt = trimmed.IndexOfAny('e', 'E');
        var mantissa = exponentAt < 0 ? trimmed : trimmed[..exponentAt];
        var exponent = 0;
        if (exponentAt >= 0 && !int.TryParse(trimmed[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
        {
            // An exponent beyond an int: the decimal parser only takes it for a value of 0 or a fraction far below 1.
            exponent = int.MinValue / 2;
        }

        var point = mantissa.IndexOf(_decimalSeparator);
        var integerDigits = 0;
        foreach (var c in point < 0 ? mantissa : mantissa[..point])
        {
            integerDigits += char.IsAsciiDigit(c) ? 1 : 0;
        }

        // Digits from this position on (counted over the mantissa's digits) stand below the units.
        var units = (long)integerDigits + exponent;
        var position = 0L;
        foreach (var c in mantissa)
        {
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            if (position >= units && c != '0')
            {
                return true;
            }

            position++;
        }

        return false;
    }
}
