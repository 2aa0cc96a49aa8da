using System.Runtime.CompilerServices;

namespace KpiToolkit.Activity;

/// <summary>
/// One counter of many records as a column: a value per record, and a validity bitmap that tells a reported value
/// from one the platform did not report (never read as 0). The layout of Apache Arrow: bit <c>i % 64</c> of word
/// <c>i / 64</c> is set when record <c>i</c> is reported; an empty bitmap means every value is reported.
/// </summary>
/// <remarks>
/// The values are never negative, and <see cref="Max"/> bounds them, so a calculator knows before a pass whether
/// its sums fit in a <see cref="long"/>. The memory is borrowed, not copied: it must not change while the column is read.
/// </remarks>
public readonly struct CountColumn
{
    private readonly ReadOnlyMemory<long> _values;
    private readonly ReadOnlyMemory<ulong> _validity;

    private CountColumn(ReadOnlyMemory<long> values, ReadOnlyMemory<ulong> validity, long max)
    {
        _values = values;
        _validity = validity;
        Max = max;
    }

    /// <summary>Gets the number of records.</summary>
    public int Length => _values.Length;

    /// <summary>Gets the values; an unreported record holds 0 here, and <see cref="IsReported"/> tells it.</summary>
    public ReadOnlySpan<long> Values => _values.Span;

    /// <summary>Gets the validity bitmap, one bit per record; empty when every value is reported.</summary>
    public ReadOnlySpan<ulong> Validity => _validity.Span;

    /// <summary>Gets whether every value is reported.</summary>
    public bool AllReported => _validity.IsEmpty;

    /// <summary>Gets the largest reported value; 0 for an empty column.</summary>
    public long Max { get; }

    /// <summary>Gets the value of one record, or null when it was not reported.</summary>
    /// <param name="index">The record's index.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the column.</exception>
    public long? this[int index] => IsReported(index) ? Values[index] : null;

    /// <summary>Creates a column whose every value is reported.</summary>
    /// <param name="values">The values; each at least 0. Borrowed, not copied.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException">A value is negative.</exception>
    public static CountColumn Reported(ReadOnlyMemory<long> values) => new(values, ReadOnlyMemory<ulong>.Empty, MaxOf(values.Span, default, "values"));

    /// <summary>Creates a column with a validity bitmap.</summary>
    /// <param name="values">The values; each reported one at least 0 (the others are ignored). Borrowed, not copied.</param>
    /// <param name="validity">One bit per value, set when reported: at least <c>(values.Length + 63) / 64</c> words. Borrowed, not copied.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentException">The bitmap is too short, or a reported value is negative.</exception>
    public static CountColumn WithValidity(ReadOnlyMemory<long> values, ReadOnlyMemory<ulong> validity)
    {
        var words = WordsFor(values.Length);
        Preconditions.Check(
            validity.Length >= words,
            $"validity must hold one bit per value: {words} words for {values.Length} values, but it holds {validity.Length}.",
            nameof(validity));
        validity = validity[..words];
        return new(values, validity, MaxOf(values.Span, validity.Span, nameof(values)));
    }

    /// <summary>Creates a column of <paramref name="length"/> records none of which is reported.</summary>
    /// <param name="length">The number of records.</param>
    /// <returns>The column.</returns>
    public static CountColumn NoneReported(int length) =>
        new(new long[Preconditions.NonNegative(length)], new ulong[WordsFor(length)], 0);

    /// <summary>Returns whether one record's value was reported.</summary>
    /// <param name="index">The record's index.</param>
    /// <returns><see langword="true"/> when reported, even as 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the column.</exception>
    public bool IsReported(int index)
    {
        if ((uint)index >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be between 0 and {Length - 1}.");
        }

        return AllReported || IsSet(Validity, index);
    }

    /// <summary>The number of 64-bit words a bitmap of <paramref name="length"/> bits takes.</summary>
    internal static int WordsFor(int length) => (int)(((long)length + 63) / 64);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSet(ReadOnlySpan<ulong> bitmap, int index) => ((bitmap[index >> 6] >> (index & 63)) & 1UL) != 0;

    /// <summary>The rows from <paramref name="start"/>, a multiple of 64 so the bitmap slices on a word; <see cref="Max"/> stays the whole column's, an upper bound.</summary>
    internal CountColumn Slice(int start, int length) =>
        new(_values.Slice(start, length), AllReported ? _validity : _validity.Slice(start >> 6, WordsFor(length)), Max);

    internal static CountColumn Trusted(ReadOnlyMemory<long> values, ReadOnlyMemory<ulong> validity, long max) => new(values, validity, max);

    private static long MaxOf(ReadOnlySpan<long> values, ReadOnlySpan<ulong> validity, string parameterName)
    {
        long max = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            if (value < 0 && (validity.IsEmpty || IsSet(validity, i)))
            {
                throw new ArgumentException($"{parameterName} must not hold a negative count, but value {i} is {value}.", parameterName);
            }

            if (value > max && (validity.IsEmpty || IsSet(validity, i)))
            {
                max = value;
            }
        }

        return max;
    }
}
