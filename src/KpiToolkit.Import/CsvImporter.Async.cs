using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using KpiToolkit.Import.Csv;

namespace KpiToolkit.Import;

/// <content>
/// Reading from asynchronous sources (an HTTP request body, a pipe, a file): the text is read with asynchronous reads
/// only, and goes through the same row pipeline as a synchronous read, so the rows, their reasons and their line
/// numbers are the same.
/// </content>
public sealed partial class CsvImporter<T>
    where T : class
{
    // Rows read ahead of the caller: enough to keep the reading thread busy, few enough to keep memory flat.
    private const int RowsAhead = 256;

    /// <summary>
    /// Reads rows one at a time as the sequence is enumerated, reading the text with asynchronous reads only: the same
    /// rows, reasons and line numbers as <see cref="Read(TextReader)"/>.
    /// </summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="cancellationToken">Stops the read: the enumeration throws <see cref="OperationCanceledException"/> at the next row or chunk of text, and no row after it is handed over.</param>
    /// <returns>Every data row in file order.</returns>
    /// <remarks>
    /// The parser itself is synchronous: while the sequence is enumerated it runs on a thread of its own, fed by
    /// asynchronous reads of a few chunks of 16 K characters ahead, and hands over up to 256 rows ahead of the caller.
    /// Memory stays bounded whatever the size of the text, and the source never sees a synchronous read (an ASP.NET Core
    /// request body refuses them).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportRow<T>> ReadAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCsvRowsAsync(reader, findings: null, cancellationToken);
    }

    /// <summary>
    /// Reads rows asynchronously, as <see cref="ReadAsync(TextReader, CancellationToken)"/>, and hands over what reading the
    /// header found as soon as it is read, before the first row.
    /// </summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="onHeader">Told of the header once, when enumeration has read it, on the thread that reads the rows.</param>
    /// <param name="cancellationToken">Stops the read with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Every data row in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> or <paramref name="onHeader"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportRow<T>> ReadAsync(TextReader reader, Action<HeaderReport> onHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(onHeader);
        return ReadCsvRowsAsync(reader, new HeaderFindings(onHeader), cancellationToken);
    }

    /// <summary>
    /// Reads a stream's rows asynchronously, in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says
    /// otherwise; see <see cref="ReadAsync(TextReader, CancellationToken)"/>.
    /// </summary>
    /// <param name="stream">The bytes, such as an HTTP request body; the stream is left open.</param>
    /// <param name="cancellationToken">Stops the read with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Every data row in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportRow<T>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadStreamRowsAsync(stream, findings: null, cancellationToken);
    }

    /// <summary>
    /// Reads a stream's rows asynchronously, as <see cref="ReadAsync(Stream, CancellationToken)"/>, and hands over what
    /// reading the header found as soon as it is read, before the first row.
    /// </summary>
    /// <param name="stream">The bytes; the stream is left open.</param>
    /// <param name="onHeader">Told of the header once, when enumeration has read it, on the thread that reads the rows.</param>
    /// <param name="cancellationToken">Stops the read with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Every data row in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="onHeader"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportRow<T>> ReadAsync(Stream stream, Action<HeaderReport> onHeader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(onHeader);
        return ReadStreamRowsAsync(stream, new HeaderFindings(onHeader), cancellationToken);
    }

    /// <summary>
    /// Reads the rows of a pipe asynchronously, such as ASP.NET Core's <c>Request.BodyReader</c>, through
    /// <see cref="PipeReader.AsStream(bool)"/>; see <see cref="ReadAsync(Stream, CancellationToken)"/>.
    /// </summary>
    /// <param name="pipe">The bytes; read to its end, and left uncompleted.</param>
    /// <param name="cancellationToken">Stops the read with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Every data row in file order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pipe"/> is null.</exception>
    /// <exception cref="CsvFormatException">While enumerating: the file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException">While enumerating: <paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<ImportRow<T>> ReadAsync(PipeReader pipe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipe);
        return ReadStreamRowsAsync(pipe.AsStream(leaveOpen: true), findings: null, cancellationToken);
    }

    /// <summary>
    /// Reads a file's rows asynchronously, in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says
    /// otherwise; see <see cref="ReadAsync(TextReader, CancellationToken)"/>.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the read with <see cref="OperationCanceledException"/>.</param>
    /// <returns>Every data row in file order; the file is closed when enumeration ends.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public IAsyncEnumerable<ImportRow<T>> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileRowsAsync(path, findings: null, cancellationToken);
    }

    /// <summary>Reads everything into one result, with asynchronous reads only; the same result as <see cref="Import(TextReader)"/>.</summary>
    /// <param name="reader">The text; it is not disposed.</param>
    /// <param name="cancellationToken">Stops the import with <see cref="OperationCanceledException"/>; no partial result is returned.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImportResult<T>> ImportAsync(TextReader reader, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var findings = new HeaderFindings();
        return CollectAsync(ReadCsvRowsAsync(reader, findings, cancellationToken), findings, cancellationToken);
    }

    /// <summary>
    /// Reads a stream, such as an HTTP request body, into one result with asynchronous reads only, in
    /// <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise.
    /// </summary>
    /// <param name="stream">The bytes; the stream is left open.</param>
    /// <param name="cancellationToken">Stops the import with <see cref="OperationCanceledException"/>; no partial result is returned.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImportResult<T>> ImportAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var findings = new HeaderFindings();
        return CollectAsync(ReadStreamRowsAsync(stream, findings, cancellationToken), findings, cancellationToken);
    }

    /// <summary>
    /// Reads a pipe, such as ASP.NET Core's <c>Request.BodyReader</c>, into one result through
    /// <see cref="PipeReader.AsStream(bool)"/>; see <see cref="ImportAsync(Stream, CancellationToken)"/>.
    /// </summary>
    /// <param name="pipe">The bytes; read to its end, and left uncompleted.</param>
    /// <param name="cancellationToken">Stops the import with <see cref="OperationCanceledException"/>; no partial result is returned.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pipe"/> is null.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImportResult<T>> ImportAsync(PipeReader pipe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipe);
        return ImportAsync(pipe.AsStream(leaveOpen: true), cancellationToken);
    }

    /// <summary>Reads a file into one result with asynchronous reads only, in <see cref="CsvImportOptions.Encoding"/> unless a byte-order mark says otherwise.</summary>
    /// <param name="path">The file.</param>
    /// <param name="cancellationToken">Stops the import with <see cref="OperationCanceledException"/>; no partial result is returned.</param>
    /// <returns>The records, the rejected rows and the skipped rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    /// <exception cref="CsvFormatException">The file cannot be read at all.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<ImportResult<T>> ImportFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var findings = new HeaderFindings();
        return CollectAsync(ReadFileRowsAsync(path, findings, cancellationToken), findings, cancellationToken);
    }

    private async Task<ImportResult<T>> CollectAsync(IAsyncEnumerable<ImportRow<T>> rows, HeaderFindings findings, CancellationToken cancellationToken)
    {
        var collected = new List<ImportRow<T>>();
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            collected.Add(row);
        }

        return findings.Result(collected, Options.TimeZone);
    }

    private async IAsyncEnumerable<ImportRow<T>> ReadStreamRowsAsync(Stream stream, HeaderFindings? findings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Options.Encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        await foreach (var row in ReadCsvRowsAsync(reader, findings, cancellationToken).ConfigureAwait(false))
        {
            yield return row;
        }
    }

    private async IAsyncEnumerable<ImportRow<T>> ReadFileRowsAsync(string path, HeaderFindings? findings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (file.ConfigureAwait(false))
        {
            using var reader = new StreamReader(file, Options.Encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
            await foreach (var row in ReadCsvRowsAsync(reader, findings, cancellationToken).ConfigureAwait(false))
            {
                yield return row;
            }
        }
    }

    // The synchronous pipeline on a thread of its own, fed by asynchronous reads, its rows handed over through a bounded
    // channel. Whatever ends the enumeration (its end, a failure, cancellation, the caller stopping early), both the
    // reads and the pipeline have stopped before it returns.
    private async IAsyncEnumerable<ImportRow<T>> ReadCsvRowsAsync(TextReader reader, HeaderFindings? findings, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var text = new FedTextReader(stop.Token);
        var rows = System.Threading.Channels.Channel.CreateBounded<ImportRow<T>>(new BoundedChannelOptions(RowsAhead) { SingleReader = true, SingleWriter = true });
        Exception? failure = null;
        var feeding = text.FeedAsync(reader);
        var parsing = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var row in ReadCsvRows(text, findings, decodedBy: reader))
                    {
                        if (!rows.Writer.TryWrite(row))
                        {
                            rows.Writer.WriteAsync(row, stop.Token).AsTask().GetAwaiter().GetResult();
                        }
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
                finally
                {
                    rows.Writer.TryComplete();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach,
            TaskScheduler.Default);

        try
        {
            while (await rows.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (rows.Reader.TryRead(out var row))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return row;
                }
            }
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await parsing.ConfigureAwait(false);
            await feeding.ConfigureAwait(false);
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Capture(failure).Throw();
        }
    }
}
