using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Dashboard;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// The host's texts cannot disguise the figures beside them nor change the document around them: isolated in HTML,
/// stripped of bidirectional controls in Markdown and CSV, escaped in Markdown, formula-proof in CSV, and always
/// well-formed.
/// </summary>
public sealed class TextIsolationTests
{
    private const char RightToLeftOverride = '\u202E';
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    private static readonly Lazy<KpiDashboard> Fixture = new(() => DashboardFixture.Build());

    // ---- HTML --------------------------------------------------------------------------------------------------

    [Fact]
    public void Html_RightToLeftOverrideInChannelAndIndicatorName_IsIsolated()
    {
        var dashboard = WithFirstRow(Fixture.Value, "Followers" + RightToLeftOverride, new Channel("Insta" + RightToLeftOverride + "gram"));

        var html = new HtmlDashboardRenderer().RenderToString(dashboard);

        var document = Parse(html);
        var row = document.Descendants("tr").First(tr => (string?)tr.Attribute("class") == "kpi");
        var title = row.Descendants("span").Single(span => (string?)span.Attribute("class") == "kpi-title");
        title.Elements().Should().ContainSingle().Which.Name.LocalName.Should().Be("bdi");
        title.Value.Should().Be("Followers" + RightToLeftOverride);
        var channel = row.Descendants("span").Single(span => (string?)span.Attribute("class") == "kpi-channel");
        channel.Element("bdi")!.Value.Should().Be("Insta" + RightToLeftOverride + "gram");

        // A chart's title holds no markup: the isolate characters do the same work there.
        var sparkline = row.Descendants().Single(element => (string?)element.Attribute("data-chart") == "sparkline");
        sparkline.Element("title")!.Value.Should().StartWith(
            $"{FirstStrongIsolate}Followers{RightToLeftOverride}{PopDirectionalIsolate}, {FirstStrongIsolate}Insta{RightToLeftOverride}gram{PopDirectionalIsolate}:");

        // Wherever the override is drawn, an isolation ends it before the figures that follow (7.00 cannot read 00.7).
        var drawn = document.DescendantNodes().OfType<XText>().Where(node => node.Value.Contains(RightToLeftOverride)).ToList();
        drawn.Should().NotBeEmpty();
        drawn.Should().OnlyContain(node => node.Ancestors("bdi").Any() || IsBetweenIsolates(node.Value));
    }

    [Fact]
    public void Html_ChartLabels_AreIsolated()
    {
        var dashboard = Fixture.Value;
        var action = dashboard.RoiRanking!.Ranked[0];

        var document = Parse(new HtmlDashboardRenderer().RenderToString(dashboard));

        var roi = document.Descendants().Single(element => (string?)element.Attribute("data-chart") == "roi");
        var labels = roi.Descendants().Where(element => element.Name.LocalName == "text" && (string?)element.Attribute("class") is "label" or "sublabel").ToList();
        labels[0].Value.Should().Be(FirstStrongIsolate + action.Name + PopDirectionalIsolate);
        labels[1].Value.Should().Be(FirstStrongIsolate + action.Channel.Name + PopDirectionalIsolate);
        roi.Element("g")!.Element("title")!.Value.Should().StartWith($"1. {FirstStrongIsolate}{action.Name}{PopDirectionalIsolate} ({FirstStrongIsolate}{action.Channel.Name}{PopDirectionalIsolate})");
    }

    [Fact]
    public void Html_LoneSurrogate_IsReplacedAndThePageStaysWellFormed()
    {
        var dashboard = WithFirstRow(Fixture.Value, "Reach \uD800 rate", new Channel("Blog \uDC00")) with { Title = "Sales \uDBFF" };

        var html = new HtmlDashboardRenderer().RenderToString(dashboard);

        var document = Parse(html);
        document.Descendants("h1").Single().Value.Should().Be("Sales \uFFFD");
        var row = document.Descendants("tr").First(tr => (string?)tr.Attribute("class") == "kpi");
        row.Descendants("span").Single(span => (string?)span.Attribute("class") == "kpi-title").Value.Should().Be("Reach \uFFFD rate");
        row.Descendants("span").Single(span => (string?)span.Attribute("class") == "kpi-channel").Value.Should().Be("Blog \uFFFD");
    }

    [Theory]
    [InlineData("a\u2069b", "ab")]
    [InlineData("a\u2068b", "a<bdi>b</bdi>")]
    [InlineData("\u2069\u2067a\u2069\u2069\u2066b", "<bdi dir=\"rtl\">a</bdi><bdi dir=\"ltr\">b</bdi>")]
    public void Html_StrayIsolateCharacters_StayBalanced(string text, string expected)
    {
        // A closing isolate with no opening one is dropped, and one never closed is closed: the markup stays balanced.
        using var writer = new StringWriter();

        new HtmlMarkup(writer).Text(text);

        writer.ToString().Should().Be(expected);
    }

    [Fact]
    public void Json_LoneSurrogate_IsWrittenAsTheReplacementCharacter()
    {
        var dashboard = Fixture.Value with { Title = "Sales \uD800" };

        using var json = JsonDocument.Parse(new JsonDashboardRenderer().RenderToString(dashboard));

        json.RootElement.GetProperty("title").GetString().Should().Be("Sales \uFFFD");
    }

    // ---- Markdown ----------------------------------------------------------------------------------------------

    [Fact]
    public void Markdown_NameStartingWithHash_IsNotAHeading()
    {
        var dashboard = WithObjectiveIndicator(Fixture.Value, "# Hacked") with { Title = "Sales #" };

        var markdown = new MarkdownDashboardRenderer().RenderToString(dashboard);

        var lines = markdown.Split('\n');
        lines[0].Should().Be(@"# Sales \#", "a trailing # would be read as the heading's closing sequence and vanish");
        lines.Should().Contain(line => line.StartsWith(@"  \# Hacked: ", StringComparison.Ordinal));
        lines.Where(line => line.TrimStart().StartsWith('#')).Should().OnlyContain(line => !line.Contains("Hacked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- Hacked", @"\- Hacked")]
    [InlineData("+ Hacked", @"\+ Hacked")]
    [InlineData("===", @"\===")]
    [InlineData("1. Hacked", @"1\. Hacked")]
    public void Markdown_NameStartingALine_CannotBecomeAListARuleOrCode(string name, string expected)
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(WithObjectiveIndicator(Fixture.Value, name));

        markdown.Split('\n').Should().Contain(line => line.StartsWith("  " + expected + ": ", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_Strikethrough_IsEscaped()
    {
        MarkdownDashboardRenderer.Inline("~~x~~ and ~y~").Should().Be(@"\~\~x\~\~ and \~y\~");
    }

    [Theory]
    [InlineData("see https://evil.example/x?a=1", "see `https://evil.example/x?a=1`")]
    [InlineData("go to www.evil.example now", "go to `www.evil.example` now")]
    [InlineData("ask bob@evil.example", "ask `bob@evil.example`")]
    [InlineData("hi @team", "hi `@team`")]
    [InlineData("[click](https://evil.example)", "`[click](https://evil.example)`")]
    [InlineData("a|http://x.example|b", @"a\|`http://x.example`\|b")]
    public void Markdown_Url_IsWrittenAsCodeNotALink(string text, string expected)
    {
        MarkdownDashboardRenderer.Inline(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("[click](evil)", @"\[click\](evil)")]
    [InlineData("&copy; &#169; &#xA9;", @"\&copy; \&#169; \&#xA9;")]
    [InlineData("R&D & more; a&b", "R&D & more; a&b")]
    [InlineData("<b>x</b>", @"\<b\>x\</b\>")]
    public void Markdown_LinksEntitiesAndHtml_AreEscaped(string text, string expected)
    {
        MarkdownDashboardRenderer.Inline(text).Should().Be(expected);
    }

    [Fact]
    public void Markdown_BidiControlsAndLoneSurrogates_AreRemovedAndReplaced()
    {
        MarkdownDashboardRenderer.Inline("Insta\u202Egram \u2066x\u2069 \u200Fy\u200E\u061C \uD800").Should().Be("Instagram x y \uFFFD");
    }

    // ---- CSV ---------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\")")]
    [InlineData("+1+2")]
    [InlineData("-1+2")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("\tcmd")]
    [InlineData("\r=1")]
    public void Csv_CellStartingLikeAFormula_GetsAnApostrophe(string text)
    {
        // A channel's name loses its surrounding spaces: it can only start like a formula with a visible character.
        var channel = text.Trim() == text ? text : "=" + text.Trim();
        var dashboard = WithFirstRow(Fixture.Value, "Reach", new Channel(channel));
        dashboard = dashboard with { Sections = [dashboard.Sections[0] with { Rows = [dashboard.Sections[0].Rows[0] with { Error = text, Source = text }] }] };

        var record = CsvRecord(new CsvDashboardRenderer().RenderToString(dashboard));

        record["error"].Should().Be("'" + text);
        record["source"].Should().Be("'" + text);
        record["channel"].Should().Be("'" + channel);
    }

    [Fact]
    public void Csv_NegativeNumbersTheRendererWrites_AreNotEscaped()
    {
        var row = Fixture.Value.Rows.First(row => row.Change is not null);
        row = row with { Change = new KpiToolkit.Measurements.PeriodChange(row.Change!.PreviousPeriod, 2, row.Change.Period, 1.75) };

        var dashboard = Fixture.Value with { Sections = [new DashboardSection(row.Indicator.Category, row.Indicator.MediaType, [row])] };
        var record = CsvRecord(new CsvDashboardRenderer().RenderToString(dashboard));

        record["changeAbsolute"].Should().Be("-0.25");
        record["changeRelative"].Should().Be("-0.125");
    }

    [Fact]
    public void Csv_FormulaEscapingTurnedOff_WritesTheTextAsItIs()
    {
        var dashboard = Fixture.Value;
        dashboard = dashboard with { Sections = [dashboard.Sections[0] with { Rows = [dashboard.Sections[0].Rows[0] with { Error = "=1+2", Source = "@home" }] }] };

        var record = CsvRecord(new CsvDashboardRenderer(new CsvDashboardRendererOptions { EscapeFormulas = false }).RenderToString(dashboard));

        record["error"].Should().Be("=1+2");
        record["source"].Should().Be("@home");
    }

    [Fact]
    public void Csv_BidiControlsAndLoneSurrogates_AreRemovedAndReplaced()
    {
        var dashboard = WithFirstRow(Fixture.Value, "Followers\u202E", new Channel("Insta\u2067gram\u2069"));
        dashboard = dashboard with { Sections = [dashboard.Sections[0] with { Rows = [dashboard.Sections[0].Rows[0] with { Error = "\u202E=1+2 \uD800" }] }] };

        var record = CsvRecord(new CsvDashboardRenderer().RenderToString(dashboard));

        record["indicatorName"].Should().Be("Followers");
        record["channel"].Should().Be("Instagram");
        record["error"].Should().Be("'=1+2 \uFFFD", "the override hid the formula's first character; removed, the cell is escaped");
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    /// <summary>The dashboard with its first KPI row alone, renamed and on another channel.</summary>
    private static KpiDashboard WithFirstRow(KpiDashboard dashboard, string indicatorName, Channel channel)
    {
        var section = dashboard.Sections[0];
        var row = section.Rows[0];
        var indicator = row.Indicator;
        var renamed = new Indicator(indicator.Key, indicatorName, indicator.Unit, indicator.Polarity, indicator.Category, indicator.MediaType, indicator.DefaultCadence);
        return dashboard with { Sections = [section with { Rows = [row with { Indicator = renamed, Channel = channel }] }] };
    }

    /// <summary>The dashboard with one objective, on an indicator of the given name: its facts line starts with the name.</summary>
    private static KpiDashboard WithObjectiveIndicator(KpiDashboard dashboard, string indicatorName)
    {
        var evaluation = dashboard.Objectives[0].SubObjectives[0];
        var objective = evaluation.Objective;
        var indicator = objective.Indicator;
        var renamed = new Indicator(indicator.Key, indicatorName, indicator.Unit, indicator.Polarity, indicator.Category, indicator.MediaType, indicator.DefaultCadence);
        var copy = new Objective(objective.Id, objective.Statement, renamed, objective.Target, objective.Baseline, objective.Start, objective.Deadline, objective.Scope);
        return dashboard with { Objectives = [evaluation with { Objective = copy, SubObjectives = [] }] };
    }

    private static bool IsBetweenIsolates(string text)
    {
        var at = text.IndexOf(RightToLeftOverride, StringComparison.Ordinal);
        var opening = text.LastIndexOf(FirstStrongIsolate, at);
        return opening >= 0 && text.IndexOf(PopDirectionalIsolate, at) > at && text.IndexOf(PopDirectionalIsolate, opening) > at;
    }

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    /// <summary>The header and the first record of a CSV document, read by RFC 4180.</summary>
    private static Dictionary<string, string> CsvRecord(string csv)
    {
        var records = ReadCsv(csv);
        return records[0].Zip(records[1]).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);
    }

    private static List<List<string>> ReadCsv(string text)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        return records;
    }
}
