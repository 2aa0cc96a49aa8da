using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using NodaTime;

namespace KpiToolkit.Import.Presets;

/// <summary>
/// Ready-made importers for common exports. Each returns an ordinary <see cref="CsvImporter{T}"/>: adjust it
/// with <c>new CsvImporter&lt;T&gt;(preset.Map, preset.Options with { … })</c> when an export differs.
/// </summary>
public static class ImportPresets
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
            ["IG carousel"] = PostFormat.Photo,
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

    /// <summary>
    /// An ads report as Meta Ads Manager exports it: one row per ad with <c>Reporting starts</c>,
    /// <c>Reporting ends</c>, <c>Campaign name</c>, <c>Ad name</c>, <c>Impressions</c>, <c>Link clicks</c>,
    /// <c>Amount spent (EUR)</c> (the currency in the column name), <c>Results</c> with its <c>Result indicator</c>,
    /// and <c>Purchases conversion value</c> (the gain, as revenue). Results count as conversions only when their
    /// indicator is a purchase, the result the gain is the value of; a campaign optimised for reach or clicks
    /// has no conversions here. When the report is broken down by
    /// <c>Platform</c> (facebook, instagram …), that column gives each row's channel.
    /// </summary>
    /// <param name="currency">The account's ISO 4217 currency, as written in the spend column's name.</param>
    /// <param name="channel">The channel of rows without a platform; <see cref="Channel.Facebook"/> when null.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// The reporting dates are days of the ad account's time zone, read as written; the options' zone is UTC, so
    /// set <c>preset.Options with { TimeZone = accountZone }</c> for <see cref="ImportResult{T}.TimeZoneNote"/> to
    /// compare the right zones. A report exported without its dates is refused at its header, with a message that
    /// points to <see cref="AdsReport(DateInterval, string, Channel?)"/>.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is blank.</exception>
    public static CsvImporter<ActionResult> AdsReport(string currency = "EUR", Channel? channel = null) =>
        AdsReportImporter(period: null, currency, channel);

    /// <summary>
    /// An ads report as Meta Ads Manager exports it (see <see cref="AdsReport(string, Channel?)"/>), for an export
    /// that may lack the <c>Reporting starts</c> and <c>Reporting ends</c> columns: every row without them covers
    /// <paramref name="period"/>, the dates the report was run for.
    /// </summary>
    /// <param name="period">The days the report covers, both ends included; used for every row without dates.</param>
    /// <param name="currency">The account's ISO 4217 currency, as written in the spend column's name.</param>
    /// <param name="channel">The channel of rows without a platform; <see cref="Channel.Facebook"/> when null.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// When the export does have the date columns, each row's own dates are read and <paramref name="period"/>
    /// only stands in for empty cells. The days are days of the ad account's time zone.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="currency"/> is blank.</exception>
    public static CsvImporter<ActionResult> AdsReport(DateInterval period, string currency = "EUR", Channel? channel = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        return AdsReportImporter(period, currency, channel);
    }

    /// <summary>
    /// Google Analytics 4's "Traffic acquisition" report downloaded as CSV, broken down by date: the <c>#</c> lines
    /// above the header (report, account, property, date range) and the blank line after them are passed over, and
    /// each row becomes the <see cref="WebTrafficRecord"/> of one channel group on one day.
    /// </summary>
    /// <param name="propertyTimeZone">The GA4 property's reporting time zone, whose days the <c>Date</c> column holds.</param>
    /// <param name="channelColumn">
    /// The dimension that names each row's source; GA4 calls the default one
    /// <c>Session primary channel group (Default Channel Group)</c> (older exports: <c>Session default channel group</c>).
    /// </param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// <para>Columns read: <c>Date</c> (written <c>20240115</c>), <c>Sessions</c>, <c>Users</c>, and <c>Key events</c>
    /// (GA4's name for conversions since 2024) as conversions. GA4 reports no count of sessions with a key event,
    /// only their rate, so converting sessions stay missing rather than rounded from a rate.</para>
    /// <para><c>Engaged sessions</c>, <c>Engagement rate</c> (engaged sessions / sessions) and
    /// <c>Session key event rate</c> (sessions with a key event / sessions) are kept as platform figures. GA4
    /// writes its rates as fractions (<c>0.68</c> for 68 %), kept as they are.</para>
    /// <para>Dates only, no times: they are days of the property's zone, which becomes
    /// <see cref="ImportResult{T}.TimeZone"/>. A <c>Grand total</c> or <c>Total</c> row, if the export has one, is
    /// skipped.</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="propertyTimeZone"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="channelColumn"/> is blank.</exception>
    public static CsvImporter<WebTrafficRecord> Ga4TrafficAcquisition(
        DateTimeZone propertyTimeZone,
        string channelColumn = "Session primary channel group (Default Channel Group)")
    {
        ArgumentNullException.ThrowIfNull(propertyTimeZone);
        ArgumentException.ThrowIfNullOrWhiteSpace(channelColumn);
        var map = new WebTrafficMap
        {
            Date = "Date",
            ChannelColumn = channelColumn,
            Sessions = "Sessions",
            Users = "Users",
            Conversions = "Key events",
            PlatformFigureColumns = ["Engaged sessions", "Engagement rate", "Session key event rate"],
        };
        var options = new CsvImportOptions
        {
            Delimiter = ',',
            CommentPrefix = "#",
            TimeZone = propertyTimeZone,
            DatePatterns = ["uuuuMMdd", "uuuu-MM-dd"],
            SummaryRowLabels = ["Grand total", "Total"],
        };
        return new CsvImporter<WebTrafficRecord>(map, options);
    }

    /// <summary>
    /// An e-mail campaign report as Mailchimp exports its campaigns: <c>Title</c>, <c>Send Date</c> (like
    /// <c>Dec 28, 2021 04:45 PM</c>, in the account's time zone), <c>Total Recipients</c>,
    /// <c>Successful Deliveries</c>, <c>Soft Bounces</c>, <c>Hard Bounces</c>, <c>Unique Opens</c>,
    /// <c>Unique Clicks</c>, <c>Unsubscribes</c>, <c>Abuse Complaints</c>; <c>Open Rate</c> and <c>Click Rate</c>
    /// are kept as platform figures.
    /// </summary>
    /// <param name="timeZone">The account's time zone, in which send dates are written.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// Send dates carry no offset: they are local times of the account's zone, which becomes
    /// <see cref="ImportResult{T}.TimeZone"/>; <see cref="ImportResult{T}.TimeZoneNote"/> says when the reporting
    /// calendar is in another.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="timeZone"/> is null.</exception>
    public static CsvImporter<EmailCampaignReport> EmailCampaigns(DateTimeZone timeZone)
    {
        ArgumentNullException.ThrowIfNull(timeZone);
        var map = new EmailCampaignMap
        {
            Campaign = "Title",
            SentAt = "Send Date",
            Sent = "Total Recipients",
            Delivered = "Successful Deliveries",
            SoftBounces = "Soft Bounces",
            HardBounces = "Hard Bounces",
            UniqueOpens = "Unique Opens",
            UniqueClicks = "Unique Clicks",
            Unsubscribes = "Unsubscribes",
            Complaints = "Abuse Complaints",
            PlatformFigureColumns = ["Open Rate", "Click Rate"],
        };
        var options = new CsvImportOptions
        {
            Delimiter = ',',
            TimeZone = timeZone,
            // "d" and "h" read one or two digits: Jan 5 and Jan 05, 4:45 PM and 04:45 PM.
            TimestampPatterns = ["MMM d, uuuu h:mm tt", "uuuu-MM-dd HH:mm:ss", "uuuu-MM-dd HH:mm"],
        };
        return new CsvImporter<EmailCampaignReport>(map, options);
    }

    private static CsvImporter<ActionResult> AdsReportImporter(DateInterval? period, string currency, Channel? channel)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var code = currency.Trim().ToUpperInvariant();
        var map = new ActionResultMap
        {
            Campaign = "Campaign name",
            Ad = "Ad name",
            StartDate = "Reporting starts",
            EndDate = "Reporting ends",
            Period = period,
            Channel = channel ?? Channel.Facebook,
            ChannelColumn = "Platform",
            Cost = $"Amount spent ({code})",
            Currency = code,
            Gain = "Purchases conversion value",
            GainKind = GainKind.Revenue,
            Impressions = "Impressions",
            Clicks = "Link clicks",
            Conversions = "Results",
            ConversionKind = "Result indicator",
            IsConversionKind = kind => kind.Contains("purchase", StringComparison.OrdinalIgnoreCase),
        };
        return new CsvImporter<ActionResult>(map, new CsvImportOptions { Delimiter = ',' });
    }
}
