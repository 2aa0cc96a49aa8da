using System.Globalization;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Localization;

namespace KpiToolkit.Calculators;

/// <summary>The options of <see cref="StandardDeviationDetector"/>.</summary>
public sealed class StandardDeviationDetectorOptions : TrailingWindowOptions
{
    /// <summary>Gets or sets how many standard deviations from the mean make a spike or a drop.</summary>
    /// <value>2, the "medium" sensitivity of Socialmetrix's alerts (1.5 is low, 3 is high). Must be positive.</value>
    public double K { get; set; } = 2;
}

/// <summary>
/// Mean plus or minus k standard deviations over a trailing window: a period is a spike when its volume is
/// above mean + kσ of the earlier periods, a drop when below mean − kσ. Its score is the z-score (x − mean) / σ.
/// </summary>
/// <remarks>σ is the sample standard deviation of the window (divided by n − 1).</remarks>
public sealed class StandardDeviationDetector : TrailingWindowDetector
{
    private readonly double _k;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The window, k, season and minimum count; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public StandardDeviationDetector(StandardDeviationDetectorOptions? options = null)
        : base(options ??= new StandardDeviationDetectorOptions())
    {
        _k = Preconditions.Positive(options.K, $"{nameof(StandardDeviationDetectorOptions)}.{nameof(options.K)}");
    }

    /// <inheritdoc />
    public override string Name => Description.English;

    /// <inheritdoc />
    internal override LocalizableText Description => new("Detector.StandardDeviation", _k, Window, Season);

    /// <inheritdoc />
    protected override VolumeAnomaly Judge(VolumePoint point, double[] window)
    {
        var (mean, sigma) = Statistics.MeanAndSampleDeviation(window);
        return Verdict(point, window, mean, sigma, sigma, _k);
    }
}

/// <summary>The options of <see cref="ModifiedZScoreDetector"/>.</summary>
public sealed class ModifiedZScoreDetectorOptions : TrailingWindowOptions
{
    /// <summary>Gets or sets the absolute modified z-score above which a period is flagged.</summary>
    /// <value>3.5, as Iglewicz and Hoaglin recommend. Must be positive.</value>
    public double Threshold { get; set; } = 3.5;
}

/// <summary>
/// The modified z-score of Iglewicz and Hoaglin over a trailing window: M = 0.6745 (x − median) / MAD, where
/// MAD is the median absolute deviation of the window from its median; a period is flagged when |M| passes
/// the threshold. Robust: one earlier spike barely moves the baseline.
/// </summary>
/// <remarks>
/// When half the window or more equals the median the MAD is 0; the score then divides by
/// 1.253314 × the mean absolute deviation from the median, as IBM's variant does. Only a window with no
/// variation at all gives <see cref="AnomalyStatus.NoVariation"/>.
/// </remarks>
public sealed class ModifiedZScoreDetector : TrailingWindowDetector
{
    private const double Consistency = 0.6745;
    private const double MeanDeviationFactor = 1.253314;
    private readonly double _threshold;

    /// <summary>Creates the detector.</summary>
    /// <param name="options">The window, threshold, season and minimum count; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public ModifiedZScoreDetector(ModifiedZScoreDetectorOptions? options = null)
        : base(options ??= new ModifiedZScoreDetectorOptions())
    {
        _threshold = Preconditions.Positive(options.Threshold, $"{nameof(ModifiedZScoreDetectorOptions)}.{nameof(options.Threshold)}");
    }

    /// <inheritdoc />
    public override string Name => Description.English;

    /// <inheritdoc />
    internal override LocalizableText Description => new("Detector.ModifiedZScore", _threshold, Window, Season);

    /// <inheritdoc />
    protected override VolumeAnomaly Judge(VolumePoint point, double[] window)
    {
        var median = Statistics.Median(window);
        var mad = Statistics.Median(window.Select(x => Math.Abs(x - median)));
        if (mad > 0)
        {
            return Verdict(point, window, median, mad, mad / Consistency, _threshold);
        }

        // Half the window or more sits on the median: use the mean absolute deviation instead (IBM's variant).
        var meanDeviation = window.Average(x => Math.Abs(x - median));
        return Verdict(point, window, median, meanDeviation, MeanDeviationFactor * meanDeviation, _threshold);
    }
}
