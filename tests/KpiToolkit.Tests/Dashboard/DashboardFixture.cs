using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>
/// A small company's first half of 2026, in Europe/Paris: posts on two networks, audience, mentions with one spike
/// on 2026-06-17, press, paid actions, web traffic, e-mail, objectives and one figure measured outside the toolkit.
/// Built the same way every time, so renderer tests can compare what they read back with <see cref="KpiDashboard"/>.
/// </summary>
internal static class DashboardFixture
{
    public static ReportingCalendar Paris { get; } = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    public static ReportingPeriod June { get; } = ReportingPeriod.Month(2026, 6);

    /// <summary>A clock on 2026-07-03, after the reported month.</summary>
    public static FakeClock Clock() => new(Instant.FromUtc(2026, 7, 3, 9, 0));

    public static Indicator Headcount { get; } = new(
        new IndicatorKey("headcount"), "Headcount", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Financial, MediaType.Owned, Cadence.Month);

    public static KpiDashboard Build(DashboardOptions? options = null)
    {
        var builder = new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(Paris),
            IndicatorCatalog.BuiltIn.With(Headcount),
            Clock(),
            Paris,
            options);
        return builder.Build(Request());
    }

    public static DashboardRequest Request() => new(June)
    {
        Data = Data(),
        Objectives = [Objectives()],
        Indicators =
        [
            BuiltInIndicators.EngagementRate.Key,
            BuiltInIndicators.PostingFrequency.Key,
            BuiltInIndicators.MentionVolume.Key,
            BuiltInIndicators.NetTonality.Key,
            BuiltInIndicators.ReturnOnInvestment.Key,
            BuiltInIndicators.WebConversionRate.Key,
            BuiltInIndicators.EmailOpenRate.Key,
            BuiltInIndicators.EmailClickRate.Key,
        ],
        Measurements = [HeadcountSeries()],
    };

    public static Objective Objectives() => new(
        "awareness",
        "Grow the Instagram audience to 13,000 followers by the end of 2026",
        BuiltInIndicators.Followers,
        Target.IncreaseTo(13_000),
        new Baseline(10_000, new LocalDate(2025, 12, 31)),
        new LocalDate(2026, 1, 1),
        new LocalDate(2026, 12, 31),
        ObjectiveScope.ForChannels(Channel.Instagram),
        businessGoal: "Sell more cookware online",
        subObjectives:
        [
            new Objective(
                "engagement",
                "Raise the Instagram engagement rate by reach to 6 % by the end of June",
                BuiltInIndicators.EngagementRate,
                Target.IncreaseTo(0.06),
                new Baseline(0.04, new LocalDate(2025, 12, 31)),
                new LocalDate(2026, 1, 1),
                new LocalDate(2026, 6, 30),
                ObjectiveScope.ForChannels(Channel.Instagram)),
            new Objective(
                "unsubscribes",
                "Keep the e-mail unsubscribe rate between 0 and 0.5 %",
                BuiltInIndicators.EmailUnsubscribeRate,
                Target.KeepWithin(0, 0.005),
                new Baseline(0.004, new LocalDate(2025, 12, 31)),
                new LocalDate(2026, 1, 1),
                new LocalDate(2026, 12, 31)),
            new Objective(
                "team",
                "Staff the social team with 4 people by September",
                Headcount,
                Target.IncreaseTo(4),
                new Baseline(2, new LocalDate(2025, 12, 31)),
                new LocalDate(2026, 1, 1),
                new LocalDate(2026, 9, 30)),
        ]);

    public static MeasurementSeries HeadcountSeries() => new(
        Headcount.Key,
        Enumerable.Range(1, 6).Select(month => new Measurement(
            Headcount.Key, ReportingPeriod.Month(2026, month), month < 4 ? 2 : 3, source: new MeasurementSource("HR system"))));

    public static ActivityData Data() => new(
        posts: Posts(),
        audience: Audience(),
        mentions: Mentions(),
        pressArticles: Press(),
        actions: Actions(),
        webTraffic: WebTraffic(),
        emailCampaigns: Email());

    private static IEnumerable<SocialPost> Posts()
    {
        // Three posts a week per network, at 08:00, 12:00 and 18:00 UTC; engagement grows a little every month.
        var day = new LocalDate(2026, 1, 5);
        var n = 0;
        while (day <= new LocalDate(2026, 6, 30))
        {
            foreach (var (offset, hour) in new[] { (0, 8), (2, 12), (4, 18) })
            {
                var at = day.PlusDays(offset).AtMidnight().InUtc().ToInstant().Plus(Duration.FromHours(hour));
                var reach = 2_000 + (37 * (n % 11));
                foreach (var channel in new[] { Channel.Instagram, Channel.X })
                {
                    var reactions = (reach / 25) + (day.Month * 6) + (hour == 18 ? 30 : 0) - (channel == Channel.X ? 20 : 0);
                    yield return new SocialPost(
                        $"{channel.Name}-{n}", channel, at, PostFormat.Photo, false,
                        new PostCounters { Reactions = reactions, Comments = 4 + (n % 5), Shares = 2 + (n % 3), Reach = reach, Impressions = reach * 3 / 2 });
                }

                n++;
            }

            day = day.PlusWeeks(1);
        }
    }

    private static IEnumerable<AudienceSnapshot> Audience()
    {
        for (var month = 1; month <= 7; month++)
        {
            var at = Instant.FromUtc(2026, month, 1, 0, 0);
            yield return new AudienceSnapshot(Channel.Instagram, at, 10_000 + ((month - 1) * 350));
            yield return new AudienceSnapshot(Channel.X, at, 6_000 + ((month - 1) * 80));
        }
    }

    private static IEnumerable<Mention> Mentions()
    {
        // Four to six mentions a day, one more on weekdays, and forty on 2026-06-17 after a television report.
        for (var day = new LocalDate(2026, 4, 1); day <= new LocalDate(2026, 6, 30); day = day.PlusDays(1))
        {
            var count = day == new LocalDate(2026, 6, 17) ? 40 : (day.DayOfWeek >= IsoDayOfWeek.Saturday ? 4 : 5) + (day.Day % 3);
            for (var i = 0; i < count; i++)
            {
                var at = day.At(new LocalTime(10, 0)).InZoneLeniently(Paris.Zone).ToInstant().Plus(Duration.FromMinutes(i * 7));
                yield return new Mention(
                    $"m-{day:uuuuMMdd}-{i}", at, MentionSourceType.SocialNetwork, $"author{i % 6}", Subject.Company,
                    i % 4 == 0 ? Sentiment.Negative : Sentiment.Positive, Channel.X, 500 + (i * 10), 10 + i, 2, 1);
            }
        }
    }

    private static IEnumerable<PressArticle> Press() =>
    [
        new("p1", "Le Quotidien", MediaKind.Print, new LocalDate(2026, 6, 3), Subject.Company, Sentiment.Positive, 120_000, null),
        new("p2", "Radio Cuisine", MediaKind.Radio, new LocalDate(2026, 6, 17), Subject.Company, Sentiment.Neutral, 80_000, null),
        new("p3", "Blog Gourmand", MediaKind.Online, new LocalDate(2026, 5, 20), Subject.Company, Sentiment.Negative, 15_000, null),
    ];

    private static IEnumerable<ActionResult> Actions()
    {
        foreach (var month in new[] { 5, 6 })
        {
            var period = ReportingPeriod.Month(2026, month);
            yield return new ActionResult("Summer sale ads", Channel.Facebook, period, new Money(1_000m, "EUR"), new Money(3_400m, "EUR"), impressions: 200_000, clicks: 2_500, conversions: 60);
            yield return new ActionResult("Chef partnership", Channel.Instagram, period, new Money(2_000m, "EUR"), new Money(2_300m, "EUR"), impressions: 150_000, clicks: 1_200, conversions: 25);
            yield return new ActionResult("Newsletter push", Channel.Email, period, new Money(300m, "EUR"), new Money(250m, "EUR"), clicks: 900, conversions: 5);
        }
    }

    private static IEnumerable<WebTrafficRecord> WebTraffic()
    {
        for (var day = new LocalDate(2026, 5, 1); day <= new LocalDate(2026, 6, 30); day = day.PlusDays(1))
        {
            yield return new WebTrafficRecord(day, Channel.Instagram, 120, 100, 3, 3);
            yield return new WebTrafficRecord(day, Channel.Email, 60, 55, 4, 5);
            yield return new WebTrafficRecord(day, Channel.X, 40, 35, 0, 0);
        }
    }

    private static IEnumerable<EmailCampaignReport> Email()
    {
        for (var month = 1; month <= 6; month++)
        {
            yield return new EmailCampaignReport(
                $"Newsletter {month}", Instant.FromUtc(2026, month, 10, 8, 0), sent: 20_000, uniqueOpens: 5_000 + (month * 100), uniqueClicks: 600 + (month * 20),
                delivered: 19_600, hardBounces: 200, softBounces: 200, unsubscribes: 60 + (month * 5));
        }
    }
}
