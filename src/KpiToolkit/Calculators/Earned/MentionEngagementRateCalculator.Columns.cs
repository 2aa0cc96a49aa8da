using System.Numerics;
using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The columnar path of <see cref="MentionEngagementRateCalculator"/>: the same results as over rows, read from <see cref="MentionColumns"/>.</summary>
public sealed partial class MentionEngagementRateCalculator
{
    /// <summary>Computes the rate over the mentions of the columns published in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The same result as <see cref="Calculate(IEnumerable{Mention}, ReportingPeriod, Channel?)"/> over the same mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(MentionColumns mentions, ReportingPeriod period, Channel? channel = null) =>
        ToResult(Accumulate(mentions, period, channel), period, channel);

    /// <summary>Computes the rate for each period of <paramref name="cadence"/> in which the columns hold mentions.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>One result per period, in time order.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriod(MentionColumns mentions, Cadence cadence) =>
        ToResults(AccumulateByPeriod(mentions, cadence));

    /// <summary>Reads the mentions of the columns into one accumulator per period of <paramref name="cadence"/>, all channels together, to merge with others.</summary>
    /// <param name="mentions">The mentions, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The accumulators of the periods that hold mentions, of any subject, as over rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public GroupedAccumulators<RatioAccumulator> AccumulateByPeriod(MentionColumns mentions, Cadence cadence)
    {
        Preconditions.NotNull(mentions);
        return Accumulate(mentions, PeriodAssignment.ByCadence(cadence, Calendar), channel: null);
    }

    /// <summary>Reads the mentions of the columns published in one period into an accumulator, to merge with others computed separately.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or <paramref name="period"/> is null.</exception>
    public RatioAccumulator Accumulate(MentionColumns mentions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(mentions);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var groups = Accumulate(mentions, PeriodAssignment.Fixed(period, Calendar), channel);
        return groups.TryGet(period, null, out var accumulator) ? accumulator : new RatioAccumulator(Aggregation);
    }

    private GroupedAccumulators<RatioAccumulator> Accumulate(MentionColumns mentions, PeriodAssignment assignment, Channel? channel)
    {
        var filter = new MentionFilter(mentions, Subject, channel);
        if (Aggregation != Aggregation.RatioOfSums)
        {
            return RecordPass(mentions, assignment, filter);
        }

        // Reactions + comments + shares and potential reach, each bounded by its column's largest value.
        var bound = ((Int128)mentions.Reactions.Max + mentions.Comments.Max + mentions.Shares.Max) * mentions.Count;
        var reachBound = (Int128)mentions.PotentialReach.Max * mentions.Count;
        return bound <= long.MaxValue && reachBound <= long.MaxValue
            ? SumPass<long>(mentions, assignment, filter)
            : SumPass<Int128>(mentions, assignment, filter);
    }

    /// <summary>
    /// A ratio of sums: per step, each mention the channel keeps marks its period's group; one of another subject adds
    /// nothing more, one missing a counter or its reach is counted as missing, and the others add their counters column by column.
    /// </summary>
    private GroupedAccumulators<RatioAccumulator> SumPass<TSum>(MentionColumns mentions, PeriodAssignment assignment, MentionFilter filter)
        where TSum : struct, IBinaryInteger<TSum>
    {
        var groups = new ColumnGroups<Sums<TSum>>(assignment, [], byChannel: false);
        ReadOnlySpan<CountColumn> counters = [mentions.Reactions, mentions.Comments, mentions.Shares, mentions.PotentialReach];
        var subjects = mentions.SubjectIds;
        Span<int> rowGroups = stackalloc int[MentionFilter.StepRows];
        Span<ulong> valid = stackalloc ulong[MentionFilter.StepRows / 64];
        for (var start = 0; start < mentions.Count; start += MentionFilter.StepRows)
        {
            var length = Math.Min(MentionFilter.StepRows, mentions.Count - start);
            var stepGroups = rowGroups[..length];
            filter.GroupsOf(groups, mentions, start, stepGroups, bySubject: false);
            var stepValid = valid[..CountColumn.WordsFor(length)];
            ColumnValidity.And(counters, start, stepValid);
            var states = groups.States;
            for (var j = 0; j < stepGroups.Length; j++)
            {
                ref var state = ref states[stepGroups[j]];
                state.Mentions++;
                var kept = filter.KeepsSubject(subjects[start + j]) ? 1 : 0;
                var reported = ColumnValidity.Bit(stepValid, j);
                state.Missing += kept & (1 - reported);
                state.Used += kept & reported;

                // A mention not used goes to group 0, so the sums below skip it without a branch.
                stepGroups[j] *= kept & reported;
            }

            for (var c = 0; c < 3; c++)
            {
                var values = counters[c].Values.Slice(start, length);
                for (var j = 0; j < stepGroups.Length; j++)
                {
                    states[stepGroups[j]].Interactions += TSum.CreateTruncating(values[j]);
                }
            }

            var reach = mentions.PotentialReach.Values.Slice(start, length);
            for (var j = 0; j < stepGroups.Length; j++)
            {
                states[stepGroups[j]].Reach += TSum.CreateTruncating(reach[j]);
            }
        }

        var finalStates = groups.States;
        return GroupedAccumulators<RatioAccumulator>.FromGroups(
            byChannel: false,
            groups.Groups(static state => state.Mentions > 0).Select(group =>
            {
                var state = finalStates[group.Group];
                return (group.Period, group.Channel, RatioAccumulator.FromTotals(
                    Aggregation.RatioOfSums, Int128.CreateTruncating(state.Interactions), Int128.CreateTruncating(state.Reach), state.Used, recordsSkippedForMissingCounters: state.Missing));
            }));
    }

    /// <summary>A mean of ratios or a median: each mention measured alone, in the order of the columns, as over rows, without a row object.</summary>
    private GroupedAccumulators<RatioAccumulator> RecordPass(MentionColumns mentions, PeriodAssignment assignment, MentionFilter filter)
    {
        var groups = new ColumnGroups<RatioAccumulator?>(assignment, [], byChannel: false);
        var subjects = mentions.SubjectIds;
        var (reactions, comments, shares, reach) = (mentions.Reactions, mentions.Comments, mentions.Shares, mentions.PotentialReach);
        Span<int> rowGroups = stackalloc int[MentionFilter.StepRows];
        for (var start = 0; start < mentions.Count; start += MentionFilter.StepRows)
        {
            var stepGroups = rowGroups[..Math.Min(MentionFilter.StepRows, mentions.Count - start)];
            filter.GroupsOf(groups, mentions, start, stepGroups, bySubject: false);
            var states = groups.States;
            for (var j = 0; j < stepGroups.Length; j++)
            {
                var group = stepGroups[j];
                if (group == 0)
                {
                    continue;
                }

                // As over rows, a mention of another subject opens its period's group but adds nothing to it.
                var accumulator = states[group] ??= new RatioAccumulator(Aggregation);
                var row = start + j;
                if (!filter.KeepsSubject(subjects[row]))
                {
                    continue;
                }

                if (reactions.IsReported(row) && comments.IsReported(row) && shares.IsReported(row) && reach.IsReported(row))
                {
                    accumulator.Add((Int128)reactions.Values[row] + comments.Values[row] + shares.Values[row], reach.Values[row]);
                }
                else
                {
                    accumulator.SkipMissingCounter();
                }
            }
        }

        var finalStates = groups.States;
        return GroupedAccumulators<RatioAccumulator>.FromGroups(
            byChannel: false, groups.Groups(static state => state is not null).Select(group => (group.Period, group.Channel, finalStates[group.Group]!)));
    }

    /// <summary>The running sums of one group of the sum pass.</summary>
    private struct Sums<TSum>
        where TSum : struct, IBinaryInteger<TSum>
    {
        public TSum Interactions;
        public TSum Reach;
        public long Mentions;
        public long Used;
        public long Missing;
    }
}
