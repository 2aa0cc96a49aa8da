using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The columnar path of <see cref="PostRatioCalculator"/>: the same results as over rows, read from <see cref="PostColumns"/>.</summary>
public abstract partial class PostRatioCalculator
{
    // Rows handled per step of the sum pass: their groups fit in 4 KB of stack, and every counter column is read
    // over the whole step before the next, so each column streams through the cache once.
    private const int StepRows = 1024;

    /// <summary>Computes the indicator over every post of the columns published in <paramref name="period"/>, all channels together.</summary>
    /// <param name="posts">The posts, in any order; those outside the period are ignored.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>The same result as <see cref="Calculate(IEnumerable{SocialPost}, ReportingPeriod, AudienceHistory?)"/> over the same posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(PostColumns posts, ReportingPeriod period, AudienceHistory? audience = null) =>
        ToResult(Accumulate(posts, period, audience), period);

    /// <summary>Computes the indicator for each channel of the columns that published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per channel, ordered by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(PostColumns posts, ReportingPeriod period, AudienceHistory? audience = null)
    {
        Preconditions.NotNull(period);
        return ToResults(Accumulate(posts, audience, PeriodAssignment.Fixed(period, Calendar), byChannel: true, only: null));
    }

    /// <summary>Computes the indicator for each period of <paramref name="cadence"/> in which the columns hold posts, all channels together.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per period, in time order.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriod(PostColumns posts, Cadence cadence, AudienceHistory? audience = null) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: false, audience));

    /// <summary>Computes the indicator for each period of <paramref name="cadence"/> and each channel of the columns that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per period and channel, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriodAndChannel(PostColumns posts, Cadence cadence, AudienceHistory? audience = null) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: true, audience));

    /// <summary>Reads the columns into one accumulator per period of <paramref name="cadence"/> (and per channel when asked), to merge with others.</summary>
    /// <param name="posts">The posts, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="byChannel">Whether each channel gets its own groups.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>The accumulators of the periods (and channels) that hold posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public GroupedAccumulators<RatioAccumulator> AccumulateByPeriod(PostColumns posts, Cadence cadence, bool byChannel = false, AudienceHistory? audience = null) =>
        Accumulate(posts, audience, PeriodAssignment.ByCadence(cadence, Calendar), byChannel, only: null);

    /// <summary>Reads the posts of the columns published in one period (and optionally one channel) into an accumulator.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public RatioAccumulator Accumulate(PostColumns posts, ReportingPeriod period, AudienceHistory? audience = null, Channel? channel = null)
    {
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var groups = Accumulate(posts, audience, PeriodAssignment.Fixed(period, Calendar), byChannel: false, only: channel);
        return groups.TryGet(period, null, out var accumulator) ? accumulator : new RatioAccumulator(Aggregation);
    }

    /// <summary>The periods of one cadence in one pass over the columns, each custom period in a pass of its own.</summary>
    private IReadOnlyList<KpiResult> CalculateManyOverColumns(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(periods);
        Preconditions.OptionalChannel(channel);
        var byCadence = new Dictionary<Cadence, GroupedAccumulators<RatioAccumulator>>();
        var results = new KpiResult[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            var period = Preconditions.Item(periods[i], i, nameof(periods));
            // A custom period, or one the calendar does not cut that way (an ISO week in a calendar of Sunday weeks), is read alone.
            if (period.Cadence == Cadence.Custom || !Calendar.PeriodContaining(Calendar.ToInterval(period).Start, period.Cadence).Equals(period))
            {
                results[i] = ToResult(Accumulate(data.PostColumns, period, data.Audience, channel), period, channel);
                continue;
            }

            if (!byCadence.TryGetValue(period.Cadence, out var groups))
            {
                groups = byCadence[period.Cadence] = Accumulate(
                    data.PostColumns, data.Audience, PeriodAssignment.ByCadence(period.Cadence, Calendar), byChannel: false, only: channel);
            }

            var accumulator = groups.TryGet(period, null, out var found) ? found : new RatioAccumulator(Aggregation);
            results[i] = ToResult(accumulator, period, channel);
        }

        return results;
    }

    private GroupedAccumulators<RatioAccumulator> Accumulate(PostColumns posts, AudienceHistory? audience, PeriodAssignment assignment, bool byChannel, Channel? only)
    {
        Preconditions.NotNull(posts);
        audience ??= AudienceHistory.Empty;
        if (_numeratorFigure is not null)
        {
            // The platform's own figures are kept on rows only: read the columns as rows, with the same rules.
            var rows = only is { } kept ? posts.ToPosts().Where(post => post.Channel == kept) : posts.ToPosts();
            return Accumulate(rows, audience, assignment, byChannel);
        }

        return KeepsPlainSums
            ? SumPass(posts, assignment, byChannel, only)
            : RecordPass(posts, audience, assignment, byChannel, only);
    }

    /// <summary>A ratio of sums with a per-post denominator: sums in <see cref="long"/> unless the columns' largest values could overflow them.</summary>
    private GroupedAccumulators<RatioAccumulator> SumPass(PostColumns posts, PeriodAssignment assignment, bool byChannel, Channel? only)
    {
        var numerator = new CountColumn[_numeratorIds.Length];
        Int128 numeratorBound = 0;
        for (var i = 0; i < numerator.Length; i++)
        {
            // A kind no post reported makes every post miss it.
            numerator[i] = posts.CounterById(_numeratorIds[i]) ?? CountColumn.NoneReported(posts.Count);
            numeratorBound += numerator[i].Max;
        }

        CountColumn? denominator = _denominatorId < 0 ? null : posts.CounterById(_denominatorId) ?? CountColumn.NoneReported(posts.Count);
        var denominatorBound = (Int128)(denominator?.Max ?? 1);
        var fitsInLong = numeratorBound * posts.Count <= long.MaxValue && denominatorBound * posts.Count <= long.MaxValue;
        return fitsInLong
            ? SumPass<long>(posts, numerator, denominator, assignment, byChannel, only)
            : SumPass<Int128>(posts, numerator, denominator, assignment, byChannel, only);
    }

    private GroupedAccumulators<RatioAccumulator> SumPass<TSum>(
        PostColumns posts, CountColumn[] numerator, CountColumn? denominator, PeriodAssignment assignment, bool byChannel, Channel? only)
        where TSum : struct, IBinaryInteger<TSum>
    {
        var groups = new ColumnGroups<Sums<TSum>>(assignment, posts.Channels, byChannel, only);
        if (typeof(TSum) == typeof(long) && numerator.Length <= 3)
        {
            FusedSumPass((ColumnGroups<Sums<long>>)(object)groups, posts, numerator, denominator);
        }
        else
        {
            StepSumPass(groups, posts, numerator, denominator);
        }

        var finalStates = groups.States;
        return GroupedAccumulators<RatioAccumulator>.FromGroups(
            byChannel,
            groups.Groups(static state => state.Used + state.Missing > 0).Select(group =>
            {
                var state = finalStates[group.Group];
                var denominatorSum = denominator is null ? state.Used : Int128.CreateTruncating(state.Denominator);
                return (group.Period, group.Channel, RatioAccumulator.FromTotals(
                    Aggregation.RatioOfSums, Int128.CreateTruncating(state.Numerator), denominatorSum, state.Used, recordsSkippedForMissingCounters: state.Missing));
            }));
    }

    /// <summary>
    /// The common case in one loop per step: sums that fit in a <see cref="long"/> and at most three counters in the
    /// numerator (reactions, comments and shares). Each post finds its group with one compare against the current
    /// period's bounds, kept in locals, and writes its group once: a post missing a counter adds zeros, by mask.
    /// </summary>
    private static void FusedSumPass(ColumnGroups<Sums<long>> groups, PostColumns posts, CountColumn[] numerator, CountColumn? denominator)
    {
        var columnOf = groups.ColumnOfChannel;
        var states = groups.States;
        long periodStart = 0, periodLength = 0;
        var firstGroup = -1;
        Span<ulong> valid = stackalloc ulong[StepRows / 64];
        var zeros = ZeroStep.AsSpan();
        for (var start = 0; start < posts.Count; start += StepRows)
        {
            var length = Math.Min(StepRows, posts.Count - start);
            var ticks = posts.PublishedAtTicks.Slice(start, length);
            var channels = posts.ChannelIds.Slice(start, length);
            var stepValid = valid[..CountColumn.WordsFor(length)];
            Validity(numerator, denominator, start, stepValid);
            var a = numerator.Length > 0 ? numerator[0].Values.Slice(start, length) : zeros[..length];
            var b = numerator.Length > 1 ? numerator[1].Values.Slice(start, length) : zeros[..length];
            var c = numerator.Length > 2 ? numerator[2].Values.Slice(start, length) : zeros[..length];
            // Without a denominator column each post counts 1; the caller then divides by the posts used.
            var divisors = denominator is { } divisor ? divisor.Values.Slice(start, length) : zeros[..length];
            // Every span of the step holds `length` rows, so the loop reads them by reference without a bounds check each.
            ref var tick = ref MemoryMarshal.GetReference(ticks);
            ref var channel = ref MemoryMarshal.GetReference(channels);
            ref var first = ref MemoryMarshal.GetReference(a);
            ref var second = ref MemoryMarshal.GetReference(b);
            ref var third = ref MemoryMarshal.GetReference(c);
            ref var divisorOf = ref MemoryMarshal.GetReference(divisors);
            for (var word = 0; word < stepValid.Length; word++)
            {
                var bits = stepValid[word];
                var end = Math.Min(length, (word + 1) * 64);
                for (var j = word * 64; j < end; j++, bits >>= 1)
                {
                    var at = Unsafe.Add(ref tick, j);
                    if ((ulong)(at - periodStart) >= (ulong)periodLength)
                    {
                        // Outside any wanted period the bounds stay empty, so the next post looks again; -1 sends it to group 0.
                        firstGroup = groups.TryEnter(at, out periodStart, out periodLength);
                        states = groups.States;
                    }

                    var column = columnOf[Unsafe.Add(ref channel, j)];
                    var group = (column | firstGroup) < 0 ? 0 : firstGroup + column;
                    var reported = (long)(bits & 1UL);
                    var mask = -reported;
                    ref var state = ref states[group];
                    state.Numerator += (Unsafe.Add(ref first, j) + Unsafe.Add(ref second, j) + Unsafe.Add(ref third, j)) & mask;
                    state.Denominator += Unsafe.Add(ref divisorOf, j) & mask;
                    state.Used += reported;
                    state.Missing += reported ^ 1;
                }
            }
        }
    }

    /// <summary>Any sum type and any number of counters: the groups of a step found first, then each column added over the step.</summary>
    private static void StepSumPass<TSum>(ColumnGroups<Sums<TSum>> groups, PostColumns posts, CountColumn[] numerator, CountColumn? denominator)
        where TSum : struct, IBinaryInteger<TSum>
    {
        var ticks = posts.PublishedAtTicks;
        var channels = posts.ChannelIds;
        Span<int> rowGroups = stackalloc int[StepRows];
        Span<ulong> valid = stackalloc ulong[StepRows / 64];
        for (var start = 0; start < posts.Count; start += StepRows)
        {
            var length = Math.Min(StepRows, posts.Count - start);
            var stepGroups = rowGroups[..length];
            for (var j = 0; j < stepGroups.Length; j++)
            {
                stepGroups[j] = groups.GroupOf(ticks[start + j], channels[start + j]);
            }

            var states = groups.States;
            var stepValid = valid[..CountColumn.WordsFor(length)];
            Validity(numerator, denominator, start, stepValid);

            // Every post of the group counts; one missing a counter is counted and sent to group 0, so the sums below skip it without a branch.
            for (var j = 0; j < stepGroups.Length; j++)
            {
                var reported = (int)((stepValid[j >> 6] >> (j & 63)) & 1UL);
                ref var state = ref states[stepGroups[j]];
                state.Used += reported;
                state.Missing += 1 - reported;
                stepGroups[j] *= reported;
            }

            foreach (var column in numerator)
            {
                var values = column.Values.Slice(start, length);
                for (var j = 0; j < stepGroups.Length; j++)
                {
                    states[stepGroups[j]].Numerator += TSum.CreateTruncating(values[j]);
                }
            }

            if (denominator is { } divisor)
            {
                var values = divisor.Values.Slice(start, length);
                for (var j = 0; j < stepGroups.Length; j++)
                {
                    states[stepGroups[j]].Denominator += TSum.CreateTruncating(values[j]);
                }
            }
        }
    }

    // What the fused loop reads for a counter the formula does not have: adding it changes nothing.
    private static readonly long[] ZeroStep = new long[StepRows];

    /// <summary>Fills the validity bits of one step (a multiple of 64 rows from the start): set where every column reports the post.</summary>
    private static void Validity(CountColumn[] numerator, CountColumn? denominator, int start, Span<ulong> valid)
    {
        valid.Fill(ulong.MaxValue);
        var firstWord = start >> 6;
        foreach (var column in numerator)
        {
            And(column, firstWord, valid);
        }

        if (denominator is { } divisor)
        {
            And(divisor, firstWord, valid);
        }
    }

    private static void And(CountColumn column, int firstWord, Span<ulong> valid)
    {
        if (column.AllReported)
        {
            return;
        }

        var words = column.Validity.Slice(firstWord, valid.Length);
        for (var w = 0; w < valid.Length; w++)
        {
            valid[w] &= words[w];
        }
    }

    /// <summary>Any other aggregation or a follower denominator: each post measured alone, as over rows, without a row object.</summary>
    private GroupedAccumulators<RatioAccumulator> RecordPass(PostColumns posts, AudienceHistory audience, PeriodAssignment assignment, bool byChannel, Channel? only)
    {
        var groups = new ColumnGroups<RatioAccumulator?>(assignment, posts.Channels, byChannel, only);
        var (_, numerator, denominator, _) = ColumnsOf(posts);
        var ticks = posts.PublishedAtTicks;
        var channels = posts.ChannelIds;
        for (var i = 0; i < posts.Count; i++)
        {
            var group = groups.GroupOf(ticks[i], channels[i]);
            if (group == 0)
            {
                continue;
            }

            var accumulator = groups.States[group] ??= new RatioAccumulator(Aggregation);
            if (MeasureColumns(posts, i, numerator, denominator, audience, groups.EndOf(group), out var sum, out var divisor))
            {
                accumulator.Add(sum, divisor);
            }
            else
            {
                accumulator.SkipMissingCounter();
            }
        }

        var states = groups.States;
        return GroupedAccumulators<RatioAccumulator>.FromGroups(
            byChannel, groups.Groups(static state => state is not null).Select(group => (group.Period, group.Channel, states[group.Group]!)));
    }

    private bool MeasureColumns(
        PostColumns posts, int row, CountColumn[] numerator, CountColumn? denominator, AudienceHistory audience, Instant periodEnd, out Int128 sum, out Int128 divisor)
    {
        sum = 0;
        divisor = 0;
        foreach (var column in numerator)
        {
            if (!column.IsReported(row))
            {
                return false;
            }

            sum += column.Values[row];
        }

        if (denominator is { } reported)
        {
            if (!reported.IsReported(row))
            {
                return false;
            }

            divisor = reported.Values[row];
            return true;
        }

        if (Denominator == PostDenominator.Post)
        {
            divisor = 1;
            return true;
        }

        var channel = posts.Channels[posts.ChannelIds[row]];
        var at = FollowerSnapshot == FollowerSnapshot.AtPublication ? posts.PublishedAt(row) : periodEnd;
        if (audience.AtOrBefore(channel, at) is { } snapshot)
        {
            divisor = snapshot.Followers;
            return true;
        }

        return false;
    }

    /// <summary>The running sums of one group of the sum pass.</summary>
    private struct Sums<TSum>
        where TSum : struct, IBinaryInteger<TSum>
    {
        public TSum Numerator;
        public TSum Denominator;
        public long Used;
        public long Missing;
    }
}
