using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>How the reprints of one syndicated story are counted.</summary>
public enum SyndicationCounting
{
    /// <summary>Each outlet that printed the story counts as one article (the default, as clipping services list them).</summary>
    PerOutlet,

    /// <summary>The story counts once, as its earliest reprint (ties by outlet name), for every figure.</summary>
    Once,
}

/// <summary>The two published ways of netting tonality.</summary>
public enum NetTonalityMode
{
    /// <summary>(positive − negative) / (positive + neutral + negative), from −1 to +1; the default.</summary>
    IncludeNeutral,

    /// <summary>positive / (positive + negative), from 0 to 1: the share of favourable articles among those that take a side.</summary>
    ExcludeNeutral,
}

/// <summary>The options of press coverage.</summary>
public sealed class PressCoverageOptions
{
    /// <summary>Gets or sets how a syndicated story is counted.</summary>
    /// <value><see cref="SyndicationCounting.PerOutlet"/>.</value>
    public SyndicationCounting Syndication { get; set; } = SyndicationCounting.PerOutlet;

    /// <summary>Gets or sets which net tonality the <c>net-tonality</c> indicator reports; <see cref="PressCoverage"/> holds both.</summary>
    /// <value><see cref="NetTonalityMode.IncludeNeutral"/>.</value>
    public NetTonalityMode NetTonality { get; set; } = NetTonalityMode.IncludeNeutral;

    /// <summary>Gets or sets the subject whose articles count; null counts every subject.</summary>
    /// <value><see cref="Subject.Company"/>.</value>
    public Subject? Subject { get; set; } = Activity.Subject.Company;

    internal static PressCoverageOptions Defaults { get; } = new();
}

/// <summary>The press coverage of a period.</summary>
public sealed record PressCoverage
{
    /// <summary>Gets the period.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>
    /// Gets the number of articles, after syndication counting; as a result of the <c>press-articles</c> indicator.
    /// A period without articles counts 0 when the input holds any article (at any date), and is
    /// <see cref="KpiUnavailableReason.NoData"/> when it holds none at all, as for mention volume: an empty export is never read as silence.
    /// </summary>
    public required KpiResult Articles { get; init; }

    /// <summary>Gets the number of distinct outlets (compared without regard to case).</summary>
    public required int DistinctOutlets { get; init; }

    /// <summary>Gets the articles per media kind; kinds without articles are absent.</summary>
    public required IReadOnlyDictionary<MediaKind, long> ByMediaKind { get; init; }

    /// <summary>Gets the articles per tonality, unknown included; tonalities without articles are absent.</summary>
    public required IReadOnlyDictionary<Sentiment, long> ByTonality { get; init; }

    /// <summary>Gets positive / articles of known tonality, as a fraction; null when no article has a known tonality.</summary>
    public double? PositiveShare { get; init; }

    /// <summary>Gets neutral / articles of known tonality, as a fraction; null when no article has a known tonality.</summary>
    public double? NeutralShare { get; init; }

    /// <summary>Gets negative / articles of known tonality, as a fraction; null when no article has a known tonality.</summary>
    public double? NegativeShare { get; init; }

    /// <summary>Gets (positive − negative) / (positive + neutral + negative).</summary>
    public required KpiResult NetTonalityIncludingNeutral { get; init; }

    /// <summary>Gets positive / (positive + negative); no value when every article is neutral.</summary>
    public required KpiResult NetTonalityExcludingNeutral { get; init; }

    /// <summary>
    /// Gets the cumulated potential audience: the sum of the outlet audiences of the articles. Outlets share
    /// readers, so this is a potential, duplicated figure and never a count of people reached.
    /// </summary>
    public required KpiResult CumulatedPotentialAudience { get; init; }
}

/// <summary>
/// Press coverage: articles and distinct outlets, split by media kind and by tonality, tonality shares, net
/// tonality in both published variants, and the cumulated potential audience.
/// </summary>
/// <remarks>
/// An article belongs to the period holding its publication date. Articles of unknown tonality count in
/// the totals and are left out of the tonality figures (counted as skipped there). Articles without a known
/// audience are left out of the audience (counted as skipped). Advertising value equivalency is deliberately
/// not computed: see the documentation.
/// </remarks>
public sealed class PressCoverageAnalyzer
{
    private const string ArticlesMethod = "count of articles";
    private const string IncludingNeutralMethod = "(positive - negative) / (positive + neutral + negative)";
    private const string ExcludingNeutralMethod = "positive / (positive + negative)";
    private const string AudienceMethod = "sum of outlet audiences (potential, duplicated)";

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">Syndication counting, net tonality mode and subject; the defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is undefined.</exception>
    public PressCoverageAnalyzer(PressCoverageOptions? options = null)
    {
        options ??= PressCoverageOptions.Defaults;
        Syndication = Preconditions.Defined(options.Syndication, $"{nameof(PressCoverageOptions)}.{nameof(options.Syndication)}");
        NetTonality = Preconditions.Defined(options.NetTonality, $"{nameof(PressCoverageOptions)}.{nameof(options.NetTonality)}");
        Subject = options.Subject;
    }

    /// <summary>Gets how a syndicated story is counted.</summary>
    public SyndicationCounting Syndication { get; }

    /// <summary>Gets which net tonality the <c>net-tonality</c> indicator reports.</summary>
    public NetTonalityMode NetTonality { get; }

    /// <summary>Gets the subject whose articles count, or null for every subject.</summary>
    public Subject? Subject { get; }

    /// <summary>Analyses the articles published in a period.</summary>
    /// <param name="articles">The articles, in any order.</param>
    /// <param name="period">The period.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentException">An argument is null or holds null.</exception>
    public PressCoverage Analyze(IEnumerable<PressArticle> articles, ReportingPeriod period)
    {
        Preconditions.NotNull(articles);
        Preconditions.NotNull(period);
        var kept = Select(articles, period, out var anyArticle);
        var tonality = kept.GroupBy(a => a.Tonality).ToDictionary(g => g.Key, g => (long)g.Count());
        long positive = tonality.GetValueOrDefault(Sentiment.Positive);
        long neutral = tonality.GetValueOrDefault(Sentiment.Neutral);
        long negative = tonality.GetValueOrDefault(Sentiment.Negative);
        long unknown = tonality.GetValueOrDefault(Sentiment.Unknown);
        var known = positive + neutral + negative;
        var withAudience = kept.Where(a => a.PotentialAudience is not null).ToList();
        Int128 audience = 0;
        foreach (var article in withAudience)
        {
            audience += article.PotentialAudience!.Value;
        }

        return new PressCoverage
        {
            Period = period,
            Articles = anyArticle
                ? Result(BuiltInIndicators.PressArticles, period, kept.Count, new KpiInputs(kept.Count, null, kept.Count), ArticlesMethod)
                : KpiResult.Unavailable(IndicatorKeys.PressArticles, IndicatorUnit.Count, period, null, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), ArticlesMethod),
            DistinctOutlets = kept.Select(a => a.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count(),
            ByMediaKind = new SortedDictionary<MediaKind, long>(kept.GroupBy(a => a.MediaKind).ToDictionary(g => g.Key, g => (long)g.Count())).AsReadOnly(),
            ByTonality = new SortedDictionary<Sentiment, long>(tonality).AsReadOnly(),
            PositiveShare = known > 0 ? (double)positive / known : null,
            NeutralShare = known > 0 ? (double)neutral / known : null,
            NegativeShare = known > 0 ? (double)negative / known : null,
            NetTonalityIncludingNeutral = Tonality(period, positive - negative, known, unknown, excludedKnown: 0, IncludingNeutralMethod),
            NetTonalityExcludingNeutral = Tonality(period, positive, positive + negative, unknown, excludedKnown: neutral, ExcludingNeutralMethod),
            CumulatedPotentialAudience = withAudience.Count > 0
                ? Result(BuiltInIndicators.PressPotentialAudience, period, (double)audience, new KpiInputs((double)audience, null, withAudience.Count, kept.Count - withAudience.Count), AudienceMethod)
                : KpiResult.Unavailable(
                    IndicatorKeys.PressPotentialAudience, IndicatorUnit.Count, period, null,
                    kept.Count > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData,
                    new KpiInputs(null, null, 0, kept.Count), AudienceMethod),
        };
    }

    /// <summary>The net tonality this analyzer's options choose, from a coverage.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The net tonality result.</returns>
    public KpiResult NetTonalityOf(PressCoverage coverage) =>
        NetTonality == NetTonalityMode.IncludeNeutral
            ? Preconditions.NotNull(coverage).NetTonalityIncludingNeutral
            : Preconditions.NotNull(coverage).NetTonalityExcludingNeutral;

    private List<PressArticle> Select(IEnumerable<PressArticle> articles, ReportingPeriod period, out bool anyArticle)
    {
        var inPeriod = new List<PressArticle>();
        anyArticle = false;
        foreach (var article in articles)
        {
            Preconditions.Check(article is not null, "articles must not contain null.", nameof(articles));
            anyArticle = true;
            if (period.Contains(article.PublishedOn) && (Subject is not { } subject || article.Subject == subject))
            {
                inPeriod.Add(article);
            }
        }

        if (Syndication == SyndicationCounting.PerOutlet)
        {
            return inPeriod;
        }

        // One story, one article: keep the earliest reprint, ties broken by outlet name so input order never matters.
        var stories = inPeriod
            .Where(a => a.SyndicationKey is not null)
            .GroupBy(a => a.SyndicationKey!, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.OrderBy(a => a.PublishedOn).ThenBy(a => a.Outlet, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).First());
        return [.. inPeriod.Where(a => a.SyndicationKey is null).Concat(stories)];
    }

    private static KpiResult Result(Indicator indicator, ReportingPeriod period, double value, KpiInputs inputs, string method) =>
        KpiResult.Available(indicator.Key, indicator.Unit, period, null, value, inputs, method);

    /// <summary>A tonality ratio; articles of unknown tone are missing data, neutral ones left out by the variant make a zero denominator.</summary>
    private static KpiResult Tonality(ReportingPeriod period, long numerator, long denominator, long unknown, long excludedKnown, string method)
    {
        var indicator = BuiltInIndicators.NetTonality;
        var inputs = new KpiInputs(numerator, denominator, denominator, unknown);
        if (denominator > 0)
        {
            return KpiResult.Available(indicator.Key, indicator.Unit, period, null, (double)numerator / denominator, inputs, method);
        }

        var reason = excludedKnown > 0 ? KpiUnavailableReason.ZeroDenominator
            : unknown > 0 ? KpiUnavailableReason.MissingCounters
            : KpiUnavailableReason.NoData;
        return KpiResult.Unavailable(indicator.Key, indicator.Unit, period, null, reason, inputs, method);
    }
}

/// <summary>Press articles: the number of articles about the company in a period (key <c>press-articles</c>).</summary>
/// <param name="options">Syndication counting and subject; the defaults when null.</param>
public sealed class PressArticlesCalculator(PressCoverageOptions? options = null) : IKpiCalculator
{
    private readonly PressCoverageAnalyzer _analyzer = new(options);

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.PressArticles;

    /// <inheritdoc />
    /// <remarks>
    /// Press articles are the <see cref="Channel.Press"/> channel: null or <see cref="Channel.Press"/> gives every
    /// article (the result carries the channel asked), another channel gives <see cref="KpiUnavailableReason.NoData"/>.
    /// </remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        PressResult.ForChannel(channel, () => _analyzer.Analyze(Preconditions.NotNull(data).PressArticles, period).Articles);
}

/// <summary>Net tonality of the press coverage (key <c>net-tonality</c>), in the variant the options choose.</summary>
/// <param name="options">Net tonality mode, syndication counting and subject; the defaults when null.</param>
public sealed class NetTonalityCalculator(PressCoverageOptions? options = null) : IKpiCalculator
{
    private readonly PressCoverageAnalyzer _analyzer = new(options);

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.NetTonality;

    /// <inheritdoc />
    /// <remarks>
    /// Press articles are the <see cref="Channel.Press"/> channel: null or <see cref="Channel.Press"/> gives every
    /// article (the result carries the channel asked), another channel gives <see cref="KpiUnavailableReason.NoData"/>.
    /// </remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        PressResult.ForChannel(channel, () => _analyzer.NetTonalityOf(_analyzer.Analyze(Preconditions.NotNull(data).PressArticles, period)));
}

/// <summary>Cumulated potential audience of the press coverage (key <c>press-potential-audience</c>).</summary>
/// <param name="options">Syndication counting and subject; the defaults when null.</param>
public sealed class PressPotentialAudienceCalculator(PressCoverageOptions? options = null) : IKpiCalculator
{
    private readonly PressCoverageAnalyzer _analyzer = new(options);

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.PressPotentialAudience;

    /// <inheritdoc />
    /// <remarks>
    /// Press articles are the <see cref="Channel.Press"/> channel: null or <see cref="Channel.Press"/> gives every
    /// article (the result carries the channel asked), another channel gives <see cref="KpiUnavailableReason.NoData"/>.
    /// </remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        PressResult.ForChannel(channel, () => _analyzer.Analyze(Preconditions.NotNull(data).PressArticles, period).CumulatedPotentialAudience);
}

/// <summary>
/// Press articles are the <see cref="Channel.Press"/> channel, as e-mail campaigns are <see cref="Channel.Email"/>:
/// null or <see cref="Channel.Press"/> gives the whole press (scoped to the channel asked), another channel has no data.
/// </summary>
internal static class PressResult
{
    public static KpiResult ForChannel(Channel? channel, Func<KpiResult> wholePress)
    {
        Preconditions.OptionalChannel(channel);
        var result = wholePress();
        return channel is null ? result
            : channel == Channel.Press ? result.WithChannel(channel)
            : KpiResult.Unavailable(result.Indicator, result.Unit, result.Period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), result.Method);
    }
}
