using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using static KpiToolkit.Dashboard.DashboardMachineNames;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Writes the KPI rows of a dashboard as CSV (RFC 4180): a header line, then one line per row of every section, in
/// the dashboard's order, then one per KPI not measured (column <c>measured</c> false), with the value, the previous value, the change and, when an objective tracks the KPI, its
/// target, progress and status.
/// </summary>
/// <remarks>
/// <para>The columns are listed in <see cref="Columns"/> and described in <c>docs/dashboard-json.md</c>; new columns
/// are only ever added at the end. Lines end with CR LF whatever the writer's <see cref="TextWriter.NewLine"/>, the
/// last one included. A field is quoted when it holds a comma, a double quote, a CR or a LF, and its double quotes are
/// doubled.</para>
/// <para>Numbers use the invariant culture and read back to the same <see cref="double"/> (<c>0.06433156572704438</c>,
/// <c>1E-05</c>); rates are fractions. Dates are <c>2026-06-01</c>, enumeration values the camelCase names of the JSON
/// format. A missing value is an empty field: a value that is not available has its reason in the next column, a row
/// for all channels has an empty <c>channel</c>. The output does not depend on the culture
/// (<see cref="DashboardRenderOptions.Culture"/> is ignored).</para>
/// <para>The host's texts (names, ids, statements, sources, methods, messages) lose their bidirectional controls
/// (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which would reorder the cells beside them on screen, and a
/// lone surrogate becomes U+FFFD. A text that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return gets a leading apostrophe <c>'</c>, so that a spreadsheet shows it rather than running it as a formula
/// (<see cref="CsvDashboardRendererOptions.EscapeFormulas"/>, on by default). The numbers the renderer writes itself are
/// never changed: <c>-0.25</c> stays a number.</para>
/// <para>Lines are written to the writer one at a time, as they are made: memory does not grow with the number of
/// rows. Every field is computed once before the first line is written, so that nothing is written when an exception
/// is thrown.</para>
/// <para>The objective tree, the ROI ranking, the channel comparison, the best time to post and the mention spikes are
/// not in the CSV; the JSON format has them. The reconciliation with the platforms' own figures is a table of its own,
/// written by <see cref="RenderReconciliation"/>, so that every line of this one stays a KPI row.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
/// <param name="options">How the host's texts are written; the defaults when null.</param>
public sealed class CsvDashboardRenderer(CsvDashboardRendererOptions? options) : IDashboardRenderer
{
    private const string LineEnd = "\r\n";

    private readonly bool _escapeFormulas = (options ?? CsvDashboardRendererOptions.Defaults).EscapeFormulas;

    private static readonly Column[] AllColumns =
    [
        new("category", row => Name(row.Indicator.Category)),
        new("mediaType", row => Name(row.Indicator.MediaType)),
        new("indicatorKey", IsText: true, Value: row => row.Indicator.Key.Value),
        new("indicatorName", IsText: true, Value: row => row.Indicator.Name),
        new("channel", IsText: true, Value: row => row.Channel?.Name),
        new("unit", row => Name(row.Indicator.Unit)),
        new("currency", IsText: true, Value: row => row.Current.Currency),
        new("periodStart", row => Date(row.Current.Period.Start)),
        new("periodEnd", row => Date(row.Current.Period.End)),
        new("value", row => Optional(row.Current.Value)),
        new("unavailableReason", row => Reason(row.Current)),
        new("previousValue", row => Optional(row.Previous.Value)),
        new("previousUnavailableReason", row => Reason(row.Previous)),
        new("changeAbsolute", row => Optional(row.Change?.Absolute)),
        new("changeRelative", row => Optional(row.Change?.Relative)),
        new("objectiveId", IsText: true, Value: row => row.Evaluation?.Objective.Id),
        new("objectiveStatement", IsText: true, Value: row => row.Evaluation?.Objective.Statement),
        new("targetKind", row => row.Evaluation?.Objective.Target is { } target ? Name(target.Kind) : null),
        new("targetValue", row => Optional(row.Evaluation?.Objective.Target?.Value)),
        new("targetMinimum", row => Optional(row.Evaluation?.Objective.Target?.Minimum)),
        new("targetMaximum", row => Optional(row.Evaluation?.Objective.Target?.Maximum)),
        new("baseline", row => Optional(row.Evaluation?.BaselineValue)),
        new("progress", row => Optional(row.Evaluation?.Progress)),
        new("expectedProgress", row => Optional(row.Evaluation?.ExpectedProgress)),
        new("status", row => row.Evaluation is { } evaluation ? Name(evaluation.Status) : null),
        new("statusReason", row => row.Evaluation is { } evaluation ? Name(evaluation.Reason) : null),
        new("projectionValue", row => Optional(row.Evaluation?.Projection?.Value)),
        new("origin", row => Name(row.Origin)),
        new("source", IsText: true, Value: row => row.Source),
        new("method", IsText: true, Value: row => row.Current.Method),
        new("numerator", row => Optional(row.Current.Inputs.Numerator)),
        new("denominator", row => Optional(row.Current.Inputs.Denominator)),
        new("recordsUsed", row => Number(row.Current.Inputs.RecordsUsed)),
        new("recordsSkipped", row => Number(row.Current.Inputs.RecordsSkipped)),
        new("error", IsText: true, Value: row => row.Error),
        new("unitLabel", IsText: true, Value: row => row.Indicator.UnitLabel),
        new("measured", row => row.IsMeasured ? "true" : "false"),
    ];

    private static readonly ReconciliationColumn[] AllReconciliationColumns =
    [
        new("kind", (period, _) => period is not null ? "period" : "post"),
        new("periodStart", (period, _) => period is null ? null : Date(period.Period.Start)),
        new("periodEnd", (period, _) => period is null ? null : Date(period.Period.End)),
        new("channel", IsText: true, Value: (period, post) => period?.Channel.Name ?? post!.Channel.Name),
        new("recordId", IsText: true, Value: (_, post) => post?.RecordId),
        new("publishedAt", (_, post) => post is null ? null : Instant(post.PublishedAt)),
        new("figure", IsText: true, Value: (_, post) => post?.Figure ?? PlatformFigureNames.EngagementRate),
        new("reported", (period, post) => period is not null ? Optional(period.Reported) : Number(post!.Reported)),
        new("computed", (period, post) => period is not null ? Optional(period.Computed) : post!.Computed is { } computed ? Number(computed) : null),
        new("difference", (period, post) => period is not null ? Optional(period.Difference) : post!.Difference is { } difference ? Number(difference) : null),
        new("agrees", (period, _) => period is { Agrees: true } ? "true" : "false"),
        new("reason", (period, post) => (period is not null ? period.Reason : post!.Reason) is { } reason ? Name(reason) : null),
        new("explanation", IsText: true, Value: (period, post) => period?.Explanation ?? post!.Explanation),
        new("recordIds", IsText: true, Value: (period, _) => period is null ? null : string.Join(' ', period.RecordIds)),
    ];

    private static readonly bool[] TextColumns = AllColumns.Select(column => column.IsText).ToArray();

    private static readonly bool[] TextReconciliationColumns = AllReconciliationColumns.Select(column => column.IsText).ToArray();

    /// <summary>Creates the renderer with the default options: formulas escaped.</summary>
    public CsvDashboardRenderer()
        : this(null)
    {
    }

    /// <summary>Gets the names of the columns, in order, as the header line writes them.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.AsReadOnly(AllColumns.Select(column => column.Name).ToArray());

    /// <summary>Gets the names of the columns of the reconciliation table (<see cref="RenderReconciliation"/>), in order.</summary>
    public static IReadOnlyList<string> ReconciliationColumns { get; } = Array.AsReadOnly(AllReconciliationColumns.Select(column => column.Name).ToArray());

    /// <summary>Gets the format's name.</summary>
    /// <value><c>csv</c>.</value>
    public string Format => "csv";

    /// <summary>Gets the usual file extension.</summary>
    /// <value><c>.csv</c>.</value>
    public string FileExtension => ".csv";

    /// <summary>Gets the media type of the output.</summary>
    /// <value><c>text/csv</c>.</value>
    public string ContentType => "text/csv";

    /// <summary>Writes the header line and one line per KPI row.</summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="writer">Where to write; nothing is written when an exception is thrown.</param>
    /// <param name="options">Ignored: the CSV is the same in every culture.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dashboard"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The dashboard holds an enumeration value that is not defined, which a dashboard built by <see cref="DashboardBuilder"/> never does.</exception>
    public void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(writer);
        var fields = new string?[AllColumns.Length];
        foreach (var row in AllRows(dashboard))
        {
            // Every field once before the first line, so that an undefined value throws before anything is written.
            Fill(fields, row);
        }

        WriteLine(writer, Columns, TextColumns, escape: false);
        foreach (var row in AllRows(dashboard))
        {
            Fill(fields, row);
            WriteLine(writer, fields, TextColumns, _escapeFormulas);
        }

        writer.Flush();
    }

    /// <summary>The rows of the sections, then those not measured (with <c>measured</c> false), so a spreadsheet has every KPI.</summary>
    private static IEnumerable<KpiRow> AllRows(KpiDashboard dashboard) => dashboard.Rows.Concat(dashboard.NotMeasured);

    /// <summary>
    /// Writes the reconciliation with the platforms' own figures as a table of its own: a header line
    /// (<see cref="ReconciliationColumns"/>), one line per period and channel compared, then one line per post figure
    /// that disagrees, all of them. Only the header when the dashboard has no reconciliation.
    /// </summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="writer">Where to write; nothing is written when an exception is thrown.</param>
    /// <remarks>The same conventions as <see cref="Render"/>: CR LF line ends, invariant numbers that read back unchanged, camelCase names, the host's texts cleaned and escaped alike.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="dashboard"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">The dashboard holds a reason that is not defined, which a dashboard built by <see cref="DashboardBuilder"/> never does.</exception>
    public void RenderReconciliation(KpiDashboard dashboard, TextWriter writer)
    {
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(writer);
        var fields = new string?[AllReconciliationColumns.Length];
        var text = TextReconciliationColumns;
        var reconciliation = dashboard.Reconciliation;
        for (var pass = 0; pass < 2; pass++)
        {
            // The first pass only computes every field, so that an undefined reason throws before anything is written.
            var writing = pass == 1;
            if (writing)
            {
                WriteLine(writer, ReconciliationColumns, text, escape: false);
            }

            foreach (var period in reconciliation?.Periods ?? [])
            {
                Fill(fields, period, null);
                if (writing)
                {
                    WriteLine(writer, fields, text, _escapeFormulas);
                }
            }

            foreach (var post in reconciliation?.RecordDisagreements ?? [])
            {
                Fill(fields, null, post);
                if (writing)
                {
                    WriteLine(writer, fields, text, _escapeFormulas);
                }
            }
        }

        writer.Flush();
    }

    private static void Fill(string?[] fields, KpiRow row)
    {
        for (var i = 0; i < AllColumns.Length; i++)
        {
            fields[i] = AllColumns[i].Value(row);
        }
    }

    private static void Fill(string?[] fields, PeriodReconciliation? period, RecordDisagreement? post)
    {
        for (var i = 0; i < AllReconciliationColumns.Length; i++)
        {
            fields[i] = AllReconciliationColumns[i].Value(period, post);
        }
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string?> fields, bool[] text, bool escape)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var field = fields[i];
            if (text[i] && !string.IsNullOrEmpty(field))
            {
                field = UserText.Clean(field);
                if (escape && LooksLikeAFormula(field))
                {
                    field = "'" + field;
                }
            }

            WriteField(writer, field);
        }

        writer.Write(LineEnd);
    }

    /// <summary>Returns whether a spreadsheet would read a cell as a formula: the characters OWASP lists for CSV injection.</summary>
    private static bool LooksLikeAFormula(string field) => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static void WriteField(TextWriter writer, string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(field);
            return;
        }

        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static string? Optional(double? value) => value is { } number ? Number(number) : null;

    private static string? Reason(KpiResult result) => result.UnavailableReason is { } reason ? Name(reason) : null;

    private sealed record Column(string Name, Func<KpiRow, string?> Value, bool IsText = false);

    // A line of the reconciliation table is a period (post null) or a post's disagreement (period null).
    private sealed record ReconciliationColumn(string Name, Func<PeriodReconciliation?, RecordDisagreement?, string?> Value, bool IsText = false);
}
