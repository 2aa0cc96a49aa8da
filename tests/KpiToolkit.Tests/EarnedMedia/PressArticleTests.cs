using KpiToolkit.Activity;

namespace KpiToolkit.Tests.EarnedMedia;

public class PressArticleTests
{
    private static readonly LocalDate March2 = new(2026, 3, 2);

    [Fact]
    public void PressArticle_KeepsItsValuesTrimmed()
    {
        var article = new PressArticle(" a1 ", " Le Monde ", MediaKind.Online, March2, Earned.Staub, Sentiment.Positive, 1_000_000, " AFP-1 ");

        article.Id.Should().Be("a1");
        article.Outlet.Should().Be("Le Monde");
        article.MediaKind.Should().Be(MediaKind.Online);
        article.PublishedOn.Should().Be(March2);
        article.Subject.Should().Be(Earned.Staub);
        article.Tonality.Should().Be(Sentiment.Positive);
        article.PotentialAudience.Should().Be(1_000_000);
        article.SyndicationKey.Should().Be("AFP-1");
    }

    [Fact]
    public void PressArticle_Defaults_AreCompanyUnknownAndNoAudienceNorKey()
    {
        var article = new PressArticle("a1", "Le Monde", MediaKind.Print, March2);

        article.Subject.Should().Be(Subject.Company);
        article.Tonality.Should().Be(Sentiment.Unknown);
        article.PotentialAudience.Should().BeNull();
        article.SyndicationKey.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void PressArticle_BlankId_Throws(string id)
    {
        var act = () => new PressArticle(id, "Le Monde", MediaKind.Print, March2);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "id")
            .WithMessage("*id must not be empty or whitespace*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void PressArticle_BlankOutlet_Throws(string outlet)
    {
        var act = () => new PressArticle("a1", outlet, MediaKind.Print, March2);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "outlet")
            .WithMessage("*outlet must not be empty or whitespace*");
    }

    [Fact]
    public void PressArticle_NegativeAudience_Throws()
    {
        var act = () => new PressArticle("a1", "Le Monde", MediaKind.Print, March2, potentialAudience: -5);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "potentialAudience")
            .WithMessage("*potentialAudience must not be negative, but was -5*");
    }

    [Fact]
    public void PressArticle_UndefinedMediaKind_Throws()
    {
        var act = () => new PressArticle("a1", "Le Monde", (MediaKind)99, March2);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "mediaKind")
            .WithMessage("*not a defined MediaKind value*");
    }

    [Fact]
    public void PressArticle_UndefinedTonality_Throws()
    {
        var act = () => new PressArticle("a1", "Le Monde", MediaKind.Print, March2, tonality: (Sentiment)7);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "tonality")
            .WithMessage("*not a defined Sentiment value*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void PressArticle_WhitespaceSyndicationKey_Throws(string key)
    {
        var act = () => new PressArticle("a1", "Le Monde", MediaKind.Print, March2, syndicationKey: key);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "syndicationKey")
            .WithMessage("*syndicationKey must be null or non-blank text*");
    }

    [Fact]
    public void PressArticle_NonIsoDate_Throws()
    {
        var act = () => new PressArticle("a1", "Le Monde", MediaKind.Print, new LocalDate(2026, 3, 2, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "publishedOn")
            .WithMessage("*must use the ISO calendar*");
    }
}
