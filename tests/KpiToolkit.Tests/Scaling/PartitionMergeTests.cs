using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Scaling.ScalingData;

namespace KpiToolkit.Tests.Scaling;

/// <summary>
/// Any split of the records, read part by part and merged in any order (as a fold or a tree), gives the
/// results of one pass: exactly for counts and integer sums, within 1e-12 relative for rates.
/// </summary>
public class PartitionMergeTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(200);

    public static TheoryData<Aggregation, Cadence, bool> PostCases()
    {
        var cases = new TheoryData<Aggregation, Cadence, bool>();
        foreach (var aggregation in Enum.GetValues<Aggregation>())
        {
            cases.Add(aggregation, Cadence.Month, true);
            cases.Add(aggregation, Cadence.Week, false);
            cases.Add(aggregation, Cadence.Day, true);
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(PostCases))]
    public void PostRatios_MergedParts_EqualOnePass(Aggregation aggregation, Cadence cadence, bool byChannel)
    {
        PostRatioCalculator[] calculators =
        [
            new EngagementRateCalculator(new EngagementRateOptions { Aggregation = aggregation }, Paris),
            new EngagementRateCalculator(new EngagementRateOptions { Aggregation = aggregation, Denominator = PostDenominator.Followers, FollowerSnapshot = FollowerSnapshot.AtPeriodEnd }, Paris),
            new ReachRateCalculator(new PostRatioOptions { Aggregation = aggregation }, Paris),
            new AverageReachPerPostCalculator(new PostRatioOptions { Aggregation = aggregation }, Paris),
        ];

        Prop.ForAll(SplitOf(PostGen).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (split, asTree) =>
        {
            foreach (var calculator in calculators)
            {
                var merged = split.MergeParts(part => calculator.AccumulateByPeriod(part, cadence, byChannel, Audience), GroupedAccumulators<RatioAccumulator>.Merge, asTree);
                var onePass = byChannel
                    ? calculator.CalculateByPeriodAndChannel(split.Records, cadence, Audience)
                    : calculator.CalculateByPeriod(split.Records, cadence, Audience);

                ShouldMatch(calculator.ToResults(merged), onePass);
            }
        }).Check(Quick);
    }

    [Theory]
    [InlineData(Cadence.Week, false)]
    [InlineData(Cadence.Month, true)]
    public void PostingFrequency_MergedParts_EqualOnePass(Cadence cadence, bool byChannel)
    {
        var calculator = new PostingFrequencyCalculator(calendar: Paris);

        Prop.ForAll(SplitOf(PostGen).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (split, asTree) =>
        {
            var merged = split.MergeParts(part => calculator.AccumulateByPeriod(part, cadence, byChannel), GroupedAccumulators<CountAccumulator>.Merge, asTree);
            var onePass = byChannel ? calculator.CalculateByPeriodAndChannel(split.Records, cadence) : calculator.CalculateByPeriod(split.Records, cadence);

            ShouldMatch(calculator.ToResults(merged), onePass);
        }).Check(Quick);
    }

    [Fact]
    public void MentionVolume_MergedParts_GiveTheOnePassSeries()
    {
        var calculator = new MentionVolumeCalculator(calendar: Paris);
        var (first, last) = (new LocalDate(2026, 2, 1), new LocalDate(2026, 4, 30));

        Prop.ForAll(SplitOf(MentionGen).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (split, asTree) =>
        {
            var merged = split.MergeParts(part => calculator.AccumulateByPeriod(part, Cadence.Day), GroupedAccumulators<CountAccumulator>.Merge, asTree);

            calculator.Series(merged, Cadence.Day, first, last).Should().Equal(calculator.Series(split.Records, Cadence.Day, first, last));
        }).Check(Quick);
    }

    [Fact]
    public void MentionEngagementRate_MergedParts_EqualOnePass()
    {
        var calculator = new MentionEngagementRateCalculator(calendar: Paris);

        Prop.ForAll(SplitOf(MentionGen).ToArbitrary(), Gen.Elements(false, true).ToArbitrary(), (split, asTree) =>
        {
            var merged = split.MergeParts(part => calculator.AccumulateByPeriod(part, Cadence.Week), GroupedAccumulators<RatioAccumulator>.Merge, asTree);

            ShouldMatch(calculator.ToResults(merged), calculator.CalculateByPeriod(split.Records, Cadence.Week));
        }).Check(Quick);
    }

    [Fact]
    public void Partitions_Accumulate_EqualsOnePass_OnEveryThreadCount()
    {
        var calculator = new EngagementRateCalculator(new EngagementRateOptions { Aggregation = Aggregation.MeanOfRatios }, Paris);
        var cases =
            from posts in Gen.ListOf(PostGen)
            from parts in Gen.Choose(1, 9)
            from threads in Gen.Elements(-1, 1, 2, 8)
            select (Posts: posts.ToArray(), Parts: parts, Threads: threads);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var merged = Partitions.Accumulate(
                Partitions.Split(c.Posts, c.Parts),
                part => calculator.AccumulateByPeriod(part, Cadence.Month, byChannel: true),
                c.Threads);

            ShouldMatch(calculator.ToResults(merged), calculator.CalculateByPeriodAndChannel(c.Posts, Cadence.Month));
        }).Check(Quick);
    }

    private static void ShouldMatch(IReadOnlyList<KpiResult> merged, IReadOnlyList<KpiResult> onePass)
    {
        merged.Select(r => (r.Period, r.Channel)).Should().Equal(onePass.Select(r => (r.Period, r.Channel)));
        foreach (var (actual, expected) in merged.Zip(onePass))
        {
            actual.UnavailableReason.Should().Be(expected.UnavailableReason);
            actual.Inputs.RecordsUsed.Should().Be(expected.Inputs.RecordsUsed);
            actual.Inputs.RecordsSkippedForMissingCounters.Should().Be(expected.Inputs.RecordsSkippedForMissingCounters);
            actual.Inputs.RecordsSkippedForZeroDenominator.Should().Be(expected.Inputs.RecordsSkippedForZeroDenominator);
            ShouldBeRelativelyClose(actual.Inputs.Numerator, expected.Inputs.Numerator);
            ShouldBeRelativelyClose(actual.Inputs.Denominator, expected.Inputs.Denominator);
            ShouldBeRelativelyClose(actual.Value, expected.Value);
        }
    }
}
