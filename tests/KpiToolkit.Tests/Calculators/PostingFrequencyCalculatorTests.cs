using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class PostingFrequencyCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    // Twelve Instagram posts on 1, 3, 5, ... 23 March, without any counter: frequency needs none.
    private static readonly SocialPost[] TwelveInMarch =
        [.. Enumerable.Range(0, 12).Select(i => new SocialPost($"ig-{i}", Instagram, At(2026, 3, 1 + (2 * i))))];

    private static PostingFrequencyCalculator Calculator(FrequencyUnit unit = FrequencyUnit.Week, ReportingCalendar? calendar = null) =>
        new(new PostingFrequencyOptions { Unit = unit }, calendar);

    [Fact]
    public void Calculate_PerWeek_IsPostsTimesSevenOverDays()
    {
        var result = Calculator().Calculate(TwelveInMarch, March);

        // 12 posts / (31 / 7 weeks) = 12 × 7 / 31 = 84 / 31 ≈ 2.7097
        result.Value!.Value.Should().BeApproximately(84.0 / 31, 1e-12);
        result.Inputs.Numerator.Should().Be(12);
        result.Inputs.Denominator!.Value.Should().BeApproximately(31.0 / 7, 1e-12);
        result.Inputs.RecordsUsed.Should().Be(12);
        result.Indicator.Should().Be(IndicatorKeys.PostingFrequency);
        result.Unit.Should().Be(IndicatorUnit.PerPeriod);
        result.Method.Should().Be("posts / weeks in the period");
    }

    [Fact]
    public void Calculate_PerDay_IsPostsOverDays()
    {
        var result = Calculator(FrequencyUnit.Day).Calculate(TwelveInMarch, March);

        // 12 / 31
        result.Value!.Value.Should().BeApproximately(12.0 / 31, 1e-12);
        result.Method.Should().Be("posts / days in the period");
    }

    [Fact]
    public void Calculate_PerMonth_UsesTheMeanGregorianMonth()
    {
        var result = Calculator(FrequencyUnit.Month).Calculate(TwelveInMarch, March);

        // 12 / (31 / 30.436875) = 12 × 30.436875 / 31 = 365.2425 / 31 ≈ 11.782
        result.Value!.Value.Should().BeApproximately(12 * 30.436875 / 31, 1e-12);
        result.Method.Should().Be("posts / months in the period");
    }

    [Fact]
    public void Calculate_PeriodWithoutPosts_ButPostsElsewhere_IsZero()
    {
        var result = Calculator().Calculate(TwelveInMarch, ReportingPeriod.Month(2026, 4));

        result.Value.Should().Be(0);
        result.IsAvailable.Should().BeTrue();
        result.Inputs.RecordsUsed.Should().Be(0);
    }

    [Fact]
    public void Calculate_EmptyInput_IsNoData()
    {
        var result = Calculator().Calculate([], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_ChannelFilter_CountsOnlyThatChannel()
    {
        var linkedIn = Enumerable.Range(0, 5).Select(i => new SocialPost($"li-{i}", LinkedIn, At(2026, 3, 2 + i)));
        var posts = TwelveInMarch.Concat(linkedIn).ToList();

        // Instagram 12 × 7 / 31; LinkedIn 5 × 7 / 31; all 17 × 7 / 31
        Calculator().Calculate(posts, March, Instagram).Value!.Value.Should().BeApproximately(84.0 / 31, 1e-12);
        Calculator().Calculate(posts, March, LinkedIn).Value!.Value.Should().BeApproximately(35.0 / 31, 1e-12);
        Calculator().Calculate(posts, March).Value!.Value.Should().BeApproximately(119.0 / 31, 1e-12);
        Calculator().Calculate(posts, March, LinkedIn).Channel.Should().Be(LinkedIn);
    }

    [Fact]
    public void Calculate_ChannelWithoutAnyPost_IsNoData()
    {
        Calculator().Calculate(TwelveInMarch, March, Channel.TikTok).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_PaidAndEveryFormat_Count()
    {
        var posts = new[]
        {
            new SocialPost("a", Instagram, At(2026, 3, 2), PostFormat.Story, isPaid: true),
            new SocialPost("b", Instagram, At(2026, 3, 3), PostFormat.Reel),
        };

        // 2 posts / 31 days
        Calculator(FrequencyUnit.Day).Calculate(posts, March).Value!.Value.Should().BeApproximately(2.0 / 31, 1e-12);
    }

    [Fact]
    public void Calculate_Paris_PostOnTheLastEveningUtcCountsInTheNextMonth()
    {
        // 31 March 22:30 UTC is 1 April 00:30 in Paris (UTC+2).
        var post = new SocialPost("late", Instagram, Instant.FromUtc(2026, 3, 31, 22, 30));
        var paris = Calculator(FrequencyUnit.Day, new ReportingCalendar(Zones.Paris));

        paris.Calculate([post], March).Value.Should().Be(0);
        paris.Calculate([post], ReportingPeriod.Month(2026, 4)).Value!.Value.Should().BeApproximately(1.0 / 30, 1e-12); // 1 / 30 days
        Calculator(FrequencyUnit.Day).Calculate([post], March).Value!.Value.Should().BeApproximately(1.0 / 31, 1e-12); // UTC: 1 / 31
    }

    [Fact]
    public void CalculateByPeriod_Months_OnlyPeriodsWithPosts_InTimeOrder()
    {
        var april = Enumerable.Range(0, 3).Select(i => new SocialPost($"apr-{i}", Instagram, At(2026, 4, 5 + i)));
        var posts = april.Concat(TwelveInMarch).ToList();

        var results = Calculator().CalculateByPeriod(posts, Cadence.Month);

        results.Select(r => r.Period).Should().Equal(March, ReportingPeriod.Month(2026, 4));
        results[0].Value!.Value.Should().BeApproximately(84.0 / 31, 1e-12); // 12 × 7 / 31
        results[1].Value!.Value.Should().BeApproximately(0.7, 1e-12);       // 3 × 7 / 30 = 21 / 30
    }

    [Fact]
    public void CalculateByChannel_AndByPeriodAndChannel_AreOrdered()
    {
        var posts = new[]
        {
            new SocialPost("x", X, At(2026, 3, 2)),
            new SocialPost("i1", Instagram, At(2026, 3, 3)),
            new SocialPost("i2", Instagram, At(2026, 3, 10)),
            new SocialPost("l", LinkedIn, At(2026, 4, 1)),
        };

        var byChannel = Calculator(FrequencyUnit.Day).CalculateByChannel(posts, March);
        var byWeek = Calculator().CalculateByPeriodAndChannel(posts, Cadence.Week);

        // March: Instagram 2 / 31, X 1 / 31; LinkedIn posted in April only
        byChannel.Select(r => r.Channel).Should().Equal(Instagram, X);
        byChannel[0].Value!.Value.Should().BeApproximately(2.0 / 31, 1e-12);
        byChannel[1].Value!.Value.Should().BeApproximately(1.0 / 31, 1e-12);

        // W10: Instagram (3 Mar), X (2 Mar); W11: Instagram (10 Mar); W14: LinkedIn (1 Apr); one post per week each → 1
        byWeek.Select(r => (r.Period.Label, r.Channel!.Value.Name)).Should().Equal(
            ("2026-W10", "Instagram"), ("2026-W10", "X"), ("2026-W11", "Instagram"), ("2026-W14", "LinkedIn"));
        byWeek.Should().OnlyContain(r => r.Value == 1);
    }

    [Fact]
    public void Calculate_ThroughIKpiCalculator_MatchesTheTypedMethod()
    {
        IKpiCalculator calculator = Calculator();

        calculator.Calculate(new ActivityData(TwelveInMarch), March, Instagram)
            .Should().Be(Calculator().Calculate(TwelveInMarch, March, Instagram));
    }

    [Fact]
    public void Constructor_UndefinedUnit_ThrowsNamingTheOption()
    {
        var act = () => new PostingFrequencyCalculator(new PostingFrequencyOptions { Unit = (FrequencyUnit)9 });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "PostingFrequencyOptions.Unit")
            .WithMessage("*not a defined FrequencyUnit value*");
    }
}
