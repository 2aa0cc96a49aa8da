using System.Diagnostics;
using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Calculators;
using KpiToolkit.Import;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;
using nietras.SeparatedValues;

namespace KpiToolkit.Benchmarks;

/// <summary>What one way of reading the export found: the rows, and X's engagements and impressions by channel and month.</summary>
/// <param name="Rows">The rows read (accepted, rejected or skipped).</param>
/// <param name="Rejected">The rows rejected.</param>
/// <param name="Groups">Per month: the tweets used, their engagements (X's composition) and their impressions.</param>
public sealed record ImportFigures(long Rows, long Rejected, SortedDictionary<string, (long Used, long Engagements, long Impressions)> Groups)
{
    /// <summary>Returns the figures on one line per month.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rows:N0} rows, {Rejected:N0} rejected; ") +
        string.Join("; ", Groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key}: {g.Value.Used} tweets, {g.Value.Engagements}/{g.Value.Impressions}")));
}

/// <summary>
/// Reading a large X tweet-activity export three ways, each computing X's engagement rate (every engagement X counts,
/// over impressions) by channel and month: Sep alone, reading the same cells with the fastest parsing it offers (the
/// baseline); the library's records, streamed; the library's columns, read batch by batch.
/// </summary>
/// <remarks>
/// <c>import [sizeMB]</c> writes the export once in the temporary folder, then runs each way in a process of its own,
/// so that the peak working set is that way's. <c>import-check</c> checks on a 5 MB export that the library's figures
/// are the baseline's.
/// </remarks>
public static class ImportBenchmarks
{
    /// <summary>The sizes, in MiB, the <c>report</c> mode measures unless told otherwise.</summary>
    public static readonly int[] ReportSizes = [100, 1024];

    /// <summary>The posts of a batch of the columnar way: half the default, so that a batch's arrays (about 4.5 MiB) stay in cache.</summary>
    public const int BatchSize = 1 << 15;

    /// <summary>The ways of reading the export.</summary>
    public static readonly string[] Ways = ["sep", "records", "columns"];

    private static readonly EngagementRateOptions XRate = new()
    {
        Composition = EngagementComposition.X,
        Denominator = PostDenominator.Impressions,
    };

    // X's composition: every engagement X counts, media views aside (they are not engagements).
    private static readonly string[] EngagementColumns =
    [
        "retweets", "replies", "likes", "user profile clicks", "url clicks", "hashtag clicks", "detail expands",
        "permalink clicks", "app opens", "app installs", "follows", "email tweet", "dial phone", "media engagements",
    ];

    /// <summary>Runs every way on an export of a size, each in its own process, and prints what each cost.</summary>
    /// <param name="sizeMb">The export's size, in MiB.</param>
    /// <param name="runs">The runs of each way; the fastest and the median are reported.</param>
    /// <param name="results">A CSV file each way appends its figures to (see <see cref="ImportResult"/>), or null.</param>
    /// <returns>0 when every way's process succeeded, 1 otherwise.</returns>
    public static int Run(int sizeMb, int runs = 3, string? results = null)
    {
        var path = XTweetActivityGenerator.FileOfSize(sizeMb);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"export: {path} ({new FileInfo(path).Length / (1024.0 * 1024.0):F0} MiB)"));
        var failed = false;
        foreach (var way in Ways)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                // Started as "dotnet KpiToolkit.Benchmarks.dll": the child needs the assembly too.
                start.ArgumentList.Add(typeof(ImportBenchmarks).Assembly.Location);
            }

            string[] arguments = ["import-way", way, sizeMb.ToString(CultureInfo.InvariantCulture), runs.ToString(CultureInfo.InvariantCulture)];
            foreach (var argument in results is null ? arguments : [.. arguments, results])
            {
                start.ArgumentList.Add(argument);
            }

            using var child = Process.Start(start)!;
            child.WaitForExit();
            failed |= child.ExitCode != 0;
        }

        return failed ? 1 : 0;
    }

    /// <summary>Runs one way a few times in this process and prints its speed, allocation and peak working set.</summary>
    /// <param name="way">One of <see cref="Ways"/>.</param>
    /// <param name="sizeMb">The export's size, in MiB.</param>
    /// <param name="runs">The runs.</param>
    /// <param name="results">A CSV file to append the figures to, or null.</param>
    /// <returns>0.</returns>
    public static int RunWay(string way, int sizeMb, int runs, string? results = null)
    {
        var path = XTweetActivityGenerator.FileOfSize(sizeMb);
        var megabytes = new FileInfo(path).Length / (1024.0 * 1024.0);
        var seconds = new List<double>();
        long allocated = 0;
        ImportFigures? figures = null;
        for (var run = 0; run < runs; run++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            figures = Read(way, path);
            stopwatch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            seconds.Add(stopwatch.Elapsed.TotalSeconds);
        }

        seconds.Sort();
        var best = seconds[0];
        var median = seconds.Count % 2 == 1 ? seconds[seconds.Count / 2] : (seconds[(seconds.Count / 2) - 1] + seconds[seconds.Count / 2]) / 2;
        using var process = Process.GetCurrentProcess();
        var result = new ImportResult(way, sizeMb, megabytes, megabytes / best, megabytes / median, allocated, process.PeakWorkingSet64, figures!.Rows, runs);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant,
            $"{way,-8} {result.BestMBps,7:F0} MB/s (median {result.MedianMBps,4:F0})  {best,6:F2} s  allocated {allocated / (1024.0 * 1024.0),9:F1} MiB ({(double)allocated / figures.Rows,6:F0} B/row)  peak working set {result.PeakWorkingSet / (1024.0 * 1024.0),6:F1} MiB  {figures.Rows:N0} rows"));
        if (results is not null)
        {
            File.AppendAllLines(results, [result.ToCsv()]);
        }

        return 0;
    }

    /// <summary>Checks on a small export that the library's ways give the baseline's figures.</summary>
    /// <param name="sizeMb">The export's size, in MiB.</param>
    /// <returns>0 when every way agrees with the baseline, 1 otherwise.</returns>
    public static int Check(int sizeMb = 5)
    {
        var path = XTweetActivityGenerator.FileOfSize(sizeMb);
        var baseline = Read("sep", path);
        var failed = false;
        foreach (var way in Ways.Skip(1))
        {
            var figures = Read(way, path);
            var same = figures.Rows == baseline.Rows && figures.Rejected == baseline.Rejected && figures.Groups.SequenceEqual(baseline.Groups);
            Console.WriteLine($"{way}: {(same ? "same figures as Sep alone" : "DIFFERENT from Sep alone")} ({figures.Rows:N0} rows, {figures.Groups.Count} months)");
            if (!same)
            {
                Console.WriteLine($"  sep:  {baseline}");
                Console.WriteLine($"  {way}: {figures}");
                failed = true;
            }
        }

        Console.WriteLine(failed ? "import check: FAILED" : "import check: passed");
        return failed ? 1 : 0;
    }

    /// <summary>Reads the export one way.</summary>
    /// <param name="way">One of <see cref="Ways"/>.</param>
    /// <param name="path">The export.</param>
    /// <returns>What it found.</returns>
    public static ImportFigures Read(string way, string path) => way switch
    {
        "sep" => SepAlone(path),
        "records" => Records(path),
        "columns" => Columns(path),
        _ => throw new ArgumentException($"Unknown way '{way}'; the ways are {string.Join(", ", Ways)}.", nameof(way)),
    };

    /// <summary>
    /// The baseline: Sep reading every row and parsing the cells the library reads (the id, the time, every organic and
    /// promoted count, X's engagements and rates), then adding up X's engagements and impressions by month.
    /// </summary>
    /// <param name="path">The export.</param>
    /// <returns>What it found.</returns>
    public static ImportFigures SepAlone(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var header = reader.Header;
        var id = header.IndexOf("Tweet id");
        var time = header.IndexOf("time");
        var counts = header.ColNames.Select((name, index) => (name, index))
            .Where(c => c.index > time && !c.name.EndsWith("engagement rate", StringComparison.Ordinal)).Select(c => c.index).ToArray();
        var rates = header.IndexOf("engagement rate");
        var promotedRates = header.IndexOf("promoted engagement rate");
        var impressions = header.IndexOf("impressions");
        var promotedImpressions = header.IndexOf("promoted impressions");
        var engagementIndexes = EngagementColumns.Select(header.IndexOf).ToArray();
        var promotedIndexes = EngagementColumns.Select(c => header.IndexOf("promoted " + c)).ToArray();
        Span<long> values = stackalloc long[header.ColNames.Count];
        Span<bool> reported = stackalloc bool[header.ColNames.Count];
        var groups = new SortedDictionary<string, (long, long, long)>(StringComparer.Ordinal);
        long rows = 0;
        long rejected = 0;
        var lastMonth = string.Empty;
        var lastMonthKey = -1;
        foreach (var row in reader)
        {
            rows++;
            var ok = DateTimeOffset.TryParseExact(row[time].Span, "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                & row[id].Span.Length > 0;
            foreach (var index in counts)
            {
                var cell = row[index].Span;
                reported[index] = cell is not "-" and { Length: > 0 };
                if (reported[index])
                {
                    ok &= double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= 0 && number == Math.Floor(number);
                    values[index] = (long)number;
                }
            }

            ok &= IsRate(row[rates].Span) & IsRate(row[promotedRates].Span);
            if (!ok)
            {
                rejected++;
                continue;
            }

            _ = row[id].ToString();
            var monthKey = (at.Year * 12) + at.Month;
            if (monthKey != lastMonthKey)
            {
                lastMonthKey = monthKey;
                lastMonth = string.Create(CultureInfo.InvariantCulture, $"{at.Year:D4}-{at.Month:D2} X");
            }

            // Promoted counts are added to their organic twins, as the preset does.
            long engagements = 0;
            var complete = true;
            for (var e = 0; e < engagementIndexes.Length; e++)
            {
                var index = engagementIndexes[e];
                var promoted = promotedIndexes[e];
                complete &= reported[index];
                engagements += values[index] + (reported[promoted] ? values[promoted] : 0);
            }

            if (!complete || !reported[impressions])
            {
                continue;
            }

            var shown = values[impressions] + (reported[promotedImpressions] ? values[promotedImpressions] : 0);
            var sums = groups.GetValueOrDefault(lastMonth);
            groups[lastMonth] = (sums.Item1 + 1, sums.Item2 + engagements, sums.Item3 + shown);
        }

        return new ImportFigures(rows, rejected, groups);

        static bool IsRate(ReadOnlySpan<char> cell) =>
            cell is "-" or { Length: 0 } || decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }

    /// <summary>The library's records, streamed through the engagement rate calculator.</summary>
    /// <param name="path">The export.</param>
    /// <returns>What it found.</returns>
    public static ImportFigures Records(string path)
    {
        long rows = 0;
        long rejected = 0;
        var accepted = ImportPresets.XTweetActivity().ReadFile(path)
            .Where(row =>
            {
                rows++;
                rejected += row.Status == ImportRowStatus.Rejected ? 1 : 0;
                return row.Status == ImportRowStatus.Accepted;
            })
            .Select(row => row.Record!);
        var results = new EngagementRateCalculator(XRate, ReportingCalendar.Utc).CalculateByPeriodAndChannel(accepted, Cadence.Month);
        return new ImportFigures(rows, rejected, Groups(results));
    }

    /// <summary>The library's columns: the export read in batches whose arrays are reused, each accumulated by the calculator.</summary>
    /// <param name="path">The export.</param>
    /// <returns>What it found.</returns>
    public static ImportFigures Columns(string path)
    {
        var calculator = new EngagementRateCalculator(XRate, ReportingCalendar.Utc);
        using var reader = new StreamReader(path);
        var result = ImportPresets.XTweetActivity().AccumulatePostColumns(
            reader, part => calculator.AccumulateByPeriod(part, Cadence.Month, byChannel: true));
        var rows = result.AcceptedCount + result.Rejected.Count + result.Skipped.Count;
        return new ImportFigures(rows, result.Rejected.Count, Groups(calculator.ToResults(result.Columns)));
    }

    private static SortedDictionary<string, (long, long, long)> Groups(IReadOnlyList<KpiResult> results)
    {
        var groups = new SortedDictionary<string, (long, long, long)>(StringComparer.Ordinal);
        foreach (var result in results.Where(r => r.Inputs.RecordsUsed > 0))
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{result.Period.Start.Year:D4}-{result.Period.Start.Month:D2} {result.Channel}");
            groups[key] = (result.Inputs.RecordsUsed, (long)(result.Inputs.Numerator ?? 0), (long)(result.Inputs.Denominator ?? 0));
        }

        return groups;
    }
}

/// <summary>What one way cost on an export of one size, as <c>import-way</c> measures it in a process of its own.</summary>
/// <param name="Way">One of <see cref="ImportBenchmarks.Ways"/>.</param>
/// <param name="SizeMb">The size the export was asked for, in MiB.</param>
/// <param name="Megabytes">The export's actual size, in MiB.</param>
/// <param name="BestMBps">MiB read per second in the fastest run.</param>
/// <param name="MedianMBps">MiB read per second in the median run.</param>
/// <param name="Allocated">The bytes allocated by the last run.</param>
/// <param name="PeakWorkingSet">The process's peak working set, in bytes, over every run.</param>
/// <param name="Rows">The rows read.</param>
/// <param name="Runs">The runs.</param>
public sealed record ImportResult(string Way, int SizeMb, double Megabytes, double BestMBps, double MedianMBps, long Allocated, long PeakWorkingSet, long Rows, int Runs)
{
    /// <summary>Returns the result as a line of semicolon-separated values, in the order of the parameters.</summary>
    /// <returns>The line.</returns>
    public string ToCsv() => string.Create(CultureInfo.InvariantCulture, $"{Way};{SizeMb};{Megabytes:R};{BestMBps:R};{MedianMBps:R};{Allocated};{PeakWorkingSet};{Rows};{Runs}");

    /// <summary>Reads a line that <see cref="ToCsv"/> wrote.</summary>
    /// <param name="line">The line.</param>
    /// <returns>The result.</returns>
    public static ImportResult Parse(string line)
    {
        var c = line.Split(';');
        var invariant = CultureInfo.InvariantCulture;
        return new ImportResult(
            c[0], int.Parse(c[1], invariant), double.Parse(c[2], invariant), double.Parse(c[3], invariant), double.Parse(c[4], invariant),
            long.Parse(c[5], invariant), long.Parse(c[6], invariant), long.Parse(c[7], invariant), int.Parse(c[8], invariant));
    }
}
