using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>Builds mentions, press articles and volume series for the earned-media tests.</summary>
internal static class Earned
{
    public static Subject LeCreuset { get; } = Subject.Competitor("Le Creuset");

    public static Subject Staub { get; } = Subject.Competitor("Staub");

    public static ReportingPeriod March { get; } = ReportingPeriod.Month(2026, 3);

    /// <summary>An instant in UTC.</summary>
    public static Instant At(int year, int month, int day, int hour = 12, int minute = 0) =>
        Instant.FromUtc(year, month, day, hour, minute);

    /// <summary>A mention with only what a test cares about; counters and reach unreported unless given.</summary>
    public static Mention Mention(
        string id,
        Instant publishedAt,
        Subject subject = default,
        MentionSourceType sourceType = MentionSourceType.SocialNetwork,
        string author = "someone",
        Sentiment sentiment = Sentiment.Unknown,
        Channel? channel = null,
        long? reach = null,
        long? reactions = null,
        long? comments = null,
        long? shares = null) =>
        new(id, publishedAt, sourceType, author, subject, sentiment, channel, reach, reactions, comments, shares);

    /// <summary>A mention with all three counters reported.</summary>
    public static Mention Engaged(string id, Instant publishedAt, long reactions, long comments, long shares, long? reach = null, Subject subject = default, string author = "someone", Sentiment sentiment = Sentiment.Unknown, Channel? channel = null) =>
        new(id, publishedAt, MentionSourceType.SocialNetwork, author, subject, sentiment, channel, reach, reactions, comments, shares);

    /// <summary>A press article.</summary>
    public static PressArticle Article(
        string id,
        string outlet,
        LocalDate publishedOn,
        MediaKind mediaKind = MediaKind.Print,
        Sentiment tonality = Sentiment.Unknown,
        long? audience = null,
        Subject subject = default,
        string? syndicationKey = null) =>
        new(id, outlet, mediaKind, publishedOn, subject, tonality, audience, syndicationKey);

    /// <summary>A daily series starting on <paramref name="start"/>, one point per count.</summary>
    public static IReadOnlyList<VolumePoint> Daily(LocalDate start, params long[] counts) =>
        counts.Select((count, i) => new VolumePoint(ReportingPeriod.Day(start.PlusDays(i)), count)).ToList();

    /// <summary>A daily series starting on 1 March 2026.</summary>
    public static IReadOnlyList<VolumePoint> Daily(params long[] counts) => Daily(new LocalDate(2026, 3, 1), counts);
}
