using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Activity;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests.Calculators;

public partial class KpiCalculatorRegistryTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly SocialPost[] TwoPosts =
    [
        // 10 engagements, reach 100, impressions 400; 500 engagements, reach 50,000, impressions 100,000
        Posts.Post("a", Channel.Instagram, Posts.At(2026, 3, 2), reactions: 6, comments: 3, shares: 1, reach: 100, impressions: 400),
        Posts.Post("b", Channel.Instagram, Posts.At(2026, 3, 3), reactions: 300, comments: 150, shares: 50, reach: 50_000, impressions: 100_000),
    ];

    private static ServiceProvider Build(Action<IServiceCollection>? before = null, Action<IKpiToolkitBuilder>? after = null, Action<KpiToolkitOptions>? configure = null)
    {
        var services = new ServiceCollection();
        before?.Invoke(services);
        var builder = services.AddKpiToolkit(configure);
        after?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddKpiToolkit_RegistryHasTheBuiltInCalculators()
    {
        using var provider = Build();

        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();

        registry.Calculators.Select(c => c.Indicator.Key).Should().BeEquivalentTo(
            KpiCalculatorRegistry.CreateDefault().Calculators.Select(c => c.Indicator.Key));
        registry.Get(IndicatorKeys.EngagementRate).Should().BeOfType<EngagementRateCalculator>();
        registry.Get(IndicatorKeys.ReachRate).Should().BeOfType<ReachRateCalculator>();
    }

    [Fact]
    public void AddKpiToolkit_CalculatorsUseTheConfiguredCalendar()
    {
        using var provider = Build(configure: options => options.TimeZone = Zones.Paris);

        var calculator = (EngagementRateCalculator)provider.GetRequiredService<IKpiCalculatorRegistry>().Get(IndicatorKeys.EngagementRate);

        calculator.Calendar.Zone.Should().BeSameAs(Zones.Paris);
    }

    [Fact]
    public void AddCalculator_HostCalculatorIsReachableAndItsIndicatorJoinsTheCatalog()
    {
        using var provider = Build(after: builder => builder.AddCalculator<PublishedPostsCalculator>(PublishedPostsCalculator.Definition));

        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();
        var catalog = provider.GetRequiredService<IndicatorCatalog>();

        var calculator = registry.Get(PublishedPostsCalculator.Key);
        calculator.Should().BeOfType<PublishedPostsCalculator>();
        catalog.Contains(PublishedPostsCalculator.Key).Should().BeTrue();
        catalog.Get(PublishedPostsCalculator.Key).Name.Should().Be("Published posts");
        registry.Get(IndicatorKeys.EngagementRate).Should().BeOfType<EngagementRateCalculator>("the built-ins stay");
        calculator.Calculate(new ActivityData(TwoPosts), March).Value.Should().Be(2);
    }

    [Fact]
    public void AddCalculator_SameKeyAsABuiltIn_ReplacesIt()
    {
        using var provider = Build(after: builder => builder.AddCalculator<ConstantEngagementCalculator>());

        provider.GetRequiredService<IKpiCalculatorRegistry>().Get(IndicatorKeys.EngagementRate).Should().BeOfType<ConstantEngagementCalculator>();
    }

    [Fact]
    public void RegisteredOptions_ChangeTheResolvedVariant()
    {
        using var provider = Build(before: services => services.AddSingleton(new EngagementRateOptions { Denominator = PostDenominator.Impressions }));

        var calculator = provider.GetRequiredService<IKpiCalculatorRegistry>().Get(IndicatorKeys.EngagementRate);

        ((EngagementRateCalculator)calculator).Denominator.Should().Be(PostDenominator.Impressions);

        // (10 + 500) / (400 + 100,000) = 510 / 100,400
        calculator.Calculate(new ActivityData(TwoPosts), March).Value!.Value.Should().BeApproximately(510.0 / 100_400, 1e-12);
    }

    [Fact]
    public void RegisteredOptions_AfterAddKpiToolkit_AlsoApply()
    {
        using var provider = Build(after: builder => builder.Services.AddSingleton(new EngagementRateOptions { Aggregation = Aggregation.MeanOfRatios }));

        var calculator = provider.GetRequiredService<IKpiCalculatorRegistry>().Get(IndicatorKeys.EngagementRate);

        // (0.1 + 0.01) / 2 = 0.055
        calculator.Calculate(new ActivityData(TwoPosts), March).Value!.Value.Should().BeApproximately(0.055, 1e-12);
    }

    [Fact]
    public void ResolvedCalculators_GiveTheSameNumbersAsTheTypedMethods()
    {
        using var provider = Build();
        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();
        var audience = new[] { Posts.Snapshot(Channel.Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000) };
        var data = new ActivityData(TwoPosts, audience);

        registry.Get(IndicatorKeys.EngagementRate).Calculate(data, March)
            .Should().Be(new EngagementRateCalculator().Calculate(TwoPosts, March));
        registry.Get(IndicatorKeys.ReachRate).Calculate(data, March, Channel.Instagram)
            .Should().Be(new ReachRateCalculator().ToResult(new ReachRateCalculator().Accumulate(TwoPosts, March, data.Audience, Channel.Instagram), March, Channel.Instagram));
        registry.Get(IndicatorKeys.PostingFrequency).Calculate(data, March)
            .Should().Be(new PostingFrequencyCalculator().Calculate(TwoPosts, March));

        // reach rate: (100 + 50,000) / (1,000 + 1,000) = 25.05
        registry.Get(IndicatorKeys.ReachRate).Calculate(data, March).Value!.Value.Should().BeApproximately(25.05, 1e-12);
    }

    [Fact]
    public void AddKpiToolkit_RegistersTheBestTimeAnalyzerWithTheCalendar()
    {
        using var provider = Build(configure: options => options.TimeZone = Zones.Paris);

        provider.GetRequiredService<BestTimeToPostAnalyzer>().Calendar.Zone.Should().BeSameAs(Zones.Paris);
    }

    /// <summary>A host calculator of its own indicator: the number of posts published in the period.</summary>
    private sealed class PublishedPostsCalculator : IKpiCalculator
    {
        public static readonly IndicatorKey Key = new("published-posts");

        public static readonly Indicator Definition = new(
            Key, "Published posts", IndicatorUnit.Count, Polarity.HigherIsBetter,
            IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month, minimumValue: 0);

        public Indicator Indicator => Definition;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
        {
            var interval = ReportingCalendar.Utc.ToInterval(period);
            var count = data.Posts.Count(p => interval.Contains(p.PublishedAt) && (channel is null || p.Channel == channel.Value));
            return KpiResult.Available(Key, IndicatorUnit.Count, period, channel, count, new KpiInputs(count, null, count), "posts in the period");
        }
    }

    /// <summary>A host calculator that takes over a built-in key.</summary>
    private sealed class ConstantEngagementCalculator : IKpiCalculator
    {
        public Indicator Indicator => BuiltInIndicators.EngagementRate;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, 0.5, new KpiInputs(1, 2, 1), "always one half");
    }
}
