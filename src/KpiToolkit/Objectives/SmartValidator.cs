using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>
/// Runs a set of <see cref="ISmartRule"/>s over an objective tree and gathers their findings into a
/// <see cref="SmartReport"/>.
/// </summary>
/// <remarks>
/// Stateless and thread-safe once built. "Today" is read once per validation from the injected
/// <see cref="IClock"/> in the calendar's time zone, so the whole tree is judged against the same date.
/// </remarks>
public sealed class SmartValidator : ISmartValidator
{
    private readonly ISmartRule[] _rules;
    private readonly IClock _clock;
    private readonly ReportingCalendar _calendar;

    /// <summary>Creates a validator with the given rules.</summary>
    /// <param name="rules">The rules, run in this order.</param>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="calendar">The calendar whose time zone decides today's date.</param>
    /// <exception cref="ArgumentNullException">An argument or one of the rules is null.</exception>
    public SmartValidator(IEnumerable<ISmartRule> rules, IClock clock, ReportingCalendar calendar)
    {
        Preconditions.NotNull(rules);
        _rules = [.. rules];
        Preconditions.Check(Array.TrueForAll(_rules, rule => rule is not null), "rules must not contain null.", nameof(rules));
        _clock = Preconditions.NotNull(clock);
        _calendar = Preconditions.NotNull(calendar);
    }

    /// <summary>Gets the rules, in the order they run.</summary>
    public IReadOnlyList<ISmartRule> Rules => Array.AsReadOnly(_rules);

    /// <summary>Creates a validator with the five built-in rules.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="calendar">The reporting calendar; <see cref="ReportingCalendar.Utc"/> when null.</param>
    /// <param name="options">The thresholds of the rules; the defaults when null.</param>
    /// <returns>The validator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static SmartValidator CreateDefault(IClock clock, ReportingCalendar? calendar = null, SmartValidationOptions? options = null) =>
        new(BuiltInSmartRules.Create(options), clock, calendar ?? ReportingCalendar.Utc);

    /// <inheritdoc />
    public SmartReport Validate(Objective objective, IReadOnlyDictionary<string, MeasurementSeries>? history = null)
    {
        Preconditions.NotNull(objective);
        var today = _calendar.ToLocalDate(_clock.GetCurrentInstant());
        // Folded bottom up with a stack of its own, so a chain of any depth is validated without a stack overflow.
        return Trees.Fold<Objective, SmartReport>(
            objective, static node => node.SubObjectives, (node, parent, subReports) => Validate(node, parent, subReports, history, today));
    }

    private SmartReport Validate(
        Objective objective, Objective? parent, IReadOnlyList<SmartReport> subReports, IReadOnlyDictionary<string, MeasurementSeries>? history, LocalDate today)
    {
        var series = FindHistory(objective, history);
        var context = new SmartRuleContext(objective, parent, series, today, _calendar);
        var findings = new List<SmartFinding>();
        foreach (var rule in _rules)
        {
            findings.AddRange(Run(rule, context));
        }

        return new SmartReport(objective, findings.AsReadOnly(), subReports.ToList().AsReadOnly());
    }

    private static IReadOnlyList<SmartFinding> Run(ISmartRule rule, SmartRuleContext context)
    {
        try
        {
            // Materialise inside the try: a lazy rule may throw while being enumerated.
            return [.. rule.Evaluate(context) ?? throw new InvalidOperationException("Evaluate returned null instead of a sequence.")];
        }
#pragma warning disable CA1031 // One failing plug-in is reported as a finding rather than crashing the validation.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return
            [
                context.Finding(
                    rule.Criterion,
                    SmartErrorCodes.RuleFailed,
                    SmartSeverity.Error,
                    new LocalizableText("Smart.RuleFailed", rule.GetType().Name, exception.GetType().Name, exception.Message)),
            ];
        }
    }

    private static MeasurementSeries? FindHistory(Objective objective, IReadOnlyDictionary<string, MeasurementSeries>? history)
    {
        if (history is null || !history.TryGetValue(objective.Id, out var series) || series is null)
        {
            return null;
        }

        Preconditions.Check(
            series.Indicator == objective.Indicator.Key,
            $"The history given for objective '{objective.Id}' measures '{series.Indicator}', but the objective is measured by '{objective.Indicator.Key}'.",
            nameof(history));
        return series;
    }
}
