using System.IO.Pipelines;

namespace KpiToolkit.Dashboard;

/// <content>Rendering to a target that accepts only asynchronous writes, such as an ASP.NET Core response body.</content>
public static partial class DashboardRendererExtensions
{
    /// <summary>
    /// Renders a dashboard to a stream in UTF-8 without a byte order mark, with asynchronous writes only: the same bytes
    /// as <see cref="RenderToStream"/>, for a stream that refuses synchronous writes, such as an ASP.NET Core response
    /// body. The stream is flushed and left open.
    /// </summary>
    /// <param name="renderer">The renderer: a built-in one or any other, which only needs its synchronous <see cref="IDashboardRenderer.Render"/>.</param>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">The render options; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the render, and the writes, with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the whole document is written and flushed.</returns>
    /// <remarks>
    /// The renderer writes the document into pooled chunks of 16 KB, which are then written to the stream one by one with
    /// <see cref="Stream.WriteAsync(ReadOnlyMemory{byte}, CancellationToken)"/> and flushed with
    /// <see cref="Stream.FlushAsync(CancellationToken)"/>; the stream never sees a synchronous <c>Write</c> or <c>Flush</c>.
    /// The document is thus held whole in memory before its first byte is sent (a few hundred kilobytes for a dashboard of
    /// a thousand objectives), and a render that throws sends nothing. For a file of a dashboard too large to hold, use
    /// <see cref="RenderToFile"/>, which streams. The token is checked at each chunk, while rendering and while writing.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/>, <paramref name="dashboard"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static async Task RenderAsync(this IDashboardRenderer renderer, KpiDashboard dashboard, Stream stream, DashboardRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(renderer);
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(stream);
        using var output = Render(renderer, dashboard, options, cancellationToken);
        await output.WriteToAsync(stream).ConfigureAwait(false);
    }

    /// <summary>
    /// Renders a dashboard to a pipe in UTF-8 without a byte order mark, such as ASP.NET Core's <c>Response.BodyWriter</c>:
    /// the same bytes as <see cref="RenderToStream"/>, written and flushed asynchronously. The pipe is not completed.
    /// </summary>
    /// <param name="renderer">The renderer: a built-in one or any other, which only needs its synchronous <see cref="IDashboardRenderer.Render"/>.</param>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="pipe">Where to write.</param>
    /// <param name="options">The render options; the defaults when null.</param>
    /// <param name="cancellationToken">Stops the render, and the writes, with <see cref="OperationCanceledException"/>.</param>
    /// <returns>A task that completes when the whole document is written and flushed.</returns>
    /// <remarks>As <see cref="RenderAsync(IDashboardRenderer, KpiDashboard, Stream, DashboardRenderOptions?, CancellationToken)"/>: the document is held in pooled chunks, each then written with <see cref="PipeWriter.WriteAsync"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/>, <paramref name="dashboard"/> or <paramref name="pipe"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled, or the pipe's reader completed before the end.</exception>
    public static async Task RenderAsync(this IDashboardRenderer renderer, KpiDashboard dashboard, PipeWriter pipe, DashboardRenderOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(renderer);
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(pipe);
        using var output = Render(renderer, dashboard, options, cancellationToken);
        await output.WriteToAsync(pipe).ConfigureAwait(false);
    }

    // The synchronous render, into memory: the same path as RenderToStream, so the same bytes.
    private static ChunkedOutput Render(IDashboardRenderer renderer, KpiDashboard dashboard, DashboardRenderOptions? options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var output = new ChunkedOutput(cancellationToken);
        try
        {
            renderer.RenderToStream(dashboard, output, options);
            return output;
        }
        catch
        {
            output.Dispose();
            throw;
        }
    }
}
