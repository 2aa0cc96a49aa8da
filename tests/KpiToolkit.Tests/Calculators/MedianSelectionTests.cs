using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Calculators.Engine;

namespace KpiToolkit.Tests.Calculators;

/// <summary>The median found by selection is the median found by sorting.</summary>
public class MedianSelectionTests
{
    [Theory]
    [InlineData(new[] { 5.0 }, 5.0)]
    [InlineData(new[] { 3.0, 1.0 }, 2.0)]
    [InlineData(new[] { 9.0, 1.0, 5.0 }, 5.0)]
    [InlineData(new[] { 4.0, 1.0, 3.0, 2.0 }, 2.5)]
    [InlineData(new[] { 7.0, 7.0, 7.0, 1.0, 7.0 }, 7.0)]
    public void MedianInPlace_SmallCases(double[] values, double expected) =>
        Statistics.MedianInPlace(values).Should().Be(expected);

    [Fact]
    public void MedianInPlace_ManyValuesInOrderOrReversed_IsTheMiddle()
    {
        // Past the length that is sorted outright, so the partitioning runs; sorted input is its classic worst case.
        var ascending = Enumerable.Range(1, 10_001).Select(i => (double)i).ToArray();
        Statistics.MedianInPlace(ascending).Should().Be(5_001);
        var descending = Enumerable.Range(1, 10_000).Select(i => (double)(10_001 - i)).ToArray();
        Statistics.MedianInPlace(descending).Should().Be(5_000.5);
    }

    [Fact]
    public void MedianInPlace_WithNaN_SortsAsBefore()
    {
        // A sort puts NaN first, so the middle of [NaN, 1, 2] is 1.
        Statistics.MedianInPlace(new[] { 2.0, double.NaN, 1.0 }).Should().Be(1.0);
    }

    [Fact]
    public void MedianInPlace_Empty_Throws() =>
        FluentActions.Invoking(() => Statistics.MedianInPlace(Span<double>.Empty)).Should().Throw<ArgumentException>().WithMessage("*no value*");

    [Fact]
    public void MedianInPlace_RandomValues_EqualsTheMedianOfASortedCopy()
    {
        // Few distinct values give long runs of equal ones, which partitioning must keep on both sides of the middle.
        var values = Gen.OneOf(
            Gen.Choose(-3, 3).Select(i => (double)i),
            Gen.Choose(int.MinValue, int.MaxValue).Select(i => i / 7.0));

        Prop.ForAll(Gen.NonEmptyListOf(values).Select(list => list.ToArray()).ToArbitrary(), array =>
        {
            var sorted = array.Order().ToArray();
            var middle = sorted.Length / 2;
            var expected = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] / 2) + (sorted[middle] / 2);

            Statistics.MedianInPlace(array).Should().Be(expected);
            array.Order().Should().Equal(sorted, "the values are reordered, never changed");
        }).QuickCheckThrowOnFailure();
    }
}
