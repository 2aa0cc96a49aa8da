using System.Globalization;
using KpiToolkit.Activity;

namespace KpiToolkit.Import.Presets;

/// <summary>
/// Maps the X (Twitter) Analytics "tweet activity" export to <see cref="SocialPost"/>: one row per tweet, with
/// organic counters and the same counters prefixed <c>promoted </c> (a <c>-</c> when the tweet was not
/// promoted).
/// </summary>
/// <remarks>
/// <para>Likes are read as reactions, replies as comments, retweets as shares and <c>url clicks</c> as clicks.
/// The export has no reach. A tweet with promoted impressions above zero is a paid post, and by default its
/// promoted counters are added to the organic ones, so a post's counters are its totals.</para>
/// <para>X's own <c>engagements</c> and <c>engagement rate</c> count every click on the tweet (profile, hashtag,
/// detail expands, media); they are kept beside each post in <see cref="ImportRow{T}.PlatformFigures"/> so
/// they can be compared with a rate KpiToolkit computes from a chosen composition.</para>
/// </remarks>
public sealed class XTweetActivityMap : CsvRecordMap<SocialPost>
{
    private const string PromotedPrefix = "promoted ";

    /// <summary>Creates the map with X's own derived columns kept as platform figures.</summary>
    public XTweetActivityMap()
    {
        PlatformFigureColumns = ["engagements", "engagement rate", "promoted engagements", "promoted engagement rate"];
    }

    /// <summary>Gets whether promoted counters are added to the organic ones; true by default.</summary>
    public bool IncludePromoted { get; init; } = true;

    /// <summary>Gets the channel given to every tweet; <see cref="Channel.X"/> by default.</summary>
    public Channel Channel { get; init; } = Channel.X;

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns() =>
        ["Tweet id", "time", "impressions", "retweets", "replies", "likes", "url clicks"];

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() =>
        IncludePromoted ? Counted.Select(c => PromotedPrefix + c) : [PromotedPrefix + "impressions"];

    private static string[] Counted => ["impressions", "retweets", "replies", "likes", "url clicks"];

    /// <inheritdoc />
    protected internal override SocialPost? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.GetRequiredText("Tweet id");
        var publishedAt = row.GetRequiredInstant("time");
        var promotedImpressions = row.GetCount(PromotedPrefix + "impressions");
        var counters = new PostCounters
        {
            Impressions = Add(row, "impressions", row.GetCount("impressions"), IncludePromoted ? promotedImpressions : null),
            Reactions = Total(row, "likes"),
            Comments = Total(row, "replies"),
            Shares = Total(row, "retweets"),
            Clicks = Total(row, "url clicks"),
        };
        return row.HasErrors
            ? null
            : new SocialPost(id, Channel, publishedAt, PostFormat.Text, isPaid: promotedImpressions > 0, counters);
    }

    // An organic counter plus its promoted twin; "-" (not promoted) reads as missing and adds nothing.
    private long? Total(CsvRow row, string column) =>
        Add(row, column, row.GetCount(column), IncludePromoted ? row.GetCount(PromotedPrefix + column) : null);

    // Without the organic figure the total is unknown, so it stays missing rather than understated.
    private static long? Add(CsvRow row, string column, long? organic, long? promoted)
    {
        if (organic is not { } o || promoted is not { } p)
        {
            return organic;
        }

        if (o > long.MaxValue - p)
        {
            row.AddError(column, string.Create(CultureInfo.InvariantCulture, $"{o} plus {p} promoted is larger than the largest count ({long.MaxValue:N0})"));
            return null;
        }

        return o + p;
    }
}
