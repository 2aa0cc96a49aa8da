namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// A count of records, such as the posts or mentions of one period: the running state of posting frequency
/// and mention volume, which merges by addition.
/// </summary>
/// <remarks>An accumulator is mutable and not thread-safe: use one per thread and merge them.</remarks>
public sealed class CountAccumulator : IAccumulator<CountAccumulator>
{
    /// <summary>Creates an accumulator holding a count, such as one computed by another engine.</summary>
    /// <param name="count">The count; at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public CountAccumulator(long count = 0)
    {
        Count = Preconditions.NonNegative(count);
    }

    /// <summary>Gets the count.</summary>
    public long Count { get; private set; }

    /// <summary>Counts one more record.</summary>
    /// <exception cref="OverflowException">The count would pass <see cref="long.MaxValue"/>.</exception>
    public void Increment() => Count = checked(Count + 1);

    /// <summary>Returns a new accumulator holding the sum of two counts. Neither input changes.</summary>
    /// <param name="first">The first count.</param>
    /// <param name="second">The second count.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="ArgumentNullException">An accumulator is null.</exception>
    /// <exception cref="OverflowException">The sum passes <see cref="long.MaxValue"/>.</exception>
    public static CountAccumulator Merge(CountAccumulator first, CountAccumulator second) =>
        new(CountSums.ToLong((Int128)Preconditions.NotNull(first).Count + Preconditions.NotNull(second).Count, "The merged count"));

    /// <summary>Returns the count.</summary>
    /// <returns>The count in invariant digits.</returns>
    public override string ToString() => Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
