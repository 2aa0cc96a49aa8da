using System.Globalization;
using KpiToolkit.Calculators.Engine;

namespace KpiToolkit.Calculators;

/// <summary>The options of <see cref="MovingStandardDeviationDetector"/>.</summary>
public sealed class MovingStandardDeviationDetectorOptions : OnlineWindowOptions
{
    /// <summary>Initialises the options with a band of 2 standard deviations, as <see cref="StandardDeviationDetector"/>.</summary>
    public MovingStandardDeviationDetectorOptions() => K = 2;
}

/// <summary>
/// Mean ± k standard deviations over a trailing window, online: <see cref="StandardDeviationDetector"/> for a
/// series read one point at a time. Simple, but one earlier outlier in the window widens the band.
/// </summary>
/// <remarks>The standard deviation is the sample one (divided by n − 1).</remarks>
public sealed class MovingStandardDeviationDetector : OnlineWindowDetector
{
    /// <summary>Creates the detector.</summary>
    /// <param name="options">The window, season and k; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public MovingStandardDeviationDetector(MovingStandardDeviationDetectorOptions? options = null)
        : base(options ?? new MovingStandardDeviationDetectorOptions())
    {
    }

    /// <inheritdoc />
    public override string Name => string.Create(CultureInfo.InvariantCulture, $"mean ± {K}σ over {Window} points{SeasonText(SeasonLength)}");

    /// <inheritdoc />
    protected override (double Expected, double Scale) Baseline(Span<double> window) => Statistics.MeanAndSampleDeviation(window);

    internal static string SeasonText(int season) =>
        season > 1 ? string.Create(CultureInfo.InvariantCulture, $" every {season}") : season == 0 ? " with a season found from the series" : string.Empty;
}

/// <summary>The options of <see cref="SeasonalMedianDetector"/>.</summary>
public sealed class SeasonalMedianDetectorOptions : OnlineWindowOptions
{
    /// <summary>Initialises the options with a band of 3.5 modified z-scores, as Iglewicz and Hoaglin recommend.</summary>
    public SeasonalMedianDetectorOptions() => K = 3.5;
}

/// <summary>
/// A robust, seasonality-matched baseline, online: the median and the median absolute deviation (MAD) of the
/// same slot of earlier days or weeks (or of the points just before, with a season of 1), and the modified
/// z-score of Iglewicz and Hoaglin, 0.6745 (x − median) / MAD. A weekly peak is compared with earlier weekly
/// peaks, so it is not flagged, and one earlier outlier barely moves the baseline.
/// </summary>
/// <remarks>
/// When half the window or more equals the median the MAD is 0; the scale is then 1.253314 × the mean absolute
/// deviation from the median, as in <see cref="ModifiedZScoreDetector"/>.
/// </remarks>
public sealed class SeasonalMedianDetector : OnlineWindowDetector
{
    private const double Consistency = 0.6745;
    private const double MeanDeviationFactor = 1.253314;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The window, season and k; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public SeasonalMedianDetector(SeasonalMedianDetectorOptions? options = null)
        : base(options ?? new SeasonalMedianDetectorOptions())
    {
    }

    /// <inheritdoc />
    public override string Name =>
        string.Create(CultureInfo.InvariantCulture, $"median ± {K} MAD over {Window} points{MovingStandardDeviationDetector.SeasonText(SeasonLength)}");

    /// <inheritdoc />
    protected override (double Expected, double Scale) Baseline(Span<double> window)
    {
        var median = Statistics.MedianInPlace(window);
        var meanDeviation = 0.0;
        for (var i = 0; i < window.Length; i++)
        {
            window[i] = Math.Abs(window[i] - median);
            meanDeviation += window[i];
        }

        meanDeviation /= window.Length;
        var mad = Statistics.MedianInPlace(window);
        return (median, mad > 0 ? mad / Consistency : MeanDeviationFactor * meanDeviation);
    }
}
