using KpiToolkit.Activity;
using NodaTime;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a page or account export to <see cref="ChannelActivity"/>: one row per channel and day, or
/// per longer run of days, with what the account received during them (impressions, reach, engagements, profile
/// visits), its followers at the end and, if the export has it, the platform's own engagement rate.
/// </summary>
/// <remarks>
/// <para>Map either <see cref="Date"/>, a column of days, or both <see cref="StartDate"/> and <see cref="EndDate"/>
/// for rows that cover several days (both included). The dates are the platform's reporting days.</para>
/// <para>Every count column is optional, since exports differ: a file without one imports with that count null (not
/// reported), and an empty cell is null too, never 0. The map needs at least one count column.</para>
/// </remarks>
public sealed class ChannelActivityMap : CsvRecordMap<ChannelActivity>
{
    /// <summary>Gets the column of the day of each row, for a file with one row per day.</summary>
    public string? Date { get; init; }

    /// <summary>Gets the column of the first day of each row, for rows that cover several days; set with <see cref="EndDate"/>.</summary>
    public string? StartDate { get; init; }

    /// <summary>Gets the column of the last day of each row, included; set with <see cref="StartDate"/>.</summary>
    public string? EndDate { get; init; }

    /// <summary>Gets the channel of every row, or the fallback when <see cref="ChannelColumn"/> is empty.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the column that names each row's channel, if the file mixes channels.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of impressions, if any.</summary>
    public string? Impressions { get; init; }

    /// <summary>Gets the column of reach (unique accounts reached), if any.</summary>
    public string? Reach { get; init; }

    /// <summary>Gets the column of engagements, as the platform counts them, if any.</summary>
    public string? Engagements { get; init; }

    /// <summary>Gets the column of followers at the end of the row's last day, if any.</summary>
    public string? Followers { get; init; }

    /// <summary>Gets the column of profile or page visits, if any.</summary>
    public string? ProfileVisits { get; init; }

    /// <summary>Gets the column of the platform's engagement rate, written as a fraction (<c>0.0353</c>) or a percentage (<c>3.53 %</c>), if any.</summary>
    public string? ReportedEngagementRate { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns()
    {
        var channel = MapFields.RequireChannelSource(Channel, ChannelColumn, nameof(ChannelActivityMap));
        var oneDay = Date is not null;
        var range = StartDate is not null && EndDate is not null;
        if (oneDay == range || (!range && (StartDate ?? EndDate) is not null))
        {
            throw new InvalidOperationException(
                $"{nameof(ChannelActivityMap)} needs either Date (a column of days) or both StartDate and EndDate (the first and last day of each row), not both.");
        }

        if (Counts().All(column => column is null))
        {
            throw new InvalidOperationException(
                $"{nameof(ChannelActivityMap)} needs at least one of Impressions, Reach, Engagements, Followers, ProfileVisits and ReportedEngagementRate.");
        }

        return oneDay ? [Date!, .. channel] : [StartDate!, EndDate!, .. channel];
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() => Mapped([ChannelColumn, .. Counts()]);

    /// <inheritdoc />
    protected internal override ChannelActivity? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var channel = MapFields.ReadChannel(row, Channel, ChannelColumn);
        var dates = ReadDates(row);
        var impressions = row.GetCount(Impressions);
        var reach = row.GetCount(Reach);
        var engagements = row.GetCount(Engagements);
        var followers = row.GetCount(Followers);
        var profileVisits = row.GetCount(ProfileVisits);
        var rate = row.GetFraction(ReportedEngagementRate);
        return row.HasErrors || dates is null
            ? null
            : new ChannelActivity(channel, dates, impressions, reach, engagements, followers, profileVisits, rate);
    }

    private string?[] Counts() => [Impressions, Reach, Engagements, Followers, ProfileVisits, ReportedEngagementRate];

    private DateInterval? ReadDates(CsvRow row)
    {
        if (Date is not null)
        {
            var day = row.GetRequiredDate(Date);
            return new DateInterval(day, day);
        }

        var start = row.GetRequiredDate(StartDate!);
        var end = row.GetRequiredDate(EndDate!);
        if (row.HasErrors)
        {
            return null;
        }

        if (end < start)
        {
            // Said on the export's own column, rather than as the record's parameter.
            row.AddError(EndDate, $"the last day {end:uuuu-MM-dd} is before the first day {start:uuuu-MM-dd}");
            return null;
        }

        return new DateInterval(start, end);
    }
}
