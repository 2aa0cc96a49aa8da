using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Perfolizer.Horology;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// Keeps a full run (<c>--job short --filter '*'</c>) under ten minutes on two cores: whatever job is chosen, one warmup
/// iteration instead of three and iterations of 250 ms instead of 500 ms, unless the command line sets them.
/// </summary>
/// <remarks>
/// BenchmarkDotNet forces two full collections before every iteration, and with 10 million posts on the heap (about
/// 2.6 GB, 30 million objects) each pair costs about a second, so every iteration saved counts. The jitting and pilot
/// stages have already run each method before the warmup, and the largest cases run too few times for tiering to
/// change during the measured iterations.
/// </remarks>
public static class RunCost
{
    /// <summary>Returns the configuration to run the benchmarks with.</summary>
    /// <param name="args">The command-line arguments, which take precedence.</param>
    /// <returns>The default configuration, with the trimmed warmup and iteration time the arguments do not set.</returns>
    public static IConfig Config(string[] args) => DefaultConfig.Instance.AddJob(Job(args).AsMutator());

    /// <summary>Returns the job settings the command line leaves to this class.</summary>
    /// <param name="args">The command-line arguments, which take precedence.</param>
    /// <returns>A job with the trimmed warmup and iteration time the arguments do not set.</returns>
    public static Job Job(string[] args)
    {
        var job = BenchmarkDotNet.Jobs.Job.Default;
        if (!Mentions(args, "--warmupCount"))
        {
            job = job.WithWarmupCount(1);
        }

        if (!Mentions(args, "--iterationTime"))
        {
            job = job.WithIterationTime(TimeInterval.FromMilliseconds(250));
        }

        return job;
    }

    private static bool Mentions(string[] args, string option) =>
        args.Any(arg => arg.Equals(option, StringComparison.OrdinalIgnoreCase) || arg.StartsWith(option + "=", StringComparison.OrdinalIgnoreCase));
}
