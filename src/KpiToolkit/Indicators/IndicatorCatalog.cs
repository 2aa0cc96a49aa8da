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

    /// <summary>Creates a catalog of the given indicators.</summary>
    /// <param name="indicators">The indicators; each key may appear once, except for an identical definition given twice.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">Two different definitions share a key.</exception>
    public IndicatorCatalog(IEnumerable<Indicator> indicators)
        : this(Preconditions.NotNull(indicators), nameof(indicators))
    {
    }

    private IndicatorCatalog(IEnumerable<Indicator> indicators, string parameterName)
    {
        var byKey = new Dictionary<IndicatorKey, Indicator>();
        var ordered = new List<Indicator>();
        foreach (var indicator in indicators)
        {
            Preconditions.Item(indicator, parameterName);
            if (byKey.TryGetValue(indicator.Key, out var existing))
            {
                Preconditions.Check(
                    existing.Equals(indicator),
                    $"Two different indicators use the key '{indicator.Key}': '{existing.Name}' and '{indicator.Name}'. Keys must be unique.",
                    parameterName);
                continue;
            }

            byKey.Add(indicator.Key, indicator);
            ordered.Add(indicator);
        }

        _byKey = byKey.ToFrozenDictionary();
        Indicators = ordered.AsReadOnly();
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
        return new IndicatorCatalog(Indicators.Concat(additional), nameof(additional));
    }

    /// <summary>Returns a new catalog with these indicators followed by <paramref name="additional"/>.</summary>
    /// <param name="additional">The indicators to add.</param>
    /// <returns>The new catalog; this one is unchanged.</returns>
    public IndicatorCatalog With(params Indicator[] additional) => With((IEnumerable<Indicator>)additional);
}
