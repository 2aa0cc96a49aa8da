using System.Buffers;
using System.IO.Pipelines;

namespace KpiToolkit.Dashboard;

/// <summary>
/// A write-only stream that keeps what a synchronous renderer writes in pooled chunks of
/// <see cref="DrainingBufferWriter.ChunkSize"/> bytes, then hands them to a stream or a pipe with asynchronous writes only.
/// </summary>
/// <remarks>Each write checks the token, so a render stops within a chunk of being cancelled.</remarks>
internal sealed class ChunkedOutput(CancellationToken cancellationToken) : Stream
{
    private readonly List<byte[]> _chunks = [];
    private int _lastCount;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => _chunks.Count == 0 ? 0 : ((long)(_chunks.Count - 1) * DrainingBufferWriter.ChunkSize) + _lastCount;

    /// <inheritdoc />
    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        cancellationToken.ThrowIfCancellationRequested();
        while (!buffer.IsEmpty)
        {
            if (_chunks.Count == 0 || _lastCount == DrainingBufferWriter.ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(DrainingBufferWriter.ChunkSize));
                _lastCount = 0;
            }

            var count = Math.Min(buffer.Length, DrainingBufferWriter.ChunkSize - _lastCount);
            buffer[..count].CopyTo(_chunks[^1].AsSpan(_lastCount));
            _lastCount += count;
            buffer = buffer[count..];
        }
    }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <summary>Writes the chunks to a stream with <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/>, then flushes it with <see cref="Stream.FlushAsync(CancellationToken)"/>.</summary>
    public async Task WriteToAsync(Stream target)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await target.WriteAsync(ChunkAt(i), cancellationToken).ConfigureAwait(false);
        }

        await target.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes the chunks to a pipe, flushing after each so that the pipe's reader can apply back pressure.</summary>
    public async Task WriteToAsync(PipeWriter target)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var flushed = await target.WriteAsync(ChunkAt(i), cancellationToken).ConfigureAwait(false);
            if (flushed.IsCanceled || flushed.IsCompleted)
            {
                // The reader went away (an aborted request), or the flush was cancelled through the pipe itself.
                throw new OperationCanceledException("The pipe's reader stopped reading before the dashboard was written.", cancellationToken);
            }
        }

        await target.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var chunk in _chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            _chunks.Clear();
        }

        base.Dispose(disposing);
    }

    private ReadOnlyMemory<byte> ChunkAt(int index) =>
        _chunks[index].AsMemory(0, index == _chunks.Count - 1 ? _lastCount : DrainingBufferWriter.ChunkSize);
}
