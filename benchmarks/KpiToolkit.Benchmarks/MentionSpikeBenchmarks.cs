using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Calculators;

namespace KpiToolkit.Benchmarks;

/// <summary>Scenario 3: the daily volume of the company's mentions over three years and its spikes.</summary>
/// <remarks>Each contender's setup builds only the records it reads, so the others' do not weigh on its collections.</remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[BenchmarkCategory("MentionSpikes")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class MentionSpikeBenchmarks : IDisposable
{
    private Mention[] _mentions = [];
    private CompactMentions _compact = new([], []);
    private MentionColumns _columns = MentionColumns.Empty;
    private DuckDbActivity? _duckDb;

    /// <summary>Gets or sets the number of mentions (of the company and two competitors), spread over three years.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Count { get; set; }

    /// <summary>Creates the mentions, then their compact copy, and keeps only the copy.</summary>
    [GlobalSetup(Target = nameof(StructLoop))]
    public void SetupStructs() => _compact = CompactMentions.From(ActivityGenerator.Mentions(Count));

    /// <summary>Creates the mentions.</summary>
    [GlobalSetup(Targets = [nameof(RowLoop), nameof(Linq), nameof(Library)])]
    public void SetupRows() => _mentions = ActivityGenerator.Mentions(Count);

    /// <summary>Creates the mentions, then their columns, and keeps only the columns.</summary>
    [GlobalSetup(Target = nameof(LibraryColumns))]
    public void SetupColumns() => _columns = MentionColumns.From(ActivityGenerator.Mentions(Count));

    /// <summary>Creates the mentions, loads them into DuckDB, and keeps only the database.</summary>
    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb() => _duckDb = DuckDbActivity.Load(ActivityGenerator.Paris.Zone, mentions: ActivityGenerator.Mentions(Count));

    /// <summary>The baseline: the hand-written loop over an array of structs.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark(Baseline = true)]
    public DailyVerdict[] StructLoop() =>
        MentionSpikeScenario.StructLoop(_compact, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The hand-written loop over the library's mention objects.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public DailyVerdict[] RowLoop() =>
        MentionSpikeScenario.RowLoop(_mentions, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The LINQ a user writes.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public List<DailyVerdict> Linq() =>
        MentionSpikeScenario.Linq(_mentions, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The library's volume series and detector over the mention objects.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public IReadOnlyList<VolumeAnomaly> Library() =>
        MentionSpikeScenario.Library(_mentions, ActivityGenerator.Paris, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The library's volume series and detector over the mentions as columns.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public IReadOnlyList<VolumeAnomaly> LibraryColumns() =>
        MentionSpikeScenario.LibraryColumns(_columns, ActivityGenerator.Paris, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The SQL query in DuckDB, in process.</summary>
    /// <returns>One verdict per day.</returns>
    [Benchmark]
    public DailyVerdict[] DuckDb() => _duckDb!.MentionSpikes(ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>Closes the DuckDB database.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _duckDb?.Dispose();
        _duckDb = null;
        GC.SuppressFinalize(this);
    }
}
