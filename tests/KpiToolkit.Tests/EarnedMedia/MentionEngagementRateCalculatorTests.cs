using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public class MentionEngagementRateCalculatorTests
{
    // Company mentions of March 2026 with everything reported:
    //   e1: 10 + 5 + 5 = 20 over 1,000 → 0.02 (Instagram)
    //   e2: 30 + 10 + 20 = 60 over 2,000 → 0.03 (Instagram)
    //   e3: 1 + 1 + 1 = 3 over 100 → 0.03 (X)
    private static readonly Mention[] Complete =
    [
        Engaged("e1", At(2026, 3, 2), 10, 5, 5, reach: 1_000, channel: Channel.Instagram),
        Engaged("e2", At(2026, 3, 16), 30, 10, 20, reach: 2_000, channel: Channel.Instagram),
        Engaged("e3", At(2026, 3, 20), 1, 1, 1, reach: 100, channel: Channel.X),
    ];

    // Left out: a missing comment count and a missing reach. A reach of 0 with 2 interactions is kept by a ratio of sums
    // (its 2 interactions count, over 0) and left out of a mean or median. Ignored: a competitor's mention and an April one.
    private static readonly Mention[] Skipped =
    [
        Mention("missing-comments", At(2026, 3, 3), reach: 500, reactions: 5, shares: 1),
        Mention("missing-reach", At(2026, 3, 4), reactions: 5, comments: 1, shares: 1),
        Engaged("zero-reach", At(2026, 3, 5), 2, 0, 0, reach: 0),
        Engaged("competitor", At(2026, 3, 6), 900, 0, 0, reach: 1_000, subject: LeCreuset),
        Engaged("april", At(2026, 4, 1), 900, 0, 0, reach: 1_000),
    ];

    private static readonly Mention[] All = [.. Complete, .. Skipped];

    [Fact]
    public void Calculate_RatioOfSums_DividesTheSums()
    {
        var result = new MentionEngagementRateCalculator().Calculate(All, March);

        // (20 + 60 + 3 + 2) / (1,000 + 2,000 + 100 + 0) = 85 / 3,100 = 0.027419354838709678.
        result.Value!.Value.Should().BeApproximately(0.027419354838709678, 1e-9);
        result.Indicator.Should().Be(IndicatorKeys.MentionEngagementRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Inputs.Numerator.Should().Be(85);
        result.Inputs.Denominator.Should().Be(3_100);
        result.Inputs.RecordsUsed.Should().Be(4);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(0);
        result.Method.Should().Be("ratio of sums: (reactions + comments + shares) / potential reach");
    }

    [Fact]
    public void Calculate_MeanOfRatios_AveragesThePerMentionRates()
    {
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = Aggregation.MeanOfRatios });

        var result = calculator.Calculate(All, March);

        // (0.02 + 0.03 + 0.03) / 3 = 0.08 / 3 = 0.02666666666666667.
        result.Value!.Value.Should().BeApproximately(0.02666666666666667, 1e-9);
        result.Inputs.Numerator!.Value.Should().BeApproximately(0.08, 1e-9);
        result.Inputs.Denominator.Should().Be(3);
        result.Method.Should().StartWith("mean of per-post ratios");
    }

    [Fact]
    public void Calculate_Median_TakesTheMiddleRate()
    {
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = Aggregation.Median });

        // 0.02, 0.03, 0.03 → 0.03.
        calculator.Calculate(All, March).Value!.Value.Should().BeApproximately(0.03, 1e-9);
    }

    [Fact]
    public void Calculate_OnlyMissingCounters_IsMissingCounters()
    {
        var result = new MentionEngagementRateCalculator().Calculate(Skipped.Take(2), March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
    }

    [Fact]
    public void Calculate_ZeroReach_IsZeroDenominator()
    {
        var result = new MentionEngagementRateCalculator().Calculate(Skipped, March);

        // missing-comments and missing-reach are missing; zero-reach is used, 2 interactions over a reach of 0: no rate.
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.Should().Be(new KpiInputs(2, 0, 1, 2, 0));
    }

    [Fact]
    public void Calculate_NoMention_IsNoData()
    {
        new MentionEngagementRateCalculator().Calculate([], March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_CompetitorSubject_UsesItsMentionsOnly()
    {
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Subject = Subject.Competitor("le creuset") });

        var result = calculator.Calculate(All, March);

        // The Le Creuset mention alone: 900 / 1,000 = 0.9.
        result.Value!.Value.Should().BeApproximately(0.9, 1e-9);
        result.Inputs.RecordsUsed.Should().Be(1);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Calculate_EverySubject_AddsTheCompetitor()
    {
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Subject = null });

        // (85 + 900) / (3,100 + 1,000) = 985 / 4,100 = 0.24024390243902438.
        calculator.Calculate(All, March).Value!.Value.Should().BeApproximately(0.24024390243902438, 1e-9);
    }

    [Fact]
    public void Calculate_Channel_KeepsThatChannel()
    {
        var result = new MentionEngagementRateCalculator().Calculate(All, March, Channel.Instagram);

        // e1 and e2: (20 + 60) / (1,000 + 2,000) = 80 / 3,000 = 0.02666666666666667.
        result.Value!.Value.Should().BeApproximately(0.02666666666666667, 1e-9);
        result.Channel.Should().Be(Channel.Instagram);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Calculate_ActivityData_ReadsItsMentions()
    {
        new MentionEngagementRateCalculator().Calculate(new ActivityData(mentions: All), March).Value!.Value
            .Should().BeApproximately(0.027419354838709678, 1e-9);
    }

    [Theory]
    [InlineData(Aggregation.RatioOfSums)]
    [InlineData(Aggregation.MeanOfRatios)]
    [InlineData(Aggregation.Median)]
    public void AccumulateMergeToResult_EqualsOnePass(Aggregation aggregation)
    {
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = aggregation });
        Mention[] first = [All[0], All[3], All[5], All[7]];
        Mention[] second = [All[1], All[2], All[4], All[6]];

        var merged = RatioAccumulator.Merge(calculator.Accumulate(second, March), calculator.Accumulate(first, March));
        var fromParts = calculator.ToResult(merged, March);
        var onePass = calculator.Calculate(All, March);

        fromParts.Value!.Value.Should().BeApproximately(onePass.Value!.Value, 1e-12);
        // The mention with a reach of 0 is used by a ratio of sums, skipped by a mean or a median.
        fromParts.Inputs.RecordsUsed.Should().Be(aggregation == Aggregation.RatioOfSums ? 4 : 3);
        fromParts.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
        fromParts.Inputs.RecordsSkippedForZeroDenominator.Should().Be(aggregation == Aggregation.RatioOfSums ? 0 : 1);
        fromParts.Inputs.RecordsUsed.Should().Be(onePass.Inputs.RecordsUsed);
        (fromParts.Inputs.Numerator is null).Should().Be(onePass.Inputs.Numerator is null);
        (fromParts.Inputs.Numerator ?? 0).Should().BeApproximately(onePass.Inputs.Numerator ?? 0, 1e-12);
        fromParts.Inputs.Denominator.Should().Be(onePass.Inputs.Denominator);
    }

    [Fact]
    public void ToResult_AccumulatorOfAnotherAggregation_Throws()
    {
        var accumulator = new RatioAccumulator(Aggregation.Median);

        var act = () => new MentionEngagementRateCalculator().ToResult(accumulator, March);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "accumulator")
            .WithMessage("*combines by Median, but this calculator by RatioOfSums*");
    }

    [Fact]
    public void CalculateByPeriod_GroupsByCadence()
    {
        var results = new MentionEngagementRateCalculator().CalculateByPeriod(All, Cadence.Week);

        // ISO weeks 2026-W10 (2–8 March): e1 (20 / 1,000), zero-reach (2 / 0) → 22 / 1,000 = 0.022, and two skipped;
        // W12 (16–22 March): e2, e3 → 63 / 2,100 = 0.03; W14 (30 March – 5 April): the April mention, 900 / 1,000 = 0.9.
        // The competitor mention is in W10 and ignored.
        results.Select(r => r.Period.Label).Should().Equal("2026-W10", "2026-W12", "2026-W14");
        results[0].Value!.Value.Should().BeApproximately(0.022, 1e-9);
        results[0].Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
        results[0].Inputs.RecordsSkippedForZeroDenominator.Should().Be(0);
        results[1].Value!.Value.Should().BeApproximately(0.03, 1e-9);
        results[2].Value!.Value.Should().BeApproximately(0.9, 1e-9);
        results.Should().OnlyContain(r => r.Channel == null);
    }

    [Fact]
    public void CalculateByPeriod_Months_SplitsMarchAndApril()
    {
        var results = new MentionEngagementRateCalculator().CalculateByPeriod(All, Cadence.Month);

        results.Select(r => r.Period).Should().Equal(March, ReportingPeriod.Month(2026, 4));
        results[0].Value!.Value.Should().BeApproximately(0.027419354838709678, 1e-9); // 85 / 3,100
        results[1].Value!.Value.Should().BeApproximately(0.9, 1e-9); // 900 / 1,000
    }

    [Fact]
    public void CalculateByPeriod_CustomCadence_Throws()
    {
        var act = () => new MentionEngagementRateCalculator().CalculateByPeriod(All, Cadence.Custom);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "cadence").WithMessage("*Day, Week, Month, Quarter or Year*");
    }

    [Fact]
    public void Constructor_UndefinedAggregation_Throws()
    {
        var act = () => new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = (Aggregation)9 });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "MentionEngagementRateOptions.Aggregation")
            .WithMessage("*not a defined Aggregation value*");
    }
}
