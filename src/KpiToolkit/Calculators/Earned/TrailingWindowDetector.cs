using System.Runtime.CompilerServices;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Localization;

namespace KpiToolkit.Calculators;

/// <summary>The options every trailing-window detector shares.</summary>
public abstract class TrailingWindowOptions
{
    /// <summary>Gets or sets how many earlier periods form the baseline.</summary>
    /// <value>7. Must be at least 2.</value>
    public int Window { get; set; } = 7;

    /// <summary>
    /// Gets or sets the step between baseline periods: 1 takes the periods just before; 7 on a daily series
    /// takes the same weekday of earlier weeks (a seasonal baseline), as monitoring tools re-check a spike
    /// against the same day of previous weeks.
    /// </summary>
    /// <value>1. Must be at least 1.</value>
    public int SeasonLength { get; set; } = 1;

    /// <summary>
    /// Gets or sets the smallest volume worth flagging: a spike needs at least this many mentions, and a drop
    /// a baseline of at least this many. Small counts are noisy.
    /// </summary>
    /// <value>0 (no minimum). Must be at least 0.</value>
    public long MinimumCount { get; set; }
}

/// <summary>
/// The shared skeleton of detectors that compare each period with a window of earlier periods: it checks
/// the series, picks the window (plain or seasonal), and applies the minimum count.
/// </summary>
public abstract class TrailingWindowDetector : IVolumeAnomalyDetector
{
    /// <summary>Initialises the detector.</summary>
    /// <param name="options">The window, season and minimum count.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    protected TrailingWindowDetector(TrailingWindowOptions options)
    {
        Preconditions.NotNull(options);
        if (options.Window < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(options.Window), options.Window, "Window must be at least 2 periods.");
        }

        if (options.SeasonLength < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options.SeasonLength), options.SeasonLength, "SeasonLength must be at least 1.");
        }

        if (options.MinimumCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options.MinimumCount), options.MinimumCount, "MinimumCount must not be negative.");
        }

        if ((long)options.Window * options.SeasonLength > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(options.SeasonLength), options.SeasonLength, "Window × SeasonLength must not exceed int.MaxValue periods.");
        }

        Window = options.Window;
        SeasonLength = options.SeasonLength;
        MinimumCount = options.MinimumCount;
    }

    /// <summary>Gets how many earlier periods form the baseline.</summary>
    public int Window { get; }

    /// <summary>Gets the step between baseline periods.</summary>
    public int SeasonLength { get; }

    /// <summary>Gets the smallest volume worth flagging.</summary>
    public long MinimumCount { get; }

    /// <inheritdoc />
    public abstract string Name { get; }

    /// <summary>Gets the name with its settings as values, to show in the labels' language; null for a detector of a host's own.</summary>
    internal virtual LocalizableText? Description => null;

    /// <summary>Gets the season part of a description: <c> every 7</c>, or nothing when each period follows the last.</summary>
    internal LocalizableText? Season => SeasonLength > 1 ? new LocalizableText("Detector.Season", SeasonLength) : null;

    /// <inheritdoc />
    [MethodImpl(HotLoop.Options)]
    public IReadOnlyList<VolumeAnomaly> Detect(IReadOnlyList<VolumePoint> series)
    {
        CheckSeries(series);
        var verdicts = new VolumeAnomaly[series.Count];
        var window = new double[Window];

        // The counts read once into an array: each period reads Window earlier ones, through no interface call.
        var counts = new double[series.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = series[i].Count;
        }

        for (var i = 0; i < series.Count; i++)
        {
            var point = series[i];
            if (i - (Window * SeasonLength) < 0)
            {
                verdicts[i] = new VolumeAnomaly
                {
                    Period = point.Period, Observed = point.Count, Status = AnomalyStatus.InsufficientHistory,
                    Direction = VolumeDirection.None, HistoryUsed = i / SeasonLength,
                };
                continue;
            }

            for (var k = 0; k < Window; k++)
            {
                window[k] = counts[i - ((k + 1) * SeasonLength)];
            }

            verdicts[i] = ApplyMinimum(Judge(point, window));
        }

        return verdicts;
    }

    /// <summary>Judges one period against its window of earlier volumes.</summary>
    /// <param name="point">The period and its volume.</param>
    /// <param name="window">The earlier volumes, most recent first; the array is reused, do not keep it.</param>
    /// <returns>The verdict, before the minimum count is applied.</returns>
    protected abstract VolumeAnomaly Judge(VolumePoint point, double[] window);

    /// <summary>
    /// Builds the verdict of a window with a spread: the score is (observed − baseline) / <paramref name="scale"/>,
    /// and the period is a spike or a drop when the score passes ± <paramref name="limit"/>; a spread of 0 gives
    /// <see cref="AnomalyStatus.NoVariation"/> with no score.
    /// </summary>
    /// <param name="point">The period and its volume.</param>
    /// <param name="window">The earlier volumes.</param>
    /// <param name="baseline">The mean or median of the window.</param>
    /// <param name="spread">The spread reported.</param>
    /// <param name="scale">What a score of 1 is worth in volume; 0 when the window does not vary.</param>
    /// <param name="limit">The score beyond which a period is flagged.</param>
    /// <returns>The verdict.</returns>
    protected static VolumeAnomaly Verdict(VolumePoint point, double[] window, double baseline, double spread, double scale, double limit)
    {
        Preconditions.NotNull(point);
        Preconditions.NotNull(window);
        if (scale == 0)
        {
            return new VolumeAnomaly
            {
                Period = point.Period, Observed = point.Count, HistoryUsed = window.Length, Baseline = baseline, Spread = spread,
                Status = AnomalyStatus.NoVariation, Direction = VolumeDirection.None,
            };
        }

        // One verdict per period of a long series: built once, not copied with `with`.
        var score = (point.Count - baseline) / scale;
        return new VolumeAnomaly
        {
            Period = point.Period, Observed = point.Count, HistoryUsed = window.Length, Baseline = baseline, Spread = spread,
            Status = AnomalyStatus.Evaluated,
            Score = score,
            UpperThreshold = baseline + (limit * scale),
            LowerThreshold = baseline - (limit * scale),
            Direction = score > limit ? VolumeDirection.Spike : score < -limit ? VolumeDirection.Drop : VolumeDirection.None,
        };
    }

    private VolumeAnomaly ApplyMinimum(VolumeAnomaly verdict)
    {
        var tooSmall = verdict.Direction switch
        {
            VolumeDirection.Spike => verdict.Observed < MinimumCount,
            VolumeDirection.Drop => verdict.Baseline < MinimumCount,
            _ => false,
        };
        return tooSmall ? verdict with { Status = AnomalyStatus.BelowMinimumCount, Direction = VolumeDirection.None } : verdict;
    }

    private static void CheckSeries(IReadOnlyList<VolumePoint> series)
    {
        Preconditions.NotNull(series);
        for (var i = 0; i < series.Count; i++)
        {
            Preconditions.Check(series[i] is not null, "series must not contain null.", nameof(series));
            Preconditions.Check(series[i].Count >= 0, $"series has a negative count for {series[i].Period}.", nameof(series));
            if (i > 0)
            {
                var previous = series[i - 1].Period;
                var current = series[i].Period;
                Preconditions.Check(
                    current.Cadence == previous.Cadence && current.Start == previous.End.PlusDays(1),
                    $"series must be consecutive periods of one cadence, but {previous} is followed by {current}.",
                    nameof(series));
            }
        }
    }
}
