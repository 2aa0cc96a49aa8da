using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests;

/// <summary>Keeps the README's quick start true: the same objective, through DI and through new.</summary>
public sealed class ReadmeQuickStartTests
{
    private static readonly FakeClock Clock = FakeClock.At(2026, 11, 20);

    private static Objective QuickStartObjective() => new(
        id: "social-engagement",
        statement: "Raise the engagement rate of our Instagram recipe videos among home cooks",
        indicator: BuiltInIndicators.EngagementRate,
        target: Target.IncreaseTo(0.045),
        baseline: new Baseline(0.032, new LocalDate(2026, 12, 31)),
        start: new LocalDate(2027, 1, 1),
        deadline: new LocalDate(2027, 6, 30),
        scope: new ObjectiveScope([Channel.Instagram], "Home cooks aged 25-45"),
        owner: "Social media team",
        businessGoal: "Grow online revenue by 15 % in 2027");

    [Fact]
    public void QuickStart_ThroughDependencyInjection_IsSmartWithOnlyTheNoHistoryNote()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(Clock);
        services.AddKpiToolkit(o => o.TimeZone = Zones.Paris);
        using var provider = services.BuildServiceProvider();

        var report = provider.GetRequiredService<ISmartValidator>().Validate(QuickStartObjective());

        report.IsSmart.Should().BeTrue();
        report.AllFindings.Should().ContainSingle()
            .Which.Code.Should().Be(SmartErrorCodes.HistoryMissing);
    }

    [Fact]
    public void QuickStart_WithNew_GivesTheSameReport()
    {
        var validator = SmartValidator.CreateDefault(Clock, new ReportingCalendar(Zones.Paris));

        var report = validator.Validate(QuickStartObjective());

        report.IsSmart.Should().BeTrue();
        report.AllFindings.Select(f => f.Code).Should().Equal(SmartErrorCodes.HistoryMissing);
    }

    [Fact]
    public void QuickStart_EngagementRate_IsTheDocumentedValueAndExplanation()
    {
        var posts = new[]
        {
            new SocialPost("p1", Channel.Instagram, Instant.FromUtc(2026, 3, 2, 17, 0), PostFormat.Reel,
                counters: new PostCounters { Reach = 8_000, Reactions = 300, Comments = 40, Shares = 22 }),
            new SocialPost("p2", Channel.Instagram, Instant.FromUtc(2026, 3, 9, 11, 30), PostFormat.Photo,
                counters: new PostCounters { Reach = 2_000, Reactions = 70, Comments = 15, Shares = 6 }),
        };
        var calendar = new ReportingCalendar(Zones.Paris);
        var er = new EngagementRateCalculator(new EngagementRateOptions { Denominator = PostDenominator.Reach }, calendar);

        var march = er.Calculate(posts, ReportingPeriod.Month(2026, 3));

        // (300 + 40 + 22 + 70 + 15 + 6) / (8000 + 2000) = 453 / 10000
        march.Value.Should().Be(0.0453);
        march.ToString().Should().Be(
            "engagement-rate 2026-03 = 0.0453 (ratio of sums: (reactions + comments + shares) / reach; 453 / 10000; 2 used, 0 skipped)");
    }

    [Fact]
    public void QuickStart_Dashboard_RendersTheEngagementRateInFrench()
    {
        var posts = new[]
        {
            new SocialPost("p1", Channel.Instagram, Instant.FromUtc(2026, 3, 2, 17, 0), PostFormat.Reel,
                counters: new PostCounters { Reach = 8_000, Reactions = 300, Comments = 40, Shares = 22 }),
            new SocialPost("p2", Channel.Instagram, Instant.FromUtc(2026, 3, 9, 11, 30), PostFormat.Photo,
                counters: new PostCounters { Reach = 2_000, Reactions = 70, Comments = 15, Shares = 6 }),
        };
        var calendar = new ReportingCalendar(Zones.Paris);
        var builder = KpiToolkit.Dashboard.DashboardBuilder.CreateDefault(Clock, calendar);

        var dashboard = builder.Build(new KpiToolkit.Dashboard.DashboardRequest(ReportingPeriod.Month(2026, 3))
        {
            Data = new ActivityData(posts: posts),
            Objectives = [QuickStartObjective()],
        });
        var french = System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
        var html = KpiToolkit.Dashboard.DashboardRendererExtensions.RenderToString(
            new KpiToolkit.Dashboard.HtmlDashboardRenderer(), dashboard, new KpiToolkit.Dashboard.DashboardRenderOptions { Culture = french });

        // The same 453 / 10000 as above, computed by the registered calculator and written the French way ("4,53 %").
        dashboard.Rows.Single(r => r.Indicator.Key == BuiltInIndicators.EngagementRate.Key && r.Channel == Channel.Instagram).Current.Value.Should().Be(0.0453);
        html.Should().Contain(0.0453.ToString("P2", french)).And.Contain("lang=\"fr-FR\"");
    }
}
