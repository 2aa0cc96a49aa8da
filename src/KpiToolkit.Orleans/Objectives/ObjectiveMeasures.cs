using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Orleans.Grains;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans;

/// <summary>
/// The measurements of an objective's KPI the cluster computes: one per period of the objective's cadence, from the
/// period just before its start (its baseline when it has none) to the period holding the evaluation day or its
/// deadline, whichever comes first, as a dashboard measures it over the same records.
/// </summary>
internal sealed class ObjectiveMeasures(IKpiClusterClient cluster, IGrainFactory grains, MergeableIndicators indicators, ReportingCalendar calendar)
{
    /// <summary>Whether the cluster computes the objective's KPI over its scope.</summary>
    public bool IsMeasured(Objective objective)
    {
        if (objective.Scope.Channels.Count > 1)
        {
            return false;
        }

        var key = objective.Indicator.Key;
        var oneChannel = objective.Scope.Channels.Count == 1;
        return indicators.TryGetOverActivity(key, out _)
            || (indicators.TryGet(key, out var mergeable) && (!oneChannel || mergeable.SplitsByChannel));
    }

    /// <summary>The objective's measurements up to <paramref name="asOf"/>; null when the cluster does not compute its KPI.</summary>
    public async Task<MeasurementSeries?> SeriesAsync(string brand, Objective objective, LocalDate asOf, CancellationToken cancellationToken)
    {
        if (!IsMeasured(objective))
        {
            return null;
        }

        var key = objective.Indicator.Key;
        var channel = objective.Scope.Channels.Count == 1 ? objective.Scope.Channels[0] : (Channel?)null;
        var from = (objective.Start ?? objective.Baseline?.Date ?? asOf).PlusDays(-1);
        if (from > asOf)
        {
            return new MeasurementSeries(key, []);
        }

        // Periods that start after the deadline do not count in the evaluation: they are not measured.
        var until = objective.Deadline is { } deadline && deadline < asOf ? deadline : asOf;
        var cadence = CadenceOf(objective);
        var first = calendar.PeriodContaining(from, cadence).Start;
        var last = calendar.PeriodContaining(until, cadence).End;
        if (indicators.TryGet(key, out var mergeable) && mergeable.IsMentionVolume)
        {
            return await VolumeSeriesAsync(brand, key, cadence, first, last, cancellationToken);
        }

        var results = (await cluster.QueryAsync(brand, key, cadence, first, last, byChannel: channel is not null, cancellationToken))
            .Where(result => result.Channel == channel)
            .ToList();
        if (mergeable is { IsPostingFrequency: true } && (results.Count > 0 || await HoldsPostsAsync(brand, channel, cancellationToken)))
        {
            results = WithEmptyPeriods(mergeable, results, calendar.PeriodsBetween(first, last, cadence), channel);
        }

        return new MeasurementSeries(key, results
            .Where(result => result.Value is not null)
            .Select(result => new Measurement(key, result.Period, result.Value!.Value, channel)));
    }

    /// <summary>
    /// Posting frequency over every period, those without posts included: one pass over a brand that published on some
    /// day (on the objective's channel, when it has one) counts 0 posts in a quiet week, even when none of the
    /// objective's weeks holds a post, where the cluster's partitions hold nothing to report.
    /// </summary>
    private static List<KpiResult> WithEmptyPeriods(MergeableIndicator frequency, List<KpiResult> results, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        var held = results.Select(result => result.Period).ToHashSet();
        var empty = periods
            .Where(period => !held.Contains(period))
            .Select(period => new PeriodTotals(WirePeriod.From(period), channel?.Name, PartialTotals.From(new CountAccumulator())));
        return [.. results.Concat(frequency.ToResults(empty, byChannel: channel is not null)).OrderBy(result => result.Period)];
    }

    private Task<bool> HoldsPostsAsync(string brand, Channel? channel, CancellationToken cancellationToken) =>
        grains.GetGrain<IBrandGrain>(brand).HoldsPostsAsync(channel is null ? null : Grains.GrainAddress.ChannelKey(channel), cancellationToken);

    /// <summary>A target is set per period of the objective's cadence, or of its indicator's; a custom one is measured by month.</summary>
    private static Cadence CadenceOf(Objective objective) =>
        (objective.Cadence ?? objective.Indicator.DefaultCadence) is var cadence && cadence != Cadence.Custom ? cadence : Cadence.Month;

    /// <summary>
    /// Mention counts per period, empty periods as 0, as the calculator counts them; none at all while the brand has no
    /// mention, which the calculator reports as no data.
    /// </summary>
    private async Task<MeasurementSeries> VolumeSeriesAsync(string brand, IndicatorKey key, Cadence cadence, LocalDate first, LocalDate last, CancellationToken cancellationToken)
    {
        var points = await cluster.MentionSeriesAsync(brand, cadence, first, last, cancellationToken);
        if (points.All(point => point.Count == 0) && (await cluster.MonitorStatusAsync(brand, cancellationToken)).Latest is null)
        {
            return new MeasurementSeries(key, []);
        }

        return new MeasurementSeries(key, points.Select(point => new Measurement(key, point.Period, point.Count)));
    }
}
