using System.Globalization;
using KpiToolkit.Measurements;
using KpiToolkit.Time;

namespace KpiToolkit.Objectives;

/// <summary>
/// Achievable: the change per period the target needs, from the baseline over the periods between
/// start and deadline, is no larger than the best change from one period to the next ever observed in
/// the measured history, allowing <see cref="SmartValidationOptions.AchievabilityTolerance"/> more.
/// </summary>
/// <remarks>
/// Periods are those of the history's cadence. Without history, or with too little, the rule says so
/// with an <see cref="SmartSeverity.Info"/> finding rather than guessing.
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
                "Achievability was not checked: it needs a target, a baseline, a start and a deadline.");
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
                "No measured history was given, so achievability was not checked against past changes.");
            yield break;
        }

        var direction = Math.Sign(requiredChange);
        var best = BestChange(history, direction);
        if (best is not { } bestChange)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.HistoryTooShort, SmartSeverity.Info,
                "The history has no two adjacent periods, so no change from one period to the next could be observed.");
            yield break;
        }

        var cadence = history.Cadence!.Value;
        var periods = CountPeriods(context.Calendar, history, start, deadline, cadence);
        var neededPerPeriod = Math.Abs(requiredChange) / periods;
        var allowed = bestChange.Absolute * direction * (1 + _tolerance);
        if (neededPerPeriod > allowed)
        {
            var indicator = objective.Indicator;
            var unit = DescribePeriod(cadence);
            var observed = bestChange.Absolute * direction > 0
                ? $"the best change ever observed is {Signed(bestChange.Absolute, indicator)} per {unit} ({bestChange.PreviousPeriod} to {bestChange.Period})"
                : $"the history never moved that way: its best change is {Signed(bestChange.Absolute, indicator)} per {unit}";
            yield return context.Finding(
                Criterion, SmartErrorCodes.TargetOutOfReach, SmartSeverity.Error,
                $"Reaching the target needs {Signed(direction * neededPerPeriod, indicator)} per {unit} for {periods} {unit}(s), but {observed}.",
                nameof(Objective.Target), Invariant.Format(direction * neededPerPeriod));
        }
    }

    private static double RequiredChange(Target target, double baseline) => target.Kind switch
    {
        TargetKind.KeepWithin when baseline < target.Minimum => target.Minimum!.Value - baseline,
        TargetKind.KeepWithin when baseline > target.Maximum => target.Maximum!.Value - baseline,
        TargetKind.KeepWithin => 0,
        _ => target.Value!.Value - baseline,
    };

    /// <summary>The change furthest in the wanted direction; may still point the other way when the history never moved well.</summary>
    private static PeriodChange? BestChange(MeasurementSeries history, int direction)
    {
        PeriodChange? best = null;
        foreach (var change in history.Changes())
        {
            if (best is null || change.Absolute * direction > best.Absolute * direction)
            {
                best = change;
            }
        }

        return best;
    }

    private static int CountPeriods(ReportingCalendar calendar, MeasurementSeries history, NodaTime.LocalDate start, NodaTime.LocalDate deadline, Cadence cadence)
    {
        if (cadence != Cadence.Custom)
        {
            return calendar.PeriodsBetween(start, deadline, cadence).Count;
        }

        // Custom periods have no calendar rule: count how many periods of the history's mean length fit.
        var meanLength = history.Measurements.Average(m => m.Period.LengthInDays);
        var days = NodaTime.Period.DaysBetween(start, deadline) + 1;
        return Math.Max(1, (int)Math.Ceiling(days / meanLength));
    }

    private static string DescribePeriod(Cadence cadence) => cadence switch
    {
        Cadence.Day => "day",
        Cadence.Week => "week",
        Cadence.Month => "month",
        Cadence.Quarter => "quarter",
        Cadence.Year => "year",
        _ => "period",
    };

    private static string Signed(double value, Indicators.Indicator indicator) =>
        (value >= 0 ? "+" : string.Empty) + indicator.FormatValue(value, CultureInfo.InvariantCulture);
}
