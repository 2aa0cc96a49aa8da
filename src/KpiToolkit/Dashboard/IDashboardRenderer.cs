using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace KpiToolkit.Dashboard;

/// <summary>Writes a <see cref="KpiDashboard"/> in one format: Markdown, JSON, CSV, HTML, or a host's own.</summary>
/// <remarks>Implementations are stateless and safe to share; register them with DI to make them available to <see cref="DashboardRenderers"/>.</remarks>
public interface IDashboardRenderer
{
    /// <summary>Gets the format's name, such as <c>markdown</c>, <c>json</c>, <c>csv</c> or <c>html</c>; unique among the renderers, compared ignoring case.</summary>
    string Format { get; }

    /// <summary>Gets the usual file extension, with its dot, such as <c>.html</c>.</summary>
    string FileExtension { get; }

    /// <summary>Gets the media type of the output, such as <c>text/html</c>.</summary>
    string ContentType { get; }

    /// <summary>Writes the dashboard.</summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="options">The culture and language for people; the defaults when null. Machine formats (JSON, CSV) ignore the culture.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dashboard"/> or <paramref name="writer"/> is null.</exception>
    void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null);
}

/// <summary>How a dashboard is written for people.</summary>
public sealed record DashboardRenderOptions
{
    /// <summary>
    /// Gets the culture numbers and dates are formatted in, and whose language the labels use: French for any <c>fr</c>
    /// culture, a language the localizer was given texts for, English otherwise.
    /// </summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/> (English labels).</value>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Gets where the labels' texts come from, in place of the renderer's own localizer.</summary>
    /// <value>Null: the renderer's localizer (the container's with dependency injection, <see cref="Localization.KpiLocalizer.Default"/> otherwise).</value>
    public Localization.KpiLocalizer? Localizer { get; init; }
}

/// <summary>Helpers to render a dashboard to a string or a file.</summary>
public static partial class DashboardRendererExtensions
{
    private static readonly System.Text.UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Renders a dashboard to a string.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="options">The render options; the defaults when null.</param>
    /// <returns>The rendered text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> or <paramref name="dashboard"/> is null.</exception>
    public static string RenderToString(this IDashboardRenderer renderer, KpiDashboard dashboard, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(renderer);
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        renderer.Render(dashboard, writer, options);
        return writer.ToString();
    }

    /// <summary>Renders a dashboard to a file in UTF-8 without a byte order mark, replacing the file if it exists.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="path">The file to write.</param>
    /// <param name="options">The render options; the defaults when null.</param>
    /// <remarks>The built-in renderers write the file as they go, in memory that does not grow with the dashboard (see <see cref="RenderToStream"/>).</remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void RenderToFile(this IDashboardRenderer renderer, KpiDashboard dashboard, string path, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(renderer);
        Preconditions.NotNull(dashboard);
        Preconditions.NotBlank(path);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.SequentialScan);
        renderer.RenderToStream(dashboard, file, options);
    }

    /// <summary>Renders a dashboard to a stream in UTF-8 without a byte order mark, leaving the stream open.</summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="stream">Where to write.</param>
    /// <param name="options">The render options; the defaults when null.</param>
    /// <remarks>
    /// The built-in renderers write to the stream as they go, a few kilobytes at a time, and never hold the whole
    /// document: a dashboard of 100,000 objectives goes to a file in memory that does not grow with it. The JSON
    /// renderer writes its UTF-8 bytes straight to the stream; the others through a <see cref="StreamWriter"/> with
    /// <c>\n</c> line ends.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void RenderToStream(this IDashboardRenderer renderer, KpiDashboard dashboard, Stream stream, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(renderer);
        Preconditions.NotNull(stream);
        if (renderer is JsonDashboardRenderer json)
        {
            json.Render(dashboard, stream);
            return;
        }

        using var writer = new StreamWriter(stream, Utf8WithoutMark, DrainingBufferWriter.ChunkSize, leaveOpen: true) { NewLine = "\n" };
        renderer.Render(dashboard, writer, options);
    }
}

/// <summary>The registered dashboard renderers, looked up by format name.</summary>
public sealed class DashboardRenderers
{
    private readonly Dictionary<string, IDashboardRenderer> _byFormat = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the lookup.</summary>
    /// <param name="renderers">The renderers; a later one replaces an earlier one of the same format.</param>
    /// <exception cref="ArgumentException"><paramref name="renderers"/> contains null or a renderer with a blank format.</exception>
    public DashboardRenderers(IEnumerable<IDashboardRenderer> renderers)
    {
        Preconditions.NotNull(renderers);
        var order = new List<string>();
        foreach (var renderer in renderers)
        {
            Preconditions.Check(renderer is not null && !string.IsNullOrWhiteSpace(renderer.Format), "renderers must not contain null, nor a renderer with a blank format.", nameof(renderers));
            if (!_byFormat.ContainsKey(renderer.Format))
            {
                order.Add(renderer.Format);
            }

            _byFormat[renderer.Format] = renderer;
        }

        All = order.Select(format => _byFormat[format]).ToList().AsReadOnly();
    }

    /// <summary>Gets the built-in renderers: Markdown, JSON, CSV and HTML.</summary>
    public static DashboardRenderers BuiltIn { get; } = new([new MarkdownDashboardRenderer(), new JsonDashboardRenderer(), new CsvDashboardRenderer(), new HtmlDashboardRenderer()]);

    /// <summary>Gets the renderers, one per format, in registration order.</summary>
    public IReadOnlyList<IDashboardRenderer> All { get; }

    /// <summary>Gets the renderer of a format.</summary>
    /// <param name="format">The format's name, ignoring case.</param>
    /// <returns>The renderer.</returns>
    /// <exception cref="KeyNotFoundException">No renderer writes that format; the message lists those that exist.</exception>
    public IDashboardRenderer Get(string format) =>
        TryGet(format, out var renderer)
            ? renderer
            : throw new KeyNotFoundException($"No dashboard renderer writes the format '{format}'. Registered: {string.Join(", ", All.Select(r => r.Format))}.");

    /// <summary>Looks up the renderer of a format.</summary>
    /// <param name="format">The format's name, ignoring case.</param>
    /// <param name="renderer">The renderer when found.</param>
    /// <returns>Whether a renderer writes that format.</returns>
    public bool TryGet(string format, [NotNullWhen(true)] out IDashboardRenderer? renderer)
    {
        Preconditions.NotNull(format);
        return _byFormat.TryGetValue(format, out renderer);
    }
}
