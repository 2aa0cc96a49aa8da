using KpiToolkit.Activity;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a post export to <see cref="SocialPost"/>: one row per post, its id, publication time
/// and lifetime counters. Set a column name for each counter the file has; an unmapped counter stays missing.
/// </summary>
public sealed class SocialPostMap : CsvRecordMap<SocialPost>
{
    /// <summary>Gets the default names of post formats, beside the names of <see cref="PostFormat"/> itself.</summary>
    public static IReadOnlyDictionary<string, PostFormat> DefaultFormatNames { get; } =
        new Dictionary<string, PostFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["Status"] = PostFormat.Text,
            ["Image"] = PostFormat.Photo,
            ["Album"] = PostFormat.Photo,
            ["Carousel"] = PostFormat.Photo,
            ["Shared Video"] = PostFormat.Video,
            ["Live Video"] = PostFormat.Live,
            ["Reels"] = PostFormat.Reel,
            ["Stories"] = PostFormat.Story,
        }.AsReadOnly();

    /// <summary>Gets the column of the post id. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the column of the publication timestamp. Required.</summary>
    public required string PublishedAt { get; init; }

    /// <summary>Gets the channel of every post in the file, or the fallback when <see cref="ChannelColumn"/> is empty.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the column that names each post's channel, if the file mixes channels.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of the post format, if any; an unknown format reads as <see cref="PostFormat.Other"/>.</summary>
    public string? Format { get; init; }

    /// <summary>Gets the names of formats used by the file, looked up before the names of <see cref="PostFormat"/>.</summary>
    public IReadOnlyDictionary<string, PostFormat> FormatNames
    {
        get;
        init => field = MapFields.IgnoringCase(value, nameof(FormatNames));
    } = DefaultFormatNames;

    /// <summary>Gets the column that says whether a post was promoted (yes/no, paid/non-paid …), if any.</summary>
    public string? IsPaid { get; init; }

    /// <summary>Gets the column of impressions, if any.</summary>
    public string? Impressions { get; init; }

    /// <summary>Gets the column of reach, if any.</summary>
    public string? Reach { get; init; }

    /// <summary>Gets the column of reactions (likes), if any.</summary>
    public string? Reactions { get; init; }

    /// <summary>Gets the column of comments (replies), if any.</summary>
    public string? Comments { get; init; }

    /// <summary>Gets the column of shares (reposts), if any.</summary>
    public string? Shares { get; init; }

    /// <summary>Gets the column of saves, if any.</summary>
    public string? Saves { get; init; }

    /// <summary>Gets the column of link clicks, if any.</summary>
    public string? Clicks { get; init; }

    /// <summary>Gets the column of video views, if any.</summary>
    public string? VideoViews { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns()
    {
        return [Id, PublishedAt, .. MapFields.RequireChannelSource(Channel, ChannelColumn, nameof(SocialPostMap))];
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() =>
        Mapped(ChannelColumn, Format, IsPaid, Impressions, Reach, Reactions, Comments, Shares, Saves, Clicks, VideoViews);

    /// <inheritdoc />
    protected internal override SocialPost? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.GetRequiredText(Id);
        var publishedAt = row.GetRequiredInstant(PublishedAt);
        var channel = MapFields.ReadChannel(row, Channel, ChannelColumn);
        var format = MapFields.ReadEnum(row, Format, FormatNames, whenUnknown: PostFormat.Other) ?? PostFormat.Other;
        var isPaid = row.GetBoolean(IsPaid) ?? false;
        var counters = ReadCounters(row);
        return row.HasErrors ? null : new SocialPost(id, channel, publishedAt, format, isPaid, counters);
    }

    private PostCounters ReadCounters(CsvRow row) => new()
    {
        Impressions = row.GetCount(Impressions),
        Reach = row.GetCount(Reach),
        Reactions = row.GetCount(Reactions),
        Comments = row.GetCount(Comments),
        Shares = row.GetCount(Shares),
        Saves = row.GetCount(Saves),
        Clicks = row.GetCount(Clicks),
        VideoViews = row.GetCount(VideoViews),
    };
}
