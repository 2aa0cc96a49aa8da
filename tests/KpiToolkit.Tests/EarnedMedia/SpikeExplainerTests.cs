using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>The mentions behind a spike, and whether it is the good kind or the bad kind.</summary>
public sealed class SpikeExplainerTests
{
    private static readonly Interval Hour = new(At(2026, 6, 10, 14, 0), At(2026, 6, 10, 15, 0));

    private static readonly Channel Forum = new("forum.example");

    [Fact]
    public void Explain_ACrisisHour_NamesItsAuthorsOutletsToneAndMostEngagedMentions()
    {
        var mentions = new[]
        {
            Engaged("1", At(2026, 6, 10, 14, 5), 100, 20, 30, author: "@angry", sentiment: Sentiment.Negative, channel: Channel.X),
            Engaged("2", At(2026, 6, 10, 14, 10), 5, 1, 0, author: "@ANGRY", sentiment: Sentiment.Negative, channel: Channel.X),
            Engaged("3", At(2026, 6, 10, 14, 20), 40, 0, 2, author: "@reporter", sentiment: Sentiment.Negative, channel: Channel.X),
            Mention("4", At(2026, 6, 10, 14, 30), author: "@fan", sentiment: Sentiment.Positive, channel: Forum, reactions: 3),
            Mention("5", At(2026, 6, 10, 14, 40), sourceType: MentionSourceType.News, author: "newspaper", sentiment: Sentiment.Neutral),
            Mention("6", At(2026, 6, 10, 14, 50), author: "@someone", sentiment: Sentiment.Negative),
            Mention("7", At(2026, 6, 10, 14, 55), LeCreuset, author: "@other", sentiment: Sentiment.Positive), // a competitor
            Mention("8", At(2026, 6, 10, 15, 0), author: "@late", sentiment: Sentiment.Positive), // after the hour
        };

        var explanation = new SpikeExplainer(new SpikeExplainerOptions { Top = 2 }).Explain(mentions, Hour);

        explanation.Mentions.Should().Be(6);
        explanation.TopAuthors.Should().Equal(new SpikeContributor("@angry", 2, 156), new SpikeContributor("@reporter", 1, 42));
        explanation.TopOutlets.Should().Equal(new SpikeContributor("X", 3, 198), new SpikeContributor("forum.example", 1, 3));
        (explanation.Positive, explanation.Neutral, explanation.Negative, explanation.UnknownTone).Should().Be((1L, 1L, 4L, 0L));
        explanation.NetSentiment.Should().BeApproximately((1 - 4) / 6.0, 1e-12);
        explanation.NegativeShare.Should().BeApproximately(4 / 6.0, 1e-12);
        explanation.Character.Should().Be(SpikeCharacter.Negative);
        explanation.MostEngaged.Select(mention => mention.Id).Should().Equal("1", "3");
    }

    [Theory]
    [InlineData(4, 1, 1, 0, SpikeCharacter.Positive)] // net (4 - 1) / 6 = 0.5
    [InlineData(3, 4, 2, 0, SpikeCharacter.Neutral)] // net 1/9 < 0.2, and negative is under a quarter
    [InlineData(3, 2, 3, 0, SpikeCharacter.Mixed)] // net 0, both sides at least a quarter of 8
    [InlineData(2, 1, 1, 5, SpikeCharacter.Unknown)] // 4 of known tone, 5 unknown: fewer than half known
    [InlineData(0, 0, 0, 3, SpikeCharacter.Unknown)]
    [InlineData(0, 5, 0, 0, SpikeCharacter.Neutral)]
    [InlineData(1, 6, 3, 0, SpikeCharacter.Negative)] // net -0.2: at the lead
    public void Character_FollowsTheNetSentimentOfTheMentionsOfKnownTone(int positive, int neutral, int negative, int unknown, SpikeCharacter expected)
    {
        var mentions = Enumerable.Repeat(Sentiment.Positive, positive)
            .Concat(Enumerable.Repeat(Sentiment.Neutral, neutral))
            .Concat(Enumerable.Repeat(Sentiment.Negative, negative))
            .Concat(Enumerable.Repeat(Sentiment.Unknown, unknown))
            .Select((sentiment, i) => Mention($"m{i}", At(2026, 6, 10, 14, i), sentiment: sentiment));

        new SpikeExplainer().Explain(mentions, Hour).Character.Should().Be(expected);
    }

    [Fact]
    public void Explain_NoMentionInTheWindow_GivesZerosAndUnknown()
    {
        var explanation = new SpikeExplainer().Explain([Mention("early", At(2026, 6, 10, 13, 0))], Hour);

        explanation.Mentions.Should().Be(0);
        explanation.TopAuthors.Should().BeEmpty();
        explanation.MostEngaged.Should().BeEmpty();
        explanation.NetSentiment.Should().BeNull();
        explanation.Character.Should().Be(SpikeCharacter.Unknown);
    }

    [Fact]
    public void Explain_AFlaggedDay_ExplainsTheDayOfTheCalendar()
    {
        var paris = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        var day = ReportingPeriod.Day(new LocalDate(2026, 6, 10));
        // 22:30 UTC on the 9th is already the 10th in Paris; 22:30 UTC on the 10th is the 11th.
        var mentions = new[] { Mention("in", At(2026, 6, 9, 22, 30)), Mention("out", At(2026, 6, 10, 22, 30)) };
        var anomaly = new VolumeAnomaly { Period = day, Observed = 1, Status = AnomalyStatus.Evaluated, Direction = VolumeDirection.Spike, HistoryUsed = 28 };

        var explanation = new SpikeExplainer().Explain(mentions, anomaly, paris);

        explanation.Window.Should().Be(paris.ToInterval(day));
        explanation.Mentions.Should().Be(1);
    }

    [Fact]
    public void Explain_TheSameMentionsInAnotherOrder_GivesTheSameExplanation()
    {
        var mentions = Enumerable.Range(0, 30)
            .Select(i => Engaged($"m{i}", At(2026, 6, 10, 14, i), i % 7, i % 3, 1, author: $"@a{i % 4}", channel: i % 2 == 0 ? Channel.X : Forum))
            .ToList();
        var explainer = new SpikeExplainer();

        var forward = explainer.Explain(mentions, Hour);
        var backward = explainer.Explain(Enumerable.Reverse(mentions), Hour);

        backward.TopAuthors.Should().Equal(forward.TopAuthors);
        backward.TopOutlets.Should().Equal(forward.TopOutlets);
        backward.MostEngaged.Should().Equal(forward.MostEngaged);
    }

    [Theory]
    [InlineData(0, 0.2)]
    [InlineData(5, -0.1)]
    [InlineData(5, 1.5)]
    [InlineData(5, double.NaN)]
    public void Options_OutOfRange_AreRefused(int top, double lead)
    {
        var act = () => new SpikeExplainer(new SpikeExplainerOptions { Top = top, Lead = lead });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
