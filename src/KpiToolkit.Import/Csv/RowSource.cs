using System.Buffers;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// The records of one import, read one at a time, with the fields of the current record as spans: a row is read
/// in place, and only the cells a record keeps become strings.
/// </summary>
internal abstract class RowSource : IDisposable
{
    /// <summary>Gets the 1-based line the current record starts on, or its row number in a spreadsheet.</summary>
    public long LineNumber { get; protected set; }

    /// <summary>Gets whether the current record is a comment line; its one field is the whole line.</summary>
    public bool IsComment { get; protected set; }

    /// <summary>Gets what was wrong with the current record's quoting, or null when it was well formed.</summary>
    public string? Problem { get; protected set; }

    /// <summary>
    /// Gets or sets the number of fields of the header, once it is read: a CSV record whose quoted value runs across
    /// lines must have as many, or its opening quote is taken for a stray one and only its first line is rejected.
    /// </summary>
    public int? ExpectedFieldCount { get; set; }

    /// <summary>Gets the number of fields of the current record.</summary>
    public abstract int FieldCount { get; }

    /// <summary>Gets a field of the current record, unquoted and unescaped, not trimmed; valid until the next <see cref="MoveNext"/>.</summary>
    /// <param name="index">The field's position, below <see cref="FieldCount"/>.</param>
    public abstract ReadOnlySpan<char> Field(int index);

    /// <summary>
    /// Returns whether some field of the current record may hold one of <paramref name="values"/>: false only when none
    /// does. A source that holds the record's text whole searches it at once.
    /// </summary>
    /// <param name="values">The characters searched for; none of them a quote or a separator.</param>
    public virtual bool MayHoldAny(SearchValues<char> values)
    {
        for (var i = 0; i < FieldCount; i++)
        {
            if (Field(i).ContainsAny(values))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a spreadsheet stored the cell as a number, a date or a yes/no, written as invariant text.</summary>
    /// <param name="index">The field's position.</param>
    public virtual bool IsTyped(int index) => false;

    /// <summary>Reads the next record, skipping lines that are entirely empty.</summary>
    /// <returns>False at the end of the input.</returns>
    /// <exception cref="CsvFormatException">The input cannot be read further.</exception>
    public abstract bool MoveNext();

    /// <summary>Guesses the field separator from the next line that is neither blank nor a comment, when the options leave it open.</summary>
    public virtual void GuessDelimiter()
    {
    }

    /// <summary>Says that the header has been read: the records from here on are data.</summary>
    public virtual void BeginData()
    {
    }

    /// <summary>Copies the fields of the current record.</summary>
    public string[] CopyFields()
    {
        var fields = new string[FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Field(i).ToString();
        }

        return fields;
    }

    /// <inheritdoc />
    public virtual void Dispose()
    {
    }
}

/// <summary>The records of a <see cref="IRecordSource"/>, such as a spreadsheet's sheet, one string per field.</summary>
internal sealed class RecordRowSource(IRecordSource records) : RowSource
{
    private CsvRecord? _record;

    public override int FieldCount => _record!.Fields.Length;

    public override ReadOnlySpan<char> Field(int index) => _record!.Fields[index];

    public override bool IsTyped(int index) => _record!.TypedCells?[index] == true;

    public override bool MoveNext()
    {
        _record = records.Read();
        if (_record is null)
        {
            return false;
        }

        LineNumber = _record.LineNumber;
        IsComment = _record.IsComment;
        Problem = _record.Problem;
        return true;
    }

    public override void Dispose() => (records as IDisposable)?.Dispose();
}
