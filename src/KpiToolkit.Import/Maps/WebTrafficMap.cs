using KpiToolkit.Activity;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a web-analytics export (sessions by day and source) to <see cref="WebTrafficRecord"/>.
/// </summary>
public sealed class WebTrafficMap : CsvRecordMap<WebTrafficRecord>
{
    /// <summary>Gets the column of the day. Required.</summary>
    public required string Date { get; init; }

    /// <summary>Gets the column of sessions. Required.</summary>
    public required string Sessions { get; init; }

    /// <summary>Gets the source of every row, or the fallback when <see cref="ChannelColumn"/> is empty.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the column that names each row's source (channel), if the file mixes them.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of users (visitors), if any.</summary>
    public string? Users { get; init; }

    /// <summary>Gets the column of sessions with a conversion (key event), if any.</summary>
    public string? ConvertingSessions { get; init; }

    /// <summary>Gets the column of conversions (key events), if any.</summary>
    public string? Conversions { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns()
    {
        return [Date, Sessions, .. MapFields.RequireChannelSource(Channel, ChannelColumn, nameof(WebTrafficMap))];
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() => Mapped(ChannelColumn, Users, ConvertingSessions, Conversions);

    /// <inheritdoc />
    protected internal override WebTrafficRecord? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var date = row.GetRequiredDate(Date);
        var channel = MapFields.ReadChannel(row, Channel, ChannelColumn);
        var sessions = row.GetRequiredCount(Sessions);
        var users = row.GetCount(Users);
        var converting = row.GetCount(ConvertingSessions);
        var conversions = row.GetCount(Conversions);
        return row.HasErrors ? null : new WebTrafficRecord(date, channel, sessions, users, converting, conversions);
    }
}
