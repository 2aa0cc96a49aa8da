using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>
/// Maison Verdier's posts and daily follower counts over the three months up to the last complete month,
/// generated from a fixed seed so every run prints the same figures for the same month.
/// </summary>
internal static class SampleActivity
{
    private static readonly (Channel Channel, int PostsPerWeek, long Followers, double ReachShare, int BestHour)[] Accounts =
    [
        (Channel.Instagram, 4, 18_500, 0.32, 18),
        (Channel.Facebook, 3, 42_000, 0.09, 12),
        (Channel.LinkedIn, 2, 6_200, 0.21, 8),
    ];

    public static (IReadOnlyList<SocialPost> Posts, IReadOnlyList<AudienceSnapshot> Snapshots) Create(ReportingPeriod lastMonth, ReportingCalendar calendar)
    {
        var first = lastMonth.Previous().Previous().Start;
        var random = new Random(2027);
        var posts = new List<SocialPost>();
        var snapshots = new List<AudienceSnapshot>();
        foreach (var account in Accounts)
        {
            var followers = account.Followers;
            for (var day = first; day <= lastMonth.End; day = day.PlusDays(1))
            {
                var gained = random.Next(5, 40);
                var lost = random.Next(0, 15);
                followers += gained - lost;
                snapshots.Add(AudienceSnapshot.AtEndOfDay(account.Channel, day, calendar, followers, gained, lost));
                if (random.NextDouble() < account.PostsPerWeek / 7.0)
                {
                    posts.Add(Post(account, day, followers, calendar, random, posts.Count));
                }
            }
        }

        return (posts, snapshots);
    }

    private static SocialPost Post(
        (Channel Channel, int PostsPerWeek, long Followers, double ReachShare, int BestHour) account,
        LocalDate day, long followers, ReportingCalendar calendar, Random random, int number)
    {
        // Posts near the account's best hour do better, so the best-time analysis has something to find.
        var hour = random.Next(7, 22);
        var boost = 1.0 + (0.6 * Math.Max(0, 3 - Math.Abs(hour - account.BestHour)) / 3);
        var reach = (long)(followers * account.ReachShare * (0.6 + random.NextDouble()) * boost);
        var engagementRate = (0.02 + (0.03 * random.NextDouble())) * boost;
        var engagements = (long)(reach * engagementRate);
        var format = account.Channel == Channel.Instagram && random.NextDouble() < 0.4 ? PostFormat.Reel : PostFormat.Photo;
        var counters = new PostCounters
        {
            Reach = reach,
            Impressions = (long)(reach * (1.2 + (0.6 * random.NextDouble()))),
            Reactions = engagements * 80 / 100,
            Comments = engagements * 12 / 100,
            Shares = engagements * 8 / 100,
            Saves = account.Channel == Channel.Instagram ? engagements / 10 : null,
            Clicks = account.Channel == Channel.Instagram ? null : engagements / 4,
            VideoViews = format == PostFormat.Reel ? reach * 2 : null,
        };
        var publishedAt = calendar.Zone.AtLeniently(day.At(new LocalTime(hour, random.Next(0, 60)))).ToInstant();
        return new SocialPost($"{account.Channel.Name.ToLowerInvariant()}-{number}", account.Channel, publishedAt, format, isPaid: false, counters);
    }
}
