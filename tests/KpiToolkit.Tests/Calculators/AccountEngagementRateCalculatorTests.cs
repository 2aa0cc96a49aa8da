using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

public class AccountEngagementRateCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly DateInterval MarchDays = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    private static readonly AccountEngagementRateCalculator ByImpressions = new();

    private static readonly AccountEngagementRateCalculator ByReach = new(new AccountEngagementRateOptions { Denominator = ActivityDenominator.Reach });

    private static ChannelActivity Day(Channel channel, int month, int day, long? engagements = null, long? impressions = null, long? reach = null) =>
        new(channel, new LocalDate(2026, month, day), impressions: impressions, reach: reach, engagements: engagements);

    [Fact]
    public void Calculate_DailyRows_IsTheRatioOfSumsOfTheRowsInThePeriod()
    {
        ChannelActivity[] rows =
        [
            Day(Channel.Instagram, 2, 28, engagements: 999, impressions: 1),     // February: not about March
            Day(Channel.Instagram, 3, 1, engagements: 30, impressions: 1_000),
            Day(Channel.Instagram, 3, 31, engagements: 50, impressions: 3_000),
            Day(Channel.Instagram, 4, 1, engagements: 999, impressions: 1),      // April: not about March
        ];

        var result = ByImpressions.Calculate(rows, March);

        // (30 + 50) / (1,000 + 3,000) = 80 / 4,000 = 0.02
        result.Value!.Value.Should().BeApproximately(0.02, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(80, 4_000, 2));
        result.Indicator.Should().Be(IndicatorKeys.AccountEngagementRate);
        result.Unit.Should().Be(IndicatorUnit.Fraction);
        result.Method.Should().Be("activity of the period, ratio of sums: engagements / impressions");
    }

    [Fact]
    public void Calculate_RowStraddlingThePeriodBoundary_IsSkippedAndCounted()
    {
        var week10 = ReportingPeriod.IsoWeek(2026, 10); // Monday 2 to Sunday 8 March
        ChannelActivity[] rows =
        [
            Day(Channel.Instagram, 3, 2, engagements: 12, impressions: 400),
            Day(Channel.Instagram, 3, 8, engagements: 8, impressions: 600),
            // LinkedIn reports by month: its March row covers days on both sides of the week.
            new(Channel.LinkedIn, MarchDays, impressions: 90_000, engagements: 9_000),
            // A weekly row from Friday 6 to Thursday 12 March straddles the week's end.
            new(Channel.X, new DateInterval(new LocalDate(2026, 3, 6), new LocalDate(2026, 3, 12)), impressions: 10, engagements: 10),
        ];

        var result = ByImpressions.Calculate(rows, week10);

        // Only Instagram's days: (12 + 8) / (400 + 600) = 0.02; the LinkedIn and X rows are skipped, not prorated.
        result.Value!.Value.Should().BeApproximately(0.02, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(20, 1_000, 2, RecordsSkippedForMissingCounters: 2));
    }

    [Fact]
    public void Calculate_OnlyStraddlingRows_IsMissingCounters()
    {
        var result = ByImpressions.Calculate([new ChannelActivity(Channel.LinkedIn, MarchDays, impressions: 90_000, engagements: 9_000)], ReportingPeriod.IsoWeek(2026, 10));

        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Calculate_NoRowInThePeriod_IsNoData()
    {
        var result = ByImpressions.Calculate([Day(Channel.Instagram, 2, 1, engagements: 1, impressions: 10)], March);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        result.Inputs.RecordsSkipped.Should().Be(0);
    }

    [Fact]
    public void Calculate_EmptyInput_IsNoData()
    {
        ByImpressions.Calculate([], March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        ByImpressions.Calculate(ActivityData.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_ZeroImpressions_IsZeroDenominatorNotZero()
    {
        var result = ByImpressions.Calculate([Day(Channel.Instagram, 3, 4, engagements: 0, impressions: 0)], March);

        result.Value.Should().BeNull();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(1);
    }

    [Fact]
    public void Calculate_RowWithoutEngagements_IsSkippedNotReadAsZero()
    {
        ChannelActivity[] rows =
        [
            Day(Channel.Instagram, 3, 4, engagements: null, impressions: 1_000),
            Day(Channel.Instagram, 3, 5, engagements: 20, impressions: 1_000),
        ];

        var result = ByImpressions.Calculate(rows, March);

        // 20 / 1,000 = 0.02; reading the missing engagements as 0 would give 20 / 2,000 = 0.01.
        result.Value!.Value.Should().BeApproximately(0.02, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(20, 1_000, 1, RecordsSkippedForMissingCounters: 1));
    }

    [Fact]
    public void Calculate_HugeCounts_AddUpExactly()
    {
        ChannelActivity[] rows =
        [
            Day(Channel.Instagram, 3, 1, engagements: long.MaxValue, impressions: long.MaxValue),
            Day(Channel.Instagram, 3, 2, engagements: long.MaxValue, impressions: long.MaxValue),
        ];

        var result = ByImpressions.Calculate(rows, March);

        // 2 × (2^63 − 1) does not fit a long; summed exactly, the rate is 1 and the inputs are about 1.8447e19.
        result.Value.Should().Be(1);
        result.Inputs.Numerator!.Value.Should().BeApproximately(2.0 * long.MaxValue, 1e4);
        result.Inputs.Denominator!.Value.Should().BeApproximately(2.0 * long.MaxValue, 1e4);
    }

    [Fact]
    public void Calculate_ByReach_OneMonthlyRowPerChannel_WeighsTheChannelsByReach()
    {
        ChannelActivity[] rows =
        [
            new(Channel.Instagram, MarchDays, reach: 10_000, engagements: 400),
            new(Channel.LinkedIn, MarchDays, reach: 2_500, engagements: 150),
        ];

        var all = ByReach.Calculate(rows, March);
        var byChannel = ByReach.CalculateByChannel(rows, March);

        // (400 + 150) / (10,000 + 2,500) = 550 / 12,500 = 0.044: reach only weighs the two rates, it counts no people.
        all.Value!.Value.Should().BeApproximately(0.044, 1e-12);
        all.Inputs.Should().Be(new KpiInputs(550, 12_500, 2));
        all.Method.Should().Be("activity of the period: engagements / reach of the one row covering the whole period (reach is not additive)");
        byChannel.Select(r => r.Channel).Should().Equal(Channel.Instagram, Channel.LinkedIn);
        byChannel[0].Value!.Value.Should().BeApproximately(0.04, 1e-12); // 400 / 10,000
        byChannel[1].Value!.Value.Should().BeApproximately(0.06, 1e-12); // 150 / 2,500
    }

    [Fact]
    public void Calculate_ByReach_DailyRows_AreNeverAddedUp()
    {
        ChannelActivity[] rows =
        [
            Day(Channel.Instagram, 3, 1, engagements: 10, reach: 500),
            Day(Channel.Instagram, 3, 2, engagements: 10, reach: 500),
        ];

        var result = ByReach.Calculate(rows, March);

        // The same follower may be in both days' reach: March's reach is not 1,000, and is not guessed.
        result.IsAvailable.Should().BeFalse();
        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsUsed.Should().Be(0);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
        result.Method.Should().Contain("reach is not additive");
    }

    [Fact]
    public void Calculate_ByReach_OneDayPeriod_UsesTheDailyRow()
    {
        var result = ByReach.Calculate([Day(Channel.Instagram, 3, 2, engagements: 30, reach: 600)], ReportingPeriod.Day(new LocalDate(2026, 3, 2)));

        result.Value!.Value.Should().BeApproximately(0.05, 1e-12); // 30 / 600
    }

    [Fact]
    public void Calculate_ByReach_ChannelWithShortRows_IsSkippedBesideOneWithAWholePeriodRow()
    {
        ChannelActivity[] rows =
        [
            new(Channel.Instagram, MarchDays, reach: 10_000, engagements: 400),
            Day(Channel.X, 3, 1, engagements: 10, reach: 500),
            Day(Channel.X, 3, 2, engagements: 10, reach: 500),
            // A quarter's row straddles March.
            new(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), reach: 9_000, engagements: 900),
        ];

        var result = ByReach.Calculate(rows, March);

        result.Value!.Value.Should().BeApproximately(0.04, 1e-12); // 400 / 10,000
        result.Inputs.Should().Be(new KpiInputs(400, 10_000, 1, RecordsSkippedForMissingCounters: 3));
    }

    [Fact]
    public void Calculate_ByReach_CustomPeriodOfTheRowsDays_UsesIt()
    {
        var quarter = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31));
        var custom = ReportingPeriod.Custom(quarter.Start, quarter.End);

        var result = ByReach.Calculate([new ChannelActivity(Channel.LinkedIn, quarter, reach: 9_000, engagements: 900)], custom);

        result.Value!.Value.Should().BeApproximately(0.1, 1e-12); // 900 / 9,000
    }

    [Fact]
    public void Calculate_ActivityData_KeepsTheChannelAsked()
    {
        var data = new ActivityData(channelActivity:
        [
            Day(Channel.Instagram, 3, 1, engagements: 30, impressions: 1_000),
            Day(Channel.LinkedIn, 3, 1, engagements: 90, impressions: 1_000),
        ]);

        var linkedIn = ByImpressions.Calculate(data, March, Channel.LinkedIn);

        linkedIn.Value!.Value.Should().BeApproximately(0.09, 1e-12); // 90 / 1,000
        linkedIn.Channel.Should().Be(Channel.LinkedIn);
        ByImpressions.Calculate(data, March).Value!.Value.Should().BeApproximately(0.06, 1e-12); // 120 / 2,000
    }

    [Fact]
    public void Constructor_UndefinedDenominator_Throws()
    {
        var act = () => new AccountEngagementRateCalculator(new AccountEngagementRateOptions { Denominator = (ActivityDenominator)7 });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("AccountEngagementRateOptions.Denominator");
    }

    [Fact]
    public void Calculate_NullRow_Throws()
    {
        var act = () => ByImpressions.Calculate([null!], March);

        act.Should().Throw<ArgumentException>().WithParameterName("rows");
    }

    [Fact]
    public void AccountImpressions_AddsTheDaysUp_AndCountsTheRowsItCannotUse()
    {
        ChannelActivity[] rows =
        [
            Day(Channel.Instagram, 3, 1, impressions: 1_000),
            Day(Channel.Instagram, 3, 2, impressions: 2_500),
            Day(Channel.Instagram, 3, 3, impressions: null),
            new(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 2, 25), new LocalDate(2026, 3, 3)), impressions: 700),
        ];

        var result = new AccountImpressionsCalculator().Calculate(rows, March);

        result.Value.Should().Be(3_500); // 1,000 + 2,500
        result.Inputs.Should().Be(new KpiInputs(3_500, null, 2, RecordsSkippedForMissingCounters: 2));
        result.Indicator.Should().Be(IndicatorKeys.AccountImpressions);
        result.Unit.Should().Be(IndicatorUnit.Count);
    }

    [Fact]
    public void AccountImpressions_HugeCounts_DoNotWrapAround()
    {
        var result = new AccountImpressionsCalculator().Calculate(
            [Day(Channel.Instagram, 3, 1, impressions: long.MaxValue), Day(Channel.Instagram, 3, 2, impressions: long.MaxValue)], March);

        result.Value!.Value.Should().BeApproximately(2.0 * long.MaxValue, 1e4);
    }

    [Fact]
    public void AccountImpressions_OnlyUnreported_IsMissingCounters_AndNothingIsNoData()
    {
        var calculator = new AccountImpressionsCalculator();

        calculator.Calculate([Day(Channel.Instagram, 3, 1)], March).UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        calculator.Calculate(ActivityData.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void ProfileVisits_AddsTheDaysOfTheChannelAsked()
    {
        var data = new ActivityData(channelActivity:
        [
            new ChannelActivity(Channel.Instagram, new LocalDate(2026, 3, 1), profileVisits: 40),
            new ChannelActivity(Channel.Instagram, new LocalDate(2026, 3, 2), profileVisits: 60),
            new ChannelActivity(Channel.LinkedIn, new LocalDate(2026, 3, 2), profileVisits: 1_000),
        ]);

        var result = new ProfileVisitsCalculator().Calculate(data, March, Channel.Instagram);

        result.Value.Should().Be(100); // 40 + 60
        result.Inputs.Should().Be(new KpiInputs(100, null, 2));
        result.Indicator.Should().Be(IndicatorKeys.ProfileVisits);
    }
}
