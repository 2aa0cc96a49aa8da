namespace KpiToolkit.Activity;

/// <summary>
/// The raw activity a set of calculators reads: the company's posts and the snapshots of its audience
/// (owned media), and the mentions and press articles about it and its competitors (earned media).
/// A dashboard passes one instance to every registered calculator.
/// </summary>
/// <remarks>Immutable once built; the lists are copied.</remarks>
public sealed class ActivityData
{
    /// <summary>Creates the activity data.</summary>
    /// <param name="posts">The posts; none when null.</param>
    /// <param name="audience">The audience snapshots; none when null.</param>
    /// <param name="mentions">The mentions; none when null.</param>
    /// <param name="pressArticles">The press articles; none when null.</param>
    /// <exception cref="ArgumentException">An item is null, or two different snapshots of one channel share an instant.</exception>
    public ActivityData(
        IEnumerable<SocialPost>? posts = null,
        IEnumerable<AudienceSnapshot>? audience = null,
        IEnumerable<Mention>? mentions = null,
        IEnumerable<PressArticle>? pressArticles = null)
    {
        Posts = [.. posts ?? []];
        Preconditions.Check(Posts.All(post => post is not null), "posts must not contain null.", nameof(posts));
        Audience = audience is null ? AudienceHistory.Empty : new AudienceHistory(audience);
        Mentions = [.. mentions ?? []];
        Preconditions.Check(Mentions.All(mention => mention is not null), "mentions must not contain null.", nameof(mentions));
        PressArticles = [.. pressArticles ?? []];
        Preconditions.Check(PressArticles.All(article => article is not null), "pressArticles must not contain null.", nameof(pressArticles));
    }

    /// <summary>Gets an instance with no activity at all.</summary>
    public static ActivityData Empty { get; } = new();

    /// <summary>Gets the posts.</summary>
    public IReadOnlyList<SocialPost> Posts { get; }

    /// <summary>Gets the audience snapshots, indexed by channel and time.</summary>
    public AudienceHistory Audience { get; }

    /// <summary>Gets the mentions of the company and its competitors.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Gets the press articles about the company and its competitors.</summary>
    public IReadOnlyList<PressArticle> PressArticles { get; }
}
