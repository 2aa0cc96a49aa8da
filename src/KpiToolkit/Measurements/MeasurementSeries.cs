using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Measurements;

/// <summary>
/// The values of one indicator over time, for one channel or for all: at most one value per reporting
/// period, all periods of one cadence, ordered by period.
/// </summary>
/// <remarks>
/// Immutable: <see cref="With(Measurement)"/> returns a new series. A second value for a period already
/// present, a period that overlaps another, a different indicator, channel or cadence are refused with an
/// <see cref="ArgumentException"/> that names both values, so a figure entered twice is never silently
/// kept or dropped.
/// </remarks>
public sealed class MeasurementSeries
{
    private readonly Measurement[] _measurements;

    /// <summary>Creates a series.</summary>
    /// <param name="indicator">The key of the indicator every measurement must have.</param>
    /// <param name="measurements">The measurements, in any order; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="measurements"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">The key is empty, or the measurements disagree on indicator, channel or cadence, or two cover the same or overlapping periods.</exception>
    public MeasurementSeries(IndicatorKey indicator, IEnumerable<Measurement> measurements)
        : this(indicator, Preconditions.NotNull(measurements), nameof(measurements))
    {
    }

    internal MeasurementSeries(IndicatorKey indicator, IEnumerable<Measurement> measurements, string parameterName)
    {
        Preconditions.Check(!indicator.IsEmpty, "indicator must not be the empty (default) indicator key.", nameof(indicator));
        Indicator = indicator;
        _measurements = [.. measurements];
        foreach (var measurement in _measurements)
        {
            Preconditions.Item(measurement, parameterName);
        }

        Array.Sort(_measurements, (a, b) => a.Period.CompareTo(b.Period));
        CheckConsistency(parameterName);
    }

    /// <summary>Gets the key of the indicator measured.</summary>
    public IndicatorKey Indicator { get; }

    /// <summary>Gets the measurements, ordered by period.</summary>
    public IReadOnlyList<Measurement> Measurements => Array.AsReadOnly(_measurements);

    /// <summary>Gets the number of measurements.</summary>
    public int Count => _measurements.Length;

    /// <summary>Gets the channel shared by every measurement; null when they cover every channel or the series is empty.</summary>
    public Channel? Channel => _measurements.Length > 0 ? _measurements[0].Channel : null;

    /// <summary>Gets the cadence shared by every period; null when the series is empty.</summary>
    public Cadence? Cadence => _measurements.Length > 0 ? _measurements[0].Period.Cadence : null;

    /// <summary>Gets the measurement of the latest period; null when the series is empty.</summary>
    public Measurement? Latest => _measurements.Length > 0 ? _measurements[^1] : null;

    /// <summary>Returns a new series with one more measurement.</summary>
    /// <param name="measurement">The measurement to add.</param>
    /// <returns>The new series; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">The measurement is for a period already in the series, or does not fit it (indicator, channel, cadence).</exception>
    public MeasurementSeries With(Measurement measurement)
    {
        Preconditions.NotNull(measurement);
        return new MeasurementSeries(Indicator, _measurements.Append(measurement), nameof(measurement));
    }

    /// <summary>Returns the measurement for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The measurement.</returns>
    /// <exception cref="KeyNotFoundException">The series has no value for that period.</exception>
    public Measurement Get(ReportingPeriod period) =>
        TryGet(period, out var measurement)
            ? measurement
            : throw new KeyNotFoundException($"The series of '{Indicator}' has no value for the period {period}.");

    /// <summary>Looks up the measurement for a period without throwing.</summary>
    /// <param name="period">The period.</param>
    /// <param name="measurement">The measurement when found.</param>
    /// <returns><see langword="true"/> when the series has a value for that period.</returns>
    public bool TryGet(ReportingPeriod period, [NotNullWhen(true)] out Measurement? measurement)
    {
        Preconditions.NotNull(period);
        var index = IndexOf(period);
        measurement = index >= 0 ? _measurements[index] : null;
        return measurement is not null;
    }

    /// <summary>
    /// Returns the change of the value for <paramref name="period"/> against the period that ends the day
    /// before it starts.
    /// </summary>
    /// <param name="period">The later period.</param>
    /// <returns>The change; null when the series lacks either value.</returns>
    public PeriodChange? ChangeAt(ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        var index = IndexOf(period);
        return index > 0 ? ChangeFrom(index - 1, index) : null;
    }

    /// <summary>
    /// Returns every change between two adjacent periods of the series, in order. A gap (a period with no
    /// value) gives no change across it.
    /// </summary>
    /// <returns>The changes.</returns>
    public IEnumerable<PeriodChange> Changes()
    {
        for (var i = 1; i < _measurements.Length; i++)
        {
            if (ChangeFrom(i - 1, i) is { } change)
            {
                yield return change;
            }
        }
    }

    private PeriodChange? ChangeFrom(int previousIndex, int index)
    {
        var previous = _measurements[previousIndex];
        var current = _measurements[index];
        var adjacent = previous.Period.End.PlusDays(1) == current.Period.Start;
        return adjacent ? new PeriodChange(previous.Period, previous.Value, current.Period, current.Value) : null;
    }

    private int IndexOf(ReportingPeriod period)
    {
        var low = 0;
        var high = _measurements.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var comparison = _measurements[middle].Period.CompareTo(period);
            if (comparison == 0)
            {
                return middle;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    private void CheckConsistency(string parameterName)
    {
        for (var i = 0; i < _measurements.Length; i++)
        {
            var measurement = _measurements[i];
            Preconditions.Check(
                measurement.Indicator == Indicator,
                $"The series is for '{Indicator}' but holds a measurement of '{measurement.Indicator}' for {measurement.Period}.",
                parameterName);
            if (i == 0)
            {
                continue;
            }

            var previous = _measurements[i - 1];
            Preconditions.Check(
                Nullable.Equals(measurement.Channel, previous.Channel),
                $"The series of '{Indicator}' mixes channels '{Describe(previous.Channel)}' and '{Describe(measurement.Channel)}'; a series holds one channel.",
                parameterName);
            Preconditions.Check(
                measurement.Period.Cadence == previous.Period.Cadence,
                $"The series of '{Indicator}' mixes the cadences {previous.Period.Cadence} and {measurement.Period.Cadence}; a series holds one cadence.",
                parameterName);
            Preconditions.Check(
                measurement.Period != previous.Period,
                string.Create(CultureInfo.InvariantCulture, $"The series of '{Indicator}' has two values for the period {measurement.Period}: {previous.Value} and {measurement.Value}. A series holds one value per period."),
                parameterName);
            Preconditions.Check(
                measurement.Period.Start > previous.Period.End,
                $"The series of '{Indicator}' has overlapping periods {previous.Period} and {measurement.Period}.",
                parameterName);
        }
    }

    private static string Describe(Channel? channel) => channel?.Name ?? "all channels";
}
