using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of an ads or campaign report to <see cref="ActionResult"/>: one row per campaign (or per
/// ad of a campaign) and period, with its cost, its gain if known, and its delivery counters.
/// </summary>
/// <remarks>
/// The action's name is the campaign, followed by <c> / </c> and the ad when <see cref="Ad"/> is mapped. The
/// period is one day (<see cref="Date"/>), a range (<see cref="StartDate"/> and <see cref="EndDate"/>), or, for a
/// report without dates, the <see cref="Period"/> the caller says it covers.
/// </remarks>
public sealed class ActionResultMap : CsvRecordMap<ActionResult>
{
    /// <summary>Gets the column of the campaign name. Required.</summary>
    public required string Campaign { get; init; }

    /// <summary>Gets the column of the ad name, if rows are per ad.</summary>
    public string? Ad { get; init; }

    /// <summary>Gets the column of the day each row covers, for a daily report.</summary>
    public string? Date { get; init; }

    /// <summary>Gets the column of the first day each row covers, for a report by date range.</summary>
    public string? StartDate { get; init; }

    /// <summary>Gets the column of the last day (included) each row covers, for a report by date range.</summary>
    public string? EndDate { get; init; }

    /// <summary>
    /// Gets the period every row covers when the file has no date columns, such as an ads report exported
    /// without its reporting dates; null by default.
    /// </summary>
    /// <remarks>
    /// With a period, the date columns (<see cref="Date"/>, or <see cref="StartDate"/> and <see cref="EndDate"/>)
    /// are optional: when the file has them, each row's own dates are read, and the period stands in for empty
    /// cells. Without a period, a file lacking the date columns is refused at its header. The period becomes a
    /// custom <see cref="ReportingPeriod"/> of the same days.
    /// </remarks>
    public DateInterval? Period { get; init; }

    /// <summary>Gets the channel of every row, or the fallback when <see cref="ChannelColumn"/> is empty.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the column that names each row's channel, if the file mixes channels.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of the cost (spend) in currency units. Required.</summary>
    public required string Cost { get; init; }

    /// <summary>Gets the ISO 4217 code of every amount, or the fallback when <see cref="CurrencyColumn"/> is empty.</summary>
    public string? Currency { get; init; }

    /// <summary>Gets the column of each row's ISO 4217 currency code, if the file has one.</summary>
    public string? CurrencyColumn { get; init; }

    /// <summary>Gets the column of the gain (conversion value, margin or profit), if known.</summary>
    public string? Gain { get; init; }

    /// <summary>Gets what the gain column holds; revenue by default.</summary>
    public GainKind GainKind { get; init; } = GainKind.Revenue;

    /// <summary>Gets the column of impressions, if any.</summary>
    public string? Impressions { get; init; }

    /// <summary>Gets the column of clicks, if any.</summary>
    public string? Clicks { get; init; }

    /// <summary>Gets the column of engagements, if any.</summary>
    public string? Engagements { get; init; }

    /// <summary>Gets the column of conversions, if any.</summary>
    public string? Conversions { get; init; }

    /// <summary>
    /// Gets the column that says what <see cref="Conversions"/> counts, for a report whose results column mixes
    /// kinds (Meta's <c>Result indicator</c>: purchases, reach, leads …). When set, a row's count is read as
    /// conversions only when <see cref="IsConversionKind"/> accepts its kind; otherwise conversions stay
    /// missing. When the file lacks the column, no row's count is read as conversions.
    /// </summary>
    public string? ConversionKind { get; init; }

    /// <summary>Gets which kinds of <see cref="ConversionKind"/> are conversions; none when null.</summary>
    public Func<string, bool>? IsConversionKind { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns()
    {
        var channel = MapFields.RequireChannelSource(Channel, ChannelColumn, nameof(ActionResultMap));
        var byDay = Date is not null;
        var byRange = StartDate is not null && EndDate is not null;
        var halfRange = !byRange && (StartDate ?? EndDate) is not null;
        if ((byDay && byRange) || halfRange || (!byDay && !byRange && Period is null))
        {
            throw new InvalidOperationException(
                $"{nameof(ActionResultMap)} needs either Date (a daily report), both StartDate and EndDate (a report by date range), " +
                "or a Period (a report without dates).");
        }

        if (Currency is null && CurrencyColumn is null)
        {
            throw new InvalidOperationException($"{nameof(ActionResultMap)} needs a currency: set Currency for a file in one currency, or CurrencyColumn.");
        }

        // Without a fixed currency, a file lacking the currency column could give no record: require it.
        string[] currency = Currency is null ? [CurrencyColumn!] : [];
        return [Campaign, Cost, .. DateColumns(required: true), .. channel, .. currency];
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() =>
        Mapped([Ad, ChannelColumn, CurrencyColumn, Gain, Impressions, Clicks, Engagements, Conversions, ConversionKind, .. DateColumns(required: false)]);

    /// <inheritdoc />
    protected internal override string? ExplainMissingColumns(IReadOnlyList<string> missing)
    {
        ArgumentNullException.ThrowIfNull(missing);
        var dates = DateColumns(required: true).ToList();
        return dates.Count > 0 && missing.Any(c => dates.Contains(c, StringComparer.OrdinalIgnoreCase))
            ? "A report without dates covers a period only its reader knows: give it as ActionResultMap.Period (or as the period argument of ImportPresets.AdsReport)."
            : null;
    }

    /// <inheritdoc />
    protected internal override ActionResult? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var campaign = row.GetRequiredText(Campaign);
        var ad = row.GetText(Ad);
        var channel = MapFields.ReadChannel(row, Channel, ChannelColumn);
        var period = ReadPeriod(row);
        var currency = row.GetText(CurrencyColumn) ?? Currency;
        if (currency is null)
        {
            row.AddError(CurrencyColumn, "a currency code is required but the cell is empty or marked missing");
        }

        var cost = row.GetRequiredDecimal(Cost);
        var gain = row.GetDecimal(Gain);
        var impressions = row.GetCount(Impressions);
        var clicks = row.GetCount(Clicks);
        var engagements = row.GetCount(Engagements);
        var conversions = row.GetCount(Conversions);
        if (ConversionKind is not null && !(row.GetText(ConversionKind) is { } kind && IsConversionKind?.Invoke(kind) == true))
        {
            // A count of reach or clicks in the results column is not a count of conversions.
            conversions = null;
        }

        if (row.HasErrors)
        {
            return null;
        }

        var name = ad is null ? campaign : $"{campaign} / {ad}";
        return new ActionResult(
            name,
            channel,
            period!,
            new Money(cost, currency!),
            gain is { } g ? new Money(g, currency!) : null,
            GainKind,
            impressions,
            clicks,
            engagements,
            conversions);
    }

    // The date columns of the map: required without a Period to fall back on, optional with one.
    private IEnumerable<string> DateColumns(bool required)
    {
        if ((Period is null) != required)
        {
            return [];
        }

        return Date is not null ? [Date] : Mapped(StartDate, EndDate);
    }

    private ReportingPeriod? ReadPeriod(CsvRow row)
    {
        if (Date is not null && (Period is null || row.GetText(Date) is not null))
        {
            var day = row.GetRequiredDate(Date);
            return row.HasErrors || !IsReportable(row, Date, day) ? null : ReportingPeriod.Day(day);
        }

        if (StartDate is null || EndDate is null || (Period is not null && row.GetText(StartDate) is null && row.GetText(EndDate) is null))
        {
            return ReportingPeriod.Custom(Period!.Start, Period.End);
        }

        var start = row.GetRequiredDate(StartDate);
        var end = row.GetRequiredDate(EndDate);
        if (row.HasErrors || !IsReportable(row, StartDate, start) | !IsReportable(row, EndDate, end))
        {
            return null;
        }

        if (end < start)
        {
            row.AddError(EndDate, string.Create(CultureInfo.InvariantCulture, $"the end ({end:uuuu-MM-dd}) is before the start ({start:uuuu-MM-dd})"));
            return null;
        }

        return ReportingPeriod.Custom(start, end);
    }

    /// <summary>Reports a date outside the days a reporting period may cover, rather than letting the period refuse it.</summary>
    private static bool IsReportable(CsvRow row, string? column, LocalDate date)
    {
        if (date >= ReportingPeriod.EarliestDay && date <= ReportingPeriod.LatestDay)
        {
            return true;
        }

        row.AddError(column, string.Create(
            CultureInfo.InvariantCulture,
            $"the date {date:uuuu-MM-dd} is outside {ReportingPeriod.EarliestDay:uuuu-MM-dd} to {ReportingPeriod.LatestDay:uuuu-MM-dd}, the days a reporting period may cover"));
        return false;
    }
}
