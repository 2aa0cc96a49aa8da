namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// Computes a grouped calculation over several parts of the records in parallel and merges the parts: the
/// way to use every core on one machine. Each part is read by one thread into its own accumulators, so no lock
/// is taken per record.
/// </summary>
/// <example>
/// <code>
/// var engagement = new EngagementRateCalculator(calendar: calendar);
/// var merged = Partitions.Accumulate(
///     Partitions.Split(posts, Environment.ProcessorCount),
///     part => engagement.AccumulateByPeriod(part, Cadence.Month, byChannel: true));
/// IReadOnlyList&lt;KpiResult&gt; results = engagement.ToResults(merged);
/// </code>
/// </example>
public static class Partitions
{
    /// <summary>
    /// Reads every part with <paramref name="accumulate"/>, several at once, and merges the results in the order
    /// of the parts, so the same parts always give the same result to the last bit.
    /// </summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <typeparam name="TAccumulator">The accumulator type.</typeparam>
    /// <param name="partitions">The parts of the records; each is read once, by one thread.</param>
    /// <param name="accumulate">Reads one part, such as <c>part =&gt; calculator.AccumulateByPeriod(part, Cadence.Month)</c>; called from several threads at once.</param>
    /// <param name="maxDegreeOfParallelism">The most parts read at once; -1 (the default) lets the thread pool decide.</param>
    /// <param name="cancellationToken">Stops the parts not yet started.</param>
    /// <returns>The merged accumulators; an empty set, not split by channel, when there is no part.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A part is null, <paramref name="accumulate"/> returned null, or the parts disagree on the split by channel.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    /// <exception cref="AggregateException">Reading a part threw; the exceptions are inside.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GroupedAccumulators<TAccumulator> Accumulate<TRecord, TAccumulator>(
        IEnumerable<IEnumerable<TRecord>> partitions,
        Func<IEnumerable<TRecord>, GroupedAccumulators<TAccumulator>> accumulate,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
        where TAccumulator : class, IAccumulator<TAccumulator>
    {
        Preconditions.NotNull(partitions);
        Preconditions.NotNull(accumulate);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "maxDegreeOfParallelism must be -1 (no limit) or at least 1.");
        }

        var parts = partitions.ToArray();
        for (var i = 0; i < parts.Length; i++)
        {
            Preconditions.Item(parts[i], i, nameof(partitions));
        }

        var results = new GroupedAccumulators<TAccumulator>[parts.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken };
        Parallel.For(0, parts.Length, options, i =>
            results[i] = accumulate(parts[i]) ?? throw new ArgumentException($"accumulate returned null for partition {i}.", nameof(accumulate)));
        return MergeInOrder(results, 0, results.Length);
    }

    /// <summary>
    /// Splits a list into at most <paramref name="count"/> consecutive parts of nearly equal size, without
    /// copying it. The list must not change while the parts are read.
    /// </summary>
    /// <typeparam name="T">The record type.</typeparam>
    /// <param name="records">The records.</param>
    /// <param name="count">The number of parts wanted; at least 1.</param>
    /// <returns>The parts, in order; fewer than <paramref name="count"/> when there are fewer records, none for an empty list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public static IReadOnlyList<IEnumerable<T>> Split<T>(IReadOnlyList<T> records, int count)
    {
        Preconditions.NotNull(records);
        Preconditions.Positive(count);
        var total = records.Count;
        var parts = (int)Math.Min(count, total);
        var result = new IEnumerable<T>[parts];
        for (var i = 0; i < parts; i++)
        {
            var start = (int)((long)total * i / parts);
            var end = (int)((long)total * (i + 1) / parts);
            result[i] = records is T[] array ? new ArraySegment<T>(array, start, end - start) : Slice(records, start, end);
        }

        return result;
    }

    private static IEnumerable<T> Slice<T>(IReadOnlyList<T> records, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            yield return records[i];
        }
    }

    // Merges neighbours pairwise, so the order, and with it any rounding, depends only on the order of the parts.
    private static GroupedAccumulators<TAccumulator> MergeInOrder<TAccumulator>(GroupedAccumulators<TAccumulator>[] results, int start, int end)
        where TAccumulator : class, IAccumulator<TAccumulator> => (end - start) switch
        {
            0 => GroupedAccumulators<TAccumulator>.Empty(byChannel: false),
            1 => results[start],
            _ => GroupedAccumulators<TAccumulator>.Merge(
                MergeInOrder(results, start, start + ((end - start) / 2)),
                MergeInOrder(results, start + ((end - start) / 2), end)),
        };
}
