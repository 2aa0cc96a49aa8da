namespace KpiToolkit.Alerts;

/// <summary>Which side of a threshold alerts.</summary>
public enum ThresholdSide
{
    /// <summary>A value below the threshold.</summary>
    Below,

    /// <summary>A value above the threshold.</summary>
    Above,

    /// <summary>A value below the threshold or equal to it, as a target to decrease to is reached.</summary>
    AtOrBelow,

    /// <summary>A value above the threshold or equal to it, as a target to increase to is reached.</summary>
    AtOrAbove,
}

/// <summary>
/// Alerts when a KPI crosses a threshold: once when a value lands on the chosen side (the first value too, if it is
/// there), then not again until a value has come back to the other side. A KPI that stays below its baseline for three
/// months makes one alert, not three.
/// </summary>
public sealed class ThresholdAlertRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">The rule's name, carried by its alerts.</param>
    /// <param name="threshold">The threshold, in the KPI's unit (a fraction for a rate).</param>
    /// <param name="side">The side that alerts; a value equal to the threshold is on it only for <see cref="ThresholdSide.AtOrBelow"/> and <see cref="ThresholdSide.AtOrAbove"/>.</param>
    /// <exception cref="ArgumentException">The name is blank, the threshold not finite or the side undefined.</exception>
    public ThresholdAlertRule(string name, double threshold, ThresholdSide side)
    {
        Name = Preconditions.NotBlank(name).Trim();
        Preconditions.Check(double.IsFinite(threshold), $"threshold must be finite, but was {threshold}.", nameof(threshold));
        Threshold = threshold;
        Side = Preconditions.Defined(side);
    }

    /// <summary>Gets the rule's name.</summary>
    public string Name { get; }

    /// <summary>Gets the threshold.</summary>
    public double Threshold { get; }

    /// <summary>Gets the side that alerts.</summary>
    public ThresholdSide Side { get; }

    /// <summary>Returns whether a value is on the alerting side.</summary>
    /// <param name="value">The value.</param>
    /// <returns>True when it is beyond the threshold on <see cref="Side"/>, or on it for the inclusive sides.</returns>
    public bool IsCrossedBy(double value) => Side switch
    {
        ThresholdSide.Below => value < Threshold,
        ThresholdSide.Above => value > Threshold,
        ThresholdSide.AtOrBelow => value <= Threshold,
        _ => value >= Threshold,
    };
}
