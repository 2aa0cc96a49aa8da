using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
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

/// <summary>
/// Scenario 2: the posting frequency (posts per week) by channel and local ISO week, computed by two hand-written loops,
/// LINQ and the library over rows and over columns (DuckDB's version is <see cref="DuckDbActivity.PostingFrequency"/>).
/// </summary>
public static class PostingFrequencyScenario
{
    /// <summary>The library: <see cref="PostingFrequencyCalculator.CalculateByPeriodAndChannel"/>, posts per week.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>One result per week and channel.</returns>
    public static IReadOnlyList<KpiResult> Library(IEnumerable<SocialPost> posts, ReportingCalendar calendar) =>
        new PostingFrequencyCalculator(calendar: calendar).CalculateByPeriodAndChannel(posts, Cadence.Week);

    /// <summary>
    /// The library's columnar path: <see cref="PostingFrequencyCalculator.CalculateByPeriodAndChannel(PostColumns, Cadence)"/>
    /// over <see cref="PostColumns"/> built beforehand.
    /// </summary>
    /// <param name="posts">The posts as columns.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <returns>One result per week and channel.</returns>
    public static IReadOnlyList<KpiResult> LibraryColumns(PostColumns posts, ReportingCalendar calendar) =>
        new PostingFrequencyCalculator(calendar: calendar).CalculateByPeriodAndChannel(posts, Cadence.Week);

    /// <summary>
    /// The struct baseline: one pass over an array of <see cref="CompactPost"/>, the ISO weeks computed once as UTC tick
    /// bounds, one unsigned compare per post against the current week (bisection otherwise), counts in a flat
    /// <see cref="long"/> array indexed [week * channels + channel].
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone weeks are read in.</param>
    /// <param name="first">The first day the posts can fall on.</param>
    /// <param name="last">The last day the posts can fall on.</param>
    /// <returns>One group per week and channel with posts, by week then channel name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A post falls outside the weeks of <paramref name="first"/> to <paramref name="last"/>.</exception>
    public static List<FrequencyGroup> StructLoop(CompactPosts posts, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var weeks = PeriodBounds.Weeks(zone, first, last);
        var bounds = weeks.Ticks;
        var channels = posts.Channels.Length;
        var counts = new long[weeks.Count * channels];
        long start = 0, length = 0;
        var offset = 0;
        foreach (ref readonly var post in posts.Posts.AsSpan())
        {
            var at = post.PublishedTicks;
            if ((ulong)(at - start) >= (ulong)length)
            {
                var week = weeks.IndexOfCovered(at);
                start = bounds[week];
                length = bounds[week + 1] - start;
                offset = week * channels;
            }

            counts[offset + post.Channel]++;
        }

        var groups = new List<FrequencyGroup>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                groups.Add(new FrequencyGroup(weeks.Starts[i / channels], posts.Channels[i % channels], counts[i], counts[i] / (7 / 7.0)));
            }
        }

        return groups;
    }

    /// <summary>
    /// The row baseline: the same pass over <see cref="SocialPost"/> objects, the same week bounds (as instants), the
    /// channel found by the identity of its name's string (<see cref="RowChannels"/>), the same flat array of counts.
    /// </summary>
    /// <param name="posts">The posts.</param>
    /// <param name="zone">The time zone weeks are read in.</param>
    /// <param name="first">The first day the posts can fall on.</param>
    /// <param name="last">The last day the posts can fall on.</param>
    /// <returns>One group per week and channel with posts, by week then channel name.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A post falls outside the weeks of <paramref name="first"/> to <paramref name="last"/>.</exception>
    public static List<FrequencyGroup> RowLoop(SocialPost[] posts, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var weeks = PeriodBounds.Weeks(zone, first, last);
        var bounds = weeks.Instants;
        var table = new RowChannels();
        var names = table.Names;
        var indexes = table.Indexes;
        var nameCount = 0;
        var capacity = 8;
        var counts = new long[weeks.Count * capacity];
        Instant start = Instant.MaxValue, end = Instant.MinValue;
        var week = 0;
        var offset = 0;
        foreach (var post in posts)
        {
            var at = post.PublishedAt;
            if (at < start || at >= end)
            {
                week = weeks.IndexOfCovered(at.ToUnixTimeTicks());
                start = bounds[week];
                end = bounds[week + 1];
                offset = week * capacity;
            }

            var name = post.Channel.Name;
            var n = 0;
            while (n < nameCount && !ReferenceEquals(names[n], name))
            {
                n++;
            }

            int channel;
            if (n < nameCount)
            {
                channel = indexes[n];
            }
            else
            {
                channel = table.Add(post.Channel);
                (names, indexes, nameCount) = (table.Names, table.Indexes, table.NameCount);
                if (table.Channels.Count > capacity)
                {
                    counts = RowChannels.Widen(counts, weeks.Count, ref capacity);
                    offset = week * capacity;
                }
            }

            counts[offset + channel]++;
        }

        var groups = new List<FrequencyGroup>();
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0)
            {
                groups.Add(new FrequencyGroup(weeks.Starts[i / capacity], table.Channels[i % capacity], counts[i], counts[i] / (7 / 7.0)));
            }
        }

        groups.Sort(ByWeekThenChannel);
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

    /// <summary>Orders groups by week, then channel name, as the library does.</summary>
    /// <param name="a">A group.</param>
    /// <param name="b">Another group.</param>
    /// <returns>Their order.</returns>
    public static int ByWeekThenChannel(FrequencyGroup a, FrequencyGroup b) =>
        a.WeekStart != b.WeekStart ? a.WeekStart.CompareTo(b.WeekStart) : a.Channel.CompareTo(b.Channel);
}
