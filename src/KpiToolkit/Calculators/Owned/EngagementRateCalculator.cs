using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The variant of the engagement rate to compute.</summary>
public sealed class EngagementRateOptions
{
    /// <summary>Gets or sets what engagements are divided by.</summary>
    /// <value>
    /// <see cref="PostDenominator.Reach"/> (ERR, Hootsuite's most common formula). X and LinkedIn divide by
    /// <see cref="PostDenominator.Impressions"/>. <see cref="PostDenominator.Post"/> is refused: engagements per post is not a rate.
    /// </value>
    public PostDenominator Denominator { get; set; } = PostDenominator.Reach;

    /// <summary>Gets or sets which counters count as engagements; pick the platform's own to match its figure.</summary>
    /// <value><see cref="EngagementComposition.TotalInteractions"/> (reactions + comments + shares).</value>
    public EngagementComposition Composition { get; set; } = EngagementComposition.TotalInteractions;

    /// <summary>Gets or sets how the posts of a group are combined.</summary>
    /// <value><see cref="Calculators.Aggregation.RatioOfSums"/>.</value>
    public Aggregation Aggregation { get; set; } = Aggregation.RatioOfSums;

    /// <summary>Gets or sets which snapshot gives the followers, for the followers denominator.</summary>
    /// <value><see cref="Calculators.FollowerSnapshot.AtPublication"/>.</value>
    public FollowerSnapshot FollowerSnapshot { get; set; } = FollowerSnapshot.AtPublication;
}

/// <summary>
/// Engagement rate: the chosen engagement counters of each post over the chosen denominator (reach,
/// impressions, followers or video views), combined over the posts of a group as the options say.
/// </summary>
/// <remarks>
/// Ten engagements on 100 people reached and 500 on 50,000 give 5.5 % as a mean of ratios
/// ((0.1 + 0.01) / 2) but 510 / 50,100 ≈ 1.02 % as a ratio of sums: pick the variant that matches the
/// figure you compare with. By followers the rate can pass 100 %.
/// </remarks>
public sealed class EngagementRateCalculator : PostRatioCalculator
{
    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The variant; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <exception cref="ArgumentException">An option is null or undefined, or the denominator is <see cref="PostDenominator.Post"/>.</exception>
    public EngagementRateCalculator(EngagementRateOptions? options = null, ReportingCalendar? calendar = null)
        : base(
            BuiltInIndicators.EngagementRate,
            CompositionOf(options ?? Defaults),
            DenominatorOf(options ?? Defaults),
            (options ?? Defaults).Aggregation,
            (options ?? Defaults).FollowerSnapshot,
            calendar)
    {
        Composition = CompositionOf(options ?? Defaults);
    }

    /// <summary>Gets which counters count as engagements.</summary>
    public EngagementComposition Composition { get; }

    private static EngagementRateOptions Defaults { get; } = new();

    private static EngagementComposition CompositionOf(EngagementRateOptions options) =>
        options.Composition ?? throw new ArgumentNullException(
            nameof(EngagementRateOptions.Composition), "EngagementRateOptions.Composition must not be null.");

    private static PostDenominator DenominatorOf(EngagementRateOptions options)
    {
        var denominator = options.Denominator;
        Preconditions.Check(
            denominator != PostDenominator.Post,
            "EngagementRateOptions.Denominator cannot be Post: engagements per post is not a rate; use reach, impressions, followers or video views.",
            nameof(EngagementRateOptions.Denominator));
        return denominator;
    }
}
