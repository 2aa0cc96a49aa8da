using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class PeriodEngagementRateCalculatorTests
{
    private static readonly ReportingCalendar Paris = new(Zones.Paris);

    private static readonly ReportingPeriod FirstQuarter = ReportingPeriod.Custom(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));

    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly PeriodEngagementRateCalculator AtEnd = new(calendar: Paris);

    // Total interactions (reactions + comments + shares): 130 in January, 250 in February, 60 in March.
    private static readonly SocialPost[] QuarterPosts =
    [
        Post("dec", Instagram, At(2025, 12, 31), reactions: 5_000, comments: 0, shares: 0),
        Post("jan", Instagram, At(2026, 1, 15), reactions: 100, comments: 20, shares: 10),
        Post("feb", Instagram, At(2026, 2, 10), reactions: 200, comments: 30, shares: 20),
        Post("mar", Instagram, At(2026, 3, 20), reactions: 50, comments: 5, shares: 5),
        Post("apr", Instagram, At(2026, 4, 1), reactions: 5_000, comments: 0, shares: 0),
    ];

    private static readonly AudienceSnapshot[] QuarterAudience =
    [
        AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2025, 12, 31), Paris, 800),
        AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 1, 31), Paris, 900),
        AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 31), Paris, 1_000),
        AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 4, 30), Paris, 2_000),
    ];

    [Fact]
    public void Calculate_JanuaryToMarch_IsTheQuartersEngagementsOverMarchEndFollowers()
    {
        var result = AtEnd.Calculate(QuarterPosts, FirstQuarter, new AudienceHistory(QuarterAudience));

        // (130 + 250 + 60) / 1,000 followers at the end of 31 March = 440 / 1,000 = 0.44
        result.Value!.Value.Should().BeApproximately(0.44, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(440, 1_000, 3));
        result.Period.Should().Be(FirstQuarter);
        result.Indicator.Should().Be(IndicatorKeys.EngagementRateByAudience);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Method.Should().StartWith("engagements of the posts published in the period (total interactions")
            .And.EndWith(" / followers at the end of the period");
    }

    [Fact]
    public void Calculate_JanuaryToMarch_DiffersFromThePerPostRateAtPeriodEnd()
    {
        var perPost = new EngagementRateCalculator(
            new EngagementRateOptions { Denominator = PostDenominator.Followers, FollowerSnapshot = FollowerSnapshot.AtPeriodEnd }, Paris);

        var result = perPost.Calculate(QuarterPosts, FirstQuarter, new AudienceHistory(QuarterAudience));

        // Post by post, each post's engagements go over the same 1,000 followers: 440 / (3 × 1,000) ≈ 0.1467, not 0.44.
        result.Value!.Value.Should().BeApproximately(440.0 / 3_000, 1e-12);
    }

    [Fact]
    public void Calculate_PostMissingACounterOfTheComposition_IsSkippedNotReadAsZero()
    {
        SocialPost[] posts =
        [
            Post("complete", Instagram, At(2026, 3, 2), reactions: 40, comments: 5, shares: 5),
            Post("no-shares", Instagram, At(2026, 3, 3), reactions: 1_000, comments: 100),
        ];

        var result = AtEnd.Calculate(posts, March, new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 500)]));

        // Only the complete post: 50 / 500 = 0.1; the other's shares were not reported, so its total is unknown.
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(50, 500, 1, RecordsSkippedForMissingCounters: 1));
    }

    [Fact]
    public void Calculate_OwnComposition_ReadsOnlyItsCounters()
    {
        var likesAndSaves = new PeriodEngagementRateCalculator(
            new PeriodEngagementRateOptions { Composition = EngagementComposition.Of("likes and saves", PostCounter.Reactions, PostCounter.Saves) }, Paris);
        SocialPost[] posts = [Post("a", Instagram, At(2026, 3, 2), reactions: 30, saves: 10)];

        var result = likesAndSaves.Calculate(posts, March, new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 200)]));

        result.Value!.Value.Should().BeApproximately(0.2, 1e-12); // (30 + 10) / 200; no comments or shares needed
    }

    [Fact]
    public void Calculate_PlatformReported_ReadsThePlatformsOwnTotal()
    {
        var reported = new PeriodEngagementRateCalculator(new PeriodEngagementRateOptions { Composition = EngagementComposition.PlatformReported }, Paris);
        SocialPost[] posts =
        [
            new("x1", Channel.X, At(2026, 3, 2), counters: new PostCounters { Reactions = 1 }, platformFigures: PlatformFigures.Of((PlatformFigureNames.Engagements, 57m))),
            new("x2", Channel.X, At(2026, 3, 3), counters: new PostCounters { Reactions = 2 }),
        ];

        var result = reported.Calculate(posts, March, new AudienceHistory([Snapshot(Channel.X, At(2026, 3, 1), 300)]));

        // X's own 57 engagements over 300 followers = 0.19; the post without X's figure is skipped, not read as 0.
        result.Value!.Value.Should().BeApproximately(0.19, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(57, 300, 1, RecordsSkippedForMissingCounters: 1));
    }

    [Fact]
    public void Calculate_EveryPostMissingCounters_IsMissingCounters()
    {
        var result = AtEnd.Calculate([Post("a", Instagram, At(2026, 3, 2), reactions: 30)], March, new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 200)]));

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.Should().Be(new KpiInputs(null, null, 0, RecordsSkippedForMissingCounters: 1));
    }

    [Fact]
    public void Calculate_ZeroFollowers_IsZeroDenominator()
    {
        var result = AtEnd.Calculate([Engaged("a", At(2026, 3, 2), 5, reach: null)], March, new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 0)]));

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.Should().Be(new KpiInputs(5, 0, 1));
    }

    [Fact]
    public void Calculate_EmptyInput_IsNoData()
    {
        AtEnd.Calculate(Array.Empty<SocialPost>(), March, AudienceHistory.Empty).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        AtEnd.Calculate(ActivityData.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_ChannelWithoutAudience_IsSkipped_SoItsEngagementsMeetNoOtherAudience()
    {
        SocialPost[] posts =
        [
            Engaged("ig", At(2026, 3, 2), 60, reach: null),
            Engaged("li-1", At(2026, 3, 3), 500, reach: null, channel: LinkedIn),
            Engaged("li-2", At(2026, 3, 4), 500, reach: null, channel: LinkedIn),
        ];
        var audience = new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 600)]);

        var all = AtEnd.Calculate(posts, March, audience);
        var linkedIn = AtEnd.Calculate(posts, March, audience, LinkedIn);

        // Instagram alone: 60 / 600 = 0.1; LinkedIn's two posts have no audience to go over and are counted as skipped.
        all.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        all.Inputs.Should().Be(new KpiInputs(60, 600, 1, RecordsSkippedForMissingCounters: 2));
        linkedIn.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void CalculateByChannel_EachChannelOverItsOwnAudience_AndAllOverTheSum()
    {
        var posts = QuarterPosts.Append(Engaged("li", At(2026, 2, 2), 90, reach: null, channel: LinkedIn)).ToArray();
        var audience = new AudienceHistory([.. QuarterAudience, AudienceSnapshot.AtEndOfDay(LinkedIn, new LocalDate(2026, 3, 31), Paris, 300)]);

        var byChannel = AtEnd.CalculateByChannel(posts, FirstQuarter, audience);
        var all = AtEnd.Calculate(posts, FirstQuarter, audience);

        byChannel.Select(r => r.Channel).Should().Equal(Instagram, LinkedIn);
        byChannel[0].Value!.Value.Should().BeApproximately(0.44, 1e-12); // 440 / 1,000
        byChannel[1].Value!.Value.Should().BeApproximately(0.3, 1e-12);  // 90 / 300
        // (440 + 90) / (1,000 + 300) = 530 / 1,300
        all.Value!.Value.Should().BeApproximately(530.0 / 1_300, 1e-12);
        all.Inputs.Should().Be(new KpiInputs(530, 1_300, 4));
    }

    [Fact]
    public void Calculate_HugeCounts_AddUpExactly()
    {
        SocialPost[] posts =
        [
            Post("a", Instagram, At(2026, 3, 2), reactions: long.MaxValue, comments: long.MaxValue, shares: 0),
            Post("b", Instagram, At(2026, 3, 3), reactions: long.MaxValue, comments: long.MaxValue, shares: 0),
        ];

        var result = AtEnd.Calculate(posts, March, new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), long.MaxValue)]));

        // 4 × (2^63 − 1) engagements over 2^63 − 1 followers: 4, where a long sum would have wrapped around.
        result.Value!.Value.Should().BeApproximately(4, 1e-12);
    }

    [Fact]
    public void Calculate_AccountActivity_JanuaryToMarchRowsOverMarchEndFollowers()
    {
        ChannelActivity[] rows =
        [
            // A row from mid-December to mid-January straddles the quarter's start: skipped, not prorated.
            new(Instagram, new DateInterval(new LocalDate(2025, 12, 15), new LocalDate(2026, 1, 14)), engagements: 9_999),
            new(Instagram, new DateInterval(new LocalDate(2026, 1, 15), new LocalDate(2026, 1, 31)), engagements: 300),
            new(Instagram, new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), engagements: 400),
            new(Instagram, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), engagements: 500),
            new(Instagram, new LocalDate(2026, 4, 1), engagements: 9_999),
        ];

        var result = AtEnd.Calculate(rows, FirstQuarter, new AudienceHistory(QuarterAudience));

        // (300 + 400 + 500) / 1,000 = 1.2: activity on old posts can pass 100 % of the audience.
        result.Value!.Value.Should().BeApproximately(1.2, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(1_200, 1_000, 3, RecordsSkippedForMissingCounters: 1));
        result.Method.Should().Be("engagements reported for the days of the period (account activity) / followers at the end of the period");
    }

    [Fact]
    public void Calculate_ActivityData_ReadsTheSourceTheOptionsName()
    {
        var data = new ActivityData(
            posts: QuarterPosts,
            audience: QuarterAudience,
            channelActivity: [new ChannelActivity(Instagram, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), engagements: 2_000)]);
        var activity = new PeriodEngagementRateCalculator(new PeriodEngagementRateOptions { Source = EngagementSource.AccountActivity }, Paris);

        AtEnd.Calculate(data, FirstQuarter).Value!.Value.Should().BeApproximately(0.44, 1e-12);  // posts: 440 / 1,000
        activity.Calculate(data, FirstQuarter).Value!.Value.Should().BeApproximately(2, 1e-12);  // activity: 2,000 / 1,000
        activity.CalculateByChannel(data, FirstQuarter).Single().Channel.Should().Be(Instagram);
    }

    [Fact]
    public void Calculate_AccountActivity_RowWithoutEngagements_IsSkipped()
    {
        ChannelActivity[] rows = [new(Instagram, new LocalDate(2026, 3, 2), impressions: 5_000), new(Instagram, new LocalDate(2026, 3, 3), engagements: 25)];

        var result = AtEnd.Calculate(rows, March, new AudienceHistory([Snapshot(Instagram, At(2026, 3, 1), 500)]));

        result.Value!.Value.Should().BeApproximately(0.05, 1e-12); // 25 / 500
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Constructor_NullComposition_Throws()
    {
        var act = () => new PeriodEngagementRateCalculator(new PeriodEngagementRateOptions { Composition = null! });

        act.Should().Throw<ArgumentNullException>().WithParameterName("Composition");
    }

    [Fact]
    public void Constructor_UndefinedBasisOrSource_Throws()
    {
        var basis = () => new PeriodEngagementRateCalculator(new PeriodEngagementRateOptions { Audience = (AudienceBasis)9 });
        var source = () => new PeriodEngagementRateCalculator(new PeriodEngagementRateOptions { Source = (EngagementSource)9 });

        basis.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PeriodEngagementRateOptions.Audience");
        source.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("PeriodEngagementRateOptions.Source");
    }

    [Fact]
    public void Calculate_NullArguments_Throw()
    {
        var noAudience = () => AtEnd.Calculate(QuarterPosts, March, null!);
        var nullPost = () => AtEnd.Calculate(new SocialPost[] { null! }, March, AudienceHistory.Empty);

        noAudience.Should().Throw<ArgumentNullException>().WithParameterName("audience");
        nullPost.Should().Throw<ArgumentException>().WithParameterName("posts");
    }

    [Fact]
    public void AddKpiToolkit_RegistersThePeriodAndActivityCalculators_InTheConfiguredCalendar()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(options => options.TimeZone = Zones.Paris);
        using var provider = services.BuildServiceProvider();

        var registry = provider.GetRequiredService<IKpiCalculatorRegistry>();

        registry.Get(IndicatorKeys.EngagementRateByAudience).Should().BeOfType<PeriodEngagementRateCalculator>()
            .Which.Calendar.Zone.Should().BeSameAs(Zones.Paris);
        registry.Get(IndicatorKeys.AccountEngagementRate).Should().BeOfType<AccountEngagementRateCalculator>();
        registry.Get(IndicatorKeys.AccountImpressions).Should().BeOfType<AccountImpressionsCalculator>();
        registry.Get(IndicatorKeys.ProfileVisits).Should().BeOfType<ProfileVisitsCalculator>();
    }
}
