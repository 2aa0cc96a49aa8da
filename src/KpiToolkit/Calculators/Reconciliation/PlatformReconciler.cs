using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The options of a <see cref="PlatformReconciler"/>: which platform definition applies to which channel.</summary>
public sealed class PlatformReconcilerOptions
{
    /// <summary>Gets the definition of each channel's platform; a channel without one is not reconciled.</summary>
    /// <value>X, Facebook, Instagram and LinkedIn with their built-in definitions (<see cref="PlatformDefinition"/>).</value>
    public IDictionary<Channel, PlatformDefinition> Definitions { get; } = new Dictionary<Channel, PlatformDefinition>
    {
        [Channel.X] = PlatformDefinition.X,
        [Channel.Facebook] = PlatformDefinition.Facebook,
        [Channel.Instagram] = PlatformDefinition.Instagram,
        [Channel.LinkedIn] = PlatformDefinition.LinkedIn,
    };
}

/// <summary>
/// Compares what KpiToolkit computes with what each platform reported itself, post by post and period by period,
/// and lists every disagreement with its size and its likely reason: a counter the export left out, another
/// composition, another denominator, the rounding of the export, or a time-zone boundary.
/// </summary>
/// <remarks>
/// <para>Post by post, each platform figure kept in <see cref="SocialPost.PlatformFigures"/> (its total of
/// engagements, its engagement rate) is compared, in exact decimal arithmetic, with the same figure computed from
/// the post's counters with the platform's <see cref="PlatformDefinition"/>. A difference of at most half a unit of
/// the last digit the export printed is agreement: the export cannot say more. So is a difference within a double's
/// own rounding, since platforms compute their rates in floating point and print them in full.</para>
/// <para>Period by period, the engagement rate of the period (a ratio of sums, posts grouped in the reporting
/// calendar, as the engagement rate calculator gives it) is compared with the rate the platform's own figures give
/// (its engagements over the same denominator, posts grouped in the platform's time zone).</para>
/// <para>Immutable and thread-safe; the posts are read into memory (an export's worth).</para>
/// </remarks>
public sealed class PlatformReconciler
{
    private const double RelativeTolerance = 1e-12;

    private readonly Dictionary<Channel, PlatformDefinition> _definitions;
    private readonly Dictionary<Channel, EngagementRateCalculator> _calculators;

    /// <summary>Creates a reconciler.</summary>
    /// <param name="options">Which definition applies to which channel; the built-in ones when null.</param>
    /// <param name="calendar">The reporting calendar whose periods are compared; UTC when null.</param>
    /// <exception cref="ArgumentException">A definition is null or a channel empty.</exception>
    public PlatformReconciler(PlatformReconcilerOptions? options = null, ReportingCalendar? calendar = null)
    {
        Calendar = calendar ?? ReportingCalendar.Utc;
        _definitions = [];
        foreach (var (channel, definition) in (options ?? new PlatformReconcilerOptions()).Definitions)
        {
            Preconditions.Check(!channel.IsEmpty, "Definitions must not hold the empty (default) channel.", nameof(options));
            _definitions[channel] = definition ?? throw new ArgumentException($"Definitions[{channel}] must not be null.", nameof(options));
        }

        _calculators = _definitions.ToDictionary(
            pair => pair.Key,
            pair => new EngagementRateCalculator(new EngagementRateOptions { Composition = pair.Value.Composition, Denominator = pair.Value.Denominator }, Calendar));
        Definitions = _definitions.AsReadOnly();
    }

    /// <summary>Gets the reporting calendar whose periods are compared.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Gets the definition of each reconciled channel.</summary>
    public IReadOnlyDictionary<Channel, PlatformDefinition> Definitions { get; }

    /// <summary>Compares the posts' figures, and the rate of one period, with what the platforms reported.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The period.</param>
    /// <returns>What agrees and what does not, with reasons.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="posts"/> holds a null post.</exception>
    public PlatformReconciliation Reconcile(IEnumerable<SocialPost> posts, ReportingPeriod period) =>
        Reconcile(posts, [Preconditions.NotNull(period)]);

    /// <summary>
    /// Compares the posts' figures and the rate of each period, as <see cref="Reconcile(IEnumerable{SocialPost}, IEnumerable{ReportingPeriod})"/>
    /// does, and also the engagement rate each account activity row reports (the activity model: interactions that
    /// happened during its days) with its engagements over its impressions, or its reach for a platform that divides
    /// by reach.
    /// </summary>
    /// <param name="data">The activity data: its posts and its channel activity rows.</param>
    /// <param name="periods">The periods whose rates are compared.</param>
    /// <returns>What agrees and what does not, with reasons.</returns>
    /// <exception cref="ArgumentException">An argument is null, or holds a null item.</exception>
    public PlatformReconciliation Reconcile(ActivityData data, IEnumerable<ReportingPeriod> periods)
    {
        Preconditions.NotNull(data);
        var posts = Reconcile(data.ReadPosts(), periods);
        var disagreements = new List<ActivityDisagreement>();
        long compared = 0;
        foreach (var row in data.ChannelActivity.OrderBy(r => r.Channel).ThenBy(r => r.Dates.Start))
        {
            if (row.ReportedEngagementRate is not { } reported || !_definitions.TryGetValue(row.Channel, out var definition))
            {
                continue;
            }

            compared++;
            if (RecordComparison.CompareActivity(row, definition, reported) is { } disagreement)
            {
                disagreements.Add(disagreement);
            }
        }

        return new PlatformReconciliation(
            posts.RecordDisagreements,
            posts.Periods,
            posts.FiguresCompared + compared,
            posts.FiguresAgreeing + compared - disagreements.Count,
            posts.PostsWithoutPlatformFigures,
            disagreements.AsReadOnly());
    }

    /// <summary>Compares the posts' figures, and the rate of each period, with what the platforms reported.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="periods">The periods, such as a dashboard's history; each compared once.</param>
    /// <returns>What agrees and what does not, with reasons.</returns>
    /// <exception cref="ArgumentException">An argument is null, or holds a null item.</exception>
    public PlatformReconciliation Reconcile(IEnumerable<SocialPost> posts, IEnumerable<ReportingPeriod> periods)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(periods);
        var all = posts.Select(p => Preconditions.Item(p, nameof(posts))).OrderBy(p => p.PublishedAt).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var wanted = periods.Select(p => Preconditions.Item(p, nameof(periods))).Distinct().Order().ToArray();

        var records = new List<RecordDisagreement>();
        long compared = 0, agreeing = 0, withoutFigures = 0;
        foreach (var post in all)
        {
            if (!_definitions.TryGetValue(post.Channel, out var definition))
            {
                continue;
            }

            var outcome = RecordComparison.Of(post, definition);
            if (outcome.Compared == 0)
            {
                withoutFigures++;
            }

            compared += outcome.Compared;
            agreeing += outcome.Compared - outcome.Disagreements.Count;
            records.AddRange(outcome.Disagreements);
        }

        var byPost = records.ToLookup(r => r.RecordId, StringComparer.Ordinal);
        var periodResults = new List<PeriodReconciliation>();
        foreach (var period in wanted)
        {
            foreach (var channel in _definitions.Keys.Order())
            {
                if (ComparePeriod(all, period, channel, byPost) is { } result)
                {
                    periodResults.Add(result);
                }
            }
        }

        return new PlatformReconciliation(records.AsReadOnly(), periodResults.AsReadOnly(), compared, agreeing, withoutFigures);
    }

    private PeriodReconciliation? ComparePeriod(SocialPost[] posts, ReportingPeriod period, Channel channel, ILookup<string, RecordDisagreement> disagreements)
    {
        var definition = _definitions[channel];
        var inCalendar = posts.Where(p => p.Channel == channel && period.Contains(Calendar.ToLocalDate(p.PublishedAt))).ToArray();
        var inPlatform = posts.Where(p => p.Channel == channel && period.Contains(p.PublishedAt.InZone(definition.ReportingZone).Date)).ToArray();
        // A period is compared when a post of it, in either zone, carries a figure of the platform: else there is nothing to compare with.
        if (!inCalendar.Concat(inPlatform).Any(p => HasFigure(p, definition)))
        {
            return null;
        }

        var platform = PlatformRate(inPlatform, definition);

        var computed = _calculators[channel].Accumulate(inCalendar, period).Value();
        var reported = platform.Rate;
        if (Agree(computed, reported))
        {
            return new PeriodReconciliation(period, channel, computed, reported, null, $"{definition.Name}: {Describe(computed)} computed, {Describe(reported)} from the platform's figures", []);
        }

        var (reason, ids, why) = Explain(inCalendar, inPlatform, definition, disagreements, platform, computed);
        var explanation = $"{definition.Name}: {Describe(computed)} computed, {Describe(reported)} from the platform's figures; {why}";
        return new PeriodReconciliation(period, channel, computed, reported, reason, explanation, ids);
    }

    private (DisagreementReason Reason, IReadOnlyList<string> Ids, string Why) Explain(
        SocialPost[] inCalendar,
        SocialPost[] inPlatform,
        PlatformDefinition definition,
        ILookup<string, RecordDisagreement> disagreements,
        PlatformPeriodRate platform,
        double? computed)
    {
        var calendarIds = inCalendar.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var platformIds = inPlatform.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var moved = inCalendar.Concat(inPlatform).Where(p => calendarIds.Contains(p.Id) != platformIds.Contains(p.Id)).Select(p => p.Id).Distinct().ToArray();
        if (moved.Length > 0)
        {
            return (DisagreementReason.TimeZoneBoundary, moved,
                $"{Count(moved.Length, "post")} near the period's edges fall in another period in {definition.ReportingZone.Id}, the platform's zone, than in {Calendar.Zone.Id}");
        }

        var explained = inCalendar.SelectMany(p => disagreements[p.Id]).ToArray();
        if (explained.Length > 0)
        {
            var reason = explained.Select(d => d.Reason).Min();
            var ids = explained.Where(d => d.Reason == reason).Select(d => d.RecordId).Distinct().ToArray();
            return (reason, ids, $"{Count(ids.Length, "post")} of the period disagree{(ids.Length == 1 ? "s" : string.Empty)} with the platform ({Words(reason)})");
        }

        var uncompared = inCalendar.Where(p => !platform.UsedIds.Contains(p.Id)).Select(p => p.Id).ToArray();
        if (uncompared.Length > 0)
        {
            return (DisagreementReason.MissingCounter, uncompared,
                $"{Count(uncompared.Length, "post")} carry no platform figure or no {definition.Denominator.ToString().ToLowerInvariant()}, so the platform's side leaves them out");
        }

        if (computed is null)
        {
            return (DisagreementReason.ZeroDenominator, [], "the period's denominators add up to 0");
        }

        return platform.UsedRates
            ? (DisagreementReason.ExportRounding, [], "the platform's side rebuilds engagements from its rounded per-post rates")
            : (DisagreementReason.Unexplained, [.. calendarIds.Order(StringComparer.Ordinal)], "no known reason explains it");
    }

    private static PlatformPeriodRate PlatformRate(SocialPost[] posts, PlatformDefinition definition)
    {
        decimal engagements = 0, denominators = 0;
        var used = new HashSet<string>(StringComparer.Ordinal);
        var usedRates = false;
        foreach (var post in posts)
        {
            if (RecordComparison.DenominatorOf(post, definition) is not { } denominator)
            {
                continue;
            }

            if (definition.EngagementsFigure is { } name && post.PlatformFigures.TryGet(name, out var reported))
            {
                engagements += reported;
            }
            else if (definition.RateFigure is { } rateName && post.PlatformFigures.TryGet(rateName, out var rate))
            {
                engagements += rate * denominator;
                usedRates = true;
            }
            else
            {
                continue;
            }

            denominators += denominator;
            used.Add(post.Id);
        }

        return new PlatformPeriodRate(denominators == 0 ? null : (double)(engagements / denominators), used, usedRates);
    }

    private static bool HasFigure(SocialPost post, PlatformDefinition definition) =>
        (definition.EngagementsFigure is { } engagements && post.PlatformFigures.TryGet(engagements, out _))
        || (definition.RateFigure is { } rate && post.PlatformFigures.TryGet(rate, out _));

    private static bool Agree(double? computed, double? reported) =>
        computed is { } c && reported is { } r
            ? Math.Abs(c - r) <= RelativeTolerance * Math.Max(Math.Abs(c), Math.Abs(r))
            : computed is null && reported is null;

    private static string Describe(double? rate) =>
        rate is { } r ? string.Create(CultureInfo.InvariantCulture, $"{r * 100:0.####} %") : "no rate";

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? string.Empty : "s")}");

    private static string Words(DisagreementReason reason) => reason switch
    {
        DisagreementReason.MissingCounter => "a counter missing from the export",
        DisagreementReason.OtherComposition => "another composition of engagements",
        DisagreementReason.OtherDenominator => "another denominator",
        DisagreementReason.ExportRounding => "the rounding of the export",
        DisagreementReason.TimeZoneBoundary => "a time-zone boundary",
        DisagreementReason.ZeroDenominator => "a denominator of 0",
        _ => "no known reason",
    };

    private sealed record PlatformPeriodRate(double? Rate, HashSet<string> UsedIds, bool UsedRates);
}
