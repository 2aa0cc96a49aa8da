using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <content>The struct loop: the dashboard's figures from arrays of compact structs, the baseline.</content>
public static partial class DashboardScenario
{
    /// <summary>
    /// The struct baseline: the same two passes as <see cref="RowLoop"/> over arrays of <see cref="CompactPost"/> and
    /// <see cref="CompactMention"/>: month and day bounds as UTC ticks, counters read from the struct with its mask.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="mentions">The mentions.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="period">The month of the dashboard.</param>
    /// <returns>The figures.</returns>
    public static DashboardFigures StructLoop(CompactPosts posts, CompactMentions mentions, DateTimeZone zone, ReportingPeriod period)
    {
        var firsts = MonthFirsts(period);
        var bounds = new long[HistoryMonths + 1];
        var weekBase = new int[HistoryMonths];
        var weeks = new int[HistoryMonths];
        for (var i = 0; i <= HistoryMonths; i++)
        {
            bounds[i] = zone.AtStartOfDay(firsts[i]).ToInstant().ToUnixTimeTicks();
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
        long offsetFrom = long.MaxValue, offsetUntil = long.MinValue, offsetTicks = 0;
        foreach (ref readonly var post in posts.Posts.AsSpan())
        {
            var at = post.PublishedTicks;
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
                var interval = zone.GetZoneInterval(Instant.FromUnixTimeTicks(at));
                offsetFrom = interval.HasStart ? interval.Start.ToUnixTimeTicks() : long.MinValue;
                offsetUntil = interval.HasEnd ? interval.End.ToUnixTimeTicks() : long.MaxValue;
                offsetTicks = interval.WallOffset.Ticks;
            }

            var localTicks = at + offsetTicks + UnixEpochTicks;
            var dayNumber = (int)(localTicks / TimeSpan.TicksPerDay);
            var hour = (int)(localTicks % TimeSpan.TicksPerDay / TimeSpan.TicksPerHour);
            activeWeeks[m] |= 1UL << ((dayNumber - weekBase[m]) / 7);

            ref var s = ref months[m];
            s.Posts++;
            var reported = post.Reported;
            var engagements = post.Reactions + post.Comments + post.Shares;
            s.Frequency.Add(Has(reported, CounterBits.Impressions | CounterBits.Reach), post.Impressions, post.Reach);
            s.AverageReach.Add(Has(reported, CounterBits.Reach), post.Reach, 1);
            var engaged = Has(reported, CounterBits.Interactions | CounterBits.Reach);
            s.Engagement.Add(engaged, engagements, post.Reach);
            s.Conversation.Add(Has(reported, CounterBits.Comments), post.Comments, 1);
            s.Amplification.Add(Has(reported, CounterBits.Shares), post.Shares, 1);
            s.Applause.Add(Has(reported, CounterBits.Reactions), post.Reactions, 1);
            s.Virality.Add(Has(reported, CounterBits.Shares | CounterBits.Impressions), post.Shares, post.Impressions);
            if (engaged && post.Reach > 0)
            {
                // DayNumber 0 is Monday 1 January 0001, so the weekday is DayNumber % 7 from Monday.
                (cells[((dayNumber % 7) * 24) + hour] ??= []).Add((double)engagements / post.Reach);
            }
        }

        // Mentions: the company's, by month for the rows and by day for the spike chart.
        var spikeFirst = firsts[HistoryMonths - 1].PlusDays(-SpikeHistoryDays);
        var spikeLast = firsts[HistoryMonths].PlusDays(-1);
        var dayCount = Period.DaysBetween(spikeFirst, spikeLast) + 1;
        var dayStarts = new long[dayCount + 1];
        for (var d = 0; d <= dayCount; d++)
        {
            dayStarts[d] = zone.AtStartOfDay(spikeFirst.PlusDays(d)).ToInstant().ToUnixTimeTicks();
        }

        var dayCounts = new long[dayCount];
        m = 0;
        var day = 0;
        foreach (ref readonly var mention in mentions.Mentions.AsSpan())
        {
            var at = mention.PublishedTicks;
            if (mention.Subject != 0 || at < bounds[0] || at >= bounds[HistoryMonths])
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
            s.MentionEngagement.Add(
                Has(mention.Reported, CounterBits.Interactions | CounterBits.Reach), mention.Reactions + mention.Comments + mention.Shares, mention.PotentialReach);
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
