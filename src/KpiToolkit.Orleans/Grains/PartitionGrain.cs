using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Orleans.Grains;

/// <summary>The persisted state of a partition.</summary>
[GenerateSerializer, Alias("KpiToolkit.Orleans.PartitionState")]
internal sealed class PartitionState
{
    /// <summary>Gets the ids of the mentions counted, so that a copy counts nothing.</summary>
    [Id(0)] public HashSet<string> Ids { get; set; } = [];

    /// <summary>Gets each mergeable indicator's totals per day (and channel), by indicator key.</summary>
    [Id(1)] public Dictionary<string, DayTotals[]> Totals { get; set; } = [];

    /// <summary>Gets the mention counts of the day's intraday buckets, by bucket start in Unix seconds.</summary>
    [Id(2)] public Dictionary<long, BucketCount> Buckets { get; set; } = [];

    /// <summary>Gets whether the totals changed since the month node last acknowledged them.</summary>
    [Id(3)] public bool TotalsUnreported { get; set; }

    /// <summary>
    /// Gets the posts counted, by id, each as its last copy. A channel publishes a handful of posts a day, so a partition
    /// keeps them whole and a later copy with other figures (counters grown since the last export) can replace its own.
    /// They are kept in their wire form, plain fields that a storage's own serializer (ADO.NET's JSON by default) writes
    /// and reads back, which it cannot do for <see cref="SocialPost"/> itself.
    /// </summary>
    [Id(4)] public Dictionary<string, SocialPostSurrogate> Posts { get; set; } = [];
}

/// <summary>
/// One brand's records of one kind, channel and day. A mention whose id it already holds counts nothing. A post whose id
/// it holds replaces the held one when it has other figures and still falls on this channel and day (the platform's
/// counters grew since the last export), so the last copy delivered holds, as one pass keeps a post's last copy; a copy
/// that moved to another day counts nothing here. New and replaced records change each mergeable indicator's totals (a
/// day's posts are totalled again from the posts held), which are persisted, and only then reported up to the month
/// node. A report not acknowledged is sent again with the next call, so a silo that dies between the write and the
/// report loses nothing: the sender's retry finds every record already counted and reports. For mentions, the receipt
/// carries the counts of the buckets the call's mentions fall in, which the brand passes on to its monitor: a retry
/// carries them again.
/// </summary>
internal sealed class PartitionGrain(
    [PersistentState("partition", KpiClusterOptions.StorageName)] IPersistentState<PartitionState> state,
    MergeableIndicators indicators,
    ReportingCalendar calendar,
    IOptions<KpiClusterOptions> options) : Grain, IPartitionGrain
{
    private static readonly SocialPostConverter Converter = new();

    private GrainAddress _address;

    // The posts of the state, as posts.
    private Dictionary<string, SocialPost> _posts = [];

    /// <inheritdoc />
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _address = GrainAddress.Parse(this.GetPrimaryKeyString());
        _posts = state.State.Posts.ToDictionary(pair => pair.Key, pair => Converter.ConvertFromSurrogate(pair.Value));
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task<PartitionReceipt> AddPostsAsync(SocialPost[] posts, CancellationToken cancellationToken)
    {
        if (state.State.Ids.Count > 0)
        {
            return await AddPostsByIdAsync(posts, cancellationToken);
        }

        var (counted, alreadyCounted, restated) = (0, 0, 0);
        var held = _posts;
        foreach (var post in posts)
        {
            if (!held.TryGetValue(post.Id, out var copy))
            {
                counted++;
            }
            else if (copy.Equals(post) || !FallsHere(post))
            {
                alreadyCounted++;
                continue;
            }
            else
            {
                restated++;
            }

            held[post.Id] = post;
            state.State.Posts[post.Id] = Converter.ConvertToSurrogate(post);
        }

        if (counted + restated > 0)
        {
            // Totalled again from every post held, so a replaced copy's figures leave nothing behind.
            var dayPosts = held.Values.ToList();
            foreach (var indicator in indicators.Posts)
            {
                state.State.Totals[indicator.KeyText] = [.. indicator.AccumulateDays(dayPosts)];
            }

            state.State.TotalsUnreported = true;
            await state.WriteOrDeactivateAsync(this, cancellationToken);
        }

        await ReportAsync(cancellationToken);
        return new(counted, alreadyCounted, [], restated);
    }

    /// <summary>
    /// A partition of posts written before posts were kept whole holds their ids and totals only: it goes on counting new
    /// ids into its totals, and a copy of a post it holds counts nothing, since its first figures cannot be taken out.
    /// </summary>
    private async Task<PartitionReceipt> AddPostsByIdAsync(SocialPost[] posts, CancellationToken cancellationToken)
    {
        var fresh = Fresh(posts, post => post.Id, out var alreadyCounted);
        if (fresh.Count > 0)
        {
            foreach (var indicator in indicators.Posts)
            {
                AddTotals(indicator, indicator.AccumulateDays(fresh));
            }

            await state.WriteOrDeactivateAsync(this, cancellationToken);
        }

        await ReportAsync(cancellationToken);
        return new(fresh.Count, alreadyCounted, []);
    }

    /// <inheritdoc />
    public async Task<PartitionReceipt> AddMentionsAsync(Mention[] mentions, CancellationToken cancellationToken)
    {
        var fresh = Fresh(mentions, mention => mention.Id, out var alreadyCounted);
        if (fresh.Count > 0)
        {
            foreach (var indicator in indicators.Mentions)
            {
                AddTotals(indicator, indicator.AccumulateDays(fresh));
            }

            foreach (var bucket in BucketsOf(fresh))
            {
                var key = bucket.Start.ToUnixTimeSeconds();
                var counted = state.State.Buckets.TryGetValue(key, out var known) ? known.Count : 0;
                state.State.Buckets[key] = new BucketCount(WireInstant.From(bucket.Start), WireInstant.From(bucket.End), counted + bucket.Count);
            }

            await state.WriteOrDeactivateAsync(this, cancellationToken);
        }

        await ReportAsync(cancellationToken);
        var touched = BucketsOf(mentions).Select(bucket => state.State.Buckets[bucket.Start.ToUnixTimeSeconds()]).ToArray();
        return new(fresh.Count, alreadyCounted, touched);
    }

    /// <summary>
    /// Whether a copy with other figures than the post held is its platform's later figures: it still falls on this
    /// partition's channel and day. A copy that moved to another day (one sent with its first copy in a batch follows it
    /// here) stays a copy.
    /// </summary>
    private bool FallsHere(SocialPost post) =>
        GrainAddress.Partition(_address.Brand, RecordKind.Posts, post.Channel, calendar.ToLocalDate(post.PublishedAt)) == _address;

    private List<T> Fresh<T>(T[] records, Func<T, string> id, out int alreadyCounted)
    {
        var fresh = new List<T>(records.Length);
        foreach (var record in records)
        {
            if (state.State.Ids.Add(id(record)))
            {
                fresh.Add(record);
            }
        }

        alreadyCounted = records.Length - fresh.Count;
        return fresh;
    }

    private void AddTotals(MergeableIndicator indicator, IEnumerable<DayTotals> days)
    {
        var kept = state.State.Totals.TryGetValue(indicator.KeyText, out var existing) ? existing.ToList() : [];
        foreach (var day in days)
        {
            var index = kept.FindIndex(totals => totals.Day == day.Day && string.Equals(totals.Channel, day.Channel, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                kept.Add(day);
            }
            else
            {
                kept[index] = kept[index] with { Totals = PartialTotals.Merge(kept[index].Totals, day.Totals) };
            }
        }

        state.State.Totals[indicator.KeyText] = [.. kept];
        state.State.TotalsUnreported = true;
    }

    /// <summary>The intraday buckets of local clock time, in the volume calculator's zone, that hold mentions it counts.</summary>
    private IEnumerable<IntradayBucket> BucketsOf(IReadOnlyCollection<Mention> mentions)
    {
        if (mentions.Count == 0 || indicators.Volume is not { } volume)
        {
            return [];
        }

        var from = mentions.Min(mention => mention.PublishedAt);
        var to = mentions.Max(mention => mention.PublishedAt) + NodaTime.Duration.FromTicks(1);
        return volume.IntradaySeries(mentions, options.Value.MentionBucket, from, to).Where(bucket => bucket.Count > 0);
    }

    private async Task ReportAsync(CancellationToken cancellationToken)
    {
        if (state.State.TotalsUnreported)
        {
            await GrainFactory.GetGrain<IMonthNodeGrain>(_address.MonthNode.ToString())
                .UpdateDayAsync(_address.Day, state.State.Totals, cancellationToken);
            state.State.TotalsUnreported = false;
        }
    }
}
