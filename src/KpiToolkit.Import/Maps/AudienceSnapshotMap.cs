using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a follower export to <see cref="AudienceSnapshot"/>: one row per channel and day (or
/// per timestamp) with the follower count and, if reported, the followers gained and lost.
/// </summary>
/// <remarks>
/// Map either <see cref="TakenAt"/>, a timestamp, or <see cref="Date"/>, a day whose count is taken at the end
/// of the day in <see cref="Calendar"/>'s time zone.
/// </remarks>
public sealed class AudienceSnapshotMap : CsvRecordMap<AudienceSnapshot>
{
    /// <summary>Gets the column of the follower count. Required.</summary>
    public required string Followers { get; init; }

    /// <summary>Gets the column of the timestamp of each count, if the file has one.</summary>
    public string? TakenAt { get; init; }

    /// <summary>Gets the column of the day of each count, if the file has days rather than timestamps.</summary>
    public string? Date { get; init; }

    /// <summary>Gets the calendar that says when a day ends; UTC when null. Used with <see cref="Date"/>.</summary>
    public ReportingCalendar? Calendar { get; init; }

    /// <summary>Gets the channel of every row, or the fallback when <see cref="ChannelColumn"/> is empty.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the column that names each row's channel, if the file mixes channels.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of followers gained, if any.</summary>
    public string? Gained { get; init; }

    /// <summary>Gets the column of followers lost, if any.</summary>
    public string? Lost { get; init; }

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns()
    {
        var channel = MapFields.RequireChannelSource(Channel, ChannelColumn, nameof(AudienceSnapshotMap));
        if ((TakenAt is null) == (Date is null))
        {
            throw new InvalidOperationException($"{nameof(AudienceSnapshotMap)} needs exactly one of TakenAt (a timestamp column) and Date (a day column).");
        }

        return [Followers, (TakenAt ?? Date)!, .. channel];
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() => Mapped(ChannelColumn, Gained, Lost);

    /// <inheritdoc />
    protected internal override AudienceSnapshot? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var channel = MapFields.ReadChannel(row, Channel, ChannelColumn);
        var followers = row.GetRequiredCount(Followers);
        var gained = row.GetCount(Gained);
        var lost = row.GetCount(Lost);
        if (TakenAt is not null)
        {
            var takenAt = row.GetRequiredInstant(TakenAt);
            return row.HasErrors ? null : new AudienceSnapshot(channel, takenAt, followers, gained, lost);
        }

        var date = row.GetRequiredDate(Date!);
        return row.HasErrors ? null : AudienceSnapshot.AtEndOfDay(channel, date, Calendar ?? ReportingCalendar.Utc, followers, gained, lost);
    }
}
