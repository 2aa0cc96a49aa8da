using System.Globalization;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Perfolizer.Horology;
using Perfolizer.Metrology;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// The <c>report</c> mode: runs the benchmarks (every one, <c>--job short</c>, unless the command line says otherwise),
/// then rewrites the results section of <c>docs/performance.md</c>, between its marker comments, from the CSV and
/// markdown reports BenchmarkDotNet wrote. With <c>--no-run</c> it only rewrites the page from the reports already in
/// <c>BenchmarkDotNet.Artifacts/results</c>. A scenario without a report there keeps the tables the page shows, so a run
/// of one scenario updates that scenario's tables and keeps the others, even in a fresh clone.
/// Unless a <c>--filter</c> is given (or with <c>--import</c>), it then measures the import of an X export with
/// <see cref="ImportBenchmarks"/> at each size of <see cref="ImportBenchmarks.ReportSizes"/> and writes its table too;
/// when there are no import figures to read, the page keeps the import table it had.
/// </summary>
public static partial class PerformanceReport
{
    /// <summary>The comment the generated section starts after.</summary>
    public const string BeginMarker = "<!-- benchmark-results:begin (written by the report mode of benchmarks/KpiToolkit.Benchmarks; do not edit) -->";

    /// <summary>The comment the generated section ends before.</summary>
    public const string EndMarker = "<!-- benchmark-results:end -->";

    /// <summary>The comment the import's table starts after, inside the generated section.</summary>
    public const string ImportBeginMarker = "<!-- import-results:begin -->";

    /// <summary>The comment the import's table ends before.</summary>
    public const string ImportEndMarker = "<!-- import-results:end -->";

    /// <summary>The file, in BenchmarkDotNet's results folder, the import's figures are written to.</summary>
    public const string ImportCsv = "KpiToolkit.Benchmarks.Import-report.csv";

    /// <summary>The runs of each way of the import, in a process of its own.</summary>
    public const int ImportRuns = 5;

    private const string CsvSuffix = "-report.csv";
    private const string MarkdownSuffix = "-report-github.md";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The contenders in the order the tables list them; any other method comes after them.
    private static readonly string[] Order = ["StructLoop", "RowLoop", "ColumnLoop", "LibraryColumns", "Library", "Linq", "DuckDb"];

    private static readonly (string Class, string Title)[] Scenarios =
    [
        ("EngagementRateBenchmarks", "Engagement rate by channel and month"),
        ("PostingFrequencyBenchmarks", "Posting frequency by channel and week"),
        ("MentionSpikeBenchmarks", "Mention volume per day and its spikes"),
        ("DashboardBenchmarks", "Dashboard of December 2025"),
    ];

    /// <summary>Runs the mode.</summary>
    /// <param name="args">
    /// The arguments after <c>report</c>: <c>--no-run</c>; <c>--import</c>, to measure the import even with a
    /// <c>--filter</c> (it is measured whenever no <c>--filter</c> is given); <c>--import-sizes 100,1024</c>, the
    /// sizes of the export in MiB (implies <c>--import</c>); or BenchmarkDotNet's options.
    /// </param>
    /// <returns>0 when the page was written, 1 otherwise.</returns>
    public static int Run(string[] args)
    {
        var root = RepositoryRoot();
        if (root is null)
        {
            Console.Error.WriteLine("report: run it from the repository (the folder of KpiToolkit.sln or below it).");
            return 1;
        }

        var artifacts = Path.Combine(root, "BenchmarkDotNet.Artifacts");
        var noRun = args.Contains("--no-run");
        var import = args.Contains("--import");
        var sizes = ImportBenchmarks.ReportSizes;
        var options = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--import-sizes" && i + 1 < args.Length)
            {
                sizes = [.. args[++i].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(size => int.Parse(size, NumberStyles.AllowThousands, Invariant))];
                import = true;
            }
            else if (args[i] is not ("--no-run" or "--import"))
            {
                options.Add(args[i]);
            }
        }

        var importResults = Path.Combine(artifacts, "results", ImportCsv);
        if (!noRun)
        {
            var filtered = options.Any(arg => arg.StartsWith("--filter", StringComparison.Ordinal) || arg == "-f");
            import |= !filtered;
            if (!filtered)
            {
                options.AddRange(["--filter", "*"]);
            }

            if (!options.Any(arg => arg.StartsWith("--job", StringComparison.Ordinal) || arg == "-j"))
            {
                options.AddRange(["--job", "short"]);
            }

            var bdnArgs = options.ToArray();
            BenchmarkSwitcher.FromAssembly(typeof(PerformanceReport).Assembly).Run(bdnArgs, Config(bdnArgs, artifacts));
            if (import)
            {
                // Written afresh: each way of each size appends its line from its own process.
                Directory.CreateDirectory(Path.GetDirectoryName(importResults)!);
                var partial = importResults + ".partial";
                File.Delete(partial);
                var failed = false;
                foreach (var size in sizes)
                {
                    failed |= ImportBenchmarks.Run(size, ImportRuns, partial) != 0;
                }

                if (failed)
                {
                    Console.Error.WriteLine("report: a way of the import failed; its table is not rewritten.");
                }
                else
                {
                    File.Move(partial, importResults, overwrite: true);
                }
            }
        }

        var page = Path.Combine(root, "docs", "performance.md");
        var text = File.ReadAllText(page);
        var begin = text.IndexOf(BeginMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            Console.Error.WriteLine($"report: {page} lacks the markers {BeginMarker} and {EndMarker}.");
            return 1;
        }

        var importTable = File.Exists(importResults)
            ? RenderImport(File.ReadAllLines(importResults).Where(line => line.Length > 0).Select(ImportResult.Parse).ToList(), File.GetLastWriteTime(importResults))
            : PreviousImport(text[begin..end]);
        string? section;
        try
        {
            section = Render(Path.Combine(artifacts, "results"), importTable, text[begin..end]);
        }
        catch (InvalidOperationException partial)
        {
            Console.Error.WriteLine($"report: {partial.Message}");
            return 1;
        }

        if (section is null)
        {
            Console.Error.WriteLine($"report: no results in {Path.Combine(artifacts, "results")}: run without --no-run first.");
            return 1;
        }

        var written = string.Concat(text.AsSpan(0, begin + BeginMarker.Length), "\n", section, text.AsSpan(end));
        File.WriteAllText(page, written);
        Console.WriteLine($"report: wrote the results into {page}");
        return 0;
    }

    /// <summary>
    /// The configuration of a reported run: <see cref="RunCost"/>'s job, the usual columns and analysers, and exporters
    /// that write what <see cref="Render"/> reads: a CSV report with times in nanoseconds and sizes in bytes, units in
    /// the header only, and the GitHub markdown report (for the environment).
    /// </summary>
    /// <param name="args">The command-line arguments, which take precedence.</param>
    /// <param name="artifacts">Where BenchmarkDotNet writes.</param>
    /// <returns>The configuration.</returns>
    public static IConfig Config(string[] args, string artifacts)
    {
        var style = new SummaryStyle(Invariant, printUnitsInHeader: true, SizeUnit.B, TimeUnit.Nanosecond, printUnitsInContent: false, printZeroValuesInContent: true);
        var defaults = DefaultConfig.Instance;
        return ManualConfig.CreateEmpty()
            .AddJob(RunCost.Job(args).AsMutator())
            .AddColumnProvider(defaults.GetColumnProviders().ToArray())
            .AddLogger(ConsoleLogger.Default)
            .AddAnalyser(defaults.GetAnalysers().ToArray())
            .AddValidator(defaults.GetValidators().ToArray())
            .AddExporter(MarkdownExporter.GitHub, new CsvExporter(CsvSeparator.Semicolon, style))
            .WithArtifactsPath(artifacts);
    }

    /// <summary>Renders the results section from BenchmarkDotNet's reports.</summary>
    /// <param name="results">The folder of the reports.</param>
    /// <param name="importTable">The import's table, markers included, or null.</param>
    /// <param name="previous">The results section the page holds, whose tables a scenario without a report keeps; or null.</param>
    /// <returns>The markdown, or null when there is no report.</returns>
    public static string? Render(string results, string? importTable = null, string? previous = null)
    {
        // Each scenario in the page's order: measured afresh from its report, or kept as the page showed it.
        var scenarios = new List<(string Title, DateTime Written, List<Row>? Rows, KeptScenario? Kept)>();
        string? environment = null;
        foreach (var (name, title) in Scenarios)
        {
            var csv = Path.Combine(results, $"KpiToolkit.Benchmarks.{name}{CsvSuffix}");
            if (!File.Exists(csv))
            {
                if (previous is not null && KeptScenario.From(previous, title) is { } kept)
                {
                    Console.WriteLine($"report: no report of '{title}' in {results}; the page keeps its tables.");
                    scenarios.Add((title, default, null, kept));
                }

                continue;
            }

            var rows = ReadRows(csv);

            // A run filtered to some contenders rewrites the scenario's report with them alone: its ratios would have
            // no baseline, and the page would lose the other contenders' rows.
            if (rows.GroupBy(row => row.Records).Any(size => size.All(row => row.Method != "StructLoop")))
            {
                throw new InvalidOperationException(
                    $"The last run of '{title}' measured {string.Join(", ", rows.Select(row => row.Method).Distinct())} without the struct loop: " +
                    $"run the scenario whole (report --filter '*{name}*') before rewriting the page.");
            }

            scenarios.Add((title, File.GetLastWriteTime(csv), rows, null));
            environment ??= ReadEnvironment(Path.Combine(results, $"KpiToolkit.Benchmarks.{name}{MarkdownSuffix}"));
        }

        if (scenarios.All(scenario => scenario.Rows is null) && importTable is null)
        {
            return null;
        }

        var md = new StringBuilder();
        void Line(FormattableString line) => md.Append(line.ToString(Invariant)).Append('\n');

        Line($"");
        Line($"Ratios are ratios of means: a contender's mean time over the struct loop's (`× struct`) and over the row loop's (`× row`), measured in the same run.");
        Line($"Noise is the standard deviation of the measured iterations as a share of their mean.");
        Line($"");
        Line($"### Summary: time over the struct loop's");
        Line($"");
        var contenders = scenarios
            .SelectMany(scenario => scenario.Rows?.Select(row => row.Method) ?? scenario.Kept!.Contenders)
            .Distinct()
            .OrderBy(Rank)
            .ToList();
        Line($"| scenario | records | {string.Join(" | ", contenders)} |");
        Line($"|---|--:|{string.Concat(contenders.Select(_ => "--:|"))}");
        foreach (var (title, _, rows, kept) in scenarios)
        {
            if (kept is not null)
            {
                foreach (var (records, cells) in kept.Summary)
                {
                    Line($"| {title} | {records} | {string.Join(" | ", contenders.Select(method => cells.GetValueOrDefault(method) is { Length: > 0 } cell ? cell : " "))} |");
                }

                continue;
            }

            foreach (var size in rows!.GroupBy(row => row.Records))
            {
                var baseline = size.FirstOrDefault(row => row.Method == "StructLoop")?.Mean;
                var cells = contenders.Select(method => size.FirstOrDefault(row => row.Method == method) is { } row ? Ratio(row.Mean, baseline) : " ");
                Line($"| {title} | {Records(size.Key)} | {string.Join(" | ", cells)} |");
            }
        }

        foreach (var (title, written, rows, kept) in scenarios)
        {
            Line($"");
            if (kept is not null)
            {
                md.Append(kept.Section).Append('\n');
                continue;
            }

            Line($"### {title}");
            Line($"");
            Line($"Run of {written:yyyy-MM-dd}.");
            Line($"");
            Line($"| records | contender | mean | noise | ns per record | allocated | × struct | × row |");
            Line($"|--:|---|--:|--:|--:|--:|--:|--:|");
            foreach (var size in rows!.GroupBy(row => row.Records))
            {
                var structMean = size.FirstOrDefault(row => row.Method == "StructLoop")?.Mean;
                var rowMean = size.FirstOrDefault(row => row.Method == "RowLoop")?.Mean;
                foreach (var row in size.OrderBy(row => Rank(row.Method)))
                {
                    Line($"| {Records(row.Records)} | {row.Method} | {Time(row.Mean)} | {Noise(row)} | {PerRecord(row)} | {Bytes(row.Allocated)} | {Ratio(row.Mean, structMean)} | {Ratio(row.Mean, rowMean)} |");
                }
            }
        }

        if (importTable is not null)
        {
            Line($"");
            md.Append(importTable.TrimEnd()).Append('\n');
        }

        environment ??= scenarios.Count > 0 ? KeptScenario.Environment(previous) : null;
        if (environment is not null)
        {
            Line($"");
            Line($"Environment:");
            Line($"");
            Line($"```");
            md.Append(environment.Trim()).Append('\n');
            Line($"```");
        }

        return md.ToString();
    }

    /// <summary>Renders the import's table, with its targets, between its markers.</summary>
    /// <param name="results">What each way cost at each size.</param>
    /// <param name="written">When the figures were measured.</param>
    /// <returns>The markdown.</returns>
    public static string RenderImport(IReadOnlyList<ImportResult> results, DateTime written)
    {
        var md = new StringBuilder();
        void Line(FormattableString line) => md.Append(line.ToString(Invariant)).Append('\n');
        const double MiB = 1024.0 * 1024.0;
        var runs = results.Count > 0 ? results[0].Runs : 0;
        Line($"{ImportBeginMarker}");
        Line($"");
        Line($"### Import of an X export");
        Line($"");
        Line($"Run of {written:yyyy-MM-dd}: `import` at each size, each way in a process of its own, {runs} runs each; speed in MiB of CSV per second, best and median of the runs; `× Sep` is the best speed over Sep's best; allocated is the last run's; MB are MiB.");
        Line($"Targets: the library at 80 % or more of Sep's speed (`× Sep` ≥ 0.80), a peak working set under 100 MB, and an allocation that does not grow with the file.");
        Line($"");
        Line($"| export | way | MB/s best | MB/s median | × Sep | allocated | B per row | peak working set | rows |");
        Line($"|--:|---|--:|--:|--:|--:|--:|--:|--:|");
        foreach (var size in results.GroupBy(r => r.SizeMb).OrderBy(g => g.Key))
        {
            var sep = size.FirstOrDefault(r => r.Way == "sep")?.BestMBps;
            foreach (var r in size.OrderBy(r => Array.IndexOf(ImportBenchmarks.Ways, r.Way)))
            {
                Line($"| {r.Megabytes:N0} MB | {ImportWay(r.Way)} | {r.BestMBps:F0} | {r.MedianMBps:F0} | {Ratio(r.BestMBps, sep)} | {Bytes(r.Allocated)} | {(double)r.Allocated / r.Rows:F1} | {r.PeakWorkingSet / MiB:F1} MB | {r.Rows:N0} |");
            }
        }

        Line($"");
        Line($"| target | way | {string.Join(" | ", results.Select(r => r.SizeMb).Distinct().Order().Select(s => string.Create(Invariant, $"{s:N0} MB")))} |");
        Line($"|---|---|{string.Concat(results.Select(r => r.SizeMb).Distinct().Select(_ => "---|"))}");
        foreach (var way in ImportBenchmarks.Ways.Skip(1))
        {
            var mine = results.Where(r => r.Way == way).OrderBy(r => r.SizeMb).ToList();
            var speed = mine.Select(r => results.FirstOrDefault(s => s.Way == "sep" && s.SizeMb == r.SizeMb)?.BestMBps is > 0 and var sep
                ? string.Create(Invariant, $"{r.BestMBps / sep:F2} ({(r.BestMBps / sep >= 0.80 ? "met" : "not met")})")
                : "—");
            Line($"| ≥ 0.80 × Sep | {ImportWay(way)} | {string.Join(" | ", speed)} |");
            var peak = mine.Select(r => string.Create(Invariant, $"{r.PeakWorkingSet / MiB:F1} MB ({(r.PeakWorkingSet < 100 * MiB ? "met" : "not met")})"));
            Line($"| peak < 100 MB | {ImportWay(way)} | {string.Join(" | ", peak)} |");
            var growth = mine.Select((r, i) => i == 0
                ? Bytes(r.Allocated)
                : string.Create(Invariant, $"{Bytes(r.Allocated)}, {(double)r.Allocated / mine[0].Allocated:F2} × the {mine[0].SizeMb:N0} MB one for {r.Megabytes / mine[0].Megabytes:F1} × the bytes ({((double)r.Allocated / mine[0].Allocated < 1.5 ? "met" : "not met")})"));
            Line($"| allocation flat | {ImportWay(way)} | {string.Join(" | ", growth)} |");
        }

        Line($"");
        Line($"{ImportEndMarker}");
        return md.ToString();
    }

    /// <summary>The import's table of the page, markers included, kept when there are no figures to rewrite it from.</summary>
    private static string? PreviousImport(string section)
    {
        var begin = section.IndexOf(ImportBeginMarker, StringComparison.Ordinal);
        var end = section.IndexOf(ImportEndMarker, StringComparison.Ordinal);
        if (begin < 0 || end < begin)
        {
            return null;
        }

        Console.WriteLine("report: no import figures in BenchmarkDotNet.Artifacts/results; the page keeps its import table.");
        return section[begin..(end + ImportEndMarker.Length)] + "\n";
    }

    private static string ImportWay(string way) => way switch
    {
        "sep" => "Sep alone (baseline)",
        "records" => "library, records",
        "columns" => "library, columns",
        _ => way,
    };

    private static int Rank(string method) => Array.IndexOf(Order, method) is var i and >= 0 ? i : Order.Length;
}
