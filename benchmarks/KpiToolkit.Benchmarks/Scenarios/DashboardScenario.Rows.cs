using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <content>The row loop: the dashboard's figures from the library's own objects, written as tightly as the struct loop.</content>
public static partial class DashboardScenario
{
    /// <summary>
    /// The row baseline: one hand-written pass over the posts and one over the mentions, as objects. Month boundaries are
    /// computed once, the UTC offset is cached per zone interval so the local day and hour are integer arithmetic, and
    /// each month's sums are a struct.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="mentions">The mentions.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="period">The month of the dashboard.</param>
    /// <returns>The figures.</returns>
    public static DashboardFigures RowLoop(SocialPost[] posts, Mention[] mentions, DateTimeZone zone, ReportingPeriod period)
    {
        var firsts = MonthFirsts(period);
        var bounds = new Instant[HistoryMonths + 1];
        var weekBase = new int[HistoryMonths];
        var weeks = new int[HistoryMonths];
        for (var i = 0; i <= HistoryMonths; i++)
        {
            bounds[i] = zone.AtStartOfDay(firsts[i]).ToInstant();
            if (i < HistoryMonths)
            {
                weekBase[i] = Monday(firsts[i]).ToDateOnly().DayNumber;
                weeks[i] = ((Monday(firsts[i + 1].PlusDays(-1)).ToDateOnly().DayNumber - weekBase[i]) / 7) + 1;
            }
        }

        var months = new MonthSums[HistoryMonths];
        var activeWeeks = new ulong[HistoryMonths];
        var cells = new List<double>?[7 * 24];
        var m = 0;
        var offsetFrom = Instant.MaxValue;
        var offsetUntil = Instant.MinValue;
        long offsetTicks = 0;
        for (var i = 0; i < posts.Length; i++)
        {
            var post = posts[i];
            var at = post.PublishedAt;
            if (at < bounds[0] || at >= bounds[HistoryMonths])
            {
                continue;
            }

            if (at < bounds[m])
            {
                m = 0;
            }

            while (at >= bounds[m + 1])
            {
                m++;
            }

            if (at < offsetFrom || at >= offsetUntil)
            {
                var interval = zone.GetZoneInterval(at);
                offsetFrom = interval.HasStart ? interval.Start : Instant.MinValue;
                offsetUntil = interval.HasEnd ? interval.End : Instant.MaxValue;
                offsetTicks = interval.WallOffset.Ticks;
            }

            var localTicks = at.ToUnixTimeTicks() + offsetTicks + UnixEpochTicks;
            var dayNumber = (int)(localTicks / TimeSpan.TicksPerDay);
            var hour = (int)(localTicks % TimeSpan.TicksPerDay / TimeSpan.TicksPerHour);
            activeWeeks[m] |= 1UL << ((dayNumber - weekBase[m]) / 7);

            ref var s = ref months[m];
            s.Posts++;
            var counters = post.Counters;
            long? impressions = counters.Impressions, reach = counters.Reach, reactions = counters.Reactions, comments = counters.Comments, shares = counters.Shares;
            var engagements = reactions + comments + shares;
            s.Frequency.Add(impressions, reach);
            s.AverageReach.Add(reach, 1);
            s.Engagement.Add(engagements, reach);
            s.Conversation.Add(comments, 1);
            s.Amplification.Add(shares, 1);
            s.Applause.Add(reactions, 1);
            s.Virality.Add(shares, impressions);
            if (engagements is { } e && reach is { } r && r > 0)
            {
                // DayNumber 0 is Monday 1 January 0001, so the weekday is DayNumber % 7 from Monday.
                (cells[((dayNumber % 7) * 24) + hour] ??= []).Add((double)e / r);
            }
        }

        // Mentions: the company's, by month for the rows and by day for the spike chart.
        var spikeFirst = firsts[HistoryMonths - 1].PlusDays(-SpikeHistoryDays);
        var spikeLast = firsts[HistoryMonths].PlusDays(-1);
        var dayCount = Period.DaysBetween(spikeFirst, spikeLast) + 1;
        var dayStarts = new Instant[dayCount + 1];
        for (var d = 0; d <= dayCount; d++)
        {
            dayStarts[d] = zone.AtStartOfDay(spikeFirst.PlusDays(d)).ToInstant();
        }

        var dayCounts = new long[dayCount];
        m = 0;
        var day = 0;
        for (var i = 0; i < mentions.Length; i++)
        {
            var mention = mentions[i];
            var at = mention.PublishedAt;
            if (!mention.Subject.IsCompany || at < bounds[0] || at >= bounds[HistoryMonths])
            {
                continue;
            }

            if (at < bounds[m])
            {
                m = 0;
            }

            while (at >= bounds[m + 1])
            {
                m++;
            }

            ref var s = ref months[m];
            s.Mentions++;
            s.MentionEngagement.Add(mention.Reactions + mention.Comments + mention.Shares, mention.PotentialReach);
            if (at >= dayStarts[0])
            {
                if (at < dayStarts[day])
                {
                    day = 0;
                }

                while (at >= dayStarts[day + 1])
                {
                    day++;
                }

                dayCounts[day]++;
            }
        }

        return Figures(firsts, months, activeWeeks, weeks, cells, Detect(dayCounts, spikeFirst));
    }
}
