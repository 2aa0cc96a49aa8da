using NodaTime;
using KpiToolkit.Localization;

namespace KpiToolkit.Objectives;

/// <summary>
/// Time-bound: the objective has a start and a deadline, the deadline is not yet past (today comes from
/// the injected clock, in the reporting calendar's time zone), and the horizon is neither shorter than
/// <see cref="SmartValidationOptions.MinimumHorizon"/> nor longer than <see cref="SmartValidationOptions.MaximumHorizon"/>.
/// </summary>
/// <remarks>The horizon counts whole days from the start to the deadline, both included.</remarks>
public sealed class TimeBoundRule : ISmartRule
{
    private readonly SmartValidationOptions _options;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The thresholds; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public TimeBoundRule(SmartValidationOptions? options = null)
    {
        _options = (options ?? new SmartValidationOptions()).Validated();
    }

    /// <inheritdoc />
    public SmartCriterion Criterion => SmartCriterion.TimeBound;

    /// <inheritdoc />
    public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
    {
        Preconditions.NotNull(context);
        var objective = context.Objective;
        if (objective.Start is null)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.StartMissing, SmartSeverity.Error,
                new LocalizableText("Smart.StartMissing"), nameof(Objective.Start));
        }

        if (objective.Deadline is not { } deadline)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.DeadlineMissing, SmartSeverity.Error,
                new LocalizableText("Smart.DeadlineMissing"), nameof(Objective.Deadline));
            yield break;
        }

        if (deadline < context.Today)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.DeadlinePassed, SmartSeverity.Error,
                new LocalizableText("Smart.DeadlinePassed", Invariant.Format(deadline), Invariant.Format(context.Today)),
                nameof(Objective.Deadline), Invariant.Format(deadline));
        }

        if (objective.Start is { } start)
        {
            // Near the end of the calendar (9999-12-31) the day after the deadline, or the start plus a horizon, does not exist:
            // the comparisons are made on the deadline itself, and a horizon past the calendar's end is later than any deadline.
            var shortestEnd = PlusOrNull(start, _options.MinimumHorizon);
            var longestEnd = PlusOrNull(start, _options.MaximumHorizon);
            if (shortestEnd is null || (deadline < shortestEnd && NodaTime.Period.DaysBetween(deadline, shortestEnd.Value) > 1))
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.HorizonTooShort, SmartSeverity.Warning,
                    new LocalizableText("Smart.HorizonTooShort", DurationText.Count(NodaTime.Period.DaysBetween(start, deadline) + 1, DurationText.Day), DurationText.Describe(_options.MinimumHorizon)),
                    nameof(Objective.Deadline), Invariant.Format(deadline));
            }
            else if (longestEnd is { } latest && deadline >= latest)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.HorizonTooLong, SmartSeverity.Warning,
                    new LocalizableText("Smart.HorizonTooLong", Invariant.Format(deadline), DurationText.Describe(_options.MaximumHorizon)),
                    nameof(Objective.Deadline), Invariant.Format(deadline));
            }
        }
    }

    /// <summary>Returns the day <paramref name="horizon"/> after <paramref name="start"/>, or null when it is past the end of the calendar.</summary>
    private static LocalDate? PlusOrNull(LocalDate start, NodaTime.Period horizon)
    {
        try
        {
            return start.Plus(horizon);
        }
        catch (OverflowException)
        {
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
