using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

public partial class ReportingPeriodTests
{
    [Theory]
    [InlineData(2026, 3, 2)] // Monday
    [InlineData(2026, 3, 1)] // Sunday
    [InlineData(2026, 3, 4)] // Wednesday
    public void Week_AnyStartDay_CoversSevenDaysFromThatDay(int year, int month, int day)
    {
        var start = new LocalDate(year, month, day);

        var week = ReportingPeriod.Week(start);

        week.Start.Should().Be(start);
        week.End.Should().Be(new LocalDate(year, month, day + 6));
        week.LengthInDays.Should().Be(7);
        week.Cadence.Should().Be(Cadence.Week);
    }

    [Fact]
    public void Week_NonIsoCalendarDate_ThrowsNamingFirstDay()
    {
        var julian = new LocalDate(2026, 3, 2, CalendarSystem.Julian);

        var act = () => ReportingPeriod.Week(julian);

        act.Should().Throw<ArgumentException>()
            .WithMessage("*ISO calendar*")
            .Which.ParamName.Should().Be("firstDay");
    }

    [Fact]
    public void IsoWeek_2026Week53_IsMonday28DecemberToSunday3January()
    {
        var week = ReportingPeriod.IsoWeek(2026, 53);

        week.Start.Should().Be(new LocalDate(2026, 12, 28));
        week.Start.DayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        week.End.Should().Be(new LocalDate(2027, 1, 3));
        week.End.DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);
        week.Label.Should().Be("2026-W53");
    }

    [Fact]
    public void IsoWeek_2020Week53_IsMonday28DecemberToSunday3January()
    {
        var week = ReportingPeriod.IsoWeek(2020, 53);

        week.Start.Should().Be(new LocalDate(2020, 12, 28));
        week.End.Should().Be(new LocalDate(2021, 1, 3));
        week.Label.Should().Be("2020-W53");
    }

    [Theory]
    [InlineData(2026, 1, 2025, 12, 29)] // week 1 of 2026 starts in the previous calendar year
    [InlineData(2026, 10, 2026, 3, 2)]
    [InlineData(2027, 1, 2027, 1, 4)]
    [InlineData(2025, 1, 2024, 12, 30)]
    [InlineData(2025, 52, 2025, 12, 22)]
    public void IsoWeek_WeekYearAndNumber_StartsOnTheRightMonday(int weekYear, int weekNumber, int year, int month, int day)
    {
        var week = ReportingPeriod.IsoWeek(weekYear, weekNumber);

        week.Start.Should().Be(new LocalDate(year, month, day));
        week.LengthInDays.Should().Be(7);
        week.Cadence.Should().Be(Cadence.Week);
    }

    [Fact]
    public void IsoWeek_Week53In2025_ThrowsBecause2025HasOnly52Weeks()
    {
        var act = () => ReportingPeriod.IsoWeek(2025, 53);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("ISO week-year 2025 has weeks 1 to 52.*")
            .Which.ParamName.Should().Be("week");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(54)]
    public void IsoWeek_WeekOutOfRange_ThrowsNamingWeek(int weekNumber)
    {
        var act = () => ReportingPeriod.IsoWeek(2026, weekNumber);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("ISO week-year 2026 has weeks 1 to 53.*")
            .Which.ParamName.Should().Be("week");
    }

    [Theory]
    [InlineData(-9998)]
    [InlineData(9999)]
    public void IsoWeek_WeekYearOutOfRange_ThrowsNamingWeekYear(int weekYear)
    {
        var act = () => ReportingPeriod.IsoWeek(weekYear, 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("weekYear must be between -9997 and 9998.*")
            .Which.ParamName.Should().Be("weekYear");
    }

    [Theory]
    [InlineData(2026, 1, 31)]
    [InlineData(2026, 2, 28)]
    [InlineData(2024, 2, 29)]
    [InlineData(2026, 4, 30)]
    [InlineData(2026, 12, 31)]
    public void Month_CoversFirstToLastDayOfTheMonth(int year, int month, int lastDay)
    {
        var period = ReportingPeriod.Month(year, month);

        period.Start.Should().Be(new LocalDate(year, month, 1));
        period.End.Should().Be(new LocalDate(year, month, lastDay));
        period.LengthInDays.Should().Be(lastDay);
        period.Cadence.Should().Be(Cadence.Month);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Month_MonthOutOfRange_ThrowsNamingMonth(int month)
    {
        var act = () => ReportingPeriod.Month(2026, month);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("month must be between 1 and 12.*")
            .Which.ParamName.Should().Be("month");
    }

    [Theory]
    [InlineData(-9998)]
    [InlineData(9999)]
    [InlineData(10000)]
    public void Month_YearOutOfRange_ThrowsNamingYear(int year)
    {
        var act = () => ReportingPeriod.Month(year, 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("year must be between -9997 and 9998.*")
            .Which.ParamName.Should().Be("year");
    }

    [Theory]
    [InlineData(1, 1, 1, 3, 31, 90)]
    [InlineData(2, 4, 1, 6, 30, 91)]
    [InlineData(3, 7, 1, 9, 30, 92)]
    [InlineData(4, 10, 1, 12, 31, 92)]
    public void Quarter_CoversItsThreeMonths(int quarter, int startMonth, int startDay, int endMonth, int endDay, int days)
    {
        var period = ReportingPeriod.Quarter(2026, quarter);

        period.Start.Should().Be(new LocalDate(2026, startMonth, startDay));
        period.End.Should().Be(new LocalDate(2026, endMonth, endDay));
        period.LengthInDays.Should().Be(days);
        period.Cadence.Should().Be(Cadence.Quarter);
    }

    [Fact]
    public void Quarter_FirstQuarterOfLeapYear_Has91Days()
    {
        ReportingPeriod.Quarter(2024, 1).LengthInDays.Should().Be(91);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_QuarterOutOfRange_ThrowsNamingQuarter(int quarter)
    {
        var act = () => ReportingPeriod.Quarter(2026, quarter);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("quarter must be between 1 and 4.*")
            .Which.ParamName.Should().Be("quarter");
    }

    [Fact]
    public void Quarter_YearOutOfRange_ThrowsNamingYear()
    {
        var act = () => ReportingPeriod.Quarter(9999, 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("year must be between -9997 and 9998.*")
            .Which.ParamName.Should().Be("year");
    }

    [Theory]
    [InlineData(2026, 365)]
    [InlineData(2024, 366)]
    public void Year_CoversFirstJanuaryToThirtyFirstDecember(int year, int days)
    {
        var period = ReportingPeriod.Year(year);

        period.Start.Should().Be(new LocalDate(year, 1, 1));
        period.End.Should().Be(new LocalDate(year, 12, 31));
        period.LengthInDays.Should().Be(days);
        period.Cadence.Should().Be(Cadence.Year);
    }

    [Fact]
    public void Year_YearOutOfRange_ThrowsNamingYear()
    {
        var act = () => ReportingPeriod.Year(9999);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("year must be between -9997 and 9998.*")
            .Which.ParamName.Should().Be("year");
    }

    [Fact]
    public void Custom_CoversTheGivenDaysBothIncluded()
    {
        var period = ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 15));

        period.Start.Should().Be(new LocalDate(2026, 3, 1));
        period.End.Should().Be(new LocalDate(2026, 3, 15));
        period.LengthInDays.Should().Be(15);
        period.Cadence.Should().Be(Cadence.Custom);
    }

    [Fact]
    public void Custom_SingleDay_IsOneDayLong()
    {
        var day = new LocalDate(2026, 3, 1);

        var period = ReportingPeriod.Custom(day, day);

        period.LengthInDays.Should().Be(1);
        period.Label.Should().Be("2026-03-01/2026-03-01");
    }

    [Fact]
    public void Custom_EndBeforeStart_ThrowsNamingEnd()
    {
        var act = () => ReportingPeriod.Custom(new LocalDate(2026, 3, 15), new LocalDate(2026, 3, 14));

        act.Should().Throw<ArgumentException>()
            .WithMessage("end (2026-03-14) must not be before start (2026-03-15).*")
            .Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Custom_NonIsoStart_ThrowsNamingStart()
    {
        var act = () => ReportingPeriod.Custom(new LocalDate(2026, 3, 1, CalendarSystem.Julian), new LocalDate(2026, 3, 20));

        act.Should().Throw<ArgumentException>()
            .WithMessage("*ISO calendar*")
            .Which.ParamName.Should().Be("start");
    }

    [Fact]
    public void Custom_NonIsoEnd_ThrowsNamingEnd()
    {
        var act = () => ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 20, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>()
            .WithMessage("*ISO calendar*")
            .Which.ParamName.Should().Be("end");
    }

    [Fact]
    public void Label_IsoWeek53_IsYearDashW53()
    {
        ReportingPeriod.Week(new LocalDate(2026, 12, 28)).Label.Should().Be("2026-W53");
    }

    [Theory]
    [InlineData(2026, 3, 2, "2026-W10")]
    [InlineData(2025, 12, 29, "2026-W01")] // the week-based year differs from the calendar year
    [InlineData(2024, 12, 30, "2025-W01")]
    [InlineData(2027, 1, 4, "2027-W01")]
    [InlineData(2021, 1, 4, "2021-W01")]
    public void Label_MondayWeek_IsIsoWeekLabel(int year, int month, int day, string expected)
    {
        ReportingPeriod.Week(new LocalDate(year, month, day)).Label.Should().Be(expected);
    }

    [Fact]
    public void Label_SundayWeek_IsIsoIntervalOfItsDays()
    {
        var week = ReportingPeriod.Week(new LocalDate(2026, 3, 1));

        week.Label.Should().Be("2026-03-01/2026-03-07");
    }

    [Fact]
    public void Label_WednesdayWeekAcrossYearEnd_IsIsoIntervalOfItsDays()
    {
        ReportingPeriod.Week(new LocalDate(2025, 12, 31)).Label.Should().Be("2025-12-31/2026-01-06");
    }

    [Theory]
    [InlineData(3, "2026-03")]
    [InlineData(12, "2026-12")]
    public void Label_Month_IsYearDashMonth(int month, string expected)
    {
        ReportingPeriod.Month(2026, month).Label.Should().Be(expected);
    }

    [Theory]
    [InlineData(1, "2026-Q1")]
    [InlineData(4, "2026-Q4")]
    public void Label_Quarter_IsYearDashQuarter(int quarter, string expected)
    {
        ReportingPeriod.Quarter(2026, quarter).Label.Should().Be(expected);
    }

    [Fact]
    public void Label_Year_IsTheYear()
    {
        ReportingPeriod.Year(2026).Label.Should().Be("2026");
    }

    [Fact]
    public void Label_Custom_IsIsoInterval()
    {
        ReportingPeriod.Custom(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 15)).Label.Should().Be("2026-03-01/2026-03-15");
    }

    [Fact]
    public void ToString_IsTheLabel()
    {
        ReportingPeriod.Quarter(2026, 2).ToString().Should().Be("2026-Q2");
    }
}
