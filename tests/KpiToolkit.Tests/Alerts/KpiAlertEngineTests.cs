using FluentAssertions;
using KpiToolkit.Alerts;
using KpiToolkit.Calculators;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KpiToolkit.Tests.Alerts;

public sealed class KpiAlertEngineTests
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 6, 15, 0, 0);
    private static readonly Duration Hour = Duration.FromHours(1);
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 6, 16, 9, 0));

    private sealed class CollectingSink : IKpiAlertSink
    {
        public List<KpiAlert> Received { get; } = [];

        public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
        {
            Received.Add(alert);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FailingSink : IKpiAlertSink
    {
        public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default) =>
            ValueTask.FromException(new HttpRequestException("503 from the chat service"));
    }

    private static IntradayBucket Bucket(int hour, long count, bool complete = true) => new()
    {
        LocalStart = new LocalDateTime(2026, 6, 15, 0, 0).PlusHours(hour),
        Offset = Offset.Zero,
        Start = Monday + (Hour * hour),
        End = Monday + (Hour * (hour + 1)),
        Count = count,
        IsComplete = complete,
    };

    /// <summary>Hours 0–3 flat (10, 12, 10, 12), a burst of 40 at hour 4 announced by a partial count of 5, 100 at hour 5, flat again, 40 at hour 10.</summary>
    private static async IAsyncEnumerable<IntradayBucket> Stream()
    {
        long[] counts = [10, 12, 10, 12, 40, 100, 10, 12, 10, 12, 40];
        for (var hour = 0; hour < counts.Length; hour++)
        {
            if (hour == 4)
            {
                yield return Bucket(hour, 5, complete: false);
            }

            await Task.Yield();
            yield return Bucket(hour, counts[hour]);
        }
    }

    private static SpikeAlertMonitor Monitor(Duration coolDown) => new(
        new SpikeAlertRule("mention-spike", () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 4, K = 3 }), coolDown: coolDown),
        "mentions",
        Clock,
        "maison-verdier");

    [Fact]
    public async Task RunAsync_PublishesTheBurst_ThenStaysQuietForTheCoolDown()
    {
        // Hour 4: 40 against 11 ± 3 × √(4/3) → spike. Hour 5: 100 against 18.5 + 3 × √(619/3) ≈ 61.6 → spike, but 1 hour
        // after the alert. Hour 10: 40 against 11 ± 3.46 again, 6 hours after the alert → alerts.
        var sink = new CollectingSink();
        var engine = new KpiAlertEngine(new KpiAlertPublisher([sink]));

        var alerts = new List<KpiAlert>();
        await foreach (var alert in engine.RunAsync([Monitor(Duration.FromHours(6))], Stream()))
        {
            alerts.Add(alert);
        }

        alerts.Select(alert => (alert.Start, alert.Value)).Should().Equal((Monday + (Hour * 4), 40.0), (Monday + (Hour * 10), 40.0));
        alerts[0].Expected.Should().Be(11, "the partial count of 5 was never read");
        alerts[0].Direction.Should().Be(VolumeDirection.Spike);
        sink.Received.Should().Equal(alerts);
    }

    [Fact]
    public async Task RunAsync_WithoutACoolDown_AlsoAlertsOnTheSecondHourOfTheBurst()
    {
        var engine = new KpiAlertEngine(new KpiAlertPublisher([]));

        var starts = new List<Instant>();
        await foreach (var alert in engine.RunAsync([Monitor(Duration.Zero)], Stream()))
        {
            starts.Add(alert.Start);
        }

        starts.Should().Equal(Monday + (Hour * 4), Monday + (Hour * 5), Monday + (Hour * 10));
    }

    [Fact]
    public async Task RunAsync_Cancelled_StopsWithOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        var engine = new KpiAlertEngine(new KpiAlertPublisher([]));
        var read = 0;

        var act = async () =>
        {
            await foreach (var alert in engine.RunAsync([Monitor(Duration.Zero)], Stream(), cancellation.Token))
            {
                read++;
                await cancellation.CancelAsync();
            }
        };

        await act.Should().ThrowAsync<OperationCanceledException>();
        read.Should().Be(1, "the stream stops after the first alert, when the token was cancelled");
    }

    [Fact]
    public void RunAsync_WithoutMonitors_Throws_NamingThem()
    {
        var engine = new KpiAlertEngine(new KpiAlertPublisher([]));

        var act = () => engine.RunAsync([], Stream());

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("monitors");
    }

    [Fact]
    public async Task ObserveAsync_AFailingSink_Throws_AfterTheOthersReceivedTheAlert()
    {
        var sink = new CollectingSink();
        var engine = new KpiAlertEngine(new KpiAlertPublisher([new FailingSink(), sink]));
        var monitor = Monitor(Duration.Zero);
        foreach (var (hour, count) in new[] { (0, 10L), (1, 12L), (2, 10L), (3, 12L) })
        {
            (await engine.ObserveAsync(monitor, Bucket(hour, count))).Should().BeNull();
        }

        var act = async () => await engine.ObserveAsync(monitor, Bucket(4, 40));

        (await act.Should().ThrowAsync<KpiAlertDeliveryException>()).Which.FailedSinks.Should().ContainSingle().Which.Should().BeOfType<FailingSink>();
        sink.Received.Should().ContainSingle().Which.Value.Should().Be(40);
        var again = async () => await engine.ObserveAsync(monitor, Bucket(4, 40));
        await again.Should().ThrowAsync<ArgumentException>("the bucket was read: giving it again would count it twice");
    }

    [Fact]
    public async Task ObserveAsync_AnObjectivesKpi_PublishesEachAlertItMakes()
    {
        var sink = new CollectingSink();
        var engine = new KpiAlertEngine(new KpiAlertPublisher([sink]));
        var objective = new Objective(
            "engagement", "Raise the Instagram engagement rate by reach to 6 % by the end of June", BuiltInIndicators.EngagementRate,
            Target.IncreaseTo(0.06), new Baseline(0.04, new LocalDate(2025, 12, 31)), new LocalDate(2026, 1, 1), new LocalDate(2026, 6, 30),
            ObjectiveScope.ForChannels(Channel.Instagram));
        var monitor = KpiAlertMonitor.ForObjective(objective, Clock, ReportingCalendar.Utc);

        var january = await engine.ObserveAsync(monitor, Rate(1, 0.045));
        var february = await engine.ObserveAsync(monitor, Rate(2, 0.038));

        january.Should().BeEmpty();
        february.Should().ContainSingle().Which.Rule.Should().Be("engagement: back past the baseline");
        sink.Received.Should().Equal(february);
    }

    [Fact]
    public async Task AddKpiToolkit_RegistersTheEngine_OverTheHostsSinks()
    {
        var sink = new CollectingSink();
        var services = new ServiceCollection();
        services.AddKpiToolkit().AddKpiAlertSink(sink);
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<KpiAlertEngine>();
        var monitor = Monitor(Duration.Zero);

        foreach (var (hour, count) in new[] { (0, 10L), (1, 12L), (2, 10L), (3, 12L), (4, 40L) })
        {
            await engine.ObserveAsync(monitor, Bucket(hour, count));
        }

        sink.Received.Should().ContainSingle().Which.Start.Should().Be(Monday + (Hour * 4));
    }

    private static KpiResult Rate(int month, double value) =>
        KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, ReportingPeriod.Month(2026, month), Channel.Instagram, value, new KpiInputs(null, null, 1), "test");
}
