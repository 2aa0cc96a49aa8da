using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using static KpiToolkit.Dashboard.DashboardMachineNames;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Writes the whole dashboard as one JSON document of a documented, versioned shape, for a host's own tools:
/// every value with its unit, period and inputs, the objective tree with its evaluations, the analyses, and the
/// reconciliation with the platforms' own figures.
/// </summary>
/// <remarks>
/// <para>The shape is described field by field in <c>docs/dashboard-json.md</c>. Its top-level <c>schemaVersion</c> is
/// <see cref="SchemaVersion"/>; it changes only when a field is removed, renamed or changes meaning. New fields may
/// be added within a version, so readers should ignore properties they do not know.</para>
/// <para>Rates are fractions (0.0453 for 4.53 %), never percent strings; numbers are written so they read back to the
/// same <see cref="double"/>; money amounts are exact decimals beside their ISO 4217 currency. Dates are
/// <c>2026-06-01</c>, instants are UTC (<c>2026-07-03T09:00:00Z</c>), enumeration values are camelCase names such as
/// <c>zeroDenominator</c>. A value that is not available is <c>null</c> beside its reason. Every property is always
/// written, as <c>null</c> when it has no value.</para>
/// <para>The output does not depend on the culture (<see cref="DashboardRenderOptions.Culture"/> is ignored) nor on the
/// writer's <see cref="TextWriter.NewLine"/>: it is indented with two spaces, lines end with <c>\n</c>, and the document
/// ends with one. Characters significant in HTML or scripts (<c>&lt; &gt; &amp; ' " + `</c>) and those beyond the Basic
/// Multilingual Plane (emoji) are escaped as <c>\uXXXX</c>, so the document can be embedded in a page; any JSON parser
/// reads them back unchanged. Accented letters are written as they are.</para>
/// <para>The document is written as it is made, in chunks of 16 KB, and never held whole: memory does not grow with
/// the dashboard. Before that, the renderer runs through the dashboard once writing nowhere, so that a value JSON
/// cannot hold throws before the first byte is written. A lone surrogate in a text (half of a UTF-16 pair) is written
/// as <c>\uFFFD</c>.</para>
/// <para>Stateless and thread-safe. It writes with <see cref="Utf8JsonWriter"/> and no reflection, so it is safe for
/// trimming and native AOT.</para>
/// </remarks>
public sealed partial class JsonDashboardRenderer : IDashboardRenderer
{
    /// <summary>The version of the JSON shape, written as the top-level <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 2;

    // Past this many levels of objectives the document is written without indentation, which would grow as the square of the
    // depth (40,000 spaces a line at 10,000 levels), and with a nesting limit raised to fit: each level nests an object in an array.
    private const int IndentedTreeHeight = 64;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Gets the format's name.</summary>
    /// <value><c>json</c>.</value>
    public string Format => "json";

    /// <summary>Gets the usual file extension.</summary>
    /// <value><c>.json</c>.</value>
    public string FileExtension => ".json";

    /// <summary>Gets the media type of the output.</summary>
    /// <value><c>application/json</c>.</value>
    public string ContentType => "application/json";

    /// <summary>
    /// Writes the dashboard as one indented JSON document followed by a line feed; when a tree of objectives is deeper than 64
    /// levels, as one line without indentation, which would otherwise grow as the square of the depth.
    /// </summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="writer">Where to write; nothing is written when an exception is thrown.</param>
    /// <param name="options">Ignored: the JSON is the same in every culture.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dashboard"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The dashboard holds an enumeration value that is not defined or a number that is NaN or infinite, which a dashboard
    /// built by <see cref="DashboardBuilder"/> never does.
    /// </exception>
    public void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(writer);
        Check(dashboard);
        using var output = DrainingBufferWriter.To(writer);
        Write(dashboard, output);
    }

    /// <summary>Writes the dashboard as UTF-8, without a byte order mark, straight to a stream: the same document as <see cref="Render(KpiDashboard, TextWriter, DashboardRenderOptions?)"/>.</summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <param name="stream">Where to write; nothing is written when an exception is thrown. It is not closed.</param>
    /// <remarks>The document is written in chunks of a few kilobytes as it is made, never held whole.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="dashboard"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Render(KpiDashboard, TextWriter, DashboardRenderOptions?)"/>.</exception>
    public void Render(KpiDashboard dashboard, Stream stream)
    {
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(stream);
        Check(dashboard);
        using var output = DrainingBufferWriter.To(stream);
        Write(dashboard, output);
    }

    /// <summary>
    /// Writes the document to nowhere first, so that a value JSON cannot hold throws before the first byte reaches the
    /// caller: the output is written as it is made and could not be taken back. It costs a second pass, not memory.
    /// </summary>
    private static void Check(KpiDashboard dashboard)
    {
        using var nowhere = DrainingBufferWriter.Nowhere();
        Write(dashboard, nowhere);
    }

    private static void Write(KpiDashboard dashboard, DrainingBufferWriter output)
    {
        using (var json = new Utf8JsonWriter(output, OptionsFor(dashboard)))
        {
            try
            {
                WriteDashboard(json, dashboard);
            }
            catch (ArgumentException exception) when (exception.ParamName != nameof(dashboard))
            {
                // Utf8JsonWriter refuses NaN and infinity with an exception that names no parameter.
                throw new ArgumentException($"The dashboard holds a value JSON cannot represent: {exception.Message}", nameof(dashboard), exception);
            }
        }

        output.GetSpan(1)[0] = (byte)'\n';
        output.Advance(1);
        output.Drain();
    }

    private static JsonWriterOptions OptionsFor(KpiDashboard dashboard)
    {
        var height = dashboard.Objectives.Select(root => Trees.Height(root, static evaluation => evaluation.SubObjectives)).DefaultIfEmpty(0).Max();
        return height <= IndentedTreeHeight
            ? WriterOptions
            : new JsonWriterOptions { Indented = false, Encoder = WriterOptions.Encoder, MaxDepth = (2 * height) + 16 };
    }

    private static void WriteDashboard(Utf8JsonWriter json, KpiDashboard dashboard)
    {
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("title", dashboard.Title);
        json.WritePropertyName("period");
        WritePeriod(json, dashboard.Period);
        json.WriteString("asOf", Date(dashboard.AsOf));
        json.WriteString("generatedAt", Instant(dashboard.GeneratedAt));
        json.WritePropertyName("calendar");
        json.WriteStartObject();
        json.WriteString("timeZone", dashboard.Calendar.Zone.Id);
        json.WriteString("firstDayOfWeek", Name(dashboard.Calendar.FirstDayOfWeek));
        json.WriteEndObject();

        json.WriteStartArray("scorecards");
        foreach (var row in dashboard.Scorecards)
        {
            WriteRowReference(json, row);
        }

        json.WriteEndArray();

        json.WriteStartArray("sections");
        foreach (var section in dashboard.Sections)
        {
            json.WriteStartObject();
            json.WriteString("category", Name(section.Category));
            json.WriteString("mediaType", Name(section.MediaType));
            json.WriteStartArray("rows");
            foreach (var row in section.Rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("notMeasured");
        foreach (var row in dashboard.NotMeasured)
        {
            WriteRow(json, row);
        }

        json.WriteEndArray();
        json.WriteStartArray("analysesWithoutData");
        foreach (var analysis in dashboard.AnalysesWithoutData)
        {
            json.WriteStringValue(Name(analysis));
        }

        json.WriteEndArray();

        json.WriteStartArray("objectives");
        foreach (var evaluation in dashboard.Objectives)
        {
            WriteEvaluation(json, evaluation);
        }

        json.WriteEndArray();

        json.WritePropertyName("roiRanking");
        WriteRoiRanking(json, dashboard.RoiRanking);
        json.WritePropertyName("channelComparison");
        WriteChannelComparison(json, dashboard.ChannelComparison);
        json.WritePropertyName("bestTimeToPost");
        WriteBestTimeToPost(json, dashboard.BestTimeToPost);
        json.WritePropertyName("mentionSpikes");
        WriteMentionSpikes(json, dashboard.MentionSpikes);
        json.WritePropertyName("topPosts");
        WriteTopPosts(json, dashboard.TopPosts);
        json.WritePropertyName("reconciliation");
        WriteReconciliation(json, dashboard.Reconciliation);

        json.WriteStartArray("problems");
        foreach (var problem in dashboard.Problems)
        {
            json.WriteStartObject();
            json.WriteString("component", problem.Component);
            json.WriteString("message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, KpiRow row)
    {
        json.WriteStartObject();
        json.WritePropertyName("indicator");
        WriteIndicator(json, row.Indicator);
        WriteChannel(json, "channel", row.Channel);
        json.WriteString("origin", Name(row.Origin));
        json.WriteString("source", row.Source);
        json.WritePropertyName("current");
        WriteResult(json, row.Current);
        json.WritePropertyName("previous");
        WriteResult(json, row.Previous);
        json.WritePropertyName("change");
        WriteChange(json, row.Change);
        json.WriteStartArray("history");
        foreach (var result in row.History)
        {
            WriteResult(json, result);
        }

        json.WriteEndArray();
        json.WritePropertyName("evaluation");
        WriteEvaluationSummary(json, row.Evaluation);
        json.WriteString("error", row.Error);
        json.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter json, Indicator indicator)
    {
        json.WriteStartObject();
        json.WriteString("key", indicator.Key.Value);
        json.WriteString("name", indicator.Name);
        json.WriteString("unit", Name(indicator.Unit));
        json.WriteString("polarity", Name(indicator.Polarity));
        json.WriteString("category", Name(indicator.Category));
        json.WriteString("mediaType", Name(indicator.MediaType));
        json.WriteString("defaultCadence", Name(indicator.DefaultCadence));
        json.WriteString("description", indicator.Description);
        WriteNumber(json, "minimumValue", indicator.MinimumValue);
        WriteNumber(json, "maximumValue", indicator.MaximumValue);
        json.WriteString("unitLabel", indicator.UnitLabel);
        json.WriteEndObject();
    }

    private static void WritePeriod(Utf8JsonWriter json, ReportingPeriod period)
    {
        json.WriteStartObject();
        json.WriteString("start", Date(period.Start));
        json.WriteString("end", Date(period.End));
        json.WriteString("cadence", Name(period.Cadence));
        json.WriteString("label", period.Label);
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, KpiResult result)
    {
        json.WriteStartObject();
        json.WriteString("indicator", result.Indicator.Value);
        WriteChannel(json, "channel", result.Channel);
        json.WritePropertyName("period");
        WritePeriod(json, result.Period);
        WriteNumber(json, "value", result.Value);
        json.WriteString("unit", Name(result.Unit));
        json.WriteString("currency", result.Currency);
        json.WriteString("unavailableReason", result.UnavailableReason is { } reason ? Name(reason) : null);
        json.WriteString("method", result.Method);
        json.WritePropertyName("inputs");
        json.WriteStartObject();
        WriteNumber(json, "numerator", result.Inputs.Numerator);
        WriteNumber(json, "denominator", result.Inputs.Denominator);
        json.WriteNumber("recordsUsed", result.Inputs.RecordsUsed);
        json.WriteNumber("recordsSkipped", result.Inputs.RecordsSkipped);
        json.WriteNumber("recordsSkippedForMissingCounters", result.Inputs.RecordsSkippedForMissingCounters);
        json.WriteNumber("recordsSkippedForZeroDenominator", result.Inputs.RecordsSkippedForZeroDenominator);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter json, PeriodChange? change)
    {
        if (change is null)
        {
            json.WriteNullValue();
            return;
        }

        json.WriteStartObject();
        json.WritePropertyName("previousPeriod");
        WritePeriod(json, change.PreviousPeriod);
        json.WriteNumber("previousValue", change.PreviousValue);
        json.WritePropertyName("period");
        WritePeriod(json, change.Period);
        json.WriteNumber("value", change.Value);
        json.WriteNumber("absolute", change.Absolute);
        WriteNumber(json, "relative", change.Relative);
        json.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter json, string name, Money money)
    {
        json.WritePropertyName(name);
        json.WriteStartObject();
        json.WriteNumber("amount", money.Amount);
        json.WriteString("currency", money.Currency);
        json.WriteEndObject();
    }

    private static void WriteChannel(Utf8JsonWriter json, string name, Channel? channel) =>
        json.WriteString(name, channel?.Name);

    private static void WriteChannel(Utf8JsonWriter json, string name, Channel channel) =>
        json.WriteString(name, channel.Name);

    private static void WriteDate(Utf8JsonWriter json, string name, NodaTime.LocalDate? date) =>
        json.WriteString(name, date is { } d ? Date(d) : null);

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, long? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
