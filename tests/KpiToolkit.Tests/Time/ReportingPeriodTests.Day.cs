using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

public partial class ReportingPeriodTests
{
    [Fact]
    public void Day_IsOneDayWithADateLabel()
    {
        var day = ReportingPeriod.Day(new LocalDate(2026, 3, 1));

        day.Cadence.Should().Be(Cadence.Day);
        day.Start.Should().Be(new LocalDate(2026, 3, 1));
        day.End.Should().Be(new LocalDate(2026, 3, 1));
        day.LengthInDays.Should().Be(1);
        day.Label.Should().Be("2026-03-01");
        day.ToString().Should().Be("2026-03-01");
    }

    [Fact]
    public void Day_IsNotEqualToTheCustomPeriodOfTheSameDay()
    {
        var date = new LocalDate(2026, 3, 1);

        ReportingPeriod.Day(date).Should().Be(ReportingPeriod.Day(date));
        ReportingPeriod.Day(date).Should().NotBe(ReportingPeriod.Custom(date, date));
        ReportingPeriod.Custom(date, date).Label.Should().Be("2026-03-01/2026-03-01");
    }

    [Fact]
    public void Day_NonIsoDate_Throws()
    {
        var julian = new LocalDate(2026, 3, 1, CalendarSystem.Julian);

        var act = () => ReportingPeriod.Day(julian);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "date")
            .WithMessage("*must use the ISO calendar*");
    }

    [Theory]
    [InlineData(2026, 3, 1, 2026, 2, 28)]
    [InlineData(2026, 1, 1, 2025, 12, 31)]
    [InlineData(2028, 3, 1, 2028, 2, 29)]
    public void PreviousDay_CrossesMonthAndYearEnds(int year, int month, int day, int previousYear, int previousMonth, int previousDay)
    {
        var previous = ReportingPeriod.Day(new LocalDate(year, month, day)).Previous();

        previous.Should().Be(ReportingPeriod.Day(new LocalDate(previousYear, previousMonth, previousDay)));
        previous.Cadence.Should().Be(Cadence.Day);
    }

    [Theory]
    [InlineData(2026, 2, 28, 2026, 3, 1)]
    [InlineData(2026, 12, 31, 2027, 1, 1)]
    [InlineData(2028, 2, 28, 2028, 2, 29)]
    public void NextDay_CrossesMonthAndYearEnds(int year, int month, int day, int nextYear, int nextMonth, int nextDay)
    {
        var next = ReportingPeriod.Day(new LocalDate(year, month, day)).Next();

        next.Should().Be(ReportingPeriod.Day(new LocalDate(nextYear, nextMonth, nextDay)));
        next.Label.Should().Be($"{nextYear:D4}-{nextMonth:D2}-{nextDay:D2}");
    }

    [Fact]
    public void PeriodContaining_DateWithDayCadence_IsThatDay()
    {
        var calendar = new ReportingCalendar(Zones.Paris);

        calendar.PeriodContaining(new LocalDate(2026, 3, 29), Cadence.Day)
            .Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 29)));
    }

    [Fact]
    public void PeriodContaining_ParisInstantLateOnUtcDay_IsTheNextLocalDay()
    {
        // 2026-03-01T23:30Z is 2026-03-02 00:30 in Paris (UTC+1 in winter).
        var instant = Instant.FromUtc(2026, 3, 1, 23, 30);

        new ReportingCalendar(Zones.Paris).PeriodContaining(instant, Cadence.Day)
            .Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 2)));
        ReportingCalendar.Utc.PeriodContaining(instant, Cadence.Day)
            .Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 1)));
    }

    [Fact]
    public void PeriodsBetween_DaysOfMarch_AreThirtyOneConsecutiveDays()
    {
        var days = ReportingCalendar.Utc.PeriodsBetween(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31), Cadence.Day);

        days.Should().HaveCount(31);
        days[0].Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 1)));
        days[30].Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 31)));
        days.Should().OnlyContain(d => d.Cadence == Cadence.Day && d.LengthInDays == 1);
        days.Zip(days.Skip(1)).Should().OnlyContain(pair => pair.Second.Start == pair.First.End.PlusDays(1));
    }

    [Fact]
    public void PeriodsBetween_OneDayRange_IsOneDay()
    {
        var date = new LocalDate(2026, 12, 31);

        ReportingCalendar.Utc.PeriodsBetween(date, date, Cadence.Day).Should().Equal(ReportingPeriod.Day(date));
    }

    [Fact]
    public void ToInterval_SpringForwardDayInParis_Lasts23Hours()
    {
        // Paris moves from UTC+1 to UTC+2 at 02:00 local on Sunday 29 March 2026:
        // the day starts at 2026-03-28T23:00Z and the next at 2026-03-29T22:00Z.
        var interval = new ReportingCalendar(Zones.Paris).ToInterval(ReportingPeriod.Day(new LocalDate(2026, 3, 29)));

        interval.Start.Should().Be(Instant.FromUtc(2026, 3, 28, 23, 0));
        interval.End.Should().Be(Instant.FromUtc(2026, 3, 29, 22, 0));
        interval.Duration.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void ToInterval_FallBackDayInParis_Lasts25Hours()
    {
        // Paris moves from UTC+2 to UTC+1 at 03:00 local on Sunday 25 October 2026:
        // the day starts at 2026-10-24T22:00Z and the next at 2026-10-25T23:00Z.
        var interval = new ReportingCalendar(Zones.Paris).ToInterval(ReportingPeriod.Day(new LocalDate(2026, 10, 25)));

        interval.Start.Should().Be(Instant.FromUtc(2026, 10, 24, 22, 0));
        interval.Duration.Should().Be(Duration.FromHours(25));
    }
}
