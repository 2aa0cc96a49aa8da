namespace KpiToolkit.Tests.Support;

internal static class Zones
{
    public static DateTimeZone Paris { get; } = DateTimeZoneProviders.Tzdb["Europe/Paris"];
}
