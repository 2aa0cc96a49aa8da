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
        // Baseline 2,000 above the band [0, 800]: -1,200 over 3 months is -400 a month. The followers only ever
        // rose (+300, +450, +250), so the best change "down" is the smallest rise, +250.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.KeepWithin(0, 800) });

        var finding = Single(report, SmartErrorCodes.TargetOutOfReach);
        finding.AttemptedValue.Should().Be("-400");
        finding.Message.Should().Be(
            "Reaching the target needs -400 per month for 3 month(s), but the history never moved that way: its best change is +250 per month.");
    }

    [Fact]
    public void Validate_TwoEqualBestChanges_NamesTheEarlierOne()
    {
        // +450 from August to September and again from September to October: the first is named.
        var history = ObjectiveDraft.HistoryOf("followers", ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 8, 1), 1000, 1450, 1900, 2000));

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) }, history);

        Single(report, SmartErrorCodes.TargetOutOfReach).Message.Should().EndWith("the best change ever observed is +450 per month (2026-08 to 2026-09).");
    }

    [Fact]
    public void Validate_FlatHistory_WritesItsBestChangeAsPlusZero()
    {
        var history = ObjectiveDraft.HistoryOf("followers", ObjectiveDraft.Monthly(IndicatorKeys.Followers, new LocalDate(2026, 9, 1), 2000, 2000, 2000));

        var report = Validate(new ObjectiveDraft(), history);

        Single(report, SmartErrorCodes.TargetOutOfReach).Message.Should().EndWith("but the history never moved that way: its best change is +0 per month.");
    }

    [Fact]
    public void Validate_CustomPeriods_CountHowManyOfTheirMeanLengthFitTheWindow()
    {
        // Periods of 8 and 14 days: a mean of 11. 1 January to 31 March 2027 is 90 days: ceil(90 / 11) = 9 periods.
        // 2,000 -> 200,000 needs 198,000 / 9 = +22,000 a period; the one change observed is +100.
        var first = ReportingPeriod.Custom(new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 8));
        var second = ReportingPeriod.Custom(new LocalDate(2026, 11, 9), new LocalDate(2026, 11, 22));
        var series = new MeasurementSeries(IndicatorKeys.Followers, [new Measurement(IndicatorKeys.Followers, first, 1000), new Measurement(IndicatorKeys.Followers, second, 1100)]);

        var report = Validate(new ObjectiveDraft { Target = Target.IncreaseTo(200_000) }, ObjectiveDraft.HistoryOf("followers", series));

        var finding = Single(report, SmartErrorCodes.TargetOutOfReach);
        finding.AttemptedValue.Should().Be("22000");
        finding.Message.Should().StartWith("Reaching the target needs +22,000 per period for 9 period(s)");
    }

    [Theory]
    [InlineData(Cadence.Quarter, "per quarter for 1 quarter(s)")]
    [InlineData(Cadence.Year, "per year for 1 year(s)")]
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
