using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    // Given out of time and channel order on purpose.
    private static readonly SocialPost[] Mixed =
    [
        Engaged("T1", At(2026, 4, 2), 7, 70, Channel.TikTok),   // W14, April: 0.1
        Engaged("I3", At(2026, 3, 10), 40, 100),                // W11: 0.4
        Engaged("X1", At(2026, 3, 4), 9, 300, X),               // W10: 0.03
        Engaged("L1", At(2026, 3, 11), 5, 50, LinkedIn),        // W11: 0.1
        Engaged("I1", At(2026, 3, 2), 10, 100),                 // W10: 0.1
        Engaged("I2", At(2026, 3, 3), 30, 200),                 // W10: 0.15
    ];

    [Fact]
    public void CalculateByChannel_OneResultPerChannelOfThePeriod_OrderedByName()
    {
        var results = Calculator().CalculateByChannel(Mixed, March);

        results.Select(r => r.Channel).Should().Equal(Instagram, LinkedIn, X);
        results.Should().OnlyContain(r => r.Period == March);

        // Instagram: (10 + 30 + 40) / (100 + 200 + 100) = 80 / 400 = 0.2
        results[0].Value!.Value.Should().BeApproximately(0.2, 1e-12);
        results[0].Inputs.RecordsUsed.Should().Be(3);

        // LinkedIn: 5 / 50 = 0.1
        results[1].Value!.Value.Should().BeApproximately(0.1, 1e-12);

        // X: 9 / 300 = 0.03
        results[2].Value!.Value.Should().BeApproximately(0.03, 1e-12);
    }

    [Fact]
    public void CalculateByPeriodAndChannel_Weeks_OrderedByPeriodThenChannel()
    {
        var results = Calculator().CalculateByPeriodAndChannel(Mixed, Cadence.Week);

        results.Select(r => (r.Period.Label, r.Channel!.Value.Name)).Should().Equal(
            ("2026-W10", "Instagram"),
            ("2026-W10", "X"),
            ("2026-W11", "Instagram"),
            ("2026-W11", "LinkedIn"),
            ("2026-W14", "TikTok"));

        // W10 Instagram: (10 + 30) / (100 + 200) = 40 / 300
        results[0].Value!.Value.Should().BeApproximately(40.0 / 300, 1e-12);
        results[1].Value!.Value.Should().BeApproximately(0.03, 1e-12); // 9 / 300
        results[2].Value!.Value.Should().BeApproximately(0.4, 1e-12);  // 40 / 100
        results[3].Value!.Value.Should().BeApproximately(0.1, 1e-12);  // 5 / 50
        results[4].Value!.Value.Should().BeApproximately(0.1, 1e-12);  // 7 / 70
    }

    [Fact]
    public void CalculateByPeriod_Months_AllChannelsTogether()
    {
        var results = Calculator().CalculateByPeriod(Mixed, Cadence.Month);

        results.Select(r => r.Period).Should().Equal(March, ReportingPeriod.Month(2026, 4));
        results.Should().OnlyContain(r => r.Channel == null);

        // March: (40 + 9 + 5 + 10 + 30) / (100 + 300 + 50 + 100 + 200) = 94 / 750
        results[0].Value!.Value.Should().BeApproximately(94.0 / 750, 1e-12);
        results[0].Inputs.RecordsUsed.Should().Be(5);

        // April: 7 / 70
        results[1].Value!.Value.Should().BeApproximately(0.1, 1e-12);
    }

    [Fact]
    public void CalculateByChannel_SkippedPosts_StayInTheirChannel()
    {
        var posts = Mixed.Append(Engaged("L0", At(2026, 3, 12), 1, null, LinkedIn)).ToArray();

        var linkedIn = Calculator().CalculateByChannel(posts, March).Single(r => r.Channel == LinkedIn);
        var instagram = Calculator().CalculateByChannel(posts, March).Single(r => r.Channel == Instagram);

        linkedIn.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
        instagram.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void CalculateByChannel_ChannelWithOnlySkippedPosts_HasAnUnavailableResult()
    {
        var posts = new[] { Engaged("I1", At(2026, 3, 2), 10, 100), Engaged("L0", At(2026, 3, 12), 1, 0, LinkedIn) };

        var results = Calculator().CalculateByChannel(posts, March);

        results.Select(r => r.Channel).Should().Equal(Instagram, LinkedIn);
        results[1].UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void Calculate_ThroughIKpiCalculator_MatchesTheTypedMethods()
    {
        var calculator = Calculator();
        IKpiCalculator generic = calculator;
        var data = new ActivityData(Mixed);

        var all = generic.Calculate(data, March);
        var instagram = generic.Calculate(data, March, Instagram);

        all.Should().Be(calculator.Calculate(Mixed, March));
        all.Value!.Value.Should().BeApproximately(94.0 / 750, 1e-12);
        instagram.Should().Be(calculator.CalculateByChannel(Mixed, March)[0]);
        instagram.Channel.Should().Be(Instagram);
        instagram.Value!.Value.Should().BeApproximately(0.2, 1e-12); // 80 / 400
    }

    [Fact]
    public void ToResult_AccumulatorOfAnotherAggregation_ThrowsNamingAccumulator()
    {
        var act = () => Calculator(Aggregation.RatioOfSums).ToResult(new RatioAccumulator(Aggregation.Median), March);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "accumulator")
            .WithMessage("The accumulator combines by Median, but this calculator by RatioOfSums*");
    }

    [Fact]
    public void Accumulate_WithChannel_KeepsOnlyThatChannel()
    {
        var accumulator = Calculator().Accumulate(Mixed, March, channel: Instagram);

        // I1, I2, I3: 10 + 30 + 40 = 80 over 100 + 200 + 100 = 400
        accumulator.NumeratorSum.Should().Be((Int128)80);
        accumulator.DenominatorSum.Should().Be((Int128)400);
        accumulator.RecordsUsed.Should().Be(3);
    }

    [Fact]
    public void AccumulateMergeToResult_EqualsCalculate()
    {
        var calculator = Calculator();
        var merged = RatioAccumulator.Merge(calculator.Accumulate(Mixed[..3], March), calculator.Accumulate(Mixed[3..], March));

        calculator.ToResult(merged, March).Should().Be(calculator.Calculate(Mixed, March));
    }
}
