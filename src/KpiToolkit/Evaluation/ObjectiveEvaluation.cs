using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using NodaTime;

namespace KpiToolkit.Evaluation;

/// <summary>
/// Where an objective stands on a date: its current value, progress against the pace the elapsed time asks for,
/// status, projection at the deadline, change against the previous period and, for a global objective, the roll-up
/// of its sub-objectives.
/// </summary>
/// <remarks>
/// <para>Progress and expected progress are fractions of the way from the baseline to the target (0.25 is a quarter
/// of the way). Progress is not clamped: below 0 means the value moved away from the target, above 1 means it
/// went past it.</para>
/// <para>The numbers (<see cref="Current"/>, <see cref="Progress"/>, <see cref="Projection"/>) are the objective's own,
/// from its own measurement series. <see cref="Status"/> is its own status for an objective without sub-objectives,
/// and the roll-up of its sub-objectives otherwise; <see cref="OwnStatus"/> always holds its own.</para>
/// </remarks>
public sealed record ObjectiveEvaluation
{
    internal ObjectiveEvaluation()
    {
    }

    /// <summary>Gets the objective evaluated.</summary>
    public required Objective Objective { get; init; }

    /// <summary>Gets the date of the evaluation: measurements of periods that end after it are not used.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets the latest completed measurement inside the objective's window, or null when there is none.</summary>
    public Measurement? Current { get; init; }

    /// <summary>Gets the value progress starts from: the objective's baseline or, without one, the last measurement before the start, else the first one inside the objective's window.</summary>
    public double? BaselineValue { get; init; }

    /// <summary>Gets the fraction of the way from the baseline to the target covered by the current value; null without a target or a current value.</summary>
    /// <remarks>For a target the baseline already meets (equal to it, or beyond it in the target's direction) it is 1 when the target is met and 0 otherwise; for a range to keep, 1 inside the range.</remarks>
    public double? Progress { get; init; }

    /// <summary>Gets the fraction of the objective's time elapsed on <see cref="AsOf"/>, between 0 and 1; null without a deadline.</summary>
    public double? ExpectedProgress { get; init; }

    /// <summary>Gets the status: the objective's own without sub-objectives, their roll-up with them.</summary>
    public required ObjectiveStatus Status { get; init; }

    /// <summary>Gets the rule that decided <see cref="Status"/>.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the status from the objective's own series, ignoring its sub-objectives.</summary>
    public required ObjectiveStatus OwnStatus { get; init; }

    /// <summary>Gets the rule that decided <see cref="OwnStatus"/>.</summary>
    public required StatusReason OwnReason { get; init; }

    /// <summary>
    /// Gets a value indicating whether the status is final: the deadline has passed on <see cref="AsOf"/>, or the period of
    /// <see cref="Current"/> ends on or after the deadline, so no later measurement counts.
    /// </summary>
    /// <remarks>With a deadline of 30 June and a monthly series, the status is final on 30 June once June is measured, and on 1 July otherwise.</remarks>
    public bool IsFinal { get; init; }

    /// <summary>Gets the value expected at the deadline from the trend of the series; null when the status is final, there is no deadline, or the series is too short.</summary>
    public ObjectiveProjection? Projection { get; init; }

    /// <summary>Gets the change of the current value against the period just before it; null when that period has no measurement.</summary>
    public PeriodChange? Change { get; init; }

    /// <summary>Gets the evaluations of the sub-objectives, in the objective's order.</summary>
    public IReadOnlyList<ObjectiveEvaluation> SubObjectives { get; init; } = [];

    /// <summary>Gets how the sub-objectives combine; null for an objective without sub-objectives.</summary>
    public ObjectiveRollUp? RollUp { get; init; }

    /// <summary>Gets a sentence that says how the status was reached, in English, with invariant numbers.</summary>
    public required string Explanation { get; init; }

    /// <summary>Gets this evaluation and those of all its sub-objectives, depth first.</summary>
    /// <returns>The evaluations, parents before children.</returns>
    public IEnumerable<ObjectiveEvaluation> SelfAndDescendants() => Trees.PreOrder(this, static evaluation => evaluation.SubObjectives);
}

/// <summary>The value an objective is heading for at its deadline, from a least-squares line through its measurements.</summary>
/// <param name="Deadline">The date projected to.</param>
/// <param name="Value">The value on the trend line at the deadline.</param>
/// <param name="Progress">The progress that value would give; null when progress cannot be computed.</param>
/// <param name="MeetsTarget">Whether that value meets the target.</param>
/// <param name="SlopePerDay">The trend, in the indicator's unit per day.</param>
/// <param name="PointsUsed">How many measurements the line was fitted to.</param>
/// <remarks>The measurements are placed at the middle day of their periods. The projection is a hint, not part of the status.</remarks>
public sealed record ObjectiveProjection(LocalDate Deadline, double Value, double? Progress, bool MeetsTarget, double SlopePerDay, int PointsUsed);

/// <summary>How the sub-objectives of a global objective combine into its status.</summary>
/// <remarks>
/// <see cref="Progress"/> clamps each sub-objective's progress to [0, 1] before averaging: a sub-objective 1.87 of
/// the way and another 0.13 of the way give (1 + 0.13) / 2 = 0.565, not 1. The sub-objectives' own evaluations keep
/// their unclamped progress.
/// </remarks>
/// <param name="Method">The roll-up method used.</param>
/// <param name="Status">The combined status.</param>
/// <param name="Progress">The weighted mean progress of the sub-objectives that have one, each counted between 0 and 1; null when none has.</param>
/// <param name="ExpectedProgress">The weighted mean expected progress of the sub-objectives that have one; null when none has.</param>
/// <param name="Graded">How many sub-objectives had a graded status and took part.</param>
/// <param name="Skipped">How many sub-objectives were skipped for <see cref="ObjectiveStatus.NoData"/> or <see cref="ObjectiveStatus.NotStarted"/>.</param>
public sealed record ObjectiveRollUp(RollUpMethod Method, ObjectiveStatus Status, double? Progress, double? ExpectedProgress, int Graded, int Skipped);
