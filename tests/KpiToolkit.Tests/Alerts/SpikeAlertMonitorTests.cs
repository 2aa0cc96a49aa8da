using FluentAssertions;
using KpiToolkit.Alerts;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using NodaTime;

namespace KpiToolkit.Tests.Alerts;

public sealed class SpikeAlertMonitorTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 6, 15, 0, 0);
    private static readonly Duration Hour = Duration.FromHours(1);
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 16, 9, 0));

    /// <summary>A detector that returns the verdicts it is given, one per point, and counts the points it read.</summary>
    private sealed class ScriptedDetector(params (VolumeDirection Direction, double Score, double Expected)[] script) : IOnlineSpikeDetector
    {
        public int Read { get; private set; }

        public string Name => "scripted";

        public SpikeVerdict Observe(Instant timestamp, double value)
        {
            var (direction, score, expected) = script[Read++];
            return new SpikeVerdict(timestamp, value, direction, score, expected, expected - 5, expected + 5, 24);
        }
    }

    private static (SpikeVerdict, KpiAlert?)[] Feed(SpikeAlertMonitor monitor, params double[] values) =>
        [.. values.Select((value, hour) => (default(SpikeVerdict), monitor.Observe(Monday + (Hour * hour), Monday + (Hour * (hour + 1)), value)))];

    [Fact]
    public void FlatSeriesWithOneBurst_AlertsOnceAtTheBurst_WithWhatItWasComparedWith()
    {
        // 10, 12, 10, 12 then 40: mean 11, sample deviation √(4/3) ≈ 1.155, so the band tops out at 11 + 3 × 1.155 ≈ 14.46.
        var rule = new SpikeAlertRule("mention-spike", () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 4, K = 3 }));
        var monitor = new SpikeAlertMonitor(rule, "mentions", Clock, "maison-verdier");

        var alerts = Feed(monitor, 10, 12, 10, 12, 40, 11, 12, 10).Select(pair => pair.Item2).ToList();

        alerts.Count(alert => alert is not null).Should().Be(1);
        var alert = alerts[4]!;
        alert.Kind.Should().Be(KpiAlertKind.Spike);
        alert.Value.Should().Be(40);
        alert.Expected.Should().Be(11);
        alert.Upper.Should().BeApproximately(11 + (3 * Math.Sqrt(4.0 / 3)), 1e-9);
        alert.Start.Should().Be(Monday + (Hour * 4));
        alert.End.Should().Be(Monday + (Hour * 5));
        alert.Subject.Should().Be("mentions");
        alert.Scope.Should().Be("maison-verdier");
        alert.RaisedAt.Should().Be(Clock.GetCurrentInstant());
        alert.Score.Should().BeGreaterThan(0.5);
        alert.ToString().Should().StartWith("mention-spike: spike of mentions (maison-verdier) at 40 from 2026-06-15T04:00:00Z");
    }

    [Fact]
    public void TheSameBurstBelowTheMinimumVolume_NeverAlerts()
    {
        // The same shape a tenth as large: 1, 1.2 ... 4 mentions is unusual and still noise.
        var rule = new SpikeAlertRule("mention-spike", () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 4, K = 3 }), minimumVolume: 10);
        var monitor = new SpikeAlertMonitor(rule, "mentions", clock: Clock);

        Feed(monitor, 1, 1.2, 1, 1.2, 4, 1.1).Should().OnlyContain(pair => pair.Item2 == null);
    }

    [Fact]
    public void CoolDown_SilencesTheSameDirection_ButNotAChangeOfDirection()
    {
        var detector = new ScriptedDetector(
            (VolumeDirection.Spike, 0.9, 20), (VolumeDirection.Spike, 0.95, 20), (VolumeDirection.Drop, 0.9, 40),
            (VolumeDirection.Spike, 0.9, 20), (VolumeDirection.None, 0, 20), (VolumeDirection.None, 0, 20), (VolumeDirection.Spike, 0.9, 20));
        var rule = new SpikeAlertRule("r", () => detector, direction: AlertDirections.Both, coolDown: Duration.FromHours(6));
        var monitor = new SpikeAlertMonitor(rule, "mentions", clock: Clock);

        var kinds = Feed(monitor, 60, 70, 12, 80, 20, 20, 90).Select(pair => pair.Item2?.Kind).ToList();

        // Hour 0 alerts; hour 1 is the same spike; hour 2 turns into a drop; hour 3 is within 6 hours of hour 0; hour 6 is not.
        kinds.Should().Equal(KpiAlertKind.Spike, null, KpiAlertKind.Drop, null, null, null, KpiAlertKind.Spike);
    }

    [Fact]
    public void Drops_AlertOnlyWhenTheRuleAsks_AndTheirVolumeIsTheExpectedOne()
    {
        (VolumeDirection, double, double)[] script = [(VolumeDirection.Drop, 0.9, 40), (VolumeDirection.Drop, 0.9, 8)];
        var spikesOnly = new SpikeAlertMonitor(new SpikeAlertRule("r", () => new ScriptedDetector(script)), "mentions", clock: Clock);
        var drops = new SpikeAlertMonitor(new SpikeAlertRule("r", () => new ScriptedDetector(script), direction: AlertDirections.Drops, coolDown: Duration.Zero), "mentions", clock: Clock);

        Feed(spikesOnly, 2, 0).Should().OnlyContain(pair => pair.Item2 == null);
        // 40 expected and 2 seen is a drop of volume worth telling; 8 expected is below the minimum of 10.
        Feed(drops, 2, 0).Select(pair => pair.Item2?.Kind).Should().Equal(KpiAlertKind.Drop, null);
    }

    [Fact]
    public void MinimumScore_KeepsWeakVerdictsQuiet()
    {
        var monitor = new SpikeAlertMonitor(
            new SpikeAlertRule("r", () => new ScriptedDetector((VolumeDirection.Spike, 0.6, 20), (VolumeDirection.Spike, 0.8, 20)), minimumScore: 0.7, coolDown: Duration.Zero),
            "mentions",
            clock: Clock);

        Feed(monitor, 50, 50).Select(pair => pair.Item2 is not null).Should().Equal(false, true);
    }

    [Fact]
    public void ABucketStillFilling_IsNotRead_SoItsPartialCountIsNeverJudged()
    {
        var detector = new ScriptedDetector((VolumeDirection.Spike, 0.9, 20));
        var monitor = new SpikeAlertMonitor(new SpikeAlertRule("r", () => detector), "mentions", clock: Clock);
        var filling = new IntradayBucket { LocalStart = new LocalDateTime(2026, 6, 15, 2, 0), Offset = Offset.FromHours(2), Start = Monday, End = Monday + Hour, Count = 3, IsComplete = false };

        monitor.Observe(filling).Should().BeNull();
        detector.Read.Should().Be(0);
        monitor.Observe(filling with { Count = 55, IsComplete = true })!.Value.Should().Be(55);
        detector.Read.Should().Be(1);
    }

    [Fact]
    public void ASpike_CarriesWhatIsBehindIt()
    {
        var explanation = new SpikeExplainer().Explain([], new Interval(Monday, Monday + Hour));
        Interval? asked = null;
        var monitor = new SpikeAlertMonitor(new SpikeAlertRule("r", () => new ScriptedDetector((VolumeDirection.Spike, 0.9, 20))), "mentions", clock: Clock, explain: window =>
        {
            asked = window;
            return explanation;
        });

        monitor.Observe(Monday, Monday + Hour, 50)!.Explanation.Should().BeSameAs(explanation);
        asked.Should().Be(new Interval(Monday, Monday + Hour));
    }

    [Theory]
    [InlineData(" ", 10, AlertDirections.Spikes, 0.5, 1, "name")]
    [InlineData("r", double.NaN, AlertDirections.Spikes, 0.5, 1, "minimumVolume")]
    [InlineData("r", -1, AlertDirections.Spikes, 0.5, 1, "minimumVolume")]
    [InlineData("r", 10, (AlertDirections)0, 0.5, 1, "direction")]
    [InlineData("r", 10, AlertDirections.Spikes, 1.5, 1, "minimumScore")]
    [InlineData("r", 10, AlertDirections.Spikes, 0.5, -1, "coolDown")]
    public void Rule_RefusesWhatMakesNoSense_NamingTheParameter(string name, double volume, AlertDirections direction, double score, int coolDownHours, string parameter)
    {
        var act = () => new SpikeAlertRule(name, minimumVolume: volume, direction: direction, minimumScore: score, coolDown: Duration.FromHours(coolDownHours));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);
    }

    [Fact]
    public void MentionSpikes_IsTheDocumentedDefault()
    {
        var rule = SpikeAlertRule.MentionSpikes();

        rule.Name.Should().Be("mention-spike");
        rule.MinimumVolume.Should().Be(10);
        rule.Direction.Should().Be(AlertDirections.Spikes);
        rule.MinimumScore.Should().Be(0.5);
        rule.CoolDown.Should().Be(Duration.FromHours(6));
        rule.Detector().Should().BeOfType<SpikeLikelihoodDetector>();
    }
}
