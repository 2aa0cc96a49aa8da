using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace KpiToolkit.Indicators;

/// <summary>
/// A frozen set of indicator definitions, looked up by key. <see cref="BuiltIn"/> holds the built-in
/// ones; a host adds its own with <see cref="With(IEnumerable{Indicator})"/> or, through dependency
/// injection, <c>builder.AddIndicator(...)</c>.
/// </summary>
/// <remarks>Immutable and safe to share between threads.</remarks>
public sealed class IndicatorCatalog
{
    private readonly FrozenDictionary<IndicatorKey, Indicator> _byKey;
    private readonly FrozenDictionary<IndicatorKey, string> _displayNames;

    /// <summary>Creates a catalog of the given indicators.</summary>
    /// <param name="indicators">The indicators; each key may appear once, except for an identical definition given twice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two different definitions share a key.</exception>
    public IndicatorCatalog(IEnumerable<Indicator> indicators)
        : this(Preconditions.NotNull(indicators), nameof(indicators))
    {
    }

    private IndicatorCatalog(IEnumerable<Indicator> indicators, string parameterName, IReadOnlyDictionary<IndicatorKey, string>? displayNames = null)
    {
        var byKey = new Dictionary<IndicatorKey, Indicator>();
        var ordered = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            Preconditions.Item(indicator, parameterName);
            if (byKey.TryGetValue(indicator.Key, out var existing))
            {
                // A definition given again after its key got a display name is the same definition.
                var sameDefinition = existing.Equals(indicator)
                    || (displayNames is not null && displayNames.TryGetValue(indicator.Key, out var displayName) && existing.Equals(indicator.Renamed(displayName, indicator.Description)));
                Preconditions.Check(
                    sameDefinition,
                    $"Two different indicators use the key '{indicator.Key}': '{existing.Name}' and '{indicator.Name}'. Keys must be unique." +
                    (existing.Renamed(indicator.Name, indicator.Description).Equals(indicator)
                        ? $" To show '{indicator.Name}' in place of '{existing.Name}', keep the definition and give a display name: catalog.WithDisplayName(\"{indicator.Key}\", \"{indicator.Name}\") or builder.AddIndicatorDisplayName(...)."
                        : string.Empty),
                    parameterName);
                continue;
            }

            byKey.Add(indicator.Key, indicator);
            ordered.Add(indicator);
        }

        _byKey = byKey.ToFrozenDictionary();
        Indicators = ordered.AsReadOnly();
        _displayNames = (displayNames ?? FrozenDictionary<IndicatorKey, string>.Empty).ToFrozenDictionary();
    }

    /// <summary>Gets a catalog of <see cref="BuiltInIndicators.All"/>.</summary>
    public static IndicatorCatalog BuiltIn { get; } = new(BuiltInIndicators.All);

    /// <summary>Gets the indicators, in the order they were given.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Gets the number of indicators.</summary>
    public int Count => Indicators.Count;

    /// <summary>Returns the indicator with the given key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="KeyNotFoundException">No indicator has that key; the message lists the known keys.</exception>
    public Indicator Get(IndicatorKey key) =>
        _byKey.TryGetValue(key, out var indicator)
            ? indicator
            : throw new KeyNotFoundException(
                $"No indicator with the key '{key}' is in the catalog. Known keys: {string.Join(", ", Indicators.Select(i => i.Key))}. " +
                "Add a host's own indicator with IndicatorCatalog.With(...) or builder.AddIndicator(...).");

    /// <summary>Looks up the indicator with the given key without throwing.</summary>
    /// <param name="key">The key.</param>
    /// <param name="indicator">The indicator when found.</param>
    /// <returns><see langword="true"/> when the catalog holds the key.</returns>
    public bool TryGet(IndicatorKey key, [NotNullWhen(true)] out Indicator? indicator) =>
        _byKey.TryGetValue(key, out indicator);

    /// <summary>Returns whether the catalog holds the key.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when an indicator has that key.</returns>
    public bool Contains(IndicatorKey key) => _byKey.ContainsKey(key);

    /// <summary>Returns a new catalog with these indicators followed by <paramref name="additional"/>.</summary>
    /// <param name="additional">The indicators to add.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    /// <exception cref="ArgumentException">An added indicator reuses a key with a different definition.</exception>
    public IndicatorCatalog With(IEnumerable<Indicator> additional)
    {
        Preconditions.NotNull(additional);
        return new IndicatorCatalog(Indicators.Concat(additional), nameof(additional), _displayNames);
    }

    /// <summary>Returns a new catalog with these indicators followed by <paramref name="additional"/>.</summary>
    /// <param name="additional">The indicators to add.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    public IndicatorCatalog With(params Indicator[] additional) => With((IEnumerable<Indicator>)additional);

    /// <summary>
    /// Returns a new catalog where an indicator is shown under another name, in every culture, while its key stays the
    /// machine name: <c>IndicatorCatalog.BuiltIn.WithDisplayName(IndicatorKeys.EngagementRate, "Taux d'engagement")</c>.
    /// </summary>
    /// <param name="key">The key of an indicator of this catalog.</param>
    /// <param name="displayName">The name people read; replaces an earlier display name of the key.</param>
    /// <returns>The new catalog; this one is unchanged. Its definition of <paramref name="key"/> carries the new name.</returns>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or <paramref name="displayName"/> blank.</exception>
    /// <exception cref="KeyNotFoundException">No indicator of this catalog has <paramref name="key"/>.</exception>
    /// <remarks>
    /// Dashboards built with this catalog show the name in their rows, objectives and the <c>name</c> of the JSON and CSV
    /// formats; without a display name, a built-in indicator's name follows the labels' language
    /// (<see cref="Localization.IndicatorStrings"/>).
    /// </remarks>
    public IndicatorCatalog WithDisplayName(IndicatorKey key, string displayName)
    {
        Preconditions.Check(!key.IsEmpty, "key must not be the empty (default) indicator key.", nameof(key));
        var name = Preconditions.NotBlank(displayName).Trim();
        var indicator = Get(key);
        var names = new Dictionary<IndicatorKey, string>(_displayNames) { [key] = name };
        return new IndicatorCatalog(Indicators.Select(i => i.Key == key ? indicator.Renamed(name, indicator.Description) : i), nameof(key), names);
    }

    /// <summary>Gets the display names given with <see cref="WithDisplayName"/>, by key.</summary>
    public IReadOnlyDictionary<IndicatorKey, string> DisplayNames => _displayNames;

    /// <summary>Returns the definition with the display name of its key, when one was given; the same instance otherwise.</summary>
    internal Indicator Displayed(Indicator indicator) =>
        _displayNames.TryGetValue(indicator.Key, out var name) && name != indicator.Name ? indicator.Renamed(name, indicator.Description) : indicator;
}
