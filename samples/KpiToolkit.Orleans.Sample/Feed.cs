using KpiToolkit.Activity;
using NodaTime;

namespace KpiToolkit.Orleans.Sample;

/// <summary>Posts and mentions as one feed in publication order, as a listening tool delivers them.</summary>
internal static class Feed
{
    public static IReadOnlyList<object> InTimeOrder(IEnumerable<SocialPost> posts, IEnumerable<Mention> mentions) =>
        [.. posts.Cast<object>().Concat(mentions).OrderBy(PublishedAt)];

    /// <summary>The month a record was published in, in a zone.</summary>
    public static YearMonth Month(object record, DateTimeZone zone) => PublishedAt(record).InZone(zone).Date.ToYearMonth();

    public static Instant PublishedAt(object record) => record switch
    {
        SocialPost post => post.PublishedAt,
        Mention mention => mention.PublishedAt,
        _ => throw new ArgumentException($"A feed holds posts and mentions, not {record.GetType().Name}.", nameof(record)),
    };
}
