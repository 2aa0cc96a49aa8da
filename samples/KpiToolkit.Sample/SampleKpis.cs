using KpiToolkit.Indicators;

namespace KpiToolkit.Sample;

/// <summary>The KPIs the dashboard shows besides those of the objectives, for all channels.</summary>
internal static class SampleKpis
{
    public static IReadOnlyList<IndicatorKey> Shown { get; } =
    [
        BuiltInIndicators.Followers.Key,
        BuiltInIndicators.FollowerGrowthRate.Key,
        BuiltInIndicators.ReachRate.Key,
        BuiltInIndicators.EngagementRate.Key,
        BuiltInIndicators.PostingFrequency.Key,
        BuiltInIndicators.PostingRegularity.Key,
        BuiltInIndicators.MentionVolume.Key,
        BuiltInIndicators.MentionEngagementRate.Key,
        BuiltInIndicators.PressArticles.Key,
        BuiltInIndicators.PressPotentialAudience.Key,
        BuiltInIndicators.ReturnOnInvestment.Key,
        BuiltInIndicators.Roas.Key,
        BuiltInIndicators.CostPerAcquisition.Key,
        BuiltInIndicators.ClickThroughRate.Key,
        BuiltInIndicators.WebSessions.Key,
        BuiltInIndicators.EmailOpenRate.Key,
        BuiltInIndicators.EmailClickRate.Key,
        BuiltInIndicators.EmailClickToOpenRate.Key,
        VideoPostShareCalculator.Definition.Key,
    ];
}
