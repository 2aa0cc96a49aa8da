using System.Globalization;

namespace KpiToolkit.Evaluation;

/// <summary>The thresholds and choices of <see cref="ObjectiveEvaluator"/>.</summary>
/// <remarks>
/// The status of an objective to reach compares its progress with the progress expected from the elapsed time:
/// the gap is <c>expected − progress</c>, in fractions of the whole way (0.165 is 16.5 points). The defaults are
/// Engagedly's automatic statuses: on track below 16.5 points behind, at risk up to 33 points, off track beyond.
/// </remarks>
public sealed class EvaluationOptions
{
    /// <summary>Gets or sets the largest gap behind the expected progress that is still on track.</summary>
    /// <value>0.165 (16.5 points). Between 0 and <see cref="OffTrackGap"/>.</value>
    public double AtRiskGap { get; set; } = 0.165;

    /// <summary>Gets or sets the largest gap behind the expected progress that is at risk rather than off track.</summary>
    /// <value>0.33 (33 points). At least <see cref="AtRiskGap"/> and at most 1.</value>
    public double OffTrackGap { get; set; } = 0.33;

    /// <summary>Gets or sets how an objective with sub-objectives combines them.</summary>
    /// <value><see cref="RollUpMethod.WeakestStatus"/>.</value>
    public RollUpMethod RollUp { get; set; } = RollUpMethod.WeakestStatus;

    /// <summary>Gets or sets the fewest measurements a trend line is fitted to for the projection at the deadline.</summary>
    /// <value>3. At least 2: two points make a line, three start to make a trend.</value>
    public int MinimumPointsForProjection { get; set; } = 3;

    /// <summary>Checks the options and returns them.</summary>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A threshold is not finite, is negative or above 1, the gaps are in the wrong order, <see cref="RollUp"/> is not defined, or <see cref="MinimumPointsForProjection"/> is below 2.</exception>
    public EvaluationOptions Validated()
    {
        CheckGap(AtRiskGap, nameof(AtRiskGap));
        CheckGap(OffTrackGap, nameof(OffTrackGap));
        if (OffTrackGap < AtRiskGap)
        {
            throw new ArgumentOutOfRangeException(
                nameof(OffTrackGap),
                OffTrackGap,
                string.Create(CultureInfo.InvariantCulture, $"{nameof(OffTrackGap)} ({OffTrackGap}) must not be below {nameof(AtRiskGap)} ({AtRiskGap})."));
        }

        if (!Enum.IsDefined(RollUp))
        {
            throw new ArgumentOutOfRangeException(nameof(RollUp), RollUp, $"{nameof(RollUp)} must be a defined {nameof(RollUpMethod)}.");
        }

        if (MinimumPointsForProjection < 2)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinimumPointsForProjection), MinimumPointsForProjection, $"{nameof(MinimumPointsForProjection)} must be at least 2.");
        }

        return this;
    }

    private static void CheckGap(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0 || value > 1)
        {
            throw new ArgumentOutOfRangeException(
                name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must be a fraction between 0 and 1, but was {value}."));
        }
    }
}
