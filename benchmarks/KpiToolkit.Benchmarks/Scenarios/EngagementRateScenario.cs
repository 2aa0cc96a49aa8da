using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <summary>The engagement rate of one channel in one month: the sums and counts behind it.</summary>
/// <param name="Year">The year of the month.</param>
/// <param name="Month">The month, 1 to 12.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Engagements">Reactions + comments + shares of the posts used.</param>
/// <param name="Reach">Reach of the posts used.</param>
/// <param name="Used">The posts used.</param>
/// <param name="SkippedForMissingCounters">The posts lacking reactions, comments, shares or reach.</param>
/// <param name="SkippedForZeroReach">The posts left out for reaching nobody: none for a ratio of sums, which keeps them.</param>
public sealed record EngagementGroup(
    int Year, int Month, Channel Channel, long Engagements, long Reach, long Used, long SkippedForMissingCounters, long SkippedForZeroReach)
{
    /// <summary>Gets the engagement rate as a ratio of sums, or null when no post was used.</summary>
    public double? Rate => Used > 0 ? (double)Engagements / Reach : null;
}

/// <summary>
/// Scenario 1: the engagement rate ((reactions + comments + shares) / reach, ratio of sums) by channel and local month,
/// posts lacking a counter or with zero reach skipped and counted, computed three ways.
/// </summary>
public static class EngagementRateScenario
{
    /// <summary>The library: <see cref="EngagementRateCalculator.CalculateByPeriodAndChannel"/> with the default variant.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>One result per month and channel.</returns>
    public static IReadOnlyList<KpiResult> Library(IEnumerable<SocialPost> posts, ReportingCalendar calendar) =>
        new EngagementRateCalculator(calendar: calendar).CalculateByPeriodAndChannel(posts, Cadence.Month);

    /// <summary>
    /// A hand-written loop for this one KPI: the current month's instants are cached (the data comes in time order,
    /// so the time zone is consulted about once a month), channels are found by a linear scan of the few seen so far,
    /// and sums live in a list of structs updated by reference. Correct in any order, fastest in time order.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone months are read in.</param>
    /// <returns>One group per month and channel, by month then channel name.</returns>
    public static List<EngagementGroup> HandLoop(SocialPost[] posts, DateTimeZone zone)
    {
        var sums = new List<Sums>();
        var channels = new Channel[8];
        var channelCount = 0;
        var slotsByMonth = new Dictionary<int, int[]>();
        int[] slots = [];
        var monthKey = 0;
        var monthStart = Instant.MaxValue;
        var monthEnd = Instant.MinValue;
        for (var i = 0; i < posts.Length; i++)
        {
            var post = posts[i];
            var at = post.PublishedAt;
            if (at < monthStart || at >= monthEnd)
            {
                var date = at.InZone(zone).Date;
                var first = new LocalDate(date.Year, date.Month, 1);
                monthKey = (date.Year * 12) + date.Month - 1;
                monthStart = zone.AtStartOfDay(first).ToInstant();
                monthEnd = zone.AtStartOfDay(first.PlusMonths(1)).ToInstant();
                ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(slotsByMonth, monthKey, out _);
                row ??= NewSlots(channels.Length);
                slots = row;
            }

            var channel = post.Channel;
            var c = 0;
            while (c < channelCount && channels[c] != channel)
            {
                c++;
            }

            if (c == channelCount)
            {
                if (c == channels.Length)
                {
                    Array.Resize(ref channels, c * 2);
                }

                channels[channelCount++] = channel;
            }

            if (c >= slots.Length)
            {
                slots = slotsByMonth[monthKey] = Grow(slots, channels.Length);
            }

            ref var slot = ref slots[c];
            if (slot < 0)
            {
                slot = sums.Count;
                sums.Add(new Sums { MonthKey = monthKey, Channel = c });
            }

            ref var s = ref CollectionsMarshal.AsSpan(sums)[slot];
            var counters = post.Counters;
            if (counters.Reactions is { } reactions && counters.Comments is { } comments && counters.Shares is { } shares && counters.Reach is { } reach)
            {
                // A ratio of sums keeps a post that reached nobody: it adds its engagements. Counters are at most a few
                // million per post: long sums cannot overflow for any realistic input.
                s.Engagements += reactions + comments + shares;
                s.Reach += reach;
                s.Used++;
            }
            else
            {
                s.SkippedForMissingCounters++;
            }
        }

        var groups = new List<EngagementGroup>(sums.Count);
        foreach (var s in sums)
        {
            groups.Add(new EngagementGroup(
                s.MonthKey / 12, (s.MonthKey % 12) + 1, channels[s.Channel], s.Engagements, s.Reach, s.Used, s.SkippedForMissingCounters, 0));
        }

        groups.Sort(static (a, b) => a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Month != b.Month ? a.Month.CompareTo(b.Month) : a.Channel.CompareTo(b.Channel));
        return groups;
    }

    /// <summary>
    /// The straightforward LINQ a user writes: keep the usable posts, group by channel and local month, add up.
    /// It does not count the skipped posts (its groups report 0 skipped).
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone months are read in.</param>
    /// <returns>One group per month and channel, by month then channel name.</returns>
    public static List<EngagementGroup> Linq(SocialPost[] posts, DateTimeZone zone) =>
        posts
            .Where(p => p.Counters.Reactions is not null && p.Counters.Comments is not null && p.Counters.Shares is not null && p.Counters.Reach is not null)
            .GroupBy(p => (p.Channel, Month: p.PublishedAt.InZone(zone).Date.ToYearMonth()))
            .Select(g => new EngagementGroup(
                g.Key.Month.Year,
                g.Key.Month.Month,
                g.Key.Channel,
                g.Sum(p => p.Counters.Reactions!.Value + p.Counters.Comments!.Value + p.Counters.Shares!.Value),
                g.Sum(p => p.Counters.Reach!.Value),
                g.Count(),
                0,
                0))
            .OrderBy(g => g.Year)
            .ThenBy(g => g.Month)
            .ThenBy(g => g.Channel)
            .ToList();

    /// <summary>Reads the library's results as groups, to compare them.</summary>
    /// <param name="results">The library's results.</param>
    /// <returns>The groups.</returns>
    public static List<EngagementGroup> FromLibrary(IReadOnlyList<KpiResult> results) =>
        results
            .Select(r => new EngagementGroup(
                r.Period.Start.Year,
                r.Period.Start.Month,
                r.Channel!.Value,
                (long)(r.Inputs.Numerator ?? 0),
                (long)(r.Inputs.Denominator ?? 0),
                r.Inputs.RecordsUsed,
                r.Inputs.RecordsSkippedForMissingCounters,
                r.Inputs.RecordsSkippedForZeroDenominator))
            .ToList();

    private static int[] NewSlots(int length)
    {
        var slots = new int[length];
        Array.Fill(slots, -1);
        return slots;
    }

    private static int[] Grow(int[] slots, int length)
    {
        var grown = NewSlots(length);
        slots.CopyTo(grown, 0);
        return grown;
    }

    private struct Sums
    {
        public int MonthKey;
        public int Channel;
        public long Engagements;
        public long Reach;
        public long Used;
        public long SkippedForMissingCounters;
    }
}
