using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans;

/// <summary>
/// Where one objective of a brand stood at the cluster's last evaluation: the status <see cref="ObjectiveEvaluator"/>
/// gives it over the KPI's periods the cluster computes, as of that day.
/// </summary>
public sealed record ObjectiveSnapshot
{
    /// <summary>Gets the objective's id.</summary>
    public required string ObjectiveId { get; init; }

    /// <summary>Gets the id of the objective it is a sub-objective of; null for a root.</summary>
    public string? ParentId { get; init; }

    /// <summary>Gets the indicator that measures it.</summary>
    public required IndicatorKey Indicator { get; init; }

    /// <summary>Gets its status; for an objective with sub-objectives, the roll-up of theirs when it has no measure of its own.</summary>
    public required ObjectiveStatus Status { get; init; }

    /// <summary>Gets the rule that decided the status.</summary>
    public required StatusReason Reason { get; init; }

    /// <summary>Gets the share of the way from the baseline to the target covered, when there is one.</summary>
    public double? Progress { get; init; }

    /// <summary>Gets the share the elapsed time asks for, when there is one.</summary>
    public double? ExpectedProgress { get; init; }

    /// <summary>Gets the latest value of the KPI, the one the status is judged on; null when it has none.</summary>
    public double? Value { get; init; }

    /// <summary>Gets the period of <see cref="Value"/>; null when it has none.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>Gets whether the cluster measures the objective's KPI: false for an indicator it does not compute (a median, a follower denominator) or a scope it cannot split (several channels, mentions of one channel).</summary>
    public required bool IsMeasured { get; init; }

    /// <summary>Gets the day the objective was evaluated as of, in the cluster's calendar.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets when it was evaluated.</summary>
    public required Instant EvaluatedAt { get; init; }

    /// <summary>Gets the status in a sentence, in English.</summary>
    public required string Explanation { get; init; }
}
