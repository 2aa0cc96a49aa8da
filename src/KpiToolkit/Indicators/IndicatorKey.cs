using System.Diagnostics.CodeAnalysis;

namespace KpiToolkit.Indicators;

/// <summary>
/// The stable identifier of an <see cref="Indicator"/>, such as <c>engagement-rate</c>. Keys compare
/// without regard to case: they are stored in lower case.
/// </summary>
/// <remarks>
/// A key is 1 to 100 characters: ASCII letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, starting with a
/// letter or a digit. The default value is the empty key, which no API accepts; <see cref="IsEmpty"/> tells it.
/// The built-in keys are in <see cref="IndicatorKeys"/>.
/// </remarks>
public readonly struct IndicatorKey : IEquatable<IndicatorKey>, IComparable<IndicatorKey>
{
    /// <summary>The longest key accepted.</summary>
    public const int MaxLength = 100;

    private readonly string? _value;

    /// <summary>Creates a key from its text.</summary>
    /// <param name="value">The key text; it is turned into lower case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is empty, too long or has a character that is not allowed.</exception>
    public IndicatorKey(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValid(value, out var problem))
        {
            throw new ArgumentException($"'{value}' is not a valid indicator key: {problem}.", nameof(value));
        }

        _value = value.ToLowerInvariant();
    }

    /// <summary>Gets the key text, in lower case; empty for the default value.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Gets whether this is the default, empty key.</summary>
    public bool IsEmpty => _value is null;

    /// <summary>Tries to create a key without throwing.</summary>
    /// <param name="value">The key text.</param>
    /// <param name="key">The key when the text is valid; the empty key otherwise.</param>
    /// <returns><see langword="true"/> when the text is a valid key.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? value, out IndicatorKey key)
    {
        if (value is not null && IsValid(value, out _))
        {
            key = new IndicatorKey(value);
            return true;
        }

        key = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(IndicatorKey other) => string.Equals(_value, other._value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value is null ? 0 : StringComparer.Ordinal.GetHashCode(_value);

    /// <summary>Orders keys by their text (ordinal, lower case).</summary>
    /// <param name="other">The other key.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(IndicatorKey other) => string.CompareOrdinal(_value, other._value);

    /// <summary>Returns the key text.</summary>
    /// <returns>The key text, in lower case.</returns>
    public override string ToString() => Value;

    /// <summary>Compares two keys for equality, ignoring case.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the keys are the same.</returns>
    public static bool operator ==(IndicatorKey left, IndicatorKey right) => left.Equals(right);

    /// <summary>Compares two keys for inequality, ignoring case.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns><see langword="true"/> when the keys differ.</returns>
    public static bool operator !=(IndicatorKey left, IndicatorKey right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(IndicatorKey left, IndicatorKey right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(IndicatorKey left, IndicatorKey right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(IndicatorKey left, IndicatorKey right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(IndicatorKey left, IndicatorKey right) => left.CompareTo(right) >= 0;

    private static bool IsValid(string value, out string problem)
    {
        if (value.Length == 0)
        {
            problem = "it is empty";
            return false;
        }

        if (value.Length > MaxLength)
        {
            problem = $"it is longer than {MaxLength} characters";
            return false;
        }

        if (!char.IsAsciiLetterOrDigit(value[0]))
        {
            problem = "it must start with a letter or a digit";
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
            {
                problem = $"the character '{c}' is not allowed (use letters, digits, '-', '_' or '.')";
                return false;
            }
        }

        problem = string.Empty;
        return true;
    }
}
