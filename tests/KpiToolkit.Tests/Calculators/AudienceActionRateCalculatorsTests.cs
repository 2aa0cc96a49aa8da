using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

/// <summary>Conversation, amplification and applause rates: Kaushik's rates share one shape, tested together.</summary>
public class AudienceActionRateCalculatorsTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly AudienceHistory Audience = new([Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000)]);

    // comments 4, 6, 11; shares 1, 2, 6; reactions 10, 20, 90
    private static readonly SocialPost[] ThreePosts =
    [
        Post("p1", Instagram, At(2026, 3, 5), comments: 4, shares: 1, reactions: 10),
        Post("p2", Instagram, At(2026, 3, 6), comments: 6, shares: 2, reactions: 20),
        Post("p3", Instagram, At(2026, 3, 7), comments: 11, shares: 6, reactions: 90),
    ];

    private static readonly AudienceActionRateOptions PerFollower = new() { Basis = AudienceActionBasis.PerFollower };

    [Fact]
    public void ConversationRate_PerPost_IsCommentsPerPost()
    {
        var calculator = new ConversationRateCalculator();

        var result = calculator.Calculate(ThreePosts, March);

        // (4 + 6 + 11) / 3 posts = 21 / 3 = 7
        result.Value!.Value.Should().BeApproximately(7, 1e-12);
        result.Indicator.Should().Be(IndicatorKeys.ConversationRate);
        result.Unit.Should().Be(IndicatorUnit.Ratio);
        calculator.Indicator.Should().Be(BuiltInIndicators.ConversationRate);
        result.Method.Should().Be("ratio of sums: comments / post");
    }

    [Fact]
    public void ConversationRate_PerFollower_IsAFraction()
    {
        var calculator = new ConversationRateCalculator(PerFollower);

        var result = calculator.Calculate(ThreePosts, March, Audience);

        // (4 + 6 + 11) / (1,000 × 3) = 21 / 3,000 = 0.007
        result.Value!.Value.Should().BeApproximately(0.007, 1e-12);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Indicator.Should().Be(IndicatorKeys.ConversationRatePerFollower);
        calculator.Indicator.Should().BeSameAs(BuiltInIndicators.ConversationRatePerFollower);
        calculator.Indicator.Name.Should().Be("Conversation rate per follower");
        result.Method.Should().Be("ratio of sums: comments / followers at publication");
    }

    [Fact]
    public void AmplificationRate_PerPostAndPerFollower()
    {
        var perPost = new AmplificationRateCalculator().Calculate(ThreePosts, March);
        var perFollower = new AmplificationRateCalculator(PerFollower).Calculate(ThreePosts, March, Audience);

        // (1 + 2 + 6) / 3 = 3
        perPost.Value!.Value.Should().BeApproximately(3, 1e-12);
        perPost.Unit.Should().Be(IndicatorUnit.Ratio);

        // 9 / 3,000 = 0.003
        perFollower.Value!.Value.Should().BeApproximately(0.003, 1e-12);
        perFollower.Unit.Should().Be(IndicatorUnit.Fraction);
        perFollower.Indicator.Should().Be(IndicatorKeys.AmplificationRatePerFollower);
        new AmplificationRateCalculator(PerFollower).Indicator.Should().BeSameAs(BuiltInIndicators.AmplificationRatePerFollower);
    }

    [Fact]
    public void ApplauseRate_PerPostAndPerFollower()
    {
        var perPost = new ApplauseRateCalculator().Calculate(ThreePosts, March);
        var perFollower = new ApplauseRateCalculator(PerFollower).Calculate(ThreePosts, March, Audience);

        // (10 + 20 + 90) / 3 = 40
        perPost.Value!.Value.Should().BeApproximately(40, 1e-12);
        perPost.Indicator.Should().Be(IndicatorKeys.ApplauseRate);

        // 120 / 3,000 = 0.04
        perFollower.Value!.Value.Should().BeApproximately(0.04, 1e-12);
        perFollower.Unit.Should().Be(IndicatorUnit.Fraction);
        perFollower.Indicator.Should().Be(IndicatorKeys.ApplauseRatePerFollower);
        new ApplauseRateCalculator(PerFollower).Indicator.Should().BeSameAs(BuiltInIndicators.ApplauseRatePerFollower);
    }

    public static TheoryData<AudienceActionBasis> Bases => new() { AudienceActionBasis.PerPost, AudienceActionBasis.PerFollower };

    [Theory]
    [MemberData(nameof(Bases))]
    public void EveryBasis_ResultKeyHasTheResultUnitInTheCatalog(AudienceActionBasis basis)
    {
        var options = new AudienceActionRateOptions { Basis = basis };
        PostRatioCalculator[] calculators = [new ConversationRateCalculator(options), new AmplificationRateCalculator(options), new ApplauseRateCalculator(options)];

        foreach (var calculator in calculators)
        {
            var result = calculator.Calculate(ThreePosts, March, Audience);

            // Formatting through the catalog must use the unit the value was computed in: 0.007 is 0.70 %, 7 is 7.00.
            var fromCatalog = IndicatorCatalog.BuiltIn.Get(result.Indicator);
            fromCatalog.Unit.Should().Be(result.Unit, $"{result.Indicator} must have one unit whatever the basis");
            fromCatalog.Should().BeSameAs(calculator.Indicator);
        }
    }

    [Fact]
    public void PerPostAndPerFollower_UseDifferentKeys()
    {
        var perPost = new ConversationRateCalculator().Indicator;
        var perFollower = new ConversationRateCalculator(PerFollower).Indicator;

        perFollower.Key.Should().NotBe(perPost.Key);
        perFollower.Key.Value.Should().Be("conversation-rate-per-follower");
        new AmplificationRateCalculator(PerFollower).Indicator.Key.Value.Should().Be("amplification-rate-per-follower");
        new ApplauseRateCalculator(PerFollower).Indicator.Key.Value.Should().Be("applause-rate-per-follower");
    }

    [Fact]
    public void ConversationRate_Median_IsTheMedianCommentCount()
    {
        var result = new ConversationRateCalculator(new AudienceActionRateOptions { Aggregation = Aggregation.Median }).Calculate(ThreePosts, March);

        // sorted 4, 6, 11 → 6
        result.Value!.Value.Should().BeApproximately(6, 1e-12);
    }

    [Fact]
    public void ConversationRate_PostWithoutComments_IsSkippedNotZero()
    {
        var result = new ConversationRateCalculator().Calculate([.. ThreePosts, Post("p4", Instagram, At(2026, 3, 8), reactions: 5)], March);

        // still 21 / 3 = 7; read as 0 it would be 21 / 4 = 5.25
        result.Value!.Value.Should().BeApproximately(7, 1e-12);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Constructor_UndefinedBasis_ThrowsNamingTheOption()
    {
        var act = () => new ConversationRateCalculator(new AudienceActionRateOptions { Basis = (AudienceActionBasis)5 });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "AudienceActionRateOptions.Basis")
            .WithMessage("*not a defined AudienceActionBasis value*");
    }
}
