using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Measurements;

/// <summary>A calculator's results made into a measurement series in one call.</summary>
public sealed class SeriesFromResultsTests
{
    private static KpiResult Rate(int month, double? value, Channel? channel = null, IndicatorKey? indicator = null) =>
        Rate(ReportingPeriod.Month(2026, month), value, channel, indicator);

    private static KpiResult Rate(ReportingPeriod period, double? value, Channel? channel = null, IndicatorKey? indicator = null) =>
        value is { } v
            ? KpiResult.Available(indicator ?? IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, period, channel, v, new KpiInputs(v, 1, 1), "test")
            : KpiResult.Unavailable(indicator ?? IndicatorKeys.EngagementRate, IndicatorUnit.Fraction, period, channel, KpiUnavailableReason.MissingCounters, new KpiInputs(null, null, 0, 3), "test");

    [Fact]
    public void ToMeasurementSeries_ResultsInAnyOrder_KeepTheirPeriodsValuesAndChannelInPeriodOrder()
    {
        var converted = new[] { Rate(3, 0.05, Channel.Instagram), Rate(1, 0.04, Channel.Instagram), Rate(2, 0.045, Channel.Instagram) }
            .ToMeasurementSeries();

        converted.Series.Indicator.Should().Be(IndicatorKeys.EngagementRate);
        converted.Series.Channel.Should().Be(Channel.Instagram);
        converted.Series.Measurements.Select(m => m.Period.Label).Should().Equal("2026-01", "2026-02", "2026-03");
        converted.Series.Measurements.Select(m => m.Value).Should().Equal(0.04, 0.045, 0.05);
        converted.Unavailable.Should().BeEmpty();
        converted.IsComplete.Should().BeTrue();
    }

    [Fact]
    public void ToMeasurementSeries_AResultWithoutAValue_IsListedWithItsReasonNotDropped()
    {
        var converted = new[] { Rate(1, 0.04), Rate(2, null), Rate(3, 0.05) }.ToMeasurementSeries();

        converted.Series.Measurements.Select(m => m.Period.Label).Should().Equal("2026-01", "2026-03");
        converted.Unavailable.Should().ContainSingle();
        converted.Unavailable[0].Period.Should().Be(ReportingPeriod.Month(2026, 2));
        converted.Unavailable[0].UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        converted.IsComplete.Should().BeFalse();
    }

    [Fact]
    public void ToMeasurementSeries_ASource_IsSetOnEveryMeasurement()
    {
        var source = new MeasurementSource("KpiToolkit", "engagement-rate");

        var converted = new[] { Rate(1, 0.04), Rate(2, 0.05) }.ToMeasurementSeries(source);

        converted.Series.Measurements.Select(m => m.Source).Should().Equal(source, source);
    }

    [Fact]
    public void ToMeasurementSeries_ACalculatorsMonthlyResults_GiveTheSeriesAnEvaluatorReads()
    {
        var calendar = new ReportingCalendar(Zones.Paris);
        var posts = new[]
        {
            new SocialPost("a", Channel.Instagram, Instant.FromUtc(2026, 1, 10, 12, 0), counters: new PostCounters { Reach = 1_000, Reactions = 40, Comments = 5, Shares = 5 }),
            new SocialPost("b", Channel.Instagram, Instant.FromUtc(2026, 2, 10, 12, 0), counters: new PostCounters { Reach = 2_000, Reactions = 90, Comments = 6, Shares = 4 }),
            new SocialPost("c", Channel.Instagram, Instant.FromUtc(2026, 3, 10, 12, 0), counters: new PostCounters { Reactions = 10 }),
        };

        var converted = new EngagementRateCalculator(calendar: calendar).CalculateByPeriod(posts, Cadence.Month).ToMeasurementSeries();

        // January 50 / 1000, February 100 / 2000; March has no reach, so no rate.
        converted.Series.Measurements.Select(m => (m.Period.Label, m.Value)).Should().Equal(("2026-01", 0.05), ("2026-02", 0.05));
        converted.Unavailable.Select(r => (r.Period.Label, r.UnavailableReason)).Should().Equal(("2026-03", (KpiUnavailableReason?)KpiUnavailableReason.MissingCounters));
    }

    [Fact]
    public void ToMeasurementSeries_TwoIndicators_IsRefusedNamingBoth()
    {
        var results = new[] { Rate(1, 0.04), Rate(2, 0.3, indicator: IndicatorKeys.ReachRate) };

        var act = () => results.ToMeasurementSeries();

        act.Should().Throw<ArgumentException>().WithParameterName("results")
            .WithMessage("results mixes indicators: results[0] is 'engagement-rate' but results[1] is 'reach-rate' (2026-02)*");
    }

    [Fact]
    public void ToMeasurementSeries_TwoChannels_IsRefusedNamingBoth()
    {
        var results = new[] { Rate(1, 0.04, Channel.Instagram), Rate(1, 0.02, Channel.LinkedIn) };

        var act = () => results.ToMeasurementSeries();

        act.Should().Throw<ArgumentException>().WithParameterName("results")
            .WithMessage("results mixes channels: results[0] is for 'Instagram' but results[1] is for 'LinkedIn' (2026-01)*group the results by channel first*");
    }

    [Fact]
    public void ToMeasurementSeries_AChannelAndAllChannels_IsRefused()
    {
        var results = new[] { Rate(1, 0.04), Rate(2, null, Channel.Instagram) };

        var act = () => results.ToMeasurementSeries();

        act.Should().Throw<ArgumentException>().WithMessage("results mixes channels: results[0] is for all channels but results[1] is for 'Instagram'*");
    }

    [Fact]
    public void ToMeasurementSeries_TwoCadences_IsRefused()
    {
        var results = new[] { Rate(1, 0.04), Rate(ReportingPeriod.Quarter(2026, 2), 0.05) };

        var act = () => results.ToMeasurementSeries();

        act.Should().Throw<ArgumentException>().WithMessage("results mixes cadences: results[0] is a Month (2026-01) but results[1] is a Quarter (2026-Q2)*");
    }

    [Fact]
    public void ToMeasurementSeries_TwoResultsForOnePeriod_IsRefusedEvenWhenOneHasNoValue()
    {
        var results = new[] { Rate(1, 0.04), Rate(1, null) };

        var act = () => results.ToMeasurementSeries();

        act.Should().Throw<ArgumentException>().WithParameterName("results").WithMessage("results holds two results for the period 2026-01*");
    }

    [Fact]
    public void ToMeasurementSeries_EmptyOrNullItem_IsRefused()
    {
        var empty = () => Array.Empty<KpiResult>().ToMeasurementSeries();
        var nullItem = () => new[] { Rate(1, 0.04), null! }.ToMeasurementSeries();
        var nullResults = () => ((IEnumerable<KpiResult>)null!).ToMeasurementSeries();

        empty.Should().Throw<ArgumentException>().WithMessage("results must hold at least one result*");
        nullItem.Should().Throw<ArgumentException>().WithMessage("results must not contain null, but results[1] is null.*");
        nullResults.Should().Throw<ArgumentNullException>().WithParameterName("results");
    }
}
