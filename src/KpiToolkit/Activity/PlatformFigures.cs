using System.Globalization;

namespace KpiToolkit.Activity;

/// <summary>The names of the figures platforms compute themselves, as kept in <see cref="PlatformFigures"/>.</summary>
public static class PlatformFigureNames
{
    /// <summary>The platform's own total of engagements of a post (X's <c>engagements</c> column): a count.</summary>
    public const string Engagements = "engagements";

    /// <summary>The platform's own engagement rate of a post (X's and LinkedIn's <c>engagement rate</c>): a fraction.</summary>
    public const string EngagementRate = "engagement rate";

    /// <summary>The platform's own total of interactions (Meta's reactions, comments and shares, with saves on Instagram): a count.</summary>
    public const string Interactions = "interactions";

    /// <summary>The platform's own click-through rate (YouTube's <c>impressions click-through rate</c>): a fraction.</summary>
    public const string ClickThroughRate = "click-through rate";
}

/// <summary>
/// The figures a platform computed itself for a record and wrote beside its counters, such as X's
/// <c>engagements</c> and <c>engagement rate</c>, kept so that what KpiToolkit computes can be compared with what
/// the platform shows (see <c>PlatformReconciler</c>). Rates are fractions (0.0353), counts whole numbers.
/// </summary>
/// <remarks>
/// Names compare without regard to case; <see cref="PlatformFigureNames"/> lists the ones the built-in
/// compositions and presets use. A value keeps the precision the export wrote it with (0.035 and 0.0350 are
/// kept apart), which tells how far the export rounded it. Immutable.
/// </remarks>
public sealed class PlatformFigures : IEquatable<PlatformFigures>
{
    private readonly KeyValuePair<string, decimal>[] _figures;

    private PlatformFigures(KeyValuePair<string, decimal>[] figures) => _figures = figures;

    /// <summary>Gets an instance with no figure.</summary>
    public static PlatformFigures None { get; } = new([]);

    /// <summary>Gets how many figures there are.</summary>
    public int Count => _figures.Length;

    /// <summary>Gets the figures, ordered by name.</summary>
    public IEnumerable<KeyValuePair<string, decimal>> All => _figures;

    /// <summary>Creates figures from pairs of a name and a value; a null value is left out (the export had none).</summary>
    /// <param name="figures">The names and values; a name may appear once.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentException">A name is blank or appears twice.</exception>
    public static PlatformFigures Of(params IEnumerable<(string Name, decimal? Value)> figures)
    {
        Preconditions.NotNull(figures);

        // A post has a handful of figures: they are kept in order by insertion, every name seen is remembered to refuse
        // it twice, and the messages are made only when a check fails.
        var seen = new string[4];
        var seenCount = 0;
        var byName = new KeyValuePair<string, decimal>[4];
        var count = 0;
        foreach (var (name, value) in figures)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("figures must not hold a blank name.", nameof(figures));
            }

            var trimmed = name.Trim();
            for (var i = 0; i < seenCount; i++)
            {
                if (string.Equals(seen[i], trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException($"figures names '{trimmed}' twice.", nameof(figures));
                }
            }

            if (seenCount == seen.Length)
            {
                Array.Resize(ref seen, seenCount * 2);
                Array.Resize(ref byName, seenCount * 2);
            }

            seen[seenCount++] = trimmed;
            if (value is { } v)
            {
                var at = count++;
                for (; at > 0 && StringComparer.OrdinalIgnoreCase.Compare(byName[at - 1].Key, trimmed) > 0; at--)
                {
                    byName[at] = byName[at - 1];
                }

                byName[at] = new(trimmed, v);
            }
        }

        return count == 0 ? None : new(byName[..count]);
    }

    /// <summary>Returns a figure by its name.</summary>
    /// <param name="name">The name, such as <see cref="PlatformFigureNames.EngagementRate"/>.</param>
    /// <returns>The value, or null when the platform gave none.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public decimal? Get(string name) => TryGet(name, out var value) ? value : null;

    /// <summary>Tries to find a figure by its name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value when found.</param>
    /// <returns><see langword="true"/> when the platform gave that figure.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public bool TryGet(string name, out decimal value)
    {
        var trimmed = Preconditions.NotBlank(name).Trim();
        foreach (var figure in _figures)
        {
            if (string.Equals(figure.Key, trimmed, StringComparison.OrdinalIgnoreCase))
            {
                value = figure.Value;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(PlatformFigures? other) =>
        other is not null && _figures.Length == other._figures.Length
        && _figures.Zip(other._figures).All(pair => string.Equals(pair.First.Key, pair.Second.Key, StringComparison.OrdinalIgnoreCase) && pair.First.Value == pair.Second.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PlatformFigures);

    /// <inheritdoc />
    public override int GetHashCode() => _figures.Length == 0 ? 0 : HashCode.Combine(_figures.Length, StringComparer.OrdinalIgnoreCase.GetHashCode(_figures[0].Key), _figures[0].Value);

    /// <summary>Returns the figures, such as <c>engagement rate = 0.0353</c>.</summary>
    /// <returns>A short description; <c>no figures</c> when empty.</returns>
    public override string ToString() =>
        _figures.Length == 0 ? "no figures" : string.Join(", ", _figures.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Key} = {f.Value}")));
}
