using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Alerts;

/// <summary>
/// Follows one KPI period after period, such as an objective's engagement rate each month, with threshold rules and
/// anomaly rules, and says which alerts each new value makes: the same rules as for mention volume, on the KPIs that
/// objectives track.
/// </summary>
/// <remarks>
/// A period without a value (<see cref="KpiResult.IsAvailable"/> false) makes no alert and is not given to the anomaly
/// detectors, so a gap in the data is never read as a fall to 0; the next value is compared with the ones before the
/// gap (it is still the last period read, so it cannot be given again). Not thread-safe: feed it from one place, in
/// period order; a period that does not start after the last one read is refused, as the detectors would count it twice.
/// </remarks>
public sealed partial class KpiAlertMonitor
{
    private readonly ReportingCalendar _calendar;
    private readonly IClock _clock;
    private readonly (ThresholdAlertRule Rule, bool WasCrossed)[] _thresholds;
    private readonly SpikeAlertMonitor[] _anomalies;

    /// <summary>Creates a monitor.</summary>
    /// <param name="indicator">The KPI followed; its key is the alerts' subject.</param>
    /// <param name="scope">The part followed, such as a channel or an objective's id; null for all.</param>
    /// <param name="thresholds">The threshold rules.</param>
    /// <param name="anomalies">The anomaly rules; each gets a detector of its own.</param>
    /// <param name="clock">Gives <see cref="KpiAlert.RaisedAt"/>: the host's <see cref="IClock"/>, as registered by <c>AddKpiToolkit()</c>.</param>
    /// <param name="calendar">Turns the results' periods into instants; UTC when null.</param>
    /// <exception cref="ArgumentException">An argument is null or holds null.</exception>
    public KpiAlertMonitor(
        IndicatorKey indicator,
        string? scope,
        IEnumerable<ThresholdAlertRule> thresholds,
        IEnumerable<SpikeAlertRule> anomalies,
        IClock clock,
        ReportingCalendar? calendar = null)
    {
        Preconditions.Check(!indicator.IsEmpty, "indicator must not be the empty (default) key.", nameof(indicator));
        Indicator = indicator;
        Scope = scope;
        _calendar = calendar ?? ReportingCalendar.Utc;
        _clock = Preconditions.NotNull(clock);
        _thresholds = [.. Preconditions.NotNull(thresholds).Select(rule => (Preconditions.NotNull(rule, nameof(thresholds)), false))];
        _anomalies = [.. Preconditions.NotNull(anomalies).Select(rule => new SpikeAlertMonitor(Preconditions.NotNull(rule, nameof(anomalies)), indicator.Value, _clock, scope))];
    }

    /// <summary>Gets the KPI followed.</summary>
    public IndicatorKey Indicator { get; }

    /// <summary>Gets the part followed.</summary>
    public string? Scope { get; }

    /// <summary>Gets the last period read, with or without a value; null before the first.</summary>
    public ReportingPeriod? LastObserved { get; private set; }

    /// <summary>Gets the threshold rules.</summary>
    public IReadOnlyList<ThresholdAlertRule> Thresholds => _thresholds.Select(entry => entry.Rule).ToList().AsReadOnly();

    /// <summary>Gets the anomaly rules.</summary>
    public IReadOnlyList<SpikeAlertRule> Anomalies => _anomalies.Select(monitor => monitor.Rule).ToList().AsReadOnly();

    /// <summary>
    /// The rules an objective asks for: its KPI falling back past its baseline (or leaving the range to keep), its
    /// target reached, and an unusual move the wrong way for the indicator's polarity, judged against the six periods before.
    /// </summary>
    /// <param name="objective">The objective.</param>
    /// <param name="clock">Gives <see cref="KpiAlert.RaisedAt"/>: the host's <see cref="IClock"/>.</param>
    /// <param name="calendar">The calendar its periods are counted in; UTC when null.</param>
    /// <returns>A monitor of the objective's KPI, scoped to the objective's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="clock"/> is null.</exception>
    public static KpiAlertMonitor ForObjective(Objective objective, IClock clock, ReportingCalendar? calendar = null)
    {
        Preconditions.NotNull(objective);
        var id = objective.Id;
        var thresholds = new List<ThresholdAlertRule>();
        switch (objective.Target)
        {
            case { Kind: TargetKind.KeepWithin } range:
                thresholds.Add(new ThresholdAlertRule($"{id}: below the range to keep", range.Minimum!.Value, ThresholdSide.Below));
                thresholds.Add(new ThresholdAlertRule($"{id}: above the range to keep", range.Maximum!.Value, ThresholdSide.Above));
                break;
            case { Kind: TargetKind.IncreaseTo } increase:
                AddBaselineAndTarget(thresholds, id, objective.Baseline?.Value, increase.Value!.Value, ThresholdSide.Below, ThresholdSide.AtOrAbove);
                break;
            case { Kind: TargetKind.DecreaseTo } decrease:
                AddBaselineAndTarget(thresholds, id, objective.Baseline?.Value, decrease.Value!.Value, ThresholdSide.Above, ThresholdSide.AtOrBelow);
                break;
        }

        // Periods are few (months, quarters): a mean ± 3σ of the six before judges a move, where the mention detector
        // would need weeks of points to learn. Only the bad way alerts: a good surprise shows on the dashboard.
        var wrongWay = objective.Indicator.Polarity == Polarity.HigherIsBetter ? AlertDirections.Drops : AlertDirections.Spikes;
        var anomaly = new SpikeAlertRule(
            $"{id}: unusual move",
            () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 6, K = 3 }),
            minimumVolume: 0,
            direction: wrongWay,
            coolDown: Duration.Zero);
        return new KpiAlertMonitor(objective.Indicator.Key, id, thresholds, [anomaly], clock, calendar);
    }

    /// <summary>Reads the KPI's next period and returns the alerts it makes, thresholds first.</summary>
    /// <param name="result">The KPI's result for the period after the previous one read.</param>
    /// <returns>The alerts; empty when there are none or the result has no value.</returns>
    /// <exception cref="ArgumentException">
    /// The result is null, of another indicator, or of a period that does not start after the last one read.
    /// </exception>
    public IReadOnlyList<KpiAlert> Observe(KpiResult result)
    {
        Preconditions.NotNull(result);
        Preconditions.Check(result.Indicator == Indicator, $"The result is of '{result.Indicator}', but the monitor follows '{Indicator}'.", nameof(result));
        return Observe(result.Period, result.Value, result.Channel, nameof(result));
    }

    /// <summary>Reads the KPI's next measured period, such as the latest of a <see cref="Measurements.MeasurementSeries"/>, and returns the alerts it makes.</summary>
    /// <param name="measurement">The measurement of the period after the previous one read.</param>
    /// <returns>The alerts; empty when there are none.</returns>
    /// <exception cref="ArgumentException">
    /// The measurement is null, of another indicator, or of a period that does not start after the last one read.
    /// </exception>
    public IReadOnlyList<KpiAlert> Observe(Measurements.Measurement measurement)
    {
        Preconditions.NotNull(measurement);
        Preconditions.Check(measurement.Indicator == Indicator, $"The measurement is of '{measurement.Indicator}', but the monitor follows '{Indicator}'.", nameof(measurement));
        return Observe(measurement.Period, measurement.Value, measurement.Channel, nameof(measurement));
    }

    private List<KpiAlert> Observe(ReportingPeriod period, double? observed, Channel? channel, string parameterName)
    {
        Preconditions.Check(
            LastObserved is null || period.Start > LastObserved.Start,
            $"The period {period} does not start after the last one read, {LastObserved}: periods are read once each, in order.",
            parameterName);
        LastObserved = period;
        if (observed is not { } value)
        {
            return [];
        }

        var interval = _calendar.ToInterval(period);
        var alerts = new List<KpiAlert>();
        for (var i = 0; i < _thresholds.Length; i++)
        {
            var (rule, wasCrossed) = _thresholds[i];
            var crossed = rule.IsCrossedBy(value);
            _thresholds[i] = (rule, crossed);
            if (crossed && !wasCrossed)
            {
                alerts.Add(new KpiAlert
                {
                    Rule = rule.Name,
                    Subject = Indicator.Value,
                    Scope = Scope,
                    Kind = KpiAlertKind.ThresholdCrossed,
                    Direction = rule.Side is ThresholdSide.Below or ThresholdSide.AtOrBelow ? VolumeDirection.Drop : VolumeDirection.Spike,
                    Start = interval.Start,
                    End = interval.End,
                    Value = value,
                    Expected = rule.Threshold,
                    Score = 1,
                    RaisedAt = _clock.GetCurrentInstant(),
                });
            }
        }

        foreach (var anomaly in _anomalies)
        {
            if (anomaly.Observe(interval.Start, interval.End, value) is { } alert)
            {
                alerts.Add(alert);
            }
        }

        if (_pace?.Observe(period, channel, value, interval) is { } behind)
        {
            alerts.Add(behind);
        }

        return alerts;
    }

    private static void AddBaselineAndTarget(List<ThresholdAlertRule> thresholds, string id, double? baseline, double target, ThresholdSide backwards, ThresholdSide forwards)
    {
        if (baseline is { } start)
        {
            thresholds.Add(new ThresholdAlertRule($"{id}: back past the baseline", start, backwards));
        }

        // Reaching the target is the one threshold crossed the good way: on it or beyond.
        thresholds.Add(new ThresholdAlertRule($"{id}: target reached", target, forwards));
    }
}
