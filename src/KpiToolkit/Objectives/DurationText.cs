using System.Globalization;
using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>Writes durations for people: "7 days", "1 month", "1 year and 6 months", never the ISO form "P7D".</summary>
internal static class DurationText
{
    public static string Describe(Period period)
    {
        var parts = new List<string>();
        Add(parts, period.Years, "year");
        Add(parts, period.Months, "month");
        Add(parts, period.Weeks, "week");
        Add(parts, period.Days, "day");
        Add(parts, period.Hours, "hour");
        Add(parts, period.Minutes, "minute");
        Add(parts, period.Seconds, "second");
        return parts.Count switch
        {
            0 => "0 days",
            1 => parts[0],
            _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
        };
    }

    /// <summary>"1 day", "5 days".</summary>
    public static string Count(long count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {unit}{(Math.Abs(count) == 1 ? string.Empty : "s")}");

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count != 0)
        {
            parts.Add(Count(count, unit));
        }
    }
}
