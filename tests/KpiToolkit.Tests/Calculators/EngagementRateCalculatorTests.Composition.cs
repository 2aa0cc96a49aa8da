using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    // Every counter a distinct power of ten, so each sum shows which counters it took.
    private static readonly SocialPost EveryCounter = Post(
        "all", Instagram, At(2026, 3, 2),
        reactions: 1, comments: 10, shares: 100, saves: 1_000, clicks: 10_000, reach: 1_000_000, impressions: 7, videoViews: 3);

    public static TheoryData<string, long> Presets => new()
    {
        { nameof(EngagementComposition.TotalInteractions), 111 },   // reactions 1 + comments 10 + shares 100
        { nameof(EngagementComposition.AllInteractions), 11_111 },  // 1 + 10 + 100 + saves 1,000 + clicks 10,000
        { nameof(EngagementComposition.InstagramFeed), 1_011 },     // 1 + 10 + saves 1,000
        { nameof(EngagementComposition.InstagramReels), 1_111 },    // 1 + 10 + 1,000 + shares 100
        { nameof(EngagementComposition.LinkedIn), 10_111 },         // clicks 10,000 + 1 + 10 + 100
        { nameof(EngagementComposition.X), 10_111 },                // 1 + 10 + 100 + clicks 10,000
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

    private static EngagementComposition PresetNamed(string name) => name switch
    {
        nameof(EngagementComposition.TotalInteractions) => EngagementComposition.TotalInteractions,
        nameof(EngagementComposition.AllInteractions) => EngagementComposition.AllInteractions,
        nameof(EngagementComposition.InstagramFeed) => EngagementComposition.InstagramFeed,
        nameof(EngagementComposition.InstagramReels) => EngagementComposition.InstagramReels,
        nameof(EngagementComposition.LinkedIn) => EngagementComposition.LinkedIn,
        nameof(EngagementComposition.X) => EngagementComposition.X,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown preset"),
    };
}
