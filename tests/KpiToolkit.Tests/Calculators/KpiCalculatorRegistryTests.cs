using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Activity;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

public partial class KpiCalculatorRegistryTests
{
    public static TheoryData<string, Type> BuiltIns => new()
    {
        { "followers", typeof(FollowersCalculator) },
        { "follower-growth-rate", typeof(AudienceGrowthCalculator) },
        { "reach-rate", typeof(ReachRateCalculator) },
        { "impression-rate", typeof(ImpressionRateCalculator) },
        { "frequency", typeof(FrequencyCalculator) },
        { "average-reach-per-post", typeof(AverageReachPerPostCalculator) },
        { "engagement-rate", typeof(EngagementRateCalculator) },
        { "conversation-rate", typeof(ConversationRateCalculator) },
        { "amplification-rate", typeof(AmplificationRateCalculator) },
        { "applause-rate", typeof(ApplauseRateCalculator) },
        { "virality-rate", typeof(ViralityRateCalculator) },
        { "posting-frequency", typeof(PostingFrequencyCalculator) },
        { "posting-regularity", typeof(PostingRegularityCalculator) },
    };

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void CreateDefault_HasACalculatorForEachBuiltInKey(string key, Type type)
    {
        var registry = KpiCalculatorRegistry.CreateDefault();

        var calculator = registry.Get(new IndicatorKey(key));

        calculator.Should().BeOfType(type);
        calculator.Indicator.Key.Should().Be(new IndicatorKey(key));
    }

    [Fact]
    public void CreateDefault_ListsEveryBuiltInCalculatorInOrder()
    {
        KpiCalculatorRegistry.CreateDefault().Calculators.Select(c => c.Indicator.Key.Value).Should().Equal(
            "followers", "follower-growth-rate", "reach-rate", "impression-rate", "frequency", "average-reach-per-post",
            "engagement-rate", "conversation-rate", "amplification-rate", "applause-rate", "virality-rate",
            "posting-frequency", "posting-regularity",
            "mention-volume", "mention-engagement-rate", "press-articles", "net-tonality", "press-potential-audience",
            "roi", "roas", "cost-per-acquisition", "cost-per-click", "cost-per-mille", "cost-per-engagement",
            "click-through-rate", "click-conversion-rate", "web-sessions", "web-visitors", "web-conversion-rate",
            "email-delivery-rate", "email-open-rate", "email-click-rate", "email-click-to-open-rate",
            "email-bounce-rate", "email-unsubscribe-rate",
            "engagement-rate-by-audience", "account-engagement-rate", "account-impressions", "profile-visits");
    }

    [Fact]
    public void CreateDefault_PassesTheCalendarToTheCalculators()
    {
        var paris = new ReportingCalendar(Zones.Paris);

        var registry = KpiCalculatorRegistry.CreateDefault(paris);

        ((EngagementRateCalculator)registry.Get(IndicatorKeys.EngagementRate)).Calendar.Should().BeSameAs(paris);
        ((PostingRegularityCalculator)registry.Get(IndicatorKeys.PostingRegularity)).Calendar.Should().BeSameAs(paris);
        ((AudienceGrowthCalculator)registry.Get(IndicatorKeys.FollowerGrowthRate)).Calendar.Should().BeSameAs(paris);
    }

    [Fact]
    public void Get_UnknownKey_ThrowsNamingTheKeyAndTheRegisteredOnes()
    {
        var act = () => KpiCalculatorRegistry.CreateDefault().Get(new IndicatorKey("share-of-voice"));

        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("No calculator computes the indicator 'share-of-voice'. Registered: followers, *engagement-rate*AddCalculator*");
    }

    [Fact]
    public void TryGet_FoundAndNotFound()
    {
        var registry = KpiCalculatorRegistry.CreateDefault();

        registry.TryGet(IndicatorKeys.Frequency, out var found).Should().BeTrue();
        found.Should().BeOfType<FrequencyCalculator>();
        registry.TryGet(IndicatorKeys.ShareOfVoice, out var missing).Should().BeFalse();
        missing.Should().BeNull();
    }

    [Fact]
    public void Constructor_SameKeyTwice_TheLaterReplacesTheEarlierInItsPlace()
    {
        var byReach = new EngagementRateCalculator();
        var byImpressions = new EngagementRateCalculator(new EngagementRateOptions { Denominator = PostDenominator.Impressions });
        var frequency = new FrequencyCalculator();

        var registry = new KpiCalculatorRegistry([byReach, frequency, byImpressions]);

        registry.Get(IndicatorKeys.EngagementRate).Should().BeSameAs(byImpressions);
        registry.Calculators.Should().Equal(byImpressions, frequency);
    }

    [Fact]
    public void Constructor_NullCalculator_ThrowsNamingCalculators()
    {
        var act = () => new KpiCalculatorRegistry([new FrequencyCalculator(), null!]);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "calculators")
            .WithMessage("calculators must not contain null*");
    }

    [Fact]
    public void Constructor_NullList_ThrowsNamingCalculators()
    {
        var act = () => new KpiCalculatorRegistry(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("calculators");
    }

    [Fact]
    public void Get_ThenCalculate_GivesTheSameNumbersAsTheTypedCalculator()
    {
        var posts = new[]
        {
            Posts.Post("a", Channel.Instagram, Posts.At(2026, 3, 2), reactions: 6, comments: 3, shares: 1, reach: 100),
            Posts.Post("b", Channel.Instagram, Posts.At(2026, 3, 3), reactions: 300, comments: 150, shares: 50, reach: 50_000),
        };
        var march = ReportingPeriod.Month(2026, 3);

        var result = KpiCalculatorRegistry.CreateDefault().Get(IndicatorKeys.EngagementRate).Calculate(new ActivityData(posts), march);

        // 510 / 50,100
        result.Value!.Value.Should().BeApproximately(510.0 / 50_100, 1e-12);
        result.Should().Be(new EngagementRateCalculator().Calculate(posts, march));
    }
}
