using System.Buffers;
using System.Text;

namespace KpiToolkit.Dashboard;

/// <summary>
/// A buffer of fixed size for <see cref="System.Text.Json.Utf8JsonWriter"/> that passes its bytes on to a stream, a
/// text writer or nowhere each time the JSON writer asks for more room, so a document of any length is written in
/// bounded memory.
/// </summary>
/// <remarks>
/// The JSON writer hands its bytes over (<see cref="Advance"/>) whenever its current span is full and on
/// <c>Flush</c>; it never holds more than one span, so memory stays at about <see cref="ChunkSize"/> bytes
/// whatever the document's size. With no target, the bytes are dropped: the renderer's trial run.
/// </remarks>
internal sealed class DrainingBufferWriter : IBufferWriter<byte>, IDisposable
{
    /// <summary>The bytes held before they are passed on: large enough to keep writes few, small enough to stay out of the large object heap.</summary>
    public const int ChunkSize = 16 * 1024;

    private readonly Stream? _stream;
    private readonly TextWriter? _writer;
    private readonly Decoder? _decoder;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
    private char[]? _chars;
    private int _count;

    private DrainingBufferWriter(Stream? stream, TextWriter? writer)
    {
        _stream = stream;
        _writer = writer;
        if (writer is not null)
        {
            // A character may be cut between two chunks: the decoder keeps its first bytes for the next one.
            _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
            _chars = ArrayPool<char>.Shared.Rent(ChunkSize);
        }
    }

    /// <summary>Creates a buffer that writes its bytes to a stream as they are.</summary>
    public static DrainingBufferWriter To(Stream stream) => new(stream, null);

    /// <summary>Creates a buffer that decodes its UTF-8 bytes and writes the characters to a text writer.</summary>
    public static DrainingBufferWriter To(TextWriter writer) => new(null, writer);

    /// <summary>Creates a buffer that drops its bytes.</summary>
    public static DrainingBufferWriter Nowhere() => new(null, null);

    /// <inheritdoc />
    public void Advance(int count)
    {
        Preconditions.Check(count >= 0 && _count + count <= _buffer.Length, "count must fit in the span handed out.", nameof(count));
        _count += count;
    }

    /// <inheritdoc />
    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _buffer.AsMemory(_count);
    }

    /// <inheritdoc />
    public Span<byte> GetSpan(int sizeHint = 0)
    {
        MakeRoom(sizeHint);
        return _buffer.AsSpan(_count);
    }

    /// <summary>Passes on the bytes held.</summary>
    public void Drain()
    {
        if (_count == 0)
        {
            return;
        }

        if (_stream is not null)
        {
            _stream.Write(_buffer, 0, _count);
        }
        else if (_writer is not null)
        {
            var bytes = _buffer.AsSpan(0, _count);
            while (!bytes.IsEmpty)
            {
                _decoder!.Convert(bytes, _chars, flush: false, out var used, out var produced, out _);
                _writer.Write(_chars!, 0, produced);
                bytes = bytes[used..];
            }
        }

        _count = 0;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
        if (_chars is not null)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = null;
        }
    }

    private void MakeRoom(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_buffer.Length - _count >= needed)
        {
            return;
        }

        Drain();
        if (_buffer.Length < needed)
        {
            // One value longer than a chunk (a very long name): a larger buffer from then on.
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(needed);
        }
    }
}
