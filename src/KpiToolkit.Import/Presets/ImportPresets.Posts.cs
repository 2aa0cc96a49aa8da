using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using NodaTime;

namespace KpiToolkit.Import.Presets;

/// <content>The presets of post exports: X, Facebook, Instagram, LinkedIn and YouTube.</content>
public static partial class ImportPresets
{
    private const string FacebookPaidReach = "Lifetime Post Paid Reach";

    private static readonly IReadOnlyDictionary<string, PostFormat> LinkedInContentTypes =
        new Dictionary<string, PostFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["Text"] = PostFormat.Text,
            ["Image"] = PostFormat.Photo,
            ["Images"] = PostFormat.Photo,
            ["Video"] = PostFormat.Video,
            ["Article"] = PostFormat.Link,
            ["Link"] = PostFormat.Link,
            ["Live"] = PostFormat.Live,
            ["Document"] = PostFormat.Other,
            ["Poll"] = PostFormat.Other,
        }.AsReadOnly();

    private static readonly IReadOnlyDictionary<PostCounter, string> FacebookCounters = new Dictionary<PostCounter, string>
    {
        [PostCounter.Reach] = "Lifetime Post Total Reach",
        [PostCounter.Impressions] = "Lifetime Post Total Impressions",
        [PostCounter.EngagedUsers] = "Lifetime Engaged Users",
        [PostCounter.PostConsumers] = "Lifetime Post Consumers",
        [PostCounter.Consumptions] = "Lifetime Post Consumptions",
        [PostCounter.Reactions] = "Lifetime Post Stories by action type - like",
        [PostCounter.Comments] = "Lifetime Post Stories by action type - comment",
        [PostCounter.Shares] = "Lifetime Post Stories by action type - share",
        [PostCounter.LinkClicks] = "Lifetime Matched Audience Targeting Consumptions by Type - link clicks",
        [PostCounter.OtherClicks] = "Lifetime Matched Audience Targeting Consumptions by Type - other clicks",
    }.AsReadOnly();

    private static readonly IReadOnlyDictionary<string, PostFormat> InstagramPostTypes =
        new Dictionary<string, PostFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["IG image"] = PostFormat.Photo,
            ["IG carousel"] = PostFormat.Carousel,
            ["IG reel"] = PostFormat.Reel,
            ["IG story"] = PostFormat.Story,
            ["IG video"] = PostFormat.Video,
        }.AsReadOnly();

    /// <summary>
    /// The X (Twitter) Analytics "tweet activity" export, read whole: comma separated, numbers like <c>3423.0</c>,
    /// tweet texts with commas and line breaks; every counter read into its <see cref="PostCounter"/>, X's
    /// <c>engagements</c> and <c>engagement rate</c> into <see cref="SocialPost.PlatformFigures"/>. See
    /// <see cref="XTweetActivityMap"/> for the columns, which are required and which optional.
    /// </summary>
    /// <param name="includePromoted">Whether promoted counters are added to organic ones.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// <para>Time zone: <c>time</c> carries its offset (<c>2021-12-28 16:45 +0000</c>); no zone is needed.</para>
    /// <para>Empty cells: an empty cell or a <c>-</c> (a tweet that was not promoted) is missing, never 0.</para>
    /// <para>With <c>EngagementComposition.X</c> over impressions, the engagement rate calculator gives X's own
    /// <c>engagement rate</c> for a tweet read with <paramref name="includePromoted"/> false.</para>
    /// </remarks>
    public static CsvImporter<SocialPost> XTweetActivity(bool includePromoted = true) =>
        new(new XTweetActivityMap { IncludePromoted = includePromoted }, new CsvImportOptions { Delimiter = ',' });

    /// <summary>
    /// The Facebook Page Insights post export (Insights, Export data, Post data), read whole: one row per post, the
    /// header, then a row describing the columns (skipped), then the posts.
    /// </summary>
    /// <param name="timeZone">
    /// The time zone of <c>Posted</c> (such as <c>12/28/2021 8:00:00 AM</c>), which has no offset: the zone the
    /// export was made in.
    /// </param>
    /// <param name="culture">The culture of the numbers; invariant when null.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// <para>Required: <c>Post ID</c> and <c>Posted</c>. Read when present, each into its counter:
    /// <c>Lifetime Post Total Reach</c> (reach), <c>Lifetime Post Total Impressions</c> (impressions),
    /// <c>Lifetime Engaged Users</c> (engaged users), <c>Lifetime Post Consumers</c> (post consumers),
    /// <c>Lifetime Post Consumptions</c> (consumptions), <c>Lifetime Post Stories by action type - like</c>,
    /// <c>- comment</c> and <c>- share</c> (reactions, comments, shares), and
    /// <c>Lifetime Matched Audience Targeting Consumptions by Type - link clicks</c> and <c>- other clicks</c>
    /// (link clicks, other clicks). <c>Type</c> gives the format; a post with <c>Lifetime Post Paid Reach</c> above 0
    /// is paid. The <c>photo view</c> and <c>video play</c> clicks have no counter kind of their own and are not read
    /// (they are part of the consumptions); the unique-people counts by action type (<c>Lifetime Talking About This
    /// (Post) by action type</c>) are not read either, the counts of actions being the ones Facebook totals.</para>
    /// <para>Empty cells: Facebook leaves a cell empty where a count is 0, so every count column read here uses the
    /// "empty means 0" convention (<see cref="CsvRecordMap{T}.ZeroWhenEmpty"/>): an empty like or share cell is 0 likes
    /// or shares. A column absent from the file still leaves its counter unreported, and <c>-</c> or <c>N/A</c> is
    /// still missing.</para>
    /// <para>Facebook's total interactions are reactions + comments + shares:
    /// <c>EngagementComposition.FacebookInteractions</c>. The export has no column of its own for them.</para>
    /// <para>The separator is guessed from the header: Facebook writes commas; a file saved again by a spreadsheet in
    /// a culture with a decimal comma has semicolons.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public static CsvImporter<SocialPost> FacebookPagePosts(DateTimeZone timeZone, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var map = new SocialPostMap
        {
            Id = "Post ID",
            PublishedAt = "Posted",
            Channel = Channel.Facebook,
            Format = "Type",
            PaidCount = FacebookPaidReach,
            CounterColumns = FacebookCounters,
            ZeroWhenEmpty = [.. FacebookCounters.Values, FacebookPaidReach],
        };
        var options = new CsvImportOptions
        {
            // Guessed from the header: commas as Facebook writes them, semicolons once a spreadsheet has saved the file again.
            Delimiter = null,
            Culture = culture ?? CultureInfo.InvariantCulture,
            TimeZone = timeZone,
            RowsAfterHeader = 1,
            // "M", "d" and "h" read one or two digits: 12/28/2021 8:00:00 AM and 01/02/2022 08:00:00 AM.
            TimestampPatterns = ["M/d/uuuu h:mm:ss tt", "M/d/uuuu H:mm", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>"],
        };
        return new CsvImporter<SocialPost>(map, options);
    }

    /// <summary>
    /// The Instagram content export of Meta Business Suite (Insights, Content, Export): one row per post, reel or
    /// story, comma separated, with <c>Post ID</c>, <c>Account ID</c>, <c>Account username</c>, <c>Account name</c>,
    /// <c>Description</c>, <c>Duration (sec)</c>, <c>Publish time</c>, <c>Permalink</c>, <c>Post type</c>,
    /// <c>Data comment</c>, <c>Date</c>, then the lifetime metrics.
    /// </summary>
    /// <param name="timeZone">
    /// The time zone of <c>Publish time</c>: Meta writes it in the zone of the account (of the person exporting),
    /// as <c>01/15/2026 08:30</c>, without an offset.
    /// </param>
    /// <param name="culture">The culture of the numbers; invariant when null.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// <para>Required: <c>Post ID</c> and <c>Publish time</c>. Read when present: <c>Post type</c> (<c>IG image</c> and
    /// <c>IG carousel</c> are photos, <c>IG reel</c> a reel, <c>IG story</c> a story, <c>IG video</c> a video),
    /// <c>Views</c> (Meta's views, <see cref="PostCounter.Views"/>), <c>Reach</c>, <c>Likes</c> (reactions),
    /// <c>Comments</c>, <c>Shares</c>, <c>Saves</c>, <c>Follows</c>, <c>Profile visits</c>, and <c>Impressions</c>, which
    /// exports made before Meta replaced impressions with views in 2025 have.</para>
    /// <para>Empty cells: an empty cell is missing, never 0 (a metric that does not apply to the post type, or one
    /// Meta could not give; <c>Data comment</c> then says why). Meta writes a real zero as <c>0</c>.</para>
    /// <para>Instagram's interactions are likes + comments + shares + saves:
    /// <c>EngagementComposition.InstagramInteractions</c>. The export has no column of its own for them.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public static CsvImporter<SocialPost> InstagramContent(DateTimeZone timeZone, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var map = new SocialPostMap
        {
            Id = "Post ID",
            PublishedAt = "Publish time",
            Channel = Channel.Instagram,
            Format = "Post type",
            FormatNames = InstagramPostTypes,
            CounterColumns = new Dictionary<PostCounter, string>
            {
                [PostCounter.Views] = "Views",
                [PostCounter.Reach] = "Reach",
                [PostCounter.Reactions] = "Likes",
                [PostCounter.Comments] = "Comments",
                [PostCounter.Shares] = "Shares",
                [PostCounter.Saves] = "Saves",
                [PostCounter.Follows] = "Follows",
                [PostCounter.ProfileVisits] = "Profile visits",
                [PostCounter.Impressions] = "Impressions",
            },
        };
        var options = new CsvImportOptions
        {
            Delimiter = ',',
            Culture = culture ?? CultureInfo.InvariantCulture,
            TimeZone = timeZone,
            // "M", "d" and "H" read one or two digits: 01/15/2026 08:30 and 1/5/2026 8:30.
            TimestampPatterns = ["M/d/uuuu H:mm", "uuuu-MM-dd HH:mm", "uuuu-MM-dd'T'HH:mm:ss"],
        };
        return new CsvImporter<SocialPost>(map, options);
    }

    /// <summary>The sheet of LinkedIn's page content export that holds one row per post: <c>All posts</c>.</summary>
    public const string LinkedInContentSheet = "All posts";

    /// <summary>
    /// LinkedIn's page content export (Analytics, Content, Export), an XLSX workbook: read its
    /// <see cref="LinkedInContentSheet"/> sheet with <see cref="CsvImporter{T}.ImportXlsxFile"/>. The sheet has a title
    /// row, then the header <c>Post title, Post link, Post type, Campaign name, Posted by, Created date,
    /// Campaign start date, Campaign end date, Audience, Impressions, Views (excluding off-site video views),
    /// Off-site views, Clicks, Click through rate (CTR), Likes, Comments, Reposts, Follows, Engagement rate,
    /// Content Type</c>, then one row per post.
    /// </summary>
    /// <param name="timeZone">
    /// The time zone whose days <c>Created date</c> gives: LinkedIn writes a day, no time. A post is placed at the
    /// start of that day in this zone, so that it falls on the day LinkedIn shows.
    /// </param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// <para>Required: <c>Post link</c> (the post's id: the export has no other) and <c>Created date</c>. Read when
    /// present: <c>Impressions</c>, <c>Clicks</c>, <c>Likes</c> (reactions), <c>Comments</c>, <c>Reposts</c> (shares),
    /// <c>Follows</c> and <c>Views (excluding off-site video views)</c> (video views) into their counters;
    /// <c>Engagement rate</c> and <c>Click through rate (CTR)</c> into <see cref="SocialPost.PlatformFigures"/> as
    /// fractions; <c>Post type</c> (<c>Sponsored</c> is paid, <c>Organic</c> is not); <c>Content Type</c> as the
    /// format.</para>
    /// <para>Empty cells: missing, never 0. A cell the workbook stores as a number or a date is read as stored,
    /// whatever the culture; one stored as text (<c>03/05/2026</c>) is read as in a CSV file.</para>
    /// <para>LinkedIn's engagement rate is (clicks + likes + comments + reposts + follows) / impressions:
    /// <c>EngagementComposition.LinkedIn</c> over impressions reproduces it, to the precision LinkedIn wrote it with.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public static CsvImporter<SocialPost> LinkedInContent(DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var map = new SocialPostMap
        {
            Id = "Post link",
            PublishedAt = "Created date",
            Channel = Channel.LinkedIn,
            Format = "Content Type",
            FormatNames = LinkedInContentTypes,
            IsPaid = "Post type",
            CounterColumns = new Dictionary<PostCounter, string>
            {
                [PostCounter.Impressions] = "Impressions",
                [PostCounter.VideoViews] = "Views (excluding off-site video views)",
                [PostCounter.Clicks] = "Clicks",
                [PostCounter.Reactions] = "Likes",
                [PostCounter.Comments] = "Comments",
                [PostCounter.Shares] = "Reposts",
                [PostCounter.Follows] = "Follows",
            },
            FigureColumns = new Dictionary<string, PlatformFigureColumn>
            {
                [PlatformFigureNames.EngagementRate] = PlatformFigureColumn.Rate("Engagement rate"),
                [PlatformFigureNames.ClickThroughRate] = PlatformFigureColumn.Rate("Click through rate (CTR)"),
            },
        };
        var options = new CsvImportOptions
        {
            TimeZone = timeZone,
            LinesBeforeHeader = 1,
            // A day without a time is the start of that day; "M" and "d" read one or two digits.
            TimestampPatterns = ["M/d/uuuu", "uuuu-MM-dd"],
        };
        return new CsvImporter<SocialPost>(map, options);
    }

    /// <summary>
    /// YouTube Studio's "Table data" CSV (Analytics, Advanced mode, Export current view, by content): one row per
    /// video, after a <c>Total</c> row that is set aside as skipped.
    /// </summary>
    /// <param name="timeZone">
    /// The channel's time zone, whose days <c>Video publish time</c> gives: YouTube writes a day (<c>Mar 5, 2026</c>),
    /// no time. A video is placed at the start of that day in this zone.
    /// </param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// <para>Required: <c>Content</c> (the video id) and <c>Video publish time</c>. Read when present: <c>Views</c>
    /// (video views), <c>Watch time (hours)</c> (watch time in seconds: hours × 3600, rounded to the nearest whole
    /// second), <c>Likes</c> (reactions), <c>Comments added</c> (comments), <c>Shares</c>, <c>Impressions</c>,
    /// <c>Subscribers gained</c>, <c>Subscribers lost</c>, and <c>Impressions click-through rate (%)</c>, a percentage
    /// written without its sign, as the <see cref="PlatformFigureNames.ClickThroughRate"/> fraction. <c>Video title</c>,
    /// <c>Duration</c> and the net <c>Subscribers</c> are not read. Every video is a <see cref="PostFormat.Video"/>.</para>
    /// <para>Header names: YouTube writes soft hyphens (U+00AD) inside them so that they wrap; they are ignored when
    /// columns are matched.</para>
    /// <para>Empty cells: missing, never 0 (YouTube writes a real zero as <c>0</c>).</para>
    /// <para>YouTube shows no engagement rate of its own; <c>EngagementComposition.YouTube</c> adds likes, comments
    /// and shares.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public static CsvImporter<SocialPost> YouTubeTableData(DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var map = new SocialPostMap
        {
            Id = "Content",
            PublishedAt = "Video publish time",
            Channel = Channel.YouTube,
            DefaultFormat = PostFormat.Video,
            WatchTimeHours = "Watch time (hours)",
            CounterColumns = new Dictionary<PostCounter, string>
            {
                [PostCounter.VideoViews] = "Views",
                [PostCounter.Reactions] = "Likes",
                [PostCounter.Comments] = "Comments added",
                [PostCounter.Shares] = "Shares",
                [PostCounter.Impressions] = "Impressions",
                [PostCounter.SubscribersGained] = "Subscribers gained",
                [PostCounter.SubscribersLost] = "Subscribers lost",
            },
            FigureColumns = new Dictionary<string, PlatformFigureColumn>
            {
                [PlatformFigureNames.ClickThroughRate] = PlatformFigureColumn.Percent("Impressions click-through rate (%)"),
            },
        };
        var options = new CsvImportOptions
        {
            Delimiter = ',',
            TimeZone = timeZone,
            SummaryRowLabels = ["Total"],
            // A day without a time is the start of that day; "d" reads one or two digits: Mar 5, 2026 and Mar 15, 2026.
            TimestampPatterns = ["MMM d, uuuu", "uuuu-MM-dd"],
        };
        return new CsvImporter<SocialPost>(map, options);
    }
}
