using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

public class KpiResultTests
{
    private const string Method = "ratio of sums: reactions / reach";

    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    [Fact]
    public void Available_KeepsEverything()
    {
        var inputs = new KpiInputs(5, 10, 1, 2, 3);

        var result = KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, Channel.Instagram, 0.5, inputs, Method);

        result.Indicator.Should().Be(IndicatorKeys.EngagementRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Period.Should().Be(March);
        result.Channel.Should().Be(Channel.Instagram);
        result.Value.Should().Be(0.5);
        result.IsAvailable.Should().BeTrue();
        result.UnavailableReason.Should().BeNull();
        result.Inputs.Should().BeSameAs(inputs);
        result.Method.Should().Be(Method);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Available_NotFiniteValue_ThrowsNamingValue(double value)
    {
        var act = () => KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, null, value, new KpiInputs(1, 0, 1), Method);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "value")
            .WithMessage("value must be a finite number*");
    }

    [Fact]
    public void Available_EmptyKey_ThrowsNamingIndicator()
    {
        var act = () => KpiResult.Available(default, IndicatorUnit.Fraction, March, null, 1, new KpiInputs(1, 1, 1), Method);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "indicator")
            .WithMessage("*empty*");
    }

    [Fact]
    public void Available_BlankMethod_ThrowsNamingMethod()
    {
        var act = () => KpiResult.Available(IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, null, 1, new KpiInputs(1, 1, 1), " ");

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "method")
            .WithMessage("method must not be empty or whitespace*");
    }

    [Fact]
    public void Unavailable_HasNoValueAndTheReason()
    {
        var result = KpiResult.Unavailable(
            IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, null, KpiUnavailableReason.ZeroDenominator, new KpiInputs(0, 0, 0, 0, 4), Method);

        result.Value.Should().BeNull();
        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Channel.Should().BeNull();
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(4);
    }

    [Fact]
    public void Unavailable_UndefinedReason_ThrowsNamingReason()
    {
        var act = () => KpiResult.Unavailable(
            IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, null, (KpiUnavailableReason)99, new KpiInputs(null, null, 0), Method);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("reason");
    }

    [Fact]
    public void ToString_WithValue_MentionsNumeratorDenominatorAndCounts()
    {
        var result = KpiResult.Available(
            IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, Channel.Instagram, 0.0453, new KpiInputs(453, 10_000, 12, 1), Method);

        result.ToString().Should().Be("engagement-rate 2026-03 Instagram = 0.0453 (ratio of sums: reactions / reach; 453 / 10000; 12 used, 1 skipped)");
    }

    [Fact]
    public void ToString_Unavailable_MentionsTheReasonAndNoRatio()
    {
        var result = KpiResult.Unavailable(
            IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, March, null, KpiUnavailableReason.MissingCounters, new KpiInputs(null, null, 0, 3), Method);

        result.ToString().Should().Be("engagement-rate 2026-03 = n/a (MissingCounters) (ratio of sums: reactions / reach; 0 used, 3 skipped)");
    }

    [Fact]
    public void KpiInputs_RecordsSkipped_AddsBothReasons()
    {
        // 2 missing + 5 zero denominators = 7
        new KpiInputs(1, 2, 3, 2, 5).RecordsSkipped.Should().Be(7);
    }
}
