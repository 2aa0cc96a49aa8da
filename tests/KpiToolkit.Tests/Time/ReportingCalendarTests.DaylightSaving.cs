using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

public partial class ReportingCalendarTests
{
    // Europe/Paris in 2026: CET (+01) until 2026-03-29T01:00Z, CEST (+02) until 2026-10-25T01:00Z, then CET.
    // America/Sao_Paulo in 2018/2019 (tzdb): -03 until 2018-11-04T03:00Z (local midnight skipped to 01:00),
    // -02 until 2019-02-17T02:00Z (local midnight of the 17th goes back to 23:00 on the 16th).
    private static DateTimeZone SaoPaulo => DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

    private static ReportingCalendar Paris => new(Zones.Paris);

    [Fact]
    public void ToInterval_WeekOfSpringForwardInParis_Lasts167Hours()
    {
        var week = Paris.PeriodContaining(new LocalDate(2026, 3, 29), Cadence.Week);

        var interval = Paris.ToInterval(week);

        week.Label.Should().Be("2026-W13");
        interval.Start.Should().Be(Instant.FromUtc(2026, 3, 22, 23, 0));
        interval.End.Should().Be(Instant.FromUtc(2026, 3, 29, 22, 0));
        interval.Duration.Should().Be(Duration.FromHours(167));
    }

    [Fact]
    public void ToInterval_WeekOfFallBackInParis_Lasts169Hours()
    {
        var week = Paris.PeriodContaining(new LocalDate(2026, 10, 25), Cadence.Week);

        var interval = Paris.ToInterval(week);

        week.Label.Should().Be("2026-W43");
        interval.Start.Should().Be(Instant.FromUtc(2026, 10, 18, 22, 0));
        interval.End.Should().Be(Instant.FromUtc(2026, 10, 25, 23, 0));
        interval.Duration.Should().Be(Duration.FromHours(169));
    }

    [Fact]
    public void ToInterval_MarchInParis_Lasts743Hours()
    {
        var interval = Paris.ToInterval(ReportingPeriod.Month(2026, 3));

        interval.Start.Should().Be(Instant.FromUtc(2026, 2, 28, 23, 0));
        interval.End.Should().Be(Instant.FromUtc(2026, 3, 31, 22, 0));
        interval.Duration.Should().Be(Duration.FromHours((31 * 24) - 1));
    }

    [Fact]
    public void ToInterval_OctoberInParis_Lasts745Hours()
    {
        Paris.ToInterval(ReportingPeriod.Month(2026, 10)).Duration.Should().Be(Duration.FromHours((31 * 24) + 1));
    }

    [Fact]
    public void ToInterval_TransitionDaysInParis_Last23And25Hours()
    {
        var spring = new LocalDate(2026, 3, 29);
        var autumn = new LocalDate(2026, 10, 25);

        Paris.ToInterval(ReportingPeriod.Custom(spring, spring)).Duration.Should().Be(Duration.FromHours(23));
        Paris.ToInterval(ReportingPeriod.Custom(autumn, autumn)).Duration.Should().Be(Duration.FromHours(25));
    }

    [Theory]
    [InlineData(2026, 3, 22, 22, 59, 59, "2026-W12")] // Sunday 23:59:59 CET
    [InlineData(2026, 3, 22, 23, 0, 0, "2026-W13")] // Monday 00:00 CET
    [InlineData(2026, 3, 29, 0, 59, 59, "2026-W13")] // 01:59:59 CET, just before the clocks jump
    [InlineData(2026, 3, 29, 1, 0, 0, "2026-W13")] // 03:00 CEST, just after
    [InlineData(2026, 3, 29, 21, 59, 59, "2026-W13")] // Sunday 23:59:59 CEST
    [InlineData(2026, 3, 29, 22, 0, 0, "2026-W14")] // Monday 00:00 CEST
    [InlineData(2026, 10, 18, 21, 59, 59, "2026-W42")] // Sunday 23:59:59 CEST
    [InlineData(2026, 10, 18, 22, 0, 0, "2026-W43")] // Monday 00:00 CEST
    [InlineData(2026, 10, 25, 0, 59, 59, "2026-W43")] // 02:59:59 CEST, just before the clocks go back
    [InlineData(2026, 10, 25, 1, 0, 0, "2026-W43")] // 02:00 CET, just after
    [InlineData(2026, 10, 25, 22, 59, 59, "2026-W43")] // Sunday 23:59:59 CET
    [InlineData(2026, 10, 25, 23, 0, 0, "2026-W44")] // Monday 00:00 CET
    public void PeriodContaining_InstantsAroundParisTransitions_FallInExactlyTheRightWeek(
        int year, int month, int day, int hour, int minute, int second, string expected)
    {
        var instant = Instant.FromUtc(year, month, day, hour, minute, second);
        var aroundIt = PeriodsAround(new LocalDate(year, month, day));

        var week = Paris.PeriodContaining(instant, Cadence.Week);

        week.Label.Should().Be(expected);
        aroundIt.Where(p => Paris.ToInterval(p).Contains(instant)).Should().ContainSingle()
            .Which.Should().Be(week);
    }

    [Fact]
    public void PeriodContaining_RepeatedHalfPastTwoInOctober_BothOccurrencesInWeek43()
    {
        var mapping = Zones.Paris.MapLocal(new LocalDateTime(2026, 10, 25, 2, 30));
        mapping.Count.Should().Be(2, "02:30 happens twice when the clocks go back");
        var first = Instant.FromUtc(2026, 10, 25, 0, 30);
        var second = Instant.FromUtc(2026, 10, 25, 1, 30);
        mapping.First().ToInstant().Should().Be(first);
        mapping.Last().ToInstant().Should().Be(second);
        var week43 = ReportingPeriod.IsoWeek(2026, 43);

        foreach (var instant in new[] { first, second })
        {
            Paris.ToLocalDateTime(instant).Should().Be(new LocalDateTime(2026, 10, 25, 2, 30));
            Paris.PeriodContaining(instant, Cadence.Week).Should().Be(week43);
            PeriodsAround(new LocalDate(2026, 10, 25)).Where(p => Paris.ToInterval(p).Contains(instant))
                .Should().ContainSingle().Which.Should().Be(week43);
        }
    }

    [Fact]
    public void PeriodContaining_HourlyInstantsAcrossSpringForwardWeek_EachCountedOnce()
    {
        // From Monday 16 March 00:00 CET (W12) to Monday 6 April 00:00 CEST (end of W14).
        var counts = CountHourlyByWeek(Instant.FromUtc(2026, 3, 15, 23, 0), Instant.FromUtc(2026, 4, 5, 22, 0));

        counts.Should().Equal(
            new KeyValuePair<string, int>("2026-W12", 168),
            new KeyValuePair<string, int>("2026-W13", 167),
            new KeyValuePair<string, int>("2026-W14", 168));
        counts.Sum(c => c.Value).Should().Be(503);
    }

    [Fact]
    public void PeriodContaining_HourlyInstantsAcrossFallBackWeek_EachCountedOnce()
    {
        // From Monday 12 October 00:00 CEST (W42) to Monday 2 November 00:00 CET (end of W44).
        var counts = CountHourlyByWeek(Instant.FromUtc(2026, 10, 11, 22, 0), Instant.FromUtc(2026, 11, 1, 23, 0));

        counts.Should().Equal(
            new KeyValuePair<string, int>("2026-W42", 168),
            new KeyValuePair<string, int>("2026-W43", 169),
            new KeyValuePair<string, int>("2026-W44", 168));
        counts.Sum(c => c.Value).Should().Be(505);
    }

    [Fact]
    public void PeriodContaining_HourlyInstantsAroundMarch_743InMarch()
    {
        var counts = new Dictionary<string, int>();
        for (var instant = Instant.FromUtc(2026, 2, 28, 22, 0); instant <= Instant.FromUtc(2026, 3, 31, 22, 0); instant += Duration.FromHours(1))
        {
            var label = Paris.PeriodContaining(instant, Cadence.Month).Label;
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        counts.Should().BeEquivalentTo(new Dictionary<string, int> { ["2026-02"] = 1, ["2026-03"] = 743, ["2026-04"] = 1 });
    }

    [Fact]
    public void SaoPaulo_MidnightOfFourthNovember2018_DoesNotExist()
    {
        // Guards the tzdb data the next tests rely on.
        SaoPaulo.MapLocal(new LocalDateTime(2018, 11, 4, 0, 0)).Count.Should().Be(0);
        SaoPaulo.MapLocal(new LocalDateTime(2018, 11, 4, 1, 0)).Single().ToInstant().Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
    }

    [Fact]
    public void ToInterval_DayWhoseMidnightIsSkipped_StartsAtOneInTheMorning()
    {
        var calendar = new ReportingCalendar(SaoPaulo);
        var day = new LocalDate(2018, 11, 4);

        var interval = calendar.ToInterval(ReportingPeriod.Custom(day, day));

        interval.Start.Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
        calendar.ToLocalDateTime(interval.Start).Should().Be(new LocalDateTime(2018, 11, 4, 1, 0));
        interval.End.Should().Be(Instant.FromUtc(2018, 11, 5, 2, 0));
        interval.Duration.Should().Be(Duration.FromHours(23));
    }

    [Fact]
    public void ToInterval_DayBeforeSkippedMidnight_EndsWhereTheNextDayStarts()
    {
        var calendar = new ReportingCalendar(SaoPaulo);
        var day = new LocalDate(2018, 11, 3);

        var interval = calendar.ToInterval(ReportingPeriod.Custom(day, day));

        interval.Start.Should().Be(Instant.FromUtc(2018, 11, 3, 3, 0));
        interval.End.Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
        interval.Duration.Should().Be(Duration.FromHours(24));
    }

    [Fact]
    public void ToInterval_SundayWeeksAroundSkippedMidnight_MeetExactly()
    {
        var calendar = new ReportingCalendar(SaoPaulo, IsoDayOfWeek.Sunday);
        var week = calendar.PeriodContaining(new LocalDate(2018, 11, 4), Cadence.Week);

        var interval = calendar.ToInterval(week);
        var previous = calendar.ToInterval(week.Previous());
        var next = calendar.ToInterval(week.Next());

        week.Start.Should().Be(new LocalDate(2018, 11, 4));
        interval.Start.Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
        previous.End.Should().Be(interval.Start);
        previous.Duration.Should().Be(Duration.FromHours(168));
        interval.End.Should().Be(next.Start);
        interval.End.Should().Be(Instant.FromUtc(2018, 11, 11, 2, 0));
        interval.Duration.Should().Be(Duration.FromHours(167));
    }

    [Fact]
    public void ToInterval_IsoWeekEndingOnSkippedMidnightDay_MeetsNextWeek()
    {
        var calendar = new ReportingCalendar(SaoPaulo);
        var week = calendar.PeriodContaining(new LocalDate(2018, 11, 4), Cadence.Week);

        var interval = calendar.ToInterval(week);

        week.Start.Should().Be(new LocalDate(2018, 10, 29));
        interval.Start.Should().Be(Instant.FromUtc(2018, 10, 29, 3, 0));
        interval.End.Should().Be(Instant.FromUtc(2018, 11, 5, 2, 0));
        interval.Duration.Should().Be(Duration.FromHours(167));
        calendar.ToInterval(week.Next()).Start.Should().Be(interval.End);
    }

    [Theory]
    [InlineData(2, 59, 59, 2018, 10, 28)] // 23:59:59 on Saturday 3 November (-03)
    [InlineData(3, 0, 0, 2018, 11, 4)] // 01:00 on Sunday 4 November (-02), the first instant of that day
    public void PeriodContaining_AroundSkippedMidnight_GivesTheWeekOfTheLocalDate(
        int hour, int minute, int second, int startYear, int startMonth, int startDay)
    {
        var calendar = new ReportingCalendar(SaoPaulo, IsoDayOfWeek.Sunday);
        var instant = Instant.FromUtc(2018, 11, 4, hour, minute, second);

        var week = calendar.PeriodContaining(instant, Cadence.Week);

        week.Start.Should().Be(new LocalDate(startYear, startMonth, startDay));
        calendar.ToInterval(week).Contains(instant).Should().BeTrue();
    }

    [Fact]
    public void ToInterval_DayBeforeRepeatedMidnightHour_Lasts25Hours()
    {
        // At 2019-02-17T02:00Z Sao Paulo went from 00:00 -02 back to 23:00 -03 on the 16th.
        var calendar = new ReportingCalendar(SaoPaulo, IsoDayOfWeek.Sunday);
        var repeatedEvening = Instant.FromUtc(2019, 2, 17, 2, 30);
        var saturday = new LocalDate(2019, 2, 16);

        var day = calendar.ToInterval(ReportingPeriod.Custom(saturday, saturday));
        var week = calendar.PeriodContaining(repeatedEvening, Cadence.Week);

        calendar.ToLocalDateTime(repeatedEvening).Should().Be(new LocalDateTime(2019, 2, 16, 23, 30));
        day.Start.Should().Be(Instant.FromUtc(2019, 2, 16, 2, 0));
        day.End.Should().Be(Instant.FromUtc(2019, 2, 17, 3, 0));
        day.Duration.Should().Be(Duration.FromHours(25));
        week.Start.Should().Be(new LocalDate(2019, 2, 10));
        calendar.ToInterval(week).Contains(repeatedEvening).Should().BeTrue();
        calendar.ToInterval(week.Next()).Start.Should().Be(Instant.FromUtc(2019, 2, 17, 3, 0));
    }

    private static ReportingPeriod[] PeriodsAround(LocalDate date)
    {
        var week = Paris.PeriodContaining(date, Cadence.Week);
        return [week.Previous(), week, week.Next()];
    }

    private static List<KeyValuePair<string, int>> CountHourlyByWeek(Instant from, Instant to)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var instant = from; instant < to; instant += Duration.FromHours(1))
        {
            var week = Paris.PeriodContaining(instant, Cadence.Week);
            Paris.ToInterval(week).Contains(instant).Should().BeTrue($"{instant} must lie in the interval of {week}");
            counts[week.Label] = counts.GetValueOrDefault(week.Label) + 1;
        }

        return [.. counts];
    }
}
