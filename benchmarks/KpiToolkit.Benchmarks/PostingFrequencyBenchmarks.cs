using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Calculators;

namespace KpiToolkit.Benchmarks;

/// <summary>Scenario 2: the posting frequency by channel and ISO week, Europe/Paris.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[BenchmarkCategory("PostingFrequency")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class PostingFrequencyBenchmarks
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
            Verification.CheckPostingFrequency(_posts);
        }
    }

    /// <summary>The hand-written loop.</summary>
    /// <returns>The groups.</returns>
    [Benchmark(Baseline = true)]
    public List<FrequencyGroup> HandLoop() => PostingFrequencyScenario.HandLoop(_posts, ActivityGenerator.Paris.Zone);

    /// <summary>The LINQ a user writes.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public List<FrequencyGroup> Linq() => PostingFrequencyScenario.Linq(_posts, ActivityGenerator.Paris.Zone);

    /// <summary>The library's calculator.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<KpiResult> Library() => PostingFrequencyScenario.Library(_posts, ActivityGenerator.Paris);
}
