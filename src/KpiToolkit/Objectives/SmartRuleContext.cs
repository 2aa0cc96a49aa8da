using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>What a <see cref="ISmartRule"/> may look at when it checks one objective.</summary>
public sealed class SmartRuleContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="objective">The objective to check.</param>
    /// <param name="parent">Its parent objective, or null for a top-level objective.</param>
    /// <param name="history">Its measured history, or null when none was given.</param>
    /// <param name="today">Today's date in the reporting calendar.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="calendar"/> is null.</exception>
    public SmartRuleContext(Objective objective, Objective? parent, MeasurementSeries? history, LocalDate today, ReportingCalendar calendar)
    {
        Objective = Preconditions.NotNull(objective);
        Parent = parent;
        History = history;
        Today = today;
        Calendar = Preconditions.NotNull(calendar);
    }

    /// <summary>Gets the objective to check.</summary>
    public Objective Objective { get; }

    /// <summary>Gets the parent objective, or null for a top-level objective.</summary>
    public Objective? Parent { get; }

    /// <summary>Gets the measured history of the objective's indicator in its scope, or null when none was given.</summary>
    public MeasurementSeries? History { get; }

    /// <summary>Gets today's date in the reporting calendar, read once from the clock for the whole validation.</summary>
    public LocalDate Today { get; }

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Creates a finding about <see cref="Objective"/>.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="severity">The severity.</param>
    /// <param name="message">The explanation.</param>
    /// <param name="propertyName">The property concerned, if any.</param>
    /// <param name="attemptedValue">The value that failed, if any.</param>
    /// <returns>The finding.</returns>
    public SmartFinding Finding(
        SmartCriterion criterion,
        string code,
        SmartSeverity severity,
        string message,
        string? propertyName = null,
        string? attemptedValue = null) =>
        new(Objective.Id, criterion, code, severity, message, propertyName, attemptedValue);

    /// <summary>Creates a finding whose message is one of KpiToolkit's resources, English in <see cref="SmartFinding.Message"/>.</summary>
    internal SmartFinding Finding(
        SmartCriterion criterion,
        string code,
        SmartSeverity severity,
        LocalizableText message,
        string? propertyName = null,
        string? attemptedValue = null) =>
        new(Objective.Id, criterion, code, severity, message.English, propertyName, attemptedValue) { MessageText = message };
}
