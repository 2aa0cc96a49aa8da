using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Which way an observed volume departs from its baseline.</summary>
public enum VolumeDirection
{
    /// <summary>Within the thresholds, or not judged.</summary>
    None,

    /// <summary>Unusually high: good news to amplify, or a crisis building up.</summary>
    Spike,

    /// <summary>Unusually low.</summary>
    Drop,
}

/// <summary>Whether a period could be judged against its baseline.</summary>
public enum AnomalyStatus
{
    /// <summary>Judged: <see cref="VolumeAnomaly.Score"/> and the thresholds are set.</summary>
    Evaluated,

    /// <summary>Fewer earlier periods than the window needs; nothing is judged.</summary>
    InsufficientHistory,

    /// <summary>
    /// Every period of the window has the same volume, so the spread is 0 and any score would be infinite.
    /// Nothing is flagged; compare <see cref="VolumeAnomaly.Observed"/> with <see cref="VolumeAnomaly.Baseline"/> yourself.
    /// </summary>
    NoVariation,

    /// <summary>A departure was found but the volume is under the minimum count, so it is not flagged.</summary>
    BelowMinimumCount,
}

/// <summary>The verdict of an <see cref="IVolumeAnomalyDetector"/> on one period of a volume series.</summary>
public sealed record VolumeAnomaly
{
    /// <summary>Gets the period judged.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the volume observed in the period.</summary>
    public required long Observed { get; init; }

    /// <summary>Gets whether the period could be judged.</summary>
    public required AnomalyStatus Status { get; init; }

    /// <summary>Gets the direction of the departure; <see cref="VolumeDirection.None"/> when within the thresholds or not evaluated.</summary>
    public required VolumeDirection Direction { get; init; }

    /// <summary>Gets the number of earlier periods the baseline was computed from.</summary>
    public required int HistoryUsed { get; init; }

    /// <summary>Gets the baseline (mean or median of the window); null with insufficient history.</summary>
    public double? Baseline { get; init; }

    /// <summary>Gets the spread of the window (standard deviation; median absolute deviation, or mean absolute deviation when the MAD is 0); null with insufficient history.</summary>
    public double? Spread { get; init; }

    /// <summary>Gets the volume above which the period is a spike; null when not evaluated.</summary>
    public double? UpperThreshold { get; init; }

    /// <summary>Gets the volume below which the period is a drop; null when not evaluated.</summary>
    public double? LowerThreshold { get; init; }

    /// <summary>Gets the score (z-score or modified z-score); null when not evaluated. Never infinite.</summary>
    public double? Score { get; init; }

    /// <summary>Gets whether the period is flagged as a spike or a drop.</summary>
    public bool IsFlagged => Status == AnomalyStatus.Evaluated && Direction != VolumeDirection.None;
}

/// <summary>
/// Flags unusual volumes in a series of counts, period by period, against a baseline of earlier periods.
/// Implement it to plug in another method; register it with <c>builder.AddVolumeAnomalyDetector&lt;T&gt;()</c>.
/// </summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface IVolumeAnomalyDetector
{
    /// <summary>Gets a short name of the method, such as <c>mean + 2σ over 7 periods</c>.</summary>
    string Name { get; }

    /// <summary>Judges every period of a series.</summary>
    /// <param name="series">Consecutive periods of one cadence, in time order, with no gap (0 where nothing was counted).</param>
    /// <returns>One verdict per period, in the same order.</returns>
    /// <exception cref="ArgumentException">The series has a gap, mixes cadences or is out of order.</exception>
    IReadOnlyList<VolumeAnomaly> Detect(IReadOnlyList<VolumePoint> series);
}
