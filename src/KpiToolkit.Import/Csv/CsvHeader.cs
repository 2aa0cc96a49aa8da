using System.Buffers;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// The header of a file: the position of each column by name, ignoring case, surrounding spaces and the invisible
/// characters some exports put inside names.
/// </summary>
internal sealed class CsvHeader
{
    // YouTube Studio writes soft hyphens inside its header names ("Im\u00ADpres\u00ADsions") so that they break
    // nicely in a spreadsheet; zero-width spaces, joiners and a stray byte-order mark appear after copy and paste.
    // None of them is visible, so none of them may tell two names apart.
    private static readonly SearchValues<char> Invisible = SearchValues.Create("\u00AD\u200B\u200C\u200D\uFEFF");

    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(IReadOnlyList<string> names)
    {
        // A header ending with a separator has blank names after its last column; they are not columns,
        // so rows without the trailing separator still line up.
        var count = names.Count;
        while (count > 1 && string.IsNullOrWhiteSpace(Normalize(names[count - 1])))
        {
            count--;
        }

        Names = [.. names.Take(count).Select(Normalize)];
        for (var i = 0; i < Names.Count; i++)
        {
            // The first of two columns with one name wins, as in a spreadsheet lookup.
            _indexes.TryAdd(Names[i], i);
        }
    }

    /// <summary>Gets the column names as they are matched: trimmed, without invisible characters.</summary>
    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public int IndexOf(string column) => _indexes.TryGetValue(Normalize(column), out var index) ? index : -1;

    /// <summary>Removes the invisible characters and the surrounding spaces of a column name.</summary>
    public static string Normalize(string name)
    {
        // Looked up once per cell read: the common name, without invisible characters, is only trimmed.
        if (name.AsSpan().IndexOfAny(Invisible) < 0)
        {
            return name.Trim();
        }

        return new string([.. name.Where(c => !Invisible.Contains(c))]).Trim();
    }
}
