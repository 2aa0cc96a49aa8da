using System.Diagnostics;
using System.Globalization;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// Scenario 1 through the library over posts generated lazily and never kept, to show that the calculator's memory
/// grows with the number of groups, not of posts.
/// </summary>
public static class StreamMode
{
    /// <summary>The peak working set, in MiB, at or above which the run fails.</summary>
    public const double PeakWorkingSetLimitMb = 200;

    /// <summary>Runs the scenario and prints what it cost.</summary>
    /// <param name="count">The number of posts.</param>
    /// <returns>0 when the peak working set stayed under <see cref="PeakWorkingSetLimitMb"/>, 1 otherwise.</returns>
    public static int Run(int count)
    {
        var stopwatch = Stopwatch.StartNew();
        var results = EngagementRateScenario.Library(ActivityGenerator.StreamPosts(count), ActivityGenerator.Paris);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var process = Process.GetCurrentProcess();
        var peakMb = process.PeakWorkingSet64 / (1024.0 * 1024.0);
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(invariant, $"stream: engagement rate by channel and month over {count:N0} lazily generated posts"));
        Console.WriteLine(string.Create(invariant, $"elapsed:           {stopwatch.Elapsed.TotalSeconds:F2} s (generation included)"));
        Console.WriteLine(string.Create(invariant, $"allocated:         {allocated:N0} bytes"));
        Console.WriteLine(string.Create(invariant, $"peak working set:  {peakMb:F1} MB (process {Environment.ProcessId})"));
        Console.WriteLine(string.Create(invariant, $"result groups:     {results.Count}"));
        if (peakMb >= PeakWorkingSetLimitMb)
        {
            Console.WriteLine(string.Create(invariant, $"FAIL: the peak working set reached {PeakWorkingSetLimitMb} MB"));
            return 1;
        }

        return 0;
    }
}
