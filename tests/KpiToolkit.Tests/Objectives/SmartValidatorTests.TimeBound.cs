using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    [Fact]
    public void Validate_NoStart_ReportsT01()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Start = null });

        Codes(report).Should().Equal(SmartErrorCodes.AchievabilityNotChecked, SmartErrorCodes.StartMissing);
        ShouldBe(Single(report, SmartErrorCodes.StartMissing), SmartErrorCodes.StartMissing, SmartCriterion.TimeBound, SmartSeverity.Error, "Start", null);
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_NoDeadline_ReportsT02()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Deadline = null });

        Codes(report).Should().Equal(SmartErrorCodes.AchievabilityNotChecked, SmartErrorCodes.DeadlineMissing);
        ShouldBe(Single(report, SmartErrorCodes.DeadlineMissing), SmartErrorCodes.DeadlineMissing, SmartCriterion.TimeBound, SmartSeverity.Error, "Deadline", null);
    }

    [Fact]
    public void Validate_NoStartNoDeadline_ReportsT01AndT02()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Start = null, Deadline = null });

        Of(report, SmartCriterion.TimeBound).Select(f => f.Code).Should().Equal(SmartErrorCodes.StartMissing, SmartErrorCodes.DeadlineMissing);
    }

    [Fact]
    public void Validate_DeadlineAlreadyPast_ReportsT03()
    {
        // The deadline is 31 March 2027 and the clock says 1 April 2027.
        var report = ValidateWithHistory(new ObjectiveDraft(), clock: FakeClock.At(2027, 4, 1));

        Codes(report).Should().Equal(SmartErrorCodes.DeadlinePassed);
        var finding = report.Findings[0];
        ShouldBe(finding, SmartErrorCodes.DeadlinePassed, SmartCriterion.TimeBound, SmartSeverity.Error, "Deadline", "2027-03-31");
        finding.Message.Should().Contain("2027-03-31 is already past (today is 2027-04-01)");
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_DeadlineToday_IsNotPast()
    {
        var report = ValidateWithHistory(new ObjectiveDraft(), clock: FakeClock.At(2027, 3, 31));

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_DeadlineBeforeStart_IsRefusedAtConstructionNotReported()
    {
        var draft = new ObjectiveDraft { Start = new LocalDate(2027, 3, 31), Deadline = new LocalDate(2027, 1, 1) };

        var act = () => draft.Build();

        act.Should().Throw<ArgumentException>()
            .WithParameterName("deadline")
            .WithMessage("deadline (2027-01-01) must not be before start (2027-03-31)*");
    }

    private static ObjectiveDraft EndingOnNewYearsEve() => new()
    {
        Start = new LocalDate(2026, 12, 1),
        Deadline = new LocalDate(2026, 12, 31),
    };

    private static FakeClock HalfPastElevenUtcOnNewYearsEve() => new(Instant.FromUtc(2026, 12, 31, 23, 30));

    [Fact]
    public void Validate_LateOnNewYearsEveUtc_IsAlreadyNewYearInParis()
    {
        // 2026-12-31T23:30Z is 2027-01-01T00:30 in Paris (UTC+1 in winter): the deadline of 31 December is past there.
        var report = Validate(EndingOnNewYearsEve(), clock: HalfPastElevenUtcOnNewYearsEve(), calendar: new ReportingCalendar(Zones.Paris));

        var finding = Of(report, SmartCriterion.TimeBound).Should().ContainSingle().Subject;
        ShouldBe(finding, SmartErrorCodes.DeadlinePassed, SmartCriterion.TimeBound, SmartSeverity.Error, "Deadline", "2026-12-31");
        finding.Message.Should().Contain("today is 2027-01-01");
    }

    [Fact]
    public void Validate_LateOnNewYearsEveUtc_IsStillTheDeadlineInUtc()
    {
        var report = Validate(EndingOnNewYearsEve(), clock: HalfPastElevenUtcOnNewYearsEve(), calendar: ReportingCalendar.Utc);

        Of(report, SmartCriterion.TimeBound).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SevenDayHorizon_IsLongEnough()
    {
        // 1 to 7 January, both included: 7 days.
        var report = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 7) });

        Of(report, SmartCriterion.TimeBound).Should().BeEmpty();
    }

    [Fact]
    public void Validate_SixDayHorizon_ReportsT05Warning()
    {
        // 1 to 6 January, both included: 6 days < 7.
        var report = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 6) });

        var finding = Of(report, SmartCriterion.TimeBound).Should().ContainSingle().Subject;
        ShouldBe(finding, SmartErrorCodes.HorizonTooShort, SmartCriterion.TimeBound, SmartSeverity.Warning, "Deadline", "2027-01-06");
        finding.Message.Should().Contain("lasts 6 days");
    }

    [Fact]
    public void Validate_OneDayObjective_ReportsT05()
    {
        var day = new LocalDate(2027, 1, 1);

        var report = Validate(new ObjectiveDraft { Start = day, Deadline = day });

        Single(report, SmartErrorCodes.HorizonTooShort).Message.Should().Contain("lasts 1 day,");
    }

    [Fact]
    public void Validate_ThreeYearHorizon_IsNotTooLong()
    {
        // 1 January 2027 to 31 December 2029, both included: exactly 3 years.
        var report = Validate(new ObjectiveDraft { Deadline = new LocalDate(2029, 12, 31) });

        Of(report, SmartCriterion.TimeBound).Should().BeEmpty();
    }

    [Fact]
    public void Validate_ThreeYearsAndOneDay_ReportsT04Warning()
    {
        var report = Validate(new ObjectiveDraft { Deadline = new LocalDate(2030, 1, 1) });

        var finding = Of(report, SmartCriterion.TimeBound).Should().ContainSingle().Subject;
        ShouldBe(finding, SmartErrorCodes.HorizonTooLong, SmartCriterion.TimeBound, SmartSeverity.Warning, "Deadline", "2030-01-01");
        finding.Message.Should().Contain("2030-01-01");
        report.IsSmart.Should().BeTrue();
    }

    [Fact]
    public void Validate_HorizonOptions_AreUsed()
    {
        // Minimum 2 weeks: 1 to 13 January (13 days) is too short; maximum 1 year: 1 January 2027 to 1 January 2028 too long.
        var options = new SmartValidationOptions { MinimumHorizon = Period.FromWeeks(2), MaximumHorizon = Period.FromYears(1) };

        var tooShort = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 13) }, options: options);
        var shortest = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 14) }, options: options);
        var longest = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 12, 31) }, options: options);
        var tooLong = Validate(new ObjectiveDraft { Deadline = new LocalDate(2028, 1, 1) }, options: options);

        Of(tooShort, SmartCriterion.TimeBound).Select(f => f.Code).Should().Equal(SmartErrorCodes.HorizonTooShort);
        Of(shortest, SmartCriterion.TimeBound).Should().BeEmpty();
        Of(longest, SmartCriterion.TimeBound).Should().BeEmpty();
        Of(tooLong, SmartCriterion.TimeBound).Select(f => f.Code).Should().Equal(SmartErrorCodes.HorizonTooLong);
    }

    [Fact]
    public void Validate_PastDeadlineWithTooShortHorizon_ReportsBothT03AndT05()
    {
        var report = Validate(new ObjectiveDraft { Deadline = new LocalDate(2027, 1, 3) }, clock: FakeClock.At(2027, 2, 1));

        Of(report, SmartCriterion.TimeBound).Select(f => f.Code).Should().Equal(SmartErrorCodes.DeadlinePassed, SmartErrorCodes.HorizonTooShort);
    }
}
