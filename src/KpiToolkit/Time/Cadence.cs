namespace KpiToolkit.Time;

/// <summary>How often an indicator is reported: the length and alignment of a <see cref="ReportingPeriod"/>.</summary>
public enum Cadence
{
    /// <summary>One local day; the grain of spike detection and daily series.</summary>
    Day,

    /// <summary>Seven days starting on the calendar's first day of the week (ISO weeks start on Monday).</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter: January–March, April–June, July–September or October–December.</summary>
    Quarter,

    /// <summary>A calendar year, 1 January to 31 December.</summary>
    Year,

    /// <summary>Any run of whole days chosen by the caller, such as the dates of one campaign.</summary>
    Custom,
}
