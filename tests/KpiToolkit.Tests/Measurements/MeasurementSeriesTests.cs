using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Measurements;

public partial class MeasurementSeriesTests
{
    private static IndicatorKey Followers => IndicatorKeys.Followers;

    [Fact]
    public void Constructor_UnorderedMeasurements_SortsThemByPeriod()
    {
        var series = new MeasurementSeries(Followers, [Monthly(3, 90), Monthly(1, 100), Monthly(2, 120)]);

        series.Measurements.Select(m => m.Period.Label).Should().Equal("2026-01", "2026-02", "2026-03");
        series.Measurements.Select(m => m.Value).Should().Equal(100, 120, 90);
        series.Count.Should().Be(3);
        series.Indicator.Should().Be(Followers);
        series.Cadence.Should().Be(Cadence.Month);
        series.Channel.Should().BeNull();
    }

    [Fact]
    public void Constructor_AcrossYearEnd_SortsChronologically()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 10), new Measurement(Followers, ReportingPeriod.Month(2025, 12), 5)]);

        series.Measurements.Select(m => m.Period.Label).Should().Equal("2025-12", "2026-01");
    }

    [Fact]
    public void Empty_HasNoCountLatestCadenceNorChanges()
    {
        var series = new MeasurementSeries(Followers, []);

        series.Count.Should().Be(0);
        series.Measurements.Should().BeEmpty();
        series.Latest.Should().BeNull();
        series.Cadence.Should().BeNull();
        series.Channel.Should().BeNull();
        series.Changes().Should().BeEmpty();
        series.ChangeAt(ReportingPeriod.Month(2026, 1)).Should().BeNull();
    }

    [Fact]
    public void Channel_IsTheChannelOfTheMeasurements()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 100, Channel.Instagram), Monthly(2, 120, new Channel("INSTAGRAM"))]);

        series.Channel.Should().Be(Channel.Instagram);
    }

    [Fact]
    public void Latest_IsTheMeasurementOfTheLatestPeriod()
    {
        var series = new MeasurementSeries(Followers, [Monthly(5, 1), Monthly(11, 2), Monthly(7, 3)]);

        series.Latest!.Period.Label.Should().Be("2026-11");
        series.Latest.Value.Should().Be(2);
    }

    [Fact]
    public void Constructor_EmptyIndicator_ThrowsNamingIndicator()
    {
        var act = () => new MeasurementSeries(default, []);

        act.Should().Throw<ArgumentException>()
            .WithMessage("indicator must not be the empty (default) indicator key.*")
            .Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void Constructor_NullMeasurements_ThrowsNamingMeasurements()
    {
        var act = () => new MeasurementSeries(Followers, null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_NullItem_ThrowsNamingMeasurements()
    {
        var act = () => new MeasurementSeries(Followers, [Monthly(1, 100), null!]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("measurements must not contain null.*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_TwoValuesForOnePeriod_ThrowsNamingPeriodAndBothValues()
    {
        var act = () => new MeasurementSeries(Followers, [Monthly(1, 100), Monthly(2, 120), Monthly(2, 125.5)]);

        var exception = act.Should().Throw<ArgumentException>()
            .WithMessage("The series of 'followers' has two values for the period 2026-02: *. A series holds one value per period.*")
            .Which;
        exception.ParamName.Should().Be("measurements");
        exception.Message.Should().Contain("120").And.Contain("125.5");
    }

    [Fact]
    public void Constructor_SameValueTwiceForOnePeriod_Throws()
    {
        var act = () => new MeasurementSeries(Followers, [Monthly(2, 120), Monthly(2, 120)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*two values for the period 2026-02: 120 and 120*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_OverlappingCustomPeriods_Throws()
    {
        var first = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10)), 1);
        var second = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 20)), 2);

        var act = () => new MeasurementSeries(Followers, [second, first]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The series of 'followers' has overlapping periods 2026-03-01/2026-03-10 and 2026-03-10/2026-03-20.*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_CustomPeriodInsideAnother_Throws()
    {
        var campaign = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), 1);
        var inside = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 5), new LocalDate(2026, 3, 6)), 2);
        var after = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), 3);

        var act = () => new MeasurementSeries(Followers, [after, inside, campaign]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*overlapping periods 2026-03-01/2026-03-31 and 2026-03-05/2026-03-06*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_AdjacentCustomPeriods_AreAccepted()
    {
        var first = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10)), 1);
        var second = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 3, 11), new LocalDate(2026, 3, 25)), 2);

        new MeasurementSeries(Followers, [second, first]).Count.Should().Be(2);
    }

    [Fact]
    public void Constructor_MixedCadences_Throws()
    {
        var week = new Measurement(Followers, ReportingPeriod.IsoWeek(2026, 10), 2);

        var act = () => new MeasurementSeries(Followers, [Monthly(3, 1), week]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The series of 'followers' mixes the cadences Month and Week; a series holds one cadence.*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_MonthAndCustomWithSameDays_ThrowsForMixedCadences()
    {
        var custom = new Measurement(Followers, ReportingPeriod.Custom(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), 2);

        var act = () => new MeasurementSeries(Followers, [Monthly(3, 1), custom]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*mixes the cadences Month and Custom*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_MixedChannels_Throws()
    {
        var act = () => new MeasurementSeries(Followers, [Monthly(1, 1, Channel.Instagram), Monthly(2, 2, Channel.Facebook)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The series of 'followers' mixes channels 'Instagram' and 'Facebook'; a series holds one channel.*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_ChannelAndAllChannels_Throws()
    {
        var act = () => new MeasurementSeries(Followers, [Monthly(1, 1), Monthly(2, 2, Channel.Blog)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*mixes channels 'all channels' and 'Blog'*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_AnotherIndicator_Throws()
    {
        var impressions = new Measurement(IndicatorKeys.Impressions, ReportingPeriod.Month(2026, 2), 5000);

        var act = () => new MeasurementSeries(Followers, [Monthly(1, 1), impressions]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("The series is for 'followers' but holds a measurement of 'impressions' for 2026-02.*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void Constructor_SingleMeasurementOfAnotherIndicator_Throws()
    {
        var act = () => new MeasurementSeries(Followers, [new Measurement(IndicatorKeys.Impressions, ReportingPeriod.Month(2026, 2), 5000)]);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*holds a measurement of 'impressions'*")
            .Which.ParamName.Should().Be("measurements");
    }

    [Fact]
    public void With_NewPeriod_ReturnsNewSeriesAndLeavesOriginalUnchanged()
    {
        var original = new MeasurementSeries(Followers, [Monthly(1, 100), Monthly(3, 90)]);

        var extended = original.With(Monthly(2, 120));

        extended.Should().NotBeSameAs(original);
        extended.Measurements.Select(m => m.Value).Should().Equal(100, 120, 90);
        original.Count.Should().Be(2);
        original.Measurements.Select(m => m.Value).Should().Equal(100, 90);
    }

    [Fact]
    public void With_PeriodAlreadyPresent_ThrowsAndLeavesSeriesUnchanged()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 100), Monthly(2, 120)]);

        var act = () => series.With(Monthly(2, 121));

        act.Should().Throw<ArgumentException>()
            .WithMessage("*two values for the period 2026-02: *")
            .Which.Message.Should().Contain("120").And.Contain("121");
        series.Get(ReportingPeriod.Month(2026, 2)).Value.Should().Be(120);
    }

    [Fact]
    public void With_PeriodAlreadyPresent_NamesTheMeasurementParameter()
    {
        var series = new MeasurementSeries(Followers, [Monthly(2, 120)]);

        var act = () => series.With(Monthly(2, 121));

        act.Should().Throw<ArgumentException>()
            .Which.ParamName.Should().Be("measurement", "the exception must name a parameter of the method called");
    }

    [Fact]
    public void With_Null_ThrowsNamingMeasurement()
    {
        var series = new MeasurementSeries(Followers, []);

        var act = () => series.With(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("measurement");
    }

    [Fact]
    public void With_OnEmptySeries_SetsCadenceAndLatest()
    {
        var series = new MeasurementSeries(Followers, []).With(new Measurement(Followers, ReportingPeriod.IsoWeek(2026, 53), 7));

        series.Cadence.Should().Be(Cadence.Week);
        series.Latest!.Period.Label.Should().Be("2026-W53");
    }

    [Fact]
    public void Get_PresentPeriod_ReturnsItsMeasurement()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 100), Monthly(2, 120), Monthly(3, 90), Monthly(4, 95)]);

        series.Get(ReportingPeriod.Month(2026, 3)).Value.Should().Be(90);
        series.Get(ReportingPeriod.Month(2026, 1)).Value.Should().Be(100);
        series.Get(ReportingPeriod.Month(2026, 4)).Value.Should().Be(95);
    }

    [Fact]
    public void Get_AbsentPeriod_ThrowsKeyNotFoundNamingIndicatorAndPeriod()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 100)]);

        var act = () => series.Get(ReportingPeriod.Month(2026, 2));

        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("The series of 'followers' has no value for the period 2026-02.");
    }

    [Fact]
    public void TryGet_PresentPeriod_ReturnsTrueAndMeasurement()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 100), Monthly(2, 120)]);

        series.TryGet(ReportingPeriod.Month(2026, 2), out var measurement).Should().BeTrue();

        measurement!.Value.Should().Be(120);
    }

    [Fact]
    public void TryGet_CustomPeriodWithTheDaysOfAMonth_IsNotTheMonth()
    {
        var series = new MeasurementSeries(Followers, [Monthly(3, 90)]);

        series.TryGet(ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), out var measurement).Should().BeFalse();

        measurement.Should().BeNull();
    }

    [Fact]
    public void TryGet_AbsentPeriod_ReturnsFalseAndNull()
    {
        var series = new MeasurementSeries(Followers, [Monthly(1, 100), Monthly(3, 90)]);

        series.TryGet(ReportingPeriod.Month(2026, 2), out var measurement).Should().BeFalse();

        measurement.Should().BeNull();
    }

    [Fact]
    public void TryGet_NullPeriod_ThrowsNamingPeriod()
    {
        var series = new MeasurementSeries(Followers, []);

        var act = () => series.TryGet(null!, out _);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
    }

    private static Measurement Monthly(int month, double value, Channel? channel = null) =>
        new(IndicatorKeys.Followers, ReportingPeriod.Month(2026, month), value, channel);
}
