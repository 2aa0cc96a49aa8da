using System.Globalization;

namespace KpiToolkit.Calculators;

/// <summary>The options of <see cref="SpikeLikelihoodDetector"/>.</summary>
public sealed class SpikeLikelihoodDetectorOptions
{
    /// <summary>Gets or sets how many earlier points give the mean and spread a point is compared with.</summary>
    /// <value>1,000. Must be at least 2.</value>
    public int Window { get; set; } = 1000;

    /// <summary>Gets or sets how many points the detector reads before it judges any (or <see cref="Window"/>, when fewer).</summary>
    /// <value>100. Must be at least 2.</value>
    public int MinimumHistory { get; set; } = 100;

    /// <summary>Gets or sets over how many points the raw surprise is averaged before it is judged.</summary>
    /// <value>3. Must be at least 1.</value>
    public int AveragingWindow { get; set; } = 3;

    /// <summary>Gets or sets how many earlier raw surprises form the distribution the average is judged against.</summary>
    /// <value>2,000. Must be greater than twice <see cref="AveragingWindow"/>.</value>
    public int SurpriseWindow { get; set; } = 2000;

    /// <summary>Gets or sets the weight of the step's surprise (the change from the previous point) in the raw surprise.</summary>
    /// <value>1. Must be at least 0.</value>
    public double StepWeight { get; set; } = 1;

    /// <summary>Gets or sets the largest surprise one point can have, in standard deviations.</summary>
    /// <value>10. Must be positive.</value>
    public double SurpriseCap { get; set; } = 10;

    /// <summary>Gets or sets the smallest spread of the raw surprises, so a long calm stretch does not make any wobble alarming.</summary>
    /// <value>0.05. Must be positive.</value>
    public double MinimumSurpriseSpread { get; set; } = 0.05;

    /// <summary>Gets or sets the score from which a point is reported and the detector goes quiet.</summary>
    /// <value>0.5. Must be in (0, 1].</value>
    public double AlarmScore { get; set; } = 0.5;

    /// <summary>Gets or sets how many points after a report score 0.</summary>
    /// <value>50. Must be at least 0.</value>
    public int QuietPoints { get; set; } = 50;

    /// <summary>Gets or sets how many standard deviations of the window the verdict's band reaches.</summary>
    /// <value>3. Must be positive.</value>
    public double BandWidth { get; set; } = 3;

    internal SpikeLikelihoodDetectorOptions Validated()
    {
        Check(Window >= 2, $"Window must be at least 2 points, but was {Window}.");
        Check(MinimumHistory >= 2, $"MinimumHistory must be at least 2 points, but was {MinimumHistory}.");
        Check(AveragingWindow >= 1, $"AveragingWindow must be at least 1 point, but was {AveragingWindow}.");
        Check(SurpriseWindow > 2 * AveragingWindow, $"SurpriseWindow must be greater than twice AveragingWindow ({2 * AveragingWindow}), but was {SurpriseWindow}.");
        Check(double.IsFinite(StepWeight) && StepWeight >= 0, $"StepWeight must be a number of at least 0, but was {StepWeight}.");
        Check(double.IsFinite(SurpriseCap) && SurpriseCap > 0, $"SurpriseCap must be a positive number, but was {SurpriseCap}.");
        Check(double.IsFinite(MinimumSurpriseSpread) && MinimumSurpriseSpread > 0, $"MinimumSurpriseSpread must be a positive number, but was {MinimumSurpriseSpread}.");
        Check(AlarmScore > 0 && AlarmScore <= 1, $"AlarmScore must be in (0, 1], but was {AlarmScore}.");
        Check(QuietPoints >= 0, $"QuietPoints must be at least 0, but was {QuietPoints}.");
        Check(double.IsFinite(BandWidth) && BandWidth > 0, $"BandWidth must be a positive number, but was {BandWidth}.");
        return new SpikeLikelihoodDetectorOptions
        {
            Window = Window, MinimumHistory = MinimumHistory, AveragingWindow = AveragingWindow, SurpriseWindow = SurpriseWindow, StepWeight = StepWeight,
            SurpriseCap = SurpriseCap, MinimumSurpriseSpread = MinimumSurpriseSpread, AlarmScore = AlarmScore,
            QuietPoints = QuietPoints, BandWidth = BandWidth,
        };
    }

    private static void Check(bool condition, FormattableString message)
    {
        if (!condition)
        {
            throw new ArgumentException(
                string.Concat(nameof(SpikeLikelihoodDetectorOptions), ".", message.ToString(CultureInfo.InvariantCulture)), "options");
        }
    }
}
