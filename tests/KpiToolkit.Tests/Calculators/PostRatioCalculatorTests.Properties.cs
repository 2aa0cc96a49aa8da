using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

/// <summary>Properties every post ratio calculator must have, checked on random posts.</summary>
public partial class PostRatioCalculatorTests
{
    private static readonly Channel[] PropertyChannels = [Channel.Instagram, Channel.LinkedIn, Channel.X];

    private static readonly Instant PropertyStart = Instant.FromUtc(2026, 2, 1, 0, 0);

    // 1 February to 1 May 2026: 89 days, in minutes.
    private static readonly int PropertyMinutes = 89 * 24 * 60;

    private static readonly ReportingPeriod[] PropertyPeriods =
    [
        ReportingPeriod.Month(2026, 2), ReportingPeriod.Month(2026, 3), ReportingPeriod.Month(2026, 4),
        ReportingPeriod.IsoWeek(2026, 10), ReportingPeriod.Quarter(2026, 1), ReportingPeriod.Custom(new LocalDate(2026, 1, 15), new LocalDate(2026, 5, 15)),
    ];

    // Snapshots for the follower-based variants, including one with 0 followers and a channel (X) that has none.
    private static readonly AudienceHistory PropertyAudience = new(
    [
        new AudienceSnapshot(Channel.Instagram, Instant.FromUtc(2026, 1, 20, 0, 0), 1_000),
        new AudienceSnapshot(Channel.Instagram, Instant.FromUtc(2026, 3, 10, 0, 0), 2_500),
        new AudienceSnapshot(Channel.LinkedIn, Instant.FromUtc(2026, 2, 15, 0, 0), 0),
        new AudienceSnapshot(Channel.LinkedIn, Instant.FromUtc(2026, 3, 20, 0, 0), 700),
    ]);

    private static readonly Config PropertyConfig = Config.QuickThrowOnFailure.WithMaxTest(300);

    public static TheoryData<Aggregation> Aggregations => new() { Aggregation.RatioOfSums, Aggregation.MeanOfRatios, Aggregation.Median };

    private static Gen<long?> CounterGen =>
        Gen.Frequency(
            (2, Gen.Constant<long?>(null)),
            (2, Gen.Constant<long?>(0)),
            (5, Gen.Choose(1, 100_000).Select(v => (long?)v)),
            (1, Gen.Choose(1, 1_000_000).Select(v => (long?)(v * 1_000_000_000L))));

    private static Gen<SocialPost> PostGen =>
        from id in Gen.Choose(0, int.MaxValue)
        from channel in Gen.Elements(PropertyChannels)
        from minute in Gen.Choose(0, PropertyMinutes)
        from reactions in CounterGen
        from comments in CounterGen
        from shares in CounterGen
        from reach in CounterGen
        from impressions in CounterGen
        select new SocialPost($"p{id}", channel, PropertyStart + Duration.FromMinutes(minute), counters: new PostCounters
        {
            Reactions = reactions, Comments = comments, Shares = shares, Reach = reach, Impressions = impressions,
        });

    /// <summary>Posts, a period, and for each post the part (0 to k − 1) it goes to, with the order the parts are merged in.</summary>
    private static Gen<SplitCase> SplitCases =>
        from posts in Gen.ListOf(PostGen)
        from period in Gen.Elements(PropertyPeriods)
        from k in Gen.Choose(1, 5)
        from parts in Gen.ArrayOf(Gen.Choose(0, k - 1), posts.Count)
        from order in Gen.Shuffle(Enumerable.Range(0, k).ToArray())
        select new SplitCase([.. posts], period, k, parts, order);

    private static PostRatioCalculator[] CalculatorsFor(Aggregation aggregation) =>
    [
        new EngagementRateCalculator(new EngagementRateOptions { Aggregation = aggregation }),
        new EngagementRateCalculator(new EngagementRateOptions { Aggregation = aggregation, Denominator = PostDenominator.Followers }),
        new EngagementRateCalculator(new EngagementRateOptions { Aggregation = aggregation, Denominator = PostDenominator.Followers, FollowerSnapshot = FollowerSnapshot.AtPeriodEnd }),
        new FrequencyCalculator(new PostRatioOptions { Aggregation = aggregation }),
        new AverageReachPerPostCalculator(new PostRatioOptions { Aggregation = aggregation }),
        new ViralityRateCalculator(new ViralityRateOptions { Aggregation = aggregation }),
        new ConversationRateCalculator(new AudienceActionRateOptions { Aggregation = aggregation, Basis = AudienceActionBasis.PerFollower }),
    ];

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void MergeOfParts_InAnyOrder_EqualsOnePass(Aggregation aggregation)
    {
        var calculators = CalculatorsFor(aggregation);

        Prop.ForAll(SplitCases.ToArbitrary(), c =>
        {
            foreach (var calculator in calculators)
            {
                var single = calculator.Accumulate(c.Posts, c.Period, PropertyAudience);
                var partials = Enumerable.Range(0, c.K)
                    .Select(part => calculator.Accumulate(c.Posts.Where((_, i) => c.Parts[i] == part), c.Period, PropertyAudience))
                    .ToArray();
                var merged = c.Order.Select(part => partials[part]).Aggregate(RatioAccumulator.Merge);

                merged.NumeratorSum.Should().Be(single.NumeratorSum);
                merged.DenominatorSum.Should().Be(single.DenominatorSum);
                merged.RecordsUsed.Should().Be(single.RecordsUsed);
                merged.RecordsSkippedForMissingCounters.Should().Be(single.RecordsSkippedForMissingCounters);
                merged.RecordsSkippedForZeroDenominator.Should().Be(single.RecordsSkippedForZeroDenominator);

                var fromMerge = calculator.ToResult(merged, c.Period);
                var onePass = calculator.Calculate(c.Posts, c.Period, PropertyAudience);
                fromMerge.UnavailableReason.Should().Be(onePass.UnavailableReason);
                fromMerge.Inputs.RecordsUsed.Should().Be(onePass.Inputs.RecordsUsed);
                fromMerge.Inputs.RecordsSkippedForMissingCounters.Should().Be(onePass.Inputs.RecordsSkippedForMissingCounters);
                fromMerge.Inputs.RecordsSkippedForZeroDenominator.Should().Be(onePass.Inputs.RecordsSkippedForZeroDenominator);
                ShouldBeRelativelyClose(fromMerge.Value, onePass.Value);
            }
        }).Check(PropertyConfig);
    }

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void Value_DoesNotDependOnThePostOrder(Aggregation aggregation)
    {
        var calculators = CalculatorsFor(aggregation);
        var cases =
            from posts in Gen.ListOf(PostGen)
            from shuffled in Gen.Shuffle(posts.ToArray())
            from period in Gen.Elements(PropertyPeriods)
            select (Posts: posts.ToArray(), Shuffled: shuffled, Period: period);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            foreach (var calculator in calculators)
            {
                var original = calculator.Calculate(c.Posts, c.Period, PropertyAudience);
                var reordered = calculator.Calculate(c.Shuffled, c.Period, PropertyAudience);

                reordered.UnavailableReason.Should().Be(original.UnavailableReason);
                reordered.Inputs.RecordsUsed.Should().Be(original.Inputs.RecordsUsed);
                reordered.Inputs.RecordsSkipped.Should().Be(original.Inputs.RecordsSkipped);
                ShouldBeRelativelyClose(reordered.Value, original.Value);
            }
        }).Check(PropertyConfig);
    }

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void Value_IsNeverNaNOrInfinite(Aggregation aggregation)
    {
        var calculators = CalculatorsFor(aggregation);
        var cases =
            from posts in Gen.ListOf(PostGen)
            from period in Gen.Elements(PropertyPeriods)
            select (Posts: posts.ToArray(), Period: period);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            foreach (var calculator in calculators)
            {
                var results = new List<KpiResult> { calculator.Calculate(c.Posts, c.Period, PropertyAudience) };
                results.AddRange(calculator.CalculateByChannel(c.Posts, c.Period, PropertyAudience));
                results.AddRange(calculator.CalculateByPeriod(c.Posts, Cadence.Week, PropertyAudience));
                results.AddRange(calculator.CalculateByPeriodAndChannel(c.Posts, Cadence.Month, PropertyAudience));

                foreach (var result in results)
                {
                    (result.Value is null || double.IsFinite(result.Value.Value)).Should().BeTrue($"{result} must be finite");
                    (result.Value is null).Should().Be(result.UnavailableReason is not null, "a result has either a value or a reason");
                    (result.Value ?? 0).Should().BeGreaterThanOrEqualTo(0, "no counter is negative");
                }
            }
        }).Check(PropertyConfig);
    }

    [Fact]
    public void GroupedByPeriodAndChannel_AddUpToTheWholePeriod()
    {
        var calculator = new EngagementRateCalculator();
        var cases = Gen.ListOf(PostGen).Select(posts => posts.ToArray());

        Prop.ForAll(cases.ToArbitrary(), posts =>
        {
            var byMonthAndChannel = calculator.CalculateByPeriodAndChannel(posts, Cadence.Month);
            foreach (var month in byMonthAndChannel.Select(r => r.Period).Distinct())
            {
                var whole = calculator.Calculate(posts, month);
                var parts = byMonthAndChannel.Where(r => r.Period == month).ToList();

                parts.Sum(r => r.Inputs.RecordsUsed).Should().Be(whole.Inputs.RecordsUsed);
                parts.Sum(r => r.Inputs.RecordsSkipped).Should().Be(whole.Inputs.RecordsSkipped);
                ShouldBeRelativelyClose(parts.Sum(r => r.Inputs.Numerator ?? 0), whole.Inputs.Numerator ?? 0);
                parts.Should().BeInAscendingOrder(r => r.Channel!.Value);
            }
        }).Check(PropertyConfig);
    }

    private static void ShouldBeRelativelyClose(double? actual, double? expected)
    {
        if (expected is null)
        {
            actual.Should().BeNull();
            return;
        }

        actual.Should().NotBeNull();
        var tolerance = 1e-12 * Math.Max(Math.Abs(expected.Value), double.Epsilon);
        actual!.Value.Should().BeApproximately(expected.Value, tolerance);
    }

    private sealed record SplitCase(SocialPost[] Posts, ReportingPeriod Period, int K, int[] Parts, int[] Order);
}
