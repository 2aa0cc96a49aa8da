using KpiToolkit.Evaluation;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Alerts;

/// <summary>The objective's pace: the evaluation of <see cref="ObjectiveEvaluator"/> after each period, and an alert when it slips.</summary>
public sealed partial class KpiAlertMonitor
{
    private PaceWatch? _pace;

    /// <summary>
    /// The rules of <see cref="ForObjective(Objective, IClock, ReportingCalendar?)"/>, plus the objective's pace: after each
    /// period with a value, the objective is evaluated as of the period's last day with the values read so far, and an
    /// alert (<see cref="KpiAlertKind.BehindPace"/>) is raised when its status gets worse into
    /// <see cref="ObjectiveStatus.AtRisk"/>, <see cref="ObjectiveStatus.OffTrack"/> or <see cref="ObjectiveStatus.Missed"/>.
    /// </summary>
    /// <param name="objective">The objective; without sub-objectives, whose statuses come from their own KPIs.</param>
    /// <param name="clock">Gives <see cref="KpiAlert.RaisedAt"/>: the host's <see cref="IClock"/>.</param>
    /// <param name="evaluator">Evaluates the objective, in its calendar and with its gaps for at risk and off track.</param>
    /// <returns>A monitor of the objective's KPI, scoped to the objective's id.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the objective has sub-objectives.</exception>
    public static KpiAlertMonitor ForObjective(Objective objective, IClock clock, ObjectiveEvaluator evaluator)
    {
        Preconditions.NotNull(objective);
        Preconditions.NotNull(evaluator);
        Preconditions.Check(
            objective.SubObjectives.Count == 0,
            $"The objective '{objective.Id}' has {objective.SubObjectives.Count} sub-objective(s): follow the pace of each with its own KPI.",
            nameof(objective));
        var monitor = ForObjective(objective, clock, evaluator.Calendar);
        monitor._pace = new PaceWatch(monitor, objective, evaluator);
        return monitor;
    }

    /// <summary>Gets whether the monitor follows its objective's pace as well as its thresholds and anomalies.</summary>
    public bool FollowsPace => _pace is not null;

    /// <summary>The values read so far and the last status; bounded by the objective's periods, which are few.</summary>
    private sealed class PaceWatch(KpiAlertMonitor monitor, Objective objective, ObjectiveEvaluator evaluator)
    {
        private MeasurementSeries? _series;
        private ObjectiveStatus? _last;

        public KpiAlert? Observe(ReportingPeriod period, Channel? channel, double value, Interval interval)
        {
            var measurement = new Measurement(objective.Indicator.Key, period, value, channel);
            _series = _series is null ? new MeasurementSeries(objective.Indicator.Key, [measurement]) : _series.With(measurement);
            var evaluation = evaluator.Evaluate(objective, _series, period.End);
            var status = evaluation.Status;
            var previous = _last;
            _last = status;
            if (!IsBehind(status) || (previous is { } before && IsGraded(before) && before <= status))
            {
                return null;
            }

            return new KpiAlert
            {
                Rule = $"{objective.Id}: {StatusWords(status)}",
                Subject = monitor.Indicator.Value,
                Scope = monitor.Scope,
                Kind = KpiAlertKind.BehindPace,
                Direction = WrongWay(objective.Target, value),
                Start = interval.Start,
                End = interval.End,
                Value = value,
                Expected = ExpectedValue(objective.Target, evaluation),
                Score = 1,
                RaisedAt = monitor._clock.GetCurrentInstant(),
            };
        }

        // The graded statuses run from Missed (worst) to Achieved; NoData and NotStarted come before them and grade nothing.
        private static bool IsGraded(ObjectiveStatus status) => status >= ObjectiveStatus.Missed;

        private static bool IsBehind(ObjectiveStatus status) => status is ObjectiveStatus.Missed or ObjectiveStatus.OffTrack or ObjectiveStatus.AtRisk;

        private static string StatusWords(ObjectiveStatus status) => status switch
        {
            ObjectiveStatus.Missed => "missed",
            ObjectiveStatus.OffTrack => "off track",
            _ => "at risk",
        };

        private static Calculators.VolumeDirection WrongWay(Target? target, double value) => target switch
        {
            { Kind: TargetKind.DecreaseTo } => Calculators.VolumeDirection.Spike,
            { Kind: TargetKind.KeepWithin } range when value > range.Maximum => Calculators.VolumeDirection.Spike,
            _ => Calculators.VolumeDirection.Drop,
        };

        // Where the pace asks the KPI to be: the baseline moved by the expected share of the way to the target. A range to
        // keep has no such point.
        private static double ExpectedValue(Target? target, ObjectiveEvaluation evaluation) =>
            target is { Kind: TargetKind.IncreaseTo or TargetKind.DecreaseTo, Value: { } goal } && evaluation is { BaselineValue: { } baseline, ExpectedProgress: { } share }
                ? baseline + (share * (goal - baseline))
                : double.NaN;
    }
}
