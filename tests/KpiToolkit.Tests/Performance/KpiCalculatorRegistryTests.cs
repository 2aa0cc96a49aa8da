using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>The performance calculators and analyzers, from the default registry and from the container.</summary>
public class KpiCalculatorRegistryTests
{
    private static readonly string[] Keys =
    [
        "roi",
        "roas",
        "cost-per-acquisition",
        "cost-per-click",
        "cost-per-mille",
        "cost-per-engagement",
        "click-through-rate",
        "click-conversion-rate",
        "web-sessions",
        "web-visitors",
        "web-conversion-rate",
        "email-delivery-rate",
        "email-open-rate",
        "email-click-rate",
        "email-click-to-open-rate",
        "email-bounce-rate",
        "email-unsubscribe-rate",
    ];

    public static TheoryData<string> PerformanceKeys() => [.. Keys];

    private static ServiceProvider Provider(Action<KpiToolkit.DependencyInjection.KpiToolkitOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(configure);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Theory]
    [MemberData(nameof(PerformanceKeys))]
    public void AddKpiToolkit_Registry_HasEachPerformanceCalculator(string key)
    {
        using var provider = Provider();
        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();

        registry.TryGet(new IndicatorKey(key), out var calculator).Should().BeTrue($"'{key}' must be registered");
        calculator!.Indicator.Key.Value.Should().Be(key);
        registry.Get(new IndicatorKey(key)).Should().BeSameAs(calculator);
    }

    [Theory]
    [MemberData(nameof(PerformanceKeys))]
    public void CreateDefault_Registry_HasEachPerformanceCalculator(string key)
    {
        var registry = KpiCalculatorRegistry.CreateDefault();

        registry.Get(new IndicatorKey(key)).Indicator.Key.Value.Should().Be(key);
    }

    [Fact]
    public void AddKpiToolkit_RegistryKeys_EqualTheDefaultRegistryKeys()
    {
        using var provider = Provider();

        var fromContainer = provider.GetRequiredService<IKpiCalculatorRegistry>().Calculators.Select(c => c.Indicator.Key.Value).ToList();
        var fromDefault = KpiCalculatorRegistry.CreateDefault().Calculators.Select(c => c.Indicator.Key.Value).ToList();

        fromContainer.Should().OnlyHaveUniqueItems();
        fromContainer.Should().BeEquivalentTo(fromDefault, "the container and CreateDefault must list the same built-in calculators");
        fromContainer.Should().Contain(Keys);
    }

    [Fact]
    public void AddKpiToolkit_Analyzers_Resolve()
    {
        using var provider = Provider();

        var ranking = provider.GetRequiredService<RoiRankingAnalyzer>();
        var comparison = provider.GetRequiredService<ChannelComparisonAnalyzer>();

        ranking.Should().BeSameAs(provider.GetRequiredService<RoiRankingAnalyzer>());
        comparison.Should().BeSameAs(provider.GetRequiredService<ChannelComparisonAnalyzer>());

        // They work with their defaults: ROI (200 − 100) / 100 = 1.0 scales up.
        ranking.Rank([Action("A", 100m, 200m)], March).Ranked.Single().Recommendation.Should().Be(ActionRecommendation.ScaleUp);
        comparison.Compare([], null, March).ForVisibility.Should().BeNull();
    }

    [Fact]
    public void AddKpiToolkit_EmailCalculators_UseTheConfiguredTimeZone()
    {
        using var provider = Provider(o => o.TimeZone = Zones.Paris);
        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();

        // 31 March 22:30 UTC is 1 April 00:30 in Paris, so March in Paris is empty.
        var data = new ActivityData(emailCampaigns: [new EmailCampaignReport("Late", Instant.FromUtc(2026, 3, 31, 22, 30), 100, 10, 1, delivered: 100)]);

        registry.Get(IndicatorKeys.EmailOpenRate).Calculate(data, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        registry.Get(IndicatorKeys.EmailOpenRate).Calculate(data, KpiToolkit.Time.ReportingPeriod.Month(2026, 4)).Value.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void AddKpiToolkit_RegistryCalculators_ComputeFromActivityData()
    {
        using var provider = Provider();
        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();
        var data = new ActivityData(
            actions: [Action("A", 5m, impressions: 1_000, clicks: 10), Action("B", 45m, impressions: 3_000, clicks: 90)],
            webTraffic: [Traffic(2, Channel.Website, 1_000, convertingSessions: 30, conversions: 75)]);

        var ctr = registry.Get(IndicatorKeys.ClickThroughRate).Calculate(data, March);
        var cpc = registry.Get(IndicatorKeys.CostPerClick).Calculate(data, March);
        var conversion = registry.Get(IndicatorKeys.WebConversionRate).Calculate(data, March);

        // 100 / 4,000 = 0.025; 50 / 100 = 0.5 EUR; 30 / 1,000 = 0.03
        ctr.Value.Should().BeApproximately(0.025, 1e-12);
        cpc.Value.Should().BeApproximately(0.5, 1e-12);
        cpc.Currency.Should().Be("EUR");
        conversion.Value.Should().BeApproximately(0.03, 1e-12);
    }
}
