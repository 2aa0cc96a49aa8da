using KpiToolkit.Activity;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a media-monitoring export to <see cref="Mention"/>: one row per mention, with its
/// source, author, subject, sentiment, reach and interactions.
/// </summary>
public sealed class MentionMap : CsvRecordMap<Mention>
{
    /// <summary>Gets the default names of source types used by monitoring tools.</summary>
    public static IReadOnlyDictionary<string, MentionSourceType> DefaultSourceTypeNames { get; } =
        new Dictionary<string, MentionSourceType>(StringComparer.OrdinalIgnoreCase)
        {
            ["Social"] = MentionSourceType.SocialNetwork,
            ["Social media"] = MentionSourceType.SocialNetwork,
            ["Twitter"] = MentionSourceType.SocialNetwork,
            ["Facebook"] = MentionSourceType.SocialNetwork,
            ["Instagram"] = MentionSourceType.SocialNetwork,
            ["Reviews"] = MentionSourceType.ReviewSite,
            ["Review"] = MentionSourceType.ReviewSite,
            ["Forums"] = MentionSourceType.Forum,
            ["Blogs"] = MentionSourceType.Blog,
            ["Online news"] = MentionSourceType.News,
            ["Press"] = MentionSourceType.News,
        }.AsReadOnly();

    /// <summary>Gets the column of the mention id. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the column of the publication timestamp. Required.</summary>
    public required string PublishedAt { get; init; }

    /// <summary>Gets the column of the author. Required.</summary>
    public required string Author { get; init; }

    /// <summary>Gets the column of the source type; when unmapped or empty the type is <see cref="MentionSourceType.Other"/>.</summary>
    public string? SourceType { get; init; }

    /// <summary>Gets the names of source types used by the file, looked up before the names of <see cref="MentionSourceType"/>.</summary>
    public IReadOnlyDictionary<string, MentionSourceType> SourceTypeNames
    {
        get;
        init => field = MapFields.IgnoringCase(value, nameof(SourceTypeNames));
    } = DefaultSourceTypeNames;

    /// <summary>
    /// Gets the column that names who the mention is about; empty, or equal to <see cref="CompanyName"/>, means
    /// the company, anything else a competitor. When unmapped every mention is about the company.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>Gets the name the file gives the company in <see cref="Subject"/>, if it writes one.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the column of the sentiment (positive, neutral, negative); unknown when unmapped or empty.</summary>
    public string? Sentiment { get; init; }

    /// <summary>Gets the column of the network or site, if any.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of the author's potential reach, if any.</summary>
    public string? PotentialReach { get; init; }

    /// <summary>Gets the column of reactions, if any.</summary>
    public string? Reactions { get; init; }

    /// <summary>Gets the column of comments, if any.</summary>
    public string? Comments { get; init; }

    /// <summary>Gets the column of shares, if any.</summary>
    public string? Shares { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns() => [Id, PublishedAt, Author];

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() =>
        Mapped(SourceType, Subject, Sentiment, ChannelColumn, PotentialReach, Reactions, Comments, Shares);

    /// <inheritdoc />
    protected internal override Mention? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var m = Read(row);
        return row.HasErrors
            ? null
            : new Mention(m.Id, m.PublishedAt, m.SourceType, m.Author, m.Subject, m.Sentiment, m.Channel, m.Reach, m.Reactions, m.Comments, m.Shares);
    }

    /// <inheritdoc />
    internal override bool AddMention(CsvRow row, MentionColumnsBuilder builder)
    {
        var m = Read(row);
        if (row.HasErrors)
        {
            return false;
        }

        builder.Add(m.PublishedAt, m.SourceType, m.Author, m.Subject, m.Sentiment, m.Channel, m.Reach, m.Reactions, m.Comments, m.Shares, m.Id);
        return true;
    }

    private Values Read(CsvRow row)
    {
        var id = row.GetRequiredText(Id);
        var publishedAt = row.GetRequiredInstant(PublishedAt);
        var author = row.GetRequiredText(Author);
        var sourceType = MapFields.ReadEnum(row, SourceType, SourceTypeNames) ?? MentionSourceType.Other;
        var subject = MapFields.ReadSubject(row, Subject, CompanyName);
        var sentiment = MapFields.ReadEnum<Sentiment>(row, Sentiment, aliases: null) ?? Activity.Sentiment.Unknown;
        Channel? channel = ChannelColumn is null || row.GetText(ChannelColumn) is null
            ? null
            : MapFields.ReadChannel(row, null, ChannelColumn);
        return new Values(
            id, publishedAt, author, sourceType, subject, sentiment, channel,
            row.GetCount(PotentialReach), row.GetCount(Reactions), row.GetCount(Comments), row.GetCount(Shares));
    }

    private readonly record struct Values(
        string Id, NodaTime.Instant PublishedAt, string Author, MentionSourceType SourceType, Subject Subject, Sentiment Sentiment,
        Channel? Channel, long? Reach, long? Reactions, long? Comments, long? Shares);
}
