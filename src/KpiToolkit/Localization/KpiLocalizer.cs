using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;

namespace KpiToolkit.Localization;

/// <summary>
/// Finds the text of a resource name in a culture: first in the host's <see cref="KpiLocalizationOptions"/>, then in
/// the host's <see cref="IStringLocalizer"/> of the resource type, then in KpiToolkit's own resources (English, French).
/// </summary>
/// <remarks>
/// <para>Without dependency injection, <see cref="Default"/> reads KpiToolkit's resources through
/// <see cref="ResourceManager"/>; give another to <see cref="Dashboard.DashboardRenderOptions.Localizer"/>. With
/// <c>services.AddKpiToolkit()</c>, the container makes one from <c>KpiToolkitOptions.Localization</c> and, when the host
/// called <c>services.AddLocalization()</c> or registered an <see cref="IStringLocalizerFactory"/>, the
/// <see cref="IStringLocalizer{T}"/> of <see cref="DashboardStrings"/> and <see cref="IndicatorStrings"/>.</para>
/// <para>A host localizer's answer marked <see cref="LocalizedString.ResourceNotFound"/> is not used. It is read with
/// <see cref="CultureInfo.CurrentUICulture"/> set to the culture asked for, for the time of the lookup.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class KpiLocalizer
{
    private const string IndicatorPrefix = "Indicator.";

    // The text whose translation tells whether a host localizer speaks a culture's language.
    private const string LanguageProbe = "Label.Period";

    private static readonly ResourceManager DashboardResources = new(typeof(DashboardStrings).FullName!, typeof(DashboardStrings).Assembly);
    private static readonly ResourceManager IndicatorResources = new(typeof(IndicatorStrings).FullName!, typeof(IndicatorStrings).Assembly);

    // The neutral (English) text of every name, read once: the names a host may translate and the values each carries.
    private static readonly FrozenDictionary<string, string> English = ReadEnglish();

    // The languages KpiToolkit ships besides English.
    private static readonly FrozenSet<string> BuiltInLanguages = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "fr");

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _translations;
    private readonly IStringLocalizer? _dashboardStrings;
    private readonly IStringLocalizer? _indicatorStrings;

    /// <summary>Creates a localizer over the host's texts, then KpiToolkit's.</summary>
    /// <param name="options">Texts by culture and name; none when null.</param>
    /// <param name="dashboardStrings">The host's localizer of <see cref="DashboardStrings"/>; none when null.</param>
    /// <param name="indicatorStrings">The host's localizer of <see cref="IndicatorStrings"/>; none when null.</param>
    /// <exception cref="ArgumentException">
    /// A culture name is unknown, a resource name is not one of <see cref="Names"/>, a text is blank, or a text's placeholders
    /// do not fit the values its resource carries; the message names the culture and the resource.
    /// </exception>
    public KpiLocalizer(KpiLocalizationOptions? options = null, IStringLocalizer? dashboardStrings = null, IStringLocalizer? indicatorStrings = null)
    {
        _translations = Validated(options);
        _dashboardStrings = dashboardStrings;
        _indicatorStrings = indicatorStrings;
    }

    /// <summary>Gets the localizer of KpiToolkit's own English and French resources.</summary>
    public static KpiLocalizer Default { get; } = new();

    /// <summary>Gets every resource name a host may translate, in ordinal order.</summary>
    public static IReadOnlyList<string> Names { get; } = English.Keys.Order(StringComparer.Ordinal).ToList().AsReadOnly();

    /// <summary>Returns the text of a resource name in a culture.</summary>
    /// <param name="name">The resource name, one of <see cref="Names"/>.</param>
    /// <param name="culture">The culture; its parents are tried in turn, and English last.</param>
    /// <returns>The text; a composite format string when the resource carries values.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="KeyNotFoundException"><paramref name="name"/> is not one of <see cref="Names"/>.</exception>
    public string GetString(string name, CultureInfo culture)
    {
        Preconditions.NotNull(name);
        Preconditions.NotNull(culture);
        if (!English.ContainsKey(name))
        {
            throw new KeyNotFoundException($"KpiToolkit has no text named '{name}'. The names are listed in KpiLocalizer.Names.");
        }

        for (var c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (_translations.TryGetValue(c.Name, out var texts) && texts.TryGetValue(name, out var text))
            {
                return text;
            }
        }

        var isIndicator = name.StartsWith(IndicatorPrefix, StringComparison.Ordinal);
        if ((isIndicator ? _indicatorStrings : _dashboardStrings) is { } host && HostText(host, name, culture) is { } found)
        {
            return found;
        }

        return (isIndicator ? IndicatorResources : DashboardResources).GetString(name, culture) ?? English[name];
    }

    /// <summary>
    /// Gets the language tag the texts of a culture are written in: the first of the culture and its parents that the
    /// host's texts, KpiToolkit's own languages or the host's localizer translate; <c>en</c> otherwise.
    /// </summary>
    /// <remarks>A host localizer translates a culture when its text of <c>Label.Period</c> there is not the English one.</remarks>
    internal string LanguageOf(CultureInfo culture)
    {
        for (var c = culture; c.Name.Length > 0; c = c.Parent)
        {
            if (_translations.ContainsKey(c.Name) || BuiltInLanguages.Contains(c.Name)
                || (_dashboardStrings is { } host && HostText(host, LanguageProbe, c) is { } text && text != English[LanguageProbe]))
            {
                return c.Name;
            }
        }

        return "en";
    }

    /// <summary>Returns whether one language's plural rule says a count takes the singular: French for 0 and 1, others for 1.</summary>
    internal static bool IsSingular(long count, string language) =>
        count == 1 || (count == 0 && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Returns whether one language's plural rule says a quantity takes the singular: French below 2 (« 0,75 pt », « 1,5 pt »),
    /// others for exactly 1 (or -1).
    /// </summary>
    internal static bool IsSingular(double quantity, string language) =>
        language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? Math.Abs(quantity) < 2 : Math.Abs(quantity) == 1;

    private static string? HostText(IStringLocalizer host, string name, CultureInfo culture)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = culture;
            var text = host[name];
            return text.ResourceNotFound ? null : text.Value;
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static FrozenDictionary<string, string> ReadEnglish()
    {
        var english = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resources in new[] { DashboardResources, IndicatorResources })
        {
            var set = resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)
                ?? throw new InvalidOperationException("KpiToolkit's neutral resources are missing from its assembly.");
            foreach (DictionaryEntry entry in set)
            {
                english.Add((string)entry.Key, (string)entry.Value!);
            }
        }

        return english.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Gets how many values a resource's English text carries: one more than its highest placeholder.</summary>
    internal static int ArgumentCount(string name)
    {
        var count = 0;
        foreach (Match match in Regex.Matches(English[name], @"(?<!\{)\{(\d+)[,:}]"))
        {
            count = Math.Max(count, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1);
        }

        return count;
    }

    /// <summary>
    /// Returns every problem of the texts: an unknown culture or resource name, a blank text, or a text whose placeholders do
    /// not fit the values of its resource, each with the culture and the name it concerns (null when it concerns the culture).
    /// </summary>
    internal static IEnumerable<(string Culture, string? Name, string Message)> Problems(KpiLocalizationOptions options)
    {
        foreach (var (cultureName, texts) in options.Translations)
        {
            var where = $"{nameof(KpiLocalizationOptions)}.{nameof(KpiLocalizationOptions.Translations)}[\"{cultureName}\"]";
            if (texts is null)
            {
                yield return (cultureName, null, $"{where} must not be null.");
                continue;
            }

            if (!TryGetCulture(cultureName, out var culture))
            {
                yield return (cultureName, null, $"{where}: '{cultureName}' is not a known culture name; use a name such as 'de' or 'de-AT'.");
                continue;
            }

            if (culture.Name.Length == 0)
            {
                yield return (cultureName, null, $"{where}: the invariant culture cannot be translated; its texts are the English ones.");
                continue;
            }

            foreach (var (name, text) in texts)
            {
                if (!English.ContainsKey(name))
                {
                    yield return (cultureName, name, $"{where} gives a text for '{name}', which is not a KpiToolkit resource name. The names are listed in KpiLocalizer.Names.");
                }
                else if (string.IsNullOrWhiteSpace(text))
                {
                    yield return (cultureName, name, $"{where}[\"{name}\"] must not be blank.");
                }
                else if (PlaceholderProblem(where, name, text) is { } problem)
                {
                    yield return (cultureName, name, problem);
                }
            }
        }
    }

    private static bool TryGetCulture(string name, out CultureInfo culture)
    {
        try
        {
            culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true);
            return true;
        }
        catch (CultureNotFoundException)
        {
            culture = CultureInfo.InvariantCulture;
            return false;
        }
    }

    private static FrozenDictionary<string, FrozenDictionary<string, string>> Validated(KpiLocalizationOptions? options)
    {
        var byCulture = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        if (options is null)
        {
            return byCulture.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        }

        if (Problems(options).FirstOrDefault() is { Message: { } first })
        {
            throw new ArgumentException(first, nameof(options));
        }

        foreach (var (cultureName, texts) in options.Translations)
        {
            byCulture[CultureInfo.GetCultureInfo(cultureName, predefinedOnly: true).Name] = texts.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return byCulture.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static string? PlaceholderProblem(string where, string name, string text)
    {
        var count = ArgumentCount(name);
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, text, new object?[count]);
            return null;
        }
        catch (FormatException)
        {
            var values = count == 0 ? "it carries no value" : $"use {{0}} to {{{count - 1}}} for the values";
            return $"{where}[\"{name}\"] is not a valid format for its {count} value(s): '{text}'. The English text is '{English[name]}'; " +
                $"{values}, and {{{{ }}}} for braces.";
        }
    }
}
