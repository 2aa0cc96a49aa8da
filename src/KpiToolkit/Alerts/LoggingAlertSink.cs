using Microsoft.Extensions.Logging;

namespace KpiToolkit.Alerts;

/// <summary>
/// Writes each alert to the host's log: a warning with event id 4100 (<c>KpiAlert</c>), or critical for a mention spike
/// whose mentions are mostly negative, where hours count. The rule, kind, direction, subject, scope, value, expected
/// value and score are structured properties (<c>Rule</c>, <c>Kind</c>, <c>Direction</c>, <c>Subject</c>,
/// <c>Scope</c>, <c>Value</c>, <c>Expected</c>, <c>Score</c>), so a log platform can filter and chart them.
/// </summary>
/// <param name="logger">The logger; registered by <c>AddKpiToolkit()</c> from the host's logging.</param>
public sealed partial class LoggingAlertSink(ILogger<LoggingAlertSink> logger) : IKpiAlertSink
{
    /// <summary>The event id every alert is logged with.</summary>
    public static readonly EventId AlertEvent = new(4100, "KpiAlert");

    private readonly ILogger<LoggingAlertSink> _logger = Preconditions.NotNull(logger);

    /// <inheritdoc />
    public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(alert);
        var level = alert.Explanation?.Character == Calculators.SpikeCharacter.Negative ? LogLevel.Critical : LogLevel.Warning;
        LogAlert(_logger, level, alert.Rule, alert.Kind, alert.Direction, alert.Subject, alert.Scope ?? "all", alert.Value, alert.Expected, alert.Score);
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(EventId = 4100, EventName = "KpiAlert", Message = "KPI alert {Rule}: {Kind} ({Direction}) of {Subject} ({Scope}) at {Value}, expected {Expected}, score {Score}")]
    private static partial void LogAlert(ILogger logger, LogLevel level, string rule, KpiAlertKind kind, Calculators.VolumeDirection direction, string subject, string scope, double value, double expected, double score);
}
