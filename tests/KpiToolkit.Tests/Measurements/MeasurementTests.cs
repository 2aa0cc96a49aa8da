using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Measurements;

public class MeasurementTests
{
    private static ReportingPeriod March => ReportingPeriod.Month(2026, 3);

    private static MeasurementSource Graph => new("Instagram Graph API", "views", "v22.0");

    [Fact]
    public void Constructor_ValidArguments_SetsEveryProperty()
    {
        var measurement = new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, Channel.Instagram, Graph);

        measurement.Indicator.Should().Be(IndicatorKeys.EngagementRate);
        measurement.Period.Should().Be(ReportingPeriod.Month(2026, 3));
        measurement.Value.Should().Be(0.0453);
        measurement.Channel.Should().Be(Channel.Instagram);
        measurement.Source.Should().Be(new MeasurementSource("Instagram Graph API", "views", "v22.0"));
    }

    [Fact]
    public void Constructor_NoChannelNorSource_LeavesThemNull()
    {
        var measurement = new Measurement(IndicatorKeys.Impressions, March, 1200);

        measurement.Channel.Should().BeNull();
        measurement.Source.Should().BeNull();
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_NonFiniteValue_ThrowsNamingValue(double value)
    {
        var act = () => new Measurement(IndicatorKeys.Impressions, March, value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("value must be a finite number, but was *")
            .Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData(1e301)]
    [InlineData(-1e301)]
    [InlineData(double.MaxValue)]
    [InlineData(double.MinValue)]
    public void Constructor_ValueBeyondMaximumMagnitude_ThrowsNamingValue(double value)
    {
        var act = () => new Measurement(IndicatorKeys.Impressions, March, value);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("value must be between -* and *")
            .Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Constructor_ValueJustAboveMaximumMagnitude_Throws()
    {
        var act = () => new Measurement(IndicatorKeys.Impressions, March, Math.BitIncrement(1e300));

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
    }

    [Theory]
    [InlineData(1e300)]
    [InlineData(-1e300)]
    [InlineData(0)]
    [InlineData(-0.5)]
    public void Constructor_ValueWithinMaximumMagnitude_IsAccepted(double value)
    {
        new Measurement(IndicatorKeys.Impressions, March, value).Value.Should().Be(value);
    }

    [Fact]
    public void MaximumMagnitude_Is1e300()
    {
        Measurement.MaximumMagnitude.Should().Be(1e300);
    }

    [Fact]
    public void Constructor_EmptyIndicator_ThrowsNamingIndicator()
    {
        var act = () => new Measurement(default, March, 1);

        act.Should().Throw<ArgumentException>()
            .WithMessage("indicator must not be the empty (default) indicator key.*")
            .Which.ParamName.Should().Be("indicator");
    }

    [Fact]
    public void Constructor_NullPeriod_ThrowsNamingPeriod()
    {
        var act = () => new Measurement(IndicatorKeys.Impressions, null!, 1);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
    }

    [Fact]
    public void Constructor_EmptyChannel_ThrowsNamingChannel()
    {
        var act = () => new Measurement(IndicatorKeys.Impressions, March, 1, default(Channel));

        act.Should().Throw<ArgumentException>()
            .WithMessage("channel must be null or a named channel, not the empty (default) channel.*")
            .Which.ParamName.Should().Be("channel");
    }

    [Fact]
    public void Equality_HoldsTheEqualityContract()
    {
        EqualityContract.Check(
            new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, Channel.Instagram, Graph),
            new Measurement(new IndicatorKey("Engagement-Rate"), ReportingPeriod.Month(2026, 3), 0.0453, new Channel("instagram"), new MeasurementSource("Instagram Graph API", "views", "v22.0")),
            new Measurement(IndicatorKeys.ReachRate, March, 0.0453, Channel.Instagram, Graph),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 4), 0.0453, Channel.Instagram, Graph),
            new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), 0.0453, Channel.Instagram, Graph),
            new Measurement(IndicatorKeys.EngagementRate, March, 0.0454, Channel.Instagram, Graph),
            new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, Channel.Facebook, Graph),
            new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, null, Graph),
            new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, Channel.Instagram, new MeasurementSource("Instagram Graph API", "views", "v23.0")),
            new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, Channel.Instagram));
    }

    [Fact]
    public void ToString_ShowsIndicatorPeriodChannelAndValue()
    {
        new Measurement(IndicatorKeys.EngagementRate, March, 0.0453, Channel.Instagram).ToString()
            .Should().Be("engagement-rate 2026-03 Instagram = 0.0453");
        new Measurement(IndicatorKeys.Impressions, ReportingPeriod.IsoWeek(2026, 53), 1500.5).ToString()
            .Should().Be("impressions 2026-W53 = 1500.5");
    }
}
