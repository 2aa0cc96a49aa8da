namespace KpiToolkit.Measurements;

/// <summary>
/// Where a measured number came from: the system that produced it and, when known, the metric and the
/// API version. Platforms rename and redefine metrics (Instagram's impressions became views in 2025), so
/// keeping this beside each value stops series built from different definitions from being mixed unseen.
/// </summary>
public sealed record MeasurementSource
{
    /// <summary>Creates a source.</summary>
    /// <param name="system">The system, such as <c>Instagram Graph API</c>, <c>GA4</c>, <c>KpiToolkit</c> or <c>manual entry</c>.</param>
    /// <param name="metric">The metric name in that system, such as <c>post_total_media_view_unique</c>.</param>
    /// <param name="version">The API or export version, such as <c>v22.0</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="system"/> is null or blank, or an optional text is whitespace.</exception>
    public MeasurementSource(string system, string? metric = null, string? version = null)
    {
        System = Preconditions.NotBlank(system).Trim();
        Metric = Preconditions.OptionalText(metric);
        Version = Preconditions.OptionalText(version);
    }

    /// <summary>Gets the system that produced the number.</summary>
    public string System { get; }

    /// <summary>Gets the metric name in that system, when known.</summary>
    public string? Metric { get; }

    /// <summary>Gets the API or export version, when known.</summary>
    public string? Version { get; }

    /// <summary>Returns the parts that are known, such as <c>Instagram Graph API / views / v22.0</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Join(" / ", new[] { System, Metric, Version }.Where(part => part is not null));
}
