using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class PostingRegularityCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static SocialPost P(string id, Instant at, Channel? channel = null) => new(id, channel ?? Instagram, at);

    [Fact]
    public void Analyze_March2026_HasSixIsoWeeks()
    {
        var regularity = new PostingRegularityCalculator().Analyze([P("a", At(2026, 3, 2))], March);

        // W09 (23 Feb – 1 Mar), W10, W11, W12, W13, W14 (30 Mar – 5 Apr) = 6 weeks
        regularity.Weeks.Should().Be(6);
    }

    [Fact]
    public void Analyze_GapsOfOneOneAndFourHours_ByHand()
    {
        // Given out of order: 10:00, 11:00, 12:00, 16:00 on Monday 2 March → gaps 1 h, 1 h, 4 h
        var posts = new[] { P("c", At(2026, 3, 2, 12)), P("a", At(2026, 3, 2, 10)), P("d", At(2026, 3, 2, 16)), P("b", At(2026, 3, 2, 11)) };

        var regularity = new PostingRegularityCalculator().Analyze(posts, March);

        regularity.PostCount.Should().Be(4);
        regularity.WeeksWithPosts.Should().Be(1);
        regularity.MeanGap.Should().Be(Duration.FromHours(2));   // (1 + 1 + 4) / 3 = 2 h
        regularity.MedianGap.Should().Be(Duration.FromHours(1)); // sorted 1, 1, 4 → 1 h
        regularity.LongestGap.Should().Be(Duration.FromHours(4));

        // population sd = sqrt(((1-2)² + (1-2)² + (4-2)²) / 3) = sqrt(6/3) = sqrt(2) h; CV = sqrt(2) / 2
        regularity.GapCoefficientOfVariation!.Value.Should().BeApproximately(Math.Sqrt(2) / 2, 1e-12);

        // 1 active week / 6 weeks
        regularity.ActiveWeeksShare.Value!.Value.Should().BeApproximately(1.0 / 6, 1e-12);
    }

    [Fact]
    public void Analyze_PostsInThreeWeeks_ByHand()
    {
        // Sunday 1 March (W09), Tuesday 10 March (W11), Tuesday 31 March (W14), all at noon
        var posts = new[] { P("a", At(2026, 3, 1)), P("b", At(2026, 3, 10)), P("c", At(2026, 3, 31)) };

        var regularity = new PostingRegularityCalculator().Analyze(posts, March);

        regularity.WeeksWithPosts.Should().Be(3);
        regularity.ActiveWeeksShare.Value!.Value.Should().BeApproximately(0.5, 1e-12); // 3 / 6
        regularity.ActiveWeeksShare.Inputs.Should().Be(new KpiInputs(3, 6, 3));
        regularity.ActiveWeeksShare.Indicator.Should().Be(IndicatorKeys.PostingRegularity);
        regularity.ActiveWeeksShare.Unit.Should().Be(IndicatorUnit.Fraction);
        regularity.ActiveWeeksShare.Method.Should().Be("weeks with at least one post / weeks of the period");

        // gaps 9 days and 21 days
        regularity.MeanGap.Should().Be(Duration.FromDays(15));   // (9 + 21) / 2
        regularity.MedianGap.Should().Be(Duration.FromDays(15)); // (9 + 21) / 2
        regularity.LongestGap.Should().Be(Duration.FromDays(21));

        // sd = sqrt(((9-15)² + (21-15)²) / 2) = 6 days; CV = 6 / 15 = 0.4
        regularity.GapCoefficientOfVariation!.Value.Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void Analyze_EvenRhythm_HasZeroVariation()
    {
        var posts = Enumerable.Range(0, 4).Select(i => P($"p{i}", At(2026, 3, 2 + (7 * i)))).ToList();

        var regularity = new PostingRegularityCalculator().Analyze(posts, March);

        regularity.GapCoefficientOfVariation.Should().Be(0);
        regularity.MeanGap.Should().Be(Duration.FromDays(7));
    }

    [Fact]
    public void Analyze_OnePost_HasNoGaps()
    {
        var regularity = new PostingRegularityCalculator().Analyze([P("a", At(2026, 3, 2))], March);

        regularity.PostCount.Should().Be(1);
        regularity.MeanGap.Should().BeNull();
        regularity.MedianGap.Should().BeNull();
        regularity.LongestGap.Should().BeNull();
        regularity.GapCoefficientOfVariation.Should().BeNull();
    }

    [Fact]
    public void Analyze_TwoPosts_HaveGapsButNoCoefficient()
    {
        var regularity = new PostingRegularityCalculator().Analyze([P("a", At(2026, 3, 2, 10)), P("b", At(2026, 3, 2, 13))], March);

        regularity.MeanGap.Should().Be(Duration.FromHours(3));
        regularity.GapCoefficientOfVariation.Should().BeNull("one gap has no spread");
    }

    [Fact]
    public void Analyze_NoPostInThePeriod_ShareIsZeroAndGapsNull()
    {
        var regularity = new PostingRegularityCalculator().Analyze([P("a", At(2026, 4, 2))], March);

        regularity.PostCount.Should().Be(0);
        regularity.WeeksWithPosts.Should().Be(0);
        regularity.ActiveWeeksShare.Value.Should().Be(0);
        regularity.MeanGap.Should().BeNull();
    }

    [Fact]
    public void Analyze_PostsOutsideThePeriodOrChannel_AreIgnored()
    {
        var posts = new[]
        {
            P("a", At(2026, 3, 2, 10)), P("b", At(2026, 3, 2, 12)),
            P("feb", At(2026, 2, 27)), P("apr", At(2026, 4, 1)), P("li", At(2026, 3, 2, 11), LinkedIn),
        };

        var regularity = new PostingRegularityCalculator().Analyze(posts, March, Instagram);

        regularity.PostCount.Should().Be(2);
        regularity.Channel.Should().Be(Instagram);
        regularity.MeanGap.Should().Be(Duration.FromHours(2)); // 10:00 → 12:00, LinkedIn's 11:00 left out
    }

    [Fact]
    public void Analyze_Paris_SundayNightUtcIsInTheNextWeek()
    {
        // 1 March 23:30 UTC is Monday 2 March 00:30 in Paris (W10), and 2 March 10:00 UTC is W10 too.
        var posts = new[] { P("a", Instant.FromUtc(2026, 3, 1, 23, 30)), P("b", At(2026, 3, 2, 10)) };

        new PostingRegularityCalculator(new ReportingCalendar(Zones.Paris)).Analyze(posts, March).WeeksWithPosts.Should().Be(1);
        new PostingRegularityCalculator().Analyze(posts, March).WeeksWithPosts.Should().Be(2, "in UTC the first post is on Sunday, in W09");
    }

    [Fact]
    public void AnalyzeByChannel_OneAnalysisPerChannel_OrderedByName()
    {
        var posts = new[] { P("x", At(2026, 3, 2), X), P("i1", At(2026, 3, 3)), P("i2", At(2026, 3, 17)), P("l", At(2026, 4, 3), LinkedIn) };

        var results = new PostingRegularityCalculator().AnalyzeByChannel(posts, March);

        results.Select(r => r.Channel).Should().Equal(Instagram, X);
        results[0].WeeksWithPosts.Should().Be(2);            // W10 and W12
        results[0].MeanGap.Should().Be(Duration.FromDays(14));
        results[1].PostCount.Should().Be(1);
    }

    [Fact]
    public void Calculate_ThroughIKpiCalculator_IsTheActiveWeeksShare()
    {
        var posts = new[] { P("a", At(2026, 3, 1)), P("b", At(2026, 3, 10)), P("c", At(2026, 3, 31)) };
        IKpiCalculator calculator = new PostingRegularityCalculator();

        var result = calculator.Calculate(new ActivityData(posts), March);

        result.Should().Be(new PostingRegularityCalculator().Analyze(posts, March).ActiveWeeksShare);
        result.Value!.Value.Should().BeApproximately(0.5, 1e-12); // 3 / 6
    }
}
