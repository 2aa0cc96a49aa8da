namespace KpiToolkit.Import.Csv;

/// <summary>
/// What every row of one import shares: the header, the parsers of its cells, and the columns whose empty cell
/// reads as 0. Built once when the header is read, used by one import on one thread.
/// </summary>
internal sealed class RowLayout
{
    // Maps ask for their columns by the same string objects row after row: found by reference, a column is found
    // without normalizing and hashing its name. Bounded, for a map that builds its names anew on every row.
    private const int MaxRemembered = 512;

    private readonly bool[] _zeroWhenEmpty;
    private readonly Dictionary<string, int> _byReference = new(ReferenceEqualityComparer.Instance);
    private object? _boundMap;
    private object? _bound;

    public RowLayout(CsvHeader header, ValueParser textParser, ValueParser? typedCellParser, IEnumerable<string> zeroWhenEmpty)
    {
        Header = header;
        TextParser = textParser;
        TypedCellParser = typedCellParser ?? textParser;
        _zeroWhenEmpty = new bool[header.Count];
        foreach (var column in zeroWhenEmpty)
        {
            if (header.IndexOf(column) is var index and >= 0)
            {
                _zeroWhenEmpty[index] = true;
            }
        }
    }

    public CsvHeader Header { get; }

    /// <summary>Gets the parser of cells written as text, in the options' culture and patterns.</summary>
    public ValueParser TextParser { get; }

    /// <summary>
    /// Gets the parser of cells a spreadsheet stored as numbers, dates or booleans, turned into invariant text;
    /// the text parser when the source has no typed cells.
    /// </summary>
    public ValueParser TypedCellParser { get; }

    /// <summary>Gets which values read so far depend on the time zone of the export.</summary>
    public ZoneDependence ZoneDependence => TextParser.ZoneDependence | TypedCellParser.ZoneDependence;

    public bool IsZeroWhenEmpty(int index) => _zeroWhenEmpty[index];

    /// <summary>Gets the position of a column in the header, or -1.</summary>
    public int IndexOf(string column)
    {
        if (_byReference.TryGetValue(column, out var index))
        {
            return index;
        }

        index = Header.IndexOf(column);
        if (_byReference.Count < MaxRemembered)
        {
            _byReference[column] = index;
        }

        return index;
    }

    /// <summary>
    /// Gets what a map worked out from this header once, such as the positions of its columns: made by
    /// <paramref name="bind"/> on the first row, kept for the rows after it.
    /// </summary>
    public TBound Bind<TMap, TBound>(TMap map, Func<TMap, RowLayout, TBound> bind)
        where TMap : class
        where TBound : class
    {
        if (!ReferenceEquals(_boundMap, map) || _bound is not TBound bound)
        {
            bound = bind(map, this);
            _boundMap = map;
            _bound = bound;
        }

        return bound;
    }
}
