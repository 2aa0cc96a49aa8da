using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <summary>The sums and counts behind a ratio of sums, as a dashboard row shows them.</summary>
/// <param name="Numerator">The sum of the numerators of the records used.</param>
/// <param name="Denominator">The sum of the denominators of the records used.</param>
/// <param name="Used">The records used.</param>
/// <param name="SkippedForMissingCounters">The records lacking a counter (not counted by the LINQ version).</param>
/// <param name="SkippedForZeroDenominator">The records a ratio of sums leaves out for a zero denominator: none, since it keeps them.</param>
public sealed record RatioFigure(long Numerator, long Denominator, long Used, long SkippedForMissingCounters, long SkippedForZeroDenominator)
{
    /// <summary>Gets the ratio, or null when no record was used or the denominators add up to 0.</summary>
    public double? Value => Used > 0 && Denominator > 0 ? (double)Numerator / Denominator : null;
}

/// <summary>The figures of the default dashboard's post and mention rows for one month, all channels together.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Posts">The posts published in the month. With no audience snapshots, the reach and impression rates skip every one of them.</param>
/// <param name="Frequency">Impressions / reach.</param>
/// <param name="AverageReachPerPost">Reach / posts.</param>
/// <param name="EngagementRate">(Reactions + comments + shares) / reach.</param>
/// <param name="ConversationRate">Comments / posts.</param>
/// <param name="AmplificationRate">Shares / posts.</param>
/// <param name="ApplauseRate">Reactions / posts.</param>
/// <param name="ViralityRate">Shares / impressions.</param>
/// <param name="PostingFrequency">Posts per seven days of the month.</param>
/// <param name="ActiveWeeks">The ISO weeks overlapping the month with at least one post in the month.</param>
/// <param name="Weeks">The ISO weeks overlapping the month.</param>
/// <param name="Mentions">The mentions of the company.</param>
/// <param name="MentionEngagementRate">Interactions / potential reach of the company's mentions.</param>
public sealed record DashboardMonth(
    int Year,
    int Month,
    long Posts,
    RatioFigure Frequency,
    RatioFigure AverageReachPerPost,
    RatioFigure EngagementRate,
    RatioFigure ConversationRate,
    RatioFigure AmplificationRate,
    RatioFigure ApplauseRate,
    RatioFigure ViralityRate,
    double PostingFrequency,
    int ActiveWeeks,
    int Weeks,
    long Mentions,
    RatioFigure MentionEngagementRate)
{
    /// <summary>Gets the posting regularity: the share of weeks with a post.</summary>
    public double PostingRegularity => (double)ActiveWeeks / Weeks;
}

/// <summary>One weekday-and-hour cell of the best time to post.</summary>
/// <param name="Weekday">The local weekday.</param>
/// <param name="Hour">The local hour.</param>
/// <param name="Posts">The posts with an engagement rate published then.</param>
/// <param name="MedianEngagementRate">The median of their engagement rates.</param>
public sealed record BestTimeFigure(IsoDayOfWeek Weekday, int Hour, int Posts, double MedianEngagementRate);

/// <summary>What the baselines compute of a dashboard.</summary>
/// <param name="Months">The post and mention rows, one item per month of the history.</param>
/// <param name="BestTime">The cells of the best time to post that hold posts, by weekday then hour.</param>
/// <param name="MentionDays">The daily series of the company's mentions behind the spike chart, with each day's verdict.</param>
public sealed record DashboardFigures(IReadOnlyList<DashboardMonth> Months, IReadOnlyList<BestTimeFigure> BestTime, IReadOnlyList<DailyVerdict> MentionDays);

/// <summary>
/// Scenario 4: the monthly dashboard of December 2025 built by <see cref="DashboardBuilder.CreateDefault"/>, and the
/// baselines that compute the subset of it the data feeds.
/// </summary>
/// <remarks>
/// <para>With posts and mentions only, the default registry's calculators give values for: frequency, average reach per
/// post, engagement rate, conversation, amplification and applause rates (per post), virality, posting frequency and
/// regularity (post rows), mention volume and mention engagement rate (mention rows), each for the six months of history,
/// all channels together; then the best time to post over those six months and the daily mention series (the month and
/// the 28 days before) with its spikes. The baselines compute exactly that subset.</para>
/// <para>Left out of the baselines: the rows that need data this scenario does not have (followers and audience growth,
/// press, actions, web traffic, e-mail; they come out as "no data" in a few microseconds), the reach and impression
/// rates, whose denominator is followers, so that every post is skipped (the baselines report the month's post count
/// instead), and the ROI ranking and channel comparison, which read actions and web traffic. Rendering is not measured.</para>
/// </remarks>
public static partial class DashboardScenario
{
    /// <summary>The months of history a dashboard row shows, the dashboard's month included.</summary>
    public const int HistoryMonths = 6;

    /// <summary>The days before the month the spike detector reads: 4 weeks.</summary>
    public const int SpikeHistoryDays = MentionSpikeScenario.Window * MentionSpikeScenario.Season;

    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;

    // The hand-written baselines rank no posts and read no mentions behind a spike, so the library does not either:
    // the same figures on both sides.
    private static readonly DashboardOptions Options = new() { TopPostCount = 0, ExplainSpikes = false };

    /// <summary>The library: the default dashboard builder, its registry and options.</summary>
    /// <param name="data">The posts and mentions.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="period">The month of the dashboard.</param>
    /// <returns>The dashboard.</returns>
    public static KpiDashboard Library(ActivityData data, ReportingCalendar calendar, IClock clock, ReportingPeriod period) =>
        DashboardBuilder.CreateDefault(clock, calendar, Options).Build(new DashboardRequest(period) { Data = data });

    /// <summary>
    /// The library over columns: the same builder with <see cref="ActivityData.FromColumns"/> of posts and mentions
    /// as <see cref="PostColumns"/> and <see cref="MentionColumns"/> built beforehand.
    /// </summary>
    /// <param name="data">The posts and mentions as columns.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="period">The month of the dashboard.</param>
    /// <returns>The dashboard.</returns>
    public static KpiDashboard LibraryColumns(ActivityData data, ReportingCalendar calendar, IClock clock, ReportingPeriod period) =>
        Library(data, calendar, clock, period);

    /// <summary>
    /// The straightforward LINQ a user writes: keep the posts of the six months with their local time, group them by
    /// month and add up each ratio; group by weekday and hour for the best time; the company's mentions by month and by day.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="mentions">The mentions.</param>
    /// <param name="zone">The time zone.</param>
    /// <param name="period">The month of the dashboard.</param>
    /// <returns>The figures (skipped records are not counted).</returns>
    public static DashboardFigures Linq(SocialPost[] posts, Mention[] mentions, DateTimeZone zone, ReportingPeriod period)
    {
        var firsts = MonthFirsts(period);
        var first = firsts[0];
        var last = firsts[HistoryMonths].PlusDays(-1);
        var recent = posts
            .Select(p => (Post: p, Local: p.PublishedAt.InZone(zone).LocalDateTime))
            .Where(x => x.Local.Date >= first && x.Local.Date <= last)
            .ToList();
        var companyMentions = mentions
            .Where(m => m.Subject == Subject.Company)
            .Select(m => (Mention: m, Date: m.PublishedAt.InZone(zone).Date))
            .Where(x => x.Date >= first && x.Date <= last)
            .ToList();
        var mentionsByMonth = companyMentions.GroupBy(x => x.Date.ToYearMonth()).ToDictionary(g => g.Key, g => g.Select(x => x.Mention).ToList());

        var months = recent
            .GroupBy(x => x.Local.Date.ToYearMonth())
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var monthPosts = g.Select(x => x.Post).ToList();
                var monthMentions = mentionsByMonth.GetValueOrDefault(g.Key) ?? [];
                var monthStart = g.Key.OnDayOfMonth(1);
                var monthEnd = monthStart.PlusMonths(1).PlusDays(-1);
                return new DashboardMonth(
                    g.Key.Year,
                    g.Key.Month,
                    monthPosts.Count,
                    Ratio(monthPosts, p => p.Counters.Impressions, p => p.Counters.Reach),
                    Ratio(monthPosts, p => p.Counters.Reach, _ => 1),
                    Ratio(monthPosts, p => p.Counters.Reactions + p.Counters.Comments + p.Counters.Shares, p => p.Counters.Reach),
                    Ratio(monthPosts, p => p.Counters.Comments, _ => 1),
                    Ratio(monthPosts, p => p.Counters.Shares, _ => 1),
                    Ratio(monthPosts, p => p.Counters.Reactions, _ => 1),
                    Ratio(monthPosts, p => p.Counters.Shares, p => p.Counters.Impressions),
                    monthPosts.Count / (g.Key.Calendar.GetDaysInMonth(g.Key.Year, g.Key.Month) / 7.0),
                    g.Select(x => Monday(x.Local.Date)).Distinct().Count(),
                    (Period.DaysBetween(Monday(monthStart), Monday(monthEnd)) / 7) + 1,
                    monthMentions.Count,
                    Ratio(monthMentions, m => m.Reactions + m.Comments + m.Shares, m => m.PotentialReach));
            })
            .ToList();

        var bestTime = recent
            .Where(x => x.Post.Counters.Reactions is not null && x.Post.Counters.Comments is not null && x.Post.Counters.Shares is not null && x.Post.Counters.Reach > 0)
            .GroupBy(x => (x.Local.DayOfWeek, x.Local.Hour))
            .OrderBy(g => g.Key.DayOfWeek)
            .ThenBy(g => g.Key.Hour)
            .Select(g =>
            {
                var rates = g
                    .Select(x => (double)(x.Post.Counters.Reactions!.Value + x.Post.Counters.Comments!.Value + x.Post.Counters.Shares!.Value) / x.Post.Counters.Reach!.Value)
                    .OrderBy(rate => rate)
                    .ToList();
                return new BestTimeFigure(g.Key.DayOfWeek, g.Key.Hour, rates.Count, Median(rates));
            })
            .ToList();

        var spikeFirst = firsts[HistoryMonths - 1].PlusDays(-SpikeHistoryDays);
        var daily = companyMentions
            .Where(x => x.Date >= spikeFirst)
            .GroupBy(x => x.Date)
            .ToDictionary(g => g.Key, g => (long)g.Count());
        return new DashboardFigures(months, bestTime, MentionSpikeScenario.DetectWithLinq(daily, spikeFirst, last));
    }

    /// <summary>Reads the subset of a dashboard the baselines compute, to compare them.</summary>
    /// <param name="dashboard">The dashboard.</param>
    /// <returns>The figures; the mention days hold the counts and, for the flagged spikes, their verdicts.</returns>
    public static DashboardFigures FromLibrary(KpiDashboard dashboard)
    {
        // Rows the data does not measure (the follower rates, without audience snapshots) are listed apart.
        var rows = dashboard.Rows.Concat(dashboard.NotMeasured).Where(row => row.Channel is null).ToDictionary(row => row.Indicator.Key, row => row.History);
        var months = new List<DashboardMonth>();
        for (var i = 0; i < HistoryMonths; i++)
        {
            KpiResult At(IndicatorKey key) => rows[key][i];
            RatioFigure Figure(IndicatorKey key)
            {
                var inputs = At(key).Inputs;
                return new RatioFigure(
                    (long)(inputs.Numerator ?? 0), (long)(inputs.Denominator ?? 0), inputs.RecordsUsed, inputs.RecordsSkippedForMissingCounters, inputs.RecordsSkippedForZeroDenominator);
            }

            var regularity = At(IndicatorKeys.PostingRegularity).Inputs;
            var period = At(IndicatorKeys.PostingFrequency).Period;
            months.Add(new DashboardMonth(
                period.Start.Year,
                period.Start.Month,
                At(IndicatorKeys.PostingFrequency).Inputs.RecordsUsed,
                Figure(IndicatorKeys.Frequency),
                Figure(IndicatorKeys.AverageReachPerPost),
                Figure(IndicatorKeys.EngagementRate),
                Figure(IndicatorKeys.ConversationRate),
                Figure(IndicatorKeys.AmplificationRate),
                Figure(IndicatorKeys.ApplauseRate),
                Figure(IndicatorKeys.ViralityRate),
                At(IndicatorKeys.PostingFrequency).Value ?? double.NaN,
                (int)(regularity.Numerator ?? -1),
                (int)(regularity.Denominator ?? -1),
                At(IndicatorKeys.MentionVolume).Inputs.RecordsUsed,
                Figure(IndicatorKeys.MentionEngagementRate)));
        }

        var bestTime = dashboard.BestTimeToPost!.Cells
            .Where(cell => cell.PostCount > 0)
            .Select(cell => new BestTimeFigure(cell.Weekday, cell.Hour, cell.PostCount, cell.MedianEngagementRate ?? double.NaN))
            .ToList();
        var spikes = dashboard.MentionSpikes!.Spikes.ToDictionary(spike => spike.Period.Start);
        var days = dashboard.MentionSpikes.Points
            .Select(point => spikes.TryGetValue(point.Period.Start, out var spike)
                ? new DailyVerdict(point.Period.Start, point.Count, spike.Status, spike.Direction, spike.Baseline, spike.Spread)
                : new DailyVerdict(point.Period.Start, point.Count, AnomalyStatus.Evaluated, VolumeDirection.None, null, null))
            .ToList();
        return new DashboardFigures(months, bestTime, days);
    }

    private static DashboardFigures Figures(LocalDate[] firsts, MonthSums[] months, ulong[] activeWeeks, int[] weeks, List<double>?[] cells, DailyVerdict[] mentionDays)
    {
        var rows = new List<DashboardMonth>(HistoryMonths);
        for (var i = 0; i < HistoryMonths; i++)
        {
            var s = months[i];
            var days = DateTime.DaysInMonth(firsts[i].Year, firsts[i].Month);
            rows.Add(new DashboardMonth(
                firsts[i].Year,
                firsts[i].Month,
                s.Posts,
                s.Frequency.ToFigure(),
                s.AverageReach.ToFigure(),
                s.Engagement.ToFigure(),
                s.Conversation.ToFigure(),
                s.Amplification.ToFigure(),
                s.Applause.ToFigure(),
                s.Virality.ToFigure(),
                s.Posts / (days / 7.0),
                System.Numerics.BitOperations.PopCount(activeWeeks[i]),
                weeks[i],
                s.Mentions,
                s.MentionEngagement.ToFigure()));
        }

        var bestTime = new List<BestTimeFigure>();
        for (var c = 0; c < cells.Length; c++)
        {
            if (cells[c] is { } rates)
            {
                rates.Sort();
                bestTime.Add(new BestTimeFigure((IsoDayOfWeek)((c / 24) + 1), c % 24, rates.Count, Median(rates)));
            }
        }

        return new DashboardFigures(rows, bestTime, mentionDays);
    }

    private static DailyVerdict[] Detect(long[] dayCounts, LocalDate spikeFirst) => MentionSpikeScenario.Detect(dayCounts, spikeFirst);

    private static bool Has(int reported, int bits) => (reported & bits) == bits;

    /// <summary>The first day of each month of the history, and of the month after it.</summary>
    private static LocalDate[] MonthFirsts(ReportingPeriod period)
    {
        var next = period.Start.PlusMonths(1);
        return Enumerable.Range(0, HistoryMonths + 1).Select(i => next.PlusMonths(i - HistoryMonths)).ToArray();
    }

    private static LocalDate Monday(LocalDate date) => date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));

    private static RatioFigure Ratio<T>(List<T> items, Func<T, long?> numerator, Func<T, long?> denominator)
    {
        // A ratio of sums keeps a record whose denominator is 0: it adds its numerator.
        var used = items.Where(x => numerator(x) is not null && denominator(x) is not null).ToList();
        return new RatioFigure(used.Sum(x => numerator(x)!.Value), used.Sum(x => denominator(x)!.Value), used.Count, 0, 0);
    }

    /// <summary>The median of sorted values, halves added as the library does.</summary>
    private static double Median(List<double> sorted)
    {
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] / 2) + (sorted[middle] / 2);
    }

    private struct RatioSums
    {
        private long _numerator;
        private long _denominator;
        private long _used;
        private long _missing;

        // A ratio of sums keeps a record whose denominator is 0, as the library does: it adds its numerator.
        public void Add(long? numerator, long? denominator)
        {
            if (numerator is not { } n || denominator is not { } d)
            {
                _missing++;
            }
            else
            {
                _numerator += n;
                _denominator += d;
                _used++;
            }
        }

        // The same for a struct's counters, 0 when not reported.
        public void Add(bool reported, long numerator, long denominator)
        {
            if (reported)
            {
                _numerator += numerator;
                _denominator += denominator;
                _used++;
            }
            else
            {
                _missing++;
            }
        }

        public readonly RatioFigure ToFigure() => new(_numerator, _denominator, _used, _missing, 0);
    }

    private struct MonthSums
    {
        public long Posts;
        public long Mentions;
        public RatioSums Frequency;
        public RatioSums AverageReach;
        public RatioSums Engagement;
        public RatioSums Conversation;
        public RatioSums Amplification;
        public RatioSums Applause;
        public RatioSums Virality;
        public RatioSums MentionEngagement;
    }
}
