using System.Collections;
using System.Text;
using System.Text.Json;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Tests.Dashboard;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// The renderers write to their stream as they go: the first objectives are in the stream before the renderer reaches
/// the last one, no write is larger than a chunk, and the memory they take does not grow with the document.
/// </summary>
public sealed class StreamingRendererTests
{
    /// <summary>The objectives of the large dashboard: 5,000 trees of four (a parent and three sub-objectives).</summary>
    private const int ObjectiveCount = 20_000;

    /// <summary>A chunk of the JSON renderer, or of a <see cref="StreamWriter"/>'s buffer, with room to spare: far below the documents written here.</summary>
    private const int LargestWriteAllowed = 64 * 1024;

    private static readonly Lazy<KpiDashboard> Fixture = new(() => DashboardFixture.Build());

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Render_ManyObjectivesToAStream_WritesBeforeReachingTheLastObjective(string format)
    {
        var stream = new ProbeStream();
        var objectives = new WatchedList<ObjectiveEvaluation>(ManyObjectives(), () => stream.Length);

        DashboardRenderers.BuiltIn.Get(format).RenderToStream(Fixture.Value with { Objectives = objectives }, stream);

        stream.Length.Should().BeGreaterThan(4 * LargestWriteAllowed, "the document must be far larger than a chunk for the test to mean anything");
        objectives.LengthsAtLastItem.Max().Should().BeGreaterThan(stream.Length / 2, "the first half of the document is in the stream before the renderer reaches the last objective");
        stream.LargestWrite.Should().BeLessThanOrEqualTo(LargestWriteAllowed);
    }

    [Fact]
    public void Render_ManyRowsToAStreamAsCsv_WritesBeforeReachingTheLastRow()
    {
        var stream = new ProbeStream();
        var section = Fixture.Value.Sections[0];
        var rows = new WatchedList<KpiRow>(Enumerable.Repeat(section.Rows[0], ObjectiveCount).ToList(), () => stream.Length);

        new CsvDashboardRenderer().RenderToStream(Fixture.Value with { Sections = [section with { Rows = rows }] }, stream);

        stream.Length.Should().BeGreaterThan(4 * LargestWriteAllowed);
        rows.LengthsAtLastItem.Max().Should().BeGreaterThan(stream.Length / 2);
        stream.LargestWrite.Should().BeLessThanOrEqualTo(LargestWriteAllowed);
    }

    [Fact]
    public void Json_ManyObjectivesToAStream_AllocatesFarLessThanTheDocument()
    {
        var dashboard = Fixture.Value with { Objectives = ManyObjectives() };
        var renderer = new JsonDashboardRenderer();
        renderer.Render(Fixture.Value, Stream.Null);
        var stream = new ProbeStream();

        var before = GC.GetAllocatedBytesForCurrentThread();
        renderer.Render(dashboard, stream);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        stream.Length.Should().BeGreaterThan(10_000_000);
        allocated.Should().BeLessThan(stream.Length / 2, "the document is written as it is made, never held: {0:N0} bytes allocated for {1:N0} written", allocated, stream.Length);
    }

    [Fact]
    public void Json_ToAStreamAndToAString_AreTheSameDocument()
    {
        var dashboard = RendererDashboards.Odd();
        var renderer = new JsonDashboardRenderer();
        using var stream = new MemoryStream();

        renderer.RenderToStream(dashboard, stream);

        var bytes = stream.ToArray();
        bytes.Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble(), "no byte order mark");
        Encoding.UTF8.GetString(bytes).Should().Be(renderer.RenderToString(dashboard));
        using var document = JsonDocument.Parse(bytes);
        document.RootElement.GetProperty("title").GetString().Should().Be(dashboard.Title);
    }

    [Fact]
    public void Json_ManyObjectivesToATextWriter_IsTheSameAsToAStream()
    {
        // The odd objective's statement has a dash of three UTF-8 bytes: some chunk ends in the middle of one.
        var odd = RendererDashboards.Odd();
        var dashboard = odd with { Objectives = Enumerable.Repeat(odd.Objectives[0], 5_000).ToList() };
        var renderer = new JsonDashboardRenderer();
        using var stream = new MemoryStream();

        renderer.Render(dashboard, stream);

        renderer.RenderToString(dashboard).Should().Be(Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Json_NumberJsonCannotHold_ThrowsBeforeWritingToTheStream()
    {
        var spikes = Fixture.Value.MentionSpikes!;
        var broken = Fixture.Value with
        {
            Objectives = ManyObjectives(),
            MentionSpikes = spikes with { Spikes = [spikes.Spikes[0] with { Score = double.PositiveInfinity }] },
        };
        var stream = new ProbeStream();

        var render = () => new JsonDashboardRenderer().RenderToStream(broken, stream);

        render.Should().Throw<ArgumentException>().WithParameterName("dashboard");
        stream.Length.Should().Be(0, "the mention spikes come after the objectives, yet nothing reached the stream");
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("json")]
    [InlineData("csv")]
    [InlineData("html")]
    public void RenderToFile_IsWhatRenderToStringWrites(string format)
    {
        var renderer = DashboardRenderers.BuiltIn.Get(format);
        var dashboard = RendererDashboards.Odd();
        var path = Path.Combine(Path.GetTempPath(), $"kpi-streaming-{Guid.NewGuid():N}{renderer.FileExtension}");
        try
        {
            renderer.RenderToFile(dashboard, path);

            File.ReadAllBytes(path).Should().Equal(new UTF8Encoding(false).GetBytes(renderer.RenderToString(dashboard)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>5,000 copies of the fixture's objective tree: a parent and three sub-objectives each.</summary>
    private static List<ObjectiveEvaluation> ManyObjectives() => Enumerable.Repeat(Fixture.Value.Objectives[0], ObjectiveCount / 4).ToList();

    /// <summary>A stream that keeps nothing: it counts the bytes and remembers the largest write.</summary>
    private sealed class ProbeStream : Stream
    {
        private long _length;

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _length += buffer.Length;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    /// <summary>A list that notes how long the stream was each time a reader reached its last item.</summary>
    private sealed class WatchedList<T>(List<T> items, Func<long> length) : IReadOnlyList<T>
    {
        public List<long> LengthsAtLastItem { get; } = [];

        public int Count => items.Count;

        public T this[int index]
        {
            get
            {
                Watch(index);
                return items[index];
            }
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (var i = 0; i < items.Count; i++)
            {
                Watch(i);
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private void Watch(int index)
        {
            if (index == items.Count - 1)
            {
                LengthsAtLastItem.Add(length());
            }
        }
    }
}
