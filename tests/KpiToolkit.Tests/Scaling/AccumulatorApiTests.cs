using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Scaling.ScalingData;

namespace KpiToolkit.Tests.Scaling;

/// <summary>The building blocks of partial aggregates: counts, totals from another engine, grouped sets and the parallel helper.</summary>
public class AccumulatorApiTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);
    private static readonly ReportingPeriod April = ReportingPeriod.Month(2026, 4);

    [Fact]
    public void CountAccumulator_CountsAndMergesByAddition()
    {
        var first = new CountAccumulator(40);
        first.Increment();
        var merged = CountAccumulator.Merge(first, new CountAccumulator(9));

        merged.Count.Should().Be(50);
        first.Count.Should().Be(41, "a merge leaves its inputs unchanged");
        merged.ToString().Should().Be("50");
    }

    [Fact]
    public void CountAccumulator_RefusesNegativeCountsAndOverflow()
    {
        FluentActions.Invoking(() => new CountAccumulator(-1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
        FluentActions.Invoking(() => CountAccumulator.Merge(new CountAccumulator(long.MaxValue), new CountAccumulator(1))).Should().Throw<OverflowException>();
        FluentActions.Invoking(() => new CountAccumulator(long.MaxValue).Increment()).Should().Throw<OverflowException>();
    }

    [Fact]
    public void FromTotals_GivesWhatAddingTheRecordsGives()
    {
        // Two posts: 10 engagements on 100 reached and 500 on 50,000, plus one skipped for each reason.
        var added = new RatioAccumulator(Aggregation.MeanOfRatios);
        added.Add(10, 100);
        added.Add(500, 50_000);
        added.SkipMissingCounter();
        added.SkipZeroDenominator();

        var fromTotals = RatioAccumulator.FromTotals(Aggregation.MeanOfRatios, 510, 50_100, 2, ratioSum: 0.11, 1, 1);

        fromTotals.Value().Should().BeApproximately(0.055, 1e-15);
        fromTotals.ToInputs().Should().Be(added.ToInputs());
        RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 510, 50_100, 2).Value().Should().BeApproximately(510.0 / 50_100, 1e-15);
    }

    [Fact]
    public void FromTotals_WithoutRecords_KeepsTheReasonWhy()
    {
        RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 0, 0, 0, recordsSkippedForZeroDenominator: 3).UnavailableReason().Should().Be(KpiUnavailableReason.ZeroDenominator);
        RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 0, 0, 0).UnavailableReason().Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void FromTotals_RatioOfSumsWithZeroDenominatorRecords_KeepsTheirNumerators()
    {
        // Two records used, one with a denominator of 0: Σ numerators 30 over Σ denominators 1 (each record of a
        // ratio of sums may have a denominator of 0, so the sum may be below the count of records).
        var accumulator = RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 30, 1, 2);

        accumulator.Value().Should().Be(30);
        RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 30, 0, 2).UnavailableReason().Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Theory]
    [InlineData(Aggregation.Median, 1, 1, 1, 0, "aggregation", "*median*")]
    [InlineData(Aggregation.RatioOfSums, -1, 1, 1, 0, "numeratorSum", "*negative*")]
    [InlineData(Aggregation.MeanOfRatios, 1, 1, 2, 0.5, "denominatorSum", "*at least recordsUsed (2)*")]
    [InlineData(Aggregation.RatioOfSums, 1, -1, 1, 0, "denominatorSum", "*negative*")]
    [InlineData(Aggregation.RatioOfSums, 1, 1, -1, 0, "recordsUsed", "*negative*")]
    [InlineData(Aggregation.MeanOfRatios, 1, 1, 1, double.NaN, "ratioSum", "*finite*")]
    [InlineData(Aggregation.MeanOfRatios, 1, 1, 1, -0.5, "ratioSum", "*at least 0*")]
    [InlineData(Aggregation.RatioOfSums, 5, 0, 0, 0, "recordsUsed", "*must be 0 when recordsUsed is 0*")]
    public void FromTotals_RefusesInconsistentTotals(Aggregation aggregation, long numerator, long denominator, long used, double ratioSum, string parameter, string message) =>
        FluentActions.Invoking(() => RatioAccumulator.FromTotals(aggregation, numerator, denominator, used, ratioSum))
            .Should().Throw<ArgumentException>().WithParameterName(parameter).WithMessage(message);

    [Fact]
    public void GroupedAccumulators_MergesGroupsOfTheSameKey_AndOrdersThem()
    {
        var set = new GroupedAccumulators<CountAccumulator>(byChannel: true,
        [
            new(April, Channel.X, new CountAccumulator(1)),
            new(March, Channel.X, new CountAccumulator(2)),
            new(March, new Channel("Newsletter"), new CountAccumulator(3)),
            new(March, new Channel("newsletter"), new CountAccumulator(4)),
        ]);

        set.Select(g => (g.Period, g.Channel, g.Accumulator.Count)).Should().Equal(
            (March, new Channel("Newsletter"), 7L), (March, Channel.X, 2L), (April, Channel.X, 1L));
        set.TryGet(March, Channel.X, out var count).Should().BeTrue();
        count!.Count.Should().Be(2);
        set.TryGet(April, Channel.Instagram, out _).Should().BeFalse();
    }

    [Fact]
    public void GroupedAccumulators_Merge_KeepsItsInputs_AndRefusesMixingSplits()
    {
        var first = new GroupedAccumulators<CountAccumulator>(false, [new(March, null, new CountAccumulator(2))]);
        var second = new GroupedAccumulators<CountAccumulator>(false, [new(March, null, new CountAccumulator(3)), new(April, null, new CountAccumulator(1))]);

        var merged = GroupedAccumulators<CountAccumulator>.Merge(first, second);

        merged.Select(g => g.Accumulator.Count).Should().Equal(5, 1);
        first.Single().Accumulator.Count.Should().Be(2);
        GroupedAccumulators<CountAccumulator>.Merge(merged, GroupedAccumulators<CountAccumulator>.Empty(false)).Should().HaveCount(2);
        FluentActions.Invoking(() => GroupedAccumulators<CountAccumulator>.Merge(first, GroupedAccumulators<CountAccumulator>.Empty(byChannel: true)))
            .Should().Throw<ArgumentException>().WithParameterName("second").WithMessage("*split by channel*");
    }

    [Fact]
    public void GroupedAccumulators_RefusesGroupsThatDoNotMatchTheSplit()
    {
        FluentActions.Invoking(() => new GroupedAccumulators<CountAccumulator>(true, [new(March, null, new CountAccumulator())]))
            .Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("*must name its channel*2026-03*");
        FluentActions.Invoking(() => new GroupedAccumulators<CountAccumulator>(false, [new(March, Channel.X, new CountAccumulator())]))
            .Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("*names X*");
        FluentActions.Invoking(() => new GroupedAccumulators<CountAccumulator>(false, [new(March, null, null!)]))
            .Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("*without an accumulator*");
        FluentActions.Invoking(() => new GroupedAccumulators<CountAccumulator>(true, [new(March, default(Channel), new CountAccumulator())]))
            .Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("*empty*");
    }

    [Fact]
    public void Totals_FromAnotherEngine_BecomeTheCalculatorsResults()
    {
        // A warehouse summed engagements and reach per month: 120 / 4,000 in March over 3 posts (one skipped), none used in April.
        var engagement = new EngagementRateCalculator(calendar: Paris);
        var rows = new GroupedAccumulators<RatioAccumulator>(false,
        [
            new(March, null, RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 100, 3_000, 2)),
            new(March, null, RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 20, 1_000, 1, recordsSkippedForMissingCounters: 1)),
            new(April, null, RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 0, 0, 0, recordsSkippedForZeroDenominator: 2)),
        ]);

        var results = engagement.ToResults(rows);

        results[0].Value.Should().Be(0.03);
        results[0].Inputs.RecordsUsed.Should().Be(3);
        results[0].Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
        results[1].UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        FluentActions.Invoking(() => new EngagementRateCalculator(new EngagementRateOptions { Aggregation = Aggregation.MeanOfRatios }).ToResults(rows))
            .Should().Throw<ArgumentException>().WithMessage("*combines by RatioOfSums, but this calculator by MeanOfRatios*");
    }

    [Fact]
    public void MentionSeries_FromCounts_FillsTheGaps_AndRefusesCountsItCannotUse()
    {
        var volume = new MentionVolumeCalculator(calendar: Paris);
        var days = new GroupedAccumulators<CountAccumulator>(false, [new(ReportingPeriod.Day(new LocalDate(2026, 3, 2)), null, new CountAccumulator(7))]);

        volume.Series(days, Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 3)).Select(p => p.Count).Should().Equal(0, 7, 0);
        FluentActions.Invoking(() => volume.Series(days, Cadence.Week, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 3)))
            .Should().Throw<ArgumentException>().WithParameterName("counts").WithMessage("*Day period 2026-03-02, but the series is by Week*");
        FluentActions.Invoking(() => volume.Series(GroupedAccumulators<CountAccumulator>.Empty(byChannel: true), Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 3)))
            .Should().Throw<ArgumentException>().WithParameterName("counts");
    }

    [Fact]
    public void Split_CutsAListIntoNearlyEqualConsecutiveParts()
    {
        var numbers = Enumerable.Range(0, 10).ToList();

        Partitions.Split(numbers, 3).Select(part => part.ToArray()).Should().BeEquivalentTo(
            new[] { new[] { 0, 1, 2 }, [3, 4, 5], [6, 7, 8, 9] }, options => options.WithStrictOrdering());
        Partitions.Split(new[] { 1, 2 }, 5).Should().HaveCount(2);
        Partitions.Split(Array.Empty<int>(), 4).Should().BeEmpty();
        FluentActions.Invoking(() => Partitions.Split(numbers, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("count");
    }

    [Fact]
    public void Accumulate_ReportsBadArguments()
    {
        var frequency = new PostingFrequencyCalculator();
        IEnumerable<SocialPost>[] parts = [[], null!];

        FluentActions.Invoking(() => Partitions.Accumulate(parts, part => frequency.AccumulateByPeriod(part, Cadence.Month)))
            .Should().Throw<ArgumentException>().WithParameterName("partitions").WithMessage("*partitions[1] is null*");
        FluentActions.Invoking(() => Partitions.Accumulate([Array.Empty<SocialPost>()], part => frequency.AccumulateByPeriod(part, Cadence.Month), maxDegreeOfParallelism: 0))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxDegreeOfParallelism");
        FluentActions.Invoking(() => Partitions.Accumulate([Array.Empty<SocialPost>()], (Func<IEnumerable<SocialPost>, GroupedAccumulators<CountAccumulator>>)(_ => null!)))
            .Should().Throw<AggregateException>().WithInnerException<ArgumentException>().WithMessage("*returned null for partition 0*");
        Partitions.Accumulate(Array.Empty<IEnumerable<SocialPost>>(), part => frequency.AccumulateByPeriod(part, Cadence.Month)).Should().BeEmpty();
    }

    [Fact]
    public void Accumulate_StopsWhenCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var frequency = new PostingFrequencyCalculator();

        FluentActions.Invoking(() => Partitions.Accumulate([Array.Empty<SocialPost>()], part => frequency.AccumulateByPeriod(part, Cadence.Month), cancellationToken: cancellation.Token))
            .Should().Throw<OperationCanceledException>();
    }
}
