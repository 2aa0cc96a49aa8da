using KpiToolkit.Indicators;

namespace KpiToolkit.Objectives;

/// <summary>
/// Relevant: the objective serves a stated business goal or contributes to a parent objective, stays
/// within its parent's dates, and moves its indicator the way the indicator's polarity calls better.
/// </summary>
public sealed class RelevantRule : ISmartRule
{
    /// <inheritdoc />
    public SmartCriterion Criterion => SmartCriterion.Relevant;

    /// <inheritdoc />
    public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
    {
        Preconditions.NotNull(context);
        var objective = context.Objective;
        if (objective.BusinessGoal is null && context.Parent is null)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.BusinessGoalMissing, SmartSeverity.Error,
                "The objective serves no stated business goal and is not part of a global objective: say what it is for.",
                nameof(Objective.BusinessGoal));
        }

        if (context.Parent is { } parent)
        {
            if (objective.Start < parent.Start)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.OutsideParentWindow, SmartSeverity.Warning,
                    $"The objective starts on {Invariant.Format(objective.Start!.Value)}, before its parent '{parent.Id}' ({Invariant.Format(parent.Start!.Value)}).",
                    nameof(Objective.Start), Invariant.Format(objective.Start!.Value));
            }

            if (objective.Deadline > parent.Deadline)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.OutsideParentWindow, SmartSeverity.Warning,
                    $"The objective ends on {Invariant.Format(objective.Deadline!.Value)}, after its parent '{parent.Id}' ({Invariant.Format(parent.Deadline!.Value)}).",
                    nameof(Objective.Deadline), Invariant.Format(objective.Deadline!.Value));
            }
        }

        var againstPolarity = (objective.Target?.Kind, objective.Indicator.Polarity) switch
        {
            (TargetKind.IncreaseTo, Polarity.LowerIsBetter) => "raises",
            (TargetKind.DecreaseTo, Polarity.HigherIsBetter) => "lowers",
            _ => null,
        };
        if (againstPolarity is not null)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.TargetAgainstPolarity, SmartSeverity.Warning,
                $"The target {againstPolarity} '{objective.Indicator.Name}', for which {(objective.Indicator.Polarity == Polarity.HigherIsBetter ? "higher" : "lower")} is better: check that this is intended.",
                nameof(Objective.Target), objective.Target!.ToString());
        }
    }
}
