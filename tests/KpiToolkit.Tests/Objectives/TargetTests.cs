using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Objectives;

public class TargetTests
{
    [Fact]
    public void IncreaseTo_Value_IsAnIncreaseWithOnlyAValue()
    {
        var target = Target.IncreaseTo(0.045);

        target.Kind.Should().Be(TargetKind.IncreaseTo);
        target.Value.Should().Be(0.045);
        target.Minimum.Should().BeNull();
        target.Maximum.Should().BeNull();
        target.ToString().Should().Be("increase to 0.045");
    }

    [Fact]
    public void DecreaseTo_Value_IsADecreaseWithOnlyAValue()
    {
        var target = Target.DecreaseTo(0.003);

        target.Kind.Should().Be(TargetKind.DecreaseTo);
        target.Value.Should().Be(0.003);
        target.Minimum.Should().BeNull();
        target.Maximum.Should().BeNull();
        target.ToString().Should().Be("decrease to 0.003");
    }

    [Fact]
    public void KeepWithin_Bounds_IsARangeWithoutAValue()
    {
        var target = Target.KeepWithin(0.2, 0.3);

        target.Kind.Should().Be(TargetKind.KeepWithin);
        target.Value.Should().BeNull();
        target.Minimum.Should().Be(0.2);
        target.Maximum.Should().Be(0.3);
        target.ToString().Should().Be("keep within [0.2, 0.3]");
    }

    [Fact]
    public void KeepWithin_MaximumEqualToMinimum_IsAllowed()
    {
        var target = Target.KeepWithin(5, 5);

        target.Minimum.Should().Be(5);
        target.Maximum.Should().Be(5);
        target.IsMetBy(5).Should().BeTrue();
    }

    [Fact]
    public void Factories_ZeroAndExtremeFiniteValues_AreAccepted()
    {
        Target.IncreaseTo(0).Value.Should().Be(0);
        Target.IncreaseTo(1e300).Value.Should().Be(1e300);
        Target.DecreaseTo(-1e300).Value.Should().Be(-1e300);
        Target.KeepWithin(-1e300, 1e300).Maximum.Should().Be(1e300);
    }

    public static TheoryData<double> NotFinite => new() { double.NaN, double.PositiveInfinity, double.NegativeInfinity };

    [Theory]
    [MemberData(nameof(NotFinite))]
    public void IncreaseTo_NotFinite_ThrowsNamingValue(double value)
    {
        var act = () => Target.IncreaseTo(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("value must be a finite number*");
    }

    [Theory]
    [MemberData(nameof(NotFinite))]
    public void DecreaseTo_NotFinite_ThrowsNamingValue(double value)
    {
        var act = () => Target.DecreaseTo(value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("value must be a finite number*");
    }

    [Theory]
    [MemberData(nameof(NotFinite))]
    public void KeepWithin_MinimumNotFinite_ThrowsNamingMinimum(double minimum)
    {
        var act = () => Target.KeepWithin(minimum, 10);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("minimum").WithMessage("minimum must be a finite number*");
    }

    [Theory]
    [MemberData(nameof(NotFinite))]
    public void KeepWithin_MaximumNotFinite_ThrowsNamingMaximum(double maximum)
    {
        var act = () => Target.KeepWithin(0, maximum);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("maximum").WithMessage("maximum must be a finite number*");
    }

    [Fact]
    public void IncreaseTo_BeyondMaximumMagnitude_ThrowsNamingValue()
    {
        var act = () => Target.IncreaseTo(1e301);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value").WithMessage("*between -1e300 and 1e300*");
    }

    [Fact]
    public void KeepWithin_MaximumBelowMinimum_ThrowsNamingMaximumWithBothValues()
    {
        var act = () => Target.KeepWithin(0.3, 0.2);

        var exception = act.Should().Throw<ArgumentException>().Which;
        exception.ParamName.Should().Be("maximum");
        exception.Message.Should().Contain("maximum (0.2) must not be below minimum (0.3)");
    }

    [Theory]
    [InlineData(99.999, false)]
    [InlineData(100, true)]
    [InlineData(100.001, true)]
    public void IsMetBy_IncreaseTo100_MetAtAndAboveTheValue(double value, bool expected)
    {
        Target.IncreaseTo(100).IsMetBy(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(99.999, true)]
    [InlineData(100, true)]
    [InlineData(100.001, false)]
    public void IsMetBy_DecreaseTo100_MetAtAndBelowTheValue(double value, bool expected)
    {
        Target.DecreaseTo(100).IsMetBy(value).Should().Be(expected);
    }

    [Theory]
    [InlineData(0.199, false)]
    [InlineData(0.2, true)]
    [InlineData(0.25, true)]
    [InlineData(0.3, true)]
    [InlineData(0.301, false)]
    public void IsMetBy_KeepWithin_MetInsideTheRangeBothBoundsIncluded(double value, bool expected)
    {
        Target.KeepWithin(0.2, 0.3).IsMetBy(value).Should().Be(expected);
    }

    [Fact]
    public void IsMetBy_NaN_IsNeverMet()
    {
        Target.IncreaseTo(1).IsMetBy(double.NaN).Should().BeFalse();
        Target.DecreaseTo(1).IsMetBy(double.NaN).Should().BeFalse();
        Target.KeepWithin(0, 1).IsMetBy(double.NaN).Should().BeFalse();
    }

    [Fact]
    public void Equality_SameKindAndValues_AreEqual()
    {
        EqualityContract.Check(
            Target.IncreaseTo(0.045),
            Target.IncreaseTo(0.045),
            Target.IncreaseTo(0.046),
            Target.DecreaseTo(0.045),
            Target.KeepWithin(0.045, 0.045));
    }

    [Fact]
    public void Equality_Ranges_CompareBothBounds()
    {
        EqualityContract.Check(
            Target.KeepWithin(0.2, 0.3),
            Target.KeepWithin(0.2, 0.3),
            Target.KeepWithin(0.2, 0.31),
            Target.KeepWithin(0.1, 0.3));
    }
}
