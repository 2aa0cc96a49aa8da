using System.Globalization;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Dashboard;
using static KpiToolkit.Tests.Localization.MarkdownTables;

namespace KpiToolkit.Tests.Localization;

/// <summary>A dashboard rendered in French says in French what KpiToolkit itself writes, and keeps the host's data as given.</summary>
public sealed class FrenchDashboardTests
{
    private static readonly DashboardRenderOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };

    [Fact]
    public void Markdown_FrFr_ShowsTheDefaultTitleInFrench()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build(), French);

        markdown.Should().StartWith("# Tableau de bord des KPI\n");
    }

    [Fact]
    public void Markdown_FrFr_KeepsATitleTheHostChose()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build(new DashboardOptions { Title = "Revue de juin" }), French);

        markdown.Should().StartWith("# Revue de juin\n");
    }

    [Fact]
    public void Markdown_FrFr_NamesBuiltInIndicatorsInFrench_AndHostIndicatorsAsGiven()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build(), French);

        markdown.Should().MatchRegex(Cell("Taux d’engagement")).And.MatchRegex(Cell("Volume de mentions")).And.MatchRegex(Cell("Tonalité nette"));
        markdown.Should().NotMatchRegex(Cell("Engagement rate")).And.NotMatchRegex(Cell("Mention volume"));
        markdown.Should().MatchRegex(Cell("Headcount"), "the host named its own indicator, and that name is data");
    }

    [Fact]
    public void Markdown_FrFr_DescribesTheDetectorInFrench_WithFrenchNumbers()
    {
        var options = new DashboardOptions
        {
            SpikeDetector = new StandardDeviationDetector(new StandardDeviationDetectorOptions { K = 2.5, Window = 4, SeasonLength = 7 }),
        };
        var dashboard = DashboardFixture.Build(options);

        dashboard.MentionSpikes!.Detector.Should().Be("mean ± 2.5σ over 4 periods every 7", "the model keeps the English name");
        new MarkdownDashboardRenderer().RenderToString(dashboard, French)
            .Should().Contain("Détecteur\u00A0: moyenne ± 2,5σ sur 4 périodes toutes les 7");
        new HtmlDashboardRenderer().RenderToString(dashboard, French)
            .Should().Contain("moyenne ± 2,5σ sur 4 périodes toutes les 7");
    }

    [Fact]
    public void Markdown_FrFr_WritesAProblemInFrench_AndTheModelKeepsItInEnglish()
    {
        var dashboard = RendererDashboards.Rich();

        var problem = dashboard.Problems.Should().ContainSingle(p => p.Component == nameof(RendererDashboards.FailingCalculator)).Subject;
        problem.Message.Should().Be("Computing 'partner-score' failed with InvalidOperationException: The partner API answered 503.");
        var row = dashboard.Rows.Single(r => r.Indicator.Key == RendererDashboards.FailingCalculator.Definition.Key);
        row.Error.Should().Be("FailingCalculator failed with InvalidOperationException: The partner API answered 503.");

        var markdown = new MarkdownDashboardRenderer().RenderToString(dashboard, French);
        markdown.Should().Contain(
            "- **FailingCalculator**\u00A0: Le calcul de « partner-score » a échoué : exception InvalidOperationException : The partner API answered 503.");
        var html = new HtmlDashboardRenderer().RenderToString(dashboard, French);
        html.Should().Contain("FailingCalculator : exception InvalidOperationException : The partner API answered 503.");
    }

    [Fact]
    public void Markdown_FrFr_NamesTheHistoryProblemInFrench()
    {
        var builder = new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            IndicatorCatalog.BuiltIn,
            DashboardFixture.Clock(),
            DashboardFixture.Paris,
            new DashboardOptions { HistoryLength = 3 });
        var early = builder.Build(new DashboardRequest(KpiToolkit.Time.ReportingPeriod.Month(-9997, 2)) { Data = DashboardFixture.Data() });

        var problem = early.Problems.Should().ContainSingle(p => p.Component == "history").Subject;
        problem.Message.Should().StartWith("The history holds 2 of the 3 periods asked for");
        new MarkdownDashboardRenderer().RenderToString(early, French)
            .Should().Contain("- **historique**\u00A0: L’historique compte 2 des 3 périodes demandées");
    }

    [Fact]
    public void Markdown_FrFr_WritesTheDuplicatesNoteInFrench()
    {
        var data = DashboardFixture.Data();
        var posts = data.Posts.Take(3).Concat(data.Posts).ToArray();
        var request = DashboardFixture.Request() with
        {
            Data = new KpiToolkit.Activity.ActivityData(
                posts: posts,
                audience: data.Audience.Channels.SelectMany(channel => data.Audience.Between(channel, Instant.MinValue, Instant.MaxValue)),
                mentions: data.Mentions,
                pressArticles: data.PressArticles,
                actions: data.Actions,
                webTraffic: data.WebTraffic,
                emailCampaigns: data.EmailCampaigns),
        };
        var dashboard = new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris), IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount), DashboardFixture.Clock(), DashboardFixture.Paris)
            .Build(request);

        var problem = dashboard.Problems.Should().ContainSingle(p => p.Component == "activity data").Subject;
        problem.Message.Should().StartWith("3 posts appeared more than once (3 earlier copies left out); the last copy of each was kept: ");
        new MarkdownDashboardRenderer().RenderToString(dashboard, French)
            .Should().Contain("- **données d’activité**\u00A0: 3 publications en double (3 copies antérieures écartée(s)) ; la dernière copie de chacun a été gardée : ");
    }

    [Fact]
    public void Markdown_FrFr_ShowsStatusesInFrench()
    {
        var markdown = new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build(), French);

        markdown.Should().MatchRegex("En bonne voie|À risque|Hors trajectoire|Atteint|Manqué");
        markdown.Should().NotMatchRegex(@"\| (On track|At risk|Off track|Achieved|Missed) \|");
    }
}
