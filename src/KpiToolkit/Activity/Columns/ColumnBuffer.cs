namespace KpiToolkit.Activity;

/// <summary>A growing array behind a builder's column: doubled when full, handed out without copying.</summary>
/// <typeparam name="T">The element type.</typeparam>
internal struct ColumnBuffer<T>
{
    private T[] _items;

    public ColumnBuffer(int capacity) => _items = capacity > 0 ? new T[capacity] : [];

    /// <summary>Gets the array, at least as long as every index set so far.</summary>
    public readonly T[] Items => _items;

    /// <summary>Sets the element at <paramref name="index"/>, growing the array when needed.</summary>
    public void Set(int index, T value)
    {
        if (index >= _items.Length)
        {
            Array.Resize(ref _items, Math.Max(index + 1, Math.Max(16, _items.Length * 2)));
        }

        _items[index] = value;
    }

    /// <summary>Gets the first <paramref name="count"/> elements, without copying.</summary>
    public readonly ReadOnlyMemory<T> Take(int count)
    {
        // Rows left unset at the end (a counter set on earlier rows only) read as default.
        var items = _items.Length >= count ? _items : ResizedCopy(count);
        return new ReadOnlyMemory<T>(items, 0, count);
    }

    private readonly T[] ResizedCopy(int count)
    {
        var copy = _items;
        Array.Resize(ref copy, count);
        return copy;
    }
}
