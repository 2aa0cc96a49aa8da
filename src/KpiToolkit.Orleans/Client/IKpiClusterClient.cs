using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans;

/// <summary>
/// The cluster seen from a client or a grain: send a brand's records, read its KPIs. Registered by
/// <c>clientBuilder.AddKpiToolkitClient()</c> and by <c>siloBuilder.AddKpiToolkit()</c>.
/// </summary>
public interface IKpiClusterClient
{
    /// <summary>
    /// Sends a batch of a brand's records and waits until every record it counted is persisted. Send the same batch
    /// again when the call fails or times out: nothing is counted twice.
    /// </summary>
    /// <param name="brand">The brand the records are about (its name or id; compared as given).</param>
    /// <param name="batch">The records.</param>
    /// <param name="cancellationToken">Stops waiting; what the cluster already persisted stays counted.</param>
    /// <returns>What was counted, what had been counted before, and what could not be used.</returns>
    /// <exception cref="ArgumentException">The brand is blank, or the batch holds more records than <see cref="KpiClusterOptions.MaxBatchSize"/>.</exception>
    Task<IngestReceipt> IngestAsync(string brand, ActivityBatch batch, CancellationToken cancellationToken = default);

    /// <summary>
    /// Computes an indicator for every period of <paramref name="cadence"/> that holds records from
    /// <paramref name="start"/> to <paramref name="end"/>, from the partial aggregates the grains keep: the same results as
    /// the calculator's one pass over the brand's records of those days
    /// (<c>calculator.ToResults(calculator.AccumulateByPeriod(records, cadence, byChannel))</c>).
    /// </summary>
    /// <remarks>
    /// An indicator over activity rows is computed for each whole period of the cadence, from the one holding
    /// <paramref name="start"/> to the one holding <paramref name="end"/>, that a row of the brand touches: the rows are
    /// read as they are held (the last restatement of each channel and run of days), and a row straddling a period is
    /// reported by the calculator as in one pass (<c>calculator.Calculate(rows, period, channel)</c>).
    /// </remarks>
    /// <param name="brand">The brand.</param>
    /// <param name="indicator">
    /// A mergeable indicator (a post ratio not over followers and not a median, posting frequency, the engagement rate on
    /// mentions) or one over the accounts' activity rows (account engagement rate, account impressions, profile visits).
    /// </param>
    /// <param name="cadence">Day, week, month, quarter or year; custom gives one period from <paramref name="start"/> to <paramref name="end"/>.</param>
    /// <param name="start">The first day, in the calendar's zone.</param>
    /// <param name="end">The last day.</param>
    /// <param name="byChannel">Whether to give one result per channel (post indicators only).</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The results in period order, then channel order.</returns>
    /// <exception cref="KeyNotFoundException">No calculator computes the indicator.</exception>
    /// <exception cref="ArgumentException">The indicator's aggregates do not merge, is mention volume (see <see cref="MentionSeriesAsync"/>), the range is reversed, or a mention indicator is asked by channel.</exception>
    Task<IReadOnlyList<KpiResult>> QueryAsync(
        string brand, IndicatorKey indicator, Cadence cadence, LocalDate start, LocalDate end, bool byChannel = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts the brand's mentions (of the subject the mention volume calculator counts) in every period from the one
    /// holding <paramref name="start"/> to the one holding <paramref name="end"/>, periods without mentions included: the
    /// series <c>MentionVolumeCalculator.Series</c> gives over the same mentions, ready for a spike detector.
    /// </summary>
    /// <param name="brand">The brand.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>One point per period, in time order, with no gap.</returns>
    Task<IReadOnlyList<VolumePoint>> MentionSeriesAsync(string brand, Cadence cadence, LocalDate start, LocalDate end, CancellationToken cancellationToken = default);

    /// <summary>Returns the state of a brand's live mention monitor.</summary>
    /// <param name="brand">The brand.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The buckets closed, the alerts fired, the late mentions.</returns>
    Task<MentionMonitorStatus> MonitorStatusAsync(string brand, CancellationToken cancellationToken = default);

    /// <summary>
    /// Evaluates the brand's objectives (those its silos' <see cref="IKpiObjectiveSource"/> gives) with every record
    /// acknowledged so far, as of today in the cluster's calendar, and returns where each one stands. The cluster also
    /// evaluates them after every batch that changes the brand's records, and sends their alerts to the silos' sinks.
    /// </summary>
    /// <param name="brand">The brand.</param>
    /// <param name="cancellationToken">Stops waiting for the evaluation.</param>
    /// <returns>One snapshot per objective and sub-objective, each tree in pre-order; empty when the brand has none.</returns>
    Task<IReadOnlyList<ObjectiveSnapshot>> ObjectivesAsync(string brand, CancellationToken cancellationToken = default);
}
