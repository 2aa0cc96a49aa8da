using System.Globalization;

namespace KpiToolkit.Objectives;

/// <summary>What kind of change an objective asks for.</summary>
public enum TargetKind
{
    /// <summary>Reach or pass a value: higher is the goal.</summary>
    IncreaseTo,

    /// <summary>Reach or go below a value: lower is the goal.</summary>
    DecreaseTo,

    /// <summary>Keep the value between a minimum and a maximum, both included.</summary>
    KeepWithin,
}

/// <summary>
/// The value an objective aims at: increase to a value, decrease to a value, or keep within a range.
/// Values are in the unit of the objective's indicator (a fraction for a rate: 0.045 is 4.5 %).
/// </summary>
/// <remarks>Immutable; create one with <see cref="IncreaseTo"/>, <see cref="DecreaseTo"/> or <see cref="KeepWithin"/>.</remarks>
public sealed record Target
{
    private Target(TargetKind kind, double? value, double? minimum, double? maximum)
    {
        Kind = kind;
        Value = value;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>Gets what kind of change is asked for.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets the value to reach for <see cref="TargetKind.IncreaseTo"/> and <see cref="TargetKind.DecreaseTo"/>; null for a range.</summary>
    public double? Value { get; }

    /// <summary>Gets the lowest accepted value of a <see cref="TargetKind.KeepWithin"/> range; null otherwise.</summary>
    public double? Minimum { get; }

    /// <summary>Gets the highest accepted value of a <see cref="TargetKind.KeepWithin"/> range; null otherwise.</summary>
    public double? Maximum { get; }

    /// <summary>Creates a target met when the value reaches <paramref name="value"/> or more.</summary>
    /// <param name="value">The value to reach.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static Target IncreaseTo(double value) => new(TargetKind.IncreaseTo, CheckValue(value), null, null);

    /// <summary>Creates a target met when the value falls to <paramref name="value"/> or less.</summary>
    /// <param name="value">The value to reach.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN or infinite.</exception>
    public static Target DecreaseTo(double value) => new(TargetKind.DecreaseTo, CheckValue(value), null, null);

    /// <summary>Creates a target met while the value stays between <paramref name="minimum"/> and <paramref name="maximum"/>, both included.</summary>
    /// <param name="minimum">The lowest accepted value.</param>
    /// <param name="maximum">The highest accepted value; may equal <paramref name="minimum"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or infinite.</exception>
    /// <exception cref="ArgumentException"><paramref name="maximum"/> is below <paramref name="minimum"/>.</exception>
    public static Target KeepWithin(double minimum, double maximum)
    {
        CheckValue(minimum);
        CheckValue(maximum);
        Preconditions.Check(
            maximum >= minimum,
            string.Create(CultureInfo.InvariantCulture, $"maximum ({maximum}) must not be below minimum ({minimum})."),
            nameof(maximum));
        return new Target(TargetKind.KeepWithin, null, minimum, maximum);
    }

    /// <summary>Returns whether <paramref name="value"/> meets the target.</summary>
    /// <param name="value">A value of the indicator.</param>
    /// <returns><see langword="true"/> when the value is at or beyond the target in its direction, or inside the range.</returns>
    public bool IsMetBy(double value) => Kind switch
    {
        TargetKind.IncreaseTo => value >= Value,
        TargetKind.DecreaseTo => value <= Value,
        _ => value >= Minimum && value <= Maximum,
    };

    /// <summary>Returns the target in words, such as <c>increase to 0.045</c> or <c>keep within [0.2, 0.3]</c>.</summary>
    /// <returns>A short description with invariant-culture numbers.</returns>
    public override string ToString() => Kind switch
    {
        TargetKind.IncreaseTo => string.Create(CultureInfo.InvariantCulture, $"increase to {Value}"),
        TargetKind.DecreaseTo => string.Create(CultureInfo.InvariantCulture, $"decrease to {Value}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"keep within [{Minimum}, {Maximum}]"),
    };

    private static double CheckValue(double value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        Preconditions.Finite(value, name);
        if (Math.Abs(value) > Measurements.Measurement.MaximumMagnitude)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be between -1e300 and 1e300.");
        }

        return value;
    }
}
