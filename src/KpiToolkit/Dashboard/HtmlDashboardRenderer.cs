using KpiToolkit.Localization;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Writes a dashboard as one self-contained HTML5 page: inline styles, hand-drawn inline SVG charts and no script,
/// font, style sheet or image fetched from anywhere. A Content-Security-Policy in the page forbids every fetch, so
/// the file can be mailed, attached or archived and opens the same everywhere.
/// </summary>
/// <remarks>
/// <para>The page shows the objectives as a tree, a card per KPI with its value, change, target, progress against the
/// expected pace, status and a sparkline of its history; then the ROI ranking (bars either side of zero, coloured by
/// recommendation), the channel comparison (sessions and conversion rate), the weekday × hour heat map of median
/// engagement with the best slots numbered, the daily mentions with the flagged spikes, the reconciliation with the
/// platforms' own figures (when the dashboard has one), and the problems.</para>
/// <para>Every chart is an <c>svg</c> with <c>role="img"</c>, an <c>aria-label</c>, a <c>title</c> and a stable
/// <c>data-chart</c> attribute (<c>sparkline</c>, <c>roi</c>, <c>channels</c>, <c>heatmap</c>, <c>mentions</c>), followed by
/// its data as a table. Statuses and recommendations are written as words as well as colours. All text is
/// HTML-encoded; numbers people read follow <see cref="DashboardRenderOptions.Culture"/>, while SVG coordinates are
/// always written in the invariant culture. The page is also well-formed XML: control characters XML forbids and lone
/// surrogates become U+FFFD.</para>
/// <para>Every text from the model (titles, names, ids, statements, explanations, messages) is isolated from its
/// neighbours: in a <c>bdi</c> element, or between the isolate characters U+2068 and U+2069 where markup cannot go (the
/// page's and the charts' <c>title</c>, the labels drawn in the charts). A right-to-left override in a name reverses
/// that name only, never the figures beside it. The title in the page's <c>title</c>, which starts the line and is
/// not isolated, loses its bidirectional controls instead.</para>
/// <para>The page is written to the writer as it is made, never held whole.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed class HtmlDashboardRenderer : IDashboardRenderer
{
    private readonly KpiLocalizer _localizer;

    /// <summary>Creates a renderer with KpiToolkit's own texts, <see cref="KpiLocalizer.Default"/>.</summary>
    public HtmlDashboardRenderer()
        : this(KpiLocalizer.Default)
    {
    }

    /// <summary>Creates a renderer whose labels come from a localizer, unless <see cref="DashboardRenderOptions.Localizer"/> gives another.</summary>
    /// <param name="localizer">The texts; the container's with dependency injection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="localizer"/> is null.</exception>
    public HtmlDashboardRenderer(KpiLocalizer localizer)
    {
        _localizer = Preconditions.NotNull(localizer);
    }

    /// <inheritdoc />
    /// <value><c>html</c>.</value>
    public string Format => "html";

    /// <inheritdoc />
    /// <value><c>.html</c>.</value>
    public string FileExtension => ".html";

    /// <inheritdoc />
    /// <value><c>text/html</c>.</value>
    public string ContentType => "text/html";

    /// <inheritdoc />
    public void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(writer);
        new HtmlPage(dashboard, new HtmlMarkup(writer), DashboardText.For(options, _localizer, dashboard)).Write();
        writer.Flush();
    }
}
