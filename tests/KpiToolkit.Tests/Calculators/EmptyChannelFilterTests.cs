using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

/// <summary>The empty (default) channel is not "every channel": every calculator refuses it as a filter, at the call.</summary>
public class EmptyChannelFilterTests
{
    private const string Message = "channel must be null or a named channel, not the empty (default) channel.*";

    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly Channel Empty = default;

    private static readonly SocialPost[] SomePosts = [Post("p1", Instagram, At(2026, 3, 2), reactions: 5, comments: 1, shares: 1, reach: 100, impressions: 200)];

    private static readonly ActivityData Data = new(SomePosts, [Snapshot(Instagram, At(2026, 3, 1), 1_000), Snapshot(Instagram, At(2026, 3, 20), 1_100)]);

    public static TheoryData<string> CalculatorNames() =>
        [.. BuiltInCalculators.Create().Select(c => c.GetType().Name).Append(nameof(ShareOfVoiceCalculator))];

    private static IKpiCalculator Named(string name) =>
        name == nameof(ShareOfVoiceCalculator)
            ? new ShareOfVoiceCalculator(new ShareOfVoiceOptions { Competitors = { "Staub" } })
            : BuiltInCalculators.Create().Single(c => c.GetType().Name == name);

    [Theory]
    [MemberData(nameof(CalculatorNames))]
    public void Calculate_EmptyChannel_ThrowsNamingChannel(string calculator)
    {
        var act = () => Named(calculator).Calculate(Data, March, Empty);

        act.Should().Throw<ArgumentException>().WithParameterName("channel").WithMessage(Message);
    }

    [Fact]
    public void TypedEntryPoints_EmptyChannel_ThrowNamingChannel()
    {
        var engagement = new EngagementRateCalculator();
        var mentions = new MentionEngagementRateCalculator();
        Action[] calls =
        [
            () => engagement.Accumulate(SomePosts, March, channel: Empty),
            () => engagement.ToResult(new RatioAccumulator(Aggregation.RatioOfSums), March, Empty),
            () => mentions.Accumulate([], March, Empty),
            () => mentions.ToResult(new RatioAccumulator(Aggregation.RatioOfSums), March, Empty),
            () => new MentionVolumeCalculator().Calculate([], March, Empty),
            () => new PostingFrequencyCalculator().Calculate(SomePosts, March, Empty),
            () => new PostingRegularityCalculator().Analyze(SomePosts, March, Empty),
            () => new AudienceGrowthCalculator().Analyze(Data.Audience, March, Empty),
            () => new RoiCalculator().Calculate([], March, Empty),
            () => new WebSessionsCalculator().Calculate([], March, Empty),
            () => new WebConversionRateCalculator().Calculate([], March, Empty),
            () => new ShareOfVoiceCalculator(new ShareOfVoiceOptions { Competitors = { "Staub" } }).Analyze([], March, Empty),
            () => new RatioAccumulator(Aggregation.RatioOfSums).ToResult(BuiltInIndicators.EngagementRate, March, Empty, "method"),
        ];

        for (var i = 0; i < calls.Length; i++)
        {
            calls[i].Should().Throw<ArgumentException>($"call {i} must refuse the empty channel").WithParameterName("channel").WithMessage(Message);
        }
    }

    [Fact]
    public void KpiResult_EmptyChannel_IsRefused()
    {
        var available = () => KpiResult.Available(IndicatorKeys.Followers, IndicatorUnit.Count, March, Empty, 1, new KpiInputs(1, null, 1), "count");
        var unavailable = () => KpiResult.Unavailable(IndicatorKeys.Followers, IndicatorUnit.Count, March, Empty, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), "count");

        available.Should().Throw<ArgumentException>().WithParameterName("channel").WithMessage(Message);
        unavailable.Should().Throw<ArgumentException>().WithParameterName("channel").WithMessage(Message);
    }

    [Fact]
    public void Calculate_NullChannel_IsStillEveryChannel()
    {
        new FollowersCalculator().Calculate(Data, March, null).Value.Should().Be(1_100);
    }
}
