using KpiToolkit.Activity;

namespace KpiToolkit.Tests.EarnedMedia;

public class MentionTests
{
    private static readonly Instant Noon = Earned.At(2026, 3, 2);

    [Fact]
    public void Mention_KeepsItsValuesTrimmed()
    {
        var mention = new Mention(" m1 ", Noon, MentionSourceType.Forum, " @chef ", Earned.LeCreuset, Sentiment.Negative, Channel.X, 1_000, 1, 2, 3);

        mention.Id.Should().Be("m1");
        mention.Author.Should().Be("@chef");
        mention.PublishedAt.Should().Be(Noon);
        mention.SourceType.Should().Be(MentionSourceType.Forum);
        mention.Subject.Should().Be(Earned.LeCreuset);
        mention.Sentiment.Should().Be(Sentiment.Negative);
        mention.Channel.Should().Be(Channel.X);
        mention.PotentialReach.Should().Be(1_000);
        mention.Interactions.Should().Be(6); // 1 + 2 + 3
    }

    [Fact]
    public void Mention_Defaults_AreCompanyUnknownAndUnreported()
    {
        var mention = new Mention("m1", Noon, MentionSourceType.Blog, "author");

        mention.Subject.Should().Be(Subject.Company);
        mention.Sentiment.Should().Be(Sentiment.Unknown);
        mention.Channel.Should().BeNull();
        mention.PotentialReach.Should().BeNull();
        mention.Interactions.Should().BeNull();
    }

    [Theory]
    [InlineData(null, 2L, 3L)]
    [InlineData(1L, null, 3L)]
    [InlineData(1L, 2L, null)]
    public void Interactions_MissingCounter_IsNull(long? reactions, long? comments, long? shares)
    {
        var mention = Earned.Mention("m1", Noon, reactions: reactions, comments: comments, shares: shares);

        mention.Interactions.Should().BeNull();
    }

    [Fact]
    public void Interactions_ZeroCounters_IsZeroNotNull()
    {
        Earned.Engaged("m1", Noon, 0, 0, 0).Interactions.Should().Be(0);
    }

    [Fact]
    public void Interactions_HugeCounters_ThrowOverflow()
    {
        var mention = Earned.Engaged("m1", Noon, long.MaxValue, 1, 0);

        var act = () => mention.Interactions;

        act.Should().Throw<OverflowException>();
    }

    [Fact]
    public void Interactions_HugeCounters_CalculatorsStillAddThemUpExactly()
    {
        // One sum serves Interactions and the calculators; only the long property overflows, the calculators stay exact.
        Mention[] mentions = [Earned.Engaged("m1", Noon, long.MaxValue, 1, 0, reach: long.MaxValue)];

        var rate = new KpiToolkit.Calculators.MentionEngagementRateCalculator().Calculate(mentions, Earned.March);
        var share = new KpiToolkit.Calculators.ShareOfVoiceCalculator(
            new KpiToolkit.Calculators.ShareOfVoiceOptions { Weight = KpiToolkit.Calculators.ShareOfVoiceWeight.Interactions, Competitors = { "Staub" } })
            .Analyze(mentions, Earned.March);

        // (2^63 − 1 + 1) / (2^63 − 1), about 1.
        rate.Value!.Value.Should().BeApproximately(1, 1e-12);
        rate.Inputs.Numerator.Should().Be(9_223_372_036_854_775_808d);
        share.Shares[0].Weight.Should().Be(9_223_372_036_854_775_808d);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Mention_BlankId_Throws(string id)
    {
        var act = () => new Mention(id, Noon, MentionSourceType.Blog, "author");

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "id")
            .WithMessage("*id must not be empty or whitespace*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\t ")]
    public void Mention_BlankAuthor_Throws(string author)
    {
        var act = () => new Mention("m1", Noon, MentionSourceType.Blog, author);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "author")
            .WithMessage("*author must not be empty or whitespace*");
    }

    [Fact]
    public void Mention_NullAuthor_Throws()
    {
        var act = () => new Mention("m1", Noon, MentionSourceType.Blog, null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("author");
    }

    [Theory]
    [InlineData("potentialReach")]
    [InlineData("reactions")]
    [InlineData("comments")]
    [InlineData("shares")]
    public void Mention_NegativeCount_ThrowsNamingIt(string parameter)
    {
        var act = () => new Mention(
            "m1", Noon, MentionSourceType.Blog, "author",
            potentialReach: parameter == "potentialReach" ? -1 : 10,
            reactions: parameter == "reactions" ? -1 : 1,
            comments: parameter == "comments" ? -1 : 1,
            shares: parameter == "shares" ? -1 : 1);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == parameter)
            .WithMessage($"*{parameter} must not be negative, but was -1*");
    }

    [Fact]
    public void Mention_UndefinedSourceType_Throws()
    {
        var act = () => new Mention("m1", Noon, (MentionSourceType)42, "author");

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "sourceType")
            .WithMessage("*not a defined MentionSourceType value*");
    }

    [Fact]
    public void Mention_UndefinedSentiment_Throws()
    {
        var act = () => new Mention("m1", Noon, MentionSourceType.Blog, "author", sentiment: (Sentiment)(-1));

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "sentiment")
            .WithMessage("*not a defined Sentiment value*");
    }

    [Fact]
    public void Mention_EmptyChannel_Throws()
    {
        var act = () => new Mention("m1", Noon, MentionSourceType.Blog, "author", channel: default(Channel));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "channel")
            .WithMessage("*channel must be null or a named channel*");
    }
}
