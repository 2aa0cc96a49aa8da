using FluentAssertions;
using KpiToolkit.Alerts;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Tests.Alerts;

public sealed class ObjectivePaceAlertTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 7, 1, 8, 0));

    // From 0.04 to 0.06 between 1 January and 30 June 2026: 181 days.
    private static readonly Objective Engagement = new(
        "engagement",
        "Raise the Instagram engagement rate by reach to 6 % by the end of June",
        BuiltInIndicators.EngagementRate,
        Target.IncreaseTo(0.06),
        new Baseline(0.04, new LocalDate(2025, 12, 31)),
        new LocalDate(2026, 1, 1),
        new LocalDate(2026, 6, 30),
        ObjectiveScope.ForChannels(Channel.Instagram));

    private static readonly double[] Months = [0.042, 0.043, 0.045, 0.045, 0.058, 0.055];

    private static KpiResult Rate(int month, double value) =>
        KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, ReportingPeriod.Month(2026, month), Channel.Instagram, value, new KpiInputs(null, null, 1), "test");

    [Fact]
    public void ThePace_AlertsEachTimeTheStatusGetsWorse()
    {
        // Progress (v − 0.04) / 0.02 against the elapsed share of 181 days, at risk beyond 0.165 behind, off track beyond 0.33:
        // January 0.1 vs 31/181 = 0.171 (on track); February 0.15 vs 59/181 = 0.326, 0.176 behind (at risk);
        // March 0.25 vs 90/181 = 0.497 (still at risk); April 0.25 vs 120/181 = 0.663, 0.413 behind (off track);
        // May 0.9 vs 151/181 = 0.834 (on track); June 0.75 on the deadline, the target not met (missed).
        var monitor = KpiAlertMonitor.ForObjective(Engagement, Clock, new ObjectiveEvaluator(Clock, ReportingCalendar.Utc));

        var alerts = Months.Select((value, i) => monitor.Observe(Rate(i + 1, value))).ToList();

        alerts.Select(list => string.Join(", ", list.Select(alert => alert.Rule))).Should().Equal(
            "", "engagement: at risk", "", "engagement: off track", "", "engagement: missed");
        var atRisk = alerts[1].Single();
        atRisk.Kind.Should().Be(KpiAlertKind.BehindPace);
        atRisk.Direction.Should().Be(VolumeDirection.Drop);
        atRisk.Value.Should().Be(0.043);
        atRisk.Expected.Should().BeApproximately(0.04 + (59.0 / 181 * 0.02), 1e-12);
        atRisk.Start.Should().Be(Instant.FromUtc(2026, 2, 1, 0, 0));
        atRisk.ToString().Should().Be("engagement: at risk: engagement-rate (engagement) at 0.043 from 2026-02-01T00:00:00Z to 2026-03-01T00:00:00Z, where its pace asks for 0.0465");
        monitor.FollowsPace.Should().BeTrue();
    }

    [Fact]
    public void WithoutTheEvaluator_TheSameMonthsMakeNoPaceAlert()
    {
        var monitor = KpiAlertMonitor.ForObjective(Engagement, Clock, ReportingCalendar.Utc);

        Months.Select((value, i) => monitor.Observe(Rate(i + 1, value)).Count).Should().OnlyContain(count => count == 0);
        monitor.FollowsPace.Should().BeFalse();
    }

    [Fact]
    public void AnObjectiveWithSubObjectives_IsRefused_NamingIt()
    {
        var reels = new Objective("engagement-reels", "Raise the engagement rate of Instagram reels to 6 % by the end of June", BuiltInIndicators.EngagementRate, Target.IncreaseTo(0.06));
        var parent = new Objective(
            "engagement", "Raise the Instagram engagement rate by reach to 6 % by the end of June", BuiltInIndicators.EngagementRate, Target.IncreaseTo(0.06), subObjectives: [reels]);

        var act = () => KpiAlertMonitor.ForObjective(parent, Clock, new ObjectiveEvaluator(Clock));

        act.Should().Throw<ArgumentException>().WithMessage("The objective 'engagement' has 1 sub-objective(s)*").Which.ParamName.Should().Be("objective");
    }
}
