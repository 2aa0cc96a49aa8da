using KpiToolkit.Alerts;
using KpiToolkit.Orleans.Wire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KpiToolkit.Orleans.Grains;

/// <summary>The persisted state of a brand's mention monitor.</summary>
[GenerateSerializer, Alias("KpiToolkit.Orleans.MentionMonitorState")]
internal sealed class MentionMonitorState
{
    /// <summary>Gets the counts of the buckets not closed yet, and of those closed in the last two days (to see late mentions), by bucket start in Unix seconds, then by channel.</summary>
    [Id(0)] public Dictionary<long, Dictionary<string, long>> Counts { get; set; } = [];

    /// <summary>Gets the latest publication instant of a mention counted: event time.</summary>
    [Id(1)] public WireInstant? Latest { get; set; }

    /// <summary>Gets the end of the last bucket closed.</summary>
    [Id(2)] public WireInstant? ClosedUntil { get; set; }

    /// <summary>Gets the last buckets closed, oldest first, to warm the detector again after a move.</summary>
    [Id(3)] public List<BucketCount> History { get; set; } = [];

    /// <summary>Gets the buckets closed so far.</summary>
    [Id(4)] public long BucketsClosed { get; set; }

    /// <summary>Gets the alerts fired so far.</summary>
    [Id(5)] public long AlertsFired { get; set; }

    /// <summary>Gets the mentions that arrived for a bucket already closed.</summary>
    [Id(6)] public long LateMentions { get; set; }
}

/// <summary>
/// A brand's live mention monitor. The brand passes on, once per batch, the counts its partitions hold for the buckets
/// the batch's mentions fall in (replacing what was reported before, so a report sent twice changes nothing); a bucket closes once a mention published <see cref="KpiClusterOptions.AllowedLateness"/>
/// after its end has arrived, and closed buckets go, in time order with the empty ones, through the spike rule. Its alerts
/// go to every registered <see cref="IKpiAlertSink"/> before the state is written: after a failure an alert may be sent
/// again, never lost. The detector lives in memory; a monitor that moves to another silo warms a new one on the buckets
/// of its history, without sending their alerts again.
/// </summary>
internal sealed partial class MentionMonitorGrain(
    [PersistentState("monitor", KpiClusterOptions.StorageName)] IPersistentState<MentionMonitorState> state,
    MergeableIndicators indicators,
    IKpiAlertPublisher publisher,
    IClock clock,
    IOptions<KpiClusterOptions> options,
    ILogger<MentionMonitorGrain> logger) : Grain, IMentionMonitorGrain
{
    private static readonly Duration KeptAfterClosing = Duration.FromDays(2);
    private SpikeAlertMonitor? _spikes;

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _spikes = new SpikeAlertMonitor(options.Value.SpikeRule ?? new SpikeAlertRule("mention-spike"), this.GetPrimaryKeyString(), clock);
        foreach (var bucket in state.State.History)
        {
            // Warming only: these buckets' alerts were sent when they closed.
            _spikes.Observe(bucket.Start.ToInstant(), bucket.End.ToInstant(), bucket.Count);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task UpdateBucketsAsync(ChannelBuckets[] updates, WireInstant latest, CancellationToken cancellationToken)
    {
        var closedUntil = state.State.ClosedUntil?.ToInstant();
        foreach (var (channel, buckets) in updates)
        {
            foreach (var bucket in buckets)
            {
                var key = bucket.Start.UnixSeconds;
                if (!state.State.Counts.TryGetValue(key, out var byChannel))
                {
                    state.State.Counts[key] = byChannel = [];
                }

                var before = byChannel.GetValueOrDefault(channel);
                if (closedUntil is { } closed && bucket.Start.ToInstant() < closed && bucket.Count > before)
                {
                    state.State.LateMentions += bucket.Count - before;
                }

                byChannel[channel] = Math.Max(before, bucket.Count);
            }
        }

        // Event time never runs ahead of the clock: a mention dated in the future would otherwise close the buckets up to its date.
        var eventTime = Instant.Min(latest.ToInstant(), clock.GetCurrentInstant());
        if (state.State.Latest is not { } known || known.ToInstant() < eventTime)
        {
            state.State.Latest = WireInstant.From(eventTime);
        }

        var alerts = Close();
        foreach (var alert in alerts)
        {
            try
            {
                await publisher.PublishAsync(alert, cancellationToken);
            }
            catch (KpiAlertDeliveryException exception)
            {
                // The other sinks have it; the failing ones are the host's to fix, and the monitor goes on.
                LogDeliveryFailed(exception, alert.Rule, this.GetPrimaryKeyString());
            }
        }

        state.State.AlertsFired += alerts.Count;
        await state.WriteOrDeactivateAsync(this, cancellationToken);
    }

    /// <inheritdoc />
    public Task<MonitorStatus> StatusAsync(CancellationToken cancellationToken) => Task.FromResult(new MonitorStatus(
        state.State.ClosedUntil, state.State.Latest, state.State.BucketsClosed, state.State.AlertsFired, state.State.LateMentions));

    /// <summary>Closes, in time order, every bucket event time has passed by the allowed lateness; returns the alerts they fired.</summary>
    private List<KpiAlert> Close()
    {
        var alerts = new List<KpiAlert>();
        if (state.State.Latest is not { } latest || indicators.Volume is not { } volume || state.State.Counts.Count == 0 && state.State.ClosedUntil is null)
        {
            return alerts;
        }

        var closeBefore = latest.ToInstant() - options.Value.AllowedLateness;
        var from = state.State.ClosedUntil?.ToInstant() ?? Instant.FromUnixTimeSeconds(state.State.Counts.Keys.Min());
        while (from < closeBefore)
        {
            // At most 30 days of buckets at a time, far below the series' limit whatever the bucket length.
            var to = Instant.Min(closeBefore, from + Duration.FromDays(30));
            var closedAny = false;
            foreach (var bucket in volume.IntradaySeries([], options.Value.MentionBucket, from, to))
            {
                if (!bucket.IsComplete)
                {
                    continue;
                }

                var count = state.State.Counts.TryGetValue(bucket.Start.ToUnixTimeSeconds(), out var byChannel) ? byChannel.Values.Sum() : 0;
                if (_spikes!.Observe(bucket.Start, bucket.End, count) is { } alert)
                {
                    alerts.Add(alert);
                }

                Remember(new BucketCount(WireInstant.From(bucket.Start), WireInstant.From(bucket.End), count));
                state.State.ClosedUntil = WireInstant.From(bucket.End);
                closedAny = true;
            }

            if (!closedAny)
            {
                break;
            }

            from = state.State.ClosedUntil!.Value.ToInstant();
        }

        Forget();
        return alerts;
    }

    private void Remember(BucketCount bucket)
    {
        state.State.BucketsClosed++;
        state.State.History.Add(bucket);
        var excess = state.State.History.Count - options.Value.MonitorHistory;
        if (excess > 0)
        {
            state.State.History.RemoveRange(0, excess);
        }
    }

    /// <summary>Drops the counts of buckets closed more than two days ago: a later report for them only adds to the late mentions.</summary>
    private void Forget()
    {
        if (state.State.ClosedUntil is not { } closed)
        {
            return;
        }

        var horizon = (closed.ToInstant() - KeptAfterClosing).ToUnixTimeSeconds();
        foreach (var start in state.State.Counts.Keys.Where(start => start < horizon).ToList())
        {
            state.State.Counts.Remove(start);
        }
    }

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "A sink failed to deliver the alert {Rule} of brand {Brand}; the other sinks have it.")]
    private partial void LogDeliveryFailed(Exception exception, string rule, string brand);
}
