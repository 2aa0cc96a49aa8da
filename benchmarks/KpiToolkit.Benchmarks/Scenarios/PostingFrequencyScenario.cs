using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <summary>The posting frequency of one channel in one ISO week.</summary>
/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Posts">The posts published in the week.</param>
/// <param name="PostsPerWeek">The posts per seven days (the count, since a week is seven days).</param>
public sealed record FrequencyGroup(LocalDate WeekStart, Channel Channel, long Posts, double PostsPerWeek);

/// <summary>Scenario 2: the posting frequency (posts per week) by channel and local ISO week, computed three ways.</summary>
public static class PostingFrequencyScenario
{
    /// <summary>The library: <see cref="PostingFrequencyCalculator.CalculateByPeriodAndChannel"/>, posts per week.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>One result per week and channel.</returns>
    public static IReadOnlyList<KpiResult> Library(IEnumerable<SocialPost> posts, ReportingCalendar calendar) =>
        new PostingFrequencyCalculator(calendar: calendar).CalculateByPeriodAndChannel(posts, Cadence.Week);

    /// <summary>
    /// A hand-written loop: the current week's instants are cached, channels found by a linear scan, counts kept in
    /// a per-week array of slots. Correct in any order, fastest in time order.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone weeks are read in.</param>
    /// <returns>One group per week and channel, by week then channel name.</returns>
    public static List<FrequencyGroup> HandLoop(SocialPost[] posts, DateTimeZone zone)
    {
        var counts = new List<(LocalDate Week, int Channel, long Posts)>();
        var channels = new Channel[8];
        var channelCount = 0;
        var slotsByWeek = new Dictionary<LocalDate, int[]>();
        int[] slots = [];
        var week = default(LocalDate);
        var weekStart = Instant.MaxValue;
        var weekEnd = Instant.MinValue;
        for (var i = 0; i < posts.Length; i++)
        {
            var post = posts[i];
            var at = post.PublishedAt;
            if (at < weekStart || at >= weekEnd)
            {
                var date = at.InZone(zone).Date;
                week = date.PlusDays(1 - (int)date.DayOfWeek);
                weekStart = zone.AtStartOfDay(week).ToInstant();
                weekEnd = zone.AtStartOfDay(week.PlusDays(7)).ToInstant();
                ref var row = ref CollectionsMarshal.GetValueRefOrAddDefault(slotsByWeek, week, out _);
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
                slots = slotsByWeek[week] = Grow(slots, channels.Length);
            }

            ref var slot = ref slots[c];
            if (slot < 0)
            {
                slot = counts.Count;
                counts.Add((week, c, 0));
            }

            CollectionsMarshal.AsSpan(counts)[slot].Posts++;
        }

        var groups = new List<FrequencyGroup>(counts.Count);
        foreach (var (start, channel, count) in counts)
        {
            groups.Add(new FrequencyGroup(start, channels[channel], count, count / (7 / 7.0)));
        }

        groups.Sort(static (a, b) => a.WeekStart != b.WeekStart ? a.WeekStart.CompareTo(b.WeekStart) : a.Channel.CompareTo(b.Channel));
        return groups;
    }

    /// <summary>The straightforward LINQ a user writes: group by channel and the Monday of the local date, count.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone weeks are read in.</param>
    /// <returns>One group per week and channel, by week then channel name.</returns>
    public static List<FrequencyGroup> Linq(SocialPost[] posts, DateTimeZone zone) =>
        posts
            .GroupBy(p => (p.Channel, Week: p.PublishedAt.InZone(zone).Date.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday))))
            .Select(g => new FrequencyGroup(g.Key.Week, g.Key.Channel, g.Count(), g.Count() / (7 / 7.0)))
            .OrderBy(g => g.WeekStart)
            .ThenBy(g => g.Channel)
            .ToList();

    /// <summary>Reads the library's results as groups, to compare them.</summary>
    /// <param name="results">The library's results.</param>
    /// <returns>The groups.</returns>
    public static List<FrequencyGroup> FromLibrary(IReadOnlyList<KpiResult> results) =>
        results
            .Select(r => new FrequencyGroup(r.Period.Start, r.Channel!.Value, r.Inputs.RecordsUsed, r.Value ?? double.NaN))
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
}
