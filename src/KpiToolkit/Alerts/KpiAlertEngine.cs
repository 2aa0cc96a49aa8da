using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using KpiToolkit.Calculators;

namespace KpiToolkit.Alerts;

/// <summary>
/// Runs monitors as data arrives and publishes what they raise: the one call a host makes when an intraday bucket
/// closes or a KPI's period is computed, or the loop it runs over a stream of buckets.
/// </summary>
/// <remarks>
/// Registered by <c>AddKpiToolkit()</c>. The engine holds no state and may be shared; the monitors hold the series'
/// state and are not thread-safe, so each monitor is fed by one caller at a time, in time order. A sink that fails
/// surfaces as the publisher's <see cref="KpiAlertDeliveryException"/> after every sink was tried; the monitor has
/// already read the value by then, so giving the same bucket again is refused rather than alerting twice.
/// </remarks>
/// <param name="publisher">Delivers each alert to every registered sink.</param>
public sealed class KpiAlertEngine(IKpiAlertPublisher publisher)
{
    private readonly IKpiAlertPublisher _publisher = Preconditions.NotNull(publisher);

    /// <summary>Gives a bucket to a monitor and publishes the alert it makes, if any.</summary>
    /// <param name="monitor">The monitor of the bucket's series.</param>
    /// <param name="bucket">The bucket; one still filling is not read (see <see cref="SpikeAlertMonitor.Observe(IntradayBucket)"/>).</param>
    /// <param name="cancellationToken">Stops before the bucket is read, or during the delivery.</param>
    /// <returns>The alert published, or null.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the bucket does not come after the last one the monitor read.</exception>
    /// <exception cref="KpiAlertDeliveryException">A sink failed; the others received the alert.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<KpiAlert?> ObserveAsync(SpikeAlertMonitor monitor, IntradayBucket bucket, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(monitor);
        Preconditions.NotNull(bucket);
        cancellationToken.ThrowIfCancellationRequested();
        var alert = monitor.Observe(bucket);
        if (alert is not null)
        {
            await _publisher.PublishAsync(alert, cancellationToken).ConfigureAwait(false);
        }

        return alert;
    }

    /// <summary>Gives a KPI's next period to its monitor and publishes every alert it makes, in order.</summary>
    /// <param name="monitor">The monitor of the KPI.</param>
    /// <param name="result">The KPI's result for the period after the last one read.</param>
    /// <param name="cancellationToken">Stops before the result is read, or during the delivery.</param>
    /// <returns>The alerts published; empty when there are none.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the result does not fit the monitor (see <see cref="KpiAlertMonitor.Observe(KpiResult)"/>).</exception>
    /// <exception cref="KpiAlertDeliveryException">A sink failed for one alert; every alert was still offered to every sink.</exception>
    /// <exception cref="AggregateException">Sinks failed for several alerts: one <see cref="KpiAlertDeliveryException"/> each.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask<IReadOnlyList<KpiAlert>> ObserveAsync(KpiAlertMonitor monitor, KpiResult result, CancellationToken cancellationToken = default)
    {
        Preconditions.NotNull(monitor);
        Preconditions.NotNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        var alerts = monitor.Observe(result);
        List<KpiAlertDeliveryException>? failures = null;
        foreach (var alert in alerts)
        {
            try
            {
                await _publisher.PublishAsync(alert, cancellationToken).ConfigureAwait(false);
            }
            catch (KpiAlertDeliveryException failure)
            {
                // One alert's failed sink must not keep the period's other alerts from the sinks.
                (failures ??= []).Add(failure);
            }
        }

        if (failures is [var only])
        {
            ExceptionDispatchInfo.Throw(only);
        }

        return failures is null ? alerts : throw new AggregateException($"Sinks failed to deliver {failures.Count} alerts of {result.Period}.", failures);
    }

    /// <summary>
    /// Reads a stream of buckets as they arrive, gives each to every monitor in order, publishes the alerts and yields
    /// each one once it is published. Buckets still filling are skipped by the monitors, so a stream may repeat a
    /// bucket while it fills, as long as it is complete only once.
    /// </summary>
    /// <param name="monitors">The monitors of the stream's series, one per rule; at least one.</param>
    /// <param name="buckets">The buckets, in time order.</param>
    /// <param name="cancellationToken">Stops the reading and the delivery.</param>
    /// <returns>The alerts, as they are published.</returns>
    /// <exception cref="ArgumentException">An argument is null, the monitors are none or hold null, or a bucket comes out of order.</exception>
    /// <exception cref="KpiAlertDeliveryException">A sink failed; it ends the stream, the monitors keep what they read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public IAsyncEnumerable<KpiAlert> RunAsync(IEnumerable<SpikeAlertMonitor> monitors, IAsyncEnumerable<IntradayBucket> buckets, CancellationToken cancellationToken = default)
    {
        SpikeAlertMonitor[] all = [.. Preconditions.NotNull(monitors)];
        Preconditions.Check(all.Length > 0, "monitors must hold at least one monitor: with none, nothing would ever alert.", nameof(monitors));
        foreach (var monitor in all)
        {
            Preconditions.Item(monitor, nameof(monitors));
        }

        Preconditions.NotNull(buckets);
        return Run(all, buckets, cancellationToken);
    }

    private async IAsyncEnumerable<KpiAlert> Run(SpikeAlertMonitor[] monitors, IAsyncEnumerable<IntradayBucket> buckets, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var bucket in buckets.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            foreach (var monitor in monitors)
            {
                if (await ObserveAsync(monitor, bucket, cancellationToken).ConfigureAwait(false) is { } alert)
                {
                    yield return alert;
                }
            }
        }
    }
}
