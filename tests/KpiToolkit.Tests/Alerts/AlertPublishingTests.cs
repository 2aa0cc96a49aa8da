using FluentAssertions;
using KpiToolkit.Alerts;
using KpiToolkit.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace KpiToolkit.Tests.Alerts;

public sealed class AlertPublishingTests
{
    private static readonly KpiAlert Alert = new()
    {
        Rule = "mention-spike",
        Subject = "mentions",
        Scope = "maison-verdier",
        Kind = KpiAlertKind.Spike,
        Start = Instant.FromUtc(2026, 6, 17, 14, 0),
        End = Instant.FromUtc(2026, 6, 17, 15, 0),
        Value = 88,
        Expected = 17.25,
        Score = 0.99,
        RaisedAt = Instant.FromUtc(2026, 6, 17, 15, 1),
    };

    private sealed class RecordingSink(List<string> log, string name, Exception? failure = null) : IKpiAlertSink
    {
        public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
        {
            log.Add($"{name}: {alert.Value}");
            return failure is null ? ValueTask.CompletedTask : ValueTask.FromException(failure);
        }
    }

    public sealed class CollectingSink : IKpiAlertSink
    {
        public List<KpiAlert> Received { get; } = [];

        public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
        {
            Received.Add(alert);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class CapturingLogger : ILoggerProvider, ILogger
    {
        public List<(LogLevel Level, EventId Event, IReadOnlyList<KeyValuePair<string, object?>> State, string Message)> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, eventId, state as IReadOnlyList<KeyValuePair<string, object?>> ?? [], formatter(state, exception)));

        public void Dispose()
        {
        }
    }

    [Fact]
    public async Task Publisher_CallsEverySinkInOrder_AndAFailingOneDoesNotStopTheNext()
    {
        var log = new List<string>();
        var broken = new RecordingSink(log, "webhook", new HttpRequestException("503 from the chat service"));
        var publisher = new KpiAlertPublisher([new RecordingSink(log, "log"), broken, new RecordingSink(log, "mail")]);

        var act = async () => await publisher.PublishAsync(Alert);

        var failure = (await act.Should().ThrowAsync<KpiAlertDeliveryException>()).Which;
        log.Should().Equal("log: 88", "webhook: 88", "mail: 88");
        failure.FailedSinks.Should().Equal(broken);
        failure.Message.Should().Contain("RecordingSink: 503 from the chat service");
        failure.Alert.Should().BeSameAs(Alert);
    }

    [Fact]
    public async Task Publisher_Cancelled_ReachesNoSinkAndThrows()
    {
        var log = new List<string>();
        var publisher = new KpiAlertPublisher([new RecordingSink(log, "log")]);

        var act = async () => await publisher.PublishAsync(Alert, new CancellationToken(canceled: true));

        await act.Should().ThrowAsync<OperationCanceledException>();
        log.Should().BeEmpty();
    }

    [Fact]
    public async Task AddKpiToolkit_LogsAlertsByDefault_WithStructuredProperties()
    {
        using var logger = new CapturingLogger();
        var services = new ServiceCollection().AddLogging(logging => logging.AddProvider(logger));
        services.AddKpiToolkit();
        services.AddKpiToolkit();
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IKpiAlertSink>().Should().ContainSingle().Which.Should().BeOfType<LoggingAlertSink>();
        await provider.GetRequiredService<IKpiAlertPublisher>().PublishAsync(Alert);

        var entry = logger.Entries.Should().ContainSingle(e => e.Event.Id == 4100).Subject;
        entry.Level.Should().Be(LogLevel.Warning);
        entry.Event.Name.Should().Be("KpiAlert");
        entry.State.Should().Contain(
            [new("Rule", "mention-spike"), new("Kind", KpiAlertKind.Spike), new("Subject", "mentions"), new("Scope", "maison-verdier"), new("Value", 88.0), new("Expected", 17.25), new("Score", 0.99)]);
    }

    [Fact]
    public async Task AddKpiAlertSink_AddsTheHostsSinkOnce_BesideTheLog_AndWorksWithoutLogging()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit().AddKpiAlertSink<CollectingSink>().AddKpiAlertSink<CollectingSink>();
        using var provider = services.BuildServiceProvider();

        var sinks = provider.GetServices<IKpiAlertSink>().ToList();
        sinks.Select(sink => sink.GetType()).Should().Equal(typeof(LoggingAlertSink), typeof(CollectingSink));
        await provider.GetRequiredService<IKpiAlertPublisher>().PublishAsync(Alert);

        ((CollectingSink)sinks[1]).Received.Should().Equal(Alert);
    }

    [Fact]
    public void AddKpiAlertSink_AnInstance_IsAddedOnce()
    {
        var sink = new CollectingSink();
        var services = new ServiceCollection();
        services.AddKpiToolkit().AddKpiAlertSink(sink).AddKpiAlertSink(sink);
        using var provider = services.BuildServiceProvider();

        provider.GetServices<IKpiAlertSink>().Count(registered => ReferenceEquals(registered, sink)).Should().Be(1);
    }
}
