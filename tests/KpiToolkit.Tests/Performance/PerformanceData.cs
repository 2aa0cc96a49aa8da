using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Performance;

/// <summary>Short factories for the action results, traffic records and e-mail reports of the performance tests.</summary>
internal static class PerformanceData
{
    /// <summary>March 2026, the period most tests report on.</summary>
    public static ReportingPeriod March { get; } = ReportingPeriod.Month(2026, 3);

    /// <summary>A week inside March 2026.</summary>
    public static ReportingPeriod MarchWeek { get; } = ReportingPeriod.Custom(new LocalDate(2026, 3, 9), new LocalDate(2026, 3, 15));

    /// <summary>Creates an action of March 2026 (or of <paramref name="period"/>) on Instagram unless told otherwise.</summary>
    public static ActionResult Action(
        string name,
        decimal cost,
        decimal? gain = null,
        string currency = "EUR",
        Channel? channel = null,
        ReportingPeriod? period = null,
        long? impressions = null,
        long? clicks = null,
        long? engagements = null,
        long? conversions = null,
        GainKind gainKind = GainKind.Revenue) =>
        new(
            name,
            channel ?? Channel.Instagram,
            period ?? MarchWeek,
            new Money(cost, currency),
            gain is { } g ? new Money(g, currency) : null,
            gainKind,
            impressions,
            clicks,
            engagements,
            conversions);

    /// <summary>Creates a traffic record of a day of March 2026.</summary>
    public static WebTrafficRecord Traffic(int day, Channel channel, long sessions, long? users = null, long? convertingSessions = null, long? conversions = null) =>
        new(new LocalDate(2026, 3, day), channel, sessions, users, convertingSessions, conversions);

    /// <summary>Noon UTC on a day of March 2026: inside March in UTC and in Paris.</summary>
    public static Instant MarchNoon(int day) => Instant.FromUtc(2026, 3, day, 12, 0);
}
