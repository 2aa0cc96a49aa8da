using System.Globalization;
using KpiToolkit.Localization;
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

        var cadence = history.Cadence!.Value;
        var periods = CountPeriods(context.Calendar, history, start, deadline, cadence);
        var neededPerPeriod = Math.Abs(requiredChange) / periods;
        var allowed = bestChange.Absolute * direction * (1 + _tolerance);
        if (neededPerPeriod > allowed)
        {
            var indicator = objective.Indicator;
            var unit = DescribePeriod(cadence);
            var observed = bestChange.Absolute * direction > 0
                ? new LocalizableText("Smart.BestChange", Signed(bestChange.Absolute, indicator), unit, bestChange.PreviousPeriod.ToString(), bestChange.Period.ToString())
                : new LocalizableText("Smart.NeverMovedThatWay", Signed(bestChange.Absolute, indicator), unit);
            yield return context.Finding(
                Criterion, SmartErrorCodes.TargetOutOfReach, SmartSeverity.Error,
                new LocalizableText("Smart.TargetOutOfReach", Signed(direction * neededPerPeriod, indicator), unit, periods, observed),
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

    private static LocalizableText DescribePeriod(Cadence cadence) => new(cadence switch
    {
        Cadence.Day => "Smart.Period.Day",
        Cadence.Week => "Smart.Period.Week",
        Cadence.Month => "Smart.Period.Month",
        Cadence.Quarter => "Smart.Period.Quarter",
        Cadence.Year => "Smart.Period.Year",
        _ => "Smart.Period.Other",
    });

    private static string Signed(double value, Indicators.Indicator indicator) =>
        (value >= 0 ? "+" : string.Empty) + indicator.FormatValue(value, CultureInfo.InvariantCulture);
}
