namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// The running state behind a ratio over many records: sums of numerators and denominators, the sum of
/// per-record ratios, and the counts of records used and skipped. Accumulators of separate parts of the
/// data combine with <see cref="Merge"/> into exactly what one pass over all of it gives.
/// </summary>
/// <remarks>
/// <para>Sums are kept as <see cref="Int128"/>, so adding any number of <see cref="long"/> counters never
/// overflows. The sum of ratios uses compensated (Neumaier) summation, so merging in another order changes
/// the mean by no more than rounding. For <see cref="Calculators.Aggregation.Median"/> every ratio is kept
/// (memory grows with the records); the other aggregations keep a fixed size.</para>
/// <para>An accumulator is mutable and not thread-safe: use one per thread and merge them.</para>
/// </remarks>
public sealed class RatioAccumulator : IAccumulator<RatioAccumulator>
{
    private readonly List<double>? _ratios;
    private double _ratioSum;
    private double _ratioCompensation;

    /// <summary>Creates an empty accumulator.</summary>
    /// <param name="aggregation">How the ratios will be combined.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="aggregation"/> is not defined.</exception>
    public RatioAccumulator(Aggregation aggregation)
    {
        Aggregation = Preconditions.Defined(aggregation);
        _ratios = aggregation == Aggregation.Median ? [] : null;
    }

    /// <summary>Gets how the ratios will be combined.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>
    /// Creates an accumulator from totals computed elsewhere, such as a query over a data warehouse that sums
    /// the numerators and denominators of the records of a group, so it can be merged with others and turned
    /// into a result with the calculator's rules.
    /// </summary>
    /// <param name="aggregation">How the ratios will be combined: <see cref="Aggregation.RatioOfSums"/> or <see cref="Aggregation.MeanOfRatios"/> (a median needs every ratio, not totals).</param>
    /// <param name="numeratorSum">The sum of the numerators of the records used; at least 0.</param>
    /// <param name="denominatorSum">The sum of the denominators of the records used; at least 0, and for a mean of ratios at least <paramref name="recordsUsed"/>, since each of its records has a denominator of 1 or more.</param>
    /// <param name="recordsUsed">The number of records used; at least 0.</param>
    /// <param name="ratioSum">The sum of the per-record ratios (numerator / denominator) of the records used, needed for <see cref="Aggregation.MeanOfRatios"/>; finite and at least 0.</param>
    /// <param name="recordsSkippedForMissingCounters">The records left out because a counter was not reported; at least 0.</param>
    /// <param name="recordsSkippedForZeroDenominator">The records left out because their denominator was 0; at least 0.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentException">The aggregation is a median or undefined, or the totals are negative, not finite or inconsistent with <paramref name="recordsUsed"/>.</exception>
    public static RatioAccumulator FromTotals(
        Aggregation aggregation,
        Int128 numeratorSum,
        Int128 denominatorSum,
        long recordsUsed,
        double ratioSum = 0,
        long recordsSkippedForMissingCounters = 0,
        long recordsSkippedForZeroDenominator = 0)
    {
        Preconditions.Check(
            Preconditions.Defined(aggregation) != Aggregation.Median,
            "A median cannot be built from totals: it needs every per-record ratio. Read the records with the calculator instead.",
            nameof(aggregation));
        Preconditions.NonNegative(recordsUsed);
        Preconditions.NonNegative(recordsSkippedForMissingCounters);
        Preconditions.NonNegative(recordsSkippedForZeroDenominator);
        if (numeratorSum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numeratorSum), numeratorSum, "numeratorSum must not be negative.");
        }

        if (denominatorSum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominatorSum), denominatorSum, "denominatorSum must not be negative.");
        }

        if (aggregation == Aggregation.MeanOfRatios && denominatorSum < recordsUsed)
        {
            throw new ArgumentOutOfRangeException(
                nameof(denominatorSum), denominatorSum, $"denominatorSum must be at least recordsUsed ({recordsUsed}): a mean of ratios uses only records whose denominator is 1 or more.");
        }

        if (!double.IsFinite(ratioSum) || ratioSum < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(ratioSum), ratioSum, "ratioSum must be a finite number of at least 0.");
        }

        Preconditions.Check(
            recordsUsed > 0 || (numeratorSum == 0 && ratioSum == 0),
            "numeratorSum and ratioSum must be 0 when recordsUsed is 0.",
            nameof(recordsUsed));
        return new RatioAccumulator(aggregation)
        {
            NumeratorSum = numeratorSum,
            DenominatorSum = denominatorSum,
            RecordsUsed = recordsUsed,
            RecordsSkippedForMissingCounters = recordsSkippedForMissingCounters,
            RecordsSkippedForZeroDenominator = recordsSkippedForZeroDenominator,
            _ratioSum = ratioSum,
        };
    }

    /// <summary>Gets the sum of the numerators of the records used.</summary>
    public Int128 NumeratorSum { get; private set; }

    /// <summary>Gets the sum of the denominators of the records used.</summary>
    public Int128 DenominatorSum { get; private set; }

    /// <summary>
    /// Gets the sum of the per-record ratios of the records used, which <see cref="Calculators.Aggregation.MeanOfRatios"/> and
    /// <see cref="Calculators.Aggregation.Median"/> need. For <see cref="Calculators.Aggregation.RatioOfSums"/> no per-record ratio is
    /// computed, so it stays 0 (or holds what <see cref="FromTotals"/> was given).
    /// </summary>
    public double RatioSum => _ratioSum + _ratioCompensation;

    /// <summary>Gets the number of records used.</summary>
    public long RecordsUsed { get; private set; }

    /// <summary>Gets the number of records skipped because a counter was not reported.</summary>
    public long RecordsSkippedForMissingCounters { get; private set; }

    /// <summary>Gets the number of records skipped because their denominator was 0.</summary>
    public long RecordsSkippedForZeroDenominator { get; private set; }

    /// <summary>
    /// Adds one record whose numerator and denominator were both reported. The rule is the same in every family
    /// of ratios: a ratio of sums adds both to its sums even when the denominator is 0 (a month with no views
    /// keeps its likes), while a mean of ratios and a median, which need the record's own ratio, leave such a
    /// record out and count it in <see cref="RecordsSkippedForZeroDenominator"/>.
    /// </summary>
    /// <param name="numerator">Its numerator; at least 0.</param>
    /// <param name="denominator">Its denominator; at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">The numerator or the denominator is negative.</exception>
    public void Add(Int128 numerator, Int128 denominator)
    {
        if (numerator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator, "numerator must not be negative.");
        }

        if (denominator < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "denominator must not be negative.");
        }

        // A ratio of sums needs no per-record ratio: skipping the division keeps the common case as cheap as a hand-written loop.
        if (Aggregation == Aggregation.RatioOfSums)
        {
            NumeratorSum += numerator;
            DenominatorSum += denominator;
            RecordsUsed++;
            return;
        }

        if (denominator == 0)
        {
            SkipZeroDenominator();
            return;
        }

        NumeratorSum += numerator;
        DenominatorSum += denominator;
        RecordsUsed++;
        var ratio = (double)numerator / (double)denominator;
        AddToRatioSum(ratio);
        _ratios?.Add(ratio);
    }

    /// <summary>Counts one record left out because a counter it needs was not reported.</summary>
    public void SkipMissingCounter() => RecordsSkippedForMissingCounters++;

    /// <summary>
    /// Counts one record left out because its denominator was 0. <see cref="Add"/> calls it for a mean of ratios
    /// and a median; a ratio of sums keeps such a record.
    /// </summary>
    public void SkipZeroDenominator() => RecordsSkippedForZeroDenominator++;

    /// <summary>
    /// Combines two accumulators into a new one, as if every record of both had been added to one.
    /// Associative and commutative; neither input changes.
    /// </summary>
    /// <param name="first">The first accumulator.</param>
    /// <param name="second">The second accumulator.</param>
    /// <returns>A new accumulator holding both.</returns>
    /// <exception cref="ArgumentNullException">An accumulator is null.</exception>
    /// <exception cref="ArgumentException">The accumulators use different aggregations.</exception>
    public static RatioAccumulator Merge(RatioAccumulator first, RatioAccumulator second)
    {
        Preconditions.NotNull(first);
        Preconditions.NotNull(second);
        Preconditions.Check(
            first.Aggregation == second.Aggregation,
            $"Cannot merge an accumulator for {first.Aggregation} with one for {second.Aggregation}.",
            nameof(second));
        var merged = new RatioAccumulator(first.Aggregation);
        merged.MergeFrom(first);
        merged.MergeFrom(second);
        return merged;
    }

    /// <summary>Returns the combined value, or null when no record was used or the denominators add up to 0.</summary>
    /// <returns>The value in the ratio's own unit.</returns>
    public double? Value()
    {
        if (RecordsUsed == 0 || DenominatorSum == 0)
        {
            return null;
        }

        return Aggregation switch
        {
            Aggregation.RatioOfSums => (double)NumeratorSum / (double)DenominatorSum,
            Aggregation.MeanOfRatios => RatioSum / RecordsUsed,
            _ => Statistics.Median(_ratios!),
        };
    }

    /// <summary>Returns the reason <see cref="Value"/> is null, or null when there is a value.</summary>
    /// <returns>The reason.</returns>
    public KpiUnavailableReason? UnavailableReason() =>
        RecordsUsed > 0 ? (DenominatorSum == 0 ? KpiUnavailableReason.ZeroDenominator : null)
        : RecordsSkippedForZeroDenominator > 0 ? KpiUnavailableReason.ZeroDenominator
        : RecordsSkippedForMissingCounters > 0 ? KpiUnavailableReason.MissingCounters
        : KpiUnavailableReason.NoData;

    /// <summary>Returns the inputs a <see cref="KpiResult"/> shows for this accumulator.</summary>
    /// <returns>The inputs.</returns>
    public KpiInputs ToInputs() => Aggregation switch
    {
        Aggregation.RatioOfSums => Inputs((double)NumeratorSum, (double)DenominatorSum),
        Aggregation.MeanOfRatios => Inputs(RatioSum, RecordsUsed),
        _ => Inputs(null, null),
    };

    /// <summary>Returns the result this accumulator gives for an indicator, a period and a scope.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel, or null for every channel.</param>
    /// <param name="method">The formula and variant in words.</param>
    /// <returns>The result: the value, or the reason there is none, with the inputs.</returns>
    /// <exception cref="ArgumentException">An argument is null or blank.</exception>
    public KpiResult ToResult(Indicators.Indicator indicator, Time.ReportingPeriod period, Channel? channel, string method)
    {
        Preconditions.NotNull(indicator);
        Preconditions.OptionalChannel(channel);
        var inputs = ToInputs();
        return Value() is { } value
            ? KpiResult.Available(indicator.Key, indicator.Unit, period, channel, value, inputs, method)
            : KpiResult.Unavailable(indicator.Key, indicator.Unit, period, channel, UnavailableReason()!.Value, inputs, method);
    }

    private KpiInputs Inputs(double? numerator, double? denominator) =>
        new(numerator, denominator, RecordsUsed, RecordsSkippedForMissingCounters, RecordsSkippedForZeroDenominator);

    private void MergeFrom(RatioAccumulator other)
    {
        NumeratorSum += other.NumeratorSum;
        DenominatorSum += other.DenominatorSum;
        RecordsUsed += other.RecordsUsed;
        RecordsSkippedForMissingCounters += other.RecordsSkippedForMissingCounters;
        RecordsSkippedForZeroDenominator += other.RecordsSkippedForZeroDenominator;
        AddToRatioSum(other._ratioSum);
        AddToRatioSum(other._ratioCompensation);
        if (other._ratios is not null)
        {
            _ratios!.AddRange(other._ratios);
        }
    }

    private void AddToRatioSum(double value)
    {
        // Neumaier's compensated summation: keeps the low-order bits that plain addition drops.
        var sum = _ratioSum + value;
        _ratioCompensation += Math.Abs(_ratioSum) >= Math.Abs(value)
            ? (_ratioSum - sum) + value
            : (value - sum) + _ratioSum;
        _ratioSum = sum;
    }
}
