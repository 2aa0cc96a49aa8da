using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Maps;

public class ActivityMapTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static ImportResult<T> Import<T>(CsvRecordMap<T> map, string csv, CsvImportOptions? options = null)
        where T : class =>
        new CsvImporter<T>(map, options).Import(new StringReader(csv));

    [Fact]
    public void Audience_counts_by_day_are_taken_at_the_end_of_the_day_in_the_calendar_zone()
    {
        var map = new AudienceSnapshotMap
        {
            Date = "date",
            Followers = "followers",
            Gained = "new",
            ChannelColumn = "network",
            Calendar = new ReportingCalendar(Paris),
        };

        var result = Import(map, "date,network,followers,new\n2026-03-29,Instagram,1200,15\n2026-03-30,Instagram,1210,\n");

        var first = result.Records[0];
        // The end of 29 March in Paris (CEST, UTC+2) is 22:00 UTC.
        first.TakenAt.Should().Be(Instant.FromUtc(2026, 3, 29, 22, 0));
        first.Followers.Should().Be(1200);
        first.Gained.Should().Be(15);
        result.Records[1].Gained.Should().BeNull();
    }

    [Fact]
    public void Audience_counts_by_timestamp_use_the_timestamp()
    {
        var map = new AudienceSnapshotMap { TakenAt = "at", Followers = "followers", Channel = Channel.LinkedIn };

        var result = Import(map, "at,followers\n2026-01-31T23:00:00Z,800\n");

        result.Records.Single().Should().Match<AudienceSnapshot>(s => s.Channel == Channel.LinkedIn && s.TakenAt == Instant.FromUtc(2026, 1, 31, 23, 0));
    }

    [Fact]
    public void An_audience_map_needs_exactly_one_of_date_and_timestamp()
    {
        var map = new AudienceSnapshotMap { Followers = "followers", Channel = Channel.X };

        FluentActions.Invoking(() => Import(map, "followers\n1\n")).Should().Throw<InvalidOperationException>().WithMessage("*exactly one of TakenAt*Date*");
    }

    [Fact]
    public void Mentions_read_subject_sentiment_source_type_and_interactions()
    {
        var map = new MentionMap
        {
            Id = "id",
            PublishedAt = "date",
            Author = "author",
            SourceType = "source",
            Subject = "brand",
            CompanyName = "Acme",
            Sentiment = "sentiment",
            ChannelColumn = "site",
            PotentialReach = "reach",
            Reactions = "likes",
        };
        var csv = "id,date,author,source,brand,sentiment,site,reach,likes\n" +
                  "m1,2026-02-01T08:00:00Z,@jane,Twitter,ACME,positive,X,5000,12\n" +
                  "m2,2026-02-01T09:00:00Z,Daily News,Online news,Globex,Negative,,,\n" +
                  "m3,2026-02-01T10:00:00Z,@joe,Social,Acme,furious,X,10,1\n";

        var result = Import(map, csv);

        result.Records.Should().HaveCount(2);
        var m1 = result.Records[0];
        m1.Subject.IsCompany.Should().BeTrue("the company's own name, in any case, is the company");
        m1.Sentiment.Should().Be(Sentiment.Positive);
        m1.SourceType.Should().Be(MentionSourceType.SocialNetwork);
        m1.Channel.Should().Be(Channel.X);
        m1.PotentialReach.Should().Be(5000);
        var m2 = result.Records[1];
        m2.Subject.Should().Be(Subject.Competitor("Globex"));
        m2.SourceType.Should().Be(MentionSourceType.News);
        m2.Channel.Should().BeNull();
        var error = result.Rejected.Single().Errors.Single();
        error.Column.Should().Be("sentiment");
        error.Message.Should().Contain("'furious' is not one of Positive, Neutral, Negative, Unknown");
    }

    [Fact]
    public void Press_articles_read_media_kind_names_and_syndication()
    {
        var map = new PressArticleMap
        {
            Id = "id",
            Outlet = "outlet",
            MediaKind = "media",
            PublishedOn = "date",
            Tonality = "tone",
            PotentialAudience = "audience",
            SyndicationKey = "story",
        };
        var csv = "id,outlet,media,date,tone,audience,story\n" +
                  "a1,Le Monde,Press,2026-02-03,neutral,\"2,400,000\",wire-1\n" +
                  "a2,France 2,TV,2026-02-03,positive,,\n" +
                  "a3,Blog,,2026-02-04,,,\n";

        var result = Import(map, csv);

        result.Records[0].Should().Match<PressArticle>(a => a.MediaKind == MediaKind.Print && a.PotentialAudience == 2_400_000 && a.SyndicationKey == "wire-1");
        result.Records[1].MediaKind.Should().Be(MediaKind.Television);
        result.Records[1].Tonality.Should().Be(Sentiment.Positive);
        result.Rejected.Single().Errors.Single().Should().Match<ImportError>(e => e.Column == "media" && e.LineNumber == 4);
    }

    [Fact]
    public void Action_results_read_a_date_range_a_currency_column_and_a_decimal_comma()
    {
        var map = new ActionResultMap
        {
            Campaign = "campagne",
            Ad = "annonce",
            StartDate = "début",
            EndDate = "fin",
            Channel = Channel.Instagram,
            Cost = "coût",
            CurrencyColumn = "devise",
            Gain = "valeur",
            Clicks = "clics",
            Conversions = "conversions",
        };
        var csv = "campagne;annonce;début;fin;coût;devise;valeur;clics;conversions\n" +
                  "Soldes;Carrousel;2026-01-01;2026-01-31;1 250,50;EUR;4 000,00;820;41\n" +
                  "Soldes;Vidéo;2026-01-31;2026-01-01;100,00;EUR;;10;0\n";

        var result = Import(map, csv, new CsvImportOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") });

        var action = result.Records.Single();
        action.Name.Should().Be("Soldes / Carrousel");
        action.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)));
        action.Cost.Should().Be(new Money(1250.50m, "EUR"));
        action.Gain.Should().Be(new Money(4000m, "EUR"));
        action.Conversions.Should().Be(41);
        result.Rejected.Single().Errors.Single().Should().Match<ImportError>(e => e.Column == "fin" && e.Message.Contains("before the start"));
    }

    [Fact]
    public void Action_results_by_day_get_a_day_period()
    {
        var map = new ActionResultMap { Campaign = "c", Date = "d", Channel = Channel.X, Cost = "cost", Currency = "USD" };

        var action = Import(map, "c,d,cost\nLaunch,2026-04-02,99.5\n").Records.Single();

        action.Period.Should().Be(ReportingPeriod.Day(new LocalDate(2026, 4, 2)));
        action.Cost.Should().Be(new Money(99.5m, "USD"));
        action.Gain.Should().BeNull("an unmapped gain is unknown, never zero");
    }

    [Fact]
    public void An_action_map_without_period_or_currency_says_what_to_set()
    {
        var noPeriod = new ActionResultMap { Campaign = "c", Channel = Channel.X, Cost = "cost", Currency = "EUR" };
        var noCurrency = new ActionResultMap { Campaign = "c", Date = "d", Channel = Channel.X, Cost = "cost" };

        FluentActions.Invoking(() => Import(noPeriod, "c,cost\n")).Should().Throw<InvalidOperationException>().WithMessage("*Date*StartDate and EndDate*");
        FluentActions.Invoking(() => Import(noCurrency, "c,d,cost\n")).Should().Throw<InvalidOperationException>().WithMessage("*currency*");
    }

    [Fact]
    public void Web_traffic_reads_sessions_by_day_and_source()
    {
        var map = new WebTrafficMap { Date = "Date", Sessions = "Sessions", ChannelColumn = "Session source", Users = "Users", ConvertingSessions = "Converting", Conversions = "Key events" };

        var record = Import(map, "Date,Session source,Sessions,Users,Converting,Key events\n2026-02-10,Email,320,290,12,15\n").Records.Single();

        record.Should().Match<WebTrafficRecord>(r => r.Date == new LocalDate(2026, 2, 10) && r.Channel == Channel.Email && r.Sessions == 320 && r.Users == 290 && r.ConvertingSessions == 12 && r.Conversions == 15);
    }

    [Fact]
    public void Email_reports_compute_delivered_from_a_bounce_total_when_delivered_is_absent()
    {
        var map = new EmailCampaignMap { Campaign = "name", SentAt = "sent at", Sent = "sent", UniqueOpens = "opens", UniqueClicks = "clicks", Bounces = "bounces" };
        var csv = "name,sent at,sent,opens,clicks,bounces\n" +
                  "January,2026-01-15T09:00:00Z,10000,4200,310,150\n" +
                  "February,2026-02-15T09:00:00Z,10000,4200,310,\n" +
                  "March,2026-03-15T09:00:00Z,100,20,3,150\n";

        var result = Import(map, csv);

        // 10,000 sent - 150 bounces = 9,850 delivered.
        result.Records.Single().Delivered.Should().Be(9850);
        result.Rejected.Should().HaveCount(2);
        result.Rejected[0].Errors.Single().Message.Should().Contain("delivered cannot be known");
        result.Rejected[1].Errors.Single().Message.Should().Contain("150 bounces is more than the 100 e-mails sent");
    }

    [Fact]
    public void Email_reports_with_more_bounces_than_sends_name_the_bounce_column()
    {
        var map = new EmailCampaignMap { Campaign = "name", SentAt = "sent at", Sent = "sent", UniqueOpens = "opens", UniqueClicks = "clicks", HardBounces = "hard", SoftBounces = "soft" };

        var result = Import(map, "name,sent at,sent,opens,clicks,hard,soft\nApril,2026-04-15T09:00:00Z,100,20,3,60,50\n");

        result.Errors.Single().Should().Match<ImportError>(e => e.Column == "hard" && e.Message == "60 hard and 50 soft bounces are more than the 100 e-mails sent");
    }
}
