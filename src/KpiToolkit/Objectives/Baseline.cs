using System.Globalization;
using KpiToolkit.Measurements;
using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>The value of an objective's indicator when the objective was set, and the date it was measured.</summary>
public sealed record Baseline
{
    /// <summary>Creates a baseline.</summary>
    /// <param name="value">The measured value, in the indicator's unit.</param>
    /// <param name="date">The date of the measurement.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is NaN, infinite or beyond <see cref="Measurement.MaximumMagnitude"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    public Baseline(double value, LocalDate date)
    {
        Preconditions.Finite(value);
        if (Math.Abs(value) > Measurement.MaximumMagnitude)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "value must be between -1e300 and 1e300.");
        }

        Value = value;
        Date = Preconditions.IsoDate(date);
    }

    /// <summary>Gets the measured value.</summary>
    public double Value { get; }

    /// <summary>Gets the date of the measurement.</summary>
    public LocalDate Date { get; }

    /// <summary>Returns the value and the date, such as <c>0.032 on 2026-09-30</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value} on {Date:uuuu-MM-dd}");
}
