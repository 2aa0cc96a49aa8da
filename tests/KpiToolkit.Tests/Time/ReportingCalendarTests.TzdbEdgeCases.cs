using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

/// <summary>
/// Time-zone histories stranger than a one-hour change at night: a whole local day skipped, and clocks put
/// back from just after midnight to the evening before.
/// </summary>
public partial class ReportingCalendarTests
{
    // Pacific/Apia (tzdb): UTC-10 until 2011-12-30T10:00Z, then UTC+14. Local 2011-12-29 23:59:59 is followed by
    // 2011-12-31 00:00, so Friday 30 December 2011 has no instant at all.
    private static DateTimeZone Apia => DateTimeZoneProviders.Tzdb["Pacific/Apia"];

    // America/St_Johns (tzdb): at 2009-11-01T02:31Z the clocks went from 00:01 NDT (-02:30) on 1 November back to
    // 23:01 NST (-03:30) on 31 October, so local midnight of 1 November happens twice (02:30Z and 03:30Z)
    // and the evening of 31 October 23:01-23:59 happens after the first one.
    private static DateTimeZone StJohns => DateTimeZoneProviders.Tzdb["America/St_Johns"];

    [Fact]
    public void Apia_ThirtiethDecember2011_HasNoInstant()
    {
        // Guards the tzdb data the next tests rely on.
        Instant.FromUtc(2011, 12, 30, 9, 59, 59).InZone(Apia).LocalDateTime.Should().Be(new LocalDateTime(2011, 12, 29, 23, 59, 59));
        Instant.FromUtc(2011, 12, 30, 10, 0).InZone(Apia).LocalDateTime.Should().Be(new LocalDateTime(2011, 12, 31, 0, 0));
    }

    [Fact]
    public void ToInterval_IsoWeekHoldingSkippedDay_IsSixDaysLong()
    {
        var calendar = new ReportingCalendar(Apia);
        var week = calendar.PeriodContaining(new LocalDate(2011, 12, 29), Cadence.Week);

        var interval = calendar.ToInterval(week);

        week.Start.Should().Be(new LocalDate(2011, 12, 26));
        interval.Start.Should().Be(Instant.FromUtc(2011, 12, 26, 10, 0));
        interval.End.Should().Be(Instant.FromUtc(2012, 1, 1, 10, 0));
        interval.Duration.Should().Be(Duration.FromDays(6));
    }

    [Fact]
    public void ToInterval_WeekEndingTheDayBeforeASkippedDay_EndsAtTheTransition()
    {
        // Weeks from Friday: Friday 23 to Thursday 29 December 2011; the next "day" that exists is Saturday 31.
        var calendar = new ReportingCalendar(Apia, IsoDayOfWeek.Friday);
        var week = calendar.PeriodContaining(Instant.FromUtc(2011, 12, 29, 22, 0), Cadence.Week);

        week.Start.Should().Be(new LocalDate(2011, 12, 23));
        var interval = calendar.ToInterval(week);

        interval.Start.Should().Be(Instant.FromUtc(2011, 12, 23, 10, 0));
        interval.End.Should().Be(Instant.FromUtc(2011, 12, 30, 10, 0));
    }

    [Fact]
    public void ToInterval_WeekStartingOnASkippedDay_StartsAtTheTransition()
    {
        var calendar = new ReportingCalendar(Apia, IsoDayOfWeek.Friday);
        var week = ReportingPeriod.Week(new LocalDate(2011, 12, 30));

        var interval = calendar.ToInterval(week);

        interval.Start.Should().Be(Instant.FromUtc(2011, 12, 30, 10, 0));
        interval.End.Should().Be(Instant.FromUtc(2012, 1, 5, 10, 0));
        interval.Duration.Should().Be(Duration.FromDays(6));
    }

    [Fact]
    public void PeriodContaining_HourlyAcrossSkippedDay_EveryFirstDayOfWeek_IntervalsHoldTheInstantAndMeet()
    {
        var failures = new List<string>();
        for (var firstDay = IsoDayOfWeek.Monday; firstDay <= IsoDayOfWeek.Sunday; firstDay++)
        {
            var calendar = new ReportingCalendar(Apia, firstDay);
            for (var instant = Instant.FromUtc(2011, 12, 20, 0, 0); instant < Instant.FromUtc(2012, 1, 10, 0, 0); instant += Duration.FromHours(1))
            {
                foreach (var cadence in new[] { Cadence.Week, Cadence.Month })
                {
                    var period = calendar.PeriodContaining(instant, cadence);
                    try
                    {
                        var interval = calendar.ToInterval(period);
                        if (!interval.Contains(instant) || calendar.ToInterval(period.Next()).Start != interval.End)
                        {
                            failures.Add($"{firstDay} {cadence} {instant}: {period} is {interval}");
                        }
                    }
                    catch (SkippedTimeException e)
                    {
                        failures.Add($"{firstDay} {cadence} {instant}: {period} threw {e.Message}");
                    }
                }
            }
        }

        failures.Take(3).Should().BeEmpty($"no check may fail, but {failures.Count} did");
    }

    [Fact]
    public void StJohns_MidnightOfFirstNovember2009_HappensTwice()
    {
        // Guards the tzdb data the next tests rely on.
        var mapping = StJohns.MapLocal(new LocalDateTime(2009, 11, 1, 0, 0));

        mapping.Count.Should().Be(2);
        mapping.First().ToInstant().Should().Be(Instant.FromUtc(2009, 11, 1, 2, 30));
        mapping.Last().ToInstant().Should().Be(Instant.FromUtc(2009, 11, 1, 3, 30));
        Instant.FromUtc(2009, 11, 1, 3, 0).InZone(StJohns).LocalDateTime.Should().Be(new LocalDateTime(2009, 10, 31, 23, 30));
    }

    [Theory]
    [InlineData(2, 30, 30, Cadence.Month)] // 00:00:30 on 1 November, before the clocks go back
    [InlineData(3, 0, 0, Cadence.Month)] // 23:30 on 31 October, the second time
    [InlineData(3, 29, 59, Cadence.Month)] // 23:59:59 on 31 October, the second time
    [InlineData(3, 30, 0, Cadence.Month)] // 00:00 on 1 November, the second time
    [InlineData(3, 0, 0, Cadence.Week)] // weeks from Sunday: 31 October is a Saturday, 1 November a Sunday
    [InlineData(3, 29, 59, Cadence.Week)]
    public void PeriodContaining_ClocksBackFromJustAfterMidnight_ReturnsThePeriodWhoseIntervalHoldsTheInstant(
        int hour, int minute, int second, Cadence cadence)
    {
        var calendar = new ReportingCalendar(StJohns, IsoDayOfWeek.Sunday);
        var instant = Instant.FromUtc(2009, 11, 1, hour, minute, second);

        var period = calendar.PeriodContaining(instant, cadence);
        var interval = calendar.ToInterval(period);

        interval.Contains(instant).Should().BeTrue(
            $"PeriodContaining must return the one period whose instants include {instant}, but returned {period}, which is {interval}");
    }
}
