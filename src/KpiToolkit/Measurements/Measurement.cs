using System.Globalization;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Measurements;

/// <summary>One value of one indicator for one reporting period, optionally for one channel.</summary>
/// <remarks>Immutable. Two measurements are equal when every property is equal.</remarks>
public sealed record Measurement
{
    /// <summary>
    /// The largest magnitude a value may have, 1e300. It keeps every difference between two values
    /// finite, so a change from one period to the next can never overflow to infinity.
    /// </summary>
    public const double MaximumMagnitude = 1e300;

    /// <summary>Creates a measurement.</summary>
    /// <param name="indicator">The key of the indicator measured.</param>
    /// <param name="period">The reporting period the value is for.</param>
    /// <param name="value">The value, in the indicator's unit (a fraction for a rate).</param>
    /// <param name="channel">The channel the value is for; null when it covers every channel.</param>
    /// <param name="source">Where the number came from, when known.</param>
    /// <exception cref="ArgumentException">The key is empty, the channel is the empty channel, or the value is NaN, infinite or beyond <see cref="MaximumMagnitude"/>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public Measurement(
        IndicatorKey indicator,
        ReportingPeriod period,
        double value,
        Channel? channel = null,
        MeasurementSource? source = null)
    {
        Preconditions.Check(!indicator.IsEmpty, "indicator must not be the empty (default) indicator key.", nameof(indicator));
        Preconditions.OptionalChannel(channel);
        Indicator = indicator;
        Period = Preconditions.NotNull(period);
        Value = Preconditions.Finite(value);
        if (Math.Abs(value) > MaximumMagnitude)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "value must be between -1e300 and 1e300.");
        }

        Channel = channel;
        Source = source;
    }

    /// <summary>Gets the key of the indicator measured.</summary>
    public IndicatorKey Indicator { get; }

    /// <summary>Gets the reporting period the value is for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the value, in the indicator's unit.</summary>
    public double Value { get; }

    /// <summary>Gets the channel the value is for, or null when it covers every channel.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets where the number came from, when known.</summary>
    public MeasurementSource? Source { get; }

    /// <summary>Returns the indicator, period, channel and value, such as <c>engagement-rate 2026-03 Instagram = 0.0453</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Indicator} {Period}{(Channel is { } c ? " " + c.Name : string.Empty)} = {Value}");
}
