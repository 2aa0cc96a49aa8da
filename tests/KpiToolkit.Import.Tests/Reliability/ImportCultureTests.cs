using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;
using KpiToolkit.Tests.Reliability;

namespace KpiToolkit.Import.Tests.Reliability;

/// <summary>
/// The same exports read under the invariant culture and under en-US, fr-FR, de-DE, tr-TR and ar-SA as the current
/// culture and UI culture of the thread: the file's culture is <see cref="CsvImportOptions.Culture"/>, never the thread's,
/// so every row must become the same record, or be rejected for the same reasons in the same words.
/// </summary>
/// <remarks>
/// The maps spell column names in another case than the headers (<c>ID</c> for <c>id</c>, <c>TITLE</c> for <c>title</c>,
/// <c>IMPRESSIONS</c> for <c>Impressions</c>): compared in tr-TR's rules, <c>i</c> and <c>I</c> are not the same letter.
/// </remarks>
[Collection(AmbientCultureCollection.Name)]
public sealed class ImportCultureTests
{
    internal static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    // Invariant-culture numbers: grouped, decimal, scientific, negative, too large, misread; timestamps in the gap of the
    // spring change, with an offset, with a fraction of a second; formats in any case, unknown, and given as a number.
    internal const string Posts = """
        id,Published,Network,Format,Impressions,Reach,Likes,Engagement rate
        p1,2026-03-29 02:30,INSTAGRAM,PHOTO,"12,500",8000,350,4.53%
        p2,2026-06-30T23:59:59+02:00,x,reel,3423.0,1.2E7,-,0.0453
        p3,2026-06-15 18:00:00.25,Instagram,+1,900,600,21,8.3E-4
        p4,2026-06-16 09:15 +0200,LinkedIn,İnfographic,99999999999999999999,,12,-0.5%
        p5,yesterday,Instagram,video,"3,5",-3,12x,1.5.2
        """;

    internal static readonly SocialPostMap PostMap = new()
    {
        Id = "ID",
        PublishedAt = "published",
        ChannelColumn = "NETWORK",
        Format = "format",
        Impressions = "IMPRESSIONS",
        Reach = "reach",
        Reactions = "LIKES",
        PlatformFigureColumns = ["ENGAGEMENT RATE"],
    };

    // Sentiments in any case and one given as a number; grouped and misread reach; authors with dotted and dotless i.
    internal const string Mentions = """
        Id,Date,Author,Sentiment,Source,Reach
        m1,2026-06-17 10:00,Ayşe Yılmaz,POSITIVE,Twitter,"1,234"
        m2,2026-06-17 10:07,IŞIK,negative,forums,0
        m3,2026-06-17 10:14,ilker,+1,News,5
        m4,2026-06-17 10:21,Émilie,neutral,reviews,"0,125"
        """;

    internal static readonly MentionMap MentionMap = new()
    {
        Id = "ID",
        PublishedAt = "DATE",
        Author = "author",
        Sentiment = "SENTIMENT",
        SourceType = "source",
        PotentialReach = "REACH",
    };

    // A French file: a decimal comma, digits grouped with a space, a negative cost, an end before its start, a German number.
    internal const string Actions = """
        Campagne;Début;Fin;Canal;Coût;Gain;Devise
        Soldes d'été;2026-06-01;2026-06-30;Facebook;1 234,50;3 400,25;eur
        Partenariat chef;2026-06-01;2026-06-30;Instagram;-12,5;250;EUR
        Newsletter;2026-06-30;2026-06-01;Email;300;;EUR
        Radio;2026-06-01;2026-06-15;Radio;2.000,00;100;EUR
        """;

    internal static readonly ActionResultMap ActionMap = new()
    {
        Campaign = "CAMPAGNE",
        StartDate = "début",
        EndDate = "FIN",
        ChannelColumn = "canal",
        Cost = "COÛT",
        Gain = "gain",
        CurrencyColumn = "DEVISE",
    };

    internal const string Campaigns = """
        title,Sent,Emails sent,Delivered,Opens,Clicks,Unsubscribed
        İndirim haftası,2026-06-10 08:00,20000,19600,5100,620,65
        Summer,2026-06-20 08:00,1000,900,950,10,
        """;

    internal static readonly EmailCampaignMap CampaignMap = new()
    {
        Campaign = "TITLE",
        SentAt = "sent",
        Sent = "EMAILS SENT",
        Delivered = "delivered",
        UniqueOpens = "OPENS",
        UniqueClicks = "clicks",
        Unsubscribes = "UNSUBSCRIBED",
    };

    // A host's own map, whose record refuses a value with an ArgumentOutOfRangeException.
    internal const string Followers = """
        Network,Day,Followers
        Instagram,2026-06-30,12500.0
        X,2026-06-30,-40
        """;

    internal static CsvImportOptions Options => new() { TimeZone = Paris };

    public static TheoryData<string> Cultures => AmbientCulture.All;

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Posts_AreReadTheSame_InEveryCulture(string culture) =>
        ShouldReadAsInvariant(culture, new CsvImporter<SocialPost>(PostMap, Options), Posts);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Mentions_AreReadTheSame_InEveryCulture(string culture) =>
        ShouldReadAsInvariant(culture, new CsvImporter<Mention>(MentionMap, Options), Mentions);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void AFrenchFile_IsReadTheSame_InEveryCulture(string culture) =>
        ShouldReadAsInvariant(culture, new CsvImporter<ActionResult>(ActionMap, Options with { Culture = CultureInfo.GetCultureInfo("fr-FR") }), Actions);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Campaigns_AreReadTheSame_InEveryCulture(string culture) =>
        ShouldReadAsInvariant(culture, new CsvImporter<EmailCampaignReport>(CampaignMap, Options), Campaigns);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void AHostsMap_IsReadTheSame_InEveryCulture(string culture) =>
        ShouldReadAsInvariant(culture, new CsvImporter<AudienceSnapshot>(new SignedFollowersMap(), Options), Followers);

    [Theory]
    [MemberData(nameof(Cultures))]
    public void ThePresetsFixtures_AreReadTheSame_InEveryCulture(string culture)
    {
        ShouldReadAsInvariant(culture, ImportPresets.XTweetActivity(), File.ReadAllText(Fixture.Path("x-tweet-activity.csv")));
        ShouldReadAsInvariant(culture, ImportPresets.FacebookPagePosts(Paris), File.ReadAllText(Fixture.Path("facebook-page-posts.csv")));
        ShouldReadAsInvariant(culture, ImportPresets.AdsReport(), File.ReadAllText(Fixture.Path("ads-report.csv")));
        ShouldReadAsInvariant(culture, ImportPresets.EmailCampaigns(Paris), File.ReadAllText(Fixture.Path("email-campaigns.csv")));
    }

    [Fact]
    public void Posts_AreReadAsTheFileSays()
    {
        var result = AmbientCulture.Run(string.Empty, () => new CsvImporter<SocialPost>(PostMap, Options).Import(new StringReader(Posts)));

        result.Records.Select(post => post.Id).Should().Equal("p1", "p2", "p3");
        var (p1, p2, p3) = (result.Records[0], result.Records[1], result.Records[2]);
        p1.PublishedAt.Should().Be(Instant.FromUtc(2026, 3, 29, 1, 30), "02:30 does not exist in Paris that night: it moves on by the gap, to 03:30 CEST");
        p1.Counters.Impressions.Should().Be(12_500);
        p1.Channel.Name.Should().Be("Instagram");
        p1.Format.Should().Be(PostFormat.Photo);
        result.Accepted[0].PlatformFigures["engagement rate"].Should().Be(0.0453m);
        p2.PublishedAt.Should().Be(Instant.FromUtc(2026, 6, 30, 21, 59, 59));
        p2.Counters.Reach.Should().Be(12_000_000);
        p2.Counters.Reactions.Should().BeNull();
        p3.PublishedAt.Should().Be(Instant.FromUtc(2026, 6, 15, 16, 0).PlusNanoseconds(250_000_000));
        result.Accepted[2].PlatformFigures["engagement rate"].Should().Be(0.00083m);
        p3.Format.Should().Be(PostFormat.Other, "a number names no post format, in any culture");

        result.Rejected.Select(row => row.ToString()).Should().Equal(
            "line 5, column 'IMPRESSIONS': '99999999999999999999' is larger than the largest count (9,223,372,036,854,775,807)",
            "line 6, column 'ENGAGEMENT RATE': '1.5.2' is not a number or a percentage in the invariant culture; " +
            "line 6, column 'published': 'yesterday' is not a timestamp like 'uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<G>' or 'uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFFo<+HHmm>' or 'uuuu-MM-dd'T'HH:mmo<G>' or 'uuuu-MM-dd HH:mm:ss;FFFFFFFFFo<G>' or 'uuuu-MM-dd HH:mm:ss;FFFFFFFFF o<G>' or 'uuuu-MM-dd HH:mm o<+HHmm>' or 'uuuu-MM-dd HH:mm o<G>' or 'uuuu-MM-dd'T'HH:mm:ss;FFFFFFFFF' or 'uuuu-MM-dd'T'HH:mm' or 'uuuu-MM-dd HH:mm:ss;FFFFFFFFF' or 'uuuu-MM-dd HH:mm'; " +
            "line 6, column 'IMPRESSIONS': '3,5' has a digit-group separator ',' where groups of three digits are expected; is the file's culture invariant?; " +
            "line 6, column 'reach': '-3' is negative; a count cannot be; " +
            "line 6, column 'LIKES': '12x' is not a number in the invariant culture (decimal separator '.')");
    }

    [Fact]
    public void Mentions_AreReadAsTheFileSays()
    {
        var result = AmbientCulture.Run(string.Empty, () => new CsvImporter<Mention>(MentionMap, Options).Import(new StringReader(Mentions)));

        result.Records.Select(mention => (mention.Author, mention.Sentiment, mention.SourceType, mention.PotentialReach)).Should().Equal(
            ("Ayşe Yılmaz", Sentiment.Positive, MentionSourceType.SocialNetwork, 1_234L),
            ("IŞIK", Sentiment.Negative, MentionSourceType.Forum, 0L));
        result.Rejected.Select(row => row.ToString()).Should().Equal(
            "line 4, column 'SENTIMENT': '+1' is not one of Positive, Neutral, Negative, Unknown",
            "line 5, column 'REACH': '0,125' has a digit-group separator ',' where groups of three digits are expected; is the file's culture invariant?");
    }

    [Fact]
    public void AFrenchFile_IsReadAsTheFileSays()
    {
        var result = AmbientCulture.Run(string.Empty, () =>
            new CsvImporter<ActionResult>(ActionMap, Options with { Culture = CultureInfo.GetCultureInfo("fr-FR") }).Import(new StringReader(Actions)));

        var sale = result.Records.Should().ContainSingle().Subject;
        sale.Cost.Should().Be(new Money(1_234.50m, "EUR"));
        sale.Gain.Should().Be(new Money(3_400.25m, "EUR"));
        result.Rejected.Select(row => row.ToString()).Should().Equal(
            "line 3: cost must not be negative, but was -12.50 EUR.",
            "line 4, column 'FIN': the end (2026-06-01) is before the start (2026-06-30)",
            "line 5, column 'COÛT': '2.000,00' is not a number in the fr-FR culture (decimal separator ',')");
    }

    [Fact]
    public void Campaigns_AreReadAsTheFileSays()
    {
        var result = AmbientCulture.Run(string.Empty, () => new CsvImporter<EmailCampaignReport>(CampaignMap, Options).Import(new StringReader(Campaigns)));

        result.Records.Should().ContainSingle().Which.Campaign.Should().Be("İndirim haftası");
        result.Rejected.Select(row => row.ToString()).Should().Equal("line 3, column 'OPENS': 950 unique opens is more than the 900 e-mails delivered");
    }

    [Fact]
    public void AHostsRecord_RefusingAValue_IsReportedInItsOwnWords_OnOneLine()
    {
        // Regression: an ArgumentOutOfRangeException's message ends with a line .NET writes in the current culture
        // ("Actual value was -40.", with an Arabic letter mark before the minus in ar-SA); the report now stops before it.
        var result = AmbientCulture.Run("ar-SA", () => new CsvImporter<AudienceSnapshot>(new SignedFollowersMap(), Options).Import(new StringReader(Followers)));

        result.Records.Should().ContainSingle().Which.Followers.Should().Be(12_500);
        result.Rejected.Select(row => row.ToString()).Should().Equal("line 3: followers must not be negative, but was -40.");
    }

    /// <summary>Reads under the culture and under the invariant culture, and compares every row and every report line.</summary>
    private static void ShouldReadAsInvariant<T>(string culture, CsvImporter<T> importer, string csv)
        where T : class
    {
        var (expected, expectedReport) = AmbientCulture.Run(string.Empty, () => Read(importer, csv));
        var (actual, actualReport) = AmbientCulture.Run(culture, () => Read(importer, csv));

        actualReport.Should().Equal(expectedReport, "the rows read under {0} must be reported in the same words", culture);
        actual.AbsentOptionalColumns.Should().Equal(expected.AbsentOptionalColumns);
        actual.Accepted.Should().BeEquivalentTo(expected.Accepted, options => options.WithStrictOrdering(), "rows read under {0} must give the same records", culture);
        actual.Rejected.Should().BeEquivalentTo(expected.Rejected, options => options.WithStrictOrdering());
        actual.Skipped.Should().BeEquivalentTo(expected.Skipped, options => options.WithStrictOrdering());
    }

    /// <summary>Imports, and writes every row as the current culture prints it.</summary>
    private static (ImportResult<T> Result, List<string> Report) Read<T>(CsvImporter<T> importer, string csv)
        where T : class
    {
        var result = importer.Import(new StringReader(csv));
        return (result, [.. result.Accepted.Concat(result.Rejected).Concat(result.Skipped).Select(row => row.ToString())]);
    }

    /// <summary>A host's map of a follower export that trusts the file's sign, so the record's own check refuses -40.</summary>
    internal sealed class SignedFollowersMap : CsvRecordMap<AudienceSnapshot>
    {
        protected internal override IEnumerable<string> RequiredColumns() => ["network", "day", "followers"];

        protected internal override IEnumerable<string> OptionalColumns() => [];

        protected internal override AudienceSnapshot? Build(CsvRow row)
        {
            var channel = new Channel(row.GetRequiredText("network"));
            var day = row.GetRequiredDate("day");
            var followers = row.GetRequiredDecimal("followers");
            return row.HasErrors ? null : AudienceSnapshot.AtEndOfDay(channel, day, ReportingCalendar.Utc, (long)followers);
        }
    }
}
