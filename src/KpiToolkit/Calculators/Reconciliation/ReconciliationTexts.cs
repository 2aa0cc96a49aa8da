using KpiToolkit.Activity;
using KpiToolkit.Localization;

namespace KpiToolkit.Calculators;

/// <summary>
/// The words of the reconciliation's explanations, as localizable texts: the model keeps their English, a page shows
/// them in its labels' language. Names of compositions and of a host's own counters are shown as given.
/// </summary>
internal static class ReconciliationTexts
{
    public static object Counter(PostCounter counter) => counter.IsBuiltIn ? new LocalizableText($"Counter.{counter.Name}") : counter.Words;

    public static LocalizableText Counters(IEnumerable<PostCounter> counters, string separator) => LocalizableText.Join(separator, counters.Select(Counter));

    /// <summary>What a composition adds up: the platform's own figure, or its counters joined with <c>+</c>.</summary>
    public static object Words(EngagementComposition composition) => composition.PlatformFigure ?? (object)Counters(composition.Counters, " + ");

    public static LocalizableText Denominator(PostDenominator denominator) => new($"Reconciliation.Denominator.{denominator}");

    public static LocalizableText Text(string name, params object?[] arguments) => new($"Reconciliation.{name}", arguments);
}
