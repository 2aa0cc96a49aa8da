using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Where a <see cref="ChannelActivity"/> row lies against a period.</summary>
internal enum RowPlacement
{
    /// <summary>Every day of the row is outside the period: the row is not about it.</summary>
    Outside,

    /// <summary>Every day of the row is inside the period: its counts belong to it.</summary>
    Inside,

    /// <summary>
    /// The row covers days inside and outside the period, such as a monthly row against a week: the period's part of
    /// its counts is unknown, so the row is skipped and counted as missing, never prorated.
    /// </summary>
    Straddling,
}

/// <summary>The rules every calculator over <see cref="ChannelActivity"/> rows shares.</summary>
internal static class ActivityRows
{
    /// <summary>Places a row against a period, comparing the row's dates with the period's local dates.</summary>
    public static RowPlacement Place(ChannelActivity row, ReportingPeriod period)
    {
        var dates = row.Dates;
        if (dates.End < period.Start || dates.Start > period.End)
        {
            return RowPlacement.Outside;
        }

        return dates.Start >= period.Start && dates.End <= period.End ? RowPlacement.Inside : RowPlacement.Straddling;
    }

    /// <summary>Whether a row covers exactly the days of a period, the only case where its reach is the period's reach.</summary>
    public static bool CoversExactly(ChannelActivity row, ReportingPeriod period) =>
        row.Dates.Start == period.Start && row.Dates.End == period.End;

    /// <summary>
    /// Σ of a count over the rows of a period in a scope: rows without the count and rows straddling the period are
    /// skipped and counted as missing counters.
    /// </summary>
    public static KpiResult Sum(Indicators.Indicator indicator, IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel, Func<ChannelActivity, long?> count, string method)
    {
        Preconditions.NotNull(rows);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        Int128 sum = 0;
        long used = 0, skipped = 0;
        foreach (var row in rows)
        {
            Preconditions.Item(row, nameof(rows));
            if (channel is { } only && row.Channel != only)
            {
                continue;
            }

            var placement = Place(row, period);
            if (placement == RowPlacement.Inside && count(row) is { } value)
            {
                sum += value;
                used++;
            }
            else if (placement != RowPlacement.Outside)
            {
                skipped++;
            }
        }

        var inputs = new KpiInputs(used > 0 ? (double)sum : null, null, used, skipped);
        return used > 0
            ? KpiResult.Available(indicator.Key, indicator.Unit, period, channel, (double)sum, inputs, method)
            : KpiResult.Unavailable(indicator.Key, indicator.Unit, period, channel, skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData, inputs, method);
    }

    /// <summary>The channels with at least one row touching the period, ordered by name.</summary>
    public static IReadOnlyList<Channel> ChannelsIn(IEnumerable<ChannelActivity> rows, ReportingPeriod period)
    {
        Preconditions.NotNull(rows);
        Preconditions.NotNull(period);
        var channels = new SortedSet<Channel>();
        foreach (var row in rows)
        {
            if (Place(Preconditions.Item(row, nameof(rows)), period) != RowPlacement.Outside)
            {
                channels.Add(row.Channel);
            }
        }

        return [.. channels];
    }
}
