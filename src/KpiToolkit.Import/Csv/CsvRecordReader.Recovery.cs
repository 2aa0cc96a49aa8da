using System.Text;

namespace KpiToolkit.Import.Csv;

/// <content>How a damaged record is given up: its first line rejected with the cause, and reading resumed after it.</content>
internal sealed partial class CsvRecordReader
{
    private bool LinesUp()
    {
        if (ExpectedFieldCount is not { } expected || _fields.Count == expected)
        {
            return true;
        }

        return _fields.Count > expected && _fields.Skip(expected).All(string.IsNullOrWhiteSpace);
    }

    // The record cannot be read as it stands: its first line alone is rejected, with the cause, and reading goes on
    // at the next line.
    private CsvRecord Recover(string cause)
    {
        var line = _recordStart;
        string problem;
        if (_afterFirstLine is { } rest)
        {
            // A quoted value ran across the first line end: read again from there.
            _afterFirstLine = null;
            PushBack(rest);
            _line = line + 1;
            problem = $"unclosed quote opened on line {line}: {cause}; only line {line} is rejected, and reading goes on at line {line + 1}";
        }
        else if (cause == FileEndsInQuote)
        {
            problem = $"unclosed quote opened on line {line}: {cause}";
        }
        else
        {
            // Too long on its own line: pass over the rest of the line without holding it.
            while (Peek() is var next && next != EndOfInput && next is not ('\r' or '\n'))
            {
                Take();
            }

            if (Peek() != EndOfInput)
            {
                ConsumeLineEnd();
            }

            problem = $"{cause}; line {line} is rejected, and reading goes on at line {line + 1}";
        }

        return new CsvRecord(line, [.. _fields], problem);
    }

    // Puts text back in front of what is still to be read.
    private void PushBack(StringBuilder text)
    {
        var pending = _length - _position;
        var merged = new char[Math.Max(BufferSize, text.Length + pending)];
        text.CopyTo(0, merged, text.Length);
        Array.Copy(_buffer, _position, merged, text.Length, pending);
        _buffer = merged;
        _position = 0;
        _length = text.Length + pending;
    }

    // Thrown from inside a record that cannot be read as it stands, and caught where the record starts.
    private sealed class BrokenRecordException(string cause) : Exception(cause)
    {
        public string Cause { get; } = cause;
    }
}
