using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <summary>The company's mentions of one local day and the verdict of mean ± 2σ of the same weekday in the four weeks before.</summary>
/// <param name="Day">The day.</param>
/// <param name="Count">The mentions of the company published that day.</param>
/// <param name="Status">Whether the day could be judged.</param>
/// <param name="Direction">Spike, drop or neither.</param>
/// <param name="Baseline">The mean of the window; null with insufficient history.</param>
/// <param name="Spread">The sample standard deviation of the window; null with insufficient history.</param>
public readonly record struct DailyVerdict(LocalDate Day, long Count, AnomalyStatus Status, VolumeDirection Direction, double? Baseline, double? Spread);

/// <summary>
/// Scenario 3: the daily volume of the company's mentions over the whole range and its spikes, mean ± 2σ of the same
/// weekday over the four previous weeks, computed by two hand-written loops, LINQ and the library over rows and over
/// columns (DuckDB's version is
/// <see cref="DuckDbActivity.MentionSpikes"/>).
/// </summary>
public static class MentionSpikeScenario
{
    /// <summary>The earlier weeks each day is compared with.</summary>
    public const int Window = 4;

    /// <summary>The days between two compared days: the same weekday.</summary>
    public const int Season = 7;

    /// <summary>The standard deviations beyond which a day is flagged.</summary>
    public const double K = 2;

    /// <summary>The library: <see cref="MentionVolumeCalculator.Series"/> by day, then <see cref="StandardDeviationDetector"/>.</summary>
    /// <param name="mentions">The mentions.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public static IReadOnlyList<VolumeAnomaly> Library(IEnumerable<Mention> mentions, ReportingCalendar calendar, LocalDate first, LocalDate last)
    {
        var series = new MentionVolumeCalculator(calendar: calendar).Series(mentions, Cadence.Day, first, last);
        return new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = Window, SeasonLength = Season }).Detect(series);
    }

    /// <summary>
    /// The library's columnar path: <see cref="MentionVolumeCalculator.Series(MentionColumns, Cadence, LocalDate, LocalDate)"/>
    /// over <see cref="MentionColumns"/> built beforehand, then <see cref="StandardDeviationDetector"/>.
    /// </summary>
    /// <param name="mentions">The mentions as columns.</param>
    /// <param name="calendar">The reporting calendar.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public static IReadOnlyList<VolumeAnomaly> LibraryColumns(MentionColumns mentions, ReportingCalendar calendar, LocalDate first, LocalDate last)
    {
        var series = new MentionVolumeCalculator(calendar: calendar).Series(mentions, Cadence.Day, first, last);
        return new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = Window, SeasonLength = Season }).Detect(series);
    }

    /// <summary>
    /// The struct baseline: one pass over an array of 48-byte <see cref="CompactMention"/> counting the company's
    /// mentions per local day, then <see cref="Detect"/>. The days are computed once as UTC tick bounds; each mention is
    /// compared with the current day's bounds (one unsigned compare; bisection otherwise) and adds 1 or 0 to its day's
    /// count without a branch on its subject.
    /// </summary>
    /// <param name="mentions">The mentions.</param>
    /// <param name="zone">The time zone days are read in.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public static DailyVerdict[] StructLoop(CompactMentions mentions, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var days = PeriodBounds.Days(zone, first, last);
        var bounds = days.Ticks;
        var counts = new long[days.Count];
        long start = 0, length = 0;
        var day = 0;
        foreach (ref readonly var mention in mentions.Mentions.AsSpan())
        {
            var at = mention.PublishedTicks;
            if ((ulong)(at - start) >= (ulong)length)
            {
                day = days.IndexOf(at);
                if (day < 0)
                {
                    length = 0;
                    continue;
                }

                start = bounds[day];
                length = bounds[day + 1] - start;
            }

            counts[day] += mention.Subject == 0 ? 1 : 0;
        }

        return Detect(counts, first);
    }

    /// <summary>
    /// The row baseline: the same pass over the library's <see cref="Mention"/> objects, the same day bounds (as
    /// instants, compared without conversion), the subject read as <see cref="Subject.IsCompany"/>.
    /// </summary>
    /// <param name="mentions">The mentions.</param>
    /// <param name="zone">The time zone days are read in.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public static DailyVerdict[] RowLoop(Mention[] mentions, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var days = PeriodBounds.Days(zone, first, last);
        var bounds = days.Instants;
        var counts = new long[days.Count];
        Instant start = Instant.MaxValue, end = Instant.MinValue;
        var day = 0;
        foreach (var mention in mentions)
        {
            var at = mention.PublishedAt;
            if (at < start || at >= end)
            {
                day = days.IndexOf(at);
                if (day < 0)
                {
                    (start, end) = (Instant.MaxValue, Instant.MinValue);
                    continue;
                }

                start = bounds[day];
                end = bounds[day + 1];
            }

            counts[day] += mention.Subject.IsCompany ? 1 : 0;
        }

        return Detect(counts, first);
    }

    /// <summary>Judges each day against the same weekday of the four weeks before, inline.</summary>
    /// <param name="counts">The count of each day.</param>
    /// <param name="first">The first day.</param>
    /// <returns>One verdict per day.</returns>
    public static DailyVerdict[] Detect(long[] counts, LocalDate first)
    {
        var verdicts = new DailyVerdict[counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            var day = first.PlusDays(i);
            if (i < Window * Season)
            {
                verdicts[i] = new DailyVerdict(day, counts[i], AnomalyStatus.InsufficientHistory, VolumeDirection.None, null, null);
                continue;
            }

            double w0 = counts[i - Season], w1 = counts[i - (2 * Season)], w2 = counts[i - (3 * Season)], w3 = counts[i - (4 * Season)];
            var mean = (w0 + w1 + w2 + w3) / Window;
            var sigma = Math.Sqrt((((w0 - mean) * (w0 - mean)) + ((w1 - mean) * (w1 - mean)) + ((w2 - mean) * (w2 - mean)) + ((w3 - mean) * (w3 - mean))) / (Window - 1));
            if (sigma == 0)
            {
                verdicts[i] = new DailyVerdict(day, counts[i], AnomalyStatus.NoVariation, VolumeDirection.None, mean, sigma);
                continue;
            }

            var score = (counts[i] - mean) / sigma;
            var direction = score > K ? VolumeDirection.Spike : score < -K ? VolumeDirection.Drop : VolumeDirection.None;
            verdicts[i] = new DailyVerdict(day, counts[i], AnomalyStatus.Evaluated, direction, mean, sigma);
        }

        return verdicts;
    }

    /// <summary>
    /// The straightforward LINQ a user writes: group the company's mentions by local date into a dictionary, then for
    /// each day take the same weekday of the four weeks before with LINQ.
    /// </summary>
    /// <param name="mentions">The mentions.</param>
    /// <param name="zone">The time zone days are read in.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public static List<DailyVerdict> Linq(Mention[] mentions, DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var counts = mentions
            .Where(m => m.Subject == Subject.Company)
            .GroupBy(m => m.PublishedAt.InZone(zone).Date)
            .ToDictionary(g => g.Key, g => (long)g.Count());
        return DetectWithLinq(counts, first, last);
    }

    /// <summary>Judges each day of a range against the same weekday of the four weeks before, with LINQ.</summary>
    /// <param name="counts">The count of each day that has mentions.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public static List<DailyVerdict> DetectWithLinq(Dictionary<LocalDate, long> counts, LocalDate first, LocalDate last)
    {
        var days = Enumerable.Range(0, Period.Between(first, last, PeriodUnits.Days).Days + 1).Select(first.PlusDays).ToList();
        return days
            .Select((day, i) =>
            {
                var observed = counts.GetValueOrDefault(day);
                if (i < Window * Season)
                {
                    return new DailyVerdict(day, observed, AnomalyStatus.InsufficientHistory, VolumeDirection.None, null, null);
                }

                var window = Enumerable.Range(1, Window).Select(k => (double)counts.GetValueOrDefault(days[i - (k * Season)])).ToArray();
                var mean = window.Average();
                var sigma = Math.Sqrt(window.Sum(x => (x - mean) * (x - mean)) / (window.Length - 1));
                if (sigma == 0)
                {
                    return new DailyVerdict(day, observed, AnomalyStatus.NoVariation, VolumeDirection.None, mean, sigma);
                }

                var score = (observed - mean) / sigma;
                return new DailyVerdict(
                    day, observed, AnomalyStatus.Evaluated, score > K ? VolumeDirection.Spike : score < -K ? VolumeDirection.Drop : VolumeDirection.None, mean, sigma);
            })
            .ToList();
    }

    /// <summary>Reads the library's verdicts, to compare them.</summary>
    /// <param name="verdicts">The library's verdicts.</param>
    /// <returns>The verdicts.</returns>
    public static List<DailyVerdict> FromLibrary(IReadOnlyList<VolumeAnomaly> verdicts) =>
        verdicts.Select(v => new DailyVerdict(v.Period.Start, v.Observed, v.Status, v.Direction, v.Baseline, v.Spread)).ToList();
}
