using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;

namespace KpiToolkit.Tests.Calculators;

public class RatioAccumulatorTests
{
    [Fact]
    public void Add_TwoRecords_SumsByHand()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);

        accumulator.Add(10, 100);
        accumulator.Add(500, 50_000);

        accumulator.NumeratorSum.Should().Be((Int128)510);        // 10 + 500
        accumulator.DenominatorSum.Should().Be((Int128)50_100);   // 100 + 50,000
        accumulator.RatioSum.Should().Be(0, "a ratio of sums computes no per-record ratio");
        accumulator.RecordsUsed.Should().Be(2);
        accumulator.Value()!.Value.Should().BeApproximately(510.0 / 50_100, 1e-12); // 510 / 50,100 ≈ 0.0101796
    }

    [Fact]
    public void Add_MeanOfRatios_KeepsTheSumOfTheRecordRatios()
    {
        var accumulator = new RatioAccumulator(Aggregation.MeanOfRatios);

        accumulator.Add(10, 100);
        accumulator.Add(500, 50_000);

        accumulator.RatioSum.Should().BeApproximately(0.11, 1e-12); // 0.1 + 0.01
        accumulator.NumeratorSum.Should().Be((Int128)510);
    }

    [Fact]
    public void Value_MeanOfRatios_IsTheMeanOfTheRecordRatios()
    {
        var accumulator = new RatioAccumulator(Aggregation.MeanOfRatios);
        accumulator.Add(10, 100);
        accumulator.Add(500, 50_000);

        // (0.1 + 0.01) / 2 = 0.055
        accumulator.Value()!.Value.Should().BeApproximately(0.055, 1e-12);
        accumulator.ToInputs().Numerator!.Value.Should().BeApproximately(0.11, 1e-12);
        accumulator.ToInputs().Denominator.Should().Be(2);
    }

    [Fact]
    public void Value_Median_OddAndEvenCounts()
    {
        var accumulator = new RatioAccumulator(Aggregation.Median);
        accumulator.Add(10, 100);      // 0.1
        accumulator.Add(500, 50_000);  // 0.01

        // (0.01 + 0.1) / 2 = 0.055
        accumulator.Value()!.Value.Should().BeApproximately(0.055, 1e-12);

        accumulator.Add(30, 1_000);    // 0.03

        // sorted 0.01, 0.03, 0.1 → 0.03
        accumulator.Value()!.Value.Should().BeApproximately(0.03, 1e-12);
        accumulator.ToInputs().Should().Be(new KpiInputs(null, null, 3));
    }

    [Fact]
    public void Add_ManyLongMaxValues_DoesNotOverflow()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);

        for (var i = 0; i < 3; i++)
        {
            accumulator.Add(long.MaxValue, long.MaxValue);
        }

        accumulator.NumeratorSum.Should().Be(3 * (Int128)long.MaxValue);
        accumulator.DenominatorSum.Should().Be(3 * (Int128)long.MaxValue);
        accumulator.NumeratorSum.Should().BeGreaterThan((Int128)long.MaxValue, "a long sum would have wrapped to a negative number");
        accumulator.Value().Should().Be(1); // 3·max / 3·max
        accumulator.RecordsUsed.Should().Be(3);
    }

    [Fact]
    public void Add_LargeUnevenCounters_KeepsTheExactSums()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);

        accumulator.Add(long.MaxValue, long.MaxValue);
        accumulator.Add(long.MaxValue, 1);

        accumulator.NumeratorSum.Should().Be(2 * (Int128)long.MaxValue);
        accumulator.DenominatorSum.Should().Be((Int128)long.MaxValue + 1); // 2^63

        // (2·(2^63 − 1)) / 2^63 = 2 − 2^-62, which is 2 in double
        accumulator.Value()!.Value.Should().BeApproximately(2, 1e-12);
    }

    [Fact]
    public void Add_NegativeNumerator_ThrowsNamingNumerator()
    {
        var act = () => new RatioAccumulator(Aggregation.RatioOfSums).Add(-1, 10);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "numerator")
            .WithMessage("numerator must not be negative*");
    }

    [Fact]
    public void Add_NegativeDenominator_ThrowsNamingDenominator()
    {
        var act = () => new RatioAccumulator(Aggregation.RatioOfSums).Add(1, -5);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "denominator")
            .WithMessage("denominator must not be negative*");
    }

    [Fact]
    public void Add_RefusedRecord_LeavesTheAccumulatorUnchanged()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        accumulator.Add(1, 2);

        var act = () => accumulator.Add(3, -1);

        act.Should().Throw<ArgumentOutOfRangeException>();
        accumulator.NumeratorSum.Should().Be((Int128)1);
        accumulator.DenominatorSum.Should().Be((Int128)2);
        accumulator.RecordsUsed.Should().Be(1);
    }

    [Fact]
    public void Add_ZeroDenominator_RatioOfSumsKeepsTheNumerator()
    {
        // A month with 0 views but 228,260 likes, then one with 10 likes on 1,000 views: (228,260 + 10) / (0 + 1,000).
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        accumulator.Add(228_260, 0);
        accumulator.Add(10, 1_000);

        accumulator.NumeratorSum.Should().Be((Int128)228_270);
        accumulator.DenominatorSum.Should().Be((Int128)1_000);
        accumulator.RecordsUsed.Should().Be(2);
        accumulator.RecordsSkippedForZeroDenominator.Should().Be(0);
        accumulator.Value().Should().Be(228.27);
    }

    [Theory]
    [InlineData(Aggregation.MeanOfRatios)]
    [InlineData(Aggregation.Median)]
    public void Add_ZeroDenominator_MeanAndMedianSkipTheRecordAndCountIt(Aggregation aggregation)
    {
        // Only 10 / 1,000 has a ratio of its own: 0.01.
        var accumulator = new RatioAccumulator(aggregation);
        accumulator.Add(228_260, 0);
        accumulator.Add(10, 1_000);

        accumulator.RecordsUsed.Should().Be(1);
        accumulator.RecordsSkippedForZeroDenominator.Should().Be(1);
        accumulator.NumeratorSum.Should().Be((Int128)10);
        accumulator.Value().Should().Be(0.01);
    }

    [Fact]
    public void Value_RatioOfSumsWhoseDenominatorsAddUpToZero_IsUnavailableForZeroDenominator()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        accumulator.Add(5, 0);
        accumulator.Add(0, 0);

        accumulator.Value().Should().BeNull();
        accumulator.UnavailableReason().Should().Be(KpiUnavailableReason.ZeroDenominator);
        accumulator.ToInputs().Should().Be(new KpiInputs(5, 0, 2, 0, 0));
    }

    [Fact]
    public void Constructor_UndefinedAggregation_ThrowsNamingAggregation()
    {
        var act = () => new RatioAccumulator((Aggregation)7);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("aggregation");
    }

    [Fact]
    public void Merge_SumsEverythingAndLeavesTheInputsUnchanged()
    {
        var first = new RatioAccumulator(Aggregation.MeanOfRatios);
        first.Add(10, 100);
        first.SkipMissingCounter();
        var second = new RatioAccumulator(Aggregation.MeanOfRatios);
        second.Add(500, 50_000);
        second.Add(30, 1_000);
        second.SkipZeroDenominator();

        var merged = RatioAccumulator.Merge(first, second);

        merged.NumeratorSum.Should().Be((Int128)540);         // 10 + 500 + 30
        merged.DenominatorSum.Should().Be((Int128)51_100);    // 100 + 50,000 + 1,000
        merged.RecordsUsed.Should().Be(3);
        merged.RecordsSkippedForMissingCounters.Should().Be(1);
        merged.RecordsSkippedForZeroDenominator.Should().Be(1);
        merged.Value()!.Value.Should().BeApproximately(0.14 / 3, 1e-12); // (0.1 + 0.01 + 0.03) / 3
        first.RecordsUsed.Should().Be(1);
        second.RecordsUsed.Should().Be(2);
    }

    [Fact]
    public void Merge_Median_KeepsTheRatiosOfBoth()
    {
        var first = new RatioAccumulator(Aggregation.Median);
        first.Add(10, 100);     // 0.1
        var second = new RatioAccumulator(Aggregation.Median);
        second.Add(500, 50_000); // 0.01
        second.Add(30, 1_000);   // 0.03

        // sorted 0.01, 0.03, 0.1 → 0.03
        RatioAccumulator.Merge(first, second).Value()!.Value.Should().BeApproximately(0.03, 1e-12);
        RatioAccumulator.Merge(second, first).Value()!.Value.Should().BeApproximately(0.03, 1e-12);
    }

    [Fact]
    public void Merge_DifferentAggregations_Throws()
    {
        var act = () => RatioAccumulator.Merge(new RatioAccumulator(Aggregation.RatioOfSums), new RatioAccumulator(Aggregation.Median));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "second")
            .WithMessage("Cannot merge an accumulator for RatioOfSums with one for Median*");
    }

    [Fact]
    public void Merge_Null_ThrowsNamingTheArgument()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);

        ((Action)(() => RatioAccumulator.Merge(null!, accumulator))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("first");
        ((Action)(() => RatioAccumulator.Merge(accumulator, null!))).Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("second");
    }

    [Fact]
    public void UnavailableReason_Empty_IsNoData()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);

        accumulator.Value().Should().BeNull();
        accumulator.UnavailableReason().Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void UnavailableReason_OnlyMissingCounters_IsMissingCounters()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        accumulator.SkipMissingCounter();
        accumulator.SkipMissingCounter();

        accumulator.Value().Should().BeNull();
        accumulator.UnavailableReason().Should().Be(KpiUnavailableReason.MissingCounters);
        accumulator.RecordsSkippedForMissingCounters.Should().Be(2);
    }

    [Fact]
    public void UnavailableReason_OnlyZeroDenominators_IsZeroDenominator()
    {
        var accumulator = new RatioAccumulator(Aggregation.MeanOfRatios);
        accumulator.SkipZeroDenominator();

        accumulator.Value().Should().BeNull();
        accumulator.UnavailableReason().Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void UnavailableReason_BothSkips_ZeroDenominatorWins()
    {
        var accumulator = new RatioAccumulator(Aggregation.Median);
        accumulator.SkipMissingCounter();
        accumulator.SkipMissingCounter();
        accumulator.SkipZeroDenominator();

        accumulator.UnavailableReason().Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void UnavailableReason_WithAValue_IsNull()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        accumulator.SkipZeroDenominator();
        accumulator.Add(1, 4);

        accumulator.UnavailableReason().Should().BeNull();
        accumulator.Value().Should().Be(0.25); // 1 / 4
    }

    [Fact]
    public void ToInputs_RatioOfSums_ShowsTheSumsAndSkips()
    {
        var accumulator = new RatioAccumulator(Aggregation.RatioOfSums);
        accumulator.Add(10, 100);
        accumulator.Add(500, 50_000);
        accumulator.SkipMissingCounter();
        accumulator.SkipZeroDenominator();
        accumulator.SkipZeroDenominator();

        // 10 + 500 = 510 over 100 + 50,000 = 50,100; 2 used, 1 missing, 2 zero
        accumulator.ToInputs().Should().Be(new KpiInputs(510, 50_100, 2, 1, 2));
    }
}
