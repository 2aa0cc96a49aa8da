using System.Globalization;
using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Time;

namespace KpiToolkit.Objectives;

/// <summary>
/// Achievable: the rate of change the target needs, from the baseline over the days from start to deadline, is
/// no faster than the fastest change from one period to the next ever observed in the measured history,
/// allowing <see cref="SmartValidationOptions.AchievabilityTolerance"/> more.
/// </summary>
/// <remarks>
/// Rates are compared per day, a change of the history spanning the days from its earlier period's start to its
/// later period's start, so a monthly and a quarterly history of the same values give the same verdict. The finding
/// says them per period of the history's cadence, a change of a rate in percentage points. Without history, or with
/// too little, the rule says so with an <see cref="SmartSeverity.Info"/> finding rather than guessing.
/// </remarks>
public sealed class AchievableRule : ISmartRule
{
    private readonly double _tolerance;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The thresholds; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public AchievableRule(SmartValidationOptions? options = null)
    {
        _tolerance = (options ?? new SmartValidationOptions()).Validated().AchievabilityTolerance;
    }

    /// <inheritdoc />
    public SmartCriterion Criterion => SmartCriterion.Achievable;

    /// <inheritdoc />
    public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
    {
        Preconditions.NotNull(context);
        var objective = context.Objective;
        if (objective is not { Target: { } target, Baseline: { } baseline, Start: { } start, Deadline: { } deadline })
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.AchievabilityNotChecked, SmartSeverity.Info,
                new LocalizableText("Smart.AchievabilityNotChecked"));
            yield break;
        }

        var requiredChange = RequiredChange(target, baseline.Value);
        if (requiredChange == 0)
        {
            yield break;
        }

        if (context.History is not { } history)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.HistoryMissing, SmartSeverity.Info,
                new LocalizableText("Smart.HistoryMissing"));
            yield break;
        }

        var direction = Math.Sign(requiredChange);
        var best = BestChange(history, direction);
        if (best is not { } bestChange)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.HistoryTooShort, SmartSeverity.Info,
                new LocalizableText("Smart.HistoryTooShort"));
            yield break;
        }

        // Rates are compared per day, whatever the history's cadence, so that the same history gives the same verdict
        // monthly or quarterly. Cross-multiplied to stay exact: |change| / days > best / span × (1 + tolerance).
        var days = NodaTime.Period.DaysBetween(start, deadline) + 1;
        var span = SpanInDays(bestChange);
        if (Math.Abs(requiredChange) * span > bestChange.Absolute * direction * (1 + _tolerance) * days)
        {
            // Said in the history's unit, as long as the observed change: "+0.75 pp per quarter".
            var indicator = objective.Indicator;
            var unit = DescribePeriod(history.Cadence!.Value);
            var neededPerUnit = direction * Math.Abs(requiredChange) * span / days;
            var observed = bestChange.Absolute * direction > 0
                ? new LocalizableText("Smart.BestChange", Signed(bestChange.Absolute, indicator), unit, bestChange.PreviousPeriod.ToString(), bestChange.Period.ToString())
                : new LocalizableText("Smart.NeverMovedThatWay", Signed(bestChange.Absolute, indicator), unit);
            yield return context.Finding(
                Criterion, SmartErrorCodes.TargetOutOfReach, SmartSeverity.Error,
                new LocalizableText("Smart.TargetOutOfReach", Signed(neededPerUnit, indicator), unit, DurationText.Count(span, DurationText.Day), DurationText.Count(days, DurationText.Day), observed),
                nameof(Objective.Target), Invariant.Format(neededPerUnit));
        }
    }

    private static double RequiredChange(Target target, double baseline) => target.Kind switch
    {
        TargetKind.KeepWithin when baseline < target.Minimum => target.Minimum!.Value - baseline,
        TargetKind.KeepWithin when baseline > target.Maximum => target.Maximum!.Value - baseline,
        TargetKind.KeepWithin => 0,
        _ => target.Value!.Value - baseline,
    };

    /// <summary>The change of the fastest rate per day in the wanted direction; may still point the other way when the history never moved well.</summary>
    private static PeriodChange? BestChange(MeasurementSeries history, int direction)
    {
        PeriodChange? best = null;
        foreach (var change in history.Changes())
        {
            if (best is null || change.Absolute * direction * SpanInDays(best) > best.Absolute * direction * SpanInDays(change))
            {
                best = change;
            }
        }

        return best;
    }

    /// <summary>The days over which a change happened: from the start of the earlier period to the start of the later one.</summary>
    private static int SpanInDays(PeriodChange change) =>
        Math.Max(1, NodaTime.Period.DaysBetween(change.PreviousPeriod.Start, change.Period.Start));

    private static LocalizableText DescribePeriod(Cadence cadence) => new(cadence switch
    {
        Cadence.Day => "Smart.Period.Day",
        Cadence.Week => "Smart.Period.Week",
        Cadence.Month => "Smart.Period.Month",
        Cadence.Quarter => "Smart.Period.Quarter",
        Cadence.Year => "Smart.Period.Year",
        _ => "Smart.Period.Other",
    });

    /// <summary>A change with its sign; a change of a rate is a difference of percentages, so it is written in percentage points.</summary>
    private static object Signed(double value, Indicators.Indicator indicator)
    {
        var sign = value >= 0 ? "+" : string.Empty;
        return indicator.Unit == Indicators.IndicatorUnit.Fraction
            ? LocalizableText.Plural("Smart.PercentagePoints", value * 100, sign, value * 100)
            : sign + indicator.FormatValue(value, CultureInfo.InvariantCulture);
    }
}
