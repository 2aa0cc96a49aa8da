using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// The text of an asynchronous source for the synchronous row pipeline: <see cref="FeedAsync"/> reads the source with
/// <see cref="TextReader.ReadAsync(Memory{char}, CancellationToken)"/> into a few chunks of 16 K characters, and the
/// pipeline, on a thread of its own, reads them through this reader, waiting when none has arrived yet. The source is
/// never read synchronously, and at most <see cref="ChunksAhead"/> chunks are held.
/// </summary>
internal sealed class FedTextReader : TextReader
{
    private const int ChunkSize = 16 * 1024;
    private const int ChunksAhead = 4;

    private readonly Channel<(char[] Chunk, int Length)> _chunks =
        System.Threading.Channels.Channel.CreateBounded<(char[], int)>(new BoundedChannelOptions(ChunksAhead) { SingleReader = true, SingleWriter = true });

    private readonly CancellationToken _cancellation;
    private char[]? _current;
    private int _length;
    private int _position;
    private bool _ended;
    private Exception? _failure;

    /// <param name="cancellation">Ends a wait for text with <see cref="OperationCanceledException"/>.</param>
    public FedTextReader(CancellationToken cancellation) => _cancellation = cancellation;

    /// <summary>Reads the source to its end into the chunks; a failure, cancellation included, reaches the pipeline at its next read.</summary>
    public async Task FeedAsync(TextReader source)
    {
        try
        {
            while (true)
            {
                var chunk = ArrayPool<char>.Shared.Rent(ChunkSize);
                var read = await source.ReadAsync(chunk.AsMemory(0, ChunkSize), _cancellation).ConfigureAwait(false);
                if (read == 0)
                {
                    ArrayPool<char>.Shared.Return(chunk);
                    break;
                }

                await _chunks.Writer.WriteAsync((chunk, read), _cancellation).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            _failure = e;
        }
        finally
        {
            _chunks.Writer.TryComplete();
        }
    }

    /// <inheritdoc />
    public override int Peek() => Fill() ? _current![_position] : -1;

    /// <inheritdoc />
    public override int Read() => Fill() ? _current![_position++] : -1;

    /// <inheritdoc />
    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    /// <inheritdoc />
    public override int Read(Span<char> buffer)
    {
        if (buffer.IsEmpty || !Fill())
        {
            return 0;
        }

        var count = Math.Min(buffer.Length, _length - _position);
        _current.AsSpan(_position, count).CopyTo(buffer);
        _position += count;
        return count;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Release();
            while (_chunks.Reader.TryRead(out var left))
            {
                ArrayPool<char>.Shared.Return(left.Chunk);
            }
        }

        base.Dispose(disposing);
    }

    // Whether a character is at hand, waiting for the next chunk when the current one is read through.
    private bool Fill()
    {
        while (_current is null || _position == _length)
        {
            if (_ended)
            {
                return false;
            }

            Release();
            if (!_chunks.Reader.TryRead(out var next))
            {
                // The pipeline runs on a thread of its own: waiting here blocks it, not the caller of the asynchronous read.
                if (!_chunks.Reader.WaitToReadAsync(_cancellation).AsTask().GetAwaiter().GetResult())
                {
                    _ended = true;
                    if (_failure is not null)
                    {
                        ExceptionDispatchInfo.Capture(_failure).Throw();
                    }

                    return false;
                }

                continue;
            }

            (_current, _length) = next;
            _position = 0;
        }

        return true;
    }

    private void Release()
    {
        if (_current is not null)
        {
            ArrayPool<char>.Shared.Return(_current);
            _current = null;
        }
    }
}
