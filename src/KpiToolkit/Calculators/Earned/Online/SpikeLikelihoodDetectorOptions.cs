using System.Globalization;

namespace KpiToolkit.Calculators;

/// <summary>The options of <see cref="SpikeLikelihoodDetector"/>.</summary>
public sealed class SpikeLikelihoodDetectorOptions
{
    /// <summary>Gets or sets how many earlier points give the mean and spread a point is compared with.</summary>
    /// <value>
    /// 1,000: about three and a half days of 5-minute points, six weeks of hourly ones; long enough that a burst
    /// barely moves its own baseline (500 scored 0.4 points lower on NAB, 2,000 3.4 lower). Must be at least 2.
    /// </value>
    public int Window { get; set; } = 1000;

    /// <summary>Gets or sets how many points the detector reads before it judges any (or <see cref="Window"/>, when fewer).</summary>
    /// <value>100: a mean and spread from fewer points raise false alarms. Must be at least 2.</value>
    public int MinimumHistory { get; set; } = 100;

    /// <summary>Gets or sets over how many points the raw surprise is averaged before it is judged.</summary>
    /// <value>3: one wild point alone is not an event, three in a row are (1 scored 9.8 points lower on NAB, 5 4.6 lower). Must be at least 1.</value>
    public int AveragingWindow { get; set; } = 3;

    /// <summary>Gets or sets how many earlier raw surprises form the distribution the average is judged against.</summary>
    /// <value>2,000: what "usual surprise" means for this series (1,000 scored 2.9 points lower on NAB). Must be greater than twice <see cref="AveragingWindow"/>.</value>
    public int SurpriseWindow { get; set; } = 2000;

    /// <summary>Gets or sets the weight of the step's surprise (the change from the previous point) in the raw surprise.</summary>
    /// <value>1: a sudden jump is news even when the level it reaches is not (0 scored 3.1 points lower on NAB). Must be at least 0.</value>
    public double StepWeight { get; set; } = 1;

    /// <summary>
    /// Gets or sets the weight of the surprise of the change from the same time the day before (when a day is a
    /// whole number of points, from the spacing of the first two points).
    /// </summary>
    /// <value>1: mentions follow the day, so the day before is the best guess of now (0, which also turns off <see cref="SeasonTolerance"/>, scored 5.9 points lower on NAB). Must be at least 0.</value>
    public double SeasonWeight { get; set; } = 1;

    /// <summary>
    /// Gets or sets how many points either side of the same time the day before are searched for a close match: a
    /// point is then no more surprising than its difference (value and step) from the closest of them; 0 never, nor when
    /// <see cref="SeasonWeight"/> is 0.
    /// </summary>
    /// <value>
    /// 4: twenty minutes either way of 5-minute points, four hours of hourly ones, so a nightly job or a daily show that
    /// comes a little earlier or later is no news (0 scored 3.6 points lower on NAB, 3 0.6 and 6 0.9 lower). Must be at least 0.
    /// </value>
    public int SeasonTolerance { get; set; } = 4;

    /// <summary>Gets or sets over how many points the raw surprise is also averaged, against the earlier averages of as many; 0 never.</summary>
    /// <value>
    /// 50: about four hours of 5-minute points, two days of hourly ones; a change of regime that no three points show,
    /// such as a level that creeps away (0 scored 0.5 points lower on NAB, 30 0.2 and 60 0.5 lower). Must be at least 0.
    /// </value>
    public int LongAveragingWindow { get; set; } = 50;

    /// <summary>Gets or sets over how many earlier points the largest short average is kept, against which a burst is judged; 0 never.</summary>
    /// <value>
    /// 1,000: three and a half days of 5-minute points, six weeks of hourly ones; a burst smaller than one of those days'
    /// is scaled by <see cref="BelowRecordFactor"/> (0 scored 1.2 points lower on NAB, 2,000 0.8 lower). Must be at least 0.
    /// </value>
    public int RecordWindow { get; set; } = 1000;

    /// <summary>Gets or sets the factor of the score of a burst no larger than the largest of <see cref="RecordWindow"/>.</summary>
    /// <value>0.85: a repeat of a recent burst needs a clearer tail to be reported (0.8 scored 0.3 points lower on NAB, 0.9 0.4 lower). Must be in (0, 1].</value>
    public double BelowRecordFactor { get; set; } = 0.85;

    /// <summary>Gets or sets the share of the range seen so far by which a value must leave that range to score 1 at once; 0 never.</summary>
    /// <value>0.005: a volume never seen before, by more than 0.5% of the range, is news at once (0.01 scored 0.7 points lower on NAB, 0 scored 15.8 lower). Must be at least 0.</value>
    public double RangeTolerance { get; set; } = 0.005;

    /// <summary>Gets or sets the largest surprise one point can have, in standard deviations.</summary>
    /// <value>10: one wild point cannot dominate the long window's distribution (15 scored 0.6 points lower on NAB). Must be positive.</value>
    public double SurpriseCap { get; set; } = 10;

    /// <summary>Gets or sets the smallest spread of the raw surprises, so a long calm stretch does not make any wobble alarming.</summary>
    /// <value>0.05: a flat series stays quiet on its smallest wobble (0.1 scored 0.3 points lower on NAB). Must be positive.</value>
    public double MinimumSurpriseSpread { get; set; } = 0.05;

    /// <summary>Gets or sets the score from which a point is reported and the detector goes quiet.</summary>
    /// <value>0.45: a tail probability of about 3e-5 (0.5 scored 0.4 points lower on NAB, 0.4 1.1 and 0.65 1.4 lower). Must be in (0, 1].</value>
    public double AlarmScore { get; set; } = 0.45;

    /// <summary>Gets or sets how many points after a report score 0; the quiet starts again while the score stays at <see cref="AlarmScore"/>.</summary>
    /// <value>
    /// 30: one alarm per event, as someone on call wants it (0 scored 9.9 points lower on NAB, 10 0.7 and 70
    /// 1.8 lower); two and a half hours of 5-minute points, a day and a bit of hourly ones. Must be at least 0.
    /// </value>
    public int QuietPoints { get; set; } = 30;

    /// <summary>Gets or sets how many standard deviations of the window the verdict's band reaches.</summary>
    /// <value>3: the usual three-sigma band; it does not change the score. Must be positive.</value>
    public double BandWidth { get; set; } = 3;

    internal SpikeLikelihoodDetectorOptions Validated()
    {
        Check(Window >= 2, $"Window must be at least 2 points, but was {Window}.");
        Check(MinimumHistory >= 2, $"MinimumHistory must be at least 2 points, but was {MinimumHistory}.");
        Check(AveragingWindow >= 1, $"AveragingWindow must be at least 1 point, but was {AveragingWindow}.");
        Check(SurpriseWindow > 2 * AveragingWindow, $"SurpriseWindow must be greater than twice AveragingWindow ({2 * AveragingWindow}), but was {SurpriseWindow}.");
        Check(double.IsFinite(StepWeight) && StepWeight >= 0, $"StepWeight must be a number of at least 0, but was {StepWeight}.");
        Check(double.IsFinite(SeasonWeight) && SeasonWeight >= 0, $"SeasonWeight must be a number of at least 0, but was {SeasonWeight}.");
        Check(SeasonTolerance >= 0, $"SeasonTolerance must be at least 0 points, but was {SeasonTolerance}.");
        Check(LongAveragingWindow >= 0, $"LongAveragingWindow must be at least 0 points, but was {LongAveragingWindow}.");
        Check(RecordWindow >= 0, $"RecordWindow must be at least 0 points, but was {RecordWindow}.");
        Check(BelowRecordFactor > 0 && BelowRecordFactor <= 1, $"BelowRecordFactor must be in (0, 1], but was {BelowRecordFactor}.");
        Check(double.IsFinite(RangeTolerance) && RangeTolerance >= 0, $"RangeTolerance must be a number of at least 0, but was {RangeTolerance}.");
        Check(double.IsFinite(SurpriseCap) && SurpriseCap > 0, $"SurpriseCap must be a positive number, but was {SurpriseCap}.");
        Check(double.IsFinite(MinimumSurpriseSpread) && MinimumSurpriseSpread > 0, $"MinimumSurpriseSpread must be a positive number, but was {MinimumSurpriseSpread}.");
        Check(AlarmScore > 0 && AlarmScore <= 1, $"AlarmScore must be in (0, 1], but was {AlarmScore}.");
        Check(QuietPoints >= 0, $"QuietPoints must be at least 0, but was {QuietPoints}.");
        Check(double.IsFinite(BandWidth) && BandWidth > 0, $"BandWidth must be a positive number, but was {BandWidth}.");
        return new SpikeLikelihoodDetectorOptions
        {
            Window = Window, MinimumHistory = MinimumHistory, AveragingWindow = AveragingWindow, SurpriseWindow = SurpriseWindow,
            StepWeight = StepWeight, SeasonWeight = SeasonWeight, RangeTolerance = RangeTolerance, SurpriseCap = SurpriseCap, MinimumSurpriseSpread = MinimumSurpriseSpread, AlarmScore = AlarmScore,
            QuietPoints = QuietPoints, BandWidth = BandWidth, SeasonTolerance = SeasonTolerance, LongAveragingWindow = LongAveragingWindow,
            RecordWindow = RecordWindow, BelowRecordFactor = BelowRecordFactor,
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
