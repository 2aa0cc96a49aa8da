namespace KpiToolkit.Import.Csv;

/// <summary>
/// What every row of one import shares: the header, the parsers of its cells, and the columns whose empty cell
/// reads as 0. Built once when the header is read.
/// </summary>
internal sealed class RowLayout
{
    private readonly bool[] _zeroWhenEmpty;

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
}
