using System.Buffers;
using System.Globalization;
using nietras.SeparatedValues;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// The records of a CSV text: the lines before the header and the header through <see cref="CsvRecordReader"/>,
/// which guesses the separator and passes over comments; the data rows through Sep, in place, without a string per
/// field.
/// </summary>
/// <remarks>
/// <para>Sep pairs quotes wherever they stand, where RFC 4180 opens a quoted value only at the start of a field. The
/// two read a row alike when every quote of it opens a field, closes it, or is doubled inside it; a row where a quote
/// stands elsewhere (<c>5" screen</c>) may be cut elsewhere by Sep. Such a row, and everything after it, is read again
/// by <see cref="CsvRecordReader"/> from the text Sep holds, so that every file reads as it always has, and every
/// record keeps its line.</para>
/// <para>Line numbers are Sep's, counted from the first line it reads, plus the lines read before it. A row longer than
/// the limit, and a row whose quoted value runs across lines without lining up with the header, are read again in the
/// same way, so that the record reader rejects only the line that is damaged and goes on after it.</para>
/// </remarks>
internal sealed class CsvTextSource : RowSource
{
    private const char Quote = '"';

    private readonly TextReader _reader;
    private readonly CsvRecordReader _head;
    private readonly int _maxRecordLength;
    private readonly string? _commentPrefix;
    private readonly bool _guessDelimiter;
    private SepReader? _sep;
    private RecordingReader? _recording;
    private long _lineOffset;
    private long _nextLine = 1;
    private CsvRecordReader? _exact;
    private CsvRecord? _record;
    private int _fieldCount;

    // The fields of the current Sep row that were quoted, unescaped into one buffer: their start and length, valid
    // while their stamp is the row's.
    private char[] _unquoted = new char[1024];
    private int _unquotedLength;
    private int[] _unquotedStart = new int[64];
    private int[] _unquotedCount = new int[64];
    private int[] _unquotedStamp = new int[64];
    private int _stamp;
    private bool _rowHasQuotes;
    private bool _sepTooLong;

    public CsvTextSource(TextReader reader, CsvImportOptions options)
    {
        _reader = reader;
        _maxRecordLength = options.MaxRecordLength;
        _commentPrefix = options.CommentPrefix;
        _guessDelimiter = options.Delimiter is null;
        _head = new CsvRecordReader(reader, options.Delimiter ?? ',', options.MaxRecordLength) { CommentPrefix = options.CommentPrefix };
    }

    /// <summary>Gets whether the rows are read by Sep rather than by the record reader (a file that reads alike either way).</summary>
    public bool ReadsWithSep => _sep is not null && _exact is null;

    public override int FieldCount => _record is not null ? _record.Fields.Length : IsComment ? 1 : _fieldCount;

    public override ReadOnlySpan<char> Field(int index)
    {
        if (_record is not null)
        {
            return _record.Fields[index];
        }

        if (IsComment)
        {
            return _sep!.Current.Span;
        }

        if (_rowHasQuotes && _unquotedStamp[index] == _stamp)
        {
            return _unquoted.AsSpan(_unquotedStart[index], _unquotedCount[index]);
        }

        return _sep!.Current[index].Span;
    }

    // The record's text holds every field's characters and adds only quotes and separators: one search covers all.
    public override bool MayHoldAny(SearchValues<char> values) =>
        _record is not null || _sep is null ? base.MayHoldAny(values) : _sep.Current.Span.ContainsAny(values);

    public override void GuessDelimiter()
    {
        if (_guessDelimiter)
        {
            _head.Delimiter = _head.DetectDelimiter([',', ';', '\t']);
        }
    }

    public override void BeginData()
    {
        _head.ExpectedFieldCount = ExpectedFieldCount;
        Sep separator;
        try
        {
            separator = Sep.New(_head.Delimiter);
        }
        catch (ArgumentException)
        {
            // A separator Sep does not take (a control character, a letter outside ASCII): the record reader goes on.
            return;
        }

        _recording = new RecordingReader(new PrefixedReader(_head.TakeBuffered(), _reader), _head.NextLineNumber);
        _lineOffset = _head.NextLineNumber - 1;
        _nextLine = _head.NextLineNumber;
        _sep = separator.Reader(o => o with { HasHeader = false, DisableColCountCheck = true })
            .From(_recording);
    }

    public override bool MoveNext()
    {
        if (_sep is null)
        {
            return Take(_head);
        }

        if (_exact is not null)
        {
            return Take(_exact);
        }

        _record = null;
        while (true)
        {
            if (!NextSepRow())
            {
                // Sep gave up on a row longer than its own limit: the record reader passes over it.
                return _sepTooLong && ReadExactlyFrom(_nextLine);
            }

            var row = _sep.Current;
            var span = row.Span;

            // Sep numbers the first row's lines from where it ends; it starts on the first line.
            var line = _lineOffset + (row.RowIndex == 0 ? 1 : row.LineNumberFrom);
            _nextLine = _lineOffset + row.LineNumberToExcl;
            _recording!.Release(line);
            if (span.Length == 0 && row.ColCount == 1)
            {
                continue;
            }

            if (span.Length > _maxRecordLength)
            {
                return ReadExactlyFrom(line);
            }

            LineNumber = line;
            Problem = null;
            IsComment = false;
            _fieldCount = row.ColCount;
            _rowHasQuotes = false;
            if (_commentPrefix is not null && span.StartsWith(_commentPrefix, StringComparison.Ordinal))
            {
                if (span.ContainsAny('\r', '\n'))
                {
                    // A quote in the comment made Sep read on past its line.
                    return ReadExactlyFrom(line);
                }

                IsComment = true;
                return true;
            }

            if (span.Contains(Quote) && !Unquote(row, span.Count(Quote)))
            {
                return ReadExactlyFrom(line);
            }

            // A quoted value across lines is only kept when its record ends well; the record reader says which lines are lost.
            if (_rowHasQuotes && (Problem is not null || (ExpectedFieldCount is { } expected && row.ColCount != expected)) && span.ContainsAny('\r', '\n'))
            {
                return ReadExactlyFrom(line);
            }

            return true;
        }
    }

    public override void Dispose() => _sep?.Dispose();

    private bool Take(CsvRecordReader reader)
    {
        _record = reader.Read();
        if (_record is null)
        {
            return false;
        }

        LineNumber = _record.LineNumber;
        IsComment = _record.IsComment;
        Problem = _record.Problem;
        return true;
    }

    private bool NextSepRow()
    {
        try
        {
            return _sep!.MoveNext();
        }
        catch (NotSupportedException)
        {
            // Sep's own limit on a row (16 Mi characters), reached when a quote is never closed.
            _sepTooLong = true;
            return false;
        }
    }

    // From this row on, the record reader reads the file's own text, from the start of the row's line: the same
    // characters and lines as the file, so the same records and line numbers.
    private bool ReadExactlyFrom(long line)
    {
        _exact = new CsvRecordReader(_recording!.From(line), _head.Delimiter, _maxRecordLength, line)
        {
            CommentPrefix = _commentPrefix,
            ExpectedFieldCount = ExpectedFieldCount,
        };
        _rowHasQuotes = false;
        IsComment = false;
        return Take(_exact);
    }

    // Unescapes the quoted fields of a row, and says whether every quote of the row opens a field, closes it or is
    // doubled inside it, which is when Sep and RFC 4180 cut the row alike.
    private bool Unquote(SepReader.Row row, int quotes)
    {
        _stamp++;
        _rowHasQuotes = true;
        _unquotedLength = 0;
        if (_unquotedStamp.Length < row.ColCount)
        {
            var size = Math.Max(row.ColCount, _unquotedStamp.Length * 2);
            Array.Resize(ref _unquotedStart, size);
            Array.Resize(ref _unquotedCount, size);
            Array.Resize(ref _unquotedStamp, size);
        }

        var seen = 0;
        for (var i = 0; i < row.ColCount && seen < quotes; i++)
        {
            var field = row[i].Span;
            if (field.Length == 0 || field[0] != Quote)
            {
                continue;
            }

            if (!UnquoteField(field, i, ref seen))
            {
                return false;
            }
        }

        // A quote left over stands inside a field that does not start with one.
        return seen == quotes;
    }

    private bool UnquoteField(ReadOnlySpan<char> field, int index, ref int seen)
    {
        EnsureUnquotedRoom(field.Length);
        var start = _unquotedLength;
        var position = 1;
        seen++;
        while (true)
        {
            var next = field[position..].IndexOf(Quote);
            if (next < 0)
            {
                // Never closed: only at the end of the input. The record reader says so, with the line.
                return false;
            }

            Append(field.Slice(position, next));
            position += next + 1;
            seen++;
            if (position < field.Length && field[position] == Quote)
            {
                Append([Quote]);
                position++;
                seen++;
                continue;
            }

            break;
        }

        var after = field[position..];
        if (after.Contains(Quote))
        {
            return false;
        }

        if (after.Length > 0)
        {
            Problem ??= string.Create(CultureInfo.InvariantCulture, $"unexpected text after the closing quote of field {index + 1}");
            Append(after);
        }

        _unquotedStart[index] = start;
        _unquotedCount[index] = _unquotedLength - start;
        _unquotedStamp[index] = _stamp;
        return true;
    }

    private void EnsureUnquotedRoom(int length)
    {
        if (_unquotedLength + length > _unquoted.Length)
        {
            Array.Resize(ref _unquoted, Math.Max(_unquoted.Length * 2, _unquotedLength + length));
        }
    }

    private void Append(ReadOnlySpan<char> text)
    {
        text.CopyTo(_unquoted.AsSpan(_unquotedLength));
        _unquotedLength += text.Length;
    }
}
