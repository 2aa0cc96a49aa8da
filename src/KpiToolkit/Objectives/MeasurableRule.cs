using KpiToolkit.Indicators;

namespace KpiToolkit.Objectives;

/// <summary>
/// Measurable: the objective has a numeric target and a baseline, both within the bounds of the
/// indicator, and the target asks for a change from the baseline. A target above the indicator's plausible
/// maximum is a warning.
/// </summary>
public sealed class MeasurableRule : ISmartRule
{
    /// <inheritdoc />
    public SmartCriterion Criterion => SmartCriterion.Measurable;

    /// <inheritdoc />
    public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
    {
        Preconditions.NotNull(context);
        var objective = context.Objective;
        var indicator = objective.Indicator;
        if (objective.Target is not { } target)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.TargetMissing, SmartSeverity.Error,
                $"There is no target: state the value of '{indicator.Name}' to reach, or the range to keep.",
                nameof(Objective.Target));
        }
        else
        {
            foreach (var value in TargetValues(target).Where(value => !indicator.IsWithinBounds(value)))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetOutOfBounds, SmartSeverity.Error,
                    $"The target {Invariant.Format(value)} is outside the bounds of '{indicator.Name}' ({DescribeBounds(indicator)}).{UnitHint(indicator, value)}",
                    nameof(Objective.Target), Invariant.Format(value));
            }

            // Within the bounds but beyond what the indicator reaches in practice: possible, so a warning, not an error.
            foreach (var value in TargetValues(target).Where(value => indicator.IsWithinBounds(value) && value > indicator.PlausibleMaximum))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetImplausible, SmartSeverity.Warning,
                    $"The target {Invariant.Format(value)} is above the plausible maximum of '{indicator.Name}' ({Invariant.Format(indicator.PlausibleMaximum!.Value)}).{UnitHint(indicator, value)}",
                    nameof(Objective.Target), Invariant.Format(value));
            }
        }

        if (objective.Baseline is not { } baseline)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.BaselineMissing, SmartSeverity.Error,
                $"There is no baseline: measure '{indicator.Name}' before the start so progress can be measured from it.",
                nameof(Objective.Baseline));
            yield break;
        }

        if (!indicator.IsWithinBounds(baseline.Value))
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.BaselineOutOfBounds, SmartSeverity.Error,
                $"The baseline {Invariant.Format(baseline.Value)} is outside the bounds of '{indicator.Name}' ({DescribeBounds(indicator)}).{UnitHint(indicator, baseline.Value)}",
                nameof(Objective.Baseline), Invariant.Format(baseline.Value));
        }

        if (objective.Target is { Value: { } aim } directional)
        {
            if (aim == baseline.Value)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetEqualsBaseline, SmartSeverity.Error,
                    $"The target equals the baseline ({Invariant.Format(aim)}): no change is asked for. Use a range target to keep a value.",
                    nameof(Objective.Target), Invariant.Format(aim));
            }
            else if (directional.IsMetBy(baseline.Value))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetAlreadyMet, SmartSeverity.Error,
                    $"The baseline {Invariant.Format(baseline.Value)} already meets the target ({directional}): the target points the wrong way or is too low a bar.",
                    nameof(Objective.Target), Invariant.Format(aim));
            }
        }
    }

    private static IEnumerable<double> TargetValues(Target target) =>
        target.Kind == TargetKind.KeepWithin ? [target.Minimum!.Value, target.Maximum!.Value] : [target.Value!.Value];

    private static string DescribeBounds(Indicator indicator) =>
        (indicator.MinimumValue, indicator.MaximumValue) switch
        {
            ({ } min, { } max) => $"from {Invariant.Format(min)} to {Invariant.Format(max)}",
            ({ } min, null) => $"at least {Invariant.Format(min)}",
            (null, { } max) => $"at most {Invariant.Format(max)}",
            _ => "none",
        };

    private static string UnitHint(Indicator indicator, double value) =>
        indicator.Unit == IndicatorUnit.Fraction && Math.Abs(value) > 1
            ? $" Rates are fractions: write {Invariant.Format(value / 100)} for {Invariant.Format(value)} %."
            : string.Empty;
}
