namespace KpiToolkit.Import.Csv;

/// <content>Comment lines: found by their prefix, read whole as they are.</content>
internal sealed partial class CsvRecordReader
{
    // Only the first character is compared until it matches: most lines of a file start with something else.
    private bool AtComment()
    {
        if (CommentPrefix is not { } prefix || Peek() != prefix[0])
        {
            return false;
        }

        FillLookahead();
        return _buffer.AsSpan(_position, _length - _position).StartsWith(prefix, StringComparison.Ordinal);
    }

    // A comment is the rest of its line, read as is: a quote in "# Property: "Shop" - GA4" opens no field.
    private CsvRecord ReadComment()
    {
        _field.Clear();
        _recordLength = 0;
        _recordStart = _line;
        _afterFirstLine = null;
        try
        {
            while (Peek() is var next && next != EndOfInput && next is not ('\r' or '\n'))
            {
                Append((char)Take());
            }
        }
        catch (BrokenRecordException broken)
        {
            // A comment longer than the limit is not held either: its line is reported like any other.
            _fields.Clear();
            return Recover(broken.Cause);
        }

        if (Peek() != EndOfInput)
        {
            ConsumeLineEnd();
        }

        return new CsvRecord(_recordStart, [_field.ToString()], null) { IsComment = true };
    }
}
