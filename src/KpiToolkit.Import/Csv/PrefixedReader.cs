namespace KpiToolkit.Import.Csv;

/// <summary>A text that starts with what another reader had buffered and goes on with the rest of the input.</summary>
internal sealed class PrefixedReader(string prefix, TextReader rest) : TextReader
{
    private int _next;

    public override int Peek() => _next < prefix.Length ? prefix[_next] : rest.Peek();

    public override int Read() => _next < prefix.Length ? prefix[_next++] : rest.Read();

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_next < prefix.Length)
        {
            var n = Math.Min(buffer.Length, prefix.Length - _next);
            prefix.AsSpan(_next, n).CopyTo(buffer);
            _next += n;
            return n;
        }

        return rest.Read(buffer);
    }
}
