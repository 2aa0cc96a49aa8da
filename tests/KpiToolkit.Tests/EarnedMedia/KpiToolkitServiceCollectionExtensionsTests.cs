using KpiToolkit.Calculators;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>The earned-media services AddKpiToolkit registers and the builder methods that add more.</summary>
public class KpiToolkitServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Action<IKpiToolkitBuilder>? after = null, Action<KpiToolkitOptions>? configure = null)
    {
        var services = new ServiceCollection();
        var builder = services.AddKpiToolkit(configure);
        after?.Invoke(builder);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddKpiToolkit_RegistersTheEarnedMediaCalculatorsButNotShareOfVoice()
    {
        using var provider = Build();

        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();

        registry.Get(IndicatorKeys.MentionVolume).Should().BeOfType<MentionVolumeCalculator>();
        registry.Get(IndicatorKeys.MentionEngagementRate).Should().BeOfType<MentionEngagementRateCalculator>();
        registry.Get(IndicatorKeys.PressArticles).Should().BeOfType<PressArticlesCalculator>();
        registry.Get(IndicatorKeys.NetTonality).Should().BeOfType<NetTonalityCalculator>();
        registry.Get(IndicatorKeys.PressPotentialAudience).Should().BeOfType<PressPotentialAudienceCalculator>();
        registry.TryGet(IndicatorKeys.ShareOfVoice, out _).Should().BeFalse();
        provider.GetServices<IKpiCalculator>().OfType<ShareOfVoiceCalculator>().Should().BeEmpty();
    }

    [Fact]
    public void AddKpiToolkit_EarnedMediaServicesUseTheConfiguredCalendar()
    {
        using var provider = Build(configure: options => options.TimeZone = Zones.Paris);

        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();

        ((MentionVolumeCalculator)registry.Get(IndicatorKeys.MentionVolume)).Calendar.Zone.Should().BeSameAs(Zones.Paris);
        ((MentionEngagementRateCalculator)registry.Get(IndicatorKeys.MentionEngagementRate)).Calendar.Zone.Should().BeSameAs(Zones.Paris);
        provider.GetRequiredService<AuthorRankingAnalyzer>().Calendar.Zone.Should().BeSameAs(Zones.Paris);
        provider.GetRequiredService<SpikeExplainer>().Should().NotBeNull();
        provider.GetRequiredService<PressCoverageAnalyzer>().Syndication.Should().Be(SyndicationCounting.PerOutlet);
    }

    [Fact]
    public void AddShareOfVoice_AddsTheCalculatorForTheSet()
    {
        using var provider = Build(builder => builder.AddShareOfVoice(ShareOfVoiceWeight.Count, "Le Creuset"));

        var calculator = provider.GetRequiredService<IKpiCalculatorRegistry>().Get(IndicatorKeys.ShareOfVoice);

        var shareOfVoice = calculator.Should().BeOfType<ShareOfVoiceCalculator>().Subject;
        shareOfVoice.Set.Should().Equal(KpiToolkit.Activity.Subject.Company, Earned.LeCreuset);
        shareOfVoice.Weight.Should().Be(ShareOfVoiceWeight.Count);
        provider.GetRequiredService<IndicatorCatalog>().Contains(IndicatorKeys.ShareOfVoice).Should().BeTrue();
    }

    [Fact]
    public void AddShareOfVoice_Twice_KeepsOneCalculatorWithTheLastSet()
    {
        using var provider = Build(builder => builder
            .AddShareOfVoice(ShareOfVoiceWeight.Count, "Le Creuset")
            .AddShareOfVoice(ShareOfVoiceWeight.PotentialReach, "Staub", "Mauviel"));

        var calculators = provider.GetServices<IKpiCalculator>().OfType<ShareOfVoiceCalculator>().ToList();

        calculators.Should().ContainSingle();
        calculators[0].Weight.Should().Be(ShareOfVoiceWeight.PotentialReach);
        calculators[0].Set.Select(s => s.Name).Should().Equal("company", "Staub", "Mauviel");
        provider.GetRequiredService<IKpiCalculatorRegistry>().Get(IndicatorKeys.ShareOfVoice).Should().BeSameAs(calculators[0]);
    }

    [Fact]
    public void AddShareOfVoice_NoCompetitor_Throws()
    {
        var builder = new ServiceCollection().AddKpiToolkit();

        var act = () => builder.AddShareOfVoice(ShareOfVoiceWeight.Count);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "competitors")
            .WithMessage("*at least one competitor*");
    }

    [Fact]
    public void AddKpiToolkit_RegistersBothBuiltInDetectors()
    {
        using var provider = Build();

        var detectors = provider.GetServices<IVolumeAnomalyDetector>().ToList();

        detectors.Select(d => d.GetType()).Should().Equal(typeof(StandardDeviationDetector), typeof(ModifiedZScoreDetector));
        detectors.Select(d => d.Name).Should().Equal("mean ± 2σ over 7 periods", "modified z-score > 3.5 over 7 periods");
    }

    [Fact]
    public void AddVolumeAnomalyDetector_AddsItOnceBesideTheBuiltIns()
    {
        using var provider = Build(builder => builder.AddVolumeAnomalyDetector<MyDetector>().AddVolumeAnomalyDetector<MyDetector>());

        var detectors = provider.GetServices<IVolumeAnomalyDetector>().ToList();

        detectors.Should().HaveCount(3);
        detectors.OfType<MyDetector>().Should().ContainSingle();
        detectors.OfType<StandardDeviationDetector>().Should().ContainSingle();
        detectors.OfType<ModifiedZScoreDetector>().Should().ContainSingle();
    }

    private sealed class MyDetector : IVolumeAnomalyDetector
    {
        public string Name => "never anything";

        public IReadOnlyList<VolumeAnomaly> Detect(IReadOnlyList<VolumePoint> series) =>
            series.Select(p => new VolumeAnomaly
            {
                Period = p.Period, Observed = p.Count, Status = AnomalyStatus.InsufficientHistory, Direction = VolumeDirection.None, HistoryUsed = 0,
            }).ToList();
    }
}
