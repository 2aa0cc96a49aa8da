using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

/// <summary>Builds posts and audience snapshots for tests, with only the counters a test cares about.</summary>
internal static class Posts
{
    public static Channel Instagram => Channel.Instagram;

    public static Channel LinkedIn => Channel.LinkedIn;

    public static Channel X => Channel.X;

    /// <summary>An instant in UTC.</summary>
    public static Instant At(int year, int month, int day, int hour = 12, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);

    /// <summary>A post with the counters given; the others are unreported (null).</summary>
    public static SocialPost Post(
        string id,
        Channel channel,
        Instant publishedAt,
        long? reactions = null,
        long? comments = null,
        long? shares = null,
        long? saves = null,
        long? clicks = null,
        long? reach = null,
        long? impressions = null,
        long? videoViews = null,
        PostFormat format = PostFormat.Other,
        bool isPaid = false) =>
        new(id, channel, publishedAt, format, isPaid, new PostCounters
        {
            Reactions = reactions,
            Comments = comments,
            Shares = shares,
            Saves = saves,
            Clicks = clicks,
            Reach = reach,
            Impressions = impressions,
            VideoViews = videoViews,
        });

    /// <summary>
    /// An Instagram post whose total interactions (reactions + comments + shares) are <paramref name="engagements"/>:
    /// all of them reactions, with 0 comments and 0 shares.
    /// </summary>
    public static SocialPost Engaged(string id, Instant publishedAt, long engagements, long? reach, Channel? channel = null) =>
        Post(id, channel ?? Instagram, publishedAt, reactions: engagements, comments: 0, shares: 0, reach: reach);

    /// <summary>A snapshot of the followers of a channel at an instant.</summary>
    public static AudienceSnapshot Snapshot(Channel channel, Instant takenAt, long followers, long? gained = null, long? lost = null) =>
        new(channel, takenAt, followers, gained, lost);
}
