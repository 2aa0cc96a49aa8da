using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;

namespace KpiToolkit.Calculators;

/// <summary>The sum pass of <see cref="PostRatioCalculator"/> over columns: a ratio of sums with a per-post denominator, in one loop.</summary>
public abstract partial class PostRatioCalculator
{
    // Rows handled per step of the sum pass: their groups fit in 4 KB of stack, and every counter column is read
    // over the whole step before the next, so each column streams through the cache once.
    private const int StepRows = 1024;

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
            var longGroups = (ColumnGroups<Sums<long>>)(object)groups;
            if (longGroups.ColumnIsChannelId)
            {
                FusedSumPass(longGroups, posts, numerator, denominator, default(ChannelIdIsColumn));
            }
            else
            {
                FusedSumPass(longGroups, posts, numerator, denominator, new MappedColumn(longGroups.ColumnOfChannelTable));
            }
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
    /// The common case: sums that fit in a <see cref="long"/> and at most three counters in the numerator (reactions,
    /// comments and shares). Each post finds its group with one compare against the current period's bounds and writes
    /// its group once: a post missing a counter adds zeros, by mask. The loop is compiled once per way of finding a
    /// channel's column, so the usual one (split by channel, every channel kept) reads no table.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    private static void FusedSumPass<TColumn>(ColumnGroups<Sums<long>> groups, PostColumns posts, CountColumn[] numerator, CountColumn? denominator, TColumn columnOf)
        where TColumn : struct, IGroupOfPost
    {
        var states = groups.States;
        var run = new PeriodRun(-1, 0, 0);
        Span<ulong> valid = stackalloc ulong[StepRows / 64];
        var zeros = ZeroStep.AsSpan();
        for (var start = 0; start < posts.Count; start += StepRows)
        {
            var length = Math.Min(StepRows, posts.Count - start);
            var stepValid = valid[..CountColumn.WordsFor(length)];
            Validity(numerator, denominator, start, stepValid);
            var step = new SumStep(
                posts.PublishedAtTicks.Slice(start, length),
                posts.ChannelIds.Slice(start, length),
                stepValid,
                numerator.Length > 0 ? numerator[0].Values.Slice(start, length) : zeros[..length],
                numerator.Length > 1 ? numerator[1].Values.Slice(start, length) : zeros[..length],
                numerator.Length > 2 ? numerator[2].Values.Slice(start, length) : zeros[..length],
                // Without a denominator column each post counts 1; the caller then divides by the posts used.
                denominator is { } divisor ? divisor.Values.Slice(start, length) : zeros[..length]);
            var j = 0;
            while (j < length)
            {
                if (!run.Holds(step.Ticks[j]))
                {
                    // Outside the wanted periods the bounds cover the stretch no period wants (or stay empty); -1 sends its posts to group 0.
                    run = groups.Enter(step.Ticks[j]);
                    states = groups.States;
                }

                j = SumRun(in step, states, columnOf, run, j);
            }
        }
    }

    /// <summary>
    /// Adds the posts of a step from <paramref name="j"/> while they stay in the period of <paramref name="run"/> (at
    /// least one post); returns the first post after the run. A method of its own, without a call inside and without a
    /// value carried from one post to the next but the index, so the loop keeps what changes in registers.
    /// </summary>
    [MethodImpl(HotLoop.Options | MethodImplOptions.NoInlining)]
    private static int SumRun<TColumn>(in SumStep step, Sums<long>[] states, TColumn columnOf, PeriodRun run, int j)
        where TColumn : struct, IGroupOfPost
    {
        var (first, periodStart, periodLength) = run;
        var end = step.Ticks.Length;
        // Every span of the step holds `end` rows, so the loop reads them by reference without a bounds check each.
        ref var tick = ref MemoryMarshal.GetReference(step.Ticks);
        ref var channel = ref MemoryMarshal.GetReference(step.Channels);
        ref var valid = ref MemoryMarshal.GetReference(step.Valid);
        ref var a = ref MemoryMarshal.GetReference(step.A);
        ref var b = ref MemoryMarshal.GetReference(step.B);
        ref var c = ref MemoryMarshal.GetReference(step.C);
        ref var divisor = ref MemoryMarshal.GetReference(step.Divisors);
        do
        {
            var reported = (long)((Unsafe.Add(ref valid, j >> 6) >> j) & 1UL);
            var mask = -reported;
            ref var state = ref states[columnOf.GroupOf(first, Unsafe.Add(ref channel, j))];
            state.Numerator += (Unsafe.Add(ref a, j) + Unsafe.Add(ref b, j) + Unsafe.Add(ref c, j)) & mask;
            state.Denominator += Unsafe.Add(ref divisor, j) & mask;
            state.Used += reported;
            state.Missing += reported ^ 1;
            j++;
        }
        while (j < end && (ulong)(Unsafe.Add(ref tick, j) - periodStart) < (ulong)periodLength);

        return j;
    }

    /// <summary>The columns of one step of the fused sum pass, each holding the step's rows.</summary>
    private readonly ref struct SumStep(
        ReadOnlySpan<long> ticks, ReadOnlySpan<int> channels, ReadOnlySpan<ulong> valid, ReadOnlySpan<long> a, ReadOnlySpan<long> b, ReadOnlySpan<long> c, ReadOnlySpan<long> divisors)
    {
        public ReadOnlySpan<long> Ticks { get; } = ticks;

        public ReadOnlySpan<int> Channels { get; } = channels;

        public ReadOnlySpan<ulong> Valid { get; } = valid;

        public ReadOnlySpan<long> A { get; } = a;

        public ReadOnlySpan<long> B { get; } = b;

        public ReadOnlySpan<long> C { get; } = c;

        public ReadOnlySpan<long> Divisors { get; } = divisors;
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

    /// <summary>Finds the group of a post from the first group of its period and its channel id.</summary>
    private interface IGroupOfPost
    {
        /// <summary>Returns the group, or 0 when none wants the post (the first group is -1 outside any wanted period).</summary>
        int GroupOf(int firstGroup, int channelId);
    }

    /// <summary>A channel's column is its id: no table to read, and a first group of -1 masks the post to group 0.</summary>
    private readonly struct ChannelIdIsColumn : IGroupOfPost
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GroupOf(int firstGroup, int channelId) => (firstGroup + channelId) & ~(firstGroup >> 31);
    }

    /// <summary>A channel's column read from the grouping's table, -1 for a channel left out.</summary>
    private readonly struct MappedColumn(int[] columnOf) : IGroupOfPost
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int GroupOf(int firstGroup, int channelId)
        {
            var column = columnOf[channelId];
            return (column | firstGroup) < 0 ? 0 : firstGroup + column;
        }
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
