using KpiToolkit.Localization;

namespace KpiToolkit.Objectives;

/// <summary>
/// Specific: the statement says something precise, the objective has a scope (channels or audience)
/// and an owner. The single indicator is guaranteed by <see cref="Objective"/> itself.
/// </summary>
public sealed class SpecificRule : ISmartRule
{
    private readonly int _minimumWords;

    /// <summary>Creates the rule.</summary>
    /// <param name="options">The thresholds; the defaults when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public SpecificRule(SmartValidationOptions? options = null)
    {
        _minimumWords = (options ?? new SmartValidationOptions()).Validated().MinimumStatementWords;
    }

    /// <inheritdoc />
    public SmartCriterion Criterion => SmartCriterion.Specific;

    /// <inheritdoc />
    public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
    {
        Preconditions.NotNull(context);
        var objective = context.Objective;
        if (objective.Statement.Length == 0)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.StatementEmpty, SmartSeverity.Error,
                new LocalizableText("Smart.StatementEmpty"),
                nameof(Objective.Statement), objective.Statement);
        }
        else
        {
            var words = objective.Statement.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (words < _minimumWords)
            {
                yield return context.Finding(
                    Criterion, SmartErrorCodes.StatementTooShort, SmartSeverity.Warning,
                    new LocalizableText("Smart.StatementTooShort", words, _minimumWords),
                    nameof(Objective.Statement), objective.Statement);
            }
        }

        if (objective.Scope.IsEmpty)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.ScopeMissing, SmartSeverity.Error,
                new LocalizableText("Smart.ScopeMissing"),
                nameof(Objective.Scope));
        }

        if (objective.Owner is null)
        {
            yield return context.Finding(
                Criterion, SmartErrorCodes.OwnerMissing, SmartSeverity.Warning,
                new LocalizableText("Smart.OwnerMissing"),
                nameof(Objective.Owner));
        }
    }
}
