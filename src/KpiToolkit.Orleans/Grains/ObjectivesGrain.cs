using System.Globalization;
using KpiToolkit.Alerts;
using KpiToolkit.Evaluation;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Orleans.Wire;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace KpiToolkit.Orleans.Grains;

/// <summary>The persisted state of a brand's objectives.</summary>
[GenerateSerializer, Alias("KpiToolkit.Orleans.ObjectivesState")]
internal sealed class ObjectivesState
{
    /// <summary>Gets the last evaluation of each objective, in the trees' order.</summary>
    [Id(0)] public List<ObjectiveSnapshotWire> Snapshots { get; set; } = [];

    /// <summary>Gets the alerts sent, by rule and period start, so each is sent once.</summary>
    [Id(1)] public HashSet<string> AlertsSent { get; set; } = [];
}

/// <summary>
/// A brand's objectives, evaluated again after every batch that changed the brand's records: each objective's KPI is
/// measured by the cluster over its completed periods, the trees are evaluated as <see cref="ObjectiveEvaluator"/> does,
/// and the alerts of <see cref="KpiAlertMonitor.ForObjective(Objective, IClock, ObjectiveEvaluator)"/> (back past the
/// baseline, target reached, an unusual move the wrong way, behind pace) go to every registered sink, each once.
/// </summary>
/// <remarks>
/// Batches arriving during an evaluation make one more evaluation after it, not one each: a busy brand is evaluated as
/// often as its evaluations take. Alerts are published before the state is written, so after a failure one may be sent
/// again, never lost.
/// </remarks>
internal sealed partial class ObjectivesGrain(
    [PersistentState("objectives", KpiClusterOptions.StorageName)] IPersistentState<ObjectivesState> state,
    IKpiObjectiveSource source,
    ObjectiveMeasures measures,
    ObjectiveEvaluator evaluator,
    IKpiAlertPublisher publisher,
    IClock clock,
    ILogger<ObjectivesGrain> logger) : Grain, IObjectivesGrain
{
    private bool _stale;
    private Task _evaluation = Task.CompletedTask;

    /// <inheritdoc />
    public async Task KpisChangedAsync()
    {
        try
        {
            await Evaluate();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The next batch or read evaluates again; the brand's ingestion does not wait for its objectives.
            LogEvaluationFailed(exception, this.GetPrimaryKeyString());
        }
    }

    /// <inheritdoc />
    public async Task<ObjectiveSnapshotWire[]> SnapshotsAsync(CancellationToken cancellationToken)
    {
        await Evaluate().WaitAsync(cancellationToken);
        return [.. state.State.Snapshots];
    }

    /// <summary>Marks the objectives stale and returns the evaluation that will see it, starting one when none runs.</summary>
    private Task Evaluate()
    {
        _stale = true;
        if (_evaluation.IsCompleted)
        {
            _evaluation = EvaluateWhileStaleAsync();
        }

        return _evaluation;
    }

    private async Task EvaluateWhileStaleAsync()
    {
        while (_stale)
        {
            _stale = false;
            await EvaluateOnceAsync();
        }
    }

    private async Task EvaluateOnceAsync()
    {
        var brand = this.GetPrimaryKeyString();
        var objectives = await source.GetObjectivesAsync(brand, CancellationToken.None);
        if (objectives.Count == 0 && state.State.Snapshots.Count == 0)
        {
            return;
        }
        var asOf = evaluator.Today;
        var now = clock.GetCurrentInstant();
        var snapshots = new List<ObjectiveSnapshotWire>();
        var alerts = new List<KpiAlert>();
        foreach (var root in objectives)
        {
            var series = new Dictionary<Objective, MeasurementSeries?>();
            foreach (var objective in root.SelfAndDescendants())
            {
                series[objective] = await measures.SeriesAsync(brand, objective, asOf, CancellationToken.None);
            }

            var evaluation = evaluator.EvaluateTree(root, objective => series[objective], asOf);
            Flatten(evaluation, null, snapshots, now, measures.IsMeasured);
            foreach (var (objective, measured) in series)
            {
                if (measured is not null)
                {
                    alerts.AddRange(AlertsOf(brand, objective, measured, asOf));
                }
            }
        }

        foreach (var alert in alerts.Where(alert => state.State.AlertsSent.Add(AlertKey(alert))))
        {
            try
            {
                await publisher.PublishAsync(alert, CancellationToken.None);
            }
            catch (KpiAlertDeliveryException exception)
            {
                // The other sinks have it; the failing ones are the host's to fix.
                LogDeliveryFailed(exception, alert.Rule, brand);
            }
        }

        state.State.Snapshots = snapshots;
        await state.WriteOrDeactivateAsync(this, CancellationToken.None);
    }

    /// <summary>
    /// The alerts the objective's monitor raises over its completed periods, in order: a fresh monitor reads them all,
    /// and the ones sent before are left out by their key.
    /// </summary>
    private IEnumerable<KpiAlert> AlertsOf(string brand, Objective objective, MeasurementSeries series, LocalDate asOf)
    {
        var monitor = objective.SubObjectives.Count == 0
            ? KpiAlertMonitor.ForObjective(objective, clock, evaluator)
            : KpiAlertMonitor.ForObjective(objective, clock, evaluator.Calendar);
        return series.Measurements
            .Where(measurement => measurement.Period.End <= asOf)
            .SelectMany(measurement => monitor.Observe(measurement))
            .Select(alert => alert with { Scope = $"{brand}/{objective.Id}" })
            .ToList();
    }

    // An objective's rules are named after its id, and ids are unique within a brand, so rule and period identify an alert.
    private static string AlertKey(KpiAlert alert) =>
        string.Create(CultureInfo.InvariantCulture, $"{alert.Rule}|{alert.Start.ToUnixTimeTicks()}");

    private static void Flatten(
        ObjectiveEvaluation evaluation, string? parentId, List<ObjectiveSnapshotWire> snapshots, Instant now, Func<Objective, bool> isMeasured)
    {
        snapshots.Add(new ObjectiveSnapshotWire
        {
            ObjectiveId = evaluation.Objective.Id,
            ParentId = parentId,
            Indicator = evaluation.Objective.Indicator.Key.Value,
            Status = (int)evaluation.Status,
            Reason = (int)evaluation.Reason,
            Progress = evaluation.Progress,
            ExpectedProgress = evaluation.ExpectedProgress,
            Value = evaluation.Current?.Value,
            Period = evaluation.Current is { } current ? WirePeriod.From(current.Period) : null,
            IsMeasured = isMeasured(evaluation.Objective),
            AsOf = WireDate.From(evaluation.AsOf),
            EvaluatedAt = WireInstant.From(now),
            Explanation = evaluation.Explanation,
        });
        foreach (var child in evaluation.SubObjectives)
        {
            Flatten(child, evaluation.Objective.Id, snapshots, now, isMeasured);
        }
    }

    [LoggerMessage(EventId = 4120, Level = LogLevel.Warning, Message = "The objectives of brand {Brand} could not be evaluated; the next batch or read tries again.")]
    private partial void LogEvaluationFailed(Exception exception, string brand);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "A sink failed to deliver the alert {Rule} of brand {Brand}; the other sinks have it.")]
    private partial void LogDeliveryFailed(Exception exception, string rule, string brand);
}
