using KpiToolkit.Indicators;
using KpiToolkit.Localization;

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
                new LocalizableText("Smart.TargetMissing", indicator.NameText),
                nameof(Objective.Target));
        }
        else
        {
            foreach (var value in TargetValues(target).Where(value => !indicator.IsWithinBounds(value)))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetOutOfBounds, SmartSeverity.Error,
                    new LocalizableText("Smart.TargetOutOfBounds", Invariant.Format(value), indicator.NameText, DescribeBounds(indicator), UnitHint(indicator, value)),
                    nameof(Objective.Target), Invariant.Format(value));
            }

            // Within the bounds but beyond what the indicator reaches in practice: possible, so a warning, not an error.
            foreach (var value in TargetValues(target).Where(value => indicator.IsWithinBounds(value) && value > indicator.PlausibleMaximum))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetImplausible, SmartSeverity.Warning,
                    new LocalizableText("Smart.TargetImplausible", Invariant.Format(value), indicator.NameText, Invariant.Format(indicator.PlausibleMaximum!.Value), UnitHint(indicator, value)),
                    nameof(Objective.Target), Invariant.Format(value));
            }
        }

        if (objective.Baseline is not { } baseline)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.BaselineMissing, SmartSeverity.Error,
                new LocalizableText("Smart.BaselineMissing", indicator.NameText),
                nameof(Objective.Baseline));
            yield break;
        }

        if (!indicator.IsWithinBounds(baseline.Value))
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.BaselineOutOfBounds, SmartSeverity.Error,
                new LocalizableText("Smart.BaselineOutOfBounds", Invariant.Format(baseline.Value), indicator.NameText, DescribeBounds(indicator), UnitHint(indicator, baseline.Value)),
                nameof(Objective.Baseline), Invariant.Format(baseline.Value));
        }

        if (objective.Target is { Value: { } aim } directional)
        {
            if (aim == baseline.Value)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetEqualsBaseline, SmartSeverity.Error,
                    new LocalizableText("Smart.TargetEqualsBaseline", Invariant.Format(aim)),
                    nameof(Objective.Target), Invariant.Format(aim));
            }
            else if (directional.IsMetBy(baseline.Value))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.TargetAlreadyMet, SmartSeverity.Error,
                    new LocalizableText("Smart.TargetAlreadyMet", Invariant.Format(baseline.Value), directional.ToString()),
                    nameof(Objective.Target), Invariant.Format(aim));
            }
        }
    }

    private static IEnumerable<double> TargetValues(Target target) =>
        target.Kind == TargetKind.KeepWithin ? [target.Minimum!.Value, target.Maximum!.Value] : [target.Value!.Value];

    private static LocalizableText DescribeBounds(Indicator indicator) =>
        (indicator.MinimumValue, indicator.MaximumValue) switch
        {
            ({ } min, { } max) => new("Smart.Bounds.Range", Invariant.Format(min), Invariant.Format(max)),
            ({ } min, null) => new("Smart.Bounds.AtLeast", Invariant.Format(min)),
            (null, { } max) => new("Smart.Bounds.AtMost", Invariant.Format(max)),
            _ => new("Smart.Bounds.None"),
        };

    private static LocalizableText? UnitHint(Indicator indicator, double value) =>
        indicator.Unit == IndicatorUnit.Fraction && Math.Abs(value) > 1
            ? new("Smart.UnitHint", Invariant.Format(value / 100), Invariant.Format(value))
            : null;
}
