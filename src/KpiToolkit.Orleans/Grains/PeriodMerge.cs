using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans.Grains;

/// <summary>Merges totals into the periods of a query, in the order given, keeping the first spelling of each channel.</summary>
internal static class PeriodMerge
{
    /// <summary>Merges the days of a range into the periods of a cadence (one custom period for <see cref="Cadence.Custom"/>).</summary>
    public static PeriodTotals[] Merge(MergeableIndicator indicator, IEnumerable<DayTotals> days, Cadence cadence, LocalDate start, LocalDate end, bool byChannel)
    {
        var custom = cadence == Cadence.Custom ? WirePeriod.From(ReportingPeriod.Custom(start, end)) : default;
        var groups = days
            .Where(day => day.Day.ToLocalDate() is var date && date >= start && date <= end)
            .Select(day => new PeriodTotals(
                cadence == Cadence.Custom ? custom : WirePeriod.From(indicator.PeriodContaining(day.Day.ToLocalDate(), cadence)),
                byChannel ? day.Channel : null,
                day.Totals));
        return Merge(groups);
    }

    /// <summary>Merges groups of the same period and channel, in the order given.</summary>
    public static PeriodTotals[] Merge(IEnumerable<PeriodTotals> groups)
    {
        var merged = new Dictionary<(WirePeriod Period, string? Channel), int>();
        var ordered = new List<PeriodTotals>();
        foreach (var group in groups)
        {
            var key = (group.Period, group.Channel?.ToLowerInvariant());
            if (merged.TryGetValue(key, out var index))
            {
                ordered[index] = ordered[index] with { Totals = PartialTotals.Merge(ordered[index].Totals, group.Totals) };
            }
            else
            {
                merged[key] = ordered.Count;
                ordered.Add(group);
            }
        }

        return [.. ordered];
    }
}
