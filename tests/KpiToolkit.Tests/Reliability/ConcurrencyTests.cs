using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// One container's services shared by eight threads that start together and repeat the same work: each thread must get
/// exactly what the same work gives on one thread. The threads are released together by a barrier at every iteration,
/// so the calculations, builds and renderings overlap in as many ways as the scheduler makes; nothing here waits for a
/// time or measures one.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int ThreadCount = 8;
    private const int Iterations = 20;

    [Fact]
    public void AddKpiToolkit_RegistersEveryServiceAsASingleton()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit();

        // The options framework's own services (IOptionsSnapshot is scoped, the factory transient) keep their lifetimes.
        services.Where(descriptor => descriptor.ServiceType.Namespace != typeof(IOptions<>).Namespace)
            .Should().OnlyContain(descriptor => descriptor.Lifetime == ServiceLifetime.Singleton);
    }

    [Fact]
    public void TheSharedServices_AreTheSameInstances_EveryTimeAndInEveryScope()
    {
        using var provider = Workload.Services();
        using var scope = provider.CreateScope();

        var first = Resolve(provider);
        var second = Resolve(provider);
        var scoped = Resolve(scope.ServiceProvider);

        first.Select(service => service.Name).Should().Contain(["IKpiCalculatorRegistry", "DashboardBuilder", "DashboardRenderers", "html", "json", "csv", "markdown"]);
        first.Where(service => service.Instance is IKpiCalculator).Should().HaveCount(BuiltInCalculators.Create().Count);
        for (var i = 0; i < first.Count; i++)
        {
            second[i].Instance.Should().BeSameAs(first[i].Instance, "{0} is a singleton", first[i].Name);
            scoped[i].Instance.Should().BeSameAs(first[i].Instance, "{0} is a singleton, not a scoped service", first[i].Name);
        }

        var calculators = provider.GetServices<IKpiCalculator>().ToList();
        provider.GetRequiredService<IKpiCalculatorRegistry>().Calculators.Should().Equal(calculators, ReferenceEquals, "the registry holds the registered instances");
        provider.GetRequiredService<DashboardRenderers>().All.Should().Equal(provider.GetServices<IDashboardRenderer>(), ReferenceEquals);
    }

    [Fact]
    public void ResolvingForTheFirstTime_OnEightThreadsAtOnce_CreatesOneInstanceOfEach()
    {
        using var provider = Workload.Services();
        var resolved = new List<(string Name, object Instance)>[ThreadCount];

        var failures = Together.Run(
            ThreadCount,
            thread =>
            {
                resolved[thread] = Resolve(provider);
                return null;
            },
            iterations: 1);

        Together.ShouldNotHaveFailed(failures, "every thread resolves every service");
        foreach (var other in resolved.Skip(1))
        {
            other.Should().HaveCount(resolved[0].Count);
            for (var i = 0; i < other.Count; i++)
            {
                other[i].Instance.Should().BeSameAs(resolved[0][i].Instance, "{0} is created once, however many threads ask for it first", other[i].Name);
            }
        }
    }

    [Fact]
    public void TheSharedServices_OnEightThreadsAtOnce_GiveTheResultsOfOneThread()
    {
        Work expected;
        using (var alone = Workload.Services())
        {
            expected = Work.Do(alone);
        }

        expected.Outcomes.Should().NotBeEmpty();
        expected.Texts.Should().HaveCount(4 * Workload.RenderOptions.Count);

        // A container no thread has used yet, so that the first use of each service happens on eight threads at once.
        using var provider = Workload.Services();
        var failures = Together.Run(ThreadCount, _ => Work.Do(provider).DifferencesFrom(expected), Iterations);

        Together.ShouldNotHaveFailed(failures, "every thread must compute, build and render exactly what one thread does");
    }

    /// <summary>The shared services, in a fixed order, by name.</summary>
    private static List<(string Name, object Instance)> Resolve(IServiceProvider provider)
    {
        var services = new List<(string Name, object Instance)>();
        void One<T>(string? name = null)
            where T : notnull => services.Add((name ?? typeof(T).Name, provider.GetRequiredService<T>()));
        void Each<T>(Func<T, string> name) => services.AddRange(provider.GetServices<T>().Select(service => (name(service), (object)service!)));

        One<KpiToolkitOptions>();
        One<ReportingCalendar>();
        One<IndicatorCatalog>();
        One<IClock>();
        Each<ISmartRule>(rule => rule.GetType().Name);
        One<ISmartValidator>();
        Each<IKpiCalculator>(calculator => calculator.GetType().Name);
        One<IKpiCalculatorRegistry>();
        Each<IVolumeAnomalyDetector>(detector => detector.GetType().Name);
        One<AuthorRankingAnalyzer>();
        One<PressCoverageAnalyzer>();
        One<RoiRankingAnalyzer>();
        One<ChannelComparisonAnalyzer>();
        One<BestTimeToPostAnalyzer>();
        One<ObjectiveEvaluator>();
        One<DashboardBuilder>();
        Each<IDashboardRenderer>(renderer => renderer.Format);
        One<DashboardRenderers>();
        return services;
    }

    /// <summary>Every calculator over every period, the fixture's dashboard built, and rendered in every format and culture.</summary>
    private sealed record Work(List<Outcome> Outcomes, SortedDictionary<string, string> Texts)
    {
        public static Work Do(IServiceProvider provider)
        {
            // One period at a time for all channels only: CalculateMany still covers every scope, and the threads meet more often.
            var outcomes = Workload.Calculate(provider.GetServices<IKpiCalculator>(), onePeriodAtATimeForAllChannelsOnly: true);
            var dashboard = provider.GetRequiredService<DashboardBuilder>().Build(Workload.Request);
            return new Work(outcomes, Workload.Render(provider.GetServices<IDashboardRenderer>(), dashboard));
        }

        public IEnumerable<string> DifferencesFrom(Work expected)
        {
            if (Outcomes.Count != expected.Outcomes.Count)
            {
                yield return $"{Outcomes.Count} outcomes instead of {expected.Outcomes.Count}";
            }

            foreach (var (actual, wanted) in Outcomes.Zip(expected.Outcomes).Where(pair => !pair.First.Equals(pair.Second)))
            {
                yield return $"{actual} instead of {wanted}";
            }

            foreach (var (key, text) in expected.Texts)
            {
                if (!Texts.TryGetValue(key, out var rendered) || !string.Equals(rendered, text, StringComparison.Ordinal))
                {
                    yield return $"the {key} rendering differs from one thread's";
                }
            }
        }
    }
}
