using KpiToolkit.Activity;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a press-clipping export to <see cref="PressArticle"/>: one row per article, with its
/// outlet, kind of medium, day, tonality, audience and syndication key.
/// </summary>
public sealed class PressArticleMap : CsvRecordMap<PressArticle>
{
    /// <summary>Gets the default names of media kinds used by clipping services.</summary>
    public static IReadOnlyDictionary<string, Activity.MediaKind> DefaultMediaKindNames { get; } =
        new Dictionary<string, Activity.MediaKind>(StringComparer.OrdinalIgnoreCase)
        {
            ["TV"] = Activity.MediaKind.Television,
            ["Web"] = Activity.MediaKind.Online,
            ["Press"] = Activity.MediaKind.Print,
            ["Newspaper"] = Activity.MediaKind.Print,
            ["Magazine"] = Activity.MediaKind.Print,
        }.AsReadOnly();

    /// <summary>Gets the column of the article id. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the column of the outlet. Required.</summary>
    public required string Outlet { get; init; }

    /// <summary>Gets the column of the kind of medium (print, online, television …). Required.</summary>
    public required string MediaKind { get; init; }

    /// <summary>Gets the names of media kinds used by the file, looked up before the names of <see cref="Activity.MediaKind"/>.</summary>
    public IReadOnlyDictionary<string, Activity.MediaKind> MediaKindNames
    {
        get;
        init => field = MapFields.IgnoringCase(value, nameof(MediaKindNames));
    } = DefaultMediaKindNames;

    /// <summary>Gets the column of the publication day. Required.</summary>
    public required string PublishedOn { get; init; }

    /// <summary>Gets the column that names who the article is about, as in <see cref="MentionMap.Subject"/>.</summary>
    public string? Subject { get; init; }

    /// <summary>Gets the name the file gives the company in <see cref="Subject"/>, if it writes one.</summary>
    public string? CompanyName { get; init; }

    /// <summary>Gets the column of the tonality (positive, neutral, negative); unknown when unmapped or empty.</summary>
    public string? Tonality { get; init; }

    /// <summary>Gets the column of the outlet's audience, if any.</summary>
    public string? PotentialAudience { get; init; }

    /// <summary>Gets the column of the key shared by reprints of one story, if any.</summary>
    public string? SyndicationKey { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns() => [Id, Outlet, MediaKind, PublishedOn];

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() => Mapped(Subject, Tonality, PotentialAudience, SyndicationKey);

    /// <inheritdoc />
    protected internal override PressArticle? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var id = row.GetRequiredText(Id);
        var outlet = row.GetRequiredText(Outlet);
        var kind = MapFields.ReadRequiredEnum(row, MediaKind, MediaKindNames);
        var publishedOn = row.GetRequiredDate(PublishedOn);
        var subject = MapFields.ReadSubject(row, Subject, CompanyName);
        var tonality = MapFields.ReadEnum<Sentiment>(row, Tonality, aliases: null) ?? Sentiment.Unknown;
        var audience = row.GetCount(PotentialAudience);
        var syndication = row.GetText(SyndicationKey);
        return row.HasErrors
            ? null
            : new PressArticle(id, outlet, kind, publishedOn, subject, tonality, audience, syndication);
    }
}
