using KpiToolkit.Localization;
using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>
/// Writes durations for people, in the culture of the message: "7 days", "1 month", "1 year and 6 months" (« 7 jours »,
/// « 1 mois », « 1 an et 6 mois »), never the ISO form "P7D".
/// </summary>
internal static class DurationText
{
    /// <summary>The units of a period, largest first, each the stem of two resources: <c>Smart.Duration.Day.One</c> and <c>.Other</c>.</summary>
    public const string Year = "Year";
    public const string Month = "Month";
    public const string Week = "Week";
    public const string Day = "Day";
    public const string Hour = "Hour";
    public const string Minute = "Minute";
    public const string Second = "Second";

    public static LocalizableText Describe(Period period)
    {
        var parts = new List<LocalizableText>();
        Add(parts, period.Years, Year);
        Add(parts, period.Months, Month);
        Add(parts, period.Weeks, Week);
        Add(parts, period.Days, Day);
        Add(parts, period.Hours, Hour);
        Add(parts, period.Minutes, Minute);
        Add(parts, period.Seconds, Second);
        if (parts.Count == 0)
        {
            return Count(0, Day);
        }

        // "1 year, 2 months and 3 days": every part but the last joined by Smart.Duration.List, the last by Smart.Duration.Last.
        var text = parts[0];
        for (var i = 1; i < parts.Count - 1; i++)
        {
            text = new LocalizableText("Smart.Duration.List", text, parts[i]);
        }

        return parts.Count == 1 ? text : new LocalizableText("Smart.Duration.Last", text, parts[^1]);
    }

    /// <summary>"1 day", "5 days"; « 1 jour », « 5 jours ».</summary>
    public static LocalizableText Count(long count, string unit) => LocalizableText.Plural($"Smart.Duration.{unit}", count, count);

    private static void Add(List<LocalizableText> parts, long count, string unit)
    {
        if (count != 0)
        {
            parts.Add(Count(count, unit));
        }
    }
}
