using KpiToolkit.Alerts;

namespace KpiToolkit.Orleans.Sample;

/// <summary>Prints each alert on its own line as it fires, from whichever silo.</summary>
internal sealed class ConsoleAlertSink(TextWriter output) : IKpiAlertSink
{
    public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
    {
        lock (output)
        {
            output.WriteLine($"  ALERT {alert}");
        }

        return ValueTask.CompletedTask;
    }
}
