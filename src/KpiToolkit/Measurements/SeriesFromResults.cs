using KpiToolkit.Calculators;

namespace KpiToolkit.Measurements;

/// <summary>
/// The measurement series made from calculator results, and the results that had no value to put in it, each
/// with its <see cref="KpiResult.UnavailableReason"/>: a period without a value is reported, never dropped unseen.
/// </summary>
/// <remarks>Made by <see cref="KpiResultSeriesExtensions.ToMeasurementSeries"/>.</remarks>
public sealed class SeriesFromResults
{
    internal SeriesFromResults(MeasurementSeries series, IReadOnlyList<KpiResult> unavailable)
    {
        Series = series;
        Unavailable = unavailable;
    }

    /// <summary>Gets the series: one measurement per result with a value, with its period, channel and value.</summary>
    public MeasurementSeries Series { get; }

    /// <summary>Gets the results without a value, ordered by period; each says why in its <see cref="KpiResult.UnavailableReason"/>.</summary>
    public IReadOnlyList<KpiResult> Unavailable { get; }

    /// <summary>Gets a value indicating whether every result had a value.</summary>
    public bool IsComplete => Unavailable.Count == 0;
}
