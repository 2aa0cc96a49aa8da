using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Conversation rate (Kaushik): comments per post, or per follower as a fraction.</summary>
/// <param name="options">The basis, aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ConversationRateCalculator(AudienceActionRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        AudienceActionIndicator.For(BuiltInIndicators.ConversationRate, options),
        [PostCounter.Comments],
        (options ?? AudienceActionRateOptions.Defaults).Denominator(),
        (options ?? AudienceActionRateOptions.Defaults).Aggregation,
        (options ?? AudienceActionRateOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Amplification rate (Kaushik): shares per post, or per follower as a fraction.</summary>
/// <param name="options">The basis, aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class AmplificationRateCalculator(AudienceActionRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        AudienceActionIndicator.For(BuiltInIndicators.AmplificationRate, options),
        [PostCounter.Shares],
        (options ?? AudienceActionRateOptions.Defaults).Denominator(),
        (options ?? AudienceActionRateOptions.Defaults).Aggregation,
        (options ?? AudienceActionRateOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Applause rate (Kaushik): reactions per post, or per follower as a fraction.</summary>
/// <param name="options">The basis, aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ApplauseRateCalculator(AudienceActionRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        AudienceActionIndicator.For(BuiltInIndicators.ApplauseRate, options),
        [PostCounter.Reactions],
        (options ?? AudienceActionRateOptions.Defaults).Denominator(),
        (options ?? AudienceActionRateOptions.Defaults).Aggregation,
        (options ?? AudienceActionRateOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Per post the rates are counts per post (a ratio); per follower they are fractions.</summary>
internal static class AudienceActionIndicator
{
    public static Indicator For(Indicator perPost, AudienceActionRateOptions? options) =>
        (options ?? AudienceActionRateOptions.Defaults).Denominator() == PostDenominator.Post
            ? perPost
            : new Indicator(
                perPost.Key, $"{perPost.Name} per follower", IndicatorUnit.Fraction, perPost.Polarity,
                perPost.Category, perPost.MediaType, perPost.DefaultCadence, perPost.Description, minimumValue: 0);
}
