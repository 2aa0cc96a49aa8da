using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

public sealed partial class HtmlDashboardRendererTests
{
    private const string Hostile = "Grow <script>alert(1)</script> & \"win\" 'now'";
    private static readonly HtmlDashboardRenderer Renderer = new();

    private static readonly string[] CoordinateAttributes =
        ["points", "d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "rx", "width", "height", "viewBox"];

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Render_Fixture_IsAWellFormedHtml5Document(string culture)
    {
        var html = Render(DashboardFixture.Build(), culture);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=");
        var document = Parse(html);
        document.Root!.Name.LocalName.Should().Be("html");
        document.Root.Elements().Select(element => element.Name.LocalName).Should().Equal("head", "body");
        var head = document.Root.Element("head")!;
        head.Elements("meta").First().Attribute("charset")!.Value.Should().Be("utf-8");
        head.Elements("meta").Should().ContainSingle(meta => (string?)meta.Attribute("http-equiv") == "Content-Security-Policy")
            .Which.Attribute("content")!.Value.Should().Be("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        // The default title is in the labels' language.
        var title = culture == "fr-FR" ? "Tableau de bord des KPI" : "KPI dashboard";
        head.Element("title")!.Value.Should().StartWith(title);
        document.Descendants("h1").Should().ContainSingle().Which.Value.Should().Be(title);
    }

    [Fact]
    public void Render_Fixture_FetchesNothingAndRunsNoScript()
    {
        var html = Render(DashboardFixture.Build(), "en-US");

        html.Should().NotContain("http://").And.NotContain("https://").And.NotContain("//cdn");
        html.Should().NotContainEquivalentOf("<script").And.NotContainEquivalentOf("<link").And.NotContainEquivalentOf("<img").And.NotContainEquivalentOf("<iframe");
        html.Should().NotContainEquivalentOf("@import").And.NotContainEquivalentOf("src=").And.NotContainEquivalentOf("javascript:");
        EventHandler().IsMatch(html).Should().BeFalse("no element has an event handler attribute");
        UrlReference().Matches(html).Select(match => match.Value).Where(reference => !reference.StartsWith("url(#", StringComparison.Ordinal))
            .Should().BeEmpty("only references to the page's own SVG patterns are allowed");
    }

    [Theory]
    [InlineData("en-US", "en-US")]
    [InlineData("fr-FR", "fr-FR")]
    [InlineData("fr-CA", "fr-CA")]
    [InlineData("", "en")]
    [InlineData("de-DE", "en")]
    public void Render_LangAttribute_FollowsTheLanguageOfTheLabels(string culture, string lang)
    {
        var document = Parse(Render(DashboardFixture.Build(), culture));

        document.Root!.Attribute("lang")!.Value.Should().Be(lang);
    }

    [Fact]
    public void Render_Fixture_HasOneSparklinePerKpiRow_EachAnImageWithALabel()
    {
        var dashboard = DashboardFixture.Build();
        var document = Parse(Render(dashboard, "en-US"));

        var sparklines = Charts(document, "sparkline").ToList();

        sparklines.Should().HaveCount(dashboard.Rows.Count());
        foreach (var (sparkline, row) in sparklines.Zip(dashboard.Rows))
        {
            sparkline.Attribute("role")!.Value.Should().Be("img");
            sparkline.Attribute("aria-label")!.Value.Should().StartWith(row.Indicator.Name);
            sparkline.Elements().First().Name.LocalName.Should().Be("title");
            var available = row.History.Count(result => result.IsAvailable);
            sparkline.Elements("polyline").Should().HaveCount(available >= 2 ? 1 : 0);
            sparkline.Elements("circle").Should().HaveCount(available, "every period with a value gets a dot; the periods without one are skipped");
            sparkline.Elements("circle").Count(circle => (string?)circle.Attribute("class") == "spark-current").Should().Be(row.Current.IsAvailable ? 1 : 0);
        }
    }

    [Fact]
    public void Render_Fixture_HistoryTable_IsTheTextAlternativeOfTheSparklines()
    {
        var dashboard = DashboardFixture.Build();
        var us = CultureInfo.GetCultureInfo("en-US");
        var document = Parse(Render(dashboard, "en-US"));

        var table = document.Descendants("details").Single(details => details.Element("summary")!.Value == "Data: history").Descendants("table").Single();

        var rows = table.Element("tbody")!.Elements("tr").ToList();
        rows.Should().HaveCount(dashboard.Rows.Count());
        var followers = dashboard.Rows.First();
        rows[0].Elements().Select(cell => cell.Value).Should().Equal(
            new[] { "Followers (Instagram)" }.Concat(followers.History.Select(result => followers.Indicator.FormatValue(result.Value!.Value, us))));
    }

    [Fact]
    public void Render_Fixture_EveryChartIsAnImageWithALabelATitleAndADataTable()
    {
        var document = Parse(Render(DashboardFixture.Build(), "en-US"));

        foreach (var name in new[] { "roi", "channels", "heatmap", "mentions" })
        {
            var chart = Charts(document, name).Should().ContainSingle($"the page has one {name} chart").Subject;
            chart.Attribute("role")!.Value.Should().Be("img");
            chart.Attribute("aria-label")!.Value.Should().NotBeNullOrWhiteSpace();
            chart.Elements().First().Name.LocalName.Should().Be("title");
            chart.Parent!.Elements("details").SelectMany(details => details.Descendants("table")).Should().NotBeEmpty($"the {name} chart has its data as a table beside it");
        }
    }

    [Fact]
    public void Render_Fixture_HeatMapHasSevenTimesTwentyFourCells()
    {
        var dashboard = DashboardFixture.Build();
        var document = Parse(Render(dashboard, "en-US"));

        var cells = Charts(document, "heatmap").Single().Elements("rect").Where(rect => rect.Attribute("data-cell") is not null).ToList();

        cells.Should().HaveCount(7 * 24);
        cells.Select(cell => cell.Attribute("data-cell")!.Value).Should().OnlyHaveUniqueItems();
        var ranked = dashboard.BestTimeToPost!.Cells.Count(cell => cell.HasEnoughData);
        cells.Count(cell => cell.Attribute("fill")!.Value.StartsWith('#') && cell.Attribute("fill")!.Value != "#eef0f3").Should().Be(ranked);
    }

    [Fact]
    public void Render_HeatMap_HatchesCellsWithTooFewPosts()
    {
        var dashboard = DashboardFixture.Build();
        var fewPosts = DashboardFixture.Data().Posts.Take(8);
        var bestTime = new BestTimeToPostAnalyzer(calendar: DashboardFixture.Paris).Analyze(fewPosts);
        var sparse = bestTime.Cells.Count(cell => cell.PostCount is > 0 and < 3);
        sparse.Should().BePositive();

        var document = Parse(Render(dashboard with { BestTimeToPost = bestTime }, "en-US"));

        var cells = Charts(document, "heatmap").Single().Elements("rect").Where(rect => rect.Attribute("data-cell") is not null).ToList();
        cells.Count(cell => cell.Attribute("fill")!.Value == "url(#heatmap-hatch)").Should().Be(sparse);
        cells.Should().HaveCount(7 * 24);
    }

    [Fact]
    public void Render_Fixture_RoiBars_LossesLeftOfTheAxisAndGainsRight()
    {
        var dashboard = DashboardFixture.Build();
        var document = Parse(Render(dashboard, "en-US"));
        var chart = Charts(document, "roi").Single();

        var axis = Number(chart.Elements("line").Single(line => (string?)line.Attribute("class") == "axis").Attribute("x1")!.Value);
        var bars = chart.Elements("g").Select(group => group.Element("rect")!).ToList();

        bars.Should().HaveCount(dashboard.RoiRanking!.Ranked.Count);
        foreach (var (bar, action) in bars.Zip(dashboard.RoiRanking.Ranked))
        {
            var left = Number(bar.Attribute("x")!.Value);
            var right = left + Number(bar.Attribute("width")!.Value);
            if (action.Roi < 0)
            {
                right.Should().BeApproximately(axis, 0.01, $"{action.Name} loses money");
            }
            else
            {
                left.Should().BeApproximately(axis, 0.01, $"{action.Name} pays back");
            }

            bar.Attribute("class")!.Value.Should().Contain("recommendation-" + action.Recommendation switch
            {
                ActionRecommendation.ScaleUp => "scale-up",
                ActionRecommendation.Keep => "keep",
                ActionRecommendation.Reduce => "reduce",
                _ => "stop",
            });
        }

        var pixelsPerUnit = bars.Zip(dashboard.RoiRanking.Ranked, (bar, action) => Number(bar.Attribute("width")!.Value) / Math.Abs(action.Roi)).ToList();
        pixelsPerUnit.Should().OnlyContain(scale => Math.Abs(scale - pixelsPerUnit[0]) < 0.5, "every bar's length is proportional to its ROI");
    }

    [Fact]
    public void Render_Fixture_MentionsChartMarksTheFlaggedSpike()
    {
        var dashboard = DashboardFixture.Build();
        var document = Parse(Render(dashboard, "en-US"));
        var chart = Charts(document, "mentions").Single();

        var bars = chart.Elements("rect").Where(rect => ((string?)rect.Attribute("class"))?.StartsWith("bar mention", StringComparison.Ordinal) == true).ToList();

        bars.Should().HaveCount(dashboard.MentionSpikes!.Points.Count);
        bars.Where(bar => bar.Attribute("class")!.Value.EndsWith("spike", StringComparison.Ordinal))
            .Select(bar => bar.Element("title")!.Value)
            .Should().ContainSingle().Which.Should().StartWith("6/17/2026: 40 mentions");
        chart.Elements("text").Should().Contain(text => text.Value == "40 · 17 Jun");
    }

    [Fact]
    public void Render_HostileText_IsEncodedEverywhere()
    {
        var root = DashboardFixture.Objectives();
        var objective = new Objective(
            root.Id, Hostile, root.Indicator, root.Target, root.Baseline, root.Start, root.Deadline, root.Scope,
            businessGoal: root.BusinessGoal, subObjectives: root.SubObjectives);
        var dashboard = BuildWith(DashboardFixture.Request() with { Objectives = [objective] });
        var ranking = dashboard.RoiRanking!;
        dashboard = dashboard with
        {
            Title = Hostile,
            RoiRanking = ranking with { Ranked = [ranking.Ranked[0] with { Name = Hostile }, .. ranking.Ranked.Skip(1)] },
            Problems = [new DashboardProblem("<b>component</b>", Hostile)],
        };

        var html = Render(dashboard, "en-US");

        html.Should().NotContainEquivalentOf("<script").And.NotContain("<b>");
        html.Should().Contain("Grow &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;win&quot; &#39;now&#39;");
        var document = Parse(html);
        document.Descendants("h1").Single().Value.Should().Be(Hostile);
        document.Descendants("span").Should().Contain(span => (string?)span.Attribute("class") == "objective-statement" && span.Value == Hostile);
        Charts(document, "roi").Single().Attribute("aria-label")!.Value.Should().Contain(Hostile);
        document.Descendants("li").Should().Contain(li => li.Value == "<b>component</b>: " + Hostile);
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public void Render_KpiValues_AreFormattedInTheCulture(string culture)
    {
        var dashboard = DashboardFixture.Build();
        var format = CultureInfo.GetCultureInfo(culture);
        var document = Parse(Render(dashboard, culture));

        // The KPI table's values; the scorecards above it show the objectives' ones again.
        var table = document.Descendants("table").Single(element => (string?)element.Attribute("class") == "kpi-table");
        var values = table.Descendants("span").Where(span => (string?)span.Attribute("class") == "kpi-value").Select(span => span.Value).ToList();

        values.Should().Equal(dashboard.Rows.Select(row => row.Indicator.FormatValue(row.Current.Value!.Value, format)));
        values.Should().Contain(value => (culture == "fr-FR" ? FrenchEngagementRate() : EnglishEngagementRate()).IsMatch(value));
    }

    [Fact]
    public void Render_FrFr_SvgCoordinatesStayInvariant()
    {
        var document = Parse(Render(DashboardFixture.Build(), "fr-FR"));

        var svgAttributes = document.Descendants("svg").SelectMany(svg => svg.DescendantsAndSelf())
            .SelectMany(element => element.Attributes())
            .Where(attribute => CoordinateAttributes.Contains(attribute.Name.LocalName))
            .ToList();

        svgAttributes.Should().HaveCountGreaterThan(1000);
        svgAttributes.Should().OnlyContain(
            attribute => !attribute.Value.Contains(',') && InvariantNumbers().IsMatch(attribute.Value),
            "coordinates are written in the invariant culture whatever the page's culture");
        document.Descendants("span").Where(span => (string?)span.Attribute("class") == "progress-fill")
            .Select(span => span.Attribute("style")!.Value)
            .Should().OnlyContain(style => StyleWidth().IsMatch(style));
    }

    [Fact]
    public void Render_FrFr_UsesFrenchLabels()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var html = Render(DashboardFixture.Build(), "fr-FR");

        html.Should().Contain(">Objectifs<").And.Contain(">En bonne voie<").And.Contain(">Atteint<").And.Contain("Médias propriétaires");
        html.Should().Contain(">Classement par ROI<").And.Contain(">Amplifier<").And.Contain(">Arrêter<").And.Contain("Pics de mentions");
        html.Should().Contain(french.DateTimeFormat.GetAbbreviatedDayName(DayOfWeek.Friday)[1..]);
        html.Should().NotContain(">On track<").And.NotContain(">Objectives<");
    }

    [Fact]
    public void Render_MissingAnalyses_SayWhyAndDrawNoChart()
    {
        var dashboard = DashboardFixture.Build() with { RoiRanking = null, ChannelComparison = null, BestTimeToPost = null, MentionSpikes = null };

        var document = Parse(Render(dashboard, "en-US"));

        document.Descendants("svg").Should().OnlyContain(svg => (string)svg.Attribute("data-chart")! == "sparkline" || (string)svg.Attribute("data-chart")! == "trend");
        document.Descendants("p").Count(p => p.Value == "Not available: the analysis failed (see the problems).").Should().Be(4);
    }

    [Fact]
    public void Render_DashboardWithoutData_NamesWhatIsNotMeasuredOnceAndDrawsNoChart()
    {
        var dashboard = BuildWith(new DashboardRequest(DashboardFixture.June) { Indicators = [BuiltInIndicators.EngagementRate.Key, BuiltInIndicators.Followers.Key] });

        var document = Parse(Render(dashboard, "fr-FR"));

        document.Descendants("svg").Should().BeEmpty("nothing in the data measures the KPIs or feeds the analyses");
        var notMeasured = document.Descendants("p").Single(p => (string?)p.Attribute("data-section") == "not-measured").Value;
        notMeasured.Should().Be(
            "Non mesuré (Rien dans les données ne les mesure, ils sont donc omis)\u00A0: Taux d’engagement (Tous les canaux), Abonnés (Tous les canaux), " +
            "Classement par ROI, Comparaison des canaux, Meilleures et plus faibles publications, Meilleurs moments pour publier, Pics de mentions");
    }

    [Fact]
    public void Render_DashboardWithoutData_ShowingRowsWithoutData_DrawsEmptySparklinesAndStaysWellFormed()
    {
        var dashboard = new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            IndicatorCatalog.BuiltIn,
            DashboardFixture.Clock(),
            DashboardFixture.Paris,
            new DashboardOptions { ShowRowsWithoutData = true }).Build(new DashboardRequest(DashboardFixture.June) { Indicators = [BuiltInIndicators.EngagementRate.Key, BuiltInIndicators.Followers.Key] });

        var document = Parse(Render(dashboard, "fr-FR"));

        dashboard.NotMeasured.Should().BeEmpty();
        var sparklines = Charts(document, "sparkline").ToList();
        sparklines.Should().HaveCount(2);
        sparklines.Should().OnlyContain(svg => !svg.Elements("polyline").Any() && svg.Elements("text").Single().Value == "n.d.");
    }

    [Fact]
    public void Render_DegenerateRanges_WriteNoNaNNorInfinity()
    {
        // One action costing 100 EUR and gaining 100 EUR: every ranked ROI is 0, so the ROI axis spans nothing.
        // One mention a year before: the daily mention series of the window is all zeros. Three posts in one slot: the heat map has a single
        // value. A KPI measured 3 every month: its sparkline is flat.
        var at = Instant.FromUtc(2026, 6, 5, 8, 0);
        var posts = Enumerable.Range(0, 3).Select(week => new SocialPost(
            $"p{week}", Channel.Instagram, at.Plus(Duration.FromDays(7 * week)), PostFormat.Photo, false, new PostCounters { Reactions = 10, Comments = 2, Shares = 1, Reach = 1_000, Impressions = 1_500 }));
        var action = new ActionResult("Flyers", Channel.Facebook, DashboardFixture.June, new Money(100m, "EUR"), new Money(100m, "EUR"));
        var flat = new MeasurementSeries(
            DashboardFixture.Headcount.Key,
            Enumerable.Range(1, 6).Select(month => new Measurement(DashboardFixture.Headcount.Key, ReportingPeriod.Month(2026, month), 3)));
        var dashboard = BuildWith(new DashboardRequest(DashboardFixture.June)
        {
            Data = new ActivityData(posts: posts, mentions: [new Mention("m-old", Instant.FromUtc(2025, 6, 1, 12, 0), MentionSourceType.News, "someone")], actions: [action]),
            Indicators = [DashboardFixture.Headcount.Key],
            Measurements = [flat],
        });

        dashboard.RoiRanking!.Ranked.Should().ContainSingle().Which.Roi.Should().Be(0);
        dashboard.MentionSpikes!.Points.Should().NotBeEmpty().And.OnlyContain(point => point.Count == 0);
        dashboard.BestTimeToPost!.Cells.Count(cell => cell.HasEnoughData).Should().Be(1);
        foreach (var culture in new[] { "en-US", "fr-FR" })
        {
            var html = Render(dashboard, culture);

            var document = Parse(html);
            foreach (var name in new[] { "roi", "mentions", "heatmap", "sparkline" })
            {
                Charts(document, name).Should().ContainSingle($"the {name} chart is drawn");
            }

            html.Should().NotContain("NaN").And.NotContain("Infinity").And.NotContain("∞");
        }
    }

    private static string Render(KpiDashboard dashboard, string culture) =>
        Renderer.RenderToString(dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) });

    private static KpiDashboard BuildWith(DashboardRequest request) =>
        new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
            DashboardFixture.Clock(),
            DashboardFixture.Paris).Build(request);

    /// <summary>Parses the page as XML: the doctype is skipped, everything else must be well-formed (balanced, quoted, encoded).</summary>
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static IEnumerable<XElement> Charts(XDocument document, string name) =>
        document.Descendants("svg").Where(svg => (string?)svg.Attribute("data-chart") == name);

    private static double Number(string value) => double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"url\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlReference();

    [GeneratedRegex(@"^-?\d+(\.\d+)?( -?\d+(\.\d+)?)*$")]
    private static partial Regex InvariantNumbers();

    [GeneratedRegex(@"^6,43\s%$")]
    private static partial Regex FrenchEngagementRate();

    [GeneratedRegex(@"^6\.43%$")]
    private static partial Regex EnglishEngagementRate();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"^width:\d+(\.\d+)?%$")]
    private static partial Regex StyleWidth();
}
