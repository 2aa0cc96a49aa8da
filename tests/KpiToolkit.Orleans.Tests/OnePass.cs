using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Orleans.Tests;

/// <summary>What one in-process pass of a calculator gives over the records of a range of days: the reference the cluster must equal.</summary>
internal static class OnePass
{
    public static IReadOnlyList<KpiResult> Results(
        IKpiCalculator calculator, IEnumerable<SocialPost> posts, IEnumerable<Mention> mentions, Cadence cadence, LocalDate start, LocalDate end, bool byChannel)
    {
        var calendar = new ReportingCalendar(ClusterFixture.Paris);
        bool InRange(Instant instant) => calendar.ToLocalDate(instant) is var date && date >= start && date <= end;
        var postsInRange = posts.Where(post => InRange(post.PublishedAt)).ToList();
        var mentionsInRange = mentions.Where(mention => InRange(mention.PublishedAt)).ToList();
        if (cadence == Cadence.Custom)
        {
            // One period: the calculators' own one-period calls.
            var period = ReportingPeriod.Custom(start, end);
            return calculator switch
            {
                PostRatioCalculator ratio => byChannel ? ratio.CalculateByChannel(postsInRange, period) : [ratio.Calculate(postsInRange, period)],
                PostingFrequencyCalculator frequency => byChannel ? frequency.CalculateByChannel(postsInRange, period) : [frequency.Calculate(postsInRange, period)],
                MentionEngagementRateCalculator mention => [mention.Calculate(mentionsInRange, period)],
                _ => throw new ArgumentException($"{calculator.Indicator.Key} has no one-pass reference here.", nameof(calculator)),
            };
        }

        return calculator switch
        {
            PostRatioCalculator ratio => ratio.ToResults(ratio.AccumulateByPeriod(postsInRange, cadence, byChannel)),
            PostingFrequencyCalculator frequency => frequency.ToResults(frequency.AccumulateByPeriod(postsInRange, cadence, byChannel)),
            MentionEngagementRateCalculator mention => mention.ToResults(mention.AccumulateByPeriod(mentionsInRange, cadence)),
            _ => throw new ArgumentException($"{calculator.Indicator.Key} has no one-pass reference here.", nameof(calculator)),
        };
    }

    /// <summary>Gets the default calculators in the cluster's calendar, as the test silos have them.</summary>
    public static KpiCalculatorRegistry Registry() => KpiCalculatorRegistry.CreateDefault(new ReportingCalendar(ClusterFixture.Paris));

    /// <summary>
    /// Asserts that the cluster gives one pass's results for every mergeable indicator over posts (and over mentions when
    /// given, mention volume aside), by <paramref name="cadence"/>, and by channel where the indicator splits when asked.
    /// </summary>
    public static async Task ShouldEqualOnePassAsync(
        this IKpiClusterClient client, string brand, IReadOnlyList<SocialPost> posts, IReadOnlyList<Mention> mentions, Cadence cadence, LocalDate start, LocalDate end, bool byChannel)
    {
        var registry = Registry();
        var mergeable = new MergeableIndicators(registry);
        var indicators = mentions.Count == 0 ? mergeable.Posts : mergeable.Posts.Concat(mergeable.Mentions.Where(indicator => !indicator.IsMentionVolume));
        foreach (var indicator in indicators)
        {
            var split = byChannel && indicator.SplitsByChannel;
            var expected = Results(registry.Get(indicator.Key), posts, mentions, cadence, start, end, split);
            var actual = await client.QueryAsync(brand, indicator.Key, cadence, start, end, split);
            actual.ShouldEqual(expected, $"{indicator.Key} by {cadence}{(split ? " and channel" : string.Empty)}");
        }
    }

    /// <summary>Asserts that two lists of results are the same: periods, channels, counts and reasons equal, values within a relative 1e-12.</summary>
    public static void ShouldEqual(this IReadOnlyList<KpiResult> actual, IReadOnlyList<KpiResult> expected, string because)
    {
        actual.Select(Shape).Should().Equal(expected.Select(Shape), because);
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].Value is { } value)
            {
                actual[i].Value.Should().BeApproximately(value, Math.Abs(value) * 1e-12, $"{because}: {expected[i]}");
            }

            if (expected[i].Inputs.Numerator is { } numerator)
            {
                actual[i].Inputs.Numerator.Should().BeApproximately(numerator, Math.Abs(numerator) * 1e-12, $"{because}: {expected[i]}");
            }
        }
    }

    // Everything but the value and the numerator, whose last bits a mean of ratios (a sum of ratios) merged in another order may change.
    private static string Shape(KpiResult result) =>
        $"{result.Indicator} {result.Period} {result.Channel} {result.UnavailableReason} {result.Inputs.Numerator.HasValue} {result.Inputs.Denominator} "
        + $"{result.Inputs.RecordsUsed} {result.Inputs.RecordsSkipped} {result.Value.HasValue}";
}
