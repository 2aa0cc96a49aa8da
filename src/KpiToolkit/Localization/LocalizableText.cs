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

    private LocalizableText(string name, double count, object?[] arguments)
        : this(name, arguments)
    {
        Count = count;
    }

    private LocalizableText(string separator, object?[] parts, bool join)
        : this(string.Empty, parts)
    {
        _separator = join ? separator : null;
    }

    // Set for a list: its parts formatted in the culture and joined with it, with no resource of its own.
    private readonly string? _separator;

    /// <summary>Gets the resource name; for a text with a <see cref="Count"/>, the stem of its <c>.One</c> and <c>.Other</c> forms.</summary>
    public string Name { get; }

    /// <summary>Gets the values of the placeholders; a <see cref="LocalizableText"/> among them is formatted in the same culture.</summary>
    public IReadOnlyList<object?> Arguments { get; }

    /// <summary>Gets the number that picks the singular or plural form of the text, or null for a text of one form.</summary>
    public double? Count { get; }

    /// <summary>Gets the English text, numbers in the invariant culture.</summary>
    public string English => Format(KpiLocalizer.Default, CultureInfo.InvariantCulture);

    /// <summary>
    /// A text of two forms, <c>name.One</c> and <c>name.Other</c>, the form chosen by the language's plural rule for
    /// <paramref name="count"/> when the text is formatted.
    /// </summary>
    public static LocalizableText Plural(string name, double count, params object?[] arguments) => new(name, count, arguments);

    /// <summary>A list of texts, each formatted in the culture when shown, joined with a separator: <c>reactions + comments</c>.</summary>
    public static LocalizableText Join(string separator, IEnumerable<object?> parts) => new(separator, [.. parts], join: true);

    /// <summary>Formats the text in a culture with the localizer's texts.</summary>
    public string Format(KpiLocalizer localizer, CultureInfo culture)
    {
        if (_separator is not null)
        {
            return string.Join(_separator, Arguments.Select(part => part is LocalizableText inner ? inner.Format(localizer, culture) : Convert.ToString(part, culture)));
        }

        var name = Count is { } count
            ? Name + (KpiLocalizer.IsSingular(count, localizer.LanguageOf(culture)) ? ".One" : ".Other")
            : Name;
        var format = localizer.GetString(name, culture);
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
