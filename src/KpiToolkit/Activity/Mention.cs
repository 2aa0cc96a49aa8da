using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// Something others published about the company or a competitor: a post, a comment, a review, a forum
/// thread, a news item.
/// </summary>
/// <remarks>
/// Counters and the potential reach are null when the monitoring tool did not report them, which is not
/// the same as 0. The potential reach is the audience of the author or source (followers, site visitors),
/// not the people who saw this mention. Immutable.
/// </remarks>
public sealed record Mention
{
    /// <summary>Creates a mention.</summary>
    /// <param name="id">The monitoring tool's id of the mention.</param>
    /// <param name="publishedAt">When it was published.</param>
    /// <param name="sourceType">The kind of source.</param>
    /// <param name="author">Who published it, such as a handle or a site.</param>
    /// <param name="subject">Who it is about; <see cref="Subject.Company"/> by default.</param>
    /// <param name="sentiment">Its tone; <see cref="Sentiment.Unknown"/> by default.</param>
    /// <param name="channel">The network or site it was published on, if known.</param>
    /// <param name="potentialReach">The audience of the author or source, if known.</param>
    /// <param name="reactions">Reactions on the mention, if reported.</param>
    /// <param name="comments">Comments on the mention, if reported.</param>
    /// <param name="shares">Shares of the mention, if reported.</param>
    /// <exception cref="ArgumentException">The id or author is blank, the channel empty, an enum undefined, or a count negative.</exception>
    public Mention(
        string id,
        Instant publishedAt,
        MentionSourceType sourceType,
        string author,
        Subject subject = default,
        Sentiment sentiment = Sentiment.Unknown,
        Channel? channel = null,
        long? potentialReach = null,
        long? reactions = null,
        long? comments = null,
        long? shares = null)
    {
        Id = Preconditions.NotBlank(id).Trim();
        PublishedAt = publishedAt;
        SourceType = Preconditions.Defined(sourceType);
        Author = Preconditions.NotBlank(author).Trim();
        Subject = subject;
        Sentiment = Preconditions.Defined(sentiment);
        Channel = Preconditions.OptionalChannel(channel);
        PotentialReach = Preconditions.NonNegative(potentialReach);
        Reactions = Preconditions.NonNegative(reactions);
        Comments = Preconditions.NonNegative(comments);
        Shares = Preconditions.NonNegative(shares);
    }

    /// <summary>Gets the monitoring tool's id.</summary>
    public string Id { get; }

    /// <summary>Gets when the mention was published.</summary>
    public Instant PublishedAt { get; }

    /// <summary>Gets the kind of source.</summary>
    public MentionSourceType SourceType { get; }

    /// <summary>Gets who published it.</summary>
    public string Author { get; }

    /// <summary>Gets who it is about.</summary>
    public Subject Subject { get; }

    /// <summary>Gets its tone.</summary>
    public Sentiment Sentiment { get; }

    /// <summary>Gets the network or site it was published on, if known.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets the audience of the author or source, or null when not reported.</summary>
    public long? PotentialReach { get; }

    /// <summary>Gets the reactions, or null when not reported.</summary>
    public long? Reactions { get; }

    /// <summary>Gets the comments, or null when not reported.</summary>
    public long? Comments { get; }

    /// <summary>Gets the shares, or null when not reported.</summary>
    public long? Shares { get; }

    /// <summary>Gets reactions + comments + shares, or null when any of them was not reported.</summary>
    /// <exception cref="OverflowException">The sum does not fit in a <see cref="long"/>.</exception>
    public long? Interactions => InteractionSum is { } sum ? CountSums.ToLong(sum, $"{nameof(Mention)}.{nameof(Interactions)}", Id) : null;

    /// <summary>Gets reactions + comments + shares, exact in <see cref="Int128"/>, or null when any of them was not reported: what calculators add up.</summary>
    internal Int128? InteractionSum => ReportedInteractions(out var complete) is var sum && complete ? sum : null;

    /// <summary>
    /// The one place where a mention's interactions are added up: reactions + comments + shares of the counters
    /// reported (a missing one adds nothing), exact in <see cref="Int128"/>.
    /// </summary>
    /// <param name="complete">Whether all three counters were reported, so the sum is the whole.</param>
    /// <returns>The sum of the counters reported.</returns>
    internal Int128 ReportedInteractions(out bool complete)
    {
        complete = Reactions is not null && Comments is not null && Shares is not null;
        return (Int128)(Reactions ?? 0) + (Comments ?? 0) + (Shares ?? 0);
    }

    /// <summary>Returns the source, author and instant.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{SourceType} mention {Id} by {Author} about {Subject} at {PublishedAt}";
}
