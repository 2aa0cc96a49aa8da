using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Calculators;

namespace KpiToolkit.Benchmarks;

/// <summary>Scenario 3: the daily volume of the company's mentions over three years and its spikes.</summary>
[MemoryDiagnoser]
[CategoriesColumn]
[BenchmarkCategory("MentionSpikes")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class MentionSpikeBenchmarks
{
    private Mention[] _mentions = [];

    /// <summary>Gets or sets the number of mentions (of the company and two competitors), spread over three years.</summary>
    [Params(10_000, 1_000_000, 10_000_000)]
    public int Count { get; set; }

    /// <summary>Creates the mentions, and checks on the smallest size that the three versions agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _mentions = ActivityGenerator.Mentions(Count);
        if (Count <= Verification.SmallCount)
        {
            Verification.CheckMentionSpikes(_mentions);
        }
    }

    /// <summary>The hand-written loop.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark(Baseline = true)]
    public DailyVerdict[] HandLoop() =>
        MentionSpikeScenario.HandLoop(_mentions, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The LINQ a user writes.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public List<DailyVerdict> Linq() =>
        MentionSpikeScenario.Linq(_mentions, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The library's volume series and detector.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public IReadOnlyList<VolumeAnomaly> Library() =>
        MentionSpikeScenario.Library(_mentions, ActivityGenerator.Paris, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);
}
