using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Objectives;

public class BaselineTests
{
    [Fact]
    public void Constructor_FiniteValue_KeepsValueAndDate()
    {
        var baseline = new Baseline(0.032, new LocalDate(2026, 12, 31));

        baseline.Value.Should().Be(0.032);
        baseline.Date.Should().Be(new LocalDate(2026, 12, 31));
        baseline.ToString().Should().Be("0.032 on 2026-12-31");
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_NotFinite_ThrowsNamingValue(double value)
    {
        var act = () => new Baseline(value, new LocalDate(2026, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value")
            .WithMessage("value must be a finite number*");
    }

    [Theory]
    [InlineData(1e301)]
    [InlineData(-1e301)]
    public void Constructor_BeyondMaximumMagnitude_ThrowsNamingValue(double value)
    {
        var act = () => new Baseline(value, new LocalDate(2026, 12, 31));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("value")
            .WithMessage("*between -1e300 and 1e300*");
    }

    [Fact]
    public void Constructor_DateInAnotherCalendar_ThrowsNamingDate()
    {
        var act = () => new Baseline(2000, new LocalDate(2026, 12, 31, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithParameterName("date").WithMessage("date must use the ISO calendar*");
    }

    [Fact]
    public void Equality_SameValueAndDate_AreEqual()
    {
        var date = new LocalDate(2026, 12, 31);
        EqualityContract.Check(
            new Baseline(2000, date),
            new Baseline(2000, date),
            new Baseline(2001, date),
            new Baseline(2000, date.PlusDays(1)));
    }
}
