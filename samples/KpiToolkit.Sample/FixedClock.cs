using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>A clock stopped at noon of one day of the calendar: the day the objectives were set.</summary>
internal sealed class FixedClock(LocalDate day, ReportingCalendar calendar) : IClock
{
    private readonly Instant _now = day.At(new LocalTime(12, 0)).InZoneLeniently(calendar.Zone).ToInstant();

    public Instant GetCurrentInstant() => _now;
}
