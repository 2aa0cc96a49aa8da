using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Orleans.Grains;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KpiToolkit.Orleans;

/// <summary>
/// The cluster's client: batches go to the brand's grain, queries come back as totals and are finished here with the
/// calculator's own rules, so a result is built exactly as one pass builds it.
/// </summary>
/// <remarks>The client's calculators must be the silos' (the same KpiToolkit options): a result is finished with the client's calculator.</remarks>
internal sealed class KpiClusterClient(
    IGrainFactory grains, MergeableIndicators indicators, ReportingCalendar calendar, IOptions<KpiClusterOptions> options) : IKpiClusterClient
{
    /// <inheritdoc />
    public Task<IngestReceipt> IngestAsync(string brand, ActivityBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count > options.Value.MaxBatchSize)
        {
            throw new ArgumentException(
                $"The batch '{batch.Id}' holds {batch.Count} records, more than {nameof(KpiClusterOptions)}.{nameof(KpiClusterOptions.MaxBatchSize)} ({options.Value.MaxBatchSize}): split it.",
                nameof(batch));
        }

        return grains.GetGrain<IBrandGrain>(brand).IngestAsync(batch, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<KpiResult>> QueryAsync(
        string brand, IndicatorKey indicator, Cadence cadence, LocalDate start, LocalDate end, bool byChannel = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        if (indicators.TryGetOverActivity(indicator, out var overActivity))
        {
            return await QueryActivityAsync(brand, overActivity, cadence, start, end, byChannel, cancellationToken);
        }

        var mergeable = indicators.Get(indicator);
        if (mergeable.IsMentionVolume)
        {
            throw new ArgumentException($"'{indicator}' is mention volume, whose results are a series: read it with {nameof(MentionSeriesAsync)}.", nameof(indicator));
        }

        if (byChannel && !mergeable.SplitsByChannel)
        {
            throw new ArgumentException($"'{indicator}' counts mentions of every channel together; it cannot be split by channel.", nameof(byChannel));
        }

        var totals = await AccumulateAsync(brand, mergeable, cadence, start, end, byChannel, cancellationToken);
        return mergeable.ToResults(totals, byChannel);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<VolumePoint>> MentionSeriesAsync(
        string brand, Cadence cadence, LocalDate start, LocalDate end, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        var volume = indicators.Volume
            ?? throw new InvalidOperationException("No mention volume calculator is registered: the host's KpiToolkit has no indicator 'mention-volume'.");
        if (cadence == Cadence.Custom)
        {
            throw new ArgumentException("A series needs a cadence of day, week, month, quarter or year, not custom.", nameof(cadence));
        }

        // The series counts whole periods, the first and last included, as one pass over every mention does.
        var first = volume.Calendar.PeriodContaining(start, cadence).Start;
        var last = volume.Calendar.PeriodContaining(end, cadence).End;
        var totals = await AccumulateAsync(brand, indicators.Get(volume.Indicator.Key), cadence, first, last, byChannel: false, cancellationToken);
        return volume.Series(MergeableIndicator.Counts(totals, byChannel: false), cadence, start, end);
    }

    /// <inheritdoc />
    public async Task<MentionMonitorStatus> MonitorStatusAsync(string brand, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        return (await grains.GetGrain<IMentionMonitorGrain>(brand).StatusAsync(cancellationToken)).ToStatus();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ObjectiveSnapshot>> ObjectivesAsync(string brand, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        var snapshots = await grains.GetGrain<IObjectivesGrain>(brand).SnapshotsAsync(cancellationToken);
        return Array.AsReadOnly(snapshots.Select(snapshot => snapshot.ToSnapshot()).ToArray());
    }

    /// <summary>
    /// Computes an indicator over activity rows for each whole period of the cadence from the one holding
    /// <paramref name="start"/> to the one holding <paramref name="end"/> that a row touches: the brand's rows come back
    /// as they are and the calculator reads them, so a row straddling a period is reported as the calculator reports it.
    /// </summary>
    private async Task<IReadOnlyList<KpiResult>> QueryActivityAsync(
        string brand, IKpiCalculator calculator, Cadence cadence, LocalDate start, LocalDate end, bool byChannel, CancellationToken cancellationToken)
    {
        CheckRange(cadence, start, end);
        IReadOnlyList<ReportingPeriod> periods = cadence == Cadence.Custom ? [ReportingPeriod.Custom(start, end)] : calendar.PeriodsBetween(start, end, cadence);
        var rows = await grains.GetGrain<IBrandGrain>(brand)
            .ActivityRowsAsync(WireDate.From(periods[0].Start), WireDate.From(periods[^1].End), cancellationToken);
        var data = new ActivityData(channelActivity: rows);
        var results = new List<KpiResult>();
        foreach (var period in periods)
        {
            var channels = rows
                .Where(row => row.Dates.Start <= period.End && row.Dates.End >= period.Start)
                .Select(row => row.Channel)
                .Distinct()
                .Order()
                .ToList();
            if (channels.Count == 0)
            {
                continue;
            }

            results.AddRange(byChannel ? channels.Select(channel => calculator.Calculate(data, period, channel)) : [calculator.Calculate(data, period)]);
        }

        return results.AsReadOnly();
    }

    private static void CheckRange(Cadence cadence, LocalDate start, LocalDate end)
    {
        if (!Enum.IsDefined(cadence))
        {
            throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "The cadence is not defined.");
        }

        if (end < start)
        {
            throw new ArgumentException($"end ({end:uuuu-MM-dd}) must not be before start ({start:uuuu-MM-dd}).", nameof(end));
        }
    }

    private Task<PeriodTotals[]> AccumulateAsync(
        string brand, MergeableIndicator indicator, Cadence cadence, LocalDate start, LocalDate end, bool byChannel, CancellationToken cancellationToken)
    {
        CheckRange(cadence, start, end);
        return grains.GetGrain<IBrandGrain>(brand)
            .AccumulateAsync(indicator.KeyText, (int)cadence, WireDate.From(start), WireDate.From(end), byChannel, cancellationToken);
    }
}
