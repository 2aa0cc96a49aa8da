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

    // Spaces that look like a space: matched as one.
    private static readonly SearchValues<char> OtherSpaces = SearchValues.Create("\u00A0\u202F");

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
        var notes = new List<string>();
        for (var i = 0; i < Names.Count; i++)
        {
            if (names[i].AsSpan().IndexOfAny(Invisible) >= 0 || names[i].AsSpan().Trim().IndexOfAny(OtherSpaces) >= 0)
            {
                var found = string.Join(", ", names[i].Where(c => Invisible.Contains(c) || OtherSpaces.Contains(c)).Distinct().Select(Describe));
                notes.Add($"column {i + 1} '{names[i]}' holds invisible characters ({found}); it is matched as '{Names[i]}'");
            }

            // The first of two columns with one name wins, as in a spreadsheet lookup; the other is said to be ignored.
            if (!_indexes.TryAdd(Names[i], i))
            {
                var used = _indexes[Names[i]];
                notes.Add($"column {i + 1} '{Names[i]}' has the name of column {used + 1}: column {used + 1} is read, column {i + 1} is ignored");
            }
        }

        Notes = notes;
    }

    /// <summary>Gets one sentence per name read otherwise than written: a duplicate, or invisible characters in it.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the column names as they are matched: trimmed, without invisible characters.</summary>
    public IReadOnlyList<string> Names { get; }

    public int Count => Names.Count;

    public int IndexOf(string column) => _indexes.TryGetValue(Normalize(column), out var index) ? index : -1;

    /// <summary>Removes the invisible characters and the surrounding spaces of a column name.</summary>
    public static string Normalize(string name)
    {
        // Looked up once per cell read: the common name, without invisible characters, is only trimmed.
        if (name.AsSpan().IndexOfAny(Invisible) < 0 && name.AsSpan().IndexOfAny(OtherSpaces) < 0)
        {
            return name.Trim();
        }

        return new string([.. name.Where(c => !Invisible.Contains(c)).Select(c => OtherSpaces.Contains(c) ? ' ' : c)]).Trim();
    }

    private static string Describe(char c) => c switch
    {
        '\u00AD' => "U+00AD soft hyphen",
        '\u200B' => "U+200B zero-width space",
        '\u200C' => "U+200C zero-width non-joiner",
        '\u200D' => "U+200D zero-width joiner",
        '\uFEFF' => "U+FEFF byte-order mark",
        '\u00A0' => "U+00A0 no-break space",
        _ => "U+202F narrow no-break space",
    };
}
