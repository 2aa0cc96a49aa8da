using System.Globalization;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Why a <see cref="KpiResult"/> has no value.</summary>
public enum KpiUnavailableReason
{
    /// <summary>No record fell in the period and scope.</summary>
    NoData,

    /// <summary>Records exist, but every one lacked a counter or snapshot the formula needs (not reported is not 0).</summary>
    MissingCounters,

    /// <summary>The denominator is 0, so the ratio does not exist.</summary>
    ZeroDenominator,

    /// <summary>Too few past periods to compare with.</summary>
    InsufficientHistory,

    /// <summary>The past periods do not vary, so a score against them would be infinite.</summary>
    InsufficientVariation,

    /// <summary>Fewer records than the minimum the options ask for.</summary>
    NotEnoughRecords,

    /// <summary>The calculator failed with an exception; a dashboard reports the failure beside the result instead of stopping.</summary>
    CalculationFailed,

    /// <summary>
    /// The amounts or their sums exceed what a <see cref="decimal"/> holds (about 7.9 × 10²⁸), so the value cannot be computed exactly.
    /// </summary>
    TooLargeToCompute,
}

/// <summary>How per-record ratios are combined into one value for a group of records.</summary>
public enum Aggregation
{
    /// <summary>Σ numerators / Σ denominators: each record weighs by its denominator. The default, as ad platforms and Later report.</summary>
    RatioOfSums,

    /// <summary>The mean of the per-record ratios: each record weighs the same, as Hootsuite's averages.</summary>
    MeanOfRatios,

    /// <summary>The median of the per-record ratios, as benchmark reports use; keeps every ratio in memory.</summary>
    Median,
}

/// <summary>The numbers behind a <see cref="KpiResult"/>, so a reader can see how the value was obtained.</summary>
/// <param name="Numerator">
/// For <see cref="Aggregation.RatioOfSums"/>, the sum of the numerators; for <see cref="Aggregation.MeanOfRatios"/>,
/// the sum of the per-record ratios; for a count, the count; null for a median.
/// </param>
/// <param name="Denominator">
/// For <see cref="Aggregation.RatioOfSums"/>, the sum of the denominators; for <see cref="Aggregation.MeanOfRatios"/>,
/// the number of records used; null for a median or a plain count.
/// </param>
/// <param name="RecordsUsed">The records that entered the value.</param>
/// <param name="RecordsSkippedForMissingCounters">The records left out because a counter or snapshot the formula needs was not reported.</param>
/// <param name="RecordsSkippedForZeroDenominator">The records left out because their own denominator was 0.</param>
public sealed record KpiInputs(
    double? Numerator,
    double? Denominator,
    long RecordsUsed,
    long RecordsSkippedForMissingCounters = 0,
    long RecordsSkippedForZeroDenominator = 0)
{
    /// <summary>Gets every record left out, whatever the reason.</summary>
    public long RecordsSkipped => RecordsSkippedForMissingCounters + RecordsSkippedForZeroDenominator;
}

/// <summary>
/// The value of one indicator for one period and scope, or the reason it has none, with the inputs
/// behind it. Never NaN, never infinite.
/// </summary>
public sealed record KpiResult
{
    private KpiResult(
        IndicatorKey indicator,
        IndicatorUnit unit,
        ReportingPeriod period,
        Channel? channel,
        double? value,
        KpiUnavailableReason? unavailableReason,
        KpiInputs inputs,
        string method,
        string? currency)
    {
        Indicator = indicator;
        Unit = unit;
        Period = period;
        Channel = channel;
        Value = value;
        UnavailableReason = unavailableReason;
        Inputs = inputs;
        Method = method;
        Currency = currency;
    }

    /// <summary>Gets the key of the indicator.</summary>
    public IndicatorKey Indicator { get; }

    /// <summary>Gets the unit of <see cref="Value"/>; a fraction is 0.0453 for 4.53 %.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Gets the reporting period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the channel, or null when the value covers every channel.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets the value, or null when there is none; see <see cref="UnavailableReason"/>.</summary>
    public double? Value { get; }

    /// <summary>Gets why there is no value, or null when there is one.</summary>
    public KpiUnavailableReason? UnavailableReason { get; }

    /// <summary>Gets whether there is a value.</summary>
    public bool IsAvailable => Value is not null;

    /// <summary>Gets the numbers behind the value.</summary>
    public KpiInputs Inputs { get; }

    /// <summary>Gets the ISO 4217 currency of a <see cref="IndicatorUnit.Money"/> value, such as <c>EUR</c>; null for other units.</summary>
    public string? Currency { get; }

    /// <summary>Gets the formula and variant used, such as <c>ratio of sums: (reactions + comments + shares) / reach</c>.</summary>
    public string Method { get; }

    /// <summary>Creates a result with a value.</summary>
    /// <param name="indicator">The indicator key.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel, or null for every channel.</param>
    /// <param name="value">The value; must be finite.</param>
    /// <param name="inputs">The numbers behind it.</param>
    /// <param name="method">The formula and variant used.</param>
    /// <param name="currency">The currency of a money value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The value is NaN or infinite, the key or the channel empty, or the method blank.</exception>
    public static KpiResult Available(IndicatorKey indicator, IndicatorUnit unit, ReportingPeriod period, Channel? channel, double value, KpiInputs inputs, string method, string? currency = null) =>
        new(CheckKey(indicator), Preconditions.Defined(unit), Preconditions.NotNull(period), Preconditions.OptionalChannel(channel), Preconditions.Finite(value), null, Preconditions.NotNull(inputs), Preconditions.NotBlank(method), currency);

    /// <summary>Creates a result without a value.</summary>
    /// <param name="indicator">The indicator key.</param>
    /// <param name="unit">The unit a value would have.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel, or null for every channel.</param>
    /// <param name="reason">Why there is no value.</param>
    /// <param name="inputs">The numbers seen.</param>
    /// <param name="method">The formula and variant that would have been used.</param>
    /// <param name="currency">The currency a money value would have.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The key or the channel is empty, the reason undefined, or the method blank.</exception>
    public static KpiResult Unavailable(IndicatorKey indicator, IndicatorUnit unit, ReportingPeriod period, Channel? channel, KpiUnavailableReason reason, KpiInputs inputs, string method, string? currency = null) =>
        new(CheckKey(indicator), Preconditions.Defined(unit), Preconditions.NotNull(period), Preconditions.OptionalChannel(channel), null, Preconditions.Defined(reason), Preconditions.NotNull(inputs), Preconditions.NotBlank(method), currency);

    /// <summary>
    /// Returns the result on one line with invariant numbers, such as
    /// <c>engagement-rate 2026-03 Instagram = 0.0453 (ratio of sums: ...; 453 / 10000; 12 used, 1 skipped)</c>.
    /// </summary>
    /// <returns>A description.</returns>
    public override string ToString()
    {
        var scope = Channel is { } c ? $" {c}" : string.Empty;
        var value = Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) + (Currency is null ? string.Empty : " " + Currency) : $"n/a ({UnavailableReason})";
        var ratio = Inputs is { Numerator: { } n, Denominator: { } d }
            ? string.Create(CultureInfo.InvariantCulture, $"; {n} / {d}")
            : string.Empty;
        return $"{Indicator} {Period}{scope} = {value} ({Method}{ratio}; {Inputs.RecordsUsed} used, {Inputs.RecordsSkipped} skipped)";
    }

    /// <summary>The same result, scoped to another channel, such as the whole press answered for <see cref="Channel.Press"/>.</summary>
    internal KpiResult WithChannel(Channel? channel) =>
        new(Indicator, Unit, Period, channel, Value, UnavailableReason, Inputs, Method, Currency);

    private static IndicatorKey CheckKey(IndicatorKey key)
    {
        Preconditions.Check(!key.IsEmpty, "indicator must not be the empty (default) indicator key.", "indicator");
        return key;
    }
}
