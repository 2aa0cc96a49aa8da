using FluentAssertions;
using KpiToolkit.Alerts;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Tests.Alerts;

public sealed class KpiAlertMonitorTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 7, 1, 8, 0));
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    private static readonly Objective Engagement = EngagementObjective(Target.IncreaseTo(0.06), new Baseline(0.04, new LocalDate(2025, 12, 31)));

    private static Objective EngagementObjective(Target target, Baseline? baseline) => new(
        "engagement",
        "Raise the Instagram engagement rate by reach to 6 % by the end of June",
        BuiltInIndicators.EngagementRate,
        target,
        baseline,
        new LocalDate(2026, 1, 1),
        new LocalDate(2026, 6, 30),
        ObjectiveScope.ForChannels(Channel.Instagram));

    private static KpiResult Rate(int month, double? value) =>
        value is { } v
            ? KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, ReportingPeriod.Month(2026, month), Channel.Instagram, v, new KpiInputs(null, null, 1), "test")
            : KpiResult.Unavailable(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, ReportingPeriod.Month(2026, month), Channel.Instagram, KpiUnavailableReason.MissingCounters, new KpiInputs(null, null, 0), "test");

    [Fact]
    public void Threshold_AlertsOnceWhenCrossed_AndAgainOnlyAfterComingBack()
    {
        var rule = new ThresholdAlertRule("below baseline", 0.04, ThresholdSide.Below);
        var monitor = new KpiAlertMonitor(IndicatorKeys.EngagementRate, "engagement", [rule], [], Clock, Paris);

        var alerts = new[] { 0.045, 0.038, 0.035, 0.04, 0.039 }.Select((value, i) => monitor.Observe(Rate(i + 1, value)).Count).ToList();

        // 0.04 itself is on neither side, so it re-arms the rule.
        alerts.Should().Equal(0, 1, 0, 0, 1);
    }

    [Fact]
    public void ForObjective_AlertsBackPastTheBaseline_TheTargetReached_AndAGapMakesNothing()
    {
        var monitor = KpiAlertMonitor.ForObjective(Engagement, Clock, Paris);

        var january = monitor.Observe(Rate(1, 0.045));
        var february = monitor.Observe(Rate(2, 0.038));
        var march = monitor.Observe(Rate(3, null));
        var april = monitor.Observe(Rate(4, 0.05));
        var may = monitor.Observe(Rate(5, 0.06));

        january.Should().BeEmpty();
        var back = february.Should().ContainSingle().Subject;
        back.Rule.Should().Be("engagement: back past the baseline");
        back.Kind.Should().Be(KpiAlertKind.ThresholdCrossed);
        back.Expected.Should().Be(0.04);
        back.Value.Should().Be(0.038);
        back.Subject.Should().Be("engagement-rate");
        back.Scope.Should().Be("engagement");
        back.Start.Should().Be(Instant.FromUtc(2026, 1, 31, 23, 0), "February starts at midnight in Paris");
        march.Should().BeEmpty();
        april.Should().BeEmpty();
        may.Should().ContainSingle().Which.Rule.Should().Be("engagement: target reached", "a target of 6 % is reached at 6 %");
        monitor.Thresholds.Select(rule => (rule.Threshold, rule.Side)).Should().Equal((0.04, ThresholdSide.Below), (0.06, ThresholdSide.AtOrAbove));
    }

    [Fact]
    public void ForObjective_AnUnusualFallForAHigherIsBetterKpi_Alerts_AnUnusualRiseDoesNot()
    {
        var monitor = KpiAlertMonitor.ForObjective(EngagementObjective(Target.IncreaseTo(0.06), null), Clock, Paris);
        double[] steady = [0.050, 0.051, 0.050, 0.051, 0.050, 0.051];
        for (var i = 0; i < steady.Length; i++)
        {
            monitor.Observe(Rate(i + 1, steady[i])).Should().BeEmpty();
        }

        // Mean 0.0505, sample deviation ≈ 0.000548: 0.045 is ten deviations below.
        var fall = monitor.Observe(Rate(7, 0.045));

        fall.Should().ContainSingle().Which.Kind.Should().Be(KpiAlertKind.Drop);
        var rising = KpiAlertMonitor.ForObjective(EngagementObjective(Target.IncreaseTo(0.5), null), Clock, Paris);
        for (var i = 0; i < steady.Length; i++)
        {
            rising.Observe(Rate(i + 1, steady[i]));
        }

        rising.Observe(Rate(7, 0.056)).Should().BeEmpty("a good surprise is for the dashboard, not for an alert");
    }

    [Fact]
    public void ForObjective_KeepWithin_AlertsOnEitherSide()
    {
        var tonality = new Objective(
            "press-tonality", "Keep the net tonality of our press coverage between +20 % and +100 % this year", BuiltInIndicators.NetTonality,
            Target.KeepWithin(0.2, 1), null, new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        var monitor = KpiAlertMonitor.ForObjective(tonality, Clock, Paris);

        monitor.Thresholds.Select(rule => (rule.Name, rule.Threshold, rule.Side)).Should().Equal(
            ("press-tonality: below the range to keep", 0.2, ThresholdSide.Below), ("press-tonality: above the range to keep", 1.0, ThresholdSide.Above));
    }

    [Fact]
    public void Observe_AResultOfAnotherKpi_Throws()
    {
        var monitor = KpiAlertMonitor.ForObjective(Engagement, Clock, Paris);
        var other = KpiResult.Available(IndicatorKeys.Followers, IndicatorUnit.Count, ReportingPeriod.Month(2026, 1), null, 10, new KpiInputs(null, null, 1), "test");

        var act = () => monitor.Observe(other);

        act.Should().Throw<ArgumentException>().WithMessage("The result is of 'followers', but the monitor follows 'engagement-rate'.*");
    }

    [Fact]
    public void ThresholdRule_RefusesANonFiniteThreshold()
    {
        var act = () => new ThresholdAlertRule("r", double.PositiveInfinity, ThresholdSide.Above);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("threshold");
    }
}
