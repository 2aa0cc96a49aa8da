using KpiToolkit.Activity;
using KpiToolkit.Orleans.Wire;
using Orleans.Concurrency;

namespace KpiToolkit.Orleans.Grains;

/// <summary>A brand: the entry of its batches, the catalog of its month nodes, and the root of the query tree.</summary>
[Alias("KpiToolkit.Orleans.IBrandGrain")]
internal interface IBrandGrain : IGrainWithStringKey
{
    /// <summary>Counts a batch's records once: a batch id or a record id already acknowledged counts nothing again.</summary>
    [Alias("Ingest")]
    Task<IngestReceipt> IngestAsync(ActivityBatch batch, CancellationToken cancellationToken);

    /// <summary>Merges the totals of an indicator over a range of days, per period of a cadence (and channel).</summary>
    [Alias("Accumulate"), AlwaysInterleave]
    Task<PeriodTotals[]> AccumulateAsync(string indicator, int cadence, WireDate start, WireDate end, bool byChannel, CancellationToken cancellationToken);

    /// <summary>Returns the brand's activity rows, of every channel, with at least one day from <paramref name="first"/> to <paramref name="last"/>.</summary>
    [Alias("ActivityRows"), AlwaysInterleave]
    Task<ChannelActivity[]> ActivityRowsAsync(WireDate first, WireDate last, CancellationToken cancellationToken);

    /// <summary>Whether the brand holds a post on any day: of the channel whose address key is <paramref name="channelKey"/>, or of any channel when null.</summary>
    [Alias("HoldsPosts"), AlwaysInterleave]
    Task<bool> HoldsPostsAsync(string? channelKey, CancellationToken cancellationToken);
}

/// <summary>A node of the tree: the totals of one brand's month of one kind and channel, pushed up by its day partitions.</summary>
[Alias("KpiToolkit.Orleans.IMonthNodeGrain")]
internal interface IMonthNodeGrain : IGrainWithStringKey
{
    /// <summary>Replaces what a day partition last reported: sending the same totals again changes nothing.</summary>
    [Alias("UpdateDay")]
    Task UpdateDayAsync(int day, Dictionary<string, DayTotals[]> totals, CancellationToken cancellationToken);

    /// <summary>Merges the month's totals of an indicator over a range of days, per period of a cadence (and channel).</summary>
    [Alias("Accumulate"), AlwaysInterleave]
    Task<PeriodTotals[]> AccumulateAsync(string indicator, int cadence, WireDate start, WireDate end, bool byChannel, CancellationToken cancellationToken);
}

/// <summary>A partition: one brand's records of one kind, channel and day, counted once each.</summary>
[Alias("KpiToolkit.Orleans.IPartitionGrain")]
internal interface IPartitionGrain : IGrainWithStringKey
{
    /// <summary>Adds posts not seen before to the partition's totals, persists them, and reports them up the tree.</summary>
    [Alias("AddPosts")]
    Task<PartitionReceipt> AddPostsAsync(SocialPost[] posts, CancellationToken cancellationToken);

    /// <summary>Adds mentions not seen before to the partition's totals and buckets, persists them, and reports them up the tree.</summary>
    [Alias("AddMentions")]
    Task<PartitionReceipt> AddMentionsAsync(Mention[] mentions, CancellationToken cancellationToken);
}

/// <summary>One brand's activity rows of one channel, one per run of days.</summary>
[Alias("KpiToolkit.Orleans.IAccountActivityGrain")]
internal interface IAccountActivityGrain : IGrainWithStringKey
{
    /// <summary>Adds rows for days not held, replaces the rows whose counts were restated, and persists them.</summary>
    [Alias("AddRows")]
    Task<ActivityReceipt> AddRowsAsync(ChannelActivity[] rows, CancellationToken cancellationToken);

    /// <summary>Returns the rows with at least one day from <paramref name="first"/> to <paramref name="last"/>, in order of days.</summary>
    [Alias("Rows"), AlwaysInterleave]
    Task<ChannelActivity[]> RowsAsync(WireDate first, WireDate last, CancellationToken cancellationToken);
}

/// <summary>What an account's activity grain did with the rows it was given.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.ActivityReceipt")]
internal readonly record struct ActivityReceipt([property: Id(0)] int Counted, [property: Id(1)] int AlreadyCounted, [property: Id(2)] int Restated);

/// <summary>A brand's objectives, evaluated as the brand's KPIs change.</summary>
[Alias("KpiToolkit.Orleans.IObjectivesGrain")]
internal interface IObjectivesGrain : IGrainWithStringKey
{
    /// <summary>Tells the grain the brand's records changed: it evaluates the objectives again, without keeping the sender waiting.</summary>
    [Alias("KpisChanged"), OneWay, AlwaysInterleave]
    Task KpisChangedAsync();

    /// <summary>Evaluates the objectives with every record acknowledged so far and returns each one's snapshot, in the trees' order.</summary>
    [Alias("Snapshots"), AlwaysInterleave]
    Task<ObjectiveSnapshotWire[]> SnapshotsAsync(CancellationToken cancellationToken);
}

/// <summary>A brand's live mention monitor: intraday buckets closed as event time passes them, and the spike rule run over them.</summary>
[Alias("KpiToolkit.Orleans.IMentionMonitorGrain")]
internal interface IMentionMonitorGrain : IGrainWithStringKey
{
    /// <summary>Replaces the partitions' counts of their buckets, then closes the buckets event time has passed.</summary>
    [Alias("UpdateBuckets")]
    Task UpdateBucketsAsync(ChannelBuckets[] updates, WireInstant latest, CancellationToken cancellationToken);

    /// <summary>Returns the monitor's state: the buckets closed, the alerts fired, the mentions that came too late.</summary>
    [Alias("Status"), AlwaysInterleave]
    Task<MonitorStatus> StatusAsync(CancellationToken cancellationToken);
}

/// <summary>
/// What a partition did with the records it was given, and for mentions the counts of the intraday buckets they fall
/// in (every mention counted so far, not only this call's), for the brand to pass on to its monitor.
/// </summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.PartitionReceipt")]
internal readonly record struct PartitionReceipt(
    [property: Id(0)] int Counted, [property: Id(1)] int AlreadyCounted, [property: Id(2)] BucketCount[] Buckets, [property: Id(3)] int Restated = 0);

/// <summary>The counts of some buckets of one channel's mentions, as its partitions last counted them.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.ChannelBuckets")]
internal readonly record struct ChannelBuckets([property: Id(0)] string Channel, [property: Id(1)] BucketCount[] Buckets);
