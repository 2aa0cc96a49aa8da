using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using NodaTime;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Calculators;

/// <summary>
/// One rule for ratios of sums in every family: a record whose numerator and denominator are both reported adds to
/// both sums, even when its denominator is 0.
/// </summary>
public class RatioOfSumsRuleTests
{
    [Fact]
    public void Posts_AMonthWithNoViewsKeepsItsLikes()
    {
        // A reel no one viewed yet has 228,260 likes (a platform counts them before views); another 10 likes on 1,000 views.
        // Engagement rate by video views: (228,260 + 10) / (0 + 1,000) = 228.27.
        var calculator = new EngagementRateCalculator(new EngagementRateOptions
        {
            Composition = EngagementComposition.Of("likes", PostCounter.Reactions),
            Denominator = PostDenominator.VideoViews,
        });
        SocialPost[] posts =
        [
            new("unviewed", Channel.YouTube, Instant.FromUtc(2026, 3, 3, 9, 0), counters: new PostCounters { Reactions = 228_260, VideoViews = 0 }),
            new("viewed", Channel.YouTube, Instant.FromUtc(2026, 3, 4, 9, 0), counters: new PostCounters { Reactions = 10, VideoViews = 1_000 }),
        ];

        var result = calculator.Calculate(posts, March);

        result.Value.Should().Be(228.27);
        result.Inputs.Should().Be(new KpiInputs(228_270, 1_000, 2, 0, 0));
    }

    [Fact]
    public void Actions_AnActionWithNoClicksKeepsItsCost()
    {
        // 30 EUR for 0 clicks, then 12 EUR for 48 clicks: cost per click = (30 + 12) / (0 + 48) = 0.875 EUR.
        var result = new CostPerClickCalculator().Calculate([Action("Dud", 30m, clicks: 0), Action("Good", 12m, clicks: 48)], March);

        result.Value.Should().BeApproximately(0.875, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(0);
    }

    [Fact]
    public void Posts_MeanOfRatios_SkipsTheZeroDenominatorAndCountsIt()
    {
        var calculator = new EngagementRateCalculator(new EngagementRateOptions
        {
            Composition = EngagementComposition.Of("likes", PostCounter.Reactions),
            Denominator = PostDenominator.VideoViews,
            Aggregation = Aggregation.MeanOfRatios,
        });
        SocialPost[] posts =
        [
            new("unviewed", Channel.YouTube, Instant.FromUtc(2026, 3, 3, 9, 0), counters: new PostCounters { Reactions = 228_260, VideoViews = 0 }),
            new("viewed", Channel.YouTube, Instant.FromUtc(2026, 3, 4, 9, 0), counters: new PostCounters { Reactions = 10, VideoViews = 1_000 }),
        ];

        var result = calculator.Calculate(posts, March);

        // Only 10 / 1,000 has a ratio of its own.
        result.Value.Should().Be(0.01);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(1);
    }
}
