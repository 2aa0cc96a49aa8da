using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>Last month's paid actions, web traffic per source and e-mail campaigns of Maison Verdier.</summary>
internal static class SamplePerformance
{
    public static IReadOnlyList<ActionResult> Actions(ReportingPeriod month) =>
    [
        Action("Cast-iron pan reels", Channel.Instagram, month, 2_400m, 6_900m, impressions: 310_000, clicks: 4_100, engagements: 12_800, conversions: 96),
        Action("Recipe carousel boost", Channel.Facebook, month, 1_500m, 2_100m, impressions: 420_000, clicks: 3_300, engagements: 5_900, conversions: 41),
        Action("Chef partnership", Channel.Instagram, month, 3_000m, 3_150m, impressions: 180_000, clicks: 2_200, engagements: 9_400, conversions: 38),
        Action("B2B catalogue ads", Channel.LinkedIn, month, 1_200m, 950m, impressions: 60_000, clicks: 540, engagements: 800, conversions: 6),
        Action("Search brand campaign", new Channel("Search"), month, 900m, 4_300m, impressions: 52_000, clicks: 3_900, engagements: null, conversions: 120),
        Action("Newsletter sponsorship", Channel.Email, month, 600m, null, impressions: 25_000, clicks: 700, engagements: null, conversions: null),
        Action("Blog photo shoot", Channel.Blog, month, 0m, 800m, impressions: null, clicks: null, engagements: null, conversions: 14),
    ];

    public static IReadOnlyList<WebTrafficRecord> Traffic(ReportingPeriod month)
    {
        // Daily sessions and the share of sessions that convert, per source: Instagram brings volume, e-mail converts.
        (Channel Source, int Sessions, double ConversionRate)[] sources =
        [
            (Channel.Instagram, 330, 0.011), (Channel.Facebook, 140, 0.014), (Channel.Email, 48, 0.042),
            (Channel.Blog, 210, 0.019), (new Channel("Search"), 260, 0.031), (Channel.LinkedIn, 9, 0.05),
        ];
        var random = new Random(31);
        var records = new List<WebTrafficRecord>();
        for (var day = month.Start; day <= month.End; day = day.PlusDays(1))
        {
            foreach (var (source, sessions, rate) in sources)
            {
                var today = (long)(sessions * (0.8 + (0.4 * random.NextDouble())));
                var converting = (long)Math.Round(today * rate * (0.7 + (0.6 * random.NextDouble())));
                records.Add(new WebTrafficRecord(day, source, today, users: today * 85 / 100, convertingSessions: converting, conversions: converting + (converting / 5)));
            }
        }

        return records;
    }

    public static IReadOnlyList<EmailCampaignReport> Campaigns(ReportingPeriod month, ReportingCalendar calendar)
    {
        Instant SentOn(int day) => calendar.Zone.AtLeniently(month.Start.PlusDays(day).At(new LocalTime(9, 30))).ToInstant();
        return
        [
            new EmailCampaignReport("Autumn recipes newsletter", SentOn(2), sent: 42_000, uniqueOpens: 15_100, uniqueClicks: 1_720, hardBounces: 180, softBounces: 420, machineOpens: 6_300, unsubscribes: 160, complaints: 9),
            new EmailCampaignReport("Cast-iron care guide", SentOn(11), sent: 8_500, uniqueOpens: 4_050, uniqueClicks: 960, hardBounces: 30, softBounces: 70, machineOpens: 1_500, unsubscribes: 21),
            new EmailCampaignReport("Flash sale", SentOn(24), sent: 41_500, uniqueOpens: 12_400, uniqueClicks: 1_310, delivered: 40_900, machineOpens: 5_900, unsubscribes: 290, complaints: 31),
        ];
    }

    private static ActionResult Action(string name, Channel channel, ReportingPeriod month, decimal cost, decimal? gain, long? impressions, long? clicks, long? engagements, long? conversions) =>
        new(name, channel, month, new Money(cost, "EUR"), gain is { } g ? new Money(g, "EUR") : null, GainKind.Margin, impressions, clicks, engagements, conversions);
}
