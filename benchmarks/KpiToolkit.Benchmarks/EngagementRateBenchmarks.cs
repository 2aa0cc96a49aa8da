using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Calculators;

namespace KpiToolkit.Benchmarks;

/// <summary>Scenario 1: the engagement rate by channel and month, Europe/Paris.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[BenchmarkCategory("EngagementRate")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class EngagementRateBenchmarks
{
    private SocialPost[] _posts = [];

    /// <summary>Gets or sets the number of posts, spread over three years.</summary>
    [Params(10_000, 1_000_000, 10_000_000)]
    public int Count { get; set; }

    /// <summary>Creates the posts, and checks on the smallest size that the three versions agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _posts = ActivityGenerator.Posts(Count);
        if (Count <= Verification.SmallCount)
        {
            Verification.CheckEngagementRate(_posts);
        }
    }

    /// <summary>The hand-written loop.</summary>
    /// <returns>The groups.</returns>
    [Benchmark(Baseline = true)]
    public List<EngagementGroup> HandLoop() => EngagementRateScenario.HandLoop(_posts, ActivityGenerator.Paris.Zone);

    /// <summary>The LINQ a user writes.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public List<EngagementGroup> Linq() => EngagementRateScenario.Linq(_posts, ActivityGenerator.Paris.Zone);

    /// <summary>The library's calculator.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<KpiResult> Library() => EngagementRateScenario.Library(_posts, ActivityGenerator.Paris);
}
