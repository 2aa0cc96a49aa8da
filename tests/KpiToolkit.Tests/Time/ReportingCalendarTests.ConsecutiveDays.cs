using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Time;

/// <summary>
/// A calendar asked for one day after another reuses the offset it last found instead of asking the zone each
/// time, and a pass over records in time order steps from one period to the next: both must give the zone's own
/// answer on every day, including the days clocks change at or around midnight.
/// </summary>
public partial class ReportingCalendarTests
{
    private static string[] MidnightZoneIds =>
    [
        "Europe/Paris",
        "Pacific/Apia", // a whole day skipped (30 December 2011)
        "America/Sao_Paulo", // daylight saving that started at midnight
        "America/Havana", // clocks changed at midnight
        "America/Santiago", // clocks changed at midnight
        "Asia/Gaza", // clocks changed at midnight, and back at 01:00
        "America/St_Johns", // local midnight twice in 2009
        "Australia/Lord_Howe", // half-hour daylight saving
        "Antarctica/Troll", // a two-hour change
        "Africa/Casablanca", // daylight saving suspended for Ramadan
        "Europe/Dublin", // negative daylight saving in tzdb
        "Asia/Kathmandu", // a quarter-hour offset
        "Pacific/Kiritimati", // UTC+14, moved a whole day in 1995
    ];

    [Fact]
    public void ToInterval_EveryDayInTurnFrom1970To2040_StartsWhereTheZoneSaysTheDayStarts()
    {
        foreach (var id in MidnightZoneIds)
        {
            var zone = DateTimeZoneProviders.Tzdb[id];
            var calendar = new ReportingCalendar(zone);
            for (var day = new LocalDate(1970, 1, 1); day <= new LocalDate(2040, 12, 31); day = day.PlusDays(1))
            {
                var interval = calendar.ToInterval(ReportingPeriod.Day(day));

                interval.Start.Should().Be(FirstInstantOf(zone, day), $"{day:uuuu-MM-dd} starts there in {id}");
                interval.End.Should().Be(FirstInstantOf(zone, day.PlusDays(1)), $"{day:uuuu-MM-dd} ends there in {id}");
            }
        }
    }

    [Theory]
    [InlineData(Cadence.Day)]
    [InlineData(Cadence.Week)]
    [InlineData(Cadence.Month)]
    public void CountsByPeriod_RecordsInTimeOrderWithGaps_FallInThePeriodTheCalendarGivesEachOne(Cadence cadence)
    {
        var random = new Random(20261205);
        foreach (var id in MidnightZoneIds)
        {
            var calendar = new ReportingCalendar(DateTimeZoneProviders.Tzdb[id]);
            // Steps of 0 to 60 hours, then now and then a jump of weeks: periods met in turn, skipped, and met again after a gap.
            var instants = new List<Instant>();
            var at = Instant.FromUtc(2008, 1, 1, 0, 0);
            while (at < Instant.FromUtc(2013, 1, 1, 0, 0))
            {
                instants.Add(at);
                at += random.Next(20) == 0 ? Duration.FromDays(random.Next(8, 40)) : Duration.FromMinutes(random.Next(0, 3600));
            }

            var posts = instants.Select((instant, i) => new SocialPost($"p{i}", Channel.Facebook, instant, PostFormat.Text)).ToList();
            var expected = instants
                .GroupBy(instant => calendar.PeriodContaining(instant, cadence))
                .ToDictionary(group => group.Key, group => (long)group.Count());

            var calculator = new PostingFrequencyCalculator(calendar: calendar);
            var overColumns = calculator.CalculateByPeriod(PostColumns.From(posts), cadence);
            var overRows = calculator.CalculateByPeriod(posts, cadence);

            overColumns.ToDictionary(result => result.Period, result => result.Inputs.RecordsUsed).Should().Equal(expected, $"in {id}");
            overRows.ToDictionary(result => result.Period, result => result.Inputs.RecordsUsed).Should().Equal(expected, $"in {id}");
        }
    }

    /// <summary>The first instant of a local day by the zone's own mapping: the earlier midnight, or the end of a gap.</summary>
    private static Instant FirstInstantOf(DateTimeZone zone, LocalDate day)
    {
        var mapping = zone.MapLocal(day.AtMidnight());
        return mapping.Count > 0 ? mapping.First().ToInstant() : mapping.LateInterval.Start;
    }
}
