namespace KpiToolkit.Activity;

/// <summary>The values and validity bits of one counter while a builder fills it.</summary>
internal sealed class CounterBuffer(int capacity)
{
    private ColumnBuffer<long> _values = new(capacity);
    private ColumnBuffer<ulong> _validity = new(CountColumn.WordsFor(capacity));
    private long _max;

    public void Set(int row, long value)
    {
        _values.Set(row, value);
        var word = row >> 6;
        _validity.Set(word, (word < _validity.Items.Length ? _validity.Items[word] : 0) | (1UL << (row & 63)));
        _max = Math.Max(_max, value);
    }

    public CountColumn ToColumn(int count)
    {
        var validity = _validity.Take(CountColumn.WordsFor(count));
        return CountColumn.Trusted(_values.Take(count), EveryBitSet(validity.Span, count) ? ReadOnlyMemory<ulong>.Empty : validity, _max);
    }

    // A counter every post reported needs no bitmap, and the calculators then skip the validity test.
    private static bool EveryBitSet(ReadOnlySpan<ulong> validity, int count)
    {
        var full = count >> 6;
        if (validity[..full].ContainsAnyExcept(ulong.MaxValue))
        {
            return false;
        }

        var rest = count & 63;
        return rest == 0 || validity[full] == (1UL << rest) - 1;
    }
}
