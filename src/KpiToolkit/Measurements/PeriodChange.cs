using KpiToolkit.Time;

namespace KpiToolkit.Measurements;

/// <summary>The change of a value from one reporting period to the period just before it.</summary>
public sealed record PeriodChange
{
    internal PeriodChange(ReportingPeriod previousPeriod, double previousValue, ReportingPeriod period, double value)
    {
        PreviousPeriod = previousPeriod;
        PreviousValue = previousValue;
        Period = period;
        Value = value;
        Absolute = value - previousValue;
        var relative = Absolute / Math.Abs(previousValue);
        Relative = previousValue != 0 && double.IsFinite(relative) ? relative : null;
    }

    /// <summary>Gets the earlier period.</summary>
    public ReportingPeriod PreviousPeriod { get; }

    /// <summary>Gets the value in the earlier period.</summary>
    public double PreviousValue { get; }

    /// <summary>Gets the later period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the value in the later period.</summary>
    public double Value { get; }

    /// <summary>Gets the later value minus the earlier one, in the indicator's unit (percentage points for a rate).</summary>
    public double Absolute { get; }

    /// <summary>
    /// Gets <see cref="Absolute"/> divided by the magnitude of the earlier value, as a fraction: 0.25 is
    /// +25 %. The sign always tells the direction, even from a negative value. Null when the earlier value
    /// is 0, because no relative change from 0 exists.
    /// </summary>
    public double? Relative { get; }
}
