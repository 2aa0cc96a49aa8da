using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Scaling;

/// <summary>The accumulators' compensated sums and argument checks, which the property tests do not reach.</summary>
public class AccumulatorEdgeTests
{
    private const double Big = 1e16;

    [Fact]
    public void RatioSum_KeepsSmallRatiosThatPlainAdditionDrops_WhicheverComesFirst()
    {
        // 1e16 + 1 rounds back to 1e16 in plain double addition; ten such ones would be lost.
        var bigFirst = new RatioAccumulator(Aggregation.MeanOfRatios);
        bigFirst.Add(10_000_000_000_000_000, 1);
        var smallFirst = new RatioAccumulator(Aggregation.MeanOfRatios);
        for (var i = 0; i < 10; i++)
        {
            bigFirst.Add(1, 1);
            smallFirst.Add(1, 1);
        }

        smallFirst.Add(10_000_000_000_000_000, 1);

        bigFirst.RatioSum.Should().Be(Big + 10);
        smallFirst.RatioSum.Should().Be(Big + 10);
        bigFirst.Value().Should().Be((Big + 10) / 11);
    }

    [Fact]
    public void Merge_CarriesTheCompensationOfEachSide()
    {
        var part = new RatioAccumulator(Aggregation.MeanOfRatios);
        part.Add(10_000_000_000_000_000, 1);
        for (var i = 0; i < 10; i++)
        {
            part.Add(1, 1);
        }

        var merged = RatioAccumulator.Merge(new RatioAccumulator(Aggregation.MeanOfRatios), part);

        merged.RatioSum.Should().Be(Big + 10);
        merged.RecordsUsed.Should().Be(11);
    }

    [Theory]
    [InlineData(-1, 0, "recordsSkippedForMissingCounters")]
    [InlineData(0, -1, "recordsSkippedForZeroDenominator")]
    public void FromTotals_NegativeSkips_AreRefusedByName(long missing, long zero, string parameter)
    {
        var create = () => RatioAccumulator.FromTotals(Aggregation.RatioOfSums, 1, 2, 1, recordsSkippedForMissingCounters: missing, recordsSkippedForZeroDenominator: zero);

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void ToResult_WithoutAnIndicatorOrWithTheEmptyChannel_IsRefused()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);

        var noIndicator = () => accumulator.ToResult(null!, ReportingPeriod.Month(2026, 3), null, "m");
        var emptyChannel = () => accumulator.ToResult(BuiltInIndicators.EngagementRate, ReportingPeriod.Month(2026, 3), default(Channel), "m");

        noIndicator.Should().Throw<ArgumentNullException>().WithParameterName("indicator");
        emptyChannel.Should().Throw<ArgumentException>().WithParameterName("channel");
    }

    [Fact]
    public void GroupedAccumulators_NullArguments_AreRefusedByName()
    {
        var empty = GroupedAccumulators<CountAccumulator>.Empty(byChannel: false);

        var noGroups = () => new GroupedAccumulators<CountAccumulator>(false, null!);
        var noPeriod = () => new GroupedAccumulators<CountAccumulator>(false, [new AccumulatorGroup<CountAccumulator>(null!, null, new CountAccumulator())]);
        var noFirst = () => GroupedAccumulators<CountAccumulator>.Merge(null!, empty);
        var noSecond = () => GroupedAccumulators<CountAccumulator>.Merge(empty, null!);

        noGroups.Should().Throw<ArgumentNullException>().WithParameterName("groups");
        noPeriod.Should().Throw<ArgumentException>().WithParameterName("groups").WithMessage("groups must not hold a group without a period.*");
        noFirst.Should().Throw<ArgumentNullException>().WithParameterName("first");
        noSecond.Should().Throw<ArgumentNullException>().WithParameterName("second");
    }

    [Fact]
    public void Partitions_NullArguments_AreRefusedByName()
    {
        Func<IEnumerable<SocialPost>, GroupedAccumulators<CountAccumulator>> count = part => new PostingFrequencyCalculator().AccumulateByPeriod(part, Cadence.Week);

        var noPartitions = () => Partitions.Accumulate(null!, count);
        var noAccumulate = () => Partitions.Accumulate<SocialPost, CountAccumulator>([], null!);
        var noRecords = () => Partitions.Split<SocialPost>(null!, 2);
        var badDegree = () => Partitions.Accumulate([], count, maxDegreeOfParallelism: 0);

        noPartitions.Should().Throw<ArgumentNullException>().WithParameterName("partitions");
        noAccumulate.Should().Throw<ArgumentNullException>().WithParameterName("accumulate");
        noRecords.Should().Throw<ArgumentNullException>().WithParameterName("records");
        badDegree.Should().Throw<ArgumentOutOfRangeException>().WithMessage("maxDegreeOfParallelism must be -1 (no limit) or at least 1.*");
    }

    [Fact]
    public void NoPartitions_AndMentionEngagement_GiveSetsNotSplitByChannel()
    {
        var none = Partitions.Accumulate<SocialPost, CountAccumulator>([], part => new PostingFrequencyCalculator().AccumulateByPeriod(part, Cadence.Week, byChannel: true));
        var mentions = new MentionEngagementRateCalculator().AccumulateByPeriod([], Cadence.Month);

        none.Should().BeEmpty();
        none.ByChannel.Should().BeFalse();
        mentions.ByChannel.Should().BeFalse();
    }
}
