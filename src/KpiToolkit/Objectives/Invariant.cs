using System.Globalization;

namespace KpiToolkit.Objectives;

/// <summary>Formats values for findings the same way whatever the current culture.</summary>
internal static class Invariant
{
    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string Format(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
