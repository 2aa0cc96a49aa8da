using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Measurements;

public partial class MeasurementSeriesTests
{
    private static MeasurementSeries JanuaryToMarch => new(Followers, [Monthly(1, 100), Monthly(2, 120), Monthly(3, 90)]);

    [Fact]
    public void ChangeAt_February_IsPlusTwentyOrTwentyPercent()
    {
        var change = JanuaryToMarch.ChangeAt(ReportingPeriod.Month(2026, 2));

        change.Should().NotBeNull();
        change!.PreviousPeriod.Label.Should().Be("2026-01");
        change.PreviousValue.Should().Be(100);
        change.Period.Label.Should().Be("2026-02");
        change.Value.Should().Be(120);
        change.Absolute.Should().Be(20);
        change.Relative.Should().Be(0.2);
    }

    [Fact]
    public void ChangeAt_March_IsMinusThirtyOrMinusQuarter()
    {
        var change = JanuaryToMarch.ChangeAt(ReportingPeriod.Month(2026, 3));

        change!.PreviousValue.Should().Be(120);
        change.Value.Should().Be(90);
        change.Absolute.Should().Be(-30);
        change.Relative.Should().Be(-0.25);
    }

    [Fact]
    public void ChangeAt_FirstPeriod_IsNull()
    {
        JanuaryToMarch.ChangeAt(ReportingPeriod.Month(2026, 1)).Should().BeNull();
    }

    [Fact]
    public void ChangeAt_AbsentPeriod_IsNull()
    {
        JanuaryToMarch.ChangeAt(ReportingPeriod.Month(2026, 4)).Should().BeNull();
    }

    [Fact]
    public void ChangeAt_NullPeriod_ThrowsNamingPeriod()
    {
        var act = () => JanuaryToMarch.ChangeAt(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
    }

    [Fact]
    public void Changes_ThreeMonths_AreTheTwoChangesInOrder()
    {
        var changes = JanuaryToMarch.Changes().ToList();

        changes.Select(c => c.Period.Label).Should().Equal("2026-02", "2026-03");
        changes.Select(c => c.Absolute).Should().Equal(20, -30);
        changes.Select(c => c.Relative).Should().Equal(0.2, -0.25);
    }

    [Fact]
    public void Changes_GapWithoutApril_GivesNoChangeAcrossTheGap()
    {
        var series = JanuaryToMarch.With(Monthly(5, 110));

        var changes = series.Changes().ToList();

        changes.Select(c => c.Period.Label).Should().Equal("2026-02", "2026-03");
        series.ChangeAt(ReportingPeriod.Month(2026, 5)).Should().BeNull();
    }

    [Fact]
    public void Changes_AfterTheGap_ResumeBetweenAdjacentPeriods()
    {
        var series = JanuaryToMarch.With(Monthly(5, 110)).With(Monthly(6, 99));

        series.Changes().Select(c => (c.PreviousPeriod.Label, c.Period.Label)).Should().Equal(
            ("2026-01", "2026-02"), ("2026-02", "2026-03"), ("2026-05", "2026-06"));
        series.ChangeAt(ReportingPeriod.Month(2026, 6))!.Absolute.Should().Be(-11);
        series.ChangeAt(ReportingPeriod.Month(2026, 6))!.Relative.Should().Be(-0.1);
    }

    [Fact]
    public void ChangeAt_FromZero_HasNoRelativeChangeAndAbsoluteIsTheNewValue()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 0), Monthly(2, 50)]);

        var change = series.ChangeAt(ReportingPeriod.Month(2026, 2))!;

        change.Absolute.Should().Be(50);
        change.Relative.Should().BeNull();
    }

    [Fact]
    public void ChangeAt_ToZero_IsMinusHundredPercent()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 40), Monthly(2, 0)]);

        var change = series.ChangeAt(ReportingPeriod.Month(2026, 2))!;

        change.Absolute.Should().Be(-40);
        change.Relative.Should().Be(-1);
    }

    [Fact]
    public void ChangeAt_FromMinusFiftyToMinusTwentyFive_IsPlusHalf()
    {
        var series = new MeasurementSeries(IndicatorKeys.ReturnOnInvestment, [Roi(1, -50), Roi(2, -25)]);

        var change = series.ChangeAt(ReportingPeriod.Quarter(2026, 2))!;

        change.Absolute.Should().Be(25);
        change.Relative.Should().Be(0.5, "the relative change divides by the magnitude, so a rise stays positive");
    }

    [Fact]
    public void ChangeAt_FromMinusFiftyToMinusHundred_IsMinusOne()
    {
        var series = new MeasurementSeries(IndicatorKeys.ReturnOnInvestment, [Roi(1, -50), Roi(2, -100)]);

        var change = series.ChangeAt(ReportingPeriod.Quarter(2026, 2))!;

        change.Absolute.Should().Be(-50);
        change.Relative.Should().Be(-1);
    }

    [Fact]
    public void ChangeAt_FromMaximumToMinimumMagnitude_StaysFinite()
    {
        var series = new MeasurementSeries(IndicatorKeys.ReturnOnInvestment, [Roi(1, 1e300), Roi(2, -1e300)]);

        var change = series.ChangeAt(ReportingPeriod.Quarter(2026, 2))!;

        change.Absolute.Should().Be(-2e300);
        double.IsFinite(change.Absolute).Should().BeTrue();
        change.Relative.Should().Be(-2);
    }

    [Fact]
    public void ChangeAt_FromMinimumToMaximumMagnitude_StaysFinite()
    {
        var series = new MeasurementSeries(IndicatorKeys.ReturnOnInvestment, [Roi(1, -1e300), Roi(2, 1e300)]);

        var change = series.ChangeAt(ReportingPeriod.Quarter(2026, 2))!;

        change.Absolute.Should().Be(2e300);
        change.Relative.Should().Be(2);
    }

    [Fact]
    public void ChangeAt_AcrossIsoWeek53_ComparesWithWeek53()
    {
        var series = new MeasurementSeries(IndicatorKeys.PostingFrequency,
        [
            new Measurement(IndicatorKeys.PostingFrequency, ReportingPeriod.IsoWeek(2027, 1), 6),
            new Measurement(IndicatorKeys.PostingFrequency, ReportingPeriod.IsoWeek(2026, 53), 4),
        ]);

        var change = series.ChangeAt(ReportingPeriod.IsoWeek(2027, 1))!;

        change.PreviousPeriod.Label.Should().Be("2026-W53");
        change.Absolute.Should().Be(2);
        change.Relative.Should().Be(0.5);
    }

    [Fact]
    public void Changes_AdjacentCustomPeriods_AreCompared()
    {
        var first = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10)), 10);
        var second = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 25)), 15);
        var afterGap = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 27), new LocalDate(2026, 3, 31)), 30);

        var changes = new MeasurementSeries(Followers, [afterGap, second, first]).Changes().ToList();

        changes.Should().ContainSingle();
        changes[0].PreviousPeriod.Label.Should().Be("2026-03-01/2026-03-10");
        changes[0].Period.Label.Should().Be("2026-03-11/2026-03-25");
        changes[0].Absolute.Should().Be(5);
        changes[0].Relative.Should().Be(0.5);
    }

    private static Measurement Roi(int quarter, double value) =>
        new(IndicatorKeys.ReturnOnInvestment, ReportingPeriod.Quarter(2026, quarter), value);
}
