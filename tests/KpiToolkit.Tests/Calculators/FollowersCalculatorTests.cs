using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class FollowersCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    [Fact]
    public void Calculate_OneChannel_IsTheLatestSnapshotInThePeriod()
    {
        var data = new ActivityData(null,
        [
            Snapshot(Instagram, At(2026, 2, 28), 900),
            Snapshot(Instagram, At(2026, 3, 10), 1_000),
            Snapshot(Instagram, At(2026, 3, 20), 1_100),
            Snapshot(Instagram, At(2026, 4, 2), 1_500),
        ]);

        var result = new FollowersCalculator().Calculate(data, March, Instagram);

        result.Value.Should().Be(1_100);
        result.Indicator.Should().Be(IndicatorKeys.Followers);
        result.Unit.Should().Be(IndicatorUnit.Count);
        result.Inputs.Should().Be(new KpiInputs(1_100, null, 1));
        result.Method.Should().Be("followers of the latest snapshot in the period");
    }

    [Fact]
    public void Calculate_AllChannels_AddsUpAndSkipsChannelsWithoutASnapshotInside()
    {
        var data = new ActivityData(null,
        [
            Snapshot(Instagram, At(2026, 3, 20), 1_100),
            Snapshot(LinkedIn, At(2026, 3, 5), 600),
            Snapshot(X, At(2026, 2, 5), 300), // before March: skipped
        ]);

        var result = new FollowersCalculator().Calculate(data, March);

        result.Value.Should().Be(1_700); // 1,100 + 600
        result.Inputs.RecordsUsed.Should().Be(2);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Calculate_NoSnapshotInside_IsMissingCounters()
    {
        var data = new ActivityData(null, [Snapshot(Instagram, At(2026, 2, 5), 300)]);

        new FollowersCalculator().Calculate(data, March, Instagram).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        new FollowersCalculator().Calculate(data, March).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void Calculate_NoSnapshotAtAll_IsNoData()
    {
        new FollowersCalculator().Calculate(ActivityData.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_ChannelWithoutAnySnapshot_IsNoData()
    {
        var data = new ActivityData(null, [Snapshot(Instagram, At(2026, 3, 5), 300)]);

        var result = new FollowersCalculator().Calculate(data, March, X);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Calculate_SnapshotAtTheFirstInstant_BelongsToThePreviousPeriod()
    {
        var data = new ActivityData(null, [Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 1_000)]);

        new FollowersCalculator().Calculate(data, March, Instagram).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        new FollowersCalculator().Calculate(data, ReportingPeriod.Month(2026, 2), Instagram).Value.Should().Be(1_000);
    }

    [Fact]
    public void Calculate_DailySnapshotOfTheLastDay_CountsAsInside()
    {
        var paris = new ReportingCalendar(Zones.Paris);
        var data = new ActivityData(null,
        [
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 30), paris, 1_090),
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 31), paris, 1_100),
        ]);

        new FollowersCalculator(paris).Calculate(data, March, Instagram).Value.Should().Be(1_100);
    }

    [Fact]
    public void Calculate_FollowersNearLongMaxValueOnTwoChannels_AddsUpWithoutWrapping()
    {
        var data = new ActivityData(null,
        [
            Snapshot(Instagram, At(2026, 3, 20), long.MaxValue),
            Snapshot(LinkedIn, At(2026, 3, 20), long.MaxValue - 1),
        ]);

        var result = new FollowersCalculator().Calculate(data, March);

        // (2^63 − 1) + (2^63 − 2) = 2^64 − 3, about 1.8447e19: positive, as a double.
        const double total = 18_446_744_073_709_551_613d;
        result.Value.Should().Be(total);
        result.Inputs.Should().Be(new KpiInputs(total, null, 2));
    }
}
