using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Evaluation;

/// <summary>
/// Evaluates objectives against their measurement series: progress from baseline to target, the progress the
/// elapsed time asks for, a status, a projection at the deadline and the change against the previous period.
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe once built. "Today" comes from the injected <see cref="IClock"/> in the
/// calendar's time zone; every method also takes an explicit evaluation date.</para>
/// <para>Only measurements of completed periods count: a period that ends after the evaluation date is ignored, and
/// so is a period that starts after the deadline. The current value is the latest of the rest that ends on or after
/// the objective's start. Rules, in order: no target gives <see cref="ObjectiveStatus.NoData"/>; a date before the start
/// gives <see cref="ObjectiveStatus.NotStarted"/>; no current value gives <see cref="ObjectiveStatus.NoData"/>; once the
/// status is final the current value decides (<see cref="ObjectiveStatus.Achieved"/> when the target is met, otherwise
/// <see cref="ObjectiveStatus.Missed"/>); a range to keep is <see cref="ObjectiveStatus.OnTrack"/> inside and
/// <see cref="ObjectiveStatus.OffTrack"/> outside; a target to reach that is met is <see cref="ObjectiveStatus.Achieved"/>;
/// otherwise the gap between expected progress and progress decides, with the thresholds of <see cref="EvaluationOptions"/>
/// (boundaries included in the better status).</para>
/// <para>The status is final (<see cref="ObjectiveEvaluation.IsFinal"/>) after the deadline, and on the deadline itself
/// when the current value's period ends on it: a month that ends on a deadline of 30 June is complete on 30 June, and no
/// later period counts, so its value is the last one.</para>
/// </remarks>
public sealed class ObjectiveEvaluator
{
    // Progress is a difference of doubles divided by another; a gap computed as 0.16500000000000004 must still count as 0.165.
    private const double Tolerance = 1e-12;

    private readonly IClock _clock;
    private readonly double _atRiskGap;
    private readonly double _offTrackGap;
    private readonly RollUpMethod _rollUp;
    private readonly int _minimumPointsForProjection;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="calendar">The calendar whose time zone turns the clock's instant into today's date; UTC when null.</param>
    /// <param name="options">The thresholds; the documented defaults when null. They are copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (see <see cref="EvaluationOptions.Validated"/>).</exception>
    public ObjectiveEvaluator(IClock clock, ReportingCalendar? calendar = null, EvaluationOptions? options = null)
    {
        _clock = Preconditions.NotNull(clock);
        Calendar = calendar ?? ReportingCalendar.Utc;
        var validated = (options ?? new EvaluationOptions()).Validated();
        _atRiskGap = validated.AtRiskGap;
        _offTrackGap = validated.OffTrackGap;
        _rollUp = validated.RollUp;
        _minimumPointsForProjection = validated.MinimumPointsForProjection;
    }

    /// <summary>Gets the calendar that decides today's date.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Gets today's date in the calendar's time zone, from the clock.</summary>
    public LocalDate Today => Calendar.ToLocalDate(_clock.GetCurrentInstant());

    /// <summary>Evaluates an objective without sub-objectives as of today.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="series">Its measurements; null or empty when there are none yet.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException">The objective has sub-objectives, or the series measures another indicator or a channel outside the objective's scope.</exception>
    public ObjectiveEvaluation Evaluate(Objective objective, MeasurementSeries? series) => Evaluate(objective, series, Today);

    /// <summary>Evaluates an objective without sub-objectives as of a date.</summary>
    /// <param name="objective">The objective.</param>
    /// <param name="series">Its measurements; null or empty when there are none yet.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException">The objective has sub-objectives, the series measures another indicator or a channel outside the objective's scope, or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    public ObjectiveEvaluation Evaluate(Objective objective, MeasurementSeries? series, LocalDate asOf)
    {
        Preconditions.NotNull(objective);
        Preconditions.Check(
            objective.SubObjectives.Count == 0,
            $"The objective '{objective.Id}' has {objective.SubObjectives.Count} sub-objective(s); evaluate it with {nameof(EvaluateTree)}, which takes a series for each objective.",
            nameof(objective));
        return EvaluateTree(objective, _ => series, asOf);
    }

    /// <summary>Evaluates an objective and its sub-objectives as of today.</summary>
    /// <param name="objective">The objective at the top of the tree.</param>
    /// <param name="seriesFor">Gives the measurements of each objective of the tree; null when it has none.</param>
    /// <returns>The evaluation of the tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="seriesFor"/> is null.</exception>
    /// <exception cref="ArgumentException">A series measures another indicator than its objective, or a channel outside its scope.</exception>
    public ObjectiveEvaluation EvaluateTree(Objective objective, Func<Objective, MeasurementSeries?> seriesFor) => EvaluateTree(objective, seriesFor, Today);

    /// <summary>Evaluates an objective and its sub-objectives as of a date.</summary>
    /// <param name="objective">The objective at the top of the tree.</param>
    /// <param name="seriesFor">Gives the measurements of each objective of the tree; null when it has none.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <returns>The evaluation of the tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> or <paramref name="seriesFor"/> is null.</exception>
    /// <exception cref="ArgumentException">A series measures another indicator than its objective or a channel outside its scope, or <paramref name="asOf"/> is not in the ISO calendar.</exception>
    public ObjectiveEvaluation EvaluateTree(Objective objective, Func<Objective, MeasurementSeries?> seriesFor, LocalDate asOf)
    {
        Preconditions.NotNull(objective);
        Preconditions.NotNull(seriesFor);
        Preconditions.IsoDate(asOf);
        // Folded bottom up with a stack of its own: a chain of 10,000 levels costs 10,000 evaluations and no stack overflow.
        return Trees.Fold<Objective, ObjectiveEvaluation>(
            objective, static node => node.SubObjectives, (node, _, children) => EvaluateNode(node, seriesFor, asOf, children));
    }

    private ObjectiveEvaluation EvaluateNode(
        Objective objective, Func<Objective, MeasurementSeries?> seriesFor, LocalDate asOf, IReadOnlyList<ObjectiveEvaluation> evaluatedChildren)
    {
        var own = EvaluateOwn(objective, CheckSeries(objective, seriesFor(objective)), asOf);
        if (objective.SubObjectives.Count == 0)
        {
            return own;
        }

        var children = evaluatedChildren.ToList().AsReadOnly();
        var rollUp = RollUp(objective, own, children);
        return own with
        {
            SubObjectives = children,
            RollUp = rollUp.Summary,
            Status = rollUp.Summary.Status,
            Reason = rollUp.Reason,
            Explanation = rollUp.Explanation,
        };
    }

    private ObjectiveEvaluation EvaluateOwn(Objective objective, MeasurementSeries? series, LocalDate asOf)
    {
        var window = new ObjectiveWindow(objective, series, asOf);
        var target = objective.Target;
        var current = window.Current;
        var baseline = objective.Baseline?.Value ?? window.BaselineMeasurement?.Value;
        var progress = target is not null && current is not null && baseline is { } b ? ProgressMath.Progress(target, b, current.Value) : null;
        var expected = window.ExpectedProgress;
        var (status, reason, explanation) = Judge(objective, window, progress, expected);
        return new ObjectiveEvaluation
        {
            Objective = objective,
            AsOf = asOf,
            Current = current,
            BaselineValue = baseline,
            Progress = progress,
            ExpectedProgress = expected,
            Status = status,
            Reason = reason,
            OwnStatus = status,
            OwnReason = reason,
            IsFinal = window.IsFinal,
            Projection = target is not null && baseline is { } start ? Project(window, target, start) : null,
            Change = current is not null ? series?.ChangeAt(current.Period) : null,
            Explanation = explanation,
        };
    }

    private (ObjectiveStatus Status, StatusReason Reason, string Explanation) Judge(
        Objective objective, ObjectiveWindow window, double? progress, double? expected)
    {
        if (objective.Target is not { } target)
        {
            return (ObjectiveStatus.NoData, StatusReason.NoTarget, "The objective has no target.");
        }

        if (window.Start is { } start && window.AsOf < start)
        {
            return (ObjectiveStatus.NotStarted, StatusReason.BeforeStart, $"The objective starts on {Invariant.Format(start)}, after {Invariant.Format(window.AsOf)}.");
        }

        if (window.Current is not { } current)
        {
            return (ObjectiveStatus.NoData, StatusReason.NoMeasurement, $"No completed period between the start and {Invariant.Format(window.AsOf)} has a measurement.");
        }

        var value = $"{Invariant.Format(current.Value)} in {current.Period}";
        var met = target.IsMetBy(current.Value);
        if (window.IsFinal)
        {
            var final = window.DeadlinePassed ? "The deadline has passed and the last value" : "The period of the deadline is complete and its value";
            return met
                ? (ObjectiveStatus.Achieved, StatusReason.DeadlinePassed, $"{final}, {value}, meets the target ({target}).")
                : (ObjectiveStatus.Missed, StatusReason.DeadlinePassed, $"{final}, {value}, does not meet the target ({target}).");
        }

        if (target.Kind == TargetKind.KeepWithin)
        {
            return met
                ? (ObjectiveStatus.OnTrack, StatusReason.InsideRange, $"The value {value} is inside the range to keep ({target}).")
                : (ObjectiveStatus.OffTrack, StatusReason.OutsideRange, $"The value {value} is outside the range to keep ({target}).");
        }

        if (met)
        {
            return (ObjectiveStatus.Achieved, StatusReason.TargetMet, $"The value {value} meets the target ({target}).");
        }

        if (expected is not { } pace)
        {
            return (ObjectiveStatus.OffTrack, StatusReason.NoDeadline, $"The value {value} does not meet the target ({target}) and, without a deadline, no pace can be expected.");
        }

        return JudgePace(progress, pace);
    }

    private (ObjectiveStatus Status, StatusReason Reason, string Explanation) JudgePace(double? progress, double expected)
    {
        if (progress is not { } actual)
        {
            return (ObjectiveStatus.OffTrack, StatusReason.FarBehindPace, "The progress is too large to compute: the value moved far away from the target.");
        }

        var gap = expected - actual;
        var pace = $"Progress is {Percent(actual)} against {Percent(expected)} expected by now";
        if (gap <= _atRiskGap + Tolerance)
        {
            return (ObjectiveStatus.OnTrack, StatusReason.OnPace, $"{pace}: at most {Points(_atRiskGap)} behind.");
        }

        return gap <= _offTrackGap + Tolerance
            ? (ObjectiveStatus.AtRisk, StatusReason.BehindPace, $"{pace}: {Points(gap)} behind, more than {Points(_atRiskGap)}.")
            : (ObjectiveStatus.OffTrack, StatusReason.FarBehindPace, $"{pace}: {Points(gap)} behind, more than {Points(_offTrackGap)}.");
    }

    private ObjectiveProjection? Project(ObjectiveWindow window, Target target, double baseline)
    {
        if (window.IsFinal || window.Deadline is not { } deadline || window.InWindow.Count < _minimumPointsForProjection)
        {
            return null;
        }

        if (TrendLine.Fit(window.InWindow) is not { } line || line.ValueAt(deadline) is not { } value)
        {
            return null;
        }

        return new ObjectiveProjection(deadline, value, ProgressMath.Progress(target, baseline, value), target.IsMetBy(value), line.SlopePerDay, window.InWindow.Count);
    }

    private (ObjectiveRollUp Summary, StatusReason Reason, string Explanation) RollUp(
        Objective objective, ObjectiveEvaluation own, IReadOnlyList<ObjectiveEvaluation> children)
    {
        var graded = children.Where(child => child.Status.IsGraded()).ToList();
        var skipped = children.Count - graded.Count;
        // Both means run over the same children, those with a progress, so a child without data cannot lower the pace.
        // Each child counts for 0 to 1 of its way, so one going past its target cannot make up for a sibling behind.
        var measured = children.Where(child => ProgressOf(child) is not null).ToList();
        var progress = WeightedMean(measured, child => ProgressOf(child) is { } p ? Math.Clamp(p, 0, 1) : null);
        var expected = own.ExpectedProgress ?? WeightedMean(measured, child => child.RollUp?.ExpectedProgress ?? child.ExpectedProgress);
        var ungraded = children.Any(child => child.Status == ObjectiveStatus.NotStarted) ? ObjectiveStatus.NotStarted : ObjectiveStatus.NoData;

        if (_rollUp == RollUpMethod.WeakestStatus || progress is null)
        {
            var reason = _rollUp == RollUpMethod.WeakestStatus ? StatusReason.WeakestSubObjective : StatusReason.WeightedSubObjectives;
            if (graded.Count == 0)
            {
                return (new ObjectiveRollUp(_rollUp, ungraded, progress, expected, 0, skipped), reason, $"None of the {children.Count} sub-objective(s) has a graded status yet.");
            }

            var weakest = graded.MinBy(child => child.Status)!;
            var status = weakest.Status;
            var explanation = $"The weakest of {graded.Count} graded sub-objective(s) is '{weakest.Objective.Id}' ({status}); {skipped} without a grade skipped.";
            return (new ObjectiveRollUp(_rollUp, status, progress, expected, graded.Count, skipped), reason, explanation);
        }

        var (weighted, weightedReason, weightedExplanation) = JudgeWeighted(own, progress.Value, expected);
        return (new ObjectiveRollUp(_rollUp, weighted, progress, expected, graded.Count, skipped), weightedReason, $"Weighted over the sub-objectives of '{objective.Id}': {weightedExplanation}");
    }

    private (ObjectiveStatus, StatusReason, string) JudgeWeighted(ObjectiveEvaluation own, double progress, double? expected)
    {
        var reached = progress >= 1 - Tolerance;
        if (own.IsFinal)
        {
            var final = own.AsOf > own.Objective.Deadline ? "the deadline has passed" : "the period of the deadline is complete";
            return reached
                ? (ObjectiveStatus.Achieved, StatusReason.DeadlinePassed, $"{final} with {Percent(progress)} of the way covered.")
                : (ObjectiveStatus.Missed, StatusReason.DeadlinePassed, $"{final} with only {Percent(progress)} of the way covered.");
        }

        if (reached)
        {
            return (ObjectiveStatus.Achieved, StatusReason.WeightedSubObjectives, $"{Percent(progress)} of the way is covered.");
        }

        if (expected is not { } pace)
        {
            return (ObjectiveStatus.OffTrack, StatusReason.NoDeadline, $"{Percent(progress)} of the way is covered and, without deadlines, no pace can be expected.");
        }

        var (status, _, explanation) = JudgePace(progress, pace);
        return (status, StatusReason.WeightedSubObjectives, char.ToLowerInvariant(explanation[0]) + explanation[1..]);
    }

    private static double? ProgressOf(ObjectiveEvaluation evaluation) => evaluation.RollUp?.Progress ?? evaluation.Progress;

    private static double? WeightedMean(IReadOnlyList<ObjectiveEvaluation> children, Func<ObjectiveEvaluation, double?> value)
    {
        // Each weight is divided by the largest first: weights of 1e308 would overflow their sum, and double.Epsilon times a
        // progress would vanish, while the ratios, which are all that matter, fit between 0 and 1.
        var largest = 0.0;
        foreach (var child in children)
        {
            if (value(child) is not null)
            {
                largest = Math.Max(largest, child.Objective.Weight);
            }
        }

        var sum = 0.0;
        var weights = 0.0;
        foreach (var child in children)
        {
            if (value(child) is { } v)
            {
                var weight = child.Objective.Weight / largest;
                sum += weight * v;
                weights += weight;
            }
        }

        var mean = sum / weights;
        return weights > 0 && double.IsFinite(mean) ? mean : null;
    }

    private static MeasurementSeries? CheckSeries(Objective objective, MeasurementSeries? series)
    {
        if (series is null)
        {
            return null;
        }

        Preconditions.Check(
            series.Indicator == objective.Indicator.Key,
            $"The series given for objective '{objective.Id}' measures '{series.Indicator}', but the objective is measured by '{objective.Indicator.Key}'.",
            nameof(series));
        var channels = objective.Scope.Channels;
        Preconditions.Check(
            series.Channel is not { } channel || channels.Count == 0 || channels.Contains(channel),
            $"The series given for objective '{objective.Id}' measures the channel '{series.Channel}', which is outside the objective's scope ({objective.Scope}).",
            nameof(series));
        return series;
    }

    private static string Percent(double fraction) => Invariant.Format(Math.Round(fraction * 100, 1)) + " %";

    private static string Points(double fraction) => Invariant.Format(Math.Round(fraction * 100, 1)) + " points";
}
