using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

/// <summary>The Achievable rule's less travelled paths: a band above the baseline, ties, custom periods and the words of its message.</summary>
public partial class SmartValidatorTests
{
    [Fact]
    public void Validate_BandBelowTheBaseline_NeedsAFallTheIncreasingHistoryNeverShowed()
    {
        // Baseline 2,000 above the band [0, 800]: -1,200 over 90 days. The followers only ever rose (+300 in 31 days,
        // +450 in 30, +250 in 31), so the best change "down" is the slowest rise, +250 in 31 days; the fall needed in
        // those 31 days is 1,200 x 31 / 90 = 413.3.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.KeepWithin(0, 800) });

        var finding = Single(report, SmartErrorCodes.TargetOutOfReach);
        finding.AttemptedValue.Should().Be((-1200.0 * 31 / 90).ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        finding.Message.Should().Be(
            "Reaching the target needs -413 per month of 31 days over the 90 days from start to deadline, but the history never moved that way: its best change is +250 per month.");
    }

    [Fact]
    public void Validate_TwoEqualBestRates_NamesTheEarlierOne()
    {
        // +450 in the 30 days from September to October, +465 in the 31 from October to November: 15 a day both; the first is named.
        var history = ObjectiveDraft.HistoryOf("followers", ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 9, 1), 1000, 1450, 1915));

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) }, history);

        Single(report, SmartErrorCodes.TargetOutOfReach).Message.Should().EndWith("the best change ever observed is +450 per month (2026-09 to 2026-10).");
    }

    [Fact]
    public void Validate_SameBestChange_InAShorterMonth_IsTheFasterOne()
    {
        // +450 from August to September (31 days) and again from September to October (30 days): the second is faster.
        var history = ObjectiveDraft.HistoryOf("followers", ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 8, 1), 1000, 1450, 1900, 2000));

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) }, history);

        Single(report, SmartErrorCodes.TargetOutOfReach).Message.Should().EndWith("the best change ever observed is +450 per month (2026-09 to 2026-10).");
    }

    [Fact]
    public void Validate_FlatHistory_WritesItsBestChangeAsPlusZero()
    {
        var history = ObjectiveDraft.HistoryOf("followers", ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 9, 1), 2000, 2000, 2000));

        var report = Validate(new ObjectiveDraft(), history);

        Single(report, SmartErrorCodes.TargetOutOfReach).Message.Should().EndWith("but the history never moved that way: its best change is +0 per month.");
    }

    [Fact]
    public void Validate_CustomPeriods_AreComparedPerDay()
    {
        // Periods of 8 and 14 days: the one change observed is +100 over the 8 days from the first start to the second.
        // 1 January to 31 March 2027 is 90 days: 2,000 -> 200,000 needs 198,000 x 8 / 90 = +17,600 in 8 days.
        var first = ReportingPeriod.Custom(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 8));
        var second = ReportingPeriod.Custom(new LocalDate(2026, 11, 9), new LocalDate(2026, 11, 22));
        var series = new MeasurementSeries(IndicatorKeys.Followers, [new Measurement(IndicatorKeys.Followers, first, 1000), new Measurement(IndicatorKeys.Followers, second, 1100)]);

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) }, ObjectiveDraft.HistoryOf("followers", series));

        var finding = Single(report, SmartErrorCodes.TargetOutOfReach);
        finding.AttemptedValue.Should().Be("17600");
        finding.Message.Should().StartWith("Reaching the target needs +17,600 per period of 8 days over the 90 days");
    }

    [Theory]
    // From the second quarter to the third of 2026: 91 days; from 2024 to 2025: 366 days (a leap year).
    [InlineData(Cadence.Quarter, "per quarter of 91 days over the 90 days")]
    [InlineData(Cadence.Year, "per year of 366 days over the 90 days")]
    public void Validate_QuarterlyOrYearlyHistory_SpeaksOfItsCadence(Cadence cadence, string words)
    {
        var periods = cadence == Cadence.Quarter
            ? new[] { ReportingPeriod.Quarter(2026, 2), ReportingPeriod.Quarter(2026, 3) }
            : [ReportingPeriod.Year(2024), ReportingPeriod.Year(2025)];
        var series = new MeasurementSeries(IndicatorKeys.Followers, periods.Select((p, i) => new Measurement(IndicatorKeys.Followers, p, 1000 + (100 * i))));

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) }, ObjectiveDraft.HistoryOf("followers", series));

        Single(report, SmartErrorCodes.TargetOutOfReach).Message.Should().Contain(words);
    }
}
