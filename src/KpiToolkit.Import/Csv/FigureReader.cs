using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// Reads the platform figures a map keeps beside each record (<see cref="CsvRecordMap{T}.PlatformFigureColumns"/>):
/// the names are looked up once per import, and each row holds only its values.
/// </summary>
internal sealed class FigureReader
{
    private readonly string[] _names;
    private readonly Dictionary<string, int> _slots;

    private FigureReader(string[] names)
    {
        _names = names;
        _slots = new Dictionary<string, int>(names.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            _slots.Add(names[i], i);
        }
    }

    /// <summary>Gets the reader of the columns, or null when there are none.</summary>
    public static FigureReader? For(IReadOnlyList<string> columns) =>
        columns.Count == 0 ? null : new FigureReader([.. columns.Distinct(StringComparer.OrdinalIgnoreCase)]);

    /// <summary>Reads the figures of a row: a percentage as a fraction, a missing value as null.</summary>
    public IReadOnlyDictionary<string, decimal?> Read(CsvRow row)
    {
        var values = new decimal?[_names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = row.GetFraction(_names[i]);
        }

        return new Figures(this, values);
    }

    /// <summary>Reads the figures of a row for their errors only, keeping nothing.</summary>
    public void Check(CsvRow row)
    {
        foreach (var name in _names)
        {
            _ = row.GetFraction(name);
        }
    }

    /// <summary>The figures of one row, by column name ignoring case.</summary>
    private sealed class Figures(FigureReader reader, decimal?[] values) : IReadOnlyDictionary<string, decimal?>
    {
        public int Count => values.Length;

        public IEnumerable<string> Keys => reader._names;

        public IEnumerable<decimal?> Values => values;

        public decimal? this[string key] =>
            TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The row has no platform figure '{key}'.");

        public bool ContainsKey(string key) => reader._slots.ContainsKey(key);

        public bool TryGetValue(string key, [MaybeNullWhen(false)] out decimal? value)
        {
            if (reader._slots.TryGetValue(key, out var slot))
            {
                value = values[slot];
                return true;
            }

            value = null;
            return false;
        }

        public IEnumerator<KeyValuePair<string, decimal?>> GetEnumerator()
        {
            for (var i = 0; i < values.Length; i++)
            {
                yield return new(reader._names[i], values[i]);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
