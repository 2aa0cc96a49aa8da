using System.Globalization;
using System.Text;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using static KpiToolkit.Tests.Dashboard.RendererDashboards;

namespace KpiToolkit.Tests.Dashboard;

public sealed class CsvDashboardRendererTests
{
    private static readonly CsvDashboardRenderer Renderer = new();
    private static readonly Lazy<KpiDashboard> RichDashboard = new(Rich);

    /// <summary>The documented columns, in order. New columns go at the end; changing this list breaks readers.</summary>
    private static readonly string[] GoldenColumns =
    [
        "category", "mediaType", "indicatorKey", "indicatorName", "channel", "unit", "currency", "periodStart", "periodEnd",
        "value", "unavailableReason", "previousValue", "previousUnavailableReason", "changeAbsolute", "changeRelative",
        "objectiveId", "objectiveStatement", "targetKind", "targetValue", "targetMinimum", "targetMaximum", "baseline",
        "progress", "expectedProgress", "status", "statusReason", "projectionValue", "origin", "source", "method",
        "numerator", "denominator", "recordsUsed", "recordsSkipped", "error", "unitLabel", "measured",
    ];

    [Fact]
    public void Render_Header_IsTheDocumentedColumns()
    {
        var records = Rfc4180.Read(Renderer.RenderToString(RichDashboard.Value));

        records[0].Should().Equal(GoldenColumns);
        CsvDashboardRenderer.Columns.Should().Equal(GoldenColumns);
    }

    [Fact]
    public void Render_EveryDocumentedColumn_IsInTheDocumentation()
    {
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "dashboard-json.md"));

        GoldenColumns.Where(column => !documentation.Contains($"| `{column}` |", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Render_Fixture_WritesOneLinePerRowMatchingTheModel()
    {
        var dashboard = RichDashboard.Value;
        var records = Rfc4180.Read(Renderer.RenderToString(dashboard));
        var rows = dashboard.Rows.Concat(dashboard.NotMeasured).ToList();

        records.Should().HaveCount(rows.Count + 1);
        rows.Should().HaveCountGreaterThan(10);
        for (var i = 0; i < rows.Count; i++)
        {
            records[i + 1].Should().HaveCount(GoldenColumns.Length);
            ShouldMatch(Record(records[i + 1]), rows[i]);
        }
    }

    [Fact]
    public void Render_Fixture_WritesObjectiveFigures()
    {
        var dashboard = RichDashboard.Value;
        var records = Rfc4180.Read(Renderer.RenderToString(dashboard)).Skip(1).Select(Record).ToList();

        var awareness = records.Single(r => r["objectiveId"] == "awareness");
        awareness["indicatorKey"].Should().Be("followers");
        awareness["channel"].Should().Be("Instagram");
        awareness["objectiveStatement"].Should().Be("Grow the Instagram audience to 13,000 followers by the end of 2026");
        awareness["targetKind"].Should().Be("increaseTo");
        awareness["targetValue"].Should().Be("13000");
        awareness["baseline"].Should().Be("10000");
        awareness["status"].Should().Be("onTrack");

        var unsubscribes = records.Single(r => r["objectiveId"] == "unsubscribes");
        unsubscribes["targetKind"].Should().Be("keepWithin");
        unsubscribes["targetValue"].Should().BeEmpty();
        unsubscribes["targetMinimum"].Should().Be("0");
        unsubscribes["targetMaximum"].Should().Be("0.005");

        records.Single(r => r["indicatorKey"] == "cost-per-acquisition")["currency"].Should().Be("EUR");
        records.Single(r => r["indicatorKey"] == "headcount")["origin"].Should().Be("measured");
    }

    [Fact]
    public void Render_UnavailableValues_AreEmptyWithTheirReason()
    {
        var records = Rfc4180.Read(Renderer.RenderToString(RichDashboard.Value)).Skip(1).Select(Record).ToList();

        var failing = records.Single(r => r["indicatorKey"] == "partner-score");
        failing["value"].Should().BeEmpty();
        failing["unavailableReason"].Should().Be("calculationFailed");
        failing["previousValue"].Should().BeEmpty();
        failing["previousUnavailableReason"].Should().Be("calculationFailed");
        failing["changeAbsolute"].Should().BeEmpty();
        failing["error"].Should().Contain("The partner API answered 503.");

        var odd = Rfc4180.Read(Renderer.RenderToString(Odd())).Skip(1).Select(Record).Single(record => record["measured"] == "false");
        odd["value"].Should().BeEmpty();
        odd["unavailableReason"].Should().NotBeEmpty();
        odd["progress"].Should().BeEmpty();
        odd["status"].Should().Be("noData");
    }

    [Fact]
    public void Render_TextWithQuotesCommasAndLineBreaks_IsQuotedAndReadsBackUnchanged()
    {
        var text = Renderer.RenderToString(Odd());
        var record = Rfc4180.Read(text).Skip(1).Select(Record).Single(record => record["measured"] == "false");

        record["channel"].Should().Be(OddChannel.Name);
        record["objectiveStatement"].Should().Be(OddStatement);
        text.Should().Contain(",\"Blog, \"\"Recettes\"\"\r\nFR\",");
        text.Should().Contain(",\"Reach \"\"5,000\"\" readers on the blog,\nthen keep them — <b>all</b> & more 🍳\",");
    }

    [Fact]
    public void Render_LinesEndWithCrLf_WhateverTheWritersNewLine()
    {
        var dashboard = RichDashboard.Value;
        using var lf = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var crlf = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        Renderer.Render(dashboard, lf);
        Renderer.Render(dashboard, crlf);

        lf.ToString().Should().Be(crlf.ToString());
        lf.ToString().Should().EndWith("\r\n").And.NotEndWith("\r\n\r\n");
        lf.ToString().Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n", "no field of this dashboard holds a line break").And.NotContain("\r");
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Render_UnderAnyCulture_IsIdenticalToInvariant(string culture)
    {
        CultureInfo.GetCultureInfo(culture).NumberFormat.NumberDecimalSeparator.Should().NotBe(".", "otherwise the culture cannot show a leak");
        foreach (var dashboard in new[] { RichDashboard.Value, Odd() })
        {
            var invariant = RenderIn(string.Empty, Renderer, dashboard);

            RenderIn(culture, Renderer, dashboard).Should().Be(invariant);
            RenderIn(culture, Renderer, dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) }).Should().Be(invariant);
        }
    }

    [Fact]
    public void Render_TextStartingLikeAFormula_IsWrittenUnchangedWhenEscapingIsOff()
    {
        // With formula escaping turned off, no apostrophe is added, so every reader gets the text the host gave.
        var dashboard = RichDashboard.Value;
        var section = dashboard.Sections[0];
        var row = section.Rows[0] with { Error = "=HYPERLINK(\"http://example.com\")", Source = "+calc", Channel = new Channel("@home") };
        var edited = dashboard with { Sections = [section with { Rows = [row] }] };
        var renderer = new CsvDashboardRenderer(new CsvDashboardRendererOptions { EscapeFormulas = false });

        var record = Record(Rfc4180.Read(renderer.RenderToString(edited))[1]);

        record["error"].Should().Be("=HYPERLINK(\"http://example.com\")");
        record["source"].Should().Be("+calc");
        record["channel"].Should().Be("@home");
    }

    [Fact]
    public void Render_UndefinedEnumerationValue_ThrowsAndWritesNothing()
    {
        var dashboard = RichDashboard.Value;
        var row = dashboard.Sections[0].Rows[0] with { Origin = (KpiOrigin)7 };
        var broken = dashboard with { Sections = [dashboard.Sections[0] with { Rows = [row] }] };
        using var writer = new StringWriter();

        var render = () => Renderer.Render(broken, writer);

        render.Should().Throw<ArgumentException>().WithParameterName("dashboard").WithMessage("*KpiOrigin value 7*");
        writer.ToString().Should().BeEmpty();
    }

    private static Dictionary<string, string> Record(IReadOnlyList<string> fields)
    {
        fields.Should().HaveCount(GoldenColumns.Length);
        return GoldenColumns.Zip(fields).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static double? Parse(string field) => field.Length == 0 ? null : double.Parse(field, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static void ShouldMatch(Dictionary<string, string> record, KpiRow row)
    {
        var evaluation = row.Evaluation;
        var target = evaluation?.Objective.Target;
        record["category"].Should().Be(Camel(row.Indicator.Category));
        record["mediaType"].Should().Be(Camel(row.Indicator.MediaType));
        record["indicatorKey"].Should().Be(row.Indicator.Key.Value);
        record["indicatorName"].Should().Be(row.Indicator.Name);
        record["channel"].Should().Be(row.Channel?.Name ?? string.Empty);
        record["unit"].Should().Be(Camel(row.Indicator.Unit));
        record["currency"].Should().Be(row.Current.Currency ?? string.Empty);
        record["periodStart"].Should().Be(row.Current.Period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        record["periodEnd"].Should().Be(row.Current.Period.End.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Parse(record["value"]).Should().Be(row.Current.Value);
        record["unavailableReason"].Should().Be(row.Current.UnavailableReason is { } reason ? Camel(reason) : string.Empty);
        Parse(record["previousValue"]).Should().Be(row.Previous.Value);
        record["previousUnavailableReason"].Should().Be(row.Previous.UnavailableReason is { } previousReason ? Camel(previousReason) : string.Empty);
        Parse(record["changeAbsolute"]).Should().Be(row.Change?.Absolute);
        Parse(record["changeRelative"]).Should().Be(row.Change?.Relative);
        record["objectiveId"].Should().Be(evaluation?.Objective.Id ?? string.Empty);
        record["objectiveStatement"].Should().Be(evaluation?.Objective.Statement ?? string.Empty);
        record["targetKind"].Should().Be(target is null ? string.Empty : Camel(target.Kind));
        Parse(record["targetValue"]).Should().Be(target?.Value);
        Parse(record["targetMinimum"]).Should().Be(target?.Minimum);
        Parse(record["targetMaximum"]).Should().Be(target?.Maximum);
        Parse(record["baseline"]).Should().Be(evaluation?.BaselineValue);
        Parse(record["progress"]).Should().Be(evaluation?.Progress);
        Parse(record["expectedProgress"]).Should().Be(evaluation?.ExpectedProgress);
        record["status"].Should().Be(evaluation is null ? string.Empty : Camel(evaluation.Status));
        record["statusReason"].Should().Be(evaluation is null ? string.Empty : Camel(evaluation.Reason));
        Parse(record["projectionValue"]).Should().Be(evaluation?.Projection?.Value);
        record["origin"].Should().Be(Camel(row.Origin));
        record["source"].Should().Be(row.Source);
        record["method"].Should().Be(row.Current.Method);
        Parse(record["numerator"]).Should().Be(row.Current.Inputs.Numerator);
        Parse(record["denominator"]).Should().Be(row.Current.Inputs.Denominator);
        record["recordsUsed"].Should().Be(row.Current.Inputs.RecordsUsed.ToString(CultureInfo.InvariantCulture));
        record["recordsSkipped"].Should().Be(row.Current.Inputs.RecordsSkipped.ToString(CultureInfo.InvariantCulture));
        record["error"].Should().Be(row.Error ?? string.Empty);
        record["unitLabel"].Should().Be(row.Indicator.UnitLabel ?? string.Empty);
        record["measured"].Should().Be(row.Error is null && row.History.All(result => !result.IsAvailable) ? "false" : "true");

        // The text is the shortest that reads back: the same as "R" formatting, not a rounded or padded form.
        record["value"].Should().Be(Number(row.Current.Value));
    }

    /// <summary>
    /// A strict RFC 4180 reader: records end with CR LF, a field is either plain (no comma, quote, CR or LF) or quoted
    /// with its quotes doubled, and anything else is an error rather than a guess.
    /// </summary>
    private static class Rfc4180
    {
        public static List<List<string>> Read(string text)
        {
            var records = new List<List<string>>();
            var record = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            text.Should().EndWith("\r\n", "the last record ends with CR LF too");
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        (i < text.Length).Should().BeTrue("a quoted field must be closed");
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i++]);
                    }
                }
                else
                {
                    while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    {
                        text[i].Should().NotBe('"', "a quote may only appear in a quoted field");
                        field.Append(text[i++]);
                    }
                }

                record.Add(field.ToString());
                field.Clear();
                if (text[i] == ',')
                {
                    i++;
                    continue;
                }

                text.Substring(i, 2).Should().Be("\r\n", "a record ends with CR LF, at offset {0}", i);
                i += 2;
                records.Add(record);
                record = [];
            }

            return records;
        }
    }
}
