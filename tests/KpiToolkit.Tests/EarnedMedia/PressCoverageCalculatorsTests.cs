using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>The three <see cref="IKpiCalculator"/> wrappers of <see cref="PressCoverageAnalyzer"/>.</summary>
public class PressCoverageCalculatorsTests
{
    // 2 positive, 1 neutral, 1 negative; a 3-outlet wire story; audiences 100 + 200 + 300 + 400 = 1,000 (one unknown).
    private static readonly ActivityData Data = new(pressArticles:
    [
        Article("p1", "Le Monde", new LocalDate(2026, 3, 2), tonality: Sentiment.Positive, audience: 100, syndicationKey: "AFP-1"),
        Article("p2", "Sud Ouest", new LocalDate(2026, 3, 3), tonality: Sentiment.Positive, audience: 200, syndicationKey: "AFP-1"),
        Article("n1", "Les Echos", new LocalDate(2026, 3, 4), tonality: Sentiment.Neutral, audience: 300, syndicationKey: "AFP-1"),
        Article("m1", "France Inter", new LocalDate(2026, 3, 5), MediaKind.Radio, Sentiment.Negative, 400),
        Article("x1", "BFM", new LocalDate(2026, 3, 6), MediaKind.Television, Sentiment.Unknown),
    ]);

    [Fact]
    public void PressArticlesCalculator_CountsArticles()
    {
        var calculator = new PressArticlesCalculator();

        calculator.Indicator.Should().Be(BuiltInIndicators.PressArticles);
        calculator.Calculate(Data, March).Value.Should().Be(5);

        // Once: the wire story counts as Le Monde (2 March) only: 5 − 2 = 3.
        new PressArticlesCalculator(new PressCoverageOptions { Syndication = SyndicationCounting.Once }).Calculate(Data, March).Value.Should().Be(3);
    }

    [Fact]
    public void NetTonalityCalculator_IncludesNeutralByDefault()
    {
        var result = new NetTonalityCalculator().Calculate(Data, March);

        // (2 − 1) / (2 + 1 + 1) = 0.25.
        result.Indicator.Should().Be(IndicatorKeys.NetTonality);
        result.Value!.Value.Should().BeApproximately(0.25, 1e-9);
        result.Method.Should().Be("(positive - negative) / (positive + neutral + negative)");
    }

    [Fact]
    public void NetTonalityCalculator_ExcludeNeutral_UsesPositiveOverSides()
    {
        var result = new NetTonalityCalculator(new PressCoverageOptions { NetTonality = NetTonalityMode.ExcludeNeutral }).Calculate(Data, March);

        // 2 / (2 + 1) = 0.6666666666666666.
        result.Value!.Value.Should().BeApproximately(0.6666666666666666, 1e-9);
        result.Method.Should().Be("positive / (positive + negative)");
    }

    [Fact]
    public void PressPotentialAudienceCalculator_SumsTheAudiences()
    {
        var result = new PressPotentialAudienceCalculator().Calculate(Data, March);

        // 100 + 200 + 300 + 400 = 1,000; BFM skipped.
        result.Value.Should().Be(1_000);
        result.Inputs.RecordsSkipped.Should().Be(1);

        // Once: 100 + 400 = 500.
        new PressPotentialAudienceCalculator(new PressCoverageOptions { Syndication = SyndicationCounting.Once }).Calculate(Data, March).Value.Should().Be(500);
    }

    [Fact]
    public void Calculators_WithChannelPress_GiveTheWholePressScopedToPress()
    {
        IKpiCalculator[] calculators = [new PressArticlesCalculator(), new NetTonalityCalculator(), new PressPotentialAudienceCalculator()];

        foreach (var calculator in calculators)
        {
            var all = calculator.Calculate(Data, March);
            var press = calculator.Calculate(Data, March, Channel.Press);

            // As e-mail calculators answer for Channel.Email: 5 articles, net tonality 0.25, audience 1,000.
            press.IsAvailable.Should().BeTrue(calculator.GetType().Name);
            press.Value.Should().Be(all.Value);
            press.Inputs.Should().Be(all.Inputs);
            press.Method.Should().Be(all.Method);
            press.Indicator.Should().Be(calculator.Indicator.Key);
            press.Channel.Should().Be(Channel.Press);
        }
    }

    [Fact]
    public void Calculators_WithChannelPressInAnotherCase_GiveTheWholePress()
    {
        new PressArticlesCalculator().Calculate(Data, March, new Channel("press")).Value.Should().Be(5);
    }

    [Fact]
    public void Calculators_WithAnotherChannel_AreNoData()
    {
        IKpiCalculator[] calculators = [new PressArticlesCalculator(), new NetTonalityCalculator(), new PressPotentialAudienceCalculator()];

        foreach (var calculator in calculators)
        {
            var result = calculator.Calculate(Data, March, Channel.Instagram);

            result.IsAvailable.Should().BeFalse(calculator.GetType().Name);
            result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
            result.Channel.Should().Be(Channel.Instagram);
            result.Indicator.Should().Be(calculator.Indicator.Key);
            result.Inputs.RecordsUsed.Should().Be(0);
        }
    }

    [Fact]
    public void NetTonality_WithChannelPressAndNoKnownTone_KeepsTheReasonOfTheWholePress()
    {
        var unknownOnly = new ActivityData(pressArticles: [Article("x1", "BFM", new LocalDate(2026, 3, 6), MediaKind.Television, Sentiment.Unknown)]);

        var result = new NetTonalityCalculator().Calculate(unknownOnly, March, Channel.Press);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkipped.Should().Be(1);
        result.Channel.Should().Be(Channel.Press);
    }

    [Fact]
    public void Calculators_NullData_Throw()
    {
        var act = () => new PressArticlesCalculator().Calculate(null!, March);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("data");
    }
}
