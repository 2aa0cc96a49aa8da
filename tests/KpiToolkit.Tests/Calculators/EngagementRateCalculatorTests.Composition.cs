using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    // Every interaction counter a distinct value (digits in distinct places), so each sum shows which counters it took.
    private static readonly SocialPost EveryCounter = new(
        "all",
        Instagram,
        At(2026, 3, 2),
        counters: PostCounters.Of(
            (PostCounter.Reactions, 1), (PostCounter.Comments, 10), (PostCounter.Shares, 100), (PostCounter.Saves, 1_000),
            (PostCounter.Clicks, 10_000), (PostCounter.Quotes, 2), (PostCounter.LinkClicks, 20), (PostCounter.ProfileClicks, 200),
            (PostCounter.HashtagClicks, 2_000), (PostCounter.DetailExpands, 20_000), (PostCounter.PermalinkClicks, 3),
            (PostCounter.AppOpens, 30), (PostCounter.AppInstalls, 300), (PostCounter.Follows, 3_000), (PostCounter.EmailShares, 30_000),
            (PostCounter.PhoneDials, 4), (PostCounter.MediaEngagements, 40), (PostCounter.EngagedUsers, 5),
            (PostCounter.MediaViews, 400), (PostCounter.Reach, 1_000_000), (PostCounter.Impressions, 7), (PostCounter.VideoViews, 3)));

    public static TheoryData<string, long> Presets => new()
    {
        { nameof(EngagementComposition.TotalInteractions), 111 },      // reactions 1 + comments 10 + shares 100
        { nameof(EngagementComposition.AllInteractions), 11_111 },     // 1 + 10 + 100 + saves 1,000 + clicks 10,000
        { nameof(EngagementComposition.InstagramFeed), 1_011 },        // 1 + 10 + saves 1,000
        { nameof(EngagementComposition.InstagramReels), 1_111 },       // 1 + 10 + 1,000 + shares 100
        { nameof(EngagementComposition.InstagramInteractions), 1_111 }, // 1 + 10 + 100 + 1,000
        { nameof(EngagementComposition.LinkedIn), 13_111 },            // clicks 10,000 + 1 + 10 + 100 + follows 3,000
        { nameof(EngagementComposition.LinkedInApi), 10_111 },         // clicks 10,000 + 1 + 10 + 100
        { nameof(EngagementComposition.FacebookInteractions), 111 },   // 1 + 10 + 100
        { nameof(EngagementComposition.FacebookEngagedUsers), 5 },     // engaged users 5
        { nameof(EngagementComposition.YouTube), 111 },                // 1 + 10 + 100
        { nameof(EngagementComposition.XBuffer), 333 },                // 1 + 10 + 100 + quotes 2 + link clicks 20 + profile clicks 200

        // X: shares 100 + comments 10 + reactions 1 + profile clicks 200 + link clicks 20 + hashtag clicks 2,000 + detail
        // expands 20,000 + permalink clicks 3 + app opens 30 + app installs 300 + follows 3,000 + email shares 30,000 + phone
        // dials 4 + media engagements 40 = 55,708; media views (400) are not engagements.
        { nameof(EngagementComposition.X), 55_708 },
    };

    [Theory]
    [MemberData(nameof(Presets))]
    public void Calculate_Preset_SumsExactlyItsCounters(string preset, long expectedEngagements)
    {
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Composition = PresetNamed(preset) });

        var result = calculator.Calculate([EveryCounter], March);

        result.Inputs.Numerator.Should().Be(expectedEngagements);
        result.Inputs.Denominator.Should().Be(1_000_000);
        result.Value!.Value.Should().BeApproximately(expectedEngagements / 1_000_000.0, 1e-12);
        calculator.Composition.Should().BeSameAs(PresetNamed(preset));
    }

    [Fact]
    public void Calculate_PresetCounterMissing_SkipsThePost()
    {
        // Saves are part of InstagramFeed; without them the post is skipped, not counted with 0 saves.
        var noSaves = EveryCounter.Counters with { Saves = null };
        var post = new SocialPost("no-saves", Instagram, At(2026, 3, 2), counters: noSaves);

        var feed = new EngagementRateCalculator(new EngagementRateOptions { Composition = EngagementComposition.InstagramFeed }).Calculate([post], March);
        var total = new EngagementRateCalculator(new EngagementRateOptions { Composition = EngagementComposition.TotalInteractions }).Calculate([post], March);

        feed.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        total.Value!.Value.Should().BeApproximately(111 / 1_000_000.0, 1e-12, "total interactions do not need saves");
    }

    [Fact]
    public void Calculate_CustomComposition_SumsItsCounters()
    {
        var composition = EngagementComposition.Of("likes and saves", PostCounter.Reactions, PostCounter.Saves);
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Composition = composition });

        var result = calculator.Calculate([EveryCounter], March);

        // (1 + 1,000) / 1,000,000
        result.Inputs.Numerator.Should().Be(1_001);
        result.Method.Should().Be("ratio of sums: (reactions + saves) / reach");
    }

    [Fact]
    public void Calculate_OneCounterComposition_HasNoParenthesesInTheMethod()
    {
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Composition = EngagementComposition.Of("clicks", PostCounter.Clicks) });

        calculator.Method.Should().Be("ratio of sums: clicks / reach");

        // 10,000 / 1,000,000 = 0.01
        calculator.Calculate([EveryCounter], March).Value!.Value.Should().BeApproximately(0.01, 1e-12);
    }

    [Fact]
    public void Constructor_PostDenominator_ThrowsNamingDenominator()
    {
        var act = () => new EngagementRateCalculator(new EngagementRateOptions { Denominator = PostDenominator.Post });

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "Denominator")
            .WithMessage("*Denominator cannot be Post*not a rate*");
    }

    [Fact]
    public void Constructor_NullComposition_ThrowsNamingComposition()
    {
        var act = () => new EngagementRateCalculator(new EngagementRateOptions { Composition = null! });

        act.Should().Throw<ArgumentNullException>()
            .Where(e => e.ParamName == "Composition")
            .WithMessage("*Composition must not be null*");
    }

    [Fact]
    public void Constructor_UndefinedAggregation_ThrowsNamingAggregation()
    {
        var act = () => new EngagementRateCalculator(new EngagementRateOptions { Aggregation = (Aggregation)9 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("aggregation");
    }

    [Fact]
    public void Constructor_Defaults_AreTotalInteractionsOverReachAsRatioOfSums()
    {
        var calculator = new EngagementRateCalculator();

        calculator.Composition.Should().BeSameAs(EngagementComposition.TotalInteractions);
        calculator.Numerator.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
        calculator.Denominator.Should().Be(PostDenominator.Reach);
        calculator.Aggregation.Should().Be(Aggregation.RatioOfSums);
        calculator.FollowerSnapshot.Should().Be(FollowerSnapshot.AtPublication);
        calculator.Calendar.Should().BeSameAs(ReportingCalendar.Utc);
        calculator.Indicator.Should().Be(BuiltInIndicators.EngagementRate);
    }

    [Fact]
    public void Calculate_PlatformReported_DividesThePlatformsOwnTotal()
    {
        // X says 57 engagements on 1,900 impressions, and 40 on 1,000: (57 + 40) / (1,900 + 1,000) = 97 / 2,900.
        var calculator = new EngagementRateCalculator(new EngagementRateOptions
        {
            Composition = EngagementComposition.PlatformReported,
            Denominator = PostDenominator.Impressions,
        });
        SocialPost[] posts =
        [
            new("t1", X, At(2026, 3, 3), counters: new PostCounters { Impressions = 1_900 }, platformFigures: PlatformFigures.Of((PlatformFigureNames.Engagements, 57m))),
            new("t2", X, At(2026, 3, 4), counters: new PostCounters { Impressions = 1_000, Reactions = 3 }, platformFigures: PlatformFigures.Of(("ENGAGEMENTS", 40m))),
            new("t3", X, At(2026, 3, 5), counters: new PostCounters { Impressions = 500 }),
        ];

        var result = calculator.Calculate(posts, March);

        result.Value.Should().Be(97.0 / 2_900);
        result.Inputs.Should().Be(new KpiInputs(97, 2_900, 2, 1, 0), "the post without the platform's figure is skipped, not read as 0");
        result.Method.Should().Be("ratio of sums: engagements reported by the platform / impressions");
    }

    [Fact]
    public void Calculate_PlatformFigureThatIsNotAWholeCount_IsSkippedAsMissing()
    {
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Composition = EngagementComposition.PlatformReported });
        var post = new SocialPost("t", X, At(2026, 3, 3), counters: new PostCounters { Reach = 10 }, platformFigures: PlatformFigures.Of((PlatformFigureNames.Engagements, 2.5m)));

        calculator.Calculate([post], March).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    private static EngagementComposition PresetNamed(string name) => name switch
    {
        nameof(EngagementComposition.TotalInteractions) => EngagementComposition.TotalInteractions,
        nameof(EngagementComposition.AllInteractions) => EngagementComposition.AllInteractions,
        nameof(EngagementComposition.InstagramFeed) => EngagementComposition.InstagramFeed,
        nameof(EngagementComposition.InstagramReels) => EngagementComposition.InstagramReels,
        nameof(EngagementComposition.LinkedIn) => EngagementComposition.LinkedIn,
        nameof(EngagementComposition.X) => EngagementComposition.X,
        nameof(EngagementComposition.XBuffer) => EngagementComposition.XBuffer,
        nameof(EngagementComposition.InstagramInteractions) => EngagementComposition.InstagramInteractions,
        nameof(EngagementComposition.LinkedInApi) => EngagementComposition.LinkedInApi,
        nameof(EngagementComposition.FacebookInteractions) => EngagementComposition.FacebookInteractions,
        nameof(EngagementComposition.FacebookEngagedUsers) => EngagementComposition.FacebookEngagedUsers,
        nameof(EngagementComposition.YouTube) => EngagementComposition.YouTube,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown preset"),
    };
}
