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
/// <c>BenchmarkDotNet.Artifacts/results</c>, so a run of one scenario updates that scenario's tables and keeps the others.
/// </summary>
public static class PerformanceReport
{
    /// <summary>The comment the generated section starts after.</summary>
    public const string BeginMarker = "<!-- benchmark-results:begin (written by the report mode of benchmarks/KpiToolkit.Benchmarks; do not edit) -->";

    /// <summary>The comment the generated section ends before.</summary>
    public const string EndMarker = "<!-- benchmark-results:end -->";

    private const string CsvSuffix = "-report.csv";
    private const string MarkdownSuffix = "-report-github.md";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // The contenders in the order the tables list them; any other method comes after them.
    private static readonly string[] Order = ["StructLoop", "RowLoop", "LibraryColumns", "Library", "Linq", "DuckDb"];

    private static readonly (string Class, string Title)[] Scenarios =
    [
        ("EngagementRateBenchmarks", "Engagement rate by channel and month"),
        ("PostingFrequencyBenchmarks", "Posting frequency by channel and week"),
        ("MentionSpikeBenchmarks", "Mention volume per day and its spikes"),
        ("DashboardBenchmarks", "Dashboard of December 2025"),
    ];

    /// <summary>Runs the mode.</summary>
    /// <param name="args">The arguments after <c>report</c>: <c>--no-run</c>, or BenchmarkDotNet's options.</param>
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
        var options = args.Where(arg => arg != "--no-run").ToList();
        if (options.Count == args.Length)
        {
            if (!options.Any(arg => arg.StartsWith("--filter", StringComparison.Ordinal) || arg == "-f"))
            {
                options.AddRange(["--filter", "*"]);
            }

            if (!options.Any(arg => arg.StartsWith("--job", StringComparison.Ordinal) || arg == "-j"))
            {
                options.AddRange(["--job", "short"]);
            }

            var bdnArgs = options.ToArray();
            BenchmarkSwitcher.FromAssembly(typeof(PerformanceReport).Assembly).Run(bdnArgs, Config(bdnArgs, artifacts));
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

        var section = Render(Path.Combine(artifacts, "results"));
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
    /// <returns>The markdown, or null when there is no report.</returns>
    public static string? Render(string results)
    {
        var runs = new List<(string Title, DateTime Written, List<Row> Rows)>();
        string? environment = null;
        foreach (var (name, title) in Scenarios)
        {
            var csv = Path.Combine(results, $"KpiToolkit.Benchmarks.{name}{CsvSuffix}");
            if (!File.Exists(csv))
            {
                continue;
            }

            runs.Add((title, File.GetLastWriteTime(csv), ReadRows(csv)));
            environment ??= ReadEnvironment(Path.Combine(results, $"KpiToolkit.Benchmarks.{name}{MarkdownSuffix}"));
        }

        if (runs.Count == 0)
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
        var contenders = runs.SelectMany(run => run.Rows.Select(row => row.Method)).Distinct().OrderBy(Rank).ToList();
        Line($"| scenario | records | {string.Join(" | ", contenders)} |");
        Line($"|---|--:|{string.Concat(contenders.Select(_ => "--:|"))}");
        foreach (var (title, _, rows) in runs)
        {
            foreach (var size in rows.GroupBy(row => row.Records))
            {
                var baseline = size.FirstOrDefault(row => row.Method == "StructLoop")?.Mean;
                var cells = contenders.Select(method => size.FirstOrDefault(row => row.Method == method) is { } row ? Ratio(row.Mean, baseline) : " ");
                Line($"| {title} | {Records(size.Key)} | {string.Join(" | ", cells)} |");
            }
        }

        foreach (var (title, written, rows) in runs)
        {
            Line($"");
            Line($"### {title}");
            Line($"");
            Line($"Run of {written:yyyy-MM-dd}.");
            Line($"");
            Line($"| records | contender | mean | noise | ns per record | allocated | × struct | × row |");
            Line($"|--:|---|--:|--:|--:|--:|--:|--:|");
            foreach (var size in rows.GroupBy(row => row.Records))
            {
                var structMean = size.FirstOrDefault(row => row.Method == "StructLoop")?.Mean;
                var rowMean = size.FirstOrDefault(row => row.Method == "RowLoop")?.Mean;
                foreach (var row in size.OrderBy(row => Rank(row.Method)))
                {
                    Line($"| {Records(row.Records)} | {row.Method} | {Time(row.Mean)} | {Noise(row)} | {PerRecord(row)} | {Bytes(row.Allocated)} | {Ratio(row.Mean, structMean)} | {Ratio(row.Mean, rowMean)} |");
                }
            }
        }

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

    private static int Rank(string method) => Array.IndexOf(Order, method) is var i and >= 0 ? i : Order.Length;

    private static List<Row> ReadRows(string path)
    {
        var lines = File.ReadAllLines(path);
        var separator = lines[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var header = Split(lines[0], separator);
        int Column(string name) => Array.FindIndex(header, column => column == name || column.StartsWith(name + " [", StringComparison.Ordinal));
        var method = Column("Method");
        var mean = Column("Mean");
        var stdDev = Column("StdDev");
        var allocated = Column("Allocated");
        if (method < 0 || mean < 0 || stdDev < 0 || allocated < 0)
        {
            throw new InvalidDataException($"{path} lacks a Method, Mean, StdDev or Allocated column.");
        }

        int[] counts = [Column("Count"), Column("Posts"), Column("Mentions")];
        var rows = new List<Row>();
        foreach (var line in lines.Skip(1).Where(line => line.Length > 0))
        {
            var cells = Split(line, separator);
            var records = counts.Where(c => c >= 0).Sum(c => (long)(Number(cells[c], header[c]) ?? 0));
            rows.Add(new Row(cells[method].Trim('\''), records, Number(cells[mean], header[mean]), Number(cells[stdDev], header[stdDev]), Number(cells[allocated], header[allocated])));
        }

        return rows;
    }

    /// <summary>Splits a CSV line, honouring double quotes.</summary>
    private static string[] Split(string line, char separator)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static string? ReadEnvironment(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var text = File.ReadAllText(path);
        var open = text.IndexOf("```", StringComparison.Ordinal);
        var close = open < 0 ? -1 : text.IndexOf("```", open + 3, StringComparison.Ordinal);
        return close < 0 ? null : text[(open + 3)..close];
    }

    /// <summary>
    /// Reads a number of a report: a time in nanoseconds, a size in bytes or a plain number, whether the unit is in the
    /// header (as the report mode writes it) or after the value (as BenchmarkDotNet's default CSV does).
    /// </summary>
    private static double? Number(string cell, string header)
    {
        var text = cell.Trim();
        if (text is "-" or "0")
        {
            return 0;
        }

        var unit = header.EndsWith(']') ? header[(header.LastIndexOf('[') + 1)..^1] : string.Empty;
        var space = text.LastIndexOf(' ');
        if (space > 0)
        {
            unit = text[(space + 1)..];
            text = text[..space];
        }

        var factor = unit switch
        {
            "ns" or "B" or "" => 1.0,
            "μs" or "us" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "KB" => 1024.0,
            "MB" => 1024.0 * 1024,
            "GB" => 1024.0 * 1024 * 1024,
            _ => double.NaN,
        };
        return double.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, Invariant, out var value) && !double.IsNaN(factor) ? value * factor : null;
    }

    private static string Records(long records) => records switch
    {
        100_000 => "10^5",
        1_000_000 => "10^6",
        2_000_000 => "10^6 + 10^6",
        10_000_000 => "10^7",
        _ => records.ToString("N0", Invariant),
    };

    private static string Time(double? nanoseconds) => nanoseconds switch
    {
        null => "—",
        >= 1e9 => string.Create(Invariant, $"{nanoseconds / 1e9:F2} s"),
        >= 1e6 => string.Create(Invariant, $"{nanoseconds / 1e6:F2} ms"),
        >= 1e3 => string.Create(Invariant, $"{nanoseconds / 1e3:F1} µs"),
        _ => string.Create(Invariant, $"{nanoseconds:F0} ns"),
    };

    private static string Noise(Row row) =>
        row.Mean is > 0 && row.StdDev is { } sd ? string.Create(Invariant, $"±{100 * sd / row.Mean:F1} %") : "—";

    private static string PerRecord(Row row) =>
        row.Mean is { } mean && row.Records > 0 ? string.Create(Invariant, $"{mean / row.Records:F1}") : "—";

    private static string Bytes(double? bytes) => bytes switch
    {
        null => "—",
        >= 1024 * 1024 * 1024 => string.Create(Invariant, $"{bytes / (1024 * 1024 * 1024):F2} GB"),
        >= 1024 * 1024 => string.Create(Invariant, $"{bytes / (1024 * 1024):F1} MB"),
        >= 1024 => string.Create(Invariant, $"{bytes / 1024:F1} KB"),
        _ => string.Create(Invariant, $"{bytes:F0} B"),
    };

    private static string Ratio(double? mean, double? baseline) =>
        mean is { } m && baseline is > 0 ? string.Create(Invariant, $"{m / baseline.Value:F2}") : "—";

    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KpiToolkit.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private sealed record Row(string Method, long Records, double? Mean, double? StdDev, double? Allocated);
}
