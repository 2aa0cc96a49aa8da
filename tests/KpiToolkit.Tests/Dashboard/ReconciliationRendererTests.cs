using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>The reconciliation section in every renderer, on <see cref="ReconciliationDashboards"/>.</summary>
public sealed class ReconciliationRendererTests
{
    private const string Nbsp = "\u00A0";

    // X engagements and what they add: the explanation of t2's engagements, written by the reconciler.
    private const string T2Engagements =
        "the platform counts 3 more engagements than the 57 of X engagements (shares + comments + reactions + profile clicks + link clicks + " +
        "hashtag clicks + detail expands + permalink clicks + app opens + app installs + follows + email shares + phone dials + media engagements)";

    // The same sentence on a French page: the words are French, the composition's name (X's own) as given.
    private const string T2EngagementsFrench =
        "la plateforme compte 3 interactions de plus que les 57 de X engagements (partages + commentaires + réactions + clics sur le profil + " +
        "clics sur le lien + clics sur les hashtags + ouvertures des détails + clics sur le permalien + ouvertures de l’application + " +
        "installations de l’application + abonnements + partages par e-mail + appels + interactions avec le média)";

    private static readonly Lazy<KpiDashboard> Dashboard = new(() => ReconciliationDashboards.Build());

    // ---- Markdown ------------------------------------------------------------------------------------------------

    [Fact]
    public void Markdown_ShowsTheSummaryThePeriodsAndTheDisagreeingPosts()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(Dashboard.Value, Culture("en-US"));

        var section = Section(markdown, "## Reconciliation with the platforms");
        section.Should().Contain("6 figures compared, 4 agree; 1 post without platform figures.");
        var periods = Table(section, "### Engagement rate by period");
        periods[0].Should().Equal("Period", "Channel", "Computed rate", "Platform's rate", "Difference", "Reason", "Posts");
        periods[1].Should().Equal("March 2026", "X", "3.00%", "3.00%", "0.00" + Nbsp + "pts", "agrees", string.Empty);
        periods[2].Should().Equal("June 2026", "X", "3.00%", "3.08%", "-0.08" + Nbsp + "pts", "another composition of engagements", "t2");
        var posts = Table(section, "### Posts that disagree");
        posts[0].Should().Equal("Post", "Channel", "Figure", "Reported", "Computed", "Difference", "Reason", "Explanation");
        posts[1].Should().Equal("t2", "X", "engagements", "60", "57", "-3", "another composition of engagements", T2Engagements);
        posts[2].Should().Equal(
            "t2", "X", "engagement rate", "3.16%", "3.00%", "-0.16" + Nbsp + "pts", "another composition of engagements",
            "the platform's rate stands for about 60 engagements over 1900 impressions, X engagements gives 57");
    }

    [Fact]
    public void Markdown_French_TranslatesHeadingsReasonsAndNumbers()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(Dashboard.Value, Culture("fr-FR"));

        var section = Section(markdown, "## Rapprochement avec les plateformes");
        section.Should().Contain("6 chiffres comparés, 4 concordent ; 1 publication sans chiffres de la plateforme.");
        var periods = Table(section, "### Taux d’engagement par période");
        periods[0].Should().Equal("Période", "Canal", "Taux calculé", "Taux de la plateforme", "Écart", "Raison", "Publications");
        var french = CultureInfo.GetCultureInfo("fr-FR");
        periods[2].Should().Equal(
            "Juin 2026", "X", 0.03.ToString("P2", french), (117.0 / 3_800).ToString("P2", french), "-0,08" + Nbsp + "pts", "une autre composition des engagements", "t2");
        periods[1][5].Should().Be("concorde");
        var posts = Table(section, "### Publications en désaccord");
        posts[0].Should().Equal("Publication", "Canal", "Chiffre", "Déclaré", "Calculé", "Écart", "Raison", "Explication");
        posts[1].Take(7).Should().Equal("t2", "X", "engagements", "60", "57", "-3", "une autre composition des engagements");
        posts[2].Take(3).Should().Equal("t2", "X", "taux d’engagement");
    }

    [Fact]
    public void Markdown_ManyDisagreements_ListsTheFirstTwentyAndCountsTheRest()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(ReconciliationDashboards.ManyDisagreements(13));

        var section = Section(markdown, "## Reconciliation with the platforms");
        Table(section, "### Posts that disagree").Should().HaveCount(1 + MarkdownDashboardRenderer.DisagreementsShown);
        section.Should().Contain("… and 6 more (the JSON and CSV exports list them all).");
        Table(section, "### Engagement rate by period")[1][6].Should().Be("d01, d02, d03, d04, d05 and 8 more");
    }

    [Fact]
    public void Markdown_WithoutReconciliation_HasNoSection()
    {
        new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build()).Should().NotContain("Reconciliation");
    }

    [Fact]
    public void Markdown_PostIdWithMarkdown_IsEscaped()
    {
        var dashboard = ReconciliationDashboards.Build([ReconciliationDashboards.XPost("a|b*c", Instant.FromUtc(2026, 6, 3, 10, 0), 60m, null)]);

        var markdown = new MarkdownDashboardRenderer().RenderToString(dashboard);

        markdown.Should().Contain(@"| a\|b\*c ");
    }

    // ---- HTML ----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("en-US", "Reconciliation with the platforms", "another composition of engagements")]
    [InlineData("fr-FR", "Rapprochement avec les plateformes", "une autre composition des engagements")]
    public void Html_ShowsTheSectionInTheCulture(string culture, string heading, string reason)
    {
        var platformRate = (117.0 / 3_800).ToString("P2", CultureInfo.GetCultureInfo(culture));
        var document = Parse(new HtmlDashboardRenderer().RenderToString(Dashboard.Value, Culture(culture)));

        var section = document.Descendants("section").Single(s => (string?)s.Attribute("aria-labelledby") == "reconciliation-title");
        section.Element("h2")!.Value.Should().Be(heading);
        var periods = Rows(section, "reconciliation-periods");
        periods.Should().HaveCount(2);
        periods[1].Should().Equal(periods[1][0], "X", periods[1][2], platformRate, periods[1][4], reason, "t2");
        var posts = Rows(section, "reconciliation-posts");
        posts.Select(cells => cells[0]).Should().Equal("t2", "t2");
        posts[0][3..6].Should().Equal("60", "57", "-3");
        posts[0][7].Should().Be(culture == "fr-FR" ? T2EngagementsFrench : T2Engagements);
    }

    [Fact]
    public void Model_KeepsTheEnglishExplanation_WhateverThePagesLanguage()
    {
        Dashboard.Value.Reconciliation!.RecordDisagreements[0].Explanation.Should().Be(T2Engagements);
    }

    [Fact]
    public void Html_PostIdsAndChannels_AreEncodedAndIsolated()
    {
        const string hostile = "<b>t</b> & \"x\" 'y' \u202Eevil";
        var post = new SocialPost(
            hostile,
            new Channel("X <i>fr</i>"),
            Instant.FromUtc(2026, 6, 3, 10, 0),
            counters: ReconciliationDashboards.Posts[1].Counters,
            platformFigures: PlatformFigures.Of((PlatformFigureNames.Engagements, 60m)));
        var options = new PlatformReconcilerOptions();
        options.Definitions[post.Channel] = PlatformDefinition.X;
        var builder = ReconciliationDashboards.Builder(reconciler: new PlatformReconciler(options, DashboardFixture.Paris));

        var html = new HtmlDashboardRenderer().RenderToString(builder.Build(ReconciliationDashboards.Request([post])));

        html.Should().NotContain("<b>").And.NotContain("<i>");
        var section = Parse(html).Descendants("section").Single(s => (string?)s.Attribute("aria-labelledby") == "reconciliation-title");
        section.Descendants("b").Should().BeEmpty();
        var isolated = section.Descendants("bdi").Select(element => element.Value).ToList();
        isolated.Should().Contain(hostile).And.Contain("X <i>fr</i>");
    }

    [Fact]
    public void Html_ManyDisagreements_ListsTheFirstTwentyAndCountsTheRest()
    {
        var document = Parse(new HtmlDashboardRenderer().RenderToString(ReconciliationDashboards.ManyDisagreements(13)));

        var section = document.Descendants("section").Single(s => (string?)s.Attribute("aria-labelledby") == "reconciliation-title");
        Rows(section, "reconciliation-posts").Should().HaveCount(MarkdownDashboardRenderer.DisagreementsShown);
        section.Descendants("p").Should().Contain(p => p.Value == "… and 6 more (the JSON and CSV exports list them all).");
    }

    [Fact]
    public void Html_WithoutReconciliation_HasNoSection()
    {
        var html = new HtmlDashboardRenderer().RenderToString(DashboardFixture.Build());

        html.Should().NotContain("reconciliation-title").And.NotContain("Reconciliation with the platforms");
    }

    // ---- JSON ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Json_CarriesEveryFigureWithMachineNames()
    {
        using var document = JsonDocument.Parse(new JsonDashboardRenderer().RenderToString(Dashboard.Value));

        var reconciliation = document.RootElement.GetProperty("reconciliation");
        reconciliation.GetProperty("figuresCompared").GetInt64().Should().Be(6);
        reconciliation.GetProperty("figuresAgreeing").GetInt64().Should().Be(4);
        reconciliation.GetProperty("postsWithoutPlatformFigures").GetInt64().Should().Be(1);
        reconciliation.GetProperty("hasDisagreements").GetBoolean().Should().BeTrue();

        var june = reconciliation.GetProperty("periods")[1];
        june.GetProperty("period").GetProperty("label").GetString().Should().Be("2026-06");
        june.GetProperty("channel").GetString().Should().Be("X");
        june.GetProperty("computed").GetDouble().Should().Be(Dashboard.Value.Reconciliation!.Periods[1].Computed);
        june.GetProperty("reported").GetDouble().Should().Be(Dashboard.Value.Reconciliation!.Periods[1].Reported);
        june.GetProperty("difference").GetDouble().Should().Be(Dashboard.Value.Reconciliation!.Periods[1].Difference);
        june.GetProperty("agrees").GetBoolean().Should().BeFalse();
        june.GetProperty("reason").GetString().Should().Be("otherComposition");
        june.GetProperty("recordIds").EnumerateArray().Select(id => id.GetString()).Should().Equal("t2");
        reconciliation.GetProperty("periods")[0].GetProperty("reason").ValueKind.Should().Be(JsonValueKind.Null);

        var rate = reconciliation.GetProperty("recordDisagreements")[1];
        rate.GetProperty("recordId").GetString().Should().Be("t2");
        rate.GetProperty("publishedAt").GetString().Should().Be("2026-06-12T10:00:00Z");
        rate.GetProperty("figure").GetString().Should().Be("engagement rate");
        rate.GetProperty("reported").GetRawText().Should().Be("0.0315789474", "the exact decimal the export wrote");
        rate.GetProperty("computed").GetRawText().Should().Be("0.03");
        rate.GetProperty("difference").GetRawText().Should().Be("-0.0015789474");
        rate.GetProperty("reason").GetString().Should().Be("otherComposition");
        rate.GetProperty("explanation").GetString().Should().StartWith("the platform's rate stands for about 60 engagements");
    }

    [Fact]
    public void Json_ManyDisagreements_CarriesThemAll()
    {
        using var document = JsonDocument.Parse(new JsonDashboardRenderer().RenderToString(ReconciliationDashboards.ManyDisagreements(13)));

        document.RootElement.GetProperty("reconciliation").GetProperty("recordDisagreements").GetArrayLength().Should().Be(26);
    }

    [Fact]
    public void Json_WithoutReconciliation_WritesNull()
    {
        using var document = JsonDocument.Parse(new JsonDashboardRenderer().RenderToString(DashboardFixture.Build()));

        document.RootElement.GetProperty("reconciliation").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Json_MissingCounter_WritesNullComputedAndDifference()
    {
        var post = ReconciliationDashboards.XPost("t9", Instant.FromUtc(2026, 6, 3, 10, 0), 57m, null);
        var noAppOpens = new SocialPost(post.Id, post.Channel, post.PublishedAt, counters: post.Counters with { AppOpens = null }, platformFigures: post.PlatformFigures);

        using var document = JsonDocument.Parse(new JsonDashboardRenderer().RenderToString(ReconciliationDashboards.Build([noAppOpens])));

        var disagreement = document.RootElement.GetProperty("reconciliation").GetProperty("recordDisagreements")[0];
        disagreement.GetProperty("reason").GetString().Should().Be("missingCounter");
        disagreement.GetProperty("computed").ValueKind.Should().Be(JsonValueKind.Null);
        disagreement.GetProperty("difference").ValueKind.Should().Be(JsonValueKind.Null);
    }

    // ---- CSV -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Csv_ReconciliationTable_HasOneLinePerPeriodThenPerDisagreement()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new CsvDashboardRenderer().RenderReconciliation(Dashboard.Value, writer);

        var lines = writer.ToString().Split("\r\n");
        lines[^1].Should().BeEmpty("the last line ends with CR LF");
        lines[0].Should().Be(string.Join(',', CsvDashboardRenderer.ReconciliationColumns));
        lines[0].Should().Be("kind,periodStart,periodEnd,channel,recordId,publishedAt,figure,reported,computed,difference,agrees,reason,explanation,recordIds");
        var june = Dashboard.Value.Reconciliation!.Periods[1];
        lines[1].Should().StartWith("period,2026-03-01,2026-03-31,X,,,engagement rate,0.03,0.03,");
        lines[2].Should().StartWith(
            "period,2026-06-01,2026-06-30,X,,,engagement rate," +
            $"{june.Reported!.Value.ToString("R", CultureInfo.InvariantCulture)},{june.Computed!.Value.ToString("R", CultureInfo.InvariantCulture)},{june.Difference!.Value.ToString("R", CultureInfo.InvariantCulture)},false,otherComposition,");
        lines[2].Should().EndWith(",t2");
        lines[3].Should().Be($"post,,,X,t2,2026-06-12T10:00:00Z,engagements,60,57,-3,false,otherComposition,{T2Engagements},");
        lines[4].Should().StartWith("post,,,X,t2,2026-06-12T10:00:00Z,engagement rate,0.0315789474,0.03,-0.0015789474,false,otherComposition,");
        lines.Should().HaveCount(6);
    }

    [Fact]
    public void Csv_ReconciliationColumns_AreDocumented()
    {
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "dashboard-json.md"));

        CsvDashboardRenderer.ReconciliationColumns.Where(column => !documentation.Contains($"| `{column}` |", StringComparison.Ordinal)).Should().BeEmpty();
    }

    [Fact]
    public void Csv_ManyDisagreements_CarriesThemAll()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new CsvDashboardRenderer().RenderReconciliation(ReconciliationDashboards.ManyDisagreements(13), writer);

        writer.ToString().Split("\r\n").Count(line => line.StartsWith("post,", StringComparison.Ordinal)).Should().Be(26);
    }

    [Fact]
    public void Csv_KpiTable_StaysOneLinePerKpiRow()
    {
        var csv = new CsvDashboardRenderer().RenderToString(Dashboard.Value);

        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(1 + Dashboard.Value.Rows.Count() + Dashboard.Value.NotMeasured.Count);
    }

    [Fact]
    public void Csv_WithoutReconciliation_WritesTheHeaderOnly()
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new CsvDashboardRenderer().RenderReconciliation(DashboardFixture.Build(), writer);

        writer.ToString().Should().Be(string.Join(',', CsvDashboardRenderer.ReconciliationColumns) + "\r\n");
    }

    [Fact]
    public void Names_OfEveryDisagreementReason_AreCamelCaseAndDocumented()
    {
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "dashboard-json.md"));

        var names = Enum.GetValues<DisagreementReason>().Select(DashboardMachineNames.Name).ToList();

        names.Should().Equal(Enum.GetValues<DisagreementReason>().Select(RendererDashboards.Camel));
        names.Where(name => !documentation.Contains($"`{name}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    // ---- Helpers -------------------------------------------------------------------------------------------------

    private static DashboardRenderOptions Culture(string name) => new() { Culture = CultureInfo.GetCultureInfo(name) };

    /// <summary>The lines from a level-2 heading to the next one.</summary>
    private static List<string> Section(string markdown, string heading)
    {
        var lines = markdown.Split('\n').ToList();
        var start = lines.IndexOf(heading);
        start.Should().BeGreaterThanOrEqualTo(0, $"the Markdown has the heading '{heading}'");
        var end = lines.FindIndex(start + 1, line => line.StartsWith("## ", StringComparison.Ordinal));
        return lines.GetRange(start, (end < 0 ? lines.Count : end) - start);
    }

    /// <summary>The cells of the table below a heading of the section, the delimiter row left out.</summary>
    private static List<string[]> Table(List<string> section, string heading)
    {
        var start = section.IndexOf(heading);
        start.Should().BeGreaterThanOrEqualTo(0, $"the section has the heading '{heading}'");
        return section.Skip(start + 1).SkipWhile(line => line.Length == 0).TakeWhile(line => line.StartsWith('|'))
            .Where((_, index) => index != 1)
            .Select(line => line.Trim().Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToList();
    }

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static List<string[]> Rows(XElement section, string table) =>
        section.Descendants("table").Single(t => (string?)t.Attribute("data-table") == table)
            .Element("tbody")!.Elements("tr")
            .Select(row => row.Elements().Select(cell => cell.Value).ToArray())
            .ToList();
}
