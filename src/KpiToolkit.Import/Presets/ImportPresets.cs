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
    /// The Facebook Page post insights export: semicolon separated, a second row describing the columns, empty
    /// cells for missing values, the publication time (<c>Posted</c>) without an offset.
    /// </summary>
    /// <param name="timeZone">The time zone of the <c>Posted</c> column: the one the export was made in.</param>
    /// <param name="culture">The culture of the numbers; invariant when null.</param>
    /// <returns>The importer.</returns>
    /// <remarks>
    /// Columns read: <c>Post ID</c>, <c>Posted</c>, <c>Type</c>, <c>Paid</c>, <c>Lifetime Post Total Reach</c>,
    /// <c>Lifetime Post Total Impressions</c>, <c>like</c>, <c>comment</c>, <c>share</c>. <c>Lifetime Engaged Users</c>
    /// is kept as a platform figure.
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
            IsPaid = "Paid",
            Reach = "Lifetime Post Total Reach",
            Impressions = "Lifetime Post Total Impressions",
            Reactions = "like",
            Comments = "comment",
            Shares = "share",
            PlatformFigureColumns = ["Lifetime Engaged Users"],
        };
        var options = new CsvImportOptions
        {
            Delimiter = ';',
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
    /// <exception cref="ArgumentException"><paramref name="currency"/> is blank.</exception>
    public static CsvImporter<ActionResult> AdsReport(string currency = "EUR", Channel? channel = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var code = currency.Trim().ToUpperInvariant();
        var map = new ActionResultMap
        {
            Campaign = "Campaign name",
            Ad = "Ad name",
            StartDate = "Reporting starts",
            EndDate = "Reporting ends",
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

    /// <summary>
    /// An e-mail campaign report as Mailchimp exports its campaigns: <c>Title</c>, <c>Send Date</c> (like
    /// <c>Dec 28, 2021 04:45 PM</c>, in the account's time zone), <c>Total Recipients</c>,
    /// <c>Successful Deliveries</c>, <c>Soft Bounces</c>, <c>Hard Bounces</c>, <c>Unique Opens</c>,
    /// <c>Unique Clicks</c>, <c>Unsubscribes</c>, <c>Abuse Complaints</c>; <c>Open Rate</c> and <c>Click Rate</c>
    /// are kept as platform figures.
    /// </summary>
    /// <param name="timeZone">The account's time zone, in which send dates are written.</param>
    /// <returns>The importer.</returns>
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
}
