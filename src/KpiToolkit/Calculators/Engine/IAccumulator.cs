namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// The running state of a calculation over records, which merges with the state of another part of the
/// records into exactly what one pass over both gives. Parts read on other threads, processes or machines
/// combine this way (see <see cref="Partitions"/> and <see cref="GroupedAccumulators{TAccumulator}"/>).
/// </summary>
/// <typeparam name="TSelf">The accumulator type itself.</typeparam>
/// <remarks>
/// <see cref="Merge"/> must be associative and commutative and must leave its inputs unchanged. Counts and
/// integer sums merge exactly; sums of doubles may differ by rounding with the order of merging.
/// </remarks>
public interface IAccumulator<TSelf>
    where TSelf : class, IAccumulator<TSelf>
{
    /// <summary>Combines two accumulators into a new one, as if every record of both had been added to one.</summary>
    /// <param name="first">The first accumulator.</param>
    /// <param name="second">The second accumulator.</param>
    /// <returns>A new accumulator holding both.</returns>
    static abstract TSelf Merge(TSelf first, TSelf second);
}
