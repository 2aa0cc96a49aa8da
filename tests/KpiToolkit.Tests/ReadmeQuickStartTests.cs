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
}
