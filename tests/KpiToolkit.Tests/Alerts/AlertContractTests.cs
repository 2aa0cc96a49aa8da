using FluentAssertions;
using KpiToolkit.Alerts;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace KpiToolkit.Tests.Alerts;

public sealed class AlertContractTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 6, 15, 0, 0);
    private static readonly Duration Hour = Duration.FromHours(1);
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 7, 1, 8, 0));

    private static readonly KpiAlert Spike = new()
    {
        Rule = "mention-spike",
        Subject = "mentions",
        Scope = "maison-verdier",
        Kind = KpiAlertKind.Spike,
        Direction = VolumeDirection.Spike,
        Start = Monday + (Hour * 14),
        End = Monday + (Hour * 15),
        Value = 88,
        Expected = 17.25,
        Score = 0.99,
        RaisedAt = Monday + (Hour * 15),
    };

    private sealed class CapturingLogger : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, EventId Event, IReadOnlyList<KeyValuePair<string, object?>> State)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, eventId, state as IReadOnlyList<KeyValuePair<string, object?>> ?? []));

        public void Dispose()
        {
        }
    }

    private static SpikeExplanation Negative() =>
        new SpikeExplainer().Explain([], new Interval(Monday, Monday + Hour)) with { Character = SpikeCharacter.Negative };

    [Fact]
    public async Task LoggingSink_WritesTheDirection_AndACrisisAsCritical()
    {
        using var logger = new CapturingLogger();
        using var factory = LoggerFactory.Create(logging => logging.AddProvider(logger));
        var sink = new LoggingAlertSink(factory.CreateLogger<LoggingAlertSink>());

        await sink.PublishAsync(Spike);
        await sink.PublishAsync(Spike with { Explanation = Negative() });

        logger.Entries.Select(entry => entry.Level).Should().Equal(LogLevel.Warning, LogLevel.Critical);
        logger.Entries.Should().OnlyContain(entry => entry.Event == LoggingAlertSink.AlertEvent);
        logger.Entries[0].State.Should().Contain(new KeyValuePair<string, object?>("Direction", VolumeDirection.Spike));
    }

    [Fact]
    public void ToString_ReadsAsOneSentence_SayingTheKindOfMentions()
    {
        (Spike with { Explanation = Negative() }).ToString().Should().Be(
            "mention-spike: spike of mentions (maison-verdier) at 88 from 2026-06-15T14:00:00Z to 2026-06-15T15:00:00Z, expected 17.25, score 0.99, mostly negative mentions");
        var crossed = Spike with { Rule = "engagement: back past the baseline", Subject = "engagement-rate", Scope = null, Kind = KpiAlertKind.ThresholdCrossed, Direction = VolumeDirection.Drop, Value = 0.038, Expected = 0.04, Score = 1 };
        crossed.ToString().Should().Be(
            "engagement: back past the baseline: engagement-rate at 0.038 from 2026-06-15T14:00:00Z to 2026-06-15T15:00:00Z, below the threshold 0.04");
    }

    [Fact]
    public void SpikeMonitor_RefusesABucketReadAlready_NamingIt()
    {
        var monitor = new SpikeAlertMonitor(SpikeAlertRule.MentionSpikes(), "mentions", clock: Clock);
        monitor.Observe(Monday, Monday + Hour, 12);

        var again = () => monitor.Observe(Monday, Monday + Hour, 12);
        var earlier = () => monitor.Observe(Monday - Hour, Monday, 12);

        again.Should().Throw<ArgumentException>().WithMessage("The bucket starting at 2026-06-15T00:00:00Z does not start after the last one read*").Which.ParamName.Should().Be("start");
        earlier.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("start");
        monitor.LastObserved.Should().Be(Monday);
    }

    [Fact]
    public void SpikeMonitor_RefusesANonFiniteValue()
    {
        var monitor = new SpikeAlertMonitor(SpikeAlertRule.MentionSpikes(), "mentions", clock: Clock);

        var act = () => monitor.Observe(Monday, Monday + Hour, double.NaN);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("value");
        monitor.LastObserved.Should().BeNull();
    }

    [Fact]
    public void KpiMonitor_ThresholdAlerts_SayWhichWayTheValueWent()
    {
        var monitor = new KpiAlertMonitor(
            IndicatorKeys.EngagementRate,
            null,
            [new ThresholdAlertRule("below", 0.04, ThresholdSide.Below), new ThresholdAlertRule("target", 0.06, ThresholdSide.AtOrAbove)],
            [],
            Clock,
            ReportingCalendar.Utc);

        var february = monitor.Observe(new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 2), 0.038));
        var march = monitor.Observe(new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 3), 0.061));

        february.Should().ContainSingle().Which.Direction.Should().Be(VolumeDirection.Drop);
        march.Should().ContainSingle().Which.Direction.Should().Be(VolumeDirection.Spike);
    }

    [Fact]
    public void KpiMonitor_FollowsAMeasurementSeries_PeriodByPeriod()
    {
        var series = new MeasurementSeries(IndicatorKeys.EngagementRate, [
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 1), 0.045),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 2), 0.035),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 3), 0.041),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 4), 0.039),
        ]);
        var monitor = new KpiAlertMonitor(IndicatorKeys.EngagementRate, null, [new ThresholdAlertRule("below", 0.04, ThresholdSide.Below)], [], Clock, ReportingCalendar.Utc);

        var alerted = series.Measurements.Where(measurement => monitor.Observe(measurement).Count > 0).Select(measurement => measurement.Period.Start.Month);

        alerted.Should().Equal(2, 4);
    }

    [Fact]
    public void KpiMonitor_RefusesAPeriodReadAlready_EvenWithoutValue()
    {
        var monitor = new KpiAlertMonitor(IndicatorKeys.EngagementRate, null, [new ThresholdAlertRule("below", 0.04, ThresholdSide.Below)], [], Clock, ReportingCalendar.Utc);
        monitor.Observe(KpiResult.Unavailable(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, ReportingPeriod.Month(2026, 3), null, KpiUnavailableReason.MissingCounters, new KpiInputs(null, null, 0), "test"));

        var again = () => monitor.Observe(new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 3), 0.03));
        var other = () => monitor.Observe(new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 4), 3));

        again.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("measurement");
        other.Should().Throw<ArgumentException>().WithMessage("The measurement is of 'followers', but the monitor follows 'engagement-rate'.*");
        monitor.LastObserved.Should().Be(ReportingPeriod.Month(2026, 3));
    }

    [Fact]
    public async Task Publisher_ASinkCancellingTheToken_KeepsTheAlertFromTheNext()
    {
        using var cancellation = new CancellationTokenSource();
        var reached = new List<string>();
        var publisher = new KpiAlertPublisher([new ActionSink(() => { reached.Add("first"); cancellation.Cancel(); }), new ActionSink(() => reached.Add("second"))]);

        var act = async () => await publisher.PublishAsync(Spike, cancellation.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        reached.Should().Equal("first");
    }

    private sealed class ActionSink(Action action) : IKpiAlertSink
    {
        public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
        {
            action();
            return ValueTask.CompletedTask;
        }
    }
}
