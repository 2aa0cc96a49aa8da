using KpiToolkit.Activity;

namespace KpiToolkit.Calculators;

/// <summary>
/// Which counters of a post count as engagements. Platforms and vendors disagree, so the composition is data,
/// not code: pick one named after the platform whose figure you compare with, or build your own with
/// <see cref="Of"/>. <see cref="PlatformReported"/> takes the platform's own total instead of adding counters.
/// </summary>
/// <remarks>
/// Exposure counters (impressions, reach, views) and durations are not engagements and are refused. A post that
/// lacks one counter of the composition is skipped and counted, never read as having 0 of it. Immutable.
/// docs/matching-the-platforms.md gives the source of each platform's definition.
/// </remarks>
public sealed class EngagementComposition : IEquatable<EngagementComposition>
{
    private EngagementComposition(string name, PostCounter[] counters, string? platformFigure)
    {
        Name = name;
        Counters = Array.AsReadOnly(counters);
        PlatformFigure = platformFigure;
    }

    /// <summary>Gets reactions + comments + shares: the usual "interactions" of Rival IQ and NapoleonCat. The default.</summary>
    public static EngagementComposition TotalInteractions { get; } =
        new("total interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares], null);

    /// <summary>Gets reactions + comments + shares + saves + clicks: every interaction a post can receive.</summary>
    public static EngagementComposition AllInteractions { get; } =
        new("all interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Saves, PostCounter.Clicks], null);

    /// <summary>
    /// Gets X's own definition, the one behind the <c>engagements</c> and <c>engagement rate</c> columns of its tweet
    /// activity export: retweets, replies, likes, user profile clicks, url clicks, hashtag clicks, detail expands,
    /// permalink clicks, app opens, app installs, follows, email tweet, dial phone and media engagements (14 kinds;
    /// media views are not engagements). Divide by impressions to get X's engagement rate.
    /// </summary>
    public static EngagementComposition X { get; } = new(
        "X engagements",
        [
            PostCounter.Shares, PostCounter.Comments, PostCounter.Reactions, PostCounter.ProfileClicks, PostCounter.LinkClicks,
            PostCounter.HashtagClicks, PostCounter.DetailExpands, PostCounter.PermalinkClicks, PostCounter.AppOpens,
            PostCounter.AppInstalls, PostCounter.Follows, PostCounter.EmailShares, PostCounter.PhoneDials, PostCounter.MediaEngagements,
        ],
        null);

    /// <summary>
    /// Gets Buffer's formula for X: likes + replies + reposts + quotes + link clicks + profile clicks, the kinds X's
    /// API v2 exposes (app opens, hashtag clicks and the other clicks are left out).
    /// </summary>
    public static EngagementComposition XBuffer { get; } = new(
        "X (Buffer)",
        [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Quotes, PostCounter.LinkClicks, PostCounter.ProfileClicks],
        null);

    /// <summary>Gets reactions + comments + shares: the "total interactions" Facebook's Page Insights shows for a post.</summary>
    public static EngagementComposition FacebookInteractions { get; } =
        new("Facebook total interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares], null);

    /// <summary>Gets Facebook's engaged users: the unique people who clicked, reacted, commented or shared (a count of people, not of actions).</summary>
    public static EngagementComposition FacebookEngagedUsers { get; } =
        new("Facebook engaged users", [PostCounter.EngagedUsers], null);

    /// <summary>Gets likes + comments + shares + saves: the "interactions" Instagram's insights total for a post.</summary>
    public static EngagementComposition InstagramInteractions { get; } =
        new("Instagram interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Saves], null);

    /// <summary>Gets likes + comments + saves: Later's Instagram formula for photos and carousels.</summary>
    public static EngagementComposition InstagramFeed { get; } =
        new("Instagram feed (Later)", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Saves], null);

    /// <summary>Gets likes + comments + saves + shares: Later's Instagram formula for reels and videos.</summary>
    public static EngagementComposition InstagramReels { get; } =
        new("Instagram reels (Later)", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Saves, PostCounter.Shares], null);

    /// <summary>
    /// Gets clicks + reactions + comments + reposts + follows: the engagements behind the <c>Engagement rate</c> of
    /// LinkedIn's page content export, which divides them by impressions.
    /// </summary>
    public static EngagementComposition LinkedIn { get; } = new(
        "LinkedIn engagements",
        [PostCounter.Clicks, PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Follows],
        null);

    /// <summary>Gets clicks + reactions + comments + shares: the LinkedIn API's <c>engagement</c> field, which leaves follows out.</summary>
    public static EngagementComposition LinkedInApi { get; } =
        new("LinkedIn API", [PostCounter.Clicks, PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares], null);

    /// <summary>Gets likes + comments + shares: the interactions YouTube Studio reports for a video (it shows no engagement rate of its own).</summary>
    public static EngagementComposition YouTube { get; } =
        new("YouTube interactions", [PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares], null);

    /// <summary>
    /// Gets the platform's own total: the <see cref="PlatformFigureNames.Engagements"/> figure kept with each post
    /// (<see cref="SocialPost.PlatformFigures"/>), whatever the platform counts in it. A post without that figure is
    /// skipped and counted as missing.
    /// </summary>
    public static EngagementComposition PlatformReported { get; } =
        new("engagements reported by the platform", [], PlatformFigureNames.Engagements);

    /// <summary>Gets the name of the composition.</summary>
    public string Name { get; }

    /// <summary>Gets the counters added up, in order; empty when the composition reads a platform figure instead.</summary>
    public IReadOnlyList<PostCounter> Counters { get; }

    /// <summary>Gets the name of the platform figure read as each post's engagements, or null when counters are added up.</summary>
    public string? PlatformFigure { get; }

    /// <summary>Creates a composition of your own.</summary>
    /// <param name="name">A name shown in results, such as <c>likes and saves</c>.</param>
    /// <param name="counters">The counters; at least one, no duplicates, none of them an exposure or a duration.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentException">The name is blank, or the counters are empty, duplicated, empty kinds, exposures or durations.</exception>
    public static EngagementComposition Of(string name, params PostCounter[] counters)
    {
        Preconditions.NotBlank(name);
        Preconditions.NotNull(counters);
        Preconditions.Check(counters.Length > 0, "counters must name at least one counter.", nameof(counters));
        Preconditions.Check(counters.Distinct().Count() == counters.Length, "counters must not name a counter twice.", nameof(counters));
        foreach (var counter in counters)
        {
            Preconditions.Check(!counter.IsEmpty, "counters must not hold the empty (default) post counter.", nameof(counters));
            Preconditions.Check(
                counter.Kind is not (PostCounterKind.Exposure or PostCounterKind.Duration),
                $"{counter} measures {(counter.Kind == PostCounterKind.Exposure ? "exposure" : "time")}, not engagement, and cannot be part of an engagement composition.",
                nameof(counters));
        }

        return new EngagementComposition(name.Trim(), [.. counters], null);
    }

    /// <summary>Creates a composition that reads a figure the platform computed itself, such as <see cref="PlatformFigureNames.Interactions"/>.</summary>
    /// <param name="name">A name shown in results.</param>
    /// <param name="platformFigure">The name of the figure in <see cref="SocialPost.PlatformFigures"/>; a whole number of at least 0 in each post.</param>
    /// <returns>The composition.</returns>
    /// <exception cref="ArgumentException">A name is blank.</exception>
    public static EngagementComposition FromPlatformFigure(string name, string platformFigure) =>
        new(Preconditions.NotBlank(name).Trim(), [], Preconditions.NotBlank(platformFigure).Trim());

    /// <inheritdoc />
    public bool Equals(EngagementComposition? other) =>
        other is not null && Name == other.Name && Counters.SequenceEqual(other.Counters)
        && string.Equals(PlatformFigure, other.PlatformFigure, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EngagementComposition);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Name, Counters.Count);

    /// <summary>Returns the name and the counters, or the platform figure read.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        PlatformFigure is { } figure ? $"{Name} (the platform's '{figure}')" : $"{Name} ({string.Join(" + ", Counters)})";

    /// <summary>
    /// The engagements of one post in this composition: the sum of its counters, or the platform's figure when the
    /// composition reads one; null when the post misses a counter or the figure, or the figure is not a whole count.
    /// </summary>
    internal Int128? EngagementsOf(SocialPost post)
    {
        if (PlatformFigure is { } figure)
        {
            return post.PlatformFigures.TryGet(figure, out var reported) && reported >= 0 && reported == decimal.Truncate(reported)
                ? (Int128)reported
                : null;
        }

        Int128 sum = 0;
        foreach (var counter in Counters)
        {
            if (post.Counters.Get(counter) is not { } value)
            {
                return null;
            }

            sum += value;
        }

        return sum;
    }
}
