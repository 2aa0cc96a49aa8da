using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public partial class PressCoverageAnalyzerTests
{
    // One wire story reprinted by three outlets; La Dépêche printed it first.
    private static readonly PressArticle[] WireStory =
    [
        Article("s-ouest", "Ouest-France", new LocalDate(2026, 3, 10), MediaKind.Print, Sentiment.Positive, 600_000, syndicationKey: "AFP-123"),
        Article("s-depeche", "La Dépêche", new LocalDate(2026, 3, 9), MediaKind.Online, Sentiment.Neutral, 400_000, syndicationKey: "AFP-123"),
        Article("s-sud", "Sud Ouest", new LocalDate(2026, 3, 10), MediaKind.Print, Sentiment.Negative, 350_000, syndicationKey: "AFP-123"),
    ];

    private static readonly PressCoverageAnalyzer Once = new(new PressCoverageOptions { Syndication = SyndicationCounting.Once });

    [Fact]
    public void Analyze_SyndicatedStoryPerOutlet_CountsEveryReprint()
    {
        var coverage = new PressCoverageAnalyzer().Analyze(WireStory, March);

        // 3 articles in 3 outlets; audience 600,000 + 400,000 + 350,000 = 1,350,000.
        coverage.Articles.Value.Should().Be(3);
        coverage.DistinctOutlets.Should().Be(3);
        coverage.CumulatedPotentialAudience.Value.Should().Be(1_350_000);
        coverage.CumulatedPotentialAudience.Inputs.RecordsUsed.Should().Be(3);
    }

    [Fact]
    public void Analyze_SyndicatedStoryOnce_KeepsTheEarliestReprint()
    {
        var coverage = Once.Analyze(WireStory, March);

        // La Dépêche (9 March) alone: 1 article, 1 outlet, its 400,000 readers, its neutral tone, online.
        coverage.Articles.Value.Should().Be(1);
        coverage.DistinctOutlets.Should().Be(1);
        coverage.CumulatedPotentialAudience.Value.Should().Be(400_000);
        coverage.ByTonality.Should().Equal(new Dictionary<Sentiment, long> { [Sentiment.Neutral] = 1 });
        coverage.ByMediaKind.Should().Equal(new Dictionary<MediaKind, long> { [MediaKind.Online] = 1 });
    }

    [Fact]
    public void Analyze_SyndicatedStoryOnce_TieOnDateGoesToTheFirstOutletByName()
    {
        // Without La Dépêche, Ouest-France and Sud Ouest both printed it on 10 March: "Ouest-France" < "Sud Ouest".
        PressArticle[] tie = [WireStory[2], WireStory[0]];

        var coverage = Once.Analyze(tie, March);

        coverage.Articles.Value.Should().Be(1);
        coverage.CumulatedPotentialAudience.Value.Should().Be(600_000);
        coverage.ByTonality.Should().Equal(new Dictionary<Sentiment, long> { [Sentiment.Positive] = 1 });
        Once.Analyze(tie.Reverse(), March).CumulatedPotentialAudience.Value.Should().Be(600_000);
    }

    [Fact]
    public void Analyze_SyndicatedStoryOnce_KeepsUnsyndicatedArticlesAndOtherStories()
    {
        PressArticle[] articles =
        [
            .. WireStory,
            Article("own", "Le Monde", new LocalDate(2026, 3, 3), MediaKind.Print, Sentiment.Positive, 300_000),
            Article("other-1", "Le Progrès", new LocalDate(2026, 3, 12), MediaKind.Print, Sentiment.Negative, 200_000, syndicationKey: "Reuters-9"),
            Article("other-2", "Nice-Matin", new LocalDate(2026, 3, 11), MediaKind.Print, Sentiment.Negative, 150_000, syndicationKey: "Reuters-9"),
        ];

        var perOutlet = new PressCoverageAnalyzer().Analyze(articles, March);
        var once = Once.Analyze(articles, March);

        // Per outlet: 6 articles, 1,350,000 + 300,000 + 200,000 + 150,000 = 2,000,000.
        perOutlet.Articles.Value.Should().Be(6);
        perOutlet.CumulatedPotentialAudience.Value.Should().Be(2_000_000);

        // Once: Le Monde, La Dépêche (AFP-123) and Nice-Matin (Reuters-9, 11 March): 300,000 + 400,000 + 150,000 = 850,000.
        once.Articles.Value.Should().Be(3);
        once.DistinctOutlets.Should().Be(3);
        once.CumulatedPotentialAudience.Value.Should().Be(850_000);

        // Tone once: positive 1, neutral 1, negative 1 → (1 − 1) / 3 = 0 and 1 / 2 = 0.5.
        once.NetTonalityIncludingNeutral.Value.Should().Be(0);
        once.NetTonalityExcludingNeutral.Value!.Value.Should().BeApproximately(0.5, 1e-9);
    }

    [Fact]
    public void Analyze_SyndicatedStoryOnce_OnlyReprintsInThePeriodCount()
    {
        // The earliest reprint (9 March) is outside the week of 10 March; Ouest-France wins the tie on 10 March.
        var coverage = Once.Analyze(WireStory, ReportingPeriod.Custom(new LocalDate(2026, 3, 10), new LocalDate(2026, 3, 16)));

        coverage.Articles.Value.Should().Be(1);
        coverage.CumulatedPotentialAudience.Value.Should().Be(600_000);
    }
}
