using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Reach rate: the reach of each post over the followers of its account; can pass 100 %.</summary>
/// <remarks>With a ratio of sums the post reaches are added only as weights of a mean rate; the numerator is not a count of unique people.</remarks>
/// <param name="options">The aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ReachRateCalculator(PostRatioOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        BuiltInIndicators.ReachRate,
        [PostCounter.Reach],
        PostDenominator.Followers,
        (options ?? PostRatioOptions.Defaults).Aggregation,
        (options ?? PostRatioOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Impression rate: the impressions of each post over the followers of its account; can pass 100 %.</summary>
/// <param name="options">The aggregation and follower snapshot; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ImpressionRateCalculator(PostRatioOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        BuiltInIndicators.ImpressionRate,
        [PostCounter.Impressions],
        PostDenominator.Followers,
        (options ?? PostRatioOptions.Defaults).Aggregation,
        (options ?? PostRatioOptions.Defaults).FollowerSnapshot,
        calendar);

/// <summary>Frequency: impressions over reach, the mean number of times each person reached saw a post (a ratio of at least 1 on consistent data).</summary>
/// <param name="options">The aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class FrequencyCalculator(PostRatioOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        BuiltInIndicators.Frequency,
        [PostCounter.Impressions],
        PostDenominator.Reach,
        (options ?? PostRatioOptions.Defaults).Aggregation,
        FollowerSnapshot.AtPublication,
        calendar);

/// <summary>
/// Average reach per post: the sum of post reach divided by the number of posts, as Sprout reports instead
/// of a "total reach" that would count people several times. With <see cref="Aggregation.Median"/>, the median post reach.
/// </summary>
/// <param name="options">The aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class AverageReachPerPostCalculator(PostRatioOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        BuiltInIndicators.AverageReachPerPost,
        [PostCounter.Reach],
        PostDenominator.Post,
        (options ?? PostRatioOptions.Defaults).Aggregation,
        FollowerSnapshot.AtPublication,
        calendar);

/// <summary>Virality rate: shares over impressions (or reach, as the options say).</summary>
/// <param name="options">The denominator and aggregation; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class ViralityRateCalculator(ViralityRateOptions? options = null, ReportingCalendar? calendar = null)
    : PostRatioCalculator(
        BuiltInIndicators.ViralityRate,
        [PostCounter.Shares],
        (options ?? ViralityRateOptions.Defaults).CheckedDenominator(),
        (options ?? ViralityRateOptions.Defaults).Aggregation,
        FollowerSnapshot.AtPublication,
        calendar);
