using System.Diagnostics;
using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// The memory bounds of docs/quality.md: the peak working set of a dashboard over streamed records and over the same
/// records held, and of each renderer writing a dashboard of many objectives to a file. Each case runs in a process of
/// its own, since a process's peak working set only grows.
/// </summary>
public static class MemoryMode
{
    /// <summary>The peak working set, in MiB, at or above which a bounded case fails.</summary>
    public const double BoundMb = 200;

    private const int Posts = 1_000_000;
    private const int Mentions = 5_000_000;
    private const int Objectives = 100_000;

    private static readonly ReportingPeriod December = ReportingPeriod.Month(2025, 12);
    private static readonly IClock Clock = new FixedClock(Instant.FromUtc(2026, 1, 5, 8, 0));

    /// <summary>The cases, with whether their peak must stay under <see cref="BoundMb"/>.</summary>
    private static readonly (string Name, bool Bounded, string What)[] Cases =
    [
        ("dashboard-streamed", true, $"dashboard of December 2025 over {Posts:N0} posts and {Mentions:N0} mentions, streamed"),
        ("dashboard-held", false, $"the same dashboard over the same records held in memory"),
        ("render-json", true, $"JSON of a dashboard of {Objectives:N0} objectives, to a file"),
        ("render-html", true, $"HTML of the same dashboard, to a file"),
        ("render-markdown", true, $"Markdown of the same dashboard, to a file"),
    ];

    /// <summary>Runs every case, or only the bounded ones, each in a process of its own, and prints a table.</summary>
    /// <param name="boundedOnly">Whether to skip the cases that hold their records (what CI runs).</param>
    /// <returns>0 when every bounded case stayed under <see cref="BoundMb"/>, 1 otherwise.</returns>
    public static int Run(bool boundedOnly)
    {
        var failed = false;
        Console.WriteLine("| case | peak working set | bound |");
        Console.WriteLine("|---|--:|--:|");
        foreach (var (name, bounded, what) in Cases.Where(c => c.Bounded || !boundedOnly))
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { UseShellExecute = false, RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(MemoryMode).Assembly.Location);
            }

            start.ArgumentList.Add("memory-case");
            start.ArgumentList.Add(name);
            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd().Trim();
            child.WaitForExit();
            var peakMb = child.ExitCode == 0 ? double.Parse(output, CultureInfo.InvariantCulture) : double.NaN;
            var over = bounded && !(peakMb < BoundMb);
            failed |= over;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {what} | {peakMb:F1} MB | {(bounded ? $"< {BoundMb} MB{(over ? " FAILED" : string.Empty)}" : "none")} |"));
        }

        return failed ? 1 : 0;
    }

    /// <summary>Runs one case in this process and prints its peak working set in MiB.</summary>
    /// <param name="name">The case.</param>
    /// <returns>0.</returns>
    public static int RunCase(string name)
    {
        switch (name)
        {
            case "dashboard-streamed":
                Build(ActivityData.Streamed(ActivityGenerator.StreamPosts(Posts), ActivityGenerator.StreamMentions(Mentions)));
                break;
            case "dashboard-held":
                Build(new ActivityData(ActivityGenerator.StreamPosts(Posts), mentions: ActivityGenerator.StreamMentions(Mentions)));
                break;
            case "render-json":
                Render(new JsonDashboardRenderer());
                break;
            case "render-html":
                Render(new HtmlDashboardRenderer());
                break;
            case "render-markdown":
                Render(new MarkdownDashboardRenderer());
                break;
            default:
                throw new ArgumentException($"Unknown case '{name}'; the cases are {string.Join(", ", Cases.Select(c => c.Name))}.", nameof(name));
        }

        using var process = Process.GetCurrentProcess();
        Console.WriteLine((process.PeakWorkingSet64 / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture));
        return 0;
    }

    private static KpiDashboard Build(ActivityData data, IReadOnlyList<Objective>? objectives = null) =>
        DashboardBuilder.CreateDefault(Clock, ActivityGenerator.Paris).Build(new DashboardRequest(December) { Data = data, Objectives = objectives ?? [] });

    /// <summary>A dashboard of one objective over a small activity, its evaluation repeated: the renderer's cost alone.</summary>
    private static void Render(IDashboardRenderer renderer)
    {
        var objective = new Objective(
            id: "engagement",
            statement: "Raise the engagement rate of our posts",
            indicator: BuiltInIndicators.EngagementRate,
            target: Target.IncreaseTo(0.06),
            start: new LocalDate(2025, 7, 1),
            deadline: new LocalDate(2026, 6, 30));
        var dashboard = Build(new ActivityData(ActivityGenerator.Posts(10_000)), [objective]);
        dashboard = dashboard with { Objectives = Enumerable.Repeat(dashboard.Objectives[0], Objectives).ToList() };
        var path = Path.Combine(Path.GetTempPath(), $"kpitoolkit-memory-{Environment.ProcessId}.out");
        try
        {
            renderer.RenderToFile(dashboard, path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
