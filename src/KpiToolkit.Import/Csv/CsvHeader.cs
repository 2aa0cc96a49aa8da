namespace KpiToolkit.Import.Csv;

/// <summary>The header of a file: the position of each column by name, ignoring case and surrounding spaces.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(IReadOnlyList<string> names)
    {
        // A header ending with a separator has blank names after its last column; they are not columns,
        // so rows without the trailing separator still line up.
        var count = names.Count;
        while (count > 1 && string.IsNullOrWhiteSpace(names[count - 1]))
        {
            count--;
        }

        Names = [.. names.Take(count).Select(n => n.Trim())];
        for (var i = 0; i < Names.Count; i++)
        {
            // The first of two columns with one name wins, as in a spreadsheet lookup.
            _indexes.TryAdd(Names[i], i);
        }
    }

    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public int IndexOf(string column) => _indexes.TryGetValue(column.Trim(), out var index) ? index : -1;
}
