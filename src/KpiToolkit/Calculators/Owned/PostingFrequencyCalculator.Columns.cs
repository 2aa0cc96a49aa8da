using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The columnar path of <see cref="PostingFrequencyCalculator"/>: the same results as over rows, read from <see cref="PostColumns"/>.</summary>
public sealed partial class PostingFrequencyCalculator
{
    /// <summary>Computes the frequency over every post of the columns published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The same result as <see cref="Calculate(IEnumerable{SocialPost}, ReportingPeriod, Channel?)"/> over the same posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(PostColumns posts, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        var start = interval.Start.ToUnixTimeTicks();
        var length = (ulong)(interval.End.ToUnixTimeTicks() - start);
        var ticks = posts.PublishedAtTicks;
        long count = 0;
        if (channel is not { } kept)
        {
            foreach (var at in ticks)
            {
                count += (ulong)(at - start) < length ? 1 : 0;
            }

            return posts.Count > 0 ? ToResult(count, period, null) : NoData(period, null);
        }

        // A channel absent from the table matches no post; -1 is never a post's channel id.
        var keptId = ColumnTables.IndexOf(posts.Channels, kept);
        var channels = posts.ChannelIds;
        long seen = 0;
        for (var i = 0; i < ticks.Length; i++)
        {
            var match = channels[i] == keptId ? 1 : 0;
            seen += match;
            count += match & ((ulong)(ticks[i] - start) < length ? 1 : 0);
        }

        return seen > 0 ? ToResult(count, period, channel) : NoData(period, channel);
    }

    /// <summary>Computes the frequency of each channel of the columns that published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>One result per channel, ordered by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(PostColumns posts, ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        return ToResults(Count(posts, PeriodAssignment.Fixed(period, Calendar), byChannel: true));
    }

    /// <summary>Computes the frequency for each period of <paramref name="cadence"/> in which the columns hold posts.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>One result per period, in time order.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriod(PostColumns posts, Cadence cadence) =>
        Results(CountGroups(posts, PeriodAssignment.ByCadence(cadence, Calendar), byChannel: false));

    /// <summary>Computes the frequency for each period of <paramref name="cadence"/> and each channel of the columns that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>One result per period and channel, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriodAndChannel(PostColumns posts, Cadence cadence) =>
        Results(CountGroups(posts, PeriodAssignment.ByCadence(cadence, Calendar), byChannel: true));

    /// <summary>Counts the posts of the columns per period of <paramref name="cadence"/> (and per channel when asked), to merge with other counts.</summary>
    /// <param name="posts">The posts, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="byChannel">Whether each channel gets its own groups.</param>
    /// <returns>The counts of the periods (and channels) that hold posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public GroupedAccumulators<CountAccumulator> AccumulateByPeriod(PostColumns posts, Cadence cadence, bool byChannel = false) =>
        Count(posts, PeriodAssignment.ByCadence(cadence, Calendar), byChannel);

    private static GroupedAccumulators<CountAccumulator> Count(PostColumns posts, PeriodAssignment assignment, bool byChannel)
    {
        var groups = CountGroups(posts, assignment, byChannel);
        var counts = groups.States;
        return GroupedAccumulators<CountAccumulator>.FromGroups(
            byChannel, groups.Groups(static count => count > 0).Select(group => (group.Period, group.Channel, new CountAccumulator(counts[group.Group]))));
    }

    /// <summary>One result per group that holds posts, straight from the counts: the same results as <see cref="ToResults"/> over them.</summary>
    private ReadOnlyCollection<KpiResult> Results(ColumnGroups<long> groups)
    {
        var counts = groups.States;
        var found = groups.Groups(static count => count > 0);
        var results = new KpiResult[found.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = ToResult(counts[found[i].Group], found[i].Period, found[i].Channel);
        }

        return Array.AsReadOnly(results);
    }

    /// <summary>
    /// One pass over the ticks and channel ids: each post adds 1 to its group's count, group 0 taking the posts no group
    /// wants. Posts in time order come in runs of one period, read by a loop that compares only the instant.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    private static ColumnGroups<long> CountGroups(PostColumns posts, PeriodAssignment assignment, bool byChannel)
    {
        Preconditions.NotNull(posts);
        var groups = new ColumnGroups<long>(assignment, posts.Channels, byChannel);
        var ticks = posts.PublishedAtTicks;
        var channels = posts.ChannelIds;
        Preconditions.Check(channels.Length == ticks.Length, "The columns must hold one value per post.", nameof(posts));
        var columnOf = groups.ColumnOfChannel;
        var columnIsChannelId = groups.ColumnIsChannelId;
        ref var tick = ref MemoryMarshal.GetReference(ticks);
        ref var channel = ref MemoryMarshal.GetReference(channels);
        var i = 0;
        while (i < ticks.Length)
        {
            // Outside the periods wanted the first group is -1 and the run holds the posts no period wants, which go to group 0.
            var (first, periodStart, periodLength) = groups.Enter(Unsafe.Add(ref tick, i));
            var states = groups.States;
            if (first >= 0 && columnIsChannelId)
            {
                // Every channel kept, one column each: a post's group is the period's first plus its channel id, which the
                // columns checked to be below the channel count, and the period's groups fit in the states.
                ref var period = ref states[first];
                do
                {
                    Unsafe.Add(ref period, Unsafe.Add(ref channel, i))++;
                    i++;
                }
                while (i < ticks.Length && (ulong)(Unsafe.Add(ref tick, i) - periodStart) < (ulong)periodLength);
                continue;
            }

            do
            {
                var column = columnOf[Unsafe.Add(ref channel, i)];
                states[(column | first) < 0 ? 0 : first + column]++;
                i++;
            }
            while (i < ticks.Length && (ulong)(Unsafe.Add(ref tick, i) - periodStart) < (ulong)periodLength);
        }

        return groups;
    }
}
