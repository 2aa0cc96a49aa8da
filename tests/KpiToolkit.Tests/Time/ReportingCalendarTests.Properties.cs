using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

public partial class ReportingCalendarTests
{
    private static readonly Instant PropertyRangeStart = Instant.FromUtc(1990, 1, 1, 0, 0);

    private static readonly Instant PropertyRangeEnd = Instant.FromUtc(2041, 1, 1, 0, 0);

    private static string[] PropertyZoneIds =>
    [
        "Europe/Paris",
        "America/New_York",
        "Australia/Lord_Howe", // half-hour daylight saving
        "Asia/Kolkata", // half-hour offset, no daylight saving
        "UTC",
        "America/Sao_Paulo", // daylight saving that started at midnight
    ];

    [Fact]
    public void PeriodContaining_RandomInstants_IntervalContainsInstantAndNeighboursMeetExactly()
    {
        Prop.ForAll(PeriodCases().ToArbitrary(), CheckPeriodContaining)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    [Fact]
    public void PeriodsBetween_RandomRanges_AreConsecutiveAndCoverTheRange()
    {
        var days = (int)(PropertyRangeEnd - PropertyRangeStart).TotalDays;
        var cases =
            from firstDay in Gen.Choose(1, 7)
            from cadence in Gen.Elements(Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Year)
            from startDay in Gen.Choose(0, days - 800)
            from length in Gen.Choose(0, 800)
            select (FirstDay: (IsoDayOfWeek)firstDay, Cadence: cadence, Start: new LocalDate(1990, 1, 1).PlusDays(startDay), Length: length);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var calendar = new ReportingCalendar(DateTimeZone.Utc, c.FirstDay);
            var end = c.Start.PlusDays(c.Length);

            var periods = calendar.PeriodsBetween(c.Start, end, c.Cadence);

            periods[0].Contains(c.Start).Should().BeTrue();
            periods[^1].Contains(end).Should().BeTrue();
            periods.Should().OnlyContain(p => p.Cadence == c.Cadence && p.Start <= end && p.End >= c.Start);
            for (var i = 1; i < periods.Count; i++)
            {
                periods[i].Start.Should().Be(periods[i - 1].End.PlusDays(1));
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(500));
    }

    private static void CheckPeriodContaining(PeriodCase c)
    {
        var calendar = new ReportingCalendar(DateTimeZoneProviders.Tzdb[c.ZoneId], c.FirstDay);

        var period = calendar.PeriodContaining(c.Instant, c.Cadence);
        var interval = calendar.ToInterval(period);

        period.Cadence.Should().Be(c.Cadence);
        period.Contains(calendar.ToLocalDate(c.Instant)).Should().BeTrue();
        interval.Contains(c.Instant).Should().BeTrue($"{period} in {calendar} is {interval}");
        calendar.ToInterval(period.Next()).Start.Should().Be(interval.End, "the next period starts where this one ends");
        calendar.ToInterval(period.Previous()).End.Should().Be(interval.Start, "the previous period ends where this one starts");
        period.Next().Previous().Should().Be(period);
        period.Previous().Next().Should().Be(period);
        var nominal = Duration.FromDays(period.LengthInDays);
        (interval.Duration - nominal).Should().BeGreaterThanOrEqualTo(-Duration.FromHours(1)).And.BeLessThanOrEqualTo(Duration.FromHours(1));
        if (c.Cadence == Cadence.Week)
        {
            period.Start.DayOfWeek.Should().Be(c.FirstDay);
            period.LengthInDays.Should().Be(7);
        }
    }

    private static Gen<PeriodCase> PeriodCases() =>
        from zoneId in Gen.Elements(PropertyZoneIds)
        from firstDay in Gen.Choose(1, 7)
        from cadence in Gen.Elements(Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Year)
        from instant in Instants(DateTimeZoneProviders.Tzdb[zoneId])
        select new PeriodCase(zoneId, (IsoDayOfWeek)firstDay, cadence, instant);

    /// <summary>Uniform instants, instants near a local midnight, and instants near a transition of the zone.</summary>
    private static Gen<Instant> Instants(DateTimeZone zone)
    {
        var seconds = (int)(PropertyRangeEnd - PropertyRangeStart).TotalSeconds;
        var days = (int)(PropertyRangeEnd - PropertyRangeStart).TotalDays;
        var uniform = Gen.Choose(0, seconds).Select(s => PropertyRangeStart + Duration.FromSeconds(s));
        var nearMidnight =
            from day in Gen.Choose(0, days - 1)
            from offset in Gen.Choose(-5400, 5400)
            select zone.AtStartOfDay(new LocalDate(1990, 1, 1).PlusDays(day)).ToInstant() + Duration.FromSeconds(offset);
        var transitions = zone.GetZoneIntervals(PropertyRangeStart, PropertyRangeEnd)
            .Where(i => i.HasStart && i.Start > PropertyRangeStart)
            .Select(i => i.Start)
            .ToArray();
        if (transitions.Length == 0)
        {
            return Gen.OneOf(uniform, nearMidnight);
        }

        var nearTransition =
            from transition in Gen.Elements(transitions)
            from offset in Gen.Choose(-5400, 5400)
            select transition + Duration.FromSeconds(offset);
        return Gen.OneOf(uniform, nearMidnight, nearTransition);
    }

    /// <summary>One generated case; its ToString is what FsCheck prints for a counterexample.</summary>
    internal sealed record PeriodCase(string ZoneId, IsoDayOfWeek FirstDay, Cadence Cadence, Instant Instant);
}
