using System.Globalization;
using System.Text;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// A streaming RFC 4180 reader: quoted fields with separators, doubled quotes and line breaks, CRLF, LF or
/// CR line ends, a leading byte-order mark. It holds one record at a time, so memory does not grow with the
/// file; a record longer than the limit (usually a quote that is never closed) stops the file. A line that
/// starts with <see cref="CommentPrefix"/> is read whole as a comment, quotes and separators included.
/// </summary>
internal sealed class CsvRecordReader : IRecordSource
{
    private const char Quote = '"';
    private const int EndOfInput = -1;

    private readonly TextReader _reader;
    private readonly int _maxRecordLength;
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private bool _started;
    private long _line;
    private int _recordLength;
    private long _recordStart;

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
        while (Peek() is var next && next != EndOfInput && next is not ('\r' or '\n'))
        {
            Append((char)Take());
        }

        if (Peek() != EndOfInput)
        {
            ConsumeLineEnd();
        }

        return new CsvRecord(_recordStart, [_field.ToString()], null) { IsComment = true };
    }

    private CsvRecord ReadRecord()
    {
        _fields.Clear();
        _recordLength = 0;
        _recordStart = _line;
        string? problem = null;
        while (true)
        {
            _field.Clear();
            var fieldProblem = Peek() == Quote ? ReadQuotedField() : ReadUnquotedField();
            problem ??= fieldProblem;
            _fields.Add(_field.ToString());

            var next = Peek();
            if (next == Delimiter)
            {
                Take();
                CountTowardLimit();
                continue;
            }

            if (next != EndOfInput)
            {
                ConsumeLineEnd();
            }

            return new CsvRecord(_recordStart, [.. _fields], problem);
        }
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
                throw new CsvFormatException(
                    _recordStart,
                    $"A quoted value that starts on line {_recordStart} is never closed: the file ends inside it.");
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
            throw TooLong(_recordStart, _maxRecordLength);
        }
    }

    /// <summary>The error of a record longer than the limit.</summary>
    /// <param name="line">The line the record starts on.</param>
    /// <param name="maxRecordLength">The limit, in characters.</param>
    public static CsvFormatException TooLong(long line, int maxRecordLength) =>
        new(
            line,
            string.Create(CultureInfo.InvariantCulture, $"The record that starts on line {line} is longer than {maxRecordLength:N0} characters; ") +
            "a quote that is never closed is the usual cause. Raise CsvImportOptions.MaxRecordLength if the record is real.");

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

        return _buffer[_position++];
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
