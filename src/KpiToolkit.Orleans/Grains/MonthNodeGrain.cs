using KpiToolkit.Indicators;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;

namespace KpiToolkit.Orleans.Grains;

/// <summary>The persisted state of a month node: what each day partition last reported.</summary>
[GenerateSerializer, Alias("KpiToolkit.Orleans.MonthNodeState")]
internal sealed class MonthNodeState
{
    /// <summary>Gets each day partition's totals, by day of the month, then by indicator key.</summary>
    [Id(0)] public Dictionary<int, Dictionary<string, DayTotals[]>> Days { get; set; } = [];
}

/// <summary>
/// The node of the tree above one month's partitions of a brand, kind and channel: it keeps what each partition last
/// reported (replacing, never adding, so a report sent twice changes nothing) and merges the days a query asks for into
/// the query's periods, in day order, so the same state always gives the same bits.
/// </summary>
internal sealed class MonthNodeGrain(
    [PersistentState("month", KpiClusterOptions.StorageName)] IPersistentState<MonthNodeState> state,
    MergeableIndicators indicators) : Grain, IMonthNodeGrain
{
    /// <inheritdoc />
    public async Task UpdateDayAsync(int day, Dictionary<string, DayTotals[]> totals, CancellationToken cancellationToken)
    {
        state.State.Days[day] = totals;
        await state.WriteOrDeactivateAsync(this, cancellationToken);
    }

    /// <inheritdoc />
    public Task<PeriodTotals[]> AccumulateAsync(string indicator, int cadence, WireDate start, WireDate end, bool byChannel, CancellationToken cancellationToken)
    {
        var mergeable = indicators.Get(new IndicatorKey(indicator));
        var days = state.State.Days.OrderBy(pair => pair.Key).SelectMany(pair => pair.Value.GetValueOrDefault(indicator) ?? []);
        return Task.FromResult(PeriodMerge.Merge(mergeable, days, (Cadence)cadence, start.ToLocalDate(), end.ToLocalDate(), byChannel));
    }
}
