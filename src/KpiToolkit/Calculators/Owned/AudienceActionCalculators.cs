using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Conversation rate (Kaushik): comments per post (key <c>conversation-rate</c>), or per follower as a fraction (key <c>conversation-rate-per-follower</c>).</summary>
/// <param name="options">The basis, aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ConversationRateCalculator(AudienceActionRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        AudienceActionIndicator.For(BuiltInIndicators.ConversationRate, BuiltInIndicators.ConversationRatePerFollower, options),
        [PostCounter.Comments],
        (options ?? AudienceActionRateOptions.Defaults).Denominator(),
        (options ?? AudienceActionRateOptions.Defaults).Aggregation,
        (options ?? AudienceActionRateOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Amplification rate (Kaushik): shares per post (key <c>amplification-rate</c>), or per follower as a fraction (key <c>amplification-rate-per-follower</c>).</summary>
/// <param name="options">The basis, aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class AmplificationRateCalculator(AudienceActionRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        AudienceActionIndicator.For(BuiltInIndicators.AmplificationRate, BuiltInIndicators.AmplificationRatePerFollower, options),
        [PostCounter.Shares],
        (options ?? AudienceActionRateOptions.Defaults).Denominator(),
        (options ?? AudienceActionRateOptions.Defaults).Aggregation,
        (options ?? AudienceActionRateOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Applause rate (Kaushik): reactions per post (key <c>applause-rate</c>), or per follower as a fraction (key <c>applause-rate-per-follower</c>).</summary>
/// <param name="options">The basis, aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ApplauseRateCalculator(AudienceActionRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        AudienceActionIndicator.For(BuiltInIndicators.ApplauseRate, BuiltInIndicators.ApplauseRatePerFollower, options),
        [PostCounter.Reactions],
        (options ?? AudienceActionRateOptions.Defaults).Denominator(),
        (options ?? AudienceActionRateOptions.Defaults).Aggregation,
        (options ?? AudienceActionRateOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>
/// Per post the rates are counts per post (a ratio); per follower they are fractions. Each basis has its own
/// built-in indicator, so a key always has one unit.
/// </summary>
internal static class AudienceActionIndicator
{
    public static Indicator For(Indicator perPost, Indicator perFollower, AudienceActionRateOptions? options) =>
        (options ?? AudienceActionRateOptions.Defaults).Denominator() == PostDenominator.Post ? perPost : perFollower;
}
