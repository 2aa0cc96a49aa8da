using KpiToolkit.Activity;

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
    /// The rows of each part <see cref="AccumulateInParallel{TAccumulator}(PostColumns, Func{PostColumns, GroupedAccumulators{TAccumulator}}, int, CancellationToken)"/>
    /// reads: a multiple of 64, so the parts of a validity bitmap start on a word, and fixed, so the parts, and with them
    /// any rounding, depend on the data alone, never on the machine's cores.
    /// </summary>
    public const int RowsPerPart = 1 << 16;

    /// <summary>
    /// Reads posts given as columns on every core, without the caller splitting anything: the columns are cut into
    /// parts of <see cref="RowsPerPart"/> rows (views, not copies), each part is read by one thread, and the parts are
    /// merged in order.
    /// </summary>
    /// <typeparam name="TAccumulator">The accumulator type.</typeparam>
    /// <param name="posts">The posts.</param>
    /// <param name="accumulate">Reads one part, such as <c>part =&gt; calculator.AccumulateByPeriod(part, Cadence.Month)</c>; called from several threads at once.</param>
    /// <param name="maxDegreeOfParallelism">The most parts read at once; -1 (the default) lets the thread pool decide, 1 reads on the calling thread alone.</param>
    /// <param name="cancellationToken">Stops the parts not yet started.</param>
    /// <returns>
    /// The merged accumulators. Sums and counts are integers, so a ratio of sums, a count or a median is equal to the last
    /// bit to one pass over all the posts; a mean of ratios adds its parts' sums of ratios, which matches one pass to
    /// rounding and is the same on every machine.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    /// <exception cref="AggregateException">Reading a part threw; the exceptions are inside.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GroupedAccumulators<TAccumulator> AccumulateInParallel<TAccumulator>(
        PostColumns posts,
        Func<PostColumns, GroupedAccumulators<TAccumulator>> accumulate,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
        where TAccumulator : class, IAccumulator<TAccumulator>
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(accumulate);
        var parts = new PostColumns[Math.Max(1, (posts.Count + RowsPerPart - 1) / RowsPerPart)];
        for (var part = 0; part < parts.Length; part++)
        {
            var start = part * RowsPerPart;
            parts[part] = parts.Length == 1 ? posts : posts.Slice(start, Math.Min(RowsPerPart, posts.Count - start));
        }

        return AccumulateParts(parts, accumulate, maxDegreeOfParallelism, cancellationToken);
    }

    /// <summary>
    /// Reads a list of records on every core, without the caller splitting anything: the list is cut into consecutive
    /// parts of at most <see cref="RowsPerPart"/> records (no copy for an array), each read by one thread, and merged in order.
    /// </summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <typeparam name="TAccumulator">The accumulator type.</typeparam>
    /// <param name="records">The records; must not change while they are read.</param>
    /// <param name="accumulate">Reads one part; called from several threads at once.</param>
    /// <param name="maxDegreeOfParallelism">The most parts read at once; -1 (the default) lets the thread pool decide.</param>
    /// <param name="cancellationToken">Stops the parts not yet started.</param>
    /// <returns>The merged accumulators, with the same guarantees as the columns' overload.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A record is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than -1.</exception>
    /// <exception cref="AggregateException">Reading a part threw; the exceptions are inside.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static GroupedAccumulators<TAccumulator> AccumulateInParallel<TRecord, TAccumulator>(
        IReadOnlyList<TRecord> records,
        Func<IEnumerable<TRecord>, GroupedAccumulators<TAccumulator>> accumulate,
        int maxDegreeOfParallelism = -1,
        CancellationToken cancellationToken = default)
        where TAccumulator : class, IAccumulator<TAccumulator>
    {
        Preconditions.NotNull(records);
        Preconditions.NotNull(accumulate);
        var parts = Math.Max(1, (records.Count + RowsPerPart - 1) / RowsPerPart);
        return Accumulate(Split(records, parts), accumulate, maxDegreeOfParallelism, cancellationToken);
    }

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
        var parts = partitions.ToArray();
        for (var i = 0; i < parts.Length; i++)
        {
            Preconditions.Item(parts[i], i, nameof(partitions));
        }

        return AccumulateParts(parts, accumulate, maxDegreeOfParallelism, cancellationToken);
    }

    private static GroupedAccumulators<TAccumulator> AccumulateParts<TPart, TAccumulator>(
        TPart[] parts, Func<TPart, GroupedAccumulators<TAccumulator>> accumulate, int maxDegreeOfParallelism, CancellationToken cancellationToken)
        where TAccumulator : class, IAccumulator<TAccumulator>
    {
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "maxDegreeOfParallelism must be -1 (no limit) or at least 1.");
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
