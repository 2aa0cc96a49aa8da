using System.Globalization;
using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;
using NodaTime.Extensions;

namespace KpiToolkit.Dashboard;

/// <content>Numbers, figures of the reconciliation and dates, formatted in the culture.</content>
internal sealed partial class DashboardText
{
    // ---- Numbers -------------------------------------------------------------------------------------------------

    /// <summary>Formats a whole number with the culture's group separators.</summary>
    public string Count(long value) => value.ToString("N0", Culture);

    /// <summary>Formats a fraction as a percentage: <c>4.53%</c> in en-US, <c>4,53 %</c> in fr-FR.</summary>
    public string Percent(double fraction, int decimals = 2) => fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Formats an amount with its currency code: <c>1,000.00 EUR</c>, <c>1 000,00 EUR</c>.</summary>
    public string MoneyText(Money money) => Amount(money.Amount, money.Currency);

    /// <summary>Formats a value in an indicator's unit: a fraction as a percentage, a count with group separators, money with its currency, others with two decimals.</summary>
    public string FormatValue(IndicatorUnit unit, double value, string? currency = null) => unit switch
    {
        IndicatorUnit.Fraction => Percent(value),
        IndicatorUnit.Count => value.ToString("N0", Culture),
        IndicatorUnit.Money => value.ToString("N2", Culture) + (string.IsNullOrEmpty(currency) ? string.Empty : NoBreakSpace + currency),
        _ => value.ToString("N2", Culture),
    };

    /// <summary>Formats a result's value, or <c>n/a (why)</c> when it has none.</summary>
    public string FormatResult(KpiResult result) =>
        result.Value is { } value ? FormatValue(result.Unit, value, result.Currency) : $"{NotAvailable} ({ReasonName(result.UnavailableReason ?? KpiUnavailableReason.NoData)})";

    /// <summary>Formats a result's value, or the short <c>n/a</c> when it has none.</summary>
    public string FormatResultShort(KpiResult result) =>
        result.Value is { } value ? FormatValue(result.Unit, value, result.Currency) : NotAvailable;

    /// <summary>
    /// Formats a change with its sign: percentage points for a fraction (<c>+0.18 pts</c>), the relative change
    /// for other units (<c>+3.1%</c>), or the absolute change when the previous value was 0.
    /// </summary>
    public string ChangeText(PeriodChange change, IndicatorUnit unit, string? currency = null)
    {
        if (unit == IndicatorUnit.Fraction)
        {
            return Signed(change.Absolute * 100, magnitude => magnitude.ToString("N2", Culture)) + NoBreakSpace + T("Label.Points");
        }

        return change.Relative is { } relative
            ? Signed(relative, magnitude => Percent(magnitude, 1))
            : Signed(change.Absolute, magnitude => FormatValue(unit, magnitude, currency));
    }

    // ---- Reconciliation ------------------------------------------------------------------------------------------

    /// <summary>
    /// Gives the decimals of a percentage that show a difference between two rates: two, or up to six when two would
    /// round it to nothing (a rate the export rounded differs in its fourth or tenth decimal).
    /// </summary>
    public static int RateDecimals(double? difference)
    {
        var points = Math.Abs((difference ?? 0) * 100);
        for (var decimals = 2; decimals <= 6; decimals++)
        {
            if (Math.Round(points, decimals) != 0)
            {
                return decimals;
            }
        }

        return 2;
    }

    /// <summary>Formats a reconciled rate as a percentage, or <c>n/a</c>.</summary>
    public string RateText(double? rate, int decimals) => rate is { } r ? Percent(r, decimals) : NotAvailable;

    /// <summary>Formats a difference of rates in percentage points with its sign: <c>−0.08 pts</c>; <c>n/a</c> when missing.</summary>
    public string PointsText(double? difference, int decimals) =>
        difference is { } d
            ? Signed(d * 100, magnitude => magnitude.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture)) + NoBreakSpace + T("Label.Points")
            : NotAvailable;

    /// <summary>Formats a post's platform figure: a rate as a percentage, a count as a number.</summary>
    public string FigureText(bool isRate, decimal? value, int decimals) =>
        value is not { } v ? NotAvailable
        : isRate ? Percent((double)v, decimals)
        : v.ToString("#,0.############", Culture);

    /// <summary>Formats the difference of a post's figure with its sign: percentage points for a rate, the number for a count.</summary>
    public string FigureDifferenceText(bool isRate, decimal? difference, int decimals) =>
        difference is not { } d ? NotAvailable
        : isRate ? PointsText((double)d, decimals)
        : Signed((double)d, magnitude => ((decimal)magnitude).ToString("#,0.############", Culture));

    /// <summary>Lists post ids, the first <paramref name="shown"/> of them, then how many more.</summary>
    public string IdsText(IReadOnlyList<string> ids, int shown) =>
        ids.Count <= shown ? string.Join(", ", ids) : string.Join(", ", ids.Take(shown)) + AndMore(ids.Count - shown);

    /// <summary>Formats a share of the way to a target: <c>58%</c>.</summary>
    public string ProgressText(double progress) => Percent(progress, 0);

    /// <summary>Formats a target: <c>≥ 6.00%</c>, <c>≤ 2.00 EUR</c>, <c>0.00% – 0.50%</c>.</summary>
    public string TargetText(Target target, IndicatorUnit unit, string? currency = null) => target.Kind switch
    {
        TargetKind.IncreaseTo => $"≥ {FormatValue(unit, target.Value!.Value, currency)}",
        TargetKind.DecreaseTo => $"≤ {FormatValue(unit, target.Value!.Value, currency)}",
        _ => $"{FormatValue(unit, target.Minimum!.Value, currency)} – {FormatValue(unit, target.Maximum!.Value, currency)}",
    };

    // ---- Dates ---------------------------------------------------------------------------------------------------

    /// <summary>Formats a date with the culture's short pattern, or as ISO 8601 for the invariant culture.</summary>
    public string DateText(LocalDate date) =>
        Culture.Name.Length == 0 ? date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : date.ToString("d", Culture);

    /// <summary>Formats a day and a short month for chart axes: <c>17 Jun</c>, <c>17 juin</c>.</summary>
    public string DayAndMonth(LocalDate date) => date.ToString("d MMM", Culture).TrimEnd('.');

    /// <summary>Formats an hour of the day with the culture's short time pattern: <c>8:00 PM</c>, <c>20:00</c>.</summary>
    public string HourText(int hour) => new LocalTime(hour, 0).ToString("t", Culture);

    /// <summary>Formats a weekday × hour slot: <c>Friday 20:00–21:00</c>.</summary>
    public string SlotText(IsoDayOfWeek day, int hour) => $"{Weekday(day)} {HourText(hour)}–{HourText((hour + 1) % 24)}";

    /// <summary>Formats an instant as a date and time in a time zone, with the zone's name.</summary>
    public string InstantText(Instant instant, DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return $"{DateText(local.Date)} {local.TimeOfDay.ToString("t", Culture.Name.Length == 0 ? CultureInfo.InvariantCulture : Culture)} ({zone.Id})";
    }

    /// <summary>Names a period for people: <c>June 2026</c>, <c>T2 2026</c>, <c>Week 2026-W26</c>, or its dates.</summary>
    public string PeriodName(ReportingPeriod period) => period.Cadence switch
    {
        Cadence.Day => DateText(period.Start),
        Cadence.Week => T("Period.Week", period.Label),
        Cadence.Month => Capitalize(period.Start.ToString("MMMM uuuu", Culture)),
        Cadence.Quarter => T("Period.Quarter", ((period.Start.Month - 1) / 3) + 1, period.Start.Year.ToString("D4", CultureInfo.InvariantCulture)),
        Cadence.Year => period.Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => DateRange(period),
    };

    /// <summary>Names a period with its first and last days: <c>June 2026 (6/1/2026 – 6/30/2026)</c>.</summary>
    public string PeriodWithDates(ReportingPeriod period) =>
        period.Cadence is Cadence.Day or Cadence.Custom ? PeriodName(period) : $"{PeriodName(period)} ({DateRange(period)})";

    /// <summary>Names a history point's period shortly, for tables and tooltips.</summary>
    public string PeriodShort(ReportingPeriod period) => period.Cadence switch
    {
        Cadence.Month => Capitalize(period.Start.ToString("MMM uuuu", Culture)),
        Cadence.Day => DateText(period.Start),
        _ => period.Label,
    };

    public string ChannelName(Channel? channel) => channel?.Name ?? AllChannels;
}
