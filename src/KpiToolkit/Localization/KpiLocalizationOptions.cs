namespace KpiToolkit.Localization;

/// <summary>
/// Texts a host gives for any culture without writing code, keyed by the names of KpiToolkit's resources
/// (<see cref="KpiLocalizer.Names"/>): a third language, or other words for English and French.
/// </summary>
/// <remarks>
/// <para>Read from configuration by <c>services.AddKpiToolkit(configuration.GetSection("KpiToolkit"))</c> as
/// <c>KpiToolkit:Localization:Translations:de:Label.Period = Zeitraum</c>, or filled in code. A culture looks up its own
/// name first (<c>de-AT</c>), then its parents (<c>de</c>), then KpiToolkit's resources, so every name left out keeps its
/// English (or French) text.</para>
/// <para>Checked when a <see cref="KpiLocalizer"/> is made from them: an unknown culture or name, a blank text, or a text
/// whose placeholders do not fit the values of its resource throws an <see cref="ArgumentException"/> naming the
/// culture and the name. As <c>KpiToolkitOptions.Localization</c>, they are checked with the other options, every
/// problem a failure of the <c>OptionsValidationException</c> a generic host throws when it starts.</para>
/// </remarks>
public sealed class KpiLocalizationOptions
{
    /// <summary>Gets the texts by culture name (<c>de</c>, <c>de-AT</c>), then by resource name (<c>Label.Period</c>).</summary>
    /// <value>Empty: KpiToolkit's own English and French texts.</value>
    public Dictionary<string, Dictionary<string, string>> Translations { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds or replaces the text of one resource name in one culture.</summary>
    /// <param name="culture">The culture's name, such as <c>de</c>.</param>
    /// <param name="name">The resource name, such as <c>Label.Period</c>.</param>
    /// <param name="text">The text; a composite format string when the English one carries values.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public KpiLocalizationOptions Add(string culture, string name, string text)
    {
        Preconditions.NotNull(culture);
        Preconditions.NotNull(name);
        Preconditions.NotNull(text);
        if (!Translations.TryGetValue(culture, out var texts))
        {
            texts = new Dictionary<string, string>(StringComparer.Ordinal);
            Translations[culture] = texts;
        }

        texts[name] = text;
        return this;
    }
}
