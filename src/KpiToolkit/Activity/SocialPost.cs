using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// One post the company published on a social channel, with the counters the platform reported for it.
/// </summary>
/// <remarks>
/// <para>A counter is null when the platform did not report it (Instagram returns no data for some
/// insights, X exposes non-public metrics only for recent posts). Null is never read as 0: a calculator
/// that needs a missing counter skips the post and counts it as skipped.</para>
/// <para>Counters are lifetime values of the post (the cohort model: a post's interactions belong to the
/// period it was published in). Immutable.</para>
/// </remarks>
public sealed record SocialPost
{
    /// <summary>Creates a post.</summary>
    /// <param name="id">The platform's id of the post.</param>
    /// <param name="channel">Where it was published.</param>
    /// <param name="publishedAt">When it was published.</param>
    /// <param name="format">Its format.</param>
    /// <param name="isPaid">Whether it was promoted with money (a boosted or sponsored post).</param>
    /// <param name="counters">Its counters; <see cref="PostCounters.None"/> when null.</param>
    /// <param name="platformFigures">The figures the platform computed itself for the post; <see cref="PlatformFigures.None"/> when null.</param>
    /// <exception cref="ArgumentException">The id is blank, the channel empty or the format undefined.</exception>
    public SocialPost(
        string id,
        Channel channel,
        Instant publishedAt,
        PostFormat format = PostFormat.Other,
        bool isPaid = false,
        PostCounters? counters = null,
        PlatformFigures? platformFigures = null)
    {
        Id = Preconditions.NotBlank(id).Trim();
        Preconditions.Check(!channel.IsEmpty, "channel must not be the empty (default) channel.", nameof(channel));
        Channel = channel;
        PublishedAt = publishedAt;
        Format = Preconditions.Defined(format);
        IsPaid = isPaid;
        Counters = counters ?? PostCounters.None;
        PlatformFigures = platformFigures ?? PlatformFigures.None;
    }

    /// <summary>Gets the platform's id of the post.</summary>
    public string Id { get; }

    /// <summary>Gets where the post was published.</summary>
    public Channel Channel { get; }

    /// <summary>Gets when the post was published.</summary>
    public Instant PublishedAt { get; }

    /// <summary>Gets the format of the post.</summary>
    public PostFormat Format { get; }

    /// <summary>Gets whether the post was promoted with money; false for an organic post.</summary>
    public bool IsPaid { get; }

    /// <summary>Gets the counters the platform reported.</summary>
    public PostCounters Counters { get; }

    /// <summary>
    /// Gets the figures the platform computed itself for the post, such as its own total of engagements and its
    /// engagement rate, kept beside the counters to compare with what KpiToolkit computes.
    /// </summary>
    public PlatformFigures PlatformFigures { get; }

    /// <summary>Returns the channel, id and publication instant.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Channel} post {Id} at {PublishedAt}";
}
