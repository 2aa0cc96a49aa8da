using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

public partial class ReportingCalendarTests
{
    private static DateTimeZone NewYork => DateTimeZoneProviders.Tzdb["America/New_York"];

    [Fact]
    public void Constructor_ZoneOnly_UsesIsoWeeksFromMonday()
    {
        var calendar = new ReportingCalendar(Zones.Paris);

        calendar.Zone.Id.Should().Be("Europe/Paris");
        calendar.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        calendar.UsesIsoWeeks.Should().BeTrue();
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Sunday)]
    [InlineData(IsoDayOfWeek.Saturday)]
    [InlineData(IsoDayOfWeek.Tuesday)]
    public void Constructor_OtherFirstDay_DoesNotUseIsoWeeks(IsoDayOfWeek firstDay)
    {
        var calendar = new ReportingCalendar(Zones.Paris, firstDay);

        calendar.FirstDayOfWeek.Should().Be(firstDay);
        calendar.UsesIsoWeeks.Should().BeFalse();
    }

    [Theory]
    [InlineData(IsoDayOfWeek.None)]
    [InlineData((IsoDayOfWeek)8)]
    [InlineData((IsoDayOfWeek)(-1))]
    public void Constructor_NotADay_ThrowsNamingFirstDayOfWeek(IsoDayOfWeek firstDay)
    {
        var act = () => new ReportingCalendar(Zones.Paris, firstDay);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("firstDayOfWeek must be a day from Monday to Sunday.*")
            .Which.ParamName.Should().Be("firstDayOfWeek");
    }

    [Fact]
    public void Constructor_NullZone_ThrowsNamingZone()
    {
        var act = () => new ReportingCalendar(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("zone");
    }

    [Fact]
    public void Utc_IsUtcWithIsoWeeks()
    {
        ReportingCalendar.Utc.Zone.Should().Be(DateTimeZone.Utc);
        ReportingCalendar.Utc.UsesIsoWeeks.Should().BeTrue();
    }

    [Fact]
    public void ToLocalDateAndTime_LateSundayUtc_IsMondayInParis()
    {
        var calendar = new ReportingCalendar(Zones.Paris);
        var instant = Instant.FromUtc(2026, 3, 1, 23, 30);

        calendar.ToLocalDate(instant).Should().Be(new LocalDate(2026, 3, 2));
        calendar.ToLocalDateTime(instant).Should().Be(new LocalDateTime(2026, 3, 2, 0, 30));
        ReportingCalendar.Utc.ToLocalDate(instant).Should().Be(new LocalDate(2026, 3, 1));
    }

    [Fact]
    public void PeriodContaining_SundayLateUtcInParis_IsNextIsoWeek()
    {
        var calendar = new ReportingCalendar(Zones.Paris);

        var week = calendar.PeriodContaining(Instant.FromUtc(2026, 3, 1, 23, 30), Cadence.Week);

        week.Label.Should().Be("2026-W10");
        week.Start.Should().Be(new LocalDate(2026, 3, 2));
    }

    [Fact]
    public void PeriodContaining_SundayLateUtcInUtc_IsThatSundaysIsoWeek()
    {
        var week = ReportingCalendar.Utc.PeriodContaining(Instant.FromUtc(2026, 3, 1, 23, 30), Cadence.Week);

        week.Label.Should().Be("2026-W09");
        week.Start.Should().Be(new LocalDate(2026, 2, 23));
        week.End.Should().Be(new LocalDate(2026, 3, 1));
    }

    [Fact]
    public void PeriodContaining_EarlyMondayUtcInNewYork_IsStillSundaysWeek()
    {
        // 03:00 UTC on Monday 2 March is 22:00 EST on Sunday 1 March.
        var calendar = new ReportingCalendar(NewYork);

        calendar.PeriodContaining(Instant.FromUtc(2026, 3, 2, 3, 0), Cadence.Week).Label.Should().Be("2026-W09");
        ReportingCalendar.Utc.PeriodContaining(Instant.FromUtc(2026, 3, 2, 3, 0), Cadence.Week).Label.Should().Be("2026-W10");
    }

    [Fact]
    public void PeriodContaining_LastEveningOfJanuaryUtc_IsFebruaryInParis()
    {
        var instant = Instant.FromUtc(2026, 1, 31, 23, 30);

        new ReportingCalendar(Zones.Paris).PeriodContaining(instant, Cadence.Month).Label.Should().Be("2026-02");
        ReportingCalendar.Utc.PeriodContaining(instant, Cadence.Month).Label.Should().Be("2026-01");
    }

    [Fact]
    public void PeriodContaining_LastEveningOfMarchUtc_IsSecondQuarterInParis()
    {
        // Paris is on summer time (UTC+2): 22:30 UTC on 31 March is 00:30 on 1 April.
        var instant = Instant.FromUtc(2026, 3, 31, 22, 30);

        new ReportingCalendar(Zones.Paris).PeriodContaining(instant, Cadence.Quarter).Label.Should().Be("2026-Q2");
        ReportingCalendar.Utc.PeriodContaining(instant, Cadence.Quarter).Label.Should().Be("2026-Q1");
    }

    [Fact]
    public void PeriodContaining_NewYearsEveUtc_IsNextYearInParis()
    {
        var instant = Instant.FromUtc(2026, 12, 31, 23, 30);

        new ReportingCalendar(Zones.Paris).PeriodContaining(instant, Cadence.Year).Label.Should().Be("2027");
        ReportingCalendar.Utc.PeriodContaining(instant, Cadence.Year).Label.Should().Be("2026");
    }

    [Theory]
    [InlineData(2026, 12, 28, "2026-W53")]
    [InlineData(2027, 1, 2, "2026-W53")]
    [InlineData(2027, 1, 3, "2026-W53")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2026, 12, 27, "2026-W52")]
    [InlineData(2020, 12, 28, "2020-W53")]
    [InlineData(2021, 1, 3, "2020-W53")]
    [InlineData(2021, 1, 4, "2021-W01")]
    [InlineData(2025, 12, 31, "2026-W01")]
    public void PeriodContaining_DatesAroundIsoWeek53_GiveTheRightIsoWeek(int year, int month, int day, string expected)
    {
        ReportingCalendar.Utc.PeriodContaining(new LocalDate(year, month, day), Cadence.Week).Label.Should().Be(expected);
    }

    [Fact]
    public void PeriodContaining_SecondJanuary2027_IsWeek53Of2026()
    {
        var week = ReportingCalendar.Utc.PeriodContaining(new LocalDate(2027, 1, 2), Cadence.Week);

        week.Should().Be(ReportingPeriod.IsoWeek(2026, 53));
        week.Start.Should().Be(new LocalDate(2026, 12, 28));
        week.End.Should().Be(new LocalDate(2027, 1, 3));
    }

    [Theory]
    [InlineData(2026, 3, 1, 2026, 3, 1)] // Sunday itself
    [InlineData(2026, 3, 4, 2026, 3, 1)] // Wednesday
    [InlineData(2026, 3, 7, 2026, 3, 1)] // Saturday
    [InlineData(2026, 2, 28, 2026, 2, 22)] // Saturday before
    [InlineData(2027, 1, 2, 2026, 12, 27)] // across the year end
    public void PeriodContaining_SundayCalendar_WeekStartsOnSunday(int year, int month, int day, int startYear, int startMonth, int startDay)
    {
        var calendar = new ReportingCalendar(DateTimeZone.Utc, IsoDayOfWeek.Sunday);

        var week = calendar.PeriodContaining(new LocalDate(year, month, day), Cadence.Week);

        week.Start.Should().Be(new LocalDate(startYear, startMonth, startDay));
        week.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        week.LengthInDays.Should().Be(7);
        week.Cadence.Should().Be(Cadence.Week);
    }

    [Fact]
    public void PeriodContaining_SundayCalendar_LabelIsInterval()
    {
        var calendar = new ReportingCalendar(Zones.Paris, IsoDayOfWeek.Sunday);

        calendar.PeriodContaining(new LocalDate(2026, 3, 4), Cadence.Week).Label.Should().Be("2026-03-01/2026-03-07");
    }

    [Fact]
    public void PeriodContaining_SaturdayCalendar_WeekStartsOnSaturday()
    {
        var calendar = new ReportingCalendar(DateTimeZone.Utc, IsoDayOfWeek.Saturday);

        var week = calendar.PeriodContaining(new LocalDate(2026, 3, 4), Cadence.Week);

        week.Start.Should().Be(new LocalDate(2026, 2, 28));
        week.End.Should().Be(new LocalDate(2026, 3, 6));
    }

    [Theory]
    [InlineData(2026, 5, 15, Cadence.Month, "2026-05")]
    [InlineData(2026, 5, 31, Cadence.Month, "2026-05")]
    [InlineData(2026, 3, 31, Cadence.Quarter, "2026-Q1")]
    [InlineData(2026, 4, 1, Cadence.Quarter, "2026-Q2")]
    [InlineData(2026, 9, 30, Cadence.Quarter, "2026-Q3")]
    [InlineData(2026, 10, 1, Cadence.Quarter, "2026-Q4")]
    [InlineData(2026, 12, 31, Cadence.Quarter, "2026-Q4")]
    [InlineData(2026, 1, 1, Cadence.Year, "2026")]
    [InlineData(2026, 12, 31, Cadence.Year, "2026")]
    public void PeriodContaining_Date_GivesThePeriodOfThatCadence(int year, int month, int day, Cadence cadence, string expected)
    {
        var period = ReportingCalendar.Utc.PeriodContaining(new LocalDate(year, month, day), cadence);

        period.Label.Should().Be(expected);
        period.Cadence.Should().Be(cadence);
    }

    [Fact]
    public void PeriodContaining_CustomCadence_ThrowsNamingCadence()
    {
        var act = () => ReportingCalendar.Utc.PeriodContaining(new LocalDate(2026, 3, 1), Cadence.Custom);

        act.Should().Throw<ArgumentException>()
            .WithMessage("A custom cadence has no rule to find the period holding a date*")
            .Which.ParamName.Should().Be("cadence");
    }

    [Fact]
    public void PeriodContaining_InstantWithCustomCadence_ThrowsNamingCadence()
    {
        var act = () => ReportingCalendar.Utc.PeriodContaining(Instant.FromUtc(2026, 3, 1, 0, 0), Cadence.Custom);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("cadence");
    }

    [Fact]
    public void PeriodContaining_UndefinedCadence_ThrowsNamingCadence()
    {
        var act = () => ReportingCalendar.Utc.PeriodContaining(new LocalDate(2026, 3, 1), (Cadence)99);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("cadence is not a defined Cadence value.*")
            .Which.ParamName.Should().Be("cadence");
    }

    [Fact]
    public void PeriodContaining_NonIsoDate_ThrowsNamingDate()
    {
        var act = () => ReportingCalendar.Utc.PeriodContaining(new LocalDate(2026, 3, 1, CalendarSystem.Julian), Cadence.Month);

        act.Should().Throw<ArgumentException>()
            .WithMessage("date must use the ISO calendar*")
            .Which.ParamName.Should().Be("date");
    }

    [Fact]
    public void PeriodsBetween_MonthsMidJanuaryToEarlyMarch_AreJanuaryFebruaryMarch()
    {
        var start = new LocalDate(2026, 1, 15);
        var end = new LocalDate(2026, 3, 2);

        var periods = ReportingCalendar.Utc.PeriodsBetween(start, end, Cadence.Month);

        periods.Select(p => p.Label).Should().Equal("2026-01", "2026-02", "2026-03");
        periods[0].Start.Should().Be(new LocalDate(2026, 1, 1), "the first period may start before the range");
        periods[^1].End.Should().Be(new LocalDate(2026, 3, 31), "the last period may end after the range");
    }

    [Fact]
    public void PeriodsBetween_RangeEndingOnLastDayOfPeriod_StopsThere()
    {
        var periods = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28), Cadence.Month);

        periods.Select(p => p.Label).Should().Equal("2026-01", "2026-02");
    }

    [Fact]
    public void PeriodsBetween_TwoDaysAcrossMonthEnd_GivesBothMonths()
    {
        var periods = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 1), Cadence.Month);

        periods.Select(p => p.Label).Should().Equal("2026-01", "2026-02");
    }

    [Fact]
    public void PeriodsBetween_SingleDay_GivesOnePeriod()
    {
        var day = new LocalDate(2026, 3, 4);

        var periods = ReportingCalendar.Utc.PeriodsBetween(day, day, Cadence.Week);

        periods.Should().ContainSingle().Which.Label.Should().Be("2026-W10");
    }

    [Fact]
    public void PeriodsBetween_WeeksAcrossWeek53_IncludesWeek53()
    {
        var periods = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 12, 20), new LocalDate(2027, 1, 5), Cadence.Week);

        periods.Select(p => p.Label).Should().Equal("2026-W51", "2026-W52", "2026-W53", "2027-W01");
    }

    [Fact]
    public void PeriodsBetween_WeeksOf2027_StartWith2026W53AndEndWith2027W52()
    {
        var periods = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2027, 1, 1), new LocalDate(2027, 12, 31), Cadence.Week);

        periods.Should().HaveCount(53);
        periods[0].Label.Should().Be("2026-W53");
        periods[1].Label.Should().Be("2027-W01");
        periods[^1].Label.Should().Be("2027-W52");
        periods[^1].End.Should().Be(new LocalDate(2028, 1, 2));
    }

    [Fact]
    public void PeriodsBetween_SundayWeeks_StartOnSundays()
    {
        var calendar = new ReportingCalendar(DateTimeZone.Utc, IsoDayOfWeek.Sunday);

        var periods = calendar.PeriodsBetween(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 15), Cadence.Week);

        periods.Select(p => p.Start).Should().Equal(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 8), new LocalDate(2026, 3, 15));
    }

    [Fact]
    public void PeriodsBetween_Quarters_CrossTheYearEnd()
    {
        var periods = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2025, 11, 1), new LocalDate(2026, 4, 1), Cadence.Quarter);

        periods.Select(p => p.Label).Should().Equal("2025-Q4", "2026-Q1", "2026-Q2");
    }

    [Fact]
    public void PeriodsBetween_Years_GivesEveryYearTouched()
    {
        var periods = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2024, 6, 1), new LocalDate(2026, 1, 1), Cadence.Year);

        periods.Select(p => p.Label).Should().Equal("2024", "2025", "2026");
    }

    [Fact]
    public void PeriodsBetween_EndBeforeStart_ThrowsNamingEnd()
    {
        var act = () => ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1), Cadence.Month);

        act.Should().Throw<ArgumentException>()
            .WithMessage("end (2026-03-01) must not be before start (2026-03-02).*")
            .Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void PeriodsBetween_CustomCadence_ThrowsNamingCadence()
    {
        var act = () => ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31), Cadence.Custom);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*custom cadence*")
            .Which.ParamName.Should().Be("cadence");
    }

    [Fact]
    public void ToInterval_MonthInUtc_RunsFromMidnightToMidnight()
    {
        var interval = ReportingCalendar.Utc.ToInterval(ReportingPeriod.Month(2026, 2));

        interval.Start.Should().Be(Instant.FromUtc(2026, 2, 1, 0, 0));
        interval.End.Should().Be(Instant.FromUtc(2026, 3, 1, 0, 0));
        interval.Duration.Should().Be(Duration.FromDays(28));
    }

    [Fact]
    public void ToInterval_JanuaryInParis_StartsAndEndsAtLocalMidnight()
    {
        var interval = new ReportingCalendar(Zones.Paris).ToInterval(ReportingPeriod.Month(2026, 1));

        interval.Start.Should().Be(Instant.FromUtc(2025, 12, 31, 23, 0));
        interval.End.Should().Be(Instant.FromUtc(2026, 1, 31, 23, 0));
    }

    [Fact]
    public void ToInterval_CustomDayInKolkata_StartsAtLocalMidnight()
    {
        var calendar = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Asia/Kolkata"]);
        var day = new LocalDate(2026, 6, 1);

        var interval = calendar.ToInterval(ReportingPeriod.Custom(day, day));

        interval.Start.Should().Be(Instant.FromUtc(2026, 5, 31, 18, 30));
        interval.End.Should().Be(Instant.FromUtc(2026, 6, 1, 18, 30));
    }

    [Fact]
    public void ToInterval_NullPeriod_ThrowsNamingPeriod()
    {
        var act = () => ReportingCalendar.Utc.ToInterval(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("period");
    }

    [Fact]
    public void Equality_SameZoneIdAndFirstDay_AreEqual()
    {
        EqualityContract.Check(
            new ReportingCalendar(Zones.Paris),
            new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Paris"], IsoDayOfWeek.Monday),
            new ReportingCalendar(Zones.Paris, IsoDayOfWeek.Sunday),
            new ReportingCalendar(NewYork),
            ReportingCalendar.Utc);
    }

    [Fact]
    public void ToString_NamesZoneAndFirstDay()
    {
        new ReportingCalendar(Zones.Paris, IsoDayOfWeek.Sunday).ToString().Should().Be("Europe/Paris, weeks from Sunday");
    }
}
