using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;

namespace KpiToolkit.Orleans.Wire;

/// <summary>
/// The totals of one accumulator as they travel between grains and rest in grain state: a
/// <see cref="CountAccumulator"/>'s count, or a <see cref="RatioAccumulator"/>'s sums and counts.
/// </summary>
/// <remarks>
/// The 128-bit sums travel as two halves, so the wire format does not depend on a codec for <see cref="Int128"/>.
/// A mean of ratios keeps its compensated sum of ratios as one double, so a merge in another order than one pass
/// changes it by rounding only.
/// </remarks>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.PartialTotals")]
internal readonly record struct PartialTotals
{
    /// <summary>Gets whether the totals are a count rather than a ratio's sums.</summary>
    [Id(0)] public bool IsCount { get; init; }

    /// <summary>Gets the ratio's aggregation (as its number); 0 for a count.</summary>
    [Id(1)] public int Aggregation { get; init; }

    /// <summary>Gets the upper half of the numerator sum.</summary>
    [Id(2)] public ulong NumeratorUpper { get; init; }

    /// <summary>Gets the lower half of the numerator sum.</summary>
    [Id(3)] public ulong NumeratorLower { get; init; }

    /// <summary>Gets the upper half of the denominator sum.</summary>
    [Id(4)] public ulong DenominatorUpper { get; init; }

    /// <summary>Gets the lower half of the denominator sum.</summary>
    [Id(5)] public ulong DenominatorLower { get; init; }

    /// <summary>Gets the sum of the per-record ratios (a mean of ratios).</summary>
    [Id(6)] public double RatioSum { get; init; }

    /// <summary>Gets the records used, or the count.</summary>
    [Id(7)] public long RecordsUsed { get; init; }

    /// <summary>Gets the records skipped for a missing counter.</summary>
    [Id(8)] public long SkippedForMissingCounters { get; init; }

    /// <summary>Gets the records skipped for a zero denominator.</summary>
    [Id(9)] public long SkippedForZeroDenominator { get; init; }

    /// <summary>Gets the numerator sum.</summary>
    public Int128 NumeratorSum => new(NumeratorUpper, NumeratorLower);

    /// <summary>Gets the denominator sum.</summary>
    public Int128 DenominatorSum => new(DenominatorUpper, DenominatorLower);

    /// <summary>Reads the totals of a count.</summary>
    /// <param name="count">The accumulator.</param>
    /// <returns>The totals.</returns>
    public static PartialTotals From(CountAccumulator count) => new() { IsCount = true, RecordsUsed = count.Count };

    /// <summary>Reads the totals of a ratio's accumulator.</summary>
    /// <param name="ratio">The accumulator.</param>
    /// <returns>The totals.</returns>
    public static PartialTotals From(RatioAccumulator ratio) => new()
    {
        Aggregation = (int)ratio.Aggregation,
        NumeratorUpper = (ulong)(ratio.NumeratorSum >> 64),
        NumeratorLower = (ulong)ratio.NumeratorSum,
        DenominatorUpper = (ulong)(ratio.DenominatorSum >> 64),
        DenominatorLower = (ulong)ratio.DenominatorSum,
        RatioSum = ratio.RatioSum,
        RecordsUsed = ratio.RecordsUsed,
        SkippedForMissingCounters = ratio.RecordsSkippedForMissingCounters,
        SkippedForZeroDenominator = ratio.RecordsSkippedForZeroDenominator,
    };

    /// <summary>Merges two totals of the same kind, exactly as their accumulators merge.</summary>
    /// <param name="first">The first totals.</param>
    /// <param name="second">The second totals.</param>
    /// <returns>The merged totals.</returns>
    public static PartialTotals Merge(PartialTotals first, PartialTotals second) => first.IsCount
        ? From(CountAccumulator.Merge(first.ToCount(), second.ToCount()))
        : From(RatioAccumulator.Merge(first.ToRatio(), second.ToRatio()));

    /// <summary>Rebuilds the count.</summary>
    /// <returns>The accumulator.</returns>
    public CountAccumulator ToCount() => new(RecordsUsed);

    /// <summary>Rebuilds the ratio's accumulator.</summary>
    /// <returns>The accumulator.</returns>
    public RatioAccumulator ToRatio() => RatioAccumulator.FromTotals(
        (Aggregation)Aggregation, NumeratorSum, DenominatorSum, RecordsUsed, RatioSum, SkippedForMissingCounters, SkippedForZeroDenominator);
}
