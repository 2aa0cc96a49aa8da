using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// Checks that every contender (the struct loop, the row loop, LINQ, the library over rows and over columns where it
/// has a columnar path, and DuckDB) computes the same numbers,
/// so that the baselines are honest: counts and sums equal, values within a relative 1e-9. The LINQ versions do not
/// count skipped records and leave out groups where every record was skipped; those are compared on what they compute.
/// The dashboard has no DuckDB version; its library over columns is compared on everything the baselines compute.
/// </summary>
public static class Verification
{
    /// <summary>The size the benchmarks check in their setup, and <c>--verify</c> checks.</summary>
    public const int SmallCount = 10_000;

    private const double Tolerance = 1e-9;

    /// <summary>Runs every check and prints what was compared.</summary>
    /// <param name="count">The number of posts, and of mentions.</param>
    /// <returns>0 when everything agrees, 1 otherwise.</returns>
    public static int Run(int count = SmallCount)
    {
        var posts = ActivityGenerator.Posts(count);
        var mentions = ActivityGenerator.Mentions(count);
        using var duckDb = DuckDbActivity.Load(ActivityGenerator.Paris.Zone, posts, mentions);
        var checks = new (string Name, Func<string> Check)[]
        {
            ("engagement rate by channel and month", () => CheckEngagementRate(posts, duckDb)),
            ("posting frequency by channel and week", () => CheckPostingFrequency(posts, duckDb)),
            ("mention volume and spikes by day", () => CheckMentionSpikes(mentions, duckDb)),
            ("dashboard of December 2025", () => CheckDashboard(posts, mentions)),
        };
        Console.WriteLine(Invariant($"{count:N0} posts and {count:N0} mentions; each contender against the library"));
        var failed = 0;
        foreach (var (name, check) in checks)
        {
            try
            {
                Console.WriteLine($"OK   {name}: {check()}");
            }
            catch (InvalidOperationException exception)
            {
                failed++;
                Console.WriteLine($"FAIL {name}: {exception.Message}");
            }
        }

        return failed == 0 ? 0 : 1;
    }

    /// <summary>Checks scenario 1.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="duckDb">The same posts in DuckDB.</param>
    /// <returns>What was compared.</returns>
    /// <exception cref="InvalidOperationException">The versions disagree.</exception>
    public static string CheckEngagementRate(SocialPost[] posts, DuckDbActivity duckDb)
    {
        var (zone, first, last) = (ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);
        var library = EngagementRateScenario.FromLibrary(EngagementRateScenario.Library(posts, ActivityGenerator.Paris));
        var linq = EngagementRateScenario.Linq(posts, zone);
        static bool Equal(EngagementGroup expected, EngagementGroup actual) =>
            expected.Year == actual.Year && expected.Month == actual.Month && expected.Channel == actual.Channel &&
            expected.Engagements == actual.Engagements && expected.Reach == actual.Reach && expected.Used == actual.Used &&
            expected.SkippedForMissingCounters == actual.SkippedForMissingCounters && expected.SkippedForZeroReach == actual.SkippedForZeroReach &&
            Close(expected.Rate, actual.Rate);
        Same("struct loop", library, EngagementRateScenario.StructLoop(CompactPosts.From(posts), zone, first, last), Equal);
        Same("row loop", library, EngagementRateScenario.RowLoop(posts, zone, first, last), Equal);
        var columns = PostColumns.From(posts);
        Same("column loop", library, EngagementRateScenario.ColumnLoop(columns, zone, first, last), Equal);
        Same("library over columns", library, EngagementRateScenario.FromLibrary(EngagementRateScenario.LibraryColumns(columns, ActivityGenerator.Paris)), Equal);
        Same("DuckDB", library, duckDb.EngagementRate(), Equal);
        Same("LINQ", [.. library.Where(g => g.Used > 0)], linq, (expected, actual) =>
            expected.Year == actual.Year && expected.Month == actual.Month && expected.Channel == actual.Channel &&
            expected.Engagements == actual.Engagements && expected.Reach == actual.Reach && expected.Used == actual.Used &&
            Close(expected.Rate, actual.Rate));
        return Invariant($"struct loop, row loop, column loop, library over columns, DuckDB, LINQ: {library.Count} groups, {library.Sum(g => g.Used)} posts used, {library.Sum(g => g.SkippedForMissingCounters)} skipped for a missing counter, {library.Sum(g => g.SkippedForZeroReach)} for zero reach");
    }

    /// <summary>Checks scenario 2.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="duckDb">The same posts in DuckDB.</param>
    /// <returns>What was compared.</returns>
    /// <exception cref="InvalidOperationException">The versions disagree.</exception>
    public static string CheckPostingFrequency(SocialPost[] posts, DuckDbActivity duckDb)
    {
        var (zone, first, last) = (ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);
        var library = PostingFrequencyScenario.FromLibrary(PostingFrequencyScenario.Library(posts, ActivityGenerator.Paris));
        static bool Equal(FrequencyGroup expected, FrequencyGroup actual) =>
            expected.WeekStart == actual.WeekStart && expected.Channel == actual.Channel && expected.Posts == actual.Posts && Close(expected.PostsPerWeek, actual.PostsPerWeek);
        Same("struct loop", library, PostingFrequencyScenario.StructLoop(CompactPosts.From(posts), zone, first, last), Equal);
        Same("row loop", library, PostingFrequencyScenario.RowLoop(posts, zone, first, last), Equal);
        Same("library over columns", library, PostingFrequencyScenario.FromLibrary(PostingFrequencyScenario.LibraryColumns(PostColumns.From(posts), ActivityGenerator.Paris)), Equal);
        Same("DuckDB", library, duckDb.PostingFrequency(), Equal);
        Same("LINQ", library, PostingFrequencyScenario.Linq(posts, zone), Equal);
        return Invariant($"struct loop, row loop, library over columns, DuckDB, LINQ: {library.Count} groups of {library.Select(g => g.WeekStart).Distinct().Count()} weeks, {library.Sum(g => g.Posts)} posts");
    }

    /// <summary>Checks scenario 3.</summary>
    /// <param name="mentions">The mentions.</param>
    /// <param name="duckDb">The same mentions in DuckDB.</param>
    /// <returns>What was compared.</returns>
    /// <exception cref="InvalidOperationException">The versions disagree.</exception>
    public static string CheckMentionSpikes(Mention[] mentions, DuckDbActivity duckDb)
    {
        var (zone, first, last) = (ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);
        var library = MentionSpikeScenario.FromLibrary(MentionSpikeScenario.Library(mentions, ActivityGenerator.Paris, first, last));
        static bool Equal(DailyVerdict expected, DailyVerdict actual) =>
            expected.Day == actual.Day && expected.Count == actual.Count && expected.Status == actual.Status && expected.Direction == actual.Direction &&
            Close(expected.Baseline, actual.Baseline) && Close(expected.Spread, actual.Spread);
        Same("struct loop", library, MentionSpikeScenario.StructLoop(CompactMentions.From(mentions), zone, first, last), Equal);
        Same("row loop", library, MentionSpikeScenario.RowLoop(mentions, zone, first, last), Equal);
        Same("library over columns", library, MentionSpikeScenario.FromLibrary(MentionSpikeScenario.LibraryColumns(MentionColumns.From(mentions), ActivityGenerator.Paris, first, last)), Equal);
        Same("DuckDB", library, duckDb.MentionSpikes(first, last), Equal);
        Same("LINQ", library, MentionSpikeScenario.Linq(mentions, zone, first, last), Equal);
        var spikes = library.Where(v => v.Direction == VolumeDirection.Spike).Select(v => v.Day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).ToList();
        return Invariant($"struct loop, row loop, library over columns, DuckDB, LINQ: {library.Count} days, {library.Sum(v => v.Count)} mentions of the company, {spikes.Count} spikes ({string.Join(", ", spikes.Take(12))}{(spikes.Count > 12 ? ", ..." : string.Empty)})");
    }

    /// <summary>Checks scenario 4 on the subset the baselines compute.</summary>
    /// <param name="posts">The posts.</param>
    /// <param name="mentions">The mentions.</param>
    /// <returns>What was compared.</returns>
    /// <exception cref="InvalidOperationException">The versions disagree.</exception>
    public static string CheckDashboard(SocialPost[] posts, Mention[] mentions)
    {
        var zone = ActivityGenerator.Paris.Zone;
        var december = ReportingPeriod.Month(2025, 12);
        var dashboard = DashboardScenario.Library(
            new ActivityData(posts: posts, mentions: mentions), ActivityGenerator.Paris, new FixedClock(Instant.FromUtc(2026, 1, 5, 8, 0)), december);
        Expect(dashboard.Problems.Count == 0, $"the dashboard reports problems: {string.Join("; ", dashboard.Problems)}");
        var library = DashboardScenario.FromLibrary(dashboard);
        var structs = DashboardScenario.StructLoop(CompactPosts.From(posts), CompactMentions.From(mentions), zone, december);
        var rows = DashboardScenario.RowLoop(posts, mentions, zone, december);
        var linq = DashboardScenario.Linq(posts, mentions, zone, december);
        var columnsDashboard = DashboardScenario.LibraryColumns(
            ActivityData.FromColumns(PostColumns.From(posts), MentionColumns.From(mentions)), ActivityGenerator.Paris, new FixedClock(Instant.FromUtc(2026, 1, 5, 8, 0)), december);
        Expect(columnsDashboard.Problems.Count == 0, $"the dashboard over columns reports problems: {string.Join("; ", columnsDashboard.Problems)}");
        var columns = DashboardScenario.FromLibrary(columnsDashboard);

        // With no audience snapshot, the follower-based rates skip every post of the month.
        var totals = dashboard.Rows.Concat(dashboard.NotMeasured).Where(row => row.Channel is null).ToDictionary(row => row.Indicator.Key);
        foreach (var key in new[] { IndicatorKeys.ReachRate, IndicatorKeys.ImpressionRate })
        {
            Same($"{key} skipped posts", [.. library.Months.Select(m => m.Posts)], [.. totals[key].History.Select(r => r.Inputs.RecordsSkippedForMissingCounters)], (a, b) => a == b);
        }

        Same("struct loop months", library.Months, structs.Months, (expected, actual) => SameMonth(expected, actual, skipped: true));
        Same("row loop months", library.Months, rows.Months, (expected, actual) => SameMonth(expected, actual, skipped: true));
        Same("library over columns months", library.Months, columns.Months, (expected, actual) => SameMonth(expected, actual, skipped: true));
        Same("LINQ months", library.Months, linq.Months, (expected, actual) => SameMonth(expected, actual, skipped: false));
        static bool SameCell(BestTimeFigure expected, BestTimeFigure actual) =>
            expected.Weekday == actual.Weekday && expected.Hour == actual.Hour && expected.Posts == actual.Posts && Close(expected.MedianEngagementRate, actual.MedianEngagementRate);
        Same("struct loop best time", library.BestTime, structs.BestTime, SameCell);
        Same("row loop best time", library.BestTime, rows.BestTime, SameCell);
        Same("library over columns best time", library.BestTime, columns.BestTime, SameCell);
        Same("LINQ best time", library.BestTime, linq.BestTime, SameCell);
        var spikes = SameSpikes("struct loop", library.MentionDays, structs.MentionDays, december);
        SameSpikes("row loop", library.MentionDays, rows.MentionDays, december);
        Same("library over columns mention days", library.MentionDays, columns.MentionDays, (a, b) => a == b);
        SameSpikes("LINQ", library.MentionDays, linq.MentionDays, december);
        return Invariant($"struct loop, row loop, library over columns, LINQ: {library.Months.Count} months, {library.Months.Sum(m => m.Posts)} posts, {library.Months.Sum(m => m.Mentions)} mentions of the company, {library.BestTime.Count} best-time cells, {library.MentionDays.Count} days with {spikes} spikes");
    }

    private static bool SameMonth(DashboardMonth expected, DashboardMonth actual, bool skipped) =>
        expected.Year == actual.Year && expected.Month == actual.Month && expected.Posts == actual.Posts &&
        SameRatio(expected.Frequency, actual.Frequency, skipped) && SameRatio(expected.AverageReachPerPost, actual.AverageReachPerPost, skipped) &&
        SameRatio(expected.EngagementRate, actual.EngagementRate, skipped) && SameRatio(expected.ConversationRate, actual.ConversationRate, skipped) &&
        SameRatio(expected.AmplificationRate, actual.AmplificationRate, skipped) && SameRatio(expected.ApplauseRate, actual.ApplauseRate, skipped) &&
        SameRatio(expected.ViralityRate, actual.ViralityRate, skipped) && Close(expected.PostingFrequency, actual.PostingFrequency) &&
        expected.ActiveWeeks == actual.ActiveWeeks && expected.Weeks == actual.Weeks && Close(expected.PostingRegularity, actual.PostingRegularity) &&
        expected.Mentions == actual.Mentions && SameRatio(expected.MentionEngagementRate, actual.MentionEngagementRate, skipped);

    private static bool SameRatio(RatioFigure expected, RatioFigure actual, bool skipped) =>
        expected.Numerator == actual.Numerator && expected.Denominator == actual.Denominator && expected.Used == actual.Used && Close(expected.Value, actual.Value) &&
        (!skipped || (expected.SkippedForMissingCounters == actual.SkippedForMissingCounters && expected.SkippedForZeroDenominator == actual.SkippedForZeroDenominator));

    /// <summary>Compares the daily counts, and the spikes the dashboard shows (those of its month).</summary>
    private static int SameSpikes(string what, IReadOnlyList<DailyVerdict> library, IReadOnlyList<DailyVerdict> actual, ReportingPeriod period)
    {
        Same($"{what} daily counts", [.. library.Select(d => (d.Day, d.Count))], [.. actual.Select(d => (d.Day, d.Count))], (a, b) => a == b);
        var expectedSpikes = library.Where(d => d.Direction == VolumeDirection.Spike).ToList();
        var actualSpikes = actual.Where(d => d.Status == AnomalyStatus.Evaluated && d.Direction == VolumeDirection.Spike && period.Contains(d.Day)).ToList();
        Same($"{what} spikes", expectedSpikes, actualSpikes, (a, b) => a.Day == b.Day && a.Count == b.Count && Close(a.Baseline, b.Baseline) && Close(a.Spread, b.Spread));
        return expectedSpikes.Count;
    }

    private static void Same<T>(string what, IReadOnlyList<T> expected, IReadOnlyList<T> actual, Func<T, T, bool> equal)
    {
        Expect(expected.Count > 0, $"{what}: the library computed nothing to compare");
        Expect(expected.Count == actual.Count, $"{what}: {actual.Count} items where the library has {expected.Count}");
        for (var i = 0; i < expected.Count; i++)
        {
            Expect(equal(expected[i], actual[i]), $"{what}: item {i} is {actual[i]} where the library has {expected[i]}");
        }
    }

    private static void Expect(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is not null && Close(expected.Value, actual.Value);

    private static bool Close(double expected, double actual) =>
        expected == actual || Math.Abs(expected - actual) <= Tolerance * Math.Max(Math.Abs(expected), Math.Abs(actual));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
