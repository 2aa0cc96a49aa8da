using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Calculators;

namespace KpiToolkit.Benchmarks;

/// <summary>Scenario 1: the engagement rate by channel and month, Europe/Paris.</summary>
/// <remarks>Each contender's setup builds only the records it reads, so the others' do not weigh on its collections.</remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[BenchmarkCategory("EngagementRate")]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class EngagementRateBenchmarks : IDisposable
{
    private SocialPost[] _posts = [];
    private CompactPosts _compact = new([], []);
    private PostColumns _columns = PostColumns.Empty;
    private DuckDbActivity? _duckDb;

    /// <summary>Gets or sets the number of posts, spread over three years.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Count { get; set; }

    /// <summary>Creates the posts, then their compact copy, and keeps only the copy.</summary>
    [GlobalSetup(Target = nameof(StructLoop))]
    public void SetupStructs() => _compact = CompactPosts.From(ActivityGenerator.Posts(Count));

    /// <summary>Creates the posts.</summary>
    [GlobalSetup(Targets = [nameof(RowLoop), nameof(Linq), nameof(Library)])]
    public void SetupRows() => _posts = ActivityGenerator.Posts(Count);

    /// <summary>Creates the posts, then their columns, and keeps only the columns.</summary>
    [GlobalSetup(Targets = [nameof(ColumnLoop), nameof(LibraryColumns)])]
    public void SetupColumns() => _columns = PostColumns.From(ActivityGenerator.Posts(Count));

    /// <summary>Creates the posts, loads them into DuckDB, and keeps only the database.</summary>
    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb() => _duckDb = DuckDbActivity.Load(ActivityGenerator.Paris.Zone, posts: ActivityGenerator.Posts(Count));

    /// <summary>The baseline: the hand-written loop over an array of structs.</summary>
    /// <returns>The groups.</returns>
    [Benchmark(Baseline = true)]
    public List<EngagementGroup> StructLoop() =>
        EngagementRateScenario.StructLoop(_compact, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The hand-written loop over the library's post objects.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public List<EngagementGroup> RowLoop() =>
        EngagementRateScenario.RowLoop(_posts, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The hand-written loop over the library's columns.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public List<EngagementGroup> ColumnLoop() =>
        EngagementRateScenario.ColumnLoop(_columns, ActivityGenerator.Paris.Zone, ActivityGenerator.FirstDay, ActivityGenerator.LastDay);

    /// <summary>The LINQ a user writes.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public List<EngagementGroup> Linq() => EngagementRateScenario.Linq(_posts, ActivityGenerator.Paris.Zone);

    /// <summary>The library's calculator over the post objects.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<KpiResult> Library() => EngagementRateScenario.Library(_posts, ActivityGenerator.Paris);

    /// <summary>The library's calculator over the posts as columns.</summary>
    /// <returns>The results.</returns>
    [Benchmark]
    public IReadOnlyList<KpiResult> LibraryColumns() => EngagementRateScenario.LibraryColumns(_columns, ActivityGenerator.Paris);

    /// <summary>The SQL query in DuckDB, in process.</summary>
    /// <returns>The groups.</returns>
    [Benchmark]
    public List<EngagementGroup> DuckDb() => _duckDb!.EngagementRate();

    /// <summary>Closes the DuckDB database.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _duckDb?.Dispose();
        _duckDb = null;
        GC.SuppressFinalize(this);
    }
}
