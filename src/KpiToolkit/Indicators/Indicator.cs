using System.Globalization;
using KpiToolkit.Time;

namespace KpiToolkit.Indicators;

/// <summary>
/// The definition of a key performance indicator: what it is called, what kind of number it is, which
/// direction is good, and where it sits on a dashboard. It holds no values; a
/// <see cref="Measurements.Measurement"/> does.
/// </summary>
/// <remarks>Instances are immutable. Two indicators are equal when every property is equal.</remarks>
public sealed record Indicator
{
    /// <summary>Creates an indicator definition.</summary>
    /// <param name="key">The stable key.</param>
    /// <param name="name">The name people read, such as <c>Engagement rate</c>.</param>
    /// <param name="unit">What kind of number it is.</param>
    /// <param name="polarity">Which direction is good.</param>
    /// <param name="category">The family it belongs to.</param>
    /// <param name="mediaType">Who publishes what it measures.</param>
    /// <param name="defaultCadence">How often it is usually reported.</param>
    /// <param name="description">An optional sentence on how it is computed.</param>
    /// <param name="minimumValue">The smallest value that makes sense, if any (0 for a count).</param>
    /// <param name="maximumValue">The largest value that makes sense, if any (1 for a rate that cannot pass 100 %).</param>
    /// <param name="plausibleMaximum">
    /// The largest value expected in practice, if any, below <paramref name="maximumValue"/>: a target above it is
    /// possible but likely a mistake (a SMART warning). Null for a fraction means 1 (100 %), unless
    /// <paramref name="unboundedRateReason"/> says why the rate can pass it.
    /// </param>
    /// <param name="unboundedRateReason">
    /// For a fraction without a plausible maximum, why it can pass 100 %, such as "comments per follower pass 100 % when
    /// each follower comments more than once"; null otherwise.
    /// </param>
    /// <param name="unitLabel">
    /// What a <see cref="IndicatorUnit.Ratio"/>, <see cref="IndicatorUnit.PerPeriod"/> or <see cref="IndicatorUnit.Count"/>
    /// value counts, written after it, such as <c>comments / post</c>; null for none. A fraction shows a percent sign and
    /// money its currency, so they take none.
    /// </param>
    /// <exception cref="ArgumentException">
    /// The key is empty, the name blank, an enum value undefined, a bound not finite, the minimum above the maximum,
    /// the plausible maximum outside them, a reason given for an indicator that is no fraction or with a plausible maximum,
    /// or a unit label given for a fraction or money.
    /// </exception>
    public Indicator(
        IndicatorKey key,
        string name,
        IndicatorUnit unit,
        Polarity polarity,
        IndicatorCategory category,
        MediaType mediaType,
        Cadence defaultCadence,
        string? description = null,
        double? minimumValue = null,
        double? maximumValue = null,
        double? plausibleMaximum = null,
        string? unboundedRateReason = null,
        string? unitLabel = null)
    {
        Preconditions.Check(!key.IsEmpty, "key must not be the empty (default) indicator key.", nameof(key));
        Key = key;
        Name = Preconditions.NotBlank(name).Trim();
        Unit = Preconditions.Defined(unit);
        Polarity = Preconditions.Defined(polarity);
        Category = Preconditions.Defined(category);
        MediaType = Preconditions.Defined(mediaType);
        DefaultCadence = Preconditions.Defined(defaultCadence);
        Description = Preconditions.OptionalText(description);
        MinimumValue = Preconditions.Finite(minimumValue);
        MaximumValue = Preconditions.Finite(maximumValue);
        if (minimumValue > maximumValue)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"minimumValue ({minimumValue}) must not be greater than maximumValue ({maximumValue})."),
                nameof(minimumValue));
        }

        UnboundedRateReason = Preconditions.OptionalText(unboundedRateReason);
        Preconditions.Check(
            UnboundedRateReason is null || (unit == IndicatorUnit.Fraction && plausibleMaximum is null),
            "unboundedRateReason is for a fraction without a plausible maximum.",
            nameof(unboundedRateReason));
        UnitLabel = Preconditions.OptionalText(unitLabel);
        Preconditions.Check(
            UnitLabel is null || unit is IndicatorUnit.Ratio or IndicatorUnit.PerPeriod or IndicatorUnit.Count,
            $"unitLabel is for a ratio, a count or a number per period; a {unit} value shows its own unit.",
            nameof(unitLabel));
        PlausibleMaximum = Preconditions.Finite(plausibleMaximum)
            ?? (unit == IndicatorUnit.Fraction && maximumValue is null && UnboundedRateReason is null ? 1 : null);
        if (PlausibleMaximum < minimumValue || PlausibleMaximum > maximumValue)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"plausibleMaximum ({plausibleMaximum}) must lie between minimumValue ({minimumValue}) and maximumValue ({maximumValue})."),
                nameof(plausibleMaximum));
        }
    }

    /// <summary>Gets the stable key.</summary>
    public IndicatorKey Key { get; }

    /// <summary>Gets the name people read.</summary>
    public string Name { get; }

    /// <summary>Gets what kind of number the indicator is.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Gets which direction is good.</summary>
    public Polarity Polarity { get; }

    /// <summary>Gets the family the indicator belongs to.</summary>
    public IndicatorCategory Category { get; }

    /// <summary>Gets who publishes what the indicator measures.</summary>
    public MediaType MediaType { get; }

    /// <summary>Gets how often the indicator is usually reported.</summary>
    public Cadence DefaultCadence { get; }

    /// <summary>Gets an optional sentence on how the indicator is computed.</summary>
    public string? Description { get; }

    /// <summary>Gets the smallest value that makes sense, or null when there is no lower bound.</summary>
    public double? MinimumValue { get; }

    /// <summary>Gets the largest value that makes sense, or null when there is no upper bound.</summary>
    public double? MaximumValue { get; }

    /// <summary>
    /// Gets the largest value expected in practice, or null when none is known: a target above it is possible but likely
    /// a mistake, reported as a warning (<see cref="Objectives.SmartErrorCodes.TargetImplausible"/>).
    /// </summary>
    /// <value>The value given; else 1 (100 %) for a fraction without <see cref="MaximumValue"/> nor <see cref="UnboundedRateReason"/>; else null.</value>
    public double? PlausibleMaximum { get; }

    /// <summary>Gets why a fraction can pass 100 % and so has no plausible maximum, or null.</summary>
    public string? UnboundedRateReason { get; }

    /// <summary>Gets what a value counts, written after it on a dashboard (<c>0.52 comments / post</c>), or null.</summary>
    public string? UnitLabel { get; }

    /// <summary>Returns whether <paramref name="value"/> lies within the indicator's bounds.</summary>
    /// <param name="value">The value, in the indicator's unit (a fraction for a rate).</param>
    /// <returns><see langword="true"/> when the value is finite and within <see cref="MinimumValue"/> and <see cref="MaximumValue"/>.</returns>
    public bool IsWithinBounds(double value) =>
        double.IsFinite(value) && !(value < MinimumValue) && !(value > MaximumValue);

    /// <summary>
    /// Formats a value of this indicator for people: a fraction as a percentage with two decimals
    /// (<c>4.53%</c> in en-US, <c>4,53 %</c> in fr-FR), a count with group separators and no decimals,
    /// other units with two decimals.
    /// </summary>
    /// <param name="value">The value in the indicator's unit.</param>
    /// <param name="provider">The culture to format with; the current culture when null.</param>
    /// <returns>The formatted value.</returns>
    public string FormatValue(double value, IFormatProvider? provider = null)
    {
        provider ??= CultureInfo.CurrentCulture;
        return Unit switch
        {
            IndicatorUnit.Fraction => value.ToString("P2", provider),
            IndicatorUnit.Count => value.ToString("N0", provider),
            _ => value.ToString("N2", provider),
        };
    }

    /// <summary>
    /// Gets the name to put in a localizable message: the resource of a built-in definition, so it follows the message's
    /// language, or the name of any other definition as it was given.
    /// </summary>
    internal object NameText =>
        IndicatorCatalog.BuiltIn.TryGet(Key, out var builtIn) && builtIn.Equals(this) ? new Localization.LocalizableText($"Indicator.{Key}.Name") : Name;

    /// <summary>Returns the same definition with another name and description.</summary>
    internal Indicator Renamed(string name, string? description) =>
        new(Key, name, Unit, Polarity, Category, MediaType, DefaultCadence, description, MinimumValue, MaximumValue,
            PlausibleMaximum, UnboundedRateReason, UnitLabel);

    /// <summary>Returns the key and the name, such as <c>engagement-rate (Engagement rate)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Key} ({Name})";
}
