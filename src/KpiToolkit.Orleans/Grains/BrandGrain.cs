using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KpiToolkit.Orleans.Grains;

/// <summary>The persisted state of a brand.</summary>
[GenerateSerializer, Alias("KpiToolkit.Orleans.BrandState")]
internal sealed class BrandState
{
    /// <summary>Gets the keys of the brand's month nodes: every kind, channel and month that holds a record.</summary>
    [Id(0)] public HashSet<string> MonthNodes { get; set; } = [];

    /// <summary>Gets the receipts of the batches remembered, by batch id.</summary>
    [Id(1)] public Dictionary<string, IngestReceipt> Receipts { get; set; } = [];

    /// <summary>Gets the remembered batch ids, oldest first, so the oldest is forgotten first.</summary>
    [Id(2)] public List<string> ReceiptOrder { get; set; } = [];

    /// <summary>Gets the channels (their address keys) with activity rows.</summary>
    [Id(3)] public HashSet<string> ActivityChannels { get; set; } = [];
}

/// <summary>
/// A brand: it splits each batch by kind, channel and day, hands each part to its partition and waits until every
/// partition has persisted it; then it records the batch's receipt. A batch delivered again gets its first receipt back;
/// a batch cut short by a failure is sent again by its sender, and the partitions count only what they did not hold.
/// The counts of the buckets the batch's mentions fall in then go to the brand's monitor, in one report.
/// Queries go down the tree (brand, month nodes) and their totals come back merged.
/// </summary>
internal sealed class BrandGrain(
    [PersistentState("brand", KpiClusterOptions.StorageName)] IPersistentState<BrandState> state,
    MergeableIndicators indicators,
    ReportingCalendar calendar,
    IKpiObjectiveSource objectives,
    IOptions<KpiClusterOptions> options) : Grain, IBrandGrain
{
    /// <inheritdoc />
    public async Task<IngestReceipt> IngestAsync(ActivityBatch batch, CancellationToken cancellationToken)
    {
        if (state.State.Receipts.TryGetValue(batch.Id, out var first))
        {
            return first with { IsRepeatedBatch = true };
        }

        var brand = this.GetPrimaryKeyString();
        var rejected = new List<RejectedRecord>();
        var posts = Split(brand, RecordKind.Posts, batch.Posts, post => post.Channel, post => post.PublishedAt, post => post.Id, rejected);
        var mentions = Split(brand, RecordKind.Mentions, batch.Mentions, mention => mention.Channel, mention => mention.PublishedAt, mention => mention.Id, rejected);
        var postReceipts = posts.Select(part => GrainFactory.GetGrain<IPartitionGrain>(part.Key.ToString()).AddPostsAsync([.. part.Value], cancellationToken));
        var mentionReceipts = mentions.Select(part => GrainFactory.GetGrain<IPartitionGrain>(part.Key.ToString()).AddMentionsAsync([.. part.Value], cancellationToken));
        var activity = SplitActivity(brand, batch.ChannelActivity, rejected);
        var activityReceipts = activity.Select(part => GrainFactory.GetGrain<IAccountActivityGrain>(part.Key).AddRowsAsync([.. part.Value], cancellationToken));
        var postResults = await Task.WhenAll(postReceipts);
        var mentionResults = await Task.WhenAll(mentionReceipts);
        var activityResults = await Task.WhenAll(activityReceipts);

        var latest = mentions.Count == 0 ? default(Instant?) : mentions.Values.SelectMany(part => part).Max(mention => mention.PublishedAt);
        if (latest is { } eventTime)
        {
            // One report per batch: the counts the partitions hold for the buckets of the batch's mentions, sent again by a retry.
            var updates = mentions.Keys.Zip(mentionResults, (address, result) => new ChannelBuckets(address.Channel, result.Buckets))
                .Where(update => update.Buckets.Length > 0)
                .ToArray();
            await GrainFactory.GetGrain<IMentionMonitorGrain>(brand).UpdateBucketsAsync(updates, WireInstant.From(eventTime), cancellationToken);
        }

        foreach (var address in posts.Keys.Concat(mentions.Keys))
        {
            state.State.MonthNodes.Add(address.MonthNode.ToString());
        }

        state.State.ActivityChannels.UnionWith(activity.Keys);

        var receipt = new IngestReceipt
        {
            BatchId = batch.Id,
            IsRepeatedBatch = false,
            PostsCounted = postResults.Sum(result => result.Counted),
            PostsAlreadyCounted = postResults.Sum(result => result.AlreadyCounted),
            PostsRestated = postResults.Sum(result => result.Restated),
            MentionsCounted = mentionResults.Sum(result => result.Counted),
            MentionsAlreadyCounted = mentionResults.Sum(result => result.AlreadyCounted),
            Rejected = rejected,
            ActivityRowsCounted = activityResults.Sum(result => result.Counted),
            ActivityRowsAlreadyCounted = activityResults.Sum(result => result.AlreadyCounted),
            ActivityRowsRestated = activityResults.Sum(result => result.Restated),
        };
        Remember(receipt);
        await state.WriteOrDeactivateAsync(this, cancellationToken);
        if (Changed(receipt) && (await objectives.GetObjectivesAsync(brand, cancellationToken)).Count > 0)
        {
            // One way: the receipt does not wait for the evaluation, which batches arriving meanwhile share.
            await GrainFactory.GetGrain<IObjectivesGrain>(brand).KpisChangedAsync();
        }

        return receipt;
    }

    /// <inheritdoc />
    public async Task<PeriodTotals[]> AccumulateAsync(string indicator, int cadence, WireDate start, WireDate end, bool byChannel, CancellationToken cancellationToken)
    {
        var mergeable = indicators.Get(new IndicatorKey(indicator));
        // A calculator of another calendar than the cluster's may put a record on the day before or after its partition's.
        var first = start.ToLocalDate().PlusDays(-1);
        var last = end.ToLocalDate().PlusDays(1);
        var nodes = state.State.MonthNodes
            .Select(GrainAddress.Parse)
            .Where(node => node.Kind == mergeable.Kind && Overlaps(node, first, last))
            .Select(node => node.ToString())
            .Order(StringComparer.Ordinal)
            .ToList();
        var parts = await Task.WhenAll(nodes.Select(node =>
            GrainFactory.GetGrain<IMonthNodeGrain>(node).AccumulateAsync(indicator, cadence, start, end, byChannel, cancellationToken)));
        return PeriodMerge.Merge(parts.SelectMany(part => part))
            .OrderBy(group => group.Period.ToPeriod())
            .ThenBy(group => group.Channel, StringComparer.OrdinalIgnoreCase)
            .ToArray();
    }

    /// <inheritdoc />
    public async Task<ChannelActivity[]> ActivityRowsAsync(WireDate first, WireDate last, CancellationToken cancellationToken)
    {
        var parts = await Task.WhenAll(state.State.ActivityChannels
            .Order(StringComparer.Ordinal)
            .Select(key => GrainFactory.GetGrain<IAccountActivityGrain>(key).RowsAsync(first, last, cancellationToken)));
        return [.. parts.SelectMany(rows => rows)];
    }

    /// <inheritdoc />
    public Task<bool> HoldsPostsAsync(string? channelKey, CancellationToken cancellationToken) =>
        Task.FromResult(state.State.MonthNodes
            .Select(GrainAddress.Parse)
            .Any(node => node.Kind == RecordKind.Posts && (channelKey is null || node.Channel == channelKey)));

    private static bool Changed(IngestReceipt receipt) =>
        receipt.PostsCounted + receipt.PostsRestated + receipt.MentionsCounted + receipt.ActivityRowsCounted + receipt.ActivityRowsRestated > 0;

    private static bool Overlaps(GrainAddress node, LocalDate first, LocalDate last)
    {
        var monthStart = new LocalDate(node.Year, node.Month, 1);
        return monthStart <= last && monthStart.PlusMonths(1).PlusDays(-1) >= first;
    }

    private Dictionary<GrainAddress, List<T>> Split<T>(
        string brand, RecordKind kind, T[] records, Func<T, Channel?> channel, Func<T, Instant> publishedAt, Func<T, string> id, List<RejectedRecord> rejected)
    {
        var parts = new Dictionary<GrainAddress, List<T>>();
        // A record is its channel and id, as in one pass: the same id on two channels is two records. Its later copies in
        // the batch go to its first copy's partition, even when their day differs.
        var addresses = new Dictionary<(string Channel, string Id), GrainAddress>();
        var name = kind == RecordKind.Posts ? "post" : "mention";
        foreach (var record in records)
        {
            var key = (GrainAddress.ChannelKey(channel(record)), id(record));
            if (!addresses.TryGetValue(key, out var address))
            {
                var date = calendar.ToLocalDate(publishedAt(record));
                if (date < ReportingPeriod.EarliestDay || date > ReportingPeriod.LatestDay)
                {
                    rejected.Add(new RejectedRecord(
                        name,
                        id(record),
                        $"published on {date:uuuu-MM-dd} in {calendar.Zone.Id}, outside the reporting periods ({ReportingPeriod.EarliestDay:uuuu-MM-dd} to {ReportingPeriod.LatestDay:uuuu-MM-dd})."));
                    continue;
                }

                addresses[key] = address = GrainAddress.Partition(brand, kind, channel(record), date);
            }

            if (!parts.TryGetValue(address, out var part))
            {
                parts[address] = part = [];
            }

            part.Add(record);
        }

        return parts;
    }

    /// <summary>
    /// Groups activity rows by the grain of their channel, in batch order, so a later row of the same days replaces an
    /// earlier one; rows with a day outside the reporting periods are rejected.
    /// </summary>
    private static Dictionary<string, List<ChannelActivity>> SplitActivity(string brand, ChannelActivity[] rows, List<RejectedRecord> rejected)
    {
        var parts = new Dictionary<string, List<ChannelActivity>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.Dates.Start < ReportingPeriod.EarliestDay || row.Dates.End > ReportingPeriod.LatestDay)
            {
                rejected.Add(new RejectedRecord(
                    "channel activity",
                    $"{row.Channel} {AccountActivityGrain.DaysKey(row.Dates)}",
                    $"covers days outside the reporting periods ({ReportingPeriod.EarliestDay:uuuu-MM-dd} to {ReportingPeriod.LatestDay:uuuu-MM-dd})."));
                continue;
            }

            var key = AccountActivityGrain.Key(brand, row.Channel);
            if (!parts.TryGetValue(key, out var part))
            {
                parts[key] = part = [];
            }

            part.Add(row);
        }

        return parts;
    }

    private void Remember(IngestReceipt receipt)
    {
        state.State.Receipts[receipt.BatchId] = receipt;
        state.State.ReceiptOrder.Add(receipt.BatchId);
        var forgotten = state.State.ReceiptOrder.Count - options.Value.RememberedBatches;
        if (forgotten > 0)
        {
            foreach (var id in state.State.ReceiptOrder.Take(forgotten))
            {
                state.State.Receipts.Remove(id);
            }

            state.State.ReceiptOrder.RemoveRange(0, forgotten);
        }
    }
}
