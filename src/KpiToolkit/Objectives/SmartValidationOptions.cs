using NodaTime;

namespace KpiToolkit.Objectives;

/// <summary>The thresholds of the built-in SMART rules.</summary>
/// <remarks>Values are checked when a rule is created: a bad value throws an <see cref="ArgumentException"/> naming the option.</remarks>
public sealed class SmartValidationOptions
{
    /// <summary>Gets or sets the fewest words a statement needs before it stops being flagged as too short.</summary>
    /// <value>5. Must be at least 1.</value>
    public int MinimumStatementWords { get; set; } = 5;

    /// <summary>
    /// Gets or sets how much the change per period a target needs may exceed the best change ever
    /// observed, as a fraction: 0 allows no more than the best period, 0.25 allows 25 % more.
    /// </summary>
    /// <value>0. Must be finite and at least 0.</value>
    public double AchievabilityTolerance { get; set; }

    /// <summary>Gets or sets the shortest horizon from start to deadline before it is flagged.</summary>
    /// <value>7 days.</value>
    public Period MinimumHorizon { get; set; } = Period.FromDays(7);

    /// <summary>Gets or sets the longest horizon from start to deadline before it is flagged.</summary>
    /// <value>3 years.</value>
    public Period MaximumHorizon { get; set; } = Period.FromYears(3);

    internal SmartValidationOptions Validated()
    {
        if (Problems().FirstOrDefault() is { } problem)
        {
            throw problem;
        }

        return new SmartValidationOptions
        {
            MinimumStatementWords = MinimumStatementWords,
            AchievabilityTolerance = AchievabilityTolerance,
            MinimumHorizon = MinimumHorizon,
            MaximumHorizon = MaximumHorizon,
        };
    }

    /// <summary>Every bad value, each an exception naming the option, so options validation can report them all at once.</summary>
    internal IEnumerable<ArgumentException> Problems()
    {
        if (MinimumStatementWords < 1)
        {
            yield return new ArgumentOutOfRangeException(nameof(MinimumStatementWords), MinimumStatementWords, $"{nameof(MinimumStatementWords)} must be at least 1.");
        }

        if (!double.IsFinite(AchievabilityTolerance) || AchievabilityTolerance < 0)
        {
            yield return new ArgumentOutOfRangeException(nameof(AchievabilityTolerance), AchievabilityTolerance, $"{nameof(AchievabilityTolerance)} must be a finite number of at least 0.");
        }

        if (MinimumHorizon is null)
        {
            yield return new ArgumentNullException(nameof(MinimumHorizon));
        }

        if (MaximumHorizon is null)
        {
            yield return new ArgumentNullException(nameof(MaximumHorizon));
        }

        var reference = new LocalDate(2000, 1, 1);
        if (MinimumHorizon is not null && MaximumHorizon is not null && reference.Plus(MinimumHorizon) > reference.Plus(MaximumHorizon))
        {
            yield return new ArgumentException($"{nameof(MinimumHorizon)} ({MinimumHorizon}) must not be longer than {nameof(MaximumHorizon)} ({MaximumHorizon}).", nameof(MinimumHorizon));
        }
    }
}
