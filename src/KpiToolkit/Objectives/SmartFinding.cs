using System.Globalization;
using KpiToolkit.Localization;

namespace KpiToolkit.Objectives;

/// <summary>One thing a SMART rule found about one objective.</summary>
/// <remarks>The <see cref="Code"/> is part of the public contract: codes are listed in <see cref="SmartErrorCodes"/> and never change meaning.</remarks>
public sealed record SmartFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="objectiveId">The id of the objective concerned.</param>
    /// <param name="criterion">The SMART criterion the finding is about.</param>
    /// <param name="code">The stable code, such as <c>SMART-M01</c>.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">An explanation for people, saying what to change.</param>
    /// <param name="propertyName">The objective property concerned, such as <c>Target</c>, if one is.</param>
    /// <param name="attemptedValue">The value that failed, formatted with the invariant culture, if there is one.</param>
    /// <exception cref="ArgumentException"><paramref name="objectiveId"/>, <paramref name="code"/> or <paramref name="message"/> is null or blank, or an enum value is undefined.</exception>
    public SmartFinding(
        string objectiveId,
        SmartCriterion criterion,
        string code,
        SmartSeverity severity,
        string message,
        string? propertyName = null,
        string? attemptedValue = null)
    {
        ObjectiveId = Preconditions.NotBlank(objectiveId);
        Criterion = Preconditions.Defined(criterion);
        Code = Preconditions.NotBlank(code);
        Severity = Preconditions.Defined(severity);
        Message = Preconditions.NotBlank(message);
        PropertyName = Preconditions.OptionalText(propertyName);
        AttemptedValue = attemptedValue;
    }

    /// <summary>Gets the id of the objective concerned.</summary>
    public string ObjectiveId { get; }

    /// <summary>Gets the SMART criterion the finding is about.</summary>
    public SmartCriterion Criterion { get; }

    /// <summary>Gets the stable code.</summary>
    public string Code { get; }

    /// <summary>Gets how serious the finding is.</summary>
    public SmartSeverity Severity { get; }

    /// <summary>Gets the explanation for people.</summary>
    public string Message { get; }

    /// <summary>Gets the objective property concerned, if one is.</summary>
    public string? PropertyName { get; }

    /// <summary>Gets the value that failed, formatted with the invariant culture, if there is one.</summary>
    public string? AttemptedValue { get; }

    /// <summary>Returns the severity, code, criterion and message on one line.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Severity} {Code} ({Criterion}) {ObjectiveId}: {Message}";

    /// <summary>Returns <see cref="Message"/> in a culture's language, when a built-in rule wrote it; as written otherwise.</summary>
    /// <param name="culture">The culture: its language for the words (French built in), the invariant culture for English.</param>
    /// <param name="localizer">Where the texts come from; <see cref="KpiLocalizer.Default"/> when null.</param>
    /// <returns>The message; the values in it (targets, dates, ids) are written as in <see cref="Message"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string FormatMessage(CultureInfo culture, KpiLocalizer? localizer = null)
    {
        Preconditions.NotNull(culture);
        return MessageText is { } text ? text.Format(localizer ?? KpiLocalizer.Default, culture) : Message;
    }

    /// <summary>Gets <see cref="Message"/> as a resource and its values; null for a host rule's own message.</summary>
    internal LocalizableText? MessageText { get; init; }
}
