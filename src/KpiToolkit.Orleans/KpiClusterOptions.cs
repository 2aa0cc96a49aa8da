using KpiToolkit.Alerts;
using NodaTime;

namespace KpiToolkit.Orleans;

/// <summary>The settings of KpiToolkit's grains, read by every silo; checked when a silo starts.</summary>
/// <remarks>
/// The calendar (time zone and first day of the week) and the calculators are KpiToolkit's own
/// (<see cref="DependencyInjection.KpiToolkitOptions"/>), shared by the silos and the clients: a record's day, and so its partition, is
/// the day of the calendar's zone.
/// </remarks>
public sealed class KpiClusterOptions
{
    /// <summary>The name of the grain storage the grains keep their state in; the host registers a storage of this name.</summary>
    public const string StorageName = "KpiToolkit";

    /// <summary>
    /// Gets or sets the length of the intraday mention buckets the spike rule reads.
    /// </summary>
    /// <value>One hour: a crisis is seen within the hour, and an hour holds enough mentions of a mid-sized brand for a score to mean something.
    /// A whole number of minutes that divides a day, from 1 minute to 12 hours.</value>
    public Duration MentionBucket { get; set; } = Duration.FromHours(1);

    /// <summary>
    /// Gets or sets how long a bucket stays open after its end, in event time: a bucket closes, and the spike rule reads
    /// it, once a mention published this long after its end has arrived.
    /// </summary>
    /// <value>Ten minutes: monitoring tools deliver most mentions within minutes. From 0 to 1 day.</value>
    public Duration AllowedLateness { get; set; } = Duration.FromMinutes(10);

    /// <summary>Gets or sets the spike rule run over each brand's buckets.</summary>
    /// <value>Null: a <see cref="SpikeAlertRule"/> named <c>mention-spike</c> with its defaults (the recommended detector, ten mentions at least, spikes only, six hours of cool-down).</value>
    public SpikeAlertRule? SpikeRule { get; set; }

    /// <summary>Gets or sets how many closed buckets a monitor keeps, to warm its detector again when it moves to another silo.</summary>
    /// <value>2,016: twelve weeks of hourly buckets, more than the 2,000 points the default detector remembers. At least 1.</value>
    public int MonitorHistory { get; set; } = 2_016;

    /// <summary>Gets or sets how many batch ids a brand remembers, to answer a repeated batch with its first receipt.</summary>
    /// <value>10,000. At least 1. A batch older than that counts nothing again either: its records' ids are kept by their partitions.</value>
    public int RememberedBatches { get; set; } = 10_000;

    /// <summary>Gets or sets the most records a batch may hold.</summary>
    /// <value>100,000: a batch is one grain call, and one message. At least 1.</value>
    public int MaxBatchSize { get; set; } = 100_000;
}
