using System.Globalization;

namespace KpiToolkit.Localization;

/// <summary>
/// A text named by its resource and the values it carries, formatted in a culture only when it is shown: the model keeps
/// the English text for logs and machine formats, a renderer the culture's.
/// </summary>
internal sealed class LocalizableText
{
    public LocalizableText(string name, params object?[] arguments)
    {
        Name = name;
        Arguments = arguments;
    }

    /// <summary>Gets the resource name.</summary>
    public string Name { get; }

    /// <summary>Gets the values of the placeholders; a <see cref="LocalizableText"/> among them is formatted in the same culture.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Gets the English text, numbers in the invariant culture.</summary>
    public string English => Format(KpiLocalizer.Default, CultureInfo.InvariantCulture);

    /// <summary>Formats the text in a culture with the localizer's texts.</summary>
    public string Format(KpiLocalizer localizer, CultureInfo culture)
    {
        var format = localizer.GetString(Name, culture);
        if (Arguments.Count == 0)
        {
            return format;
        }

        var values = new object?[Arguments.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Arguments[i] is LocalizableText inner ? inner.Format(localizer, culture) : Arguments[i];
        }

        return string.Format(culture, format, values);
    }

    /// <inheritdoc />
    public override string ToString() => English;
}
