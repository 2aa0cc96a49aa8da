using System.Globalization;
using BenchmarkDotNet.Running;
using KpiToolkit.Benchmarks;

// stream [count]:   scenario 1 over a lazily generated sequence (10,000,000 posts unless given).
// --verify [count]: checks that every contender agrees with the library (on 10,000 records unless given).
// report [options]: runs the benchmarks (--filter '*' --job short unless the options say otherwise), then, when no
//                   --filter is given or --import is, the import at 100 and 1,024 MB (--import-sizes 100,1024), and
//                   rewrites the results of docs/performance.md; report --no-run rewrites them from the last reports only.
// import [sizeMB]:  reads an X tweet-activity export of that size (1,024 MB unless given) with Sep alone and with the library.
// import-check:     checks on a 5 MB export that the library's figures are Sep's.
// memory [--bounded]: the peak working set of a dashboard over streamed and held records and of each renderer writing
//                   100,000 objectives to a file, each in a process of its own; --bounded skips the held records.
// nab --data DIR --out DIR [--detector NAME]: an online detector over the NAB files, scores for NAB's score.py.
// anything else:    BenchmarkDotNet, such as --filter '*' --job short (with the trimmed warmup and iteration time of RunCost).
if (args.Length > 0 && args[0] == "nab")
{
    return KpiToolkit.Benchmarks.Nab.NabRunner.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "stream")
{
    return StreamMode.Run(CountOr(10_000_000));
}

if (args.Length > 0 && args[0] == "memory")
{
    return MemoryMode.Run(boundedOnly: args.Contains("--bounded"));
}

if (args.Length > 0 && args[0] == "memory-case")
{
    return MemoryMode.RunCase(args[1]);
}

if (args.Length > 0 && args[0] == "import")
{
    return ImportBenchmarks.Run(CountOr(1024));
}

if (args.Length > 0 && args[0] == "import-way")
{
    return ImportBenchmarks.RunWay(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture), args.Length > 4 ? args[4] : null);
}

if (args.Length > 0 && args[0] == "import-check")
{
    return ImportBenchmarks.Check();
}

if (args.Length > 0 && args[0] == "--verify")
{
    return Verification.Run(CountOr(Verification.SmallCount));
}

if (args.Length > 0 && args[0] == "report")
{
    return PerformanceReport.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(EngagementRateBenchmarks).Assembly).Run(args, RunCost.Config(args));
return 0;

int CountOr(int defaultCount) =>
    args.Length > 1 ? int.Parse(args[1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : defaultCount;
