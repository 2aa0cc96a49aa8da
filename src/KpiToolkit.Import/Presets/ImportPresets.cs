using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using NodaTime;

namespace KpiToolkit.Import.Presets;

/// <summary>
/// Ready-made importers for common exports. Each returns an ordinary <see cref="CsvImporter{T}"/>: adjust it
/// with <c>new CsvImporter&lt;T&gt;(preset.Map, preset.Options with { … })</c> when an export differs.
/// </summary>
public static partial class ImportPresets
{
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
