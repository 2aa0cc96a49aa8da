using System.Globalization;
using System.IO.Pipelines;
using KpiToolkit.Dashboard;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>
/// Rendering to a target that accepts only asynchronous writes, as an ASP.NET Core response body: the same bytes as a
/// synchronous render, no synchronous write or flush reaching the target, and cancellation.
/// </summary>
public sealed class AsyncRenderingTests
{
    private static readonly DashboardRenderOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("html")]
    public async Task RenderAsync_ToAStreamRefusingSynchronousWrites_WritesTheBytesOfASynchronousRender(string format)
    {
        var renderer = DashboardRenderers.BuiltIn.Get(format);
        var dashboard = DashboardFixture.Build();
        var expected = new MemoryStream();
        renderer.RenderToStream(dashboard, expected, French);
        using var target = new AsyncOnlyStream();

        await renderer.RenderAsync(dashboard, target, French);

        target.ToArray().Should().Equal(expected.ToArray());
        target.AsyncWrites.Should().BeGreaterThan(0);
        target.Flushes.Should().Be(1);
    }

    [Fact]
    public async Task RenderAsync_ADocumentOfSeveralChunks_IsWrittenChunkByChunkInOrder()
    {
        var renderer = new LongRenderer(lines: 10_000);
        var dashboard = DashboardFixture.Build();
        var expected = new MemoryStream();
        renderer.RenderToStream(dashboard, expected);
        using var target = new AsyncOnlyStream();

        await renderer.RenderAsync(dashboard, target);

        expected.Length.Should().BeGreaterThan(3 * 16 * 1024, "the document needs several chunks");
        target.ToArray().Should().Equal(expected.ToArray());
        target.AsyncWrites.Should().Be((int)((expected.Length + (16 * 1024) - 1) / (16 * 1024)));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    public async Task RenderAsync_ToAPipe_WritesTheBytesOfASynchronousRender(string format)
    {
        var renderer = DashboardRenderers.BuiltIn.Get(format);
        var dashboard = DashboardFixture.Build();
        var expected = new MemoryStream();
        renderer.RenderToStream(dashboard, expected);
        var pipe = new Pipe();

        var reading = ReadAllAsync(pipe.Reader);
        await renderer.RenderAsync(dashboard, pipe.Writer);
        await pipe.Writer.CompleteAsync();

        (await reading).Should().Equal(expected.ToArray());
    }

    [Fact]
    public async Task RenderAsync_Cancelled_ThrowsAndWritesNothing()
    {
        using var target = new AsyncOnlyStream();

        var act = () => new HtmlDashboardRenderer().RenderAsync(DashboardFixture.Build(), target, cancellationToken: new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        target.Length.Should().Be(0);
    }

    [Fact]
    public async Task RenderAsync_CancelledWhileWriting_StopsAtTheNextChunk()
    {
        using var cancellation = new CancellationTokenSource();
        using var target = new AsyncOnlyStream(afterFirstWrite: cancellation.Cancel);

        var act = () => new LongRenderer(lines: 10_000).RenderAsync(DashboardFixture.Build(), target, cancellationToken: cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        target.AsyncWrites.Should().Be(1);
    }

    [Fact]
    public async Task RenderAsync_NullArguments_ThrowNamingThem()
    {
        var renderer = new JsonDashboardRenderer();

        await FluentActions.Awaiting(() => renderer.RenderAsync(null!, Stream.Null)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("dashboard");
        await FluentActions.Awaiting(() => renderer.RenderAsync(DashboardFixture.Build(), (Stream)null!)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("stream");
        await FluentActions.Awaiting(() => ((IDashboardRenderer)null!).RenderAsync(DashboardFixture.Build(), Stream.Null)).Should().ThrowAsync<ArgumentNullException>().WithParameterName("renderer");
    }

    private static async Task<byte[]> ReadAllAsync(PipeReader reader)
    {
        var all = new MemoryStream();
        await reader.CopyToAsync(all);
        await reader.CompleteAsync();
        return all.ToArray();
    }

    /// <summary>A renderer of a host's own that only knows how to write to a <see cref="TextWriter"/>.</summary>
    private sealed class LongRenderer(int lines) : IDashboardRenderer
    {
        public string Format => "long";

        public string FileExtension => ".txt";

        public string ContentType => "text/plain";

        public void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null)
        {
            for (var i = 0; i < lines; i++)
            {
                writer.WriteLine($"line {i} of {dashboard.Title}");
            }
        }
    }

    /// <summary>Refuses synchronous writes and flushes, as ASP.NET Core's response body does unless AllowSynchronousIO is set.</summary>
    private sealed class AsyncOnlyStream(Action? afterFirstWrite = null) : Stream
    {
        private readonly MemoryStream _written = new();

        public int AsyncWrites { get; private set; }

        public int Flushes { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _written.Length;

        public override long Position
        {
            get => _written.Length;
            set => throw new NotSupportedException();
        }

        public byte[] ToArray() => _written.ToArray();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void WriteByte(byte value) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override void Flush() => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            _written.Write(buffer.Span);
            if (++AsyncWrites == 1)
            {
                afterFirstWrite?.Invoke();
            }
        }

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            Flushes++;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _written.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
