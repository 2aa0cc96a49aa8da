namespace KpiToolkit.Objectives;

/// <summary>The five built-in SMART rules, one per criterion.</summary>
public static class BuiltInSmartRules
{
    /// <summary>Creates the built-in rules in SMART order.</summary>
    /// <param name="options">Their thresholds; the defaults when null.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public static IReadOnlyList<ISmartRule> Create(SmartValidationOptions? options = null)
    {
        var validated = (options ?? new SmartValidationOptions()).Validated();
        return
        [
            new SpecificRule(validated),
            new MeasurableRule(),
            new AchievableRule(validated),
            new RelevantRule(),
            new TimeBoundRule(validated),
        ];
    }
}
