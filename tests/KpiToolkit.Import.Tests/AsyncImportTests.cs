using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using KpiToolkit.Import.Presets;

namespace KpiToolkit.Import.Tests;

/// <summary>
/// The asynchronous reads: the same rows, reasons and lines as the synchronous ones, no synchronous read of the source,
/// and cancellation that stops the read where it stands.
/// </summary>
public sealed class AsyncImportTests
{
    private static readonly WebTrafficMap Map = new() { Date = "Date", Sessions = "Sessions", ChannelColumn = "Channel" };

    private static readonly CsvImporter<WebTrafficRecord> Importer = new(Map, new CsvImportOptions { CommentPrefix = "#", SummaryRowLabels = ["Total"] });

    private const string Mixed = "Date,Channel,Sessions\n" +
                                 "2024-01-15,Direct,500\n" +
                                 "# bots excluded\n" +
                                 "2024-01-16,Email,many\n" +
                                 "2024-01-17,Social,70\n" +
                                 "Total,,570\n";

    [Fact]
    public async Task ImportAsync_MixedRows_AcceptsRejectsAndSkipsOnTheirLines()
    {
        var result = await Importer.ImportAsync(new StringReader(Mixed));

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 5);
        result.Records.Select(r => (r.Channel.Name, r.Sessions)).Should().Equal(("Direct", 500L), ("Social", 70L));
        result.Rejected.Select(r => r.LineNumber).Should().Equal(4);
        result.Rejected.Single().Errors.Single().Column.Should().Be("Sessions");
        result.Skipped.Select(r => r.LineNumber).Should().Equal(3, 6);
        result.Header.Columns.Should().Equal("Date", "Channel", "Sessions");
    }

    [Theory]
    [InlineData("x-tweet-activity.csv")]
    [InlineData("ga4-traffic-acquisition.csv")]
    public async Task ImportFileAsync_Fixture_EqualsTheSynchronousImport(string name)
    {
        var importer = name.StartsWith('x') ? (object)ImportPresets.XTweetActivity() : ImportPresets.Ga4TrafficAcquisition(NodaTime.DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        switch (importer)
        {
            case CsvImporter<SocialPost> posts:
                Same(await posts.ImportFileAsync(Fixture.Path(name)), posts.ImportFile(Fixture.Path(name)));
                break;
            case CsvImporter<WebTrafficRecord> traffic:
                Same(await traffic.ImportFileAsync(Fixture.Path(name)), traffic.ImportFile(Fixture.Path(name)));
                break;
        }
    }

    [Fact]
    public async Task ImportAsync_LargeTextThroughAStreamThatRefusesSynchronousReads_EqualsTheSynchronousImport()
    {
        // 6,000 rows, some 200 KB: many chunks of text and more rows than are read ahead; row 4,000 is damaged.
        var csv = LargeCsv(6000, damagedRow: 4000);
        using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(csv));

        var result = await Importer.ImportAsync(stream);

        result.Accepted.Should().HaveCount(5999);
        result.Records.Sum(r => r.Sessions).Should().Be((6000L * 6001 / 2) - 4000);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(4001);
        Same(result, Importer.Import(new StringReader(csv)));
    }

    [Fact]
    public async Task ImportAsync_PipeReader_ReadsThePipeToItsEnd()
    {
        var pipe = new Pipe();
        await pipe.Writer.WriteAsync(Encoding.UTF8.GetBytes(Mixed));
        await pipe.Writer.CompleteAsync();

        var result = await Importer.ImportAsync(pipe.Reader);

        Same(result, Importer.Import(new StringReader(Mixed)));
        result.Records.Should().HaveCount(2);
    }

    [Fact]
    public async Task ReadAsync_OnHeader_IsToldBeforeTheFirstRow()
    {
        var seen = new List<string>();

        await foreach (var row in Importer.ReadAsync(new StringReader(Mixed), header => seen.Add($"header line {header.LineNumber}")))
        {
            seen.Add($"row line {row.LineNumber}");
        }

        seen.Should().Equal("header line 1", "row line 2", "row line 3", "row line 4", "row line 5", "row line 6");
    }

    [Fact]
    public async Task ImportAsync_RequiredColumnMissing_ThrowsTheSameFormatError()
    {
        var act = () => Importer.ImportAsync(new StringReader("Date,Channel\n2024-01-15,Direct\n"));

        (await act.Should().ThrowAsync<CsvFormatException>()).Which.Message.Should().Contain("'Sessions'");
    }

    [Fact]
    public async Task ReadAsync_CancelledAfterTwoRows_StopsBeforeTheRestIsRead()
    {
        // Far more text than the reads ahead hold: cancelling after two rows must leave most of it unread.
        var bytes = Encoding.UTF8.GetBytes(LargeCsv(rows: 200_000, damagedRow: 0));
        using var stream = new AsyncOnlyStream(bytes);
        using var cancellation = new CancellationTokenSource();
        var received = new List<long>();

        var act = async () =>
        {
            await foreach (var row in Importer.ReadAsync(stream, cancellation.Token))
            {
                received.Add(row.Record!.Sessions);
                if (received.Count == 2)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>().WaitAsync(TimeSpan.FromSeconds(20));
        received.Should().Equal(1, 2);
        stream.Position.Should().BeLessThan(bytes.Length / 10, "the read stopped where it stood");
    }

    [Fact]
    public async Task ReadAsync_CallerStopsEarly_EndsTheReadWithoutError()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeCsv(rows: 200_000, damagedRow: 0));
        using var stream = new AsyncOnlyStream(bytes);

        var first = await Importer.ReadAsync(stream).Take(3).ToListAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

        first.Select(row => row.Record!.Sessions).Should().Equal(1, 2, 3);
        stream.Position.Should().BeLessThan(bytes.Length / 10);
    }

    [Fact]
    public async Task ReadAsync_SourceFails_ThrowsItsErrorToTheCaller()
    {
        using var stream = new FailingStream(Encoding.UTF8.GetBytes(LargeCsv(rows: 1_000, damagedRow: 0)));

        var act = async () => await Importer.ImportAsync(stream);

        (await act.Should().ThrowAsync<IOException>().WaitAsync(TimeSpan.FromSeconds(20))).Which.Message.Should().Be("the connection was reset");
    }

    [Fact]
    public async Task ImportAsync_CancelledWhileTheSourceStalls_ThrowsPromptlyAndReturnsNothing()
    {
        using var stream = new StallingStream(Encoding.UTF8.GetBytes("Date,Channel,Sessions\n2024-01-15,Direct,1\n"));
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var started = DateTime.UtcNow;

        var act = () => Importer.ImportAsync(stream, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>().WaitAsync(TimeSpan.FromSeconds(20));
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task ImportAsync_AlreadyCancelled_ReadsNothing()
    {
        using var stream = new AsyncOnlyStream(Encoding.UTF8.GetBytes(Mixed));

        var act = () => Importer.ImportAsync(stream, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        stream.Position.Should().Be(0);
    }

    private static string LargeCsv(int rows, int damagedRow)
    {
        var text = new StringBuilder("Date,Channel,Sessions\n");
        var day = new DateOnly(2020, 1, 1);
        for (var i = 1; i <= rows; i++)
        {
            var sessions = i == damagedRow ? "many" : i.ToString(CultureInfo.InvariantCulture);
            text.Append(CultureInfo.InvariantCulture, $"{day.AddDays(i % 1000):yyyy-MM-dd},Channel {i % 7} with a longer name,{sessions}\n");
        }

        return text.ToString();
    }

    private static void Same<T>(ImportResult<T> actual, ImportResult<T> expected)
        where T : class
    {
        static string Describe(ImportRow<T> row) =>
            $"{row.LineNumber} {row.Status} {row.SkipReason} {string.Join(" | ", row.Errors.Select(e => e.ToString()))} {row.Record}";

        actual.Accepted.Select(Describe).Should().Equal(expected.Accepted.Select(Describe));
        actual.Rejected.Select(Describe).Should().Equal(expected.Rejected.Select(Describe));
        actual.Skipped.Select(Describe).Should().Equal(expected.Skipped.Select(Describe));
        actual.Records.Should().Equal(expected.Records);
        actual.Header.Columns.Should().Equal(expected.Header.Columns);
        actual.AbsentOptionalColumns.Should().Equal(expected.AbsentOptionalColumns);
    }

    /// <summary>A stream that refuses synchronous reads, as an ASP.NET Core request body does by default.</summary>
    private class AsyncOnlyStream(byte[] bytes) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => bytes.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        protected bool AtEnd => _position == bytes.Length;

        public override int Read(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override int Read(Span<byte> buffer) => throw new InvalidOperationException("Synchronous operations are disallowed.");

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            return Take(buffer, buffer.Length);
        }

        public override void Flush() => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected int Take(Memory<byte> buffer, int most)
        {
            var count = Math.Min(Math.Min(buffer.Length, most), bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer.Span);
            _position += count;
            return count;
        }
    }

    /// <summary>Hands over part of its text, then fails as a dropped connection does.</summary>
    private sealed class FailingStream(byte[] bytes) : AsyncOnlyStream(bytes)
    {
        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Position < 2_000 ? Take(buffer, 500) : throw new IOException("the connection was reset");
        }
    }

    /// <summary>Hands over its text in small pieces, then waits for more that never comes, until the read is cancelled.</summary>
    private sealed class StallingStream(byte[] bytes) : AsyncOnlyStream(bytes)
    {
        private int _readsAfterTheText;

        public int ReadsAfterTheText => _readsAfterTheText;

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (!AtEnd)
            {
                await Task.Yield();
                return Take(buffer, 24);
            }

            Interlocked.Increment(ref _readsAfterTheText);
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return 0;
        }
    }
}
