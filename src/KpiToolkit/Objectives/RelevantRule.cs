using KpiToolkit.Indicators;
using KpiToolkit.Localization;

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
                new LocalizableText("Smart.BusinessGoalMissing"),
                nameof(Objective.BusinessGoal));
        }

        if (context.Parent is { } parent)
        {
            if (objective.Start < parent.Start)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.OutsideParentWindow, SmartSeverity.Warning,
                    new LocalizableText("Smart.StartsBeforeParent", Invariant.Format(objective.Start!.Value), parent.Id, Invariant.Format(parent.Start!.Value)),
                    nameof(Objective.Start), Invariant.Format(objective.Start!.Value));
            }

            if (objective.Deadline > parent.Deadline)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.OutsideParentWindow, SmartSeverity.Warning,
                    new LocalizableText("Smart.EndsAfterParent", Invariant.Format(objective.Deadline!.Value), parent.Id, Invariant.Format(parent.Deadline!.Value)),
                    nameof(Objective.Deadline), Invariant.Format(objective.Deadline!.Value));
            }
        }

        var againstPolarity = (objective.Target?.Kind, objective.Indicator.Polarity) switch
        {
            (TargetKind.IncreaseTo, Polarity.LowerIsBetter) => "Smart.RaisesLowerIsBetter",
            (TargetKind.DecreaseTo, Polarity.HigherIsBetter) => "Smart.LowersHigherIsBetter",
            _ => null,
        };
        if (againstPolarity is not null)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.TargetAgainstPolarity, SmartSeverity.Warning,
                new LocalizableText(againstPolarity, objective.Indicator.NameText),
                nameof(Objective.Target), objective.Target!.ToString());
        }
    }
}
