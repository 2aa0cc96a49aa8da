namespace KpiToolkit.Import.Csv;

/// <summary>
/// The text Sep reads, kept from the start of the current row's line onward, so that the record reader can read
/// it again, character for character, from any row on.
/// </summary>
internal sealed class RecordingReader(TextReader inner, long firstLine) : TextReader
{
    private const int BlockSize = 32 * 1024;

    private readonly List<char[]> _blocks = [];
    private readonly Stack<char[]> _free = new();
    private int _lastLength = BlockSize;
    private long _firstLine = firstLine;
    private int _firstBlockBreaks = -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = inner.Read(buffer);
        Record(buffer[..n]);
        return n;
    }

    /// <summary>Forgets the text before the line a row starts on.</summary>
    public void Release(long line)
    {
        while (_blocks.Count > 1)
        {
            if (_firstBlockBreaks < 0)
            {
                _firstBlockBreaks = Breaks(_blocks[0], _blocks[1][0] == '\n');
            }

            // The last line that starts in the first block is _firstLine + its breaks.
            if (_firstLine + _firstBlockBreaks >= line)
            {
                return;
            }

            _firstLine += _firstBlockBreaks;
            _firstBlockBreaks = -1;
            _free.Push(_blocks[0]);
            _blocks.RemoveAt(0);
        }
    }

    /// <summary>The text from the start of a line kept, then the rest of the input.</summary>
    public TextReader From(long line)
    {
        var text = new System.Text.StringBuilder();
        var current = _firstLine;
        var started = current == line;
        for (var b = 0; b < _blocks.Count; b++)
        {
            var block = _blocks[b].AsSpan(0, b == _blocks.Count - 1 ? _lastLength : BlockSize);
            for (var i = 0; i < block.Length; i++)
            {
                if (started)
                {
                    text.Append(block[i..]);
                    break;
                }

                var c = block[i];
                if (c == '\n' || (c == '\r' && !NextIsLineFeed(b, i)))
                {
                    started = ++current == line;
                }
            }
        }

        return new PrefixedReader(text.ToString(), inner);
    }

    private bool NextIsLineFeed(int block, int index)
    {
        var length = block == _blocks.Count - 1 ? _lastLength : BlockSize;
        return index + 1 < length ? _blocks[block][index + 1] == '\n'
            : block + 1 < _blocks.Count && _blocks[block + 1][0] == '\n';
    }

    // CR LF, LF and CR each end a line; a CR at the end of the block ends one unless the next block starts with LF.
    private static int Breaks(ReadOnlySpan<char> block, bool nextStartsWithLineFeed)
    {
        var breaks = block.Count('\n') + block.Count('\r') - block.Count("\r\n");
        return block[^1] == '\r' && nextStartsWithLineFeed ? breaks - 1 : breaks;
    }

    private void Record(ReadOnlySpan<char> text)
    {
        while (text.Length > 0)
        {
            if (_lastLength == BlockSize)
            {
                _blocks.Add(_free.TryPop(out var free) ? free : new char[BlockSize]);
                _lastLength = 0;
            }

            var n = Math.Min(text.Length, BlockSize - _lastLength);
            text[..n].CopyTo(_blocks[^1].AsSpan(_lastLength));
            _lastLength += n;
            text = text[n..];
        }
    }
}
