using System.Runtime.CompilerServices;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// The sums of a ratio of sums per period of a shared pass, exact in <see cref="Int128"/>: what a
/// <see cref="RatioAccumulator"/> of <see cref="Aggregation.RatioOfSums"/> would hold for each period, without an
/// accumulator call per record. A reader over columns adds to it; <see cref="With"/> gives each period's accumulator.
/// </summary>
/// <param name="periods">The number of periods of the pass.</param>
internal sealed class PeriodRatioSums(int periods)
{
    private readonly Int128[] _numerator = new Int128[periods];
    private readonly Int128[] _denominator = new Int128[periods];
    private readonly long[] _used = new long[periods];
    private readonly long[] _missing = new long[periods];

    /// <summary>Adds one record whose figures are all reported; its denominator may be 0, which a ratio of sums keeps.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int period, Int128 numerator, Int128 denominator)
    {
        _numerator[period] += numerator;
        _denominator[period] += denominator;
        _used[period]++;
    }

    /// <summary>Counts one record skipped because a figure of the formula was not reported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void SkipMissingCounter(int period) => _missing[period]++;

    /// <summary>Returns the accumulator of a period: the sums read from columns added to what <paramref name="fromRows"/> holds.</summary>
    public RatioAccumulator With(RatioAccumulator fromRows, int period) =>
        _used[period] == 0 && _missing[period] == 0
            ? fromRows
            : RatioAccumulator.Merge(
                fromRows,
                RatioAccumulator.FromTotals(Aggregation.RatioOfSums, _numerator[period], _denominator[period], _used[period], recordsSkippedForMissingCounters: _missing[period]));
}
