using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Reliability.ActivityGen;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// The merge of every calculator that offers partial results is associative and commutative, and the empty
/// set is its identity: (a + b) + c, a + (b + c), c + (b + a) and a + empty all give the same results.
/// </summary>
/// <remarks>
/// The audience, press, action, web and e-mail calculators read small inputs whole and offer no partial
/// results; the other properties cover them (see <see cref="CalculatorPropertyTests"/>).
/// </remarks>
public class MergePropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(100);

    private static Arbitrary<(T[] A, T[] B, T[] C, Cadence Cadence, bool ByChannel)> ThreeParts<T>(Gen<T> record) =>
        (from a in Gen.ArrayOf(record)
         from b in Gen.ArrayOf(record)
         from c in Gen.ArrayOf(record)
         from cadence in Gen.Elements(Cadence.Day, Cadence.Week, Cadence.Month, Cadence.Quarter)
         from byChannel in Gen.Elements(false, true)
         select (a, b, c, cadence, byChannel)).ToArbitrary();

    public static TheoryData<Aggregation> Aggregations() => [.. Enum.GetValues<Aggregation>()];

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void PostRatioPartials_MergeAssociatively(Aggregation aggregation)
    {
        // Every post ratio calculator of the property suite with this aggregation: each indicator, denominator and follower snapshot.
        var calculators = CalculatorPropertyTests.Calculators.OfType<PostRatioCalculator>().Where(c => c.Aggregation == aggregation).ToList();
        calculators.Should().HaveCountGreaterThan(10);
        var audience = new AudienceHistory(
        [
            new AudienceSnapshot(Channel.Instagram, Instant.FromUtc(2026, 2, 1, 0, 0), 12_000),
            new AudienceSnapshot(Channel.LinkedIn, Instant.FromUtc(2026, 3, 15, 0, 0), 0),
            new AudienceSnapshot(Channel.X, Instant.FromUtc(2026, 3, 29, 1, 30), 4_000_000_000_000),
        ]);

        Prop.ForAll(ThreeParts(AnyPost), parts =>
        {
            foreach (var calculator in calculators)
            {
                ShouldMergeAssociatively(
                    part => calculator.AccumulateByPeriod(part, parts.Cadence, parts.ByChannel, audience),
                    calculator.ToResults,
                    parts.A, parts.B, parts.C, parts.ByChannel);
            }
        }).Check(Quick);
    }

    [Fact]
    public void PostingFrequencyPartials_MergeAssociatively()
    {
        var calculator = new PostingFrequencyCalculator(null, Paris);

        Prop.ForAll(ThreeParts(AnyPost), parts =>
            ShouldMergeAssociatively(
                part => calculator.AccumulateByPeriod(part, parts.Cadence, parts.ByChannel),
                calculator.ToResults,
                parts.A, parts.B, parts.C, parts.ByChannel)).Check(Quick);
    }

    [Theory]
    [MemberData(nameof(Aggregations))]
    public void MentionEngagementPartials_MergeAssociatively(Aggregation aggregation)
    {
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = aggregation }, Paris);

        Prop.ForAll(ThreeParts(AnyMention), parts =>
            ShouldMergeAssociatively(
                part => calculator.AccumulateByPeriod(part, parts.Cadence),
                calculator.ToResults,
                parts.A, parts.B, parts.C, byChannel: false)).Check(Quick);
    }

    [Fact]
    public void MentionVolumePartials_MergeAssociatively()
    {
        var calculator = new MentionVolumeCalculator(null, Paris);
        var (start, end) = (new LocalDate(2026, 2, 1), new LocalDate(2026, 5, 31));

        Prop.ForAll(ThreeParts(AnyMention), parts =>
            ShouldMergeAssociatively(
                part => calculator.AccumulateByPeriod(part, parts.Cadence),
                counts => calculator.Series(counts, parts.Cadence, start, end),
                parts.A, parts.B, parts.C, byChannel: false)).Check(Quick);
    }

    private static void ShouldMergeAssociatively<TRecord, TAccumulator, TResult>(
        Func<TRecord[], GroupedAccumulators<TAccumulator>> accumulate,
        Func<GroupedAccumulators<TAccumulator>, TResult> results,
        TRecord[] a,
        TRecord[] b,
        TRecord[] c,
        bool byChannel)
        where TAccumulator : class, IAccumulator<TAccumulator>
    {
        var (first, second, third) = (accumulate(a), accumulate(b), accumulate(c));
        var merge = GroupedAccumulators<TAccumulator>.Merge;

        var leftFold = results(merge(merge(first, second), third));

        ResultShape.ShouldBeFinite(leftFold);
        ResultShape.ShouldMatch(results(merge(first, merge(second, third))), leftFold);
        ResultShape.ShouldMatch(results(merge(third, merge(second, first))), leftFold);
        ResultShape.ShouldMatch(results(merge(merge(first, GroupedAccumulators<TAccumulator>.Empty(byChannel)), merge(second, third))), leftFold);
        ResultShape.ShouldMatch(results(accumulate([.. a, .. b, .. c])), leftFold);
    }
}
