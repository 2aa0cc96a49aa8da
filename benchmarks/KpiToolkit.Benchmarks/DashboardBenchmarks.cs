using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KpiToolkit.Activity;
using KpiToolkit.Benchmarks.Data;
using KpiToolkit.Benchmarks.Scenarios;
using KpiToolkit.Dashboard;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks;

/// <summary>
/// Scenario 4: the default monthly dashboard of December 2025, built on 5 January 2026 from three years of posts and
/// mentions. A million mentions over three years is about 900 a day: a well-known consumer brand and two competitors.
/// </summary>
/// <remarks>
/// The baselines compute the subset of the dashboard described on <see cref="DashboardScenario"/>. Eight warmup
/// iterations, not the one of <see cref="RunCost"/>: a dashboard calls hundreds of methods, which tiered compilation
/// keeps recompiling with their profiles over the first few dozen builds, so fewer would time the compiler.
/// </remarks>
[MemoryDiagnoser]
[CategoriesColumn]
[BenchmarkCategory("Dashboard")]
[WarmupCount(8)]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams)]
public class DashboardBenchmarks
{
    private static readonly ReportingPeriod December = ReportingPeriod.Month(2025, 12);
    private readonly IClock _clock = new FixedClock(Instant.FromUtc(2026, 1, 5, 8, 0));
    private SocialPost[] _posts = [];
    private Mention[] _mentions = [];
    private CompactPosts _compactPosts = new([], []);
    private CompactMentions _compactMentions = new([], []);
    private ActivityData _data = ActivityData.Empty;
    private ActivityData _columns = ActivityData.Empty;

    /// <summary>Gets or sets the number of posts, spread over three years.</summary>
    [Params(1_000_000)]
    public int Posts { get; set; }

    /// <summary>Gets or sets the number of mentions, spread over three years.</summary>
    [Params(1_000_000)]
    public int Mentions { get; set; }

    /// <summary>Creates the posts and the mentions, then their compact copies, and keeps only the copies.</summary>
    [GlobalSetup(Target = nameof(StructLoop))]
    public void SetupStructs()
    {
        _compactPosts = CompactPosts.From(ActivityGenerator.Posts(Posts));
        _compactMentions = CompactMentions.From(ActivityGenerator.Mentions(Mentions));
    }

    /// <summary>Creates the posts, the mentions and the activity data (which copies them) once.</summary>
    [GlobalSetup(Targets = [nameof(RowLoop), nameof(Linq), nameof(Library)])]
    public void Setup()
    {
        _posts = ActivityGenerator.Posts(Posts);
        _mentions = ActivityGenerator.Mentions(Mentions);
        _data = new ActivityData(posts: _posts, mentions: _mentions);
    }

    /// <summary>Creates the posts and the mentions, then their columns, and keeps only the columns.</summary>
    [GlobalSetup(Target = nameof(LibraryColumns))]
    public void SetupColumns() =>
        _columns = ActivityData.FromColumns(PostColumns.From(ActivityGenerator.Posts(Posts)), MentionColumns.From(ActivityGenerator.Mentions(Mentions)));

    /// <summary>The baseline: one hand-written pass over an array of post structs and one over mention structs.</summary>
    /// <returns>The figures.</returns>
    [Benchmark(Baseline = true)]
    public DashboardFigures StructLoop() => DashboardScenario.StructLoop(_compactPosts, _compactMentions, ActivityGenerator.Paris.Zone, December);

    /// <summary>One hand-written pass over the post objects and one over the mention objects.</summary>
    /// <returns>The figures.</returns>
    [Benchmark]
    public DashboardFigures RowLoop() => DashboardScenario.RowLoop(_posts, _mentions, ActivityGenerator.Paris.Zone, December);

    /// <summary>The LINQ a user writes.</summary>
    /// <returns>The figures.</returns>
    [Benchmark]
    public DashboardFigures Linq() => DashboardScenario.Linq(_posts, _mentions, ActivityGenerator.Paris.Zone, December);

    /// <summary>The library's default dashboard builder.</summary>
    /// <returns>The dashboard.</returns>
    [Benchmark]
    public KpiDashboard Library() => DashboardScenario.Library(_data, ActivityGenerator.Paris, _clock, December);

    /// <summary>The library's default dashboard builder over the posts and mentions as columns.</summary>
    /// <returns>The dashboard.</returns>
    [Benchmark]
    public KpiDashboard LibraryColumns() => DashboardScenario.LibraryColumns(_columns, ActivityGenerator.Paris, _clock, December);
}
