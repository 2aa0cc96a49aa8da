namespace KpiToolkit.Import.Csv;

/// <summary>The header of a file: the position of each column by name, ignoring case and surrounding spaces.</summary>
internal sealed class CsvHeader
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(IReadOnlyList<string> names)
    {
        Names = [.. names.Select(n => n.Trim())];
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
