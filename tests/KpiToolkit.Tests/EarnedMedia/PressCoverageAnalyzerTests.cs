using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public partial class PressCoverageAnalyzerTests
{
    // March 2026, about the company: 5 articles in 4 outlets (Le Monde twice, in two spellings).
    private static readonly PressArticle[] Coverage =
    [
        Article("a1", "Le Monde", new LocalDate(2026, 3, 2), MediaKind.Print, Sentiment.Positive, 300_000),
        Article("a2", "le monde", new LocalDate(2026, 3, 3), MediaKind.Online, Sentiment.Positive, 1_000_000),
        Article("a3", "Les Echos", new LocalDate(2026, 3, 4), MediaKind.Print, Sentiment.Negative, 120_000),
        Article("a4", "France Inter", new LocalDate(2026, 3, 5), MediaKind.Radio, Sentiment.Neutral),
        Article("a5", "BFM", new LocalDate(2026, 3, 31), MediaKind.Television, Sentiment.Unknown, 500_000),
        Article("competitor", "Le Figaro", new LocalDate(2026, 3, 6), MediaKind.Print, Sentiment.Negative, 400_000, subject: LeCreuset),
        Article("february", "Libération", new LocalDate(2026, 2, 28), MediaKind.Print, Sentiment.Positive, 100_000),
        Article("april", "Le Parisien", new LocalDate(2026, 4, 1), MediaKind.Print, Sentiment.Positive, 100_000),
    ];

    [Fact]
    public void Analyze_CountsArticlesAndDistinctOutlets()
    {
        var coverage = new PressCoverageAnalyzer().Analyze(Coverage, March);

        // a1 to a5; outlets Le Monde (= le monde), Les Echos, France Inter, BFM.
        coverage.Period.Should().Be(March);
        coverage.Articles.Value.Should().Be(5);
        coverage.Articles.Indicator.Should().Be(IndicatorKeys.PressArticles);
        coverage.Articles.Inputs.RecordsUsed.Should().Be(5);
        coverage.DistinctOutlets.Should().Be(4);
    }

    [Fact]
    public void Analyze_SplitsByMediaKindAndTonality()
    {
        var coverage = new PressCoverageAnalyzer().Analyze(Coverage, March);

        coverage.ByMediaKind.Should().Equal(new Dictionary<MediaKind, long>
        {
            [MediaKind.Print] = 2, // a1, a3
            [MediaKind.Online] = 1,
            [MediaKind.Television] = 1,
            [MediaKind.Radio] = 1,
        });
        coverage.ByMediaKind.Keys.Should().BeInAscendingOrder();
        coverage.ByTonality.Should().Equal(new Dictionary<Sentiment, long>
        {
            [Sentiment.Positive] = 2,
            [Sentiment.Neutral] = 1,
            [Sentiment.Negative] = 1,
            [Sentiment.Unknown] = 1,
        });
    }

    [Fact]
    public void Analyze_TonalitySharesLeaveUnknownOut()
    {
        var coverage = new PressCoverageAnalyzer().Analyze(Coverage, March);

        // Known tone: 2 positive + 1 neutral + 1 negative = 4 (a5 is unknown).
        coverage.PositiveShare!.Value.Should().BeApproximately(0.5, 1e-9); // 2 / 4
        coverage.NeutralShare!.Value.Should().BeApproximately(0.25, 1e-9); // 1 / 4
        coverage.NegativeShare!.Value.Should().BeApproximately(0.25, 1e-9); // 1 / 4
    }

    [Fact]
    public void Analyze_NetTonality_BothVariantsByHand()
    {
        var coverage = new PressCoverageAnalyzer().Analyze(Coverage, March);

        // Including neutral: (2 − 1) / (2 + 1 + 1) = 1 / 4 = 0.25; the unknown a5 is skipped.
        coverage.NetTonalityIncludingNeutral.Value!.Value.Should().BeApproximately(0.25, 1e-9);
        coverage.NetTonalityIncludingNeutral.Indicator.Should().Be(IndicatorKeys.NetTonality);
        coverage.NetTonalityIncludingNeutral.Inputs.Should().BeEquivalentTo(new { Numerator = 1.0, Denominator = 4.0, RecordsUsed = 4L, RecordsSkipped = 1L });

        // Excluding neutral: 2 / (2 + 1) = 0.6666666666666666; a4 (neutral) is left out by the formula,
        // a5 (unknown) is skipped as missing data.
        coverage.NetTonalityExcludingNeutral.Value!.Value.Should().BeApproximately(0.6666666666666666, 1e-9);
        coverage.NetTonalityExcludingNeutral.Inputs.Should().BeEquivalentTo(new { Numerator = 2.0, Denominator = 3.0, RecordsUsed = 3L, RecordsSkipped = 1L });
    }

    [Fact]
    public void Analyze_NetTonalityMoreNegative_IsBelowZero()
    {
        PressArticle[] articles =
        [
            Article("p", "A", new LocalDate(2026, 3, 2), tonality: Sentiment.Positive),
            Article("n1", "B", new LocalDate(2026, 3, 2), tonality: Sentiment.Negative),
            Article("n2", "C", new LocalDate(2026, 3, 2), tonality: Sentiment.Negative),
            Article("n3", "D", new LocalDate(2026, 3, 2), tonality: Sentiment.Negative),
            Article("u", "E", new LocalDate(2026, 3, 2), tonality: Sentiment.Neutral),
        ];

        var coverage = new PressCoverageAnalyzer().Analyze(articles, March);

        // (1 − 3) / (1 + 1 + 3) = −2 / 5 = −0.4; 1 / (1 + 3) = 0.25.
        coverage.NetTonalityIncludingNeutral.Value!.Value.Should().BeApproximately(-0.4, 1e-9);
        coverage.NetTonalityExcludingNeutral.Value!.Value.Should().BeApproximately(0.25, 1e-9);
    }

    [Fact]
    public void Analyze_OnlyNeutralArticles_IncludingIsZeroExcludingIsUnavailable()
    {
        PressArticle[] articles =
        [
            Article("n1", "A", new LocalDate(2026, 3, 2), tonality: Sentiment.Neutral),
            Article("n2", "B", new LocalDate(2026, 3, 3), tonality: Sentiment.Neutral),
            Article("n3", "C", new LocalDate(2026, 3, 4), tonality: Sentiment.Neutral),
        ];

        var coverage = new PressCoverageAnalyzer().Analyze(articles, March);

        // (0 − 0) / (0 + 3 + 0) = 0 exactly; 0 / (0 + 0) does not exist.
        coverage.NetTonalityIncludingNeutral.Value.Should().Be(0);
        coverage.NetTonalityExcludingNeutral.IsAvailable.Should().BeFalse();
        coverage.NetTonalityExcludingNeutral.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        // Neutral articles are left out by the variant's formula, not for missing data.
        coverage.NetTonalityExcludingNeutral.Inputs.Denominator.Should().Be(0);
        coverage.NetTonalityExcludingNeutral.Inputs.RecordsSkipped.Should().Be(0);
        coverage.NeutralShare.Should().Be(1);
        coverage.PositiveShare.Should().Be(0);
    }

    [Fact]
    public void Analyze_OnlyUnknownTonality_HasNoToneFigures()
    {
        PressArticle[] articles = [Article("u1", "A", new LocalDate(2026, 3, 2)), Article("u2", "B", new LocalDate(2026, 3, 3))];

        var coverage = new PressCoverageAnalyzer().Analyze(articles, March);

        coverage.Articles.Value.Should().Be(2);
        coverage.ByTonality.Should().Equal(new Dictionary<Sentiment, long> { [Sentiment.Unknown] = 2 });
        coverage.PositiveShare.Should().BeNull();
        coverage.NeutralShare.Should().BeNull();
        coverage.NegativeShare.Should().BeNull();
        coverage.NetTonalityIncludingNeutral.IsAvailable.Should().BeFalse();
        coverage.NetTonalityExcludingNeutral.IsAvailable.Should().BeFalse();
        coverage.NetTonalityIncludingNeutral.Inputs.RecordsSkipped.Should().Be(2);

        // No tone is known at all: that is missing data, not a zero denominator.
        coverage.NetTonalityIncludingNeutral.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        coverage.NetTonalityExcludingNeutral.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void Analyze_CumulatedAudience_SumsKnownAudiencesAndCountsTheOthersAsSkipped()
    {
        var audience = new PressCoverageAnalyzer().Analyze(Coverage, March).CumulatedPotentialAudience;

        // 300,000 + 1,000,000 + 120,000 + 500,000 = 1,920,000; a4 (France Inter) has no audience.
        audience.Value.Should().Be(1_920_000);
        audience.Indicator.Should().Be(IndicatorKeys.PressPotentialAudience);
        audience.Unit.Should().Be(IndicatorUnit.Count);
        audience.Inputs.RecordsUsed.Should().Be(4);
        audience.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Analyze_NoArticleWithAudience_IsMissingCounters()
    {
        PressArticle[] articles = [Article("a", "A", new LocalDate(2026, 3, 2)), Article("b", "B", new LocalDate(2026, 3, 3))];

        var audience = new PressCoverageAnalyzer().Analyze(articles, March).CumulatedPotentialAudience;

        audience.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        audience.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
    }

    [Fact]
    public void Analyze_NoArticleInThePeriod_IsZeroArticlesAndNoData()
    {
        var coverage = new PressCoverageAnalyzer().Analyze(Coverage, ReportingPeriod.Month(2026, 5));

        coverage.Articles.Value.Should().Be(0);
        coverage.DistinctOutlets.Should().Be(0);
        coverage.ByMediaKind.Should().BeEmpty();
        coverage.ByTonality.Should().BeEmpty();
        coverage.PositiveShare.Should().BeNull();
        coverage.NetTonalityIncludingNeutral.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        coverage.NetTonalityExcludingNeutral.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        coverage.CumulatedPotentialAudience.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Analyze_NoArticleAtAll_IsNoDataLikeMentionVolume()
    {
        var period = ReportingPeriod.Month(2026, 5);

        var coverage = new PressCoverageAnalyzer().Analyze([], period);
        var mentions = new MentionVolumeCalculator().Calculate(Array.Empty<Mention>(), period);

        coverage.Articles.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        coverage.Articles.Inputs.RecordsUsed.Should().Be(0);
        mentions.UnavailableReason.Should().Be(coverage.Articles.UnavailableReason);
    }

    [Fact]
    public void Analyze_Subject_KeepsThatSubjectOrEvery()
    {
        var competitor = new PressCoverageAnalyzer(new PressCoverageOptions { Subject = Subject.Competitor("le creuset") }).Analyze(Coverage, March);
        var every = new PressCoverageAnalyzer(new PressCoverageOptions { Subject = null }).Analyze(Coverage, March);

        competitor.Articles.Value.Should().Be(1);
        competitor.NetTonalityIncludingNeutral.Value.Should().Be(-1); // (0 − 1) / 1
        every.Articles.Value.Should().Be(6); // a1 to a5 and Le Figaro
        every.DistinctOutlets.Should().Be(5);
    }

    [Fact]
    public void Analyze_WeekPeriod_UsesThePublicationDate()
    {
        // ISO week 2026-W10 is 2 to 8 March: a1, a2, a3, a4.
        new PressCoverageAnalyzer().Analyze(Coverage, ReportingPeriod.IsoWeek(2026, 10)).Articles.Value.Should().Be(4);
    }

    [Fact]
    public void Analyze_NullArticle_Throws()
    {
        var act = () => new PressCoverageAnalyzer().Analyze([Coverage[0], null!], March);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "articles").WithMessage("*must not contain null*");
    }

    [Fact]
    public void Constructor_UndefinedOptions_Throw()
    {
        var syndication = () => new PressCoverageAnalyzer(new PressCoverageOptions { Syndication = (SyndicationCounting)5 });
        var tonality = () => new PressCoverageAnalyzer(new PressCoverageOptions { NetTonality = (NetTonalityMode)5 });

        syndication.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "PressCoverageOptions.Syndication").WithMessage("*not a defined SyndicationCounting value*");
        tonality.Should().Throw<ArgumentOutOfRangeException>().Where(e => e.ParamName == "PressCoverageOptions.NetTonality").WithMessage("*not a defined NetTonalityMode value*");
    }
}
