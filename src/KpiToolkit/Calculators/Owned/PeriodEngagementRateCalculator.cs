using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Which audience the engagements of a period are divided by.</summary>
public enum AudienceBasis
{
    /// <summary>The followers at the end of the period: the latest snapshot at or before its last instant, as simple formulas use.</summary>
    AtPeriodEnd,

    /// <summary>
    /// The mean audience of the period: the mean, over its days, of the followers at the end of each day (the latest
    /// snapshot at or before it). Days before a channel's first snapshot are left out. Fairer to a fast-growing account.
    /// </summary>
    PeriodMean,
}

/// <summary>Which engagements belong to a period.</summary>
public enum EngagementSource
{
    /// <summary>
    /// The lifetime engagements of the posts published in the period (the cohort model): a post's interactions count
    /// in the period it was published, even those that came later.
    /// </summary>
    PublishedPosts,

    /// <summary>
    /// The engagements the accounts reported for the days of the period, on any post however old
    /// (<see cref="ChannelActivity"/> rows; the activity model of the platforms' page dashboards).
    /// </summary>
    AccountActivity,
}

/// <summary>The options of the engagement rate by audience.</summary>
public sealed class PeriodEngagementRateOptions
{
    /// <summary>Gets or sets which counters of a post count as engagements; <see cref="EngagementSource.AccountActivity"/> rows carry the platform's own count instead.</summary>
    /// <value><see cref="EngagementComposition.TotalInteractions"/> (reactions + comments + shares).</value>
    public EngagementComposition Composition { get; set; } = EngagementComposition.TotalInteractions;

    /// <summary>Gets or sets which audience the engagements are divided by.</summary>
    /// <value><see cref="AudienceBasis.AtPeriodEnd"/>.</value>
    public AudienceBasis Audience { get; set; } = AudienceBasis.AtPeriodEnd;

    /// <summary>Gets or sets where <see cref="PeriodEngagementRateCalculator.Calculate(ActivityData, ReportingPeriod, Channel?)"/> takes the engagements from; the overloads that take posts or rows read what they are given.</summary>
    /// <value><see cref="EngagementSource.PublishedPosts"/>.</value>
    public EngagementSource Source { get; set; } = EngagementSource.PublishedPosts;

    internal static PeriodEngagementRateOptions Defaults { get; } = new();
}

/// <summary>
/// Engagement rate by audience (key <c>engagement-rate-by-audience</c>): the engagements of a whole period over the
/// audience at its end, or over its mean audience. One division for the period, where the
/// <see cref="EngagementRateCalculator"/> divides post by post: January-to-March engagements over the followers at the
/// end of March is this calculator with a custom period.
/// </summary>
/// <remarks>
/// <para>Each channel's engagements go over its own audience; over every channel, the engagements and the audiences
/// are each added up. A channel counts when at least one of its records (post or row) was used and it has an
/// audience; a channel without an audience has its records counted as skipped for missing counters, so its
/// engagements never meet another channel's audience.</para>
/// <para>A post missing any counter of the composition, or a row without engagements, is skipped and counted, never
/// read as 0. A row straddling the period's boundary is skipped and counted too: the period's share of it is not
/// reported. A post belongs to the period holding its publication instant in the reporting calendar's time zone, so
/// a daylight-saving change neither loses nor doubles one. The rate can pass 100 %.</para>
/// <para>Stateless and thread-safe; each method reads its input once and keeps one tally per channel.</para>
/// </remarks>
public sealed partial class PeriodEngagementRateCalculator : IKpiCalculator
{
    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The variant; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <exception cref="ArgumentNullException">The composition is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The audience basis or the source is not a defined value.</exception>
    public PeriodEngagementRateCalculator(PeriodEngagementRateOptions? options = null, ReportingCalendar? calendar = null)
    {
        options ??= PeriodEngagementRateOptions.Defaults;
        Composition = options.Composition ?? throw new ArgumentNullException(
            nameof(PeriodEngagementRateOptions.Composition), "PeriodEngagementRateOptions.Composition must not be null.");
        AudienceBasis = Preconditions.Defined(options.Audience, $"{nameof(PeriodEngagementRateOptions)}.{nameof(PeriodEngagementRateOptions.Audience)}");
        Source = Preconditions.Defined(options.Source, $"{nameof(PeriodEngagementRateOptions)}.{nameof(PeriodEngagementRateOptions.Source)}");
        Calendar = calendar ?? ReportingCalendar.Utc;
    }

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.EngagementRateByAudience;

    /// <summary>Gets which counters of a post count as engagements.</summary>
    public EngagementComposition Composition { get; }

    /// <summary>Gets which audience the engagements are divided by.</summary>
    public AudienceBasis AudienceBasis { get; }

    /// <summary>Gets where <see cref="Calculate(ActivityData, ReportingPeriod, Channel?)"/> takes the engagements from.</summary>
    public EngagementSource Source { get; }

    /// <summary>Gets the reporting calendar that assigns posts to periods and says where each day ends.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Gets the formula in words for <see cref="Source"/>, as shown in <see cref="KpiResult.Method"/>.</summary>
    public string Method => MethodFor(Source);

    /// <summary>Computes the rate of the posts published in a period (the cohort model), over every channel or one.</summary>
    /// <param name="posts">The posts, in any order; those published outside the period are ignored.</param>
    /// <param name="period">The period, of any cadence, custom ones included.</param>
    /// <param name="audience">The audience snapshots.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result; <see cref="KpiUnavailableReason.NoData"/> when no post was published in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/>, <paramref name="period"/> or <paramref name="audience"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="posts"/> holds a null post, or <paramref name="channel"/> is the empty channel.</exception>
    public KpiResult Calculate(IEnumerable<SocialPost> posts, ReportingPeriod period, AudienceHistory audience, Channel? channel = null)
    {
        Preconditions.NotNull(audience);
        return Combine(TallyPosts(posts, period, channel), audience, period, channel, MethodFor(EngagementSource.PublishedPosts));
    }

    /// <summary>Computes the rate of the activity reported for the days of a period, over every channel or one.</summary>
    /// <param name="rows">The activity rows, in any order; those outside the period are ignored.</param>
    /// <param name="period">The period, of any cadence, custom ones included.</param>
    /// <param name="audience">The audience snapshots.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result; <see cref="KpiUnavailableReason.NoData"/> when no row touches the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="period"/> or <paramref name="audience"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds a null row, or <paramref name="channel"/> is the empty channel.</exception>
    public KpiResult Calculate(IEnumerable<ChannelActivity> rows, ReportingPeriod period, AudienceHistory audience, Channel? channel = null)
    {
        Preconditions.NotNull(audience);
        return Combine(TallyRows(rows, period, channel), audience, period, channel, MethodFor(EngagementSource.AccountActivity));
    }

    /// <summary>Computes the rate of the posts published in a period for each channel that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="audience">The audience snapshots.</param>
    /// <returns>One result per channel, ordered by name, each over the channel's own audience.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/>, <paramref name="period"/> or <paramref name="audience"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="posts"/> holds a null post.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<SocialPost> posts, ReportingPeriod period, AudienceHistory audience)
    {
        Preconditions.NotNull(audience);
        return PerChannel(TallyPosts(posts, period, null), audience, period, MethodFor(EngagementSource.PublishedPosts));
    }

    /// <summary>Computes the rate of the activity of a period for each channel with a row touching it.</summary>
    /// <param name="rows">The activity rows, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="audience">The audience snapshots.</param>
    /// <returns>One result per channel, ordered by name, each over the channel's own audience.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/>, <paramref name="period"/> or <paramref name="audience"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rows"/> holds a null row.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<ChannelActivity> rows, ReportingPeriod period, AudienceHistory audience)
    {
        Preconditions.NotNull(audience);
        return PerChannel(TallyRows(rows, period, null), audience, period, MethodFor(EngagementSource.AccountActivity));
    }

    /// <inheritdoc />
    /// <remarks>Reads the posts or the activity rows of <paramref name="data"/>, as <see cref="Source"/> says.</remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(data);
        return Source == EngagementSource.PublishedPosts
            ? Calculate(data.ReadPosts(), period, data.Audience, channel)
            : Calculate(data.ChannelActivity, period, data.Audience, channel);
    }

    /// <summary>Computes the rate of each channel with records in a period, from the source the options name.</summary>
    /// <param name="data">The activity data.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per channel, ordered by name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(ActivityData data, ReportingPeriod period)
    {
        Preconditions.NotNull(data);
        return Source == EngagementSource.PublishedPosts
            ? CalculateByChannel(data.ReadPosts(), period, data.Audience)
            : CalculateByChannel(data.ChannelActivity, period, data.Audience);
    }

    private string MethodFor(EngagementSource source)
    {
        var engagements = source == EngagementSource.PublishedPosts
            ? $"engagements of the posts published in the period ({Composition})"
            : "engagements reported for the days of the period (account activity)";
        var audience = AudienceBasis == AudienceBasis.AtPeriodEnd
            ? "followers at the end of the period"
            : "mean of the followers at the end of each day of the period";
        return $"{engagements} / {audience}";
    }

    private SortedDictionary<Channel, Tally> TallyPosts(IEnumerable<SocialPost> posts, ReportingPeriod period, Channel? channel)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        var tallies = new SortedDictionary<Channel, Tally>();
        foreach (var post in posts)
        {
            Preconditions.Item(post, nameof(posts));
            if (!interval.Contains(post.PublishedAt) || (channel is { } only && post.Channel != only))
            {
                continue;
            }

            var tally = TallyOf(tallies, post.Channel);
            if (Engagements(post) is { } engagements)
            {
                tally.Add(engagements);
            }
            else
            {
                tally.Skipped++;
            }
        }

        return tallies;
    }

    private static SortedDictionary<Channel, Tally> TallyRows(IEnumerable<ChannelActivity> rows, ReportingPeriod period, Channel? channel)
    {
        Preconditions.NotNull(rows);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var tallies = new SortedDictionary<Channel, Tally>();
        foreach (var row in rows)
        {
            Preconditions.Item(row, nameof(rows));
            var placement = ActivityRows.Place(row, period);
            if (placement == RowPlacement.Outside || (channel is { } only && row.Channel != only))
            {
                continue;
            }

            var tally = TallyOf(tallies, row.Channel);
            if (placement == RowPlacement.Inside && row.Engagements is { } engagements)
            {
                tally.Add(engagements);
            }
            else
            {
                tally.Skipped++;
            }
        }

        return tallies;
    }

    /// <summary>The post's engagements in the composition, or null when the post misses one of them: not reported is not 0.</summary>
    private Int128? Engagements(SocialPost post) => Composition.EngagementsOf(post);

    private KpiResult Combine(IEnumerable<KeyValuePair<Channel, Tally>> tallies, AudienceHistory audience, ReportingPeriod period, Channel? channel, string method)
    {
        Int128 engagements = 0;
        double followers = 0;
        long used = 0, skipped = 0;
        foreach (var (c, tally) in tallies)
        {
            // A channel whose engagements are all unknown, or whose audience is, adds nothing to either side.
            if (tally.Used == 0 || AudienceOf(audience, c, period) is not { } size)
            {
                skipped += tally.Used + tally.Skipped;
                continue;
            }

            engagements += tally.Engagements;
            followers += size;
            used += tally.Used;
            skipped += tally.Skipped;
        }

        var key = Indicator.Key;
        var unit = Indicator.Unit;
        if (used == 0)
        {
            var reason = skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData;
            return KpiResult.Unavailable(key, unit, period, channel, reason, new KpiInputs(null, null, 0, skipped), method);
        }

        var inputs = new KpiInputs((double)engagements, followers, used, skipped);
        return followers == 0
            ? KpiResult.Unavailable(key, unit, period, channel, KpiUnavailableReason.ZeroDenominator, inputs, method)
            : KpiResult.Available(key, unit, period, channel, (double)engagements / followers, inputs, method);
    }

    private IReadOnlyList<KpiResult> PerChannel(SortedDictionary<Channel, Tally> tallies, AudienceHistory audience, ReportingPeriod period, string method) =>
        tallies.Select(pair => Combine([pair], audience, period, pair.Key, method)).ToList().AsReadOnly();

    /// <summary>The audience of one channel for the period, as the basis says; null when no snapshot gives it.</summary>
    private double? AudienceOf(AudienceHistory audience, Channel channel, ReportingPeriod period)
    {
        if (AudienceBasis == AudienceBasis.AtPeriodEnd)
        {
            // The end is exclusive: a snapshot taken exactly then is the count at the end of the period's last day.
            return audience.AtOrBefore(channel, Calendar.ToInterval(period).End)?.Followers;
        }

        Int128 sum = 0;
        var days = 0;
        for (var day = period.Start; day <= period.End; day = day.PlusDays(1))
        {
            // The calendar says where each day ends, so a 23- or 25-hour day around a clock change reads the right snapshot.
            if (audience.AtOrBefore(channel, Calendar.ToInterval(ReportingPeriod.Day(day)).End) is { } snapshot)
            {
                sum += snapshot.Followers;
                days++;
            }
        }

        return days > 0 ? (double)sum / days : null;
    }

    private static Tally TallyOf(SortedDictionary<Channel, Tally> tallies, Channel channel)
    {
        if (!tallies.TryGetValue(channel, out var tally))
        {
            tally = new Tally();
            tallies.Add(channel, tally);
        }

        return tally;
    }

    /// <summary>The engagements of one channel's records in the period, and how many were used or skipped.</summary>
    private sealed class Tally
    {
        public Int128 Engagements { get; private set; }

        public long Used { get; private set; }

        public long Skipped { get; set; }

        public void Add(Int128 engagements)
        {
            Engagements += engagements;
            Used++;
        }
    }
}
