using KpiToolkit.Activity;

namespace KpiToolkit.Calculators;

/// <summary>
/// Which counters of a post count as engagements. Vendors disagree, so the composition is data, not code:
/// pick a preset or build your own with <see cref="Of"/>.
/// </summary>
/// <remarks>Impressions and reach are exposures, not engagements, and are refused. Immutable.</remarks>
public sealed class EngagementComposition : IEquatable<EngagementComposition>
{
    private EngagementComposition(string name, PostCounter[] counters)
    {
        Name = name;
        Counters = Array.AsReadOnly(counters);
    }

    /// <summary>Gets reactions + comments + shares: Facebook's "total interactions", Rival IQ and NapoleonCat. The default.</summary>
    public static EngagementComposition TotalInteractions { get; } =
        new("total interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares]);

    /// <summary>Gets reactions + comments + shares + saves + clicks: every interaction a post can receive.</summary>
    public static EngagementComposition AllInteractions { get; } =
        new("all interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Saves, PostCounter.Clicks]);

    /// <summary>Gets likes + comments + saves: Later's Instagram formula for photos and carousels.</summary>
    public static EngagementComposition InstagramFeed { get; } =
        new("Instagram feed (Later)", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Saves]);

    /// <summary>Gets likes + comments + saves + shares: Later's Instagram formula for reels and videos.</summary>
    public static EngagementComposition InstagramReels { get; } =
        new("Instagram reels (Later)", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Saves, PostCounter.Shares]);

    /// <summary>Gets clicks + reactions + comments + shares: the LinkedIn API's <c>engagement</c> field.</summary>
    public static EngagementComposition LinkedIn { get; } =
        new("LinkedIn API", [PostCounter.Clicks, PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares]);

    /// <summary>Gets likes + replies + reposts (with quotes) + clicks (link and profile): Buffer's X formula.</summary>
    public static EngagementComposition X { get; } =
        new("X (Buffer)", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Clicks]);

    /// <summary>Gets the name of the composition.</summary>
    public string Name { get; }

    /// <summary>Gets the counters added up, in order.</summary>
    public IReadOnlyList<PostCounter> Counters { get; }

    /// <summary>Creates a composition of your own.</summary>
    /// <param name="name">A name shown in results, such as <c>likes and saves</c>.</param>
    /// <param name="counters">The counters; at least one, no duplicates, neither impressions nor reach.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentException">The name is blank, or the counters are empty, duplicated, undefined, or include impressions or reach.</exception>
    public static EngagementComposition Of(string name, params PostCounter[] counters)
    {
        Preconditions.NotBlank(name);
        Preconditions.NotNull(counters);
        Preconditions.Check(counters.Length > 0, "counters must name at least one counter.", nameof(counters));
        Preconditions.Check(counters.Distinct().Count() == counters.Length, "counters must not name a counter twice.", nameof(counters));
        foreach (var counter in counters)
        {
            Preconditions.Defined(counter, nameof(counters));
            Preconditions.Check(
                counter is not (PostCounter.Impressions or PostCounter.Reach),
                $"{counter} measures exposure, not engagement, and cannot be part of an engagement composition.",
                nameof(counters));
        }

        return new EngagementComposition(name.Trim(), [.. counters]);
    }

    /// <inheritdoc />
    public bool Equals(EngagementComposition? other) =>
        other is not null && Name == other.Name && Counters.SequenceEqual(other.Counters);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EngagementComposition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Counters.Count);

    /// <summary>Returns the name and the counters.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name} ({string.Join(" + ", Counters)})";
}
