using KpiToolkit.Activity;
using KpiToolkit.Import;
using KpiToolkit.Import.Maps;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>What one file gave: its name, format and the rows accepted, rejected and skipped.</summary>
internal sealed record ImportSummary(string File, string Format, int Accepted, int Rejected, int Skipped, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Reads Maison Verdier's activity from the exports bundled in <c>Data/</c>, or from the user's own files,
/// through the KpiToolkit.Import presets and maps.
/// </summary>
internal sealed class SampleData
{
    private const string Company = "Maison Verdier";

    // The bundled exports were written in Paris; the user's own files are read in --time-zone.
    private static readonly DateTimeZone BundledZone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private readonly List<ImportSummary> _summaries = [];

    public static IReadOnlyList<string> PostFormats { get; } = ["x-analytics", "facebook-posts", "instagram-posts"];

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Data");

    public IReadOnlyList<ImportSummary> Summaries => _summaries;

    public ActivityData Load(SampleOptions options)
    {
        var postFiles = options.Posts.Count > 0
            ? options.Posts
            : [new UserFile(Bundled("x-tweet-activity.csv"), "x-analytics"), new UserFile(Bundled("facebook-posts.csv"), "facebook-posts"), new UserFile(Bundled("instagram-posts.csv"), "instagram-posts")];
        var posts = postFiles.SelectMany(f => Read(PostImporter(f.Format, ZoneOf(f.Path, options)), f.Path, f.Format)).ToList();
        var followers = Read(new CsvImporter<AudienceSnapshot>(FollowersMap), Bundled("followers.csv"), "followers");
        var mentions = Read(new CsvImporter<Mention>(MentionsMap), Bundled("mentions.csv"), "mentions");
        var articles = Read(new CsvImporter<PressArticle>(PressMap), Bundled("press-articles.csv"), "press articles");
        var actions = Read(ImportPresets.AdsReport("EUR"), options.Ads ?? Bundled("meta-ads.csv"), "ads-report")
            .Concat(Read(new CsvImporter<ActionResult>(OtherActionsMap), Bundled("other-actions.csv"), "actions"))
            .ToList();
        var traffic = Read(new CsvImporter<WebTrafficRecord>(TrafficMap), Bundled("web-traffic.csv"), "web traffic");
        var emailFile = options.Email ?? Bundled("email-campaigns.csv");
        var email = Read(ImportPresets.EmailCampaigns(ZoneOf(emailFile, options)), emailFile, "email-report");
        return new ActivityData(posts, followers, mentions, articles, actions, traffic, email);
    }

    private static DateTimeZone ZoneOf(string path, SampleOptions options) =>
        Path.GetDirectoryName(path) == Folder ? BundledZone : options.TimeZone;

    private static CsvImporter<SocialPost> PostImporter(string format, DateTimeZone zone) => format switch
    {
        "x-analytics" => ImportPresets.XTweetActivity(),
        "facebook-posts" => ImportPresets.FacebookPagePosts(zone),
        "instagram-posts" => ImportPresets.InstagramContent(zone),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown post format."),
    };

    private static AudienceSnapshotMap FollowersMap => new()
    {
        Date = "Date",
        Calendar = new ReportingCalendar(BundledZone),
        ChannelColumn = "Network",
        Followers = "Followers",
        Gained = "New followers",
        Lost = "Unfollows",
    };

    private static MentionMap MentionsMap => new()
    {
        Id = "Mention ID",
        PublishedAt = "Published",
        Author = "Author",
        SourceType = "Source",
        Subject = "Brand",
        CompanyName = Company,
        Sentiment = "Sentiment",
        ChannelColumn = "Network",
        PotentialReach = "Reach",
        Reactions = "Likes",
        Comments = "Comments",
        Shares = "Shares",
    };

    private static PressArticleMap PressMap => new()
    {
        Id = "Article ID",
        Outlet = "Outlet",
        MediaKind = "Media",
        PublishedOn = "Date",
        Subject = "Brand",
        CompanyName = Company,
        Tonality = "Tonality",
        PotentialAudience = "Audience",
        SyndicationKey = "Story",
    };

    private static ActionResultMap OtherActionsMap => new()
    {
        Campaign = "Action",
        ChannelColumn = "Channel",
        StartDate = "Start",
        EndDate = "End",
        Cost = "Cost (EUR)",
        Currency = "EUR",
        Gain = "Revenue (EUR)",
        GainKind = GainKind.Revenue,
        Impressions = "Impressions",
        Clicks = "Clicks",
        Conversions = "Conversions",
    };

    private static WebTrafficMap TrafficMap => new()
    {
        Date = "Date",
        ChannelColumn = "Session source",
        Sessions = "Sessions",
        Users = "Total users",
        ConvertingSessions = "Sessions with key event",
        Conversions = "Key events",
    };

    private static string Bundled(string name) => Path.Combine(Folder, name);

    private IReadOnlyList<T> Read<T>(CsvImporter<T> importer, string path, string format)
        where T : class
    {
        var result = importer.ImportFile(path);
        _summaries.Add(new ImportSummary(Path.GetFileName(path), format, result.Accepted.Count, result.Rejected.Count, result.Skipped.Count, [.. result.Errors]));
        return result.Records;
    }
}
