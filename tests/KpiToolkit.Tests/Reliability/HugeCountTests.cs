using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// Two records of every kind whose counters are all near <see cref="long.MaxValue"/>: every total is exact,
/// never wrapped around, and a total that must be a <see cref="long"/> and cannot be is refused by an
/// <see cref="OverflowException"/> that names it.
/// </summary>
public class HugeCountTests
{
    private const long Huge = long.MaxValue - 1;

    // Two Huge counts as a double: 2^64 − 4 rounds to 2^64.
    private static readonly double TwoHuge = 2.0 * Huge;

    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);
    private static readonly Instant At = Instant.FromUtc(2026, 3, 10, 12, 0);
    private static readonly LocalDate Day = new(2026, 3, 10);

    private static readonly PostCounters AllHuge = new()
    {
        Impressions = Huge, Reach = Huge, Reactions = Huge, Comments = Huge, Shares = Huge, Saves = Huge, Clicks = Huge, VideoViews = Huge, Views = Huge,
    };

    private static readonly ActivityData Data = new(
        posts: [new SocialPost("a", Channel.Instagram, At, counters: AllHuge), new SocialPost("b", Channel.Instagram, At, counters: AllHuge)],
        audience:
        [
            new AudienceSnapshot(Channel.Instagram, At - Duration.FromDays(20), Huge, Huge, Huge),
            new AudienceSnapshot(Channel.LinkedIn, At - Duration.FromDays(20), Huge),
            new AudienceSnapshot(Channel.Instagram, At, Huge, Huge, Huge),
            new AudienceSnapshot(Channel.LinkedIn, At, Huge),
        ],
        mentions:
        [
            new Mention("m1", At, MentionSourceType.Blog, "ana", potentialReach: Huge, reactions: Huge, comments: Huge, shares: Huge),
            new Mention("m2", At, MentionSourceType.Blog, "Ana", potentialReach: Huge, reactions: Huge, comments: Huge, shares: Huge),
        ],
        pressArticles:
        [
            new PressArticle("p1", "Le Monde", MediaKind.Print, Day, tonality: Sentiment.Positive, potentialAudience: Huge),
            new PressArticle("p2", "Les Echos", MediaKind.Print, Day, tonality: Sentiment.Negative, potentialAudience: Huge),
        ],
        actions:
        [
            new ActionResult("x", Channel.Instagram, March, new Money(1m, "EUR"), new Money(2m, "EUR"), impressions: Huge, clicks: Huge, engagements: Huge, conversions: Huge),
            new ActionResult("y", Channel.Instagram, March, new Money(1m, "EUR"), new Money(2m, "EUR"), impressions: Huge, clicks: Huge, engagements: Huge, conversions: Huge),
        ],
        webTraffic: [new WebTrafficRecord(Day, Channel.Blog, Huge, Huge, Huge, Huge), new WebTrafficRecord(Day, Channel.Blog, Huge, Huge, Huge, Huge)],
        emailCampaigns: [new EmailCampaignReport("c", At, Huge, Huge, Huge, Huge, unsubscribes: Huge), new EmailCampaignReport("d", At, Huge, Huge, Huge, Huge, unsubscribes: Huge)],
        channelActivity: [new ChannelActivity(Channel.Instagram, Day, Huge, Huge, Huge, Huge, Huge), new ChannelActivity(Channel.Instagram, Day.PlusDays(1), Huge, Huge, Huge, Huge, Huge)]);

    [Fact]
    public void EveryCalculator_AddsHugeCountsExactly_AndStaysWithinItsBounds()
    {
        foreach (var calculator in CalculatorPropertyTests.Calculators)
        {
            var result = calculator.Calculate(Data, March);
            var name = calculator.GetType().Name;

            result.Value.Should().NotBeNull(name);
            double.IsFinite(result.Value!.Value).Should().BeTrue(name);
            calculator.Indicator.IsWithinBounds(result.Value.Value).Should().BeTrue($"{name} gave {result.Value}");
            (result.Inputs.Numerator ?? 0).Should().BeGreaterThanOrEqualTo(0, $"{name} must not wrap around");
            (result.Inputs.Denominator ?? 0).Should().BeGreaterThanOrEqualTo(0, $"{name} must not wrap around");
        }
    }

    [Theory]
    [InlineData("web-sessions")]
    [InlineData("web-visitors")]
    [InlineData("press-potential-audience")]
    [InlineData("followers")]
    [InlineData("account-impressions")]
    [InlineData("profile-visits")]
    public void Sums_AreTheExactTotalOfTwoHugeCounts(string indicator)
    {
        Calculator(indicator).Calculate(Data, March).Value.Should().Be(TwoHuge);
    }

    [Fact]
    public void Rates_DivideExactTotals()
    {
        // Three huge interactions per post over one huge reach per post, on two posts: 6 Huge / 2 Huge.
        var engagement = Calculator("engagement-rate").Calculate(Data, March);
        engagement.Value.Should().Be(3);
        engagement.Inputs.Numerator.Should().Be(3 * TwoHuge);
        engagement.Inputs.Denominator.Should().Be(TwoHuge);

        Calculator("email-open-rate").Calculate(Data, March).Value.Should().Be(1);
        Calculator("click-through-rate").Calculate(Data, March).Value.Should().Be(1);
        Calculator("average-reach-per-post").Calculate(Data, March).Value.Should().Be(Huge / 1.0);

        // Two posts of three huge interactions over the huge audience at the end of March: 6 Huge / Huge.
        var byAudience = Calculator("engagement-rate-by-audience").Calculate(Data, March);
        byAudience.Value.Should().Be(6);
        byAudience.Inputs.Numerator.Should().Be(3 * TwoHuge);
        Calculator("account-engagement-rate").Calculate(Data, March).Value.Should().Be(1);
    }

    [Fact]
    public void AuthorRanking_RefusesInteractionsBeyondALong_NamingTheAuthor()
    {
        var rank = () => new AuthorRankingAnalyzer().Rank(Data.Mentions, March);

        rank.Should().Throw<OverflowException>()
            .WithMessage("AuthorEngagement.Interactions of ana adds up to 55340232221128654836, beyond what a long can hold (9223372036854775807).");
    }

    [Fact]
    public void ChannelComparison_RefusesSessionsBeyondALong_NamingTheChannel()
    {
        var compare = () => new ChannelComparisonAnalyzer().Compare(Data, March);

        compare.Should().Throw<OverflowException>().WithMessage("ChannelRow.Sessions of Blog adds up to 18446744073709551612, *");
    }

    [Fact]
    public void ChannelComparison_RefusesVisitorsAndClicksBeyondALong_NamingThem()
    {
        var day = new LocalDate(2026, 3, 10);
        WebTrafficRecord[] visits = [new(day, Channel.Blog, 10, users: Huge), new(day, Channel.Blog, 10, users: Huge)];
        ActionResult[] clicks =
        [
            new("x", Channel.Blog, March, new Money(1m, "EUR"), clicks: Huge),
            new("y", Channel.Blog, March, new Money(1m, "EUR"), clicks: Huge),
        ];

        var byVisitors = () => new ChannelComparisonAnalyzer().Compare(visits, null, March);
        var byClicks = () => new ChannelComparisonAnalyzer().Compare([new WebTrafficRecord(day, Channel.Blog, 10)], clicks, March);

        byVisitors.Should().Throw<OverflowException>().WithMessage("ChannelRow.Visitors of Blog adds up to 18446744073709551612, *");
        byClicks.Should().Throw<OverflowException>().WithMessage("ChannelRow.Clicks of Blog adds up to 18446744073709551612, *");
    }

    [Fact]
    public void MentionInteractions_BeyondALong_AreRefusedNamingTheMention_WhileCalculatorsAddThemExactly()
    {
        var mention = Data.Mentions[0];

        var interactions = () => mention.Interactions;

        interactions.Should().Throw<OverflowException>().WithMessage("Mention.Interactions of m1 adds up to 27670116110564327418, *");
    }

    [Fact]
    public void AudienceGrowth_RefusesFollowersBeyondALong_NamingTheTotal()
    {
        var analyze = () => new AudienceGrowthCalculator().Analyze(Data.Audience, March);

        analyze.Should().Throw<OverflowException>().WithMessage("AudienceGrowth.StartFollowers over the channels adds up to 18446744073709551612, *");
    }

    [Fact]
    public void CountAccumulator_RefusesAMergeBeyondALong()
    {
        var merge = () => CountAccumulator.Merge(new CountAccumulator(Huge), new CountAccumulator(2));

        merge.Should().Throw<OverflowException>().WithMessage("The merged count adds up to 9223372036854775808, *");
    }

    private static IKpiCalculator Calculator(string key) =>
        BuiltInCalculators.Create().First(c => c.Indicator.Key == new IndicatorKey(key));
}
