namespace KpiToolkit.Objectives;

/// <summary>
/// One SMART check. Implement it to add a host's own rule, and register it with
/// <c>builder.AddSmartRule&lt;T&gt;()</c> or pass it to <see cref="SmartValidator"/>.
/// </summary>
/// <remarks>
/// A rule returns a finding for each problem it sees and nothing when the objective passes. It must be
/// stateless and safe to call from several threads. If it throws, the validator reports a
/// <see cref="SmartErrorCodes.RuleFailed"/> finding instead of failing the whole validation.
/// </remarks>
public interface ISmartRule
{
    /// <summary>Gets the criterion the rule checks.</summary>
    SmartCriterion Criterion { get; }

    /// <summary>Checks one objective.</summary>
    /// <param name="context">The objective, its parent, its measured history and today's date.</param>
    /// <returns>The findings; empty when the objective passes.</returns>
    IEnumerable<SmartFinding> Evaluate(SmartRuleContext context);
}
