using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Reliability.ActivityGen;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// Properties every calculator and analyzer holds on any activity the model accepts: nothing but finite
/// numbers comes out, every value stays within its indicator's documented bounds, and the order of the
/// records changes no result.
/// </summary>
public class CalculatorPropertyTests
{
    private static readonly Config Quick = Config.QuickThrowOnFailure.WithMaxTest(150);

    /// <summary>The built-ins with their defaults, plus the variants their options allow.</summary>
    public static IReadOnlyList<IKpiCalculator> Calculators { get; } = BuildCalculators();

    private static IReadOnlyList<IKpiCalculator> BuildCalculators()
    {
        var calculators = new List<IKpiCalculator>(BuiltInCalculators.Create(Paris));
        foreach (var aggregation in Enum.GetValues<Aggregation>())
        {
            // Engagements per post is refused by the engagement rate: it is not a rate.
            foreach (var denominator in Enum.GetValues<PostDenominator>().Where(d => d != PostDenominator.Post))
            {
                foreach (var snapshot in Enum.GetValues<FollowerSnapshot>())
                {
                    calculators.Add(new EngagementRateCalculator(
                        new EngagementRateOptions { Aggregation = aggregation, Denominator = denominator, FollowerSnapshot = snapshot }, Paris));
                }
            }

            calculators.Add(new ReachRateCalculator(new PostRatioOptions { Aggregation = aggregation, FollowerSnapshot = FollowerSnapshot.AtPeriodEnd }, Paris));
            calculators.Add(new ConversationRateCalculator(new AudienceActionRateOptions { Aggregation = aggregation, Basis = AudienceActionBasis.PerFollower }, Paris));
            calculators.Add(new ViralityRateCalculator(new ViralityRateOptions { Aggregation = aggregation, Denominator = PostDenominator.Reach }, Paris));
        }

        foreach (var weight in Enum.GetValues<ShareOfVoiceWeight>())
        {
            var options = new ShareOfVoiceOptions { Weight = weight };
            options.Competitors.Add(Rival);
            calculators.Add(new ShareOfVoiceCalculator(options, Paris));
        }

        return calculators;
    }

    private static Arbitrary<(Records Records, ReportingPeriod Period, Channel? Channel)> Cases =>
        (from records in AnyRecords
         from period in AnyPeriod
         from channel in ChannelOrAll
         select (records, period, channel)).ToArbitrary();

    private static Arbitrary<(Records Records, Records Shuffled, ReportingPeriod Period, Channel? Channel)> ShuffledCases =>
        (from records in AnyRecords
         from shuffled in Shuffled(records)
         from period in AnyPeriod
         from channel in ChannelOrAll
         select (records, shuffled, period, channel)).ToArbitrary();

    [Fact]
    public void EveryCalculator_GivesOnlyFiniteNumbers_WithinItsIndicatorsBounds()
    {
        Prop.ForAll(Cases, @case =>
        {
            var data = @case.Records.ToData();
            foreach (var calculator in Calculators)
            {
                var result = calculator.Calculate(data, @case.Period, @case.Channel);

                ShouldBeFinite(result, calculator);
                if (result.Value is { } value)
                {
                    calculator.Indicator.IsWithinBounds(value).Should().BeTrue(
                        $"{calculator.GetType().Name} gave {value} for {@case.Period} {@case.Channel}, outside [{calculator.Indicator.MinimumValue}, {calculator.Indicator.MaximumValue}]");
                }
            }
        }).Check(Quick);
    }

    [Fact]
    public void EveryCalculator_GivesTheSameResult_WhateverTheOrderOfTheRecords()
    {
        Prop.ForAll(ShuffledCases, @case =>
        {
            var data = @case.Records.ToData();
            var shuffled = @case.Shuffled.ToData();
            foreach (var calculator in Calculators)
            {
                ResultShape.ShouldMatch(
                    calculator.Calculate(shuffled, @case.Period, @case.Channel),
                    calculator.Calculate(data, @case.Period, @case.Channel));
            }
        }).Check(Quick);
    }

    [Fact]
    public void EveryCalculator_GivesTheSameResult_WithSomeRecordsRepeated()
    {
        var cases =
            (from records in AnyRecords
             from repeated in WithRepeats(records)
             from period in AnyPeriod
             from channel in ChannelOrAll
             select (records, repeated, period, channel)).ToArbitrary();
        Prop.ForAll(cases, @case =>
        {
            var data = @case.records.ToData();
            var repeated = @case.repeated.ToData();
            repeated.Posts.Should().Equal(data.Posts);
            repeated.Mentions.Should().Equal(data.Mentions);
            repeated.PressArticles.Should().Equal(data.PressArticles);
            repeated.Duplicates.DroppedCount.Should().Be(
                @case.repeated.Posts.Length + @case.repeated.Mentions.Length + @case.repeated.Articles.Length
                - @case.records.Posts.Length - @case.records.Mentions.Length - @case.records.Articles.Length);
            foreach (var calculator in Calculators)
            {
                ResultShape.ShouldMatch(
                    calculator.Calculate(repeated, @case.period, @case.channel),
                    calculator.Calculate(data, @case.period, @case.channel));
            }

            ResultShape.ShouldMatch(
                new ChannelComparisonAnalyzer(new ChannelComparisonOptions { MinimumSessionsForConversion = 1 }).Compare(repeated, @case.period),
                new ChannelComparisonAnalyzer(new ChannelComparisonOptions { MinimumSessionsForConversion = 1 }).Compare(data, @case.period));
        }).Check(Quick);
    }

    [Fact]
    public void EveryAnalyzer_GivesOnlyFiniteNumbers_AndTheSameAnswer_WhateverTheOrderOfTheRecords()
    {
        Prop.ForAll(ShuffledCases, @case =>
        {
            var once = Analyses(@case.Records, @case.Period, @case.Channel);
            var again = Analyses(@case.Shuffled, @case.Period, @case.Channel);

            ResultShape.ShouldBeFinite(once);
            ResultShape.ShouldMatch(again, once);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));
    }

    /// <summary>Every analyzer's full answer for one case, in one list so that it is compared as a whole.</summary>
    private static List<object> Analyses(Records records, ReportingPeriod period, Channel? channel)
    {
        var data = records.ToData();
        var volume = new MentionVolumeCalculator(null, Paris);
        var series = volume.Series(records.Mentions, Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 30));
        var shareOptions = new ShareOfVoiceOptions { Weight = ShareOfVoiceWeight.PotentialReach };
        shareOptions.Competitors.Add(Rival);
        return
        [
            new BestTimeToPostAnalyzer(new BestTimeToPostOptions { MinimumPostsPerCell = 1 }, Paris).Analyze(records.Posts, data.Audience),
            new AuthorRankingAnalyzer(Paris).Rank(records.Mentions, period, top: 3),
            new PressCoverageAnalyzer().Analyze(records.Articles, period),
            new ShareOfVoiceCalculator(shareOptions, Paris).Analyze(records.Mentions, period, channel),
            new ChannelComparisonAnalyzer(new ChannelComparisonOptions { MinimumSessionsForConversion = 1 }).Compare(data, period),
            new RoiRankingAnalyzer().Rank(records.Actions, period),
            new AudienceGrowthCalculator(null, Paris).Analyze(data.Audience, period, channel),
            new PostingRegularityCalculator(Paris).Analyze(records.Posts, period, channel),
            new PostingRegularityCalculator(Paris).AnalyzeByChannel(records.Posts, period),
            volume.Analyze(records.Mentions, period),
            series,
            new StandardDeviationDetector().Detect(series),
            new ModifiedZScoreDetector().Detect(series),
        ];
    }

    private static void ShouldBeFinite(KpiResult result, IKpiCalculator calculator)
    {
        var name = calculator.GetType().Name;
        (result.Value is null || double.IsFinite(result.Value.Value)).Should().BeTrue($"{name} value {result.Value}");
        (result.Value is null).Should().Be(result.UnavailableReason is not null, $"{name}: a value or a reason, never both");
        result.UnavailableReason.Should().NotBe(KpiUnavailableReason.CalculationFailed, name);
        (result.Inputs.Numerator is null || double.IsFinite(result.Inputs.Numerator.Value)).Should().BeTrue($"{name} numerator {result.Inputs.Numerator}");
        (result.Inputs.Denominator is null || double.IsFinite(result.Inputs.Denominator.Value)).Should().BeTrue($"{name} denominator {result.Inputs.Denominator}");
        result.Inputs.RecordsUsed.Should().BeGreaterThanOrEqualTo(0, name);
        result.Inputs.RecordsSkipped.Should().BeGreaterThanOrEqualTo(0, name);
        result.Indicator.Should().Be(calculator.Indicator.Key, name);
    }
}
