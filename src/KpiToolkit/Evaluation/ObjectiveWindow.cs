using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using NodaTime;

namespace KpiToolkit.Evaluation;

/// <summary>The measurements and dates that count when an objective is evaluated on a date.</summary>
internal sealed class ObjectiveWindow
{
    public ObjectiveWindow(Objective objective, MeasurementSeries? series, LocalDate asOf)
    {
        AsOf = asOf;
        Deadline = objective.Deadline;
        var measurements = series?.Measurements ?? [];

        // Only completed periods count, and none that starts after the deadline.
        var usable = measurements
            .Where(m => m.Period.End <= asOf && (Deadline is not { } deadline || m.Period.Start <= deadline))
            .ToList();
        InWindow = usable.Where(m => objective.Start is not { } start || m.Period.End >= start).ToList().AsReadOnly();

        // Without a baseline, progress starts from the last value before the start, or else from the first one inside.
        BaselineMeasurement = usable.LastOrDefault(m => objective.Start is { } start && m.Period.End < start) ?? InWindow.FirstOrDefault();
        Current = InWindow.Count > 0 ? InWindow[^1] : null;

        // Without a start date, time is counted from the baseline, or else from the first measurement.
        Start = objective.Start ?? objective.Baseline?.Date ?? InWindow.FirstOrDefault()?.Period.Start;
        // Final once the deadline has passed, or on the deadline itself when the current value's period ends there: no
        // later period counts, since one would start after the deadline, so that value is the last one.
        DeadlinePassed = Deadline is { } end && asOf > end;
        IsFinal = DeadlinePassed || (Deadline is { } last && Current?.Period.End >= last);
        ExpectedProgress = Start is { } from && Deadline is { } to ? ElapsedFraction(from, to, asOf) : null;
    }

    public LocalDate AsOf { get; }

    public LocalDate? Start { get; }

    public LocalDate? Deadline { get; }

    /// <summary>Gets a value indicating whether the evaluation date is after the deadline.</summary>
    public bool DeadlinePassed { get; }

    /// <summary>Gets a value indicating whether the status is final: the deadline has passed, or the current value's period ends on or after it.</summary>
    public bool IsFinal { get; }

    public Measurement? BaselineMeasurement { get; }

    public IReadOnlyList<Measurement> InWindow { get; }

    public Measurement? Current { get; }

    public double? ExpectedProgress { get; }

    /// <summary>The share of the objective's days, both ends included, that have passed by the end of <paramref name="asOf"/>; between 0 and 1.</summary>
    /// <remarks>
    /// The deadline is checked first: a start taken from the baseline date can fall after the deadline, and counting
    /// days from it would divide by a negative number of days.
    /// </remarks>
    private static double ElapsedFraction(LocalDate start, LocalDate deadline, LocalDate asOf)
    {
        if (asOf >= deadline)
        {
            return 1;
        }

        if (asOf < start)
        {
            return 0;
        }

        // Here start <= asOf < deadline, so both counts are positive and elapsed < total.
        var total = Period.DaysBetween(start, deadline) + 1.0;
        var elapsed = Period.DaysBetween(start, asOf) + 1.0;
        return elapsed / total;
    }
}

/// <summary>Progress from a baseline to a target.</summary>
internal static class ProgressMath
{
    /// <summary>
    /// The fraction of the way from <paramref name="baseline"/> to the target covered by <paramref name="current"/>;
    /// null when the quotient overflows.
    /// </summary>
    /// <remarks>
    /// Linear from the baseline (MetaPulse, Feedback4e). A target the baseline already meets (equal to it, or beyond it
    /// in the target's direction) leaves no way to cover: it gives 1 when met and 0 otherwise, so a value that falls back
    /// past the target is not rewarded as if it had gone further. A range to keep gives 1 inside; outside, the way from
    /// the baseline to the crossed bound when the baseline was on that side too, and 0 when the value has left the range
    /// since the baseline.
    /// </remarks>
    public static double? Progress(Target target, double baseline, double current)
    {
        if (target.Kind == TargetKind.KeepWithin)
        {
            return RangeProgress(target.Minimum!.Value, target.Maximum!.Value, baseline, current);
        }

        // A baseline that meets the target leaves no way to cover. Measured from a baseline past the target, the linear
        // formula would also count a fall below an increase target as progress above 1.
        if (target.IsMetBy(baseline))
        {
            return target.IsMetBy(current) ? 1 : 0;
        }

        var goal = target.Value!.Value;
        return Finite((current - baseline) / (goal - baseline));
    }

    private static double? RangeProgress(double minimum, double maximum, double baseline, double current)
    {
        if (current >= minimum && current <= maximum)
        {
            return 1;
        }

        var bound = current < minimum ? minimum : maximum;
        var sameSide = current < minimum ? baseline < minimum : baseline > maximum;
        return sameSide ? Finite((current - baseline) / (bound - baseline)) : 0;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>A least-squares line through measurements placed at the middle day of their periods.</summary>
internal sealed class TrendLine
{
    private readonly LocalDate _origin;
    private readonly double _meanDay;
    private readonly double _meanValue;

    private TrendLine(LocalDate origin, double meanDay, double meanValue, double slopePerDay)
    {
        _origin = origin;
        _meanDay = meanDay;
        _meanValue = meanValue;
        SlopePerDay = slopePerDay;
    }

    public double SlopePerDay { get; }

    /// <summary>Fits the line; null when it cannot be computed in finite numbers.</summary>
    public static TrendLine? Fit(IReadOnlyList<Measurement> points)
    {
        var origin = points[0].Period.Start;
        var meanDay = points.Average(p => Middle(origin, p));
        var meanValue = points.Average(p => p.Value);
        double spread = 0;
        double covariance = 0;
        foreach (var point in points)
        {
            var day = Middle(origin, point) - meanDay;
            spread += day * day;
            covariance += day * (point.Value - meanValue);
        }

        var slope = covariance / spread;
        return spread > 0 && double.IsFinite(meanValue) && double.IsFinite(slope) ? new TrendLine(origin, meanDay, meanValue, slope) : null;
    }

    public double? ValueAt(LocalDate date)
    {
        var value = _meanValue + (SlopePerDay * (Period.DaysBetween(_origin, date) - _meanDay));
        return double.IsFinite(value) ? value : null;
    }

    private static double Middle(LocalDate origin, Measurement point) =>
        Period.DaysBetween(origin, point.Period.Start) + ((point.Period.LengthInDays - 1) / 2.0);
}
