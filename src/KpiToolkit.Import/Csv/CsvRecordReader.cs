using System.Globalization;
using System.Text;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields with separators, doubled quotes and line breaks, CRLF, LF or
/// CR line ends, a leading byte-order mark. It holds one record at a time, so memory does not grow with the
/// file. A line that starts with <see cref="CommentPrefix"/> is read whole as a comment, quotes and separators included.
/// </summary>
/// <remarks>
/// A damaged record costs its own line, never the file. A quoted value that runs across a line break is kept when its
/// record ends well: its quotes close, nothing follows a closing quote, and it has the header's number of fields
/// (<see cref="ExpectedFieldCount"/>). Otherwise, or when the file ends inside the value, or when the record grows
/// longer than the limit, the opening quote is taken for a stray one: the record's first line comes back as one record
/// with a <see cref="CsvRecord.Problem"/>, and reading goes on at the next line, whose records read as their own. A
/// single line longer than the limit is passed over to its end, without being held, and comes back the same way.
/// </remarks>
internal sealed partial class CsvRecordReader : IRecordSource
{
    private const char Quote = '"';
    private const int EndOfInput = -1;
    private const string FileEndsInQuote = "the file ends inside the quoted value";

    private readonly TextReader _reader;
    private readonly int _maxRecordLength;
    private const int BufferSize = 16 * 1024;
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private bool _started;
    private long _line;
    private int _recordLength;
    private long _recordStart;
    private char[] _buffer = new char[BufferSize];

    // The text taken after the current record's first line end, kept once a quoted value runs across it: when the
    // quote proves a stray one, reading goes on from there.
    private StringBuilder? _afterFirstLine;

    /// <summary>Creates a reader of a text from its start, or from a line within a file.</summary>
    /// <param name="reader">The text.</param>
    /// <param name="delimiter">The field separator.</param>
    /// <param name="maxRecordLength">The longest record accepted, in characters.</param>
    /// <param name="firstLineNumber">The line number of the text's first line: 1 unless the text is the rest of a file.</param>
    public CsvRecordReader(TextReader reader, char delimiter, int maxRecordLength, long firstLineNumber = 1)
    {
        _reader = reader;
        Delimiter = delimiter;
        _maxRecordLength = maxRecordLength;
        _line = firstLineNumber;

        // Only a file's first character can be its byte-order mark.
        _started = firstLineNumber != 1;
    }

    /// <summary>Gets the line the next record starts on, blank lines aside.</summary>
    public long NextLineNumber => _line;

    /// <summary>Hands over the text read from the reader but not consumed yet, for another reader to go on from here.</summary>
    /// <returns>The buffered text, from the start of <see cref="NextLineNumber"/>.</returns>
    public string TakeBuffered()
    {
        var rest = new string(_buffer, _position, _length - _position);
        _position = _length;
        return rest;
    }

    /// <summary>Gets or sets the field separator.</summary>
    public char Delimiter { get; set; }

    /// <summary>Gets the text that starts a comment line, or null when the file has none.</summary>
    public string? CommentPrefix { get; init; }

    /// <summary>
    /// Gets or sets the number of fields of the header, once it is read: a record whose quoted value runs across
    /// lines must have as many (more when the extra ones are blank), or its opening quote is taken for a stray one.
    /// Null while the header is read, or when the records are not checked against one.
    /// </summary>
    public int? ExpectedFieldCount { get; set; }

    /// <summary>
    /// Guesses the separator from the next line that is neither blank nor a comment (which it skips): the most
    /// frequent of the candidates outside quotes, or the first candidate when none appears.
    /// </summary>
    public char DetectDelimiter(ReadOnlySpan<char> candidates)
    {
        SkipByteOrderMark();
        while (true)
        {
            if (Peek() is '\r' or '\n')
            {
                ConsumeLineEnd();
            }
            else if (AtComment())
            {
                _ = ReadComment();
            }
            else
            {
                break;
            }
        }

        FillLookahead();
        Span<int> counts = stackalloc int[candidates.Length];
        var inQuotes = false;
        for (var i = _position; i < _length; i++)
        {
            var c = _buffer[i];
            if (c == Quote)
            {
                inQuotes = !inQuotes;
            }
            else if (!inQuotes && (c == '\n' || c == '\r'))
            {
                break;
            }
            else if (!inQuotes && candidates.IndexOf(c) is var index and >= 0)
            {
                counts[index]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return candidates[best];
    }

    /// <summary>Reads the next record, skipping lines that are entirely empty; a comment line is one comment record.</summary>
    /// <returns>The record, or null at the end of the input.</returns>
    /// <exception cref="CsvFormatException">A quoted field is never closed, or a record is longer than the limit.</exception>
    public CsvRecord? Read()
    {
        SkipByteOrderMark();
        while (true)
        {
            var next = Peek();
            if (next == EndOfInput)
            {
                return null;
            }

            if (next is '\r' or '\n')
            {
                ConsumeLineEnd();
                continue;
            }

            return AtComment() ? ReadComment() : ReadRecord();
        }
    }

    private CsvRecord ReadRecord()
    {
        _fields.Clear();
        _recordLength = 0;
        _recordStart = _line;
        _afterFirstLine = null;
        string? problem = null;
        try
        {
            while (true)
            {
                _field.Clear();
                var fieldProblem = Peek() == Quote ? ReadQuotedField() : ReadUnquotedField();
                problem ??= fieldProblem;
                _fields.Add(_field.ToString());
                if (Peek() != Delimiter)
                {
                    break;
                }

                Take();
                CountTowardLimit();
            }
        }
        catch (BrokenRecordException broken)
        {
            return Recover(broken.Cause);
        }

        if (_afterFirstLine is not null && (problem is not null || !LinesUp()))
        {
            var cause = problem is not null
                ? $"the quoted value ran on to line {_line}: {problem}"
                : string.Create(
                    CultureInfo.InvariantCulture,
                    $"the quoted value ran on to line {_line}, where the record ends with {_fields.Count} fields for the header's {ExpectedFieldCount}");
            return Recover(cause);
        }

        _afterFirstLine = null;
        if (Peek() != EndOfInput)
        {
            ConsumeLineEnd();
        }

        return new CsvRecord(_recordStart, [.. _fields], problem);
    }

    private string? ReadUnquotedField()
    {
        while (true)
        {
            var next = Peek();
            if (next == EndOfInput || next == Delimiter || next is '\r' or '\n')
            {
                return null;
            }

            Append((char)Take());
        }
    }

    private string? ReadQuotedField()
    {
        Take();
        CountTowardLimit();
        while (true)
        {
            var c = Take();
            if (c == EndOfInput)
            {
                throw new BrokenRecordException(FileEndsInQuote);
            }

            if (c == Quote)
            {
                if (Peek() == Quote)
                {
                    Append((char)Take());
                    continue;
                }

                break;
            }

            if (c == '\r' || c == '\n')
            {
                if (c == '\r' && Peek() == '\n')
                {
                    Append('\r');
                    c = Take();
                }

                if (_line == _recordStart)
                {
                    // From the first line end on, keep the text, to read it again if the quote proves a stray one.
                    _afterFirstLine = new StringBuilder();
                }

                _line++;
            }

            Append((char)c);
        }

        // After the closing quote only a separator or a line end may follow; keep the rest but say so.
        var after = Peek();
        if (after == EndOfInput || after == Delimiter || after is '\r' or '\n')
        {
            return null;
        }

        ReadUnquotedField();
        return $"unexpected text after the closing quote of field {_fields.Count + 1}";
    }

    private void Append(char c)
    {
        CountTowardLimit();
        _field.Append(c);
    }

    // Every character of the record counts, separators and quotes included: a line of commas alone
    // must not grow the field list without bound.
    private void CountTowardLimit()
    {
        if (++_recordLength > _maxRecordLength)
        {
            throw new BrokenRecordException(string.Create(
                CultureInfo.InvariantCulture,
                $"record longer than {_maxRecordLength:N0} characters (CsvImportOptions.MaxRecordLength, to raise if the record is real)"));
        }
    }

    private void ConsumeLineEnd()
    {
        if (Take() == '\r' && Peek() == '\n')
        {
            Take();
        }

        _line++;
    }

    private void SkipByteOrderMark()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        if (Peek() == '\uFEFF')
        {
            Take();
        }
    }

    // A reader may hand out text in small pieces; gather the whole next line (or a full buffer) before
    // looking at it, keeping what was not consumed yet at the front.
    private void FillLookahead()
    {
        Array.Copy(_buffer, _position, _buffer, 0, _length - _position);
        _length -= _position;
        _position = 0;
        while (_length < _buffer.Length && _buffer.AsSpan(0, _length).IndexOfAny('\r', '\n') < 0)
        {
            var read = _reader.Read(_buffer, _length, _buffer.Length - _length);
            if (read == 0)
            {
                return;
            }

            _length += read;
        }
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return EndOfInput;
        }

        return _buffer[_position];
    }

    private int Take()
    {
        if (_position == _length && !Fill())
        {
            return EndOfInput;
        }

        var c = _buffer[_position++];
        _afterFirstLine?.Append(c);
        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
