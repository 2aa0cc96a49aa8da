using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    // A: 6 + 3 + 1 = 10 engagements on 100 reached → 0.1
    private static readonly SocialPost A = Post("A", Instagram, At(2026, 3, 2), reactions: 6, comments: 3, shares: 1, reach: 100);

    // B: 300 + 150 + 50 = 500 engagements on 50,000 reached → 0.01
    private static readonly SocialPost B = Post("B", Instagram, At(2026, 3, 3), reactions: 300, comments: 150, shares: 50, reach: 50_000);

    // C: 20 + 5 + 5 = 30 engagements on 1,000 reached → 0.03
    private static readonly SocialPost C = Post("C", Instagram, At(2026, 3, 4), reactions: 20, comments: 5, shares: 5, reach: 1_000);

    private static EngagementRateCalculator Calculator(Aggregation aggregation = Aggregation.RatioOfSums, ReportingCalendar? calendar = null) =>
        new(new EngagementRateOptions { Aggregation = aggregation }, calendar);

    [Fact]
    public void Calculate_MeanOfRatios_GivesEachPostTheSameWeight()
    {
        var result = Calculator(Aggregation.MeanOfRatios).Calculate([A, B], March);

        // (10/100 + 500/50,000) / 2 = (0.1 + 0.01) / 2 = 0.055
        result.Value!.Value.Should().BeApproximately(0.055, 1e-12);
        result.Inputs.Numerator!.Value.Should().BeApproximately(0.11, 1e-12); // 0.1 + 0.01
        result.Inputs.Denominator.Should().Be(2);
        result.Inputs.RecordsUsed.Should().Be(2);
    }

    [Fact]
    public void Calculate_RatioOfSums_WeighsEachPostByItsReach()
    {
        var result = Calculator(Aggregation.RatioOfSums).Calculate([A, B], March);

        // (10 + 500) / (100 + 50,000) = 510 / 50,100 ≈ 0.010179640718562874
        result.Value!.Value.Should().BeApproximately(0.010179640718562874, 1e-12);
        result.Inputs.Numerator.Should().Be(510);
        result.Inputs.Denominator.Should().Be(50_100);
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Calculate_MedianOfTwo_IsTheirMean()
    {
        var result = Calculator(Aggregation.Median).Calculate([A, B], March);

        // median of 0.1 and 0.01 = (0.1 + 0.01) / 2 = 0.055
        result.Value!.Value.Should().BeApproximately(0.055, 1e-12);
        result.Inputs.Numerator.Should().BeNull();
        result.Inputs.Denominator.Should().BeNull();
        result.Inputs.RecordsUsed.Should().Be(2);
    }

    [Fact]
    public void Calculate_MedianOfThree_IsTheMiddleRatio()
    {
        var result = Calculator(Aggregation.Median).Calculate([A, B, C], March);

        // sorted 0.01 (B), 0.03 (C), 0.1 (A) → 0.03
        result.Value!.Value.Should().BeApproximately(0.03, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(3);
    }

    [Fact]
    public void Calculate_Result_DescribesIndicatorUnitPeriodAndScope()
    {
        var result = Calculator().Calculate([A, B], March);

        result.Indicator.Should().Be(IndicatorKeys.EngagementRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Period.Should().Be(March);
        result.Channel.Should().BeNull();
        result.UnavailableReason.Should().BeNull();
    }

    [Theory]
    [InlineData(Aggregation.RatioOfSums, "ratio of sums: (reactions + comments + shares) / reach")]
    [InlineData(Aggregation.MeanOfRatios, "mean of per-post ratios: (reactions + comments + shares) / reach")]
    [InlineData(Aggregation.Median, "median of per-post ratios: (reactions + comments + shares) / reach")]
    public void Method_StatesTheAggregationAndFormula(Aggregation aggregation, string expected)
    {
        var calculator = Calculator(aggregation);

        calculator.Method.Should().Be(expected);
        calculator.Calculate([A], March).Method.Should().Be(expected);
        calculator.Calculate([], March).Method.Should().Be(expected, "an unavailable result still says what would have been computed");
    }

    [Theory]
    [InlineData(PostDenominator.Impressions, FollowerSnapshot.AtPublication, "ratio of sums: (reactions + comments + shares) / impressions")]
    [InlineData(PostDenominator.VideoViews, FollowerSnapshot.AtPublication, "ratio of sums: (reactions + comments + shares) / video views")]
    [InlineData(PostDenominator.Followers, FollowerSnapshot.AtPublication, "ratio of sums: (reactions + comments + shares) / followers at publication")]
    [InlineData(PostDenominator.Followers, FollowerSnapshot.AtPeriodEnd, "ratio of sums: (reactions + comments + shares) / followers at period end")]
    public void Method_StatesTheDenominator(PostDenominator denominator, FollowerSnapshot snapshot, string expected)
    {
        new EngagementRateCalculator(new EngagementRateOptions { Denominator = denominator, FollowerSnapshot = snapshot }).Method.Should().Be(expected);
    }

    [Fact]
    public void Calculate_ImpressionsDenominator_DividesByImpressions()
    {
        var post = Post("p", Instagram, At(2026, 3, 2), reactions: 6, comments: 3, shares: 1, reach: 100, impressions: 400);
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Denominator = PostDenominator.Impressions });

        // 10 / 400 = 0.025
        calculator.Calculate([post], March).Value!.Value.Should().BeApproximately(0.025, 1e-12);
    }

    [Fact]
    public void Calculate_VideoViewsDenominator_DividesByVideoViews()
    {
        var post = Post("p", Instagram, At(2026, 3, 2), reactions: 6, comments: 3, shares: 1, reach: 100, videoViews: 40);
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Denominator = PostDenominator.VideoViews });

        // 10 / 40 = 0.25
        calculator.Calculate([post], March).Value!.Value.Should().BeApproximately(0.25, 1e-12);
    }

    [Fact]
    public void Calculate_EmptyInput_IsNoData()
    {
        var result = Calculator().Calculate([], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        result.Inputs.RecordsUsed.Should().Be(0);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Calculate_PostsOnlyOutsideThePeriod_IsNoData()
    {
        var result = Calculator().Calculate([A, B], ReportingPeriod.Month(2026, 4));

        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void GroupedMethods_EmptyInput_AreEmptyLists()
    {
        var calculator = Calculator();

        calculator.CalculateByChannel([], March).Should().BeEmpty();
        calculator.CalculateByPeriod([], Cadence.Week).Should().BeEmpty();
        calculator.CalculateByPeriodAndChannel([], Cadence.Month).Should().BeEmpty();
    }

    [Fact]
    public void Calculate_PeriodBoundaries_StartIncludedEndExcluded()
    {
        var first = Engaged("first", Instant.FromUtc(2026, 3, 1, 0, 0), 1, 10);
        var afterEnd = Engaged("after", Instant.FromUtc(2026, 4, 1, 0, 0), 1, 10);

        var result = Calculator().Calculate([first, afterEnd], March);

        // only "first": 1 / 10
        result.Inputs.RecordsUsed.Should().Be(1);
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void Calculate_NullArguments_ThrowNamingThem()
    {
        var calculator = Calculator();

        ((Action)(() => calculator.Calculate((IEnumerable<SocialPost>)null!, March))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("posts");
        ((Action)(() => calculator.Calculate([A], null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
        ((Action)(() => calculator.Calculate([A, null!], March))).Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "posts").WithMessage("*posts must not contain null*");
    }

    [Fact]
    public void CalculateByPeriod_CustomCadence_ThrowsNamingCadence()
    {
        var act = () => Calculator().CalculateByPeriod([A], Cadence.Custom);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "cadence")
            .WithMessage("*Week, Month, Quarter or Year*");
    }
}
