namespace KpiToolkit.Evaluation;

/// <summary>Where an objective stands, from worst to best.</summary>
/// <remarks>
/// <para>The five graded statuses (<see cref="Missed"/> to <see cref="Achieved"/>) are ordered worst to best, so the
/// weakest of several is their minimum. <see cref="NoData"/> and <see cref="NotStarted"/> say that no grade can be
/// given yet; they sort before the graded ones and a roll-up skips them (see <see cref="RollUpMethod"/>).</para>
/// </remarks>
public enum ObjectiveStatus
{
    /// <summary>No measurement inside the objective's window, or no target to compare with.</summary>
    NoData,

    /// <summary>The evaluation date is before the objective's start.</summary>
    NotStarted,

    /// <summary>The target was not met when the status became final: after the deadline, or on it once its period is measured.</summary>
    Missed,

    /// <summary>Far behind the pace the elapsed time asks for, or outside the range to keep.</summary>
    OffTrack,

    /// <summary>Behind the pace the elapsed time asks for, but not far.</summary>
    AtRisk,

    /// <summary>At or ahead of the pace the elapsed time asks for, or inside the range to keep.</summary>
    OnTrack,

    /// <summary>The target is met: before the deadline for a target to reach, at the deadline for a range to keep. Final after the deadline, or on it once its period is measured.</summary>
    Achieved,
}

/// <summary>Why an objective got its status; each value names the rule that decided.</summary>
public enum StatusReason
{
    /// <summary>The objective has no target.</summary>
    NoTarget,

    /// <summary>No completed measurement lies between the objective's start and the evaluation date.</summary>
    NoMeasurement,

    /// <summary>The evaluation date is before the objective's start.</summary>
    BeforeStart,

    /// <summary>The current value meets the target to reach.</summary>
    TargetMet,

    /// <summary>The current value is inside the range to keep.</summary>
    InsideRange,

    /// <summary>The current value is outside the range to keep.</summary>
    OutsideRange,

    /// <summary>Progress is at most <see cref="EvaluationOptions.AtRiskGap"/> behind the expected progress.</summary>
    OnPace,

    /// <summary>Progress is more than <see cref="EvaluationOptions.AtRiskGap"/> and at most <see cref="EvaluationOptions.OffTrackGap"/> behind the expected progress.</summary>
    BehindPace,

    /// <summary>Progress is more than <see cref="EvaluationOptions.OffTrackGap"/> behind the expected progress.</summary>
    FarBehindPace,

    /// <summary>The objective has no deadline, so no pace is expected, and the target is not met.</summary>
    NoDeadline,

    /// <summary>The deadline has passed, or the current value's period ends on it; the status is final.</summary>
    DeadlinePassed,

    /// <summary>The status is the weakest of the sub-objectives' statuses.</summary>
    WeakestSubObjective,

    /// <summary>The status compares the sub-objectives' weighted progress with their weighted expected progress.</summary>
    WeightedSubObjectives,
}

/// <summary>How an objective with sub-objectives combines their statuses.</summary>
public enum RollUpMethod
{
    /// <summary>
    /// The weakest graded status of the sub-objectives (the default, as Perdoo rolls up key results). Sub-objectives
    /// with <see cref="ObjectiveStatus.NoData"/> or <see cref="ObjectiveStatus.NotStarted"/> are skipped and counted.
    /// </summary>
    WeakestStatus,

    /// <summary>
    /// The mean of the sub-objectives' progress weighted by <see cref="Objectives.Objective.Weight"/>, judged against
    /// their weighted expected progress with the same thresholds as a single objective. Each sub-objective's progress
    /// counts between 0 and 1 in the mean (as Perdoo counts negative progress as 0), so one that goes past its target
    /// cannot hide a sibling that lags behind; the sub-objectives keep their own unclamped progress.
    /// </summary>
    WeightedProgress,
}

/// <summary>Helpers for <see cref="ObjectiveStatus"/>.</summary>
public static class ObjectiveStatusExtensions
{
    /// <summary>Tells whether the status is one of the five graded ones, from <see cref="ObjectiveStatus.Missed"/> to <see cref="ObjectiveStatus.Achieved"/>.</summary>
    /// <param name="status">The status.</param>
    /// <returns><see langword="true"/> for a graded status; <see langword="false"/> for <see cref="ObjectiveStatus.NoData"/> and <see cref="ObjectiveStatus.NotStarted"/>.</returns>
    public static bool IsGraded(this ObjectiveStatus status) => status is >= ObjectiveStatus.Missed and <= ObjectiveStatus.Achieved;
}
