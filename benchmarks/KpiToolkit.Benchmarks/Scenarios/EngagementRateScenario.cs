using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <summary>The engagement rate of one channel in one month: the sums and counts behind it.</summary>
/// <param name="Year">The year of the month.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Engagements">Reactions + comments + shares of the posts used.</param>
/// <param name="Reach">Reach of the posts used.</param>
/// <param name="Used">The posts used.</param>
/// <param name="SkippedForMissingCounters">The posts lacking reactions, comments, shares or reach.</param>
/// <param name="SkippedForZeroReach">The posts left out for reaching nobody: none for a ratio of sums, which keeps them.</param>
public sealed record EngagementGroup(
    int Year, int Month, Channel Channel, long Engagements, long Reach, long Used, long SkippedForMissingCounters, long SkippedForZeroReach)
{
    /// <summary>Gets the engagement rate as a ratio of sums, or null when no post was used.</summary>
    public double? Rate => Used > 0 ? (double)Engagements / Reach : null;
}

/// <summary>
/// Scenario 1: the engagement rate ((reactions + comments + shares) / reach, ratio of sums) by channel and local month,
/// posts lacking a counter skipped and counted, posts that reached nobody kept; computed by two hand-written loops, LINQ
/// and the library over rows and over columns (DuckDB's version is <see cref="DuckDbActivity.EngagementRate"/>).
/// </summary>
public static class EngagementRateScenario
{
    /// <summary>The library: <see cref="EngagementRateCalculator.CalculateByPeriodAndChannel"/> with the default variant.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>One result per month and channel.</returns>
    public static IReadOnlyList<KpiResult> Library(IEnumerable<SocialPost> posts, ReportingCalendar calendar) =>
        new EngagementRateCalculator(calendar: calendar).CalculateByPeriodAndChannel(posts, Cadence.Month);

    /// <summary>
    /// The library's columnar path: <see cref="EngagementRateCalculator.CalculateByPeriodAndChannel(PostColumns, Cadence, AudienceHistory?)"/>
    /// over <see cref="PostColumns"/> built beforehand.
    /// </summary>
    /// <param name="posts">The posts as columns.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>One result per month and channel.</returns>
    public static IReadOnlyList<KpiResult> LibraryColumns(PostColumns posts, ReportingCalendar calendar) =>
        new EngagementRateCalculator(calendar: calendar).CalculateByPeriodAndChannel(posts, Cadence.Month);

    /// <summary>
    /// The struct baseline: one pass over an array of 56-byte <see cref="CompactPost"/>. The months are computed once
    /// as UTC tick bounds; each post is compared with the current month's bounds (one unsigned compare), and only a
    /// post outside them bisects the bounds. Sums are <see cref="long"/>s in a flat array indexed
    /// [month * channels + channel]; a post lacking a counter is counted without a branch, by masking its addends.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone months are read in.</param>
    /// <param name="first">The first day the posts can fall on.</param>
    /// <param name="last">The last day the posts can fall on.</param>
    /// <returns>One group per month and channel with posts, by month then channel name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A post falls outside the months of <paramref name="first"/> to <paramref name="last"/>.</exception>
    public static List<EngagementGroup> StructLoop(CompactPosts posts, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        const int Needed = CounterBits.Interactions | CounterBits.Reach;
        var months = PeriodBounds.Months(zone, first, last);
        var bounds = months.Ticks;
        var channels = posts.Channels.Length;
        var sums = new Sums[months.Count * channels];
        long start = 0, length = 0;
        var offset = 0;
        foreach (ref readonly var post in posts.Posts.AsSpan())
        {
            var at = post.PublishedTicks;
            if ((ulong)(at - start) >= (ulong)length)
            {
                var month = months.IndexOfCovered(at);
                start = bounds[month];
                length = bounds[month + 1] - start;
                offset = month * channels;
            }

            ref var s = ref sums[offset + post.Channel];
            var used = (post.Reported & Needed) == Needed ? 1L : 0L;
            var mask = -used;
            s.Engagements += (post.Reactions + post.Comments + post.Shares) & mask;
            s.Reach += post.Reach & mask;
            s.Used += used;
            s.Skipped += used ^ 1;
        }

        var groups = new List<EngagementGroup>();
        for (var i = 0; i < sums.Length; i++)
        {
            if (sums[i].Used + sums[i].Skipped > 0)
            {
                groups.Add(sums[i].ToGroup(months.Starts[i / channels], posts.Channels[i % channels]));
            }
        }

        return groups;
    }

    /// <summary>
    /// The column baseline: the struct loop's pass written over the library's own <see cref="PostColumns"/>, as tightly
    /// as they allow. It reads the same six arrays the library reads (instants, channel ids, reactions, comments, shares
    /// and reach), ANDs the four validity bitmaps once per 64 posts, and adds into the same flat array of sums. What the
    /// library costs beyond it is the price of its code; what it costs beyond the struct loop is the price of the layout.
    /// </summary>
    /// <param name="posts">The posts as columns.</param>
    /// <param name="zone">The time zone months are read in.</param>
    /// <param name="first">The first day the posts can fall on.</param>
    /// <param name="last">The last day the posts can fall on.</param>
    /// <returns>One group per month and channel with posts, by month then channel name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A post falls outside the months of <paramref name="first"/> to <paramref name="last"/>.</exception>
    public static List<EngagementGroup> ColumnLoop(PostColumns posts, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var months = PeriodBounds.Months(zone, first, last);
        var channels = posts.Channels.Count;
        var sums = new Sums[months.Count * channels];
        if (posts.TryGetCounter(PostCounter.Reactions, out var reactions) && posts.TryGetCounter(PostCounter.Comments, out var comments) &&
            posts.TryGetCounter(PostCounter.Shares, out var shares) && posts.TryGetCounter(PostCounter.Reach, out var reach))
        {
            SumColumns(posts.PublishedAtTicks, posts.ChannelIds, reactions, comments, shares, reach, months, channels, sums);
        }
        else
        {
            // A counter no post reported: every post is skipped.
            CountSkipped(posts.PublishedAtTicks, posts.ChannelIds, months, channels, sums);
        }

        var groups = new List<EngagementGroup>();
        for (var i = 0; i < sums.Length; i++)
        {
            if (sums[i].Used + sums[i].Skipped > 0)
            {
                groups.Add(sums[i].ToGroup(months.Starts[i / channels], posts.Channels[i % channels]));
            }
        }

        groups.Sort(ByMonthThenChannel);
        return groups;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SumColumns(
        ReadOnlySpan<long> ticks, ReadOnlySpan<int> channelIds, CountColumn reactions, CountColumn comments, CountColumn shares, CountColumn reach,
        PeriodBounds months, int channels, Sums[] sums)
    {
        var bounds = months.Ticks;
        ref var tick = ref MemoryMarshal.GetReference(ticks);
        ref var a = ref MemoryMarshal.GetReference(reactions.Values);
        ref var b = ref MemoryMarshal.GetReference(comments.Values);
        ref var c = ref MemoryMarshal.GetReference(shares.Values);
        ref var d = ref MemoryMarshal.GetReference(reach.Values);
        ref var channel = ref MemoryMarshal.GetReference(channelIds);
        ref var sum = ref MemoryMarshal.GetArrayDataReference(sums);
        long start = 0, length = 0;
        var offset = 0;
        for (var block = 0; block < ticks.Length; block += 64)
        {
            // The posts of a 64-post block share one word of each validity bitmap.
            var word = block >> 6;
            var valid = Word(reactions, word) & Word(comments, word) & Word(shares, word) & Word(reach, word);
            var end = Math.Min(block + 64, ticks.Length);
            var j = block;
            while (j < end)
            {
                var at = Unsafe.Add(ref tick, j);
                if ((ulong)(at - start) >= (ulong)length)
                {
                    var month = months.IndexOfCovered(at);
                    start = bounds[month];
                    length = bounds[month + 1] - start;
                    offset = month * channels;
                }

                // The posts that follow in the same month need no other check than the loop's.
                ref var group = ref Unsafe.Add(ref sum, offset);
                do
                {
                    var used = (long)((valid >> (j & 63)) & 1UL);
                    var mask = -used;
                    ref var s = ref Unsafe.Add(ref group, Unsafe.Add(ref channel, j));
                    s.Engagements += (Unsafe.Add(ref a, j) + Unsafe.Add(ref b, j) + Unsafe.Add(ref c, j)) & mask;
                    s.Reach += Unsafe.Add(ref d, j) & mask;
                    s.Used += used;
                    s.Skipped += used ^ 1;
                    j++;
                }
                while (j < end && (ulong)(Unsafe.Add(ref tick, j) - start) < (ulong)length);
            }
        }
    }

    private static ulong Word(CountColumn column, int word) => column.AllReported ? ulong.MaxValue : column.Validity[word];

    private static void CountSkipped(ReadOnlySpan<long> ticks, ReadOnlySpan<int> channelIds, PeriodBounds months, int channels, Sums[] sums)
    {
        for (var j = 0; j < ticks.Length; j++)
        {
            sums[(months.IndexOfCovered(ticks[j]) * channels) + channelIds[j]].Skipped++;
        }
    }

    /// <summary>
    /// The row baseline: the same pass over the library's own <see cref="SocialPost"/> objects, written as tightly.
    /// The same precomputed month bounds (as instants, compared without conversion); the channel found by the
    /// identity of its name's string in a small array (<see cref="RowChannels"/>); the counters read through
    /// <see cref="SocialPost.Counters"/>; the same flat array of sums.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone months are read in.</param>
    /// <param name="first">The first day the posts can fall on.</param>
    /// <param name="last">The last day the posts can fall on.</param>
    /// <returns>One group per month and channel with posts, by month then channel name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A post falls outside the months of <paramref name="first"/> to <paramref name="last"/>.</exception>
    public static List<EngagementGroup> RowLoop(SocialPost[] posts, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var months = PeriodBounds.Months(zone, first, last);
        var bounds = months.Instants;
        var table = new RowChannels();
        var names = table.Names;
        var indexes = table.Indexes;
        var nameCount = 0;
        var capacity = 8;
        var sums = new Sums[months.Count * capacity];
        Instant start = Instant.MaxValue, end = Instant.MinValue;
        var month = 0;
        var offset = 0;
        foreach (var post in posts)
        {
            var at = post.PublishedAt;
            if (at < start || at >= end)
            {
                month = months.IndexOfCovered(at.ToUnixTimeTicks());
                start = bounds[month];
                end = bounds[month + 1];
                offset = month * capacity;
            }

            var name = post.Channel.Name;
            var n = 0;
            while (n < nameCount && !ReferenceEquals(names[n], name))
            {
                n++;
            }

            int channel;
            if (n < nameCount)
            {
                channel = indexes[n];
            }
            else
            {
                channel = table.Add(post.Channel);
                (names, indexes, nameCount) = (table.Names, table.Indexes, table.NameCount);
                if (table.Channels.Count > capacity)
                {
                    sums = RowChannels.Widen(sums, months.Count, ref capacity);
                    offset = month * capacity;
                }
            }

            ref var s = ref sums[offset + channel];
            var counters = post.Counters;
            if (counters.Reactions is { } reactions && counters.Comments is { } comments && counters.Shares is { } shares && counters.Reach is { } reach)
            {
                // A ratio of sums keeps a post that reached nobody: it adds its engagements.
                s.Engagements += reactions + comments + shares;
                s.Reach += reach;
                s.Used++;
            }
            else
            {
                s.Skipped++;
            }
        }

        var groups = new List<EngagementGroup>();
        for (var i = 0; i < sums.Length; i++)
        {
            if (sums[i].Used + sums[i].Skipped > 0)
            {
                groups.Add(sums[i].ToGroup(months.Starts[i / capacity], table.Channels[i % capacity]));
            }
        }

        groups.Sort(ByMonthThenChannel);
        return groups;
    }

    /// <summary>
    /// The straightforward LINQ a user writes: keep the usable posts, group by channel and local month, add up.
    /// It does not count the skipped posts (its groups report 0 skipped).
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone months are read in.</param>
    /// <returns>One group per month and channel, by month then channel name.</returns>
    public static List<EngagementGroup> Linq(SocialPost[] posts, DateTimeZone zone) =>
        posts
            .Where(p => p.Counters.Reactions is not null && p.Counters.Comments is not null && p.Counters.Shares is not null && p.Counters.Reach is not null)
            .GroupBy(p => (p.Channel, Month: p.PublishedAt.InZone(zone).Date.ToYearMonth()))
            .Select(g => new EngagementGroup(
                g.Key.Month.Year,
                g.Key.Month.Month,
                g.Key.Channel,
                g.Sum(p => p.Counters.Reactions!.Value + p.Counters.Comments!.Value + p.Counters.Shares!.Value),
                g.Sum(p => p.Counters.Reach!.Value),
                g.Count(),
                0,
                0))
            .OrderBy(g => g.Year)
            .ThenBy(g => g.Month)
            .ThenBy(g => g.Channel)
            .ToList();

    /// <summary>Reads the library's results as groups, to compare them.</summary>
    /// <param name="results">The library's results.</param>
    /// <returns>The groups.</returns>
    public static List<EngagementGroup> FromLibrary(IReadOnlyList<KpiResult> results) =>
        results
            .Select(r => new EngagementGroup(
                r.Period.Start.Year,
                r.Period.Start.Month,
                r.Channel!.Value,
                (long)(r.Inputs.Numerator ?? 0),
                (long)(r.Inputs.Denominator ?? 0),
                r.Inputs.RecordsUsed,
                r.Inputs.RecordsSkippedForMissingCounters,
                r.Inputs.RecordsSkippedForZeroDenominator))
            .ToList();

    /// <summary>Orders groups by month, then channel name, as the library does.</summary>
    /// <param name="a">A group.</param>
    /// <param name="b">Another group.</param>
    /// <returns>Their order.</returns>
    public static int ByMonthThenChannel(EngagementGroup a, EngagementGroup b) =>
        a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Channel.CompareTo(b.Channel);

    private struct Sums
    {
        public long Engagements;
        public long Reach;
        public long Used;
        public long Skipped;

        public readonly EngagementGroup ToGroup(LocalDate month, Channel channel) =>
            new(month.Year, month.Month, channel, Engagements, Reach, Used, Skipped, 0);
    }
}
