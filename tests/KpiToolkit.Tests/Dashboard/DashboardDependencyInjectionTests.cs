using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Tests.Dashboard;

public sealed class DashboardDependencyInjectionTests
{
    private static readonly Indicator Testimonials = new(
        new IndicatorKey("testimonials"), "Customer testimonials", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Earned, Cadence.Month);

    [Fact]
    public void AddKpiToolkit_ResolvesOneBuilderAndEvaluator_WithTheHostsOptionsClockAndCalendar()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(DashboardFixture.Clock());
        services.AddKpiToolkit(options =>
        {
            options.TimeZone = DashboardFixture.Paris.Zone;
            options.Dashboard.Title = "Weekly review";
            options.Dashboard.Evaluation.AtRiskGap = 0.1;
        });
        using var provider = services.BuildServiceProvider();

        var builder = provider.GetRequiredService<DashboardBuilder>();
        builder.Should().BeSameAs(provider.GetRequiredService<DashboardBuilder>());
        builder.Calendar.Should().Be(DashboardFixture.Paris);
        provider.GetRequiredService<ObjectiveEvaluator>().Today.Should().Be(new LocalDate(2026, 7, 3));

        var dashboard = builder.Build(DashboardFixture.Request());
        dashboard.Title.Should().Be("Weekly review");

        // 'team' is 0.163 behind its pace: on track with the default gap of 0.165, at risk with the host's 0.1.
        dashboard.Objectives[0].SubObjectives.Single(e => e.Objective.Id == "team").Status.Should().Be(ObjectiveStatus.AtRisk);
    }

    [Fact]
    public void AddCalculator_HostCalculatorAppearsOnTheDashboard()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(DashboardFixture.Clock());
        services.AddKpiToolkit().AddCalculator<TestimonialCalculator>(Testimonials);
        using var provider = services.BuildServiceProvider();

        var dashboard = provider.GetRequiredService<DashboardBuilder>().Build(new DashboardRequest(DashboardFixture.June));

        dashboard.Rows.Should().ContainSingle(row => row.Indicator.Key == Testimonials.Key).Which.Current.Value.Should().Be(30);
    }

    [Fact]
    public void AddKpiToolkit_RegistersTheFourRenderersOnce_AndAHostRenderer()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit();
        services.AddKpiToolkit().AddDashboardRenderer<PlainTextRenderer>().AddDashboardRenderer<PlainTextRenderer>();
        using var provider = services.BuildServiceProvider();

        var renderers = provider.GetRequiredService<DashboardRenderers>();

        renderers.All.Select(r => r.Format).Should().Equal("markdown", "json", "csv", "html", "plain");
        renderers.Get("HTML").Should().BeOfType<HtmlDashboardRenderer>();
        renderers.TryGet("pdf", out _).Should().BeFalse();
        FluentActions.Invoking(() => renderers.Get("pdf")).Should().Throw<KeyNotFoundException>().WithMessage("*'pdf'*markdown, json, csv, html, plain*");
        DashboardRenderers.BuiltIn.All.Select(r => r.Format).Should().Equal("markdown", "json", "csv", "html");
    }

    [Fact]
    public void AddKpiToolkit_DashboardAnalysesUseTheOptionsRegisteredInTheContainer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(DashboardFixture.Clock());
        services.AddSingleton(new BestTimeToPostOptions { MinimumPostsPerCell = 1 });
        services.AddSingleton(new RoiRankingOptions { ScaleUpAtOrAbove = 3.0 });
        services.AddKpiToolkit(options => options.TimeZone = DashboardFixture.Paris.Zone);
        using var provider = services.BuildServiceProvider();

        var dashboard = provider.GetRequiredService<DashboardBuilder>().Build(DashboardFixture.Request());

        dashboard.BestTimeToPost!.MinimumPostsPerCell.Should().Be(1);
        // Summer sale ads: ROI 2.4, below the host's scale-up threshold of 3, so it is kept rather than scaled up.
        dashboard.RoiRanking!.Ranked[0].Recommendation.Should().Be(ActionRecommendation.Keep);
    }

    [Fact]
    public void AddKpiToolkit_InvalidDashboardOptions_FailWhenResolved()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(options => options.Dashboard.HistoryLength = 0);
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<DashboardBuilder>();

        resolve.Should().Throw<OptionsValidationException>().WithMessage("*KpiToolkit:Dashboard:HistoryLength = 0*between 2 and 60*");
    }

    private sealed class PlainTextRenderer : IDashboardRenderer
    {
        public string Format => "plain";

        public string FileExtension => ".txt";

        public string ContentType => "text/plain";

        public void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null) => writer.Write(dashboard.Title);
    }

    private sealed class TestimonialCalculator : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, period.LengthInDays, new KpiInputs(null, null, period.LengthInDays), "one a day");
    }
}
