namespace KpiToolkit.Dashboard;

/// <summary>How <see cref="CsvDashboardRenderer"/> writes the host's texts.</summary>
public sealed class CsvDashboardRendererOptions
{
    /// <summary>
    /// Gets or sets whether a text cell that a spreadsheet would read as a formula (one starting with <c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return) is written with a leading apostrophe <c>'</c>, as
    /// OWASP advises against formula injection. Only the host's texts (names, ids, statements, sources, methods,
    /// messages) are changed: the numbers, dates and names the renderer writes itself, such as <c>-0.25</c>, never are.
    /// </summary>
    /// <value><see langword="true"/>. Turn it off when every reader of the file is a program that wants the texts exactly as given.</value>
    public bool EscapeFormulas { get; set; } = true;

    internal static CsvDashboardRendererOptions Defaults { get; } = new();
}
