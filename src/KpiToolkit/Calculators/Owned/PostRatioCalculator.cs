using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// The shared engine of every indicator that divides counters of a post by a per-post denominator and
/// combines the posts of a group: engagement rate, reach and impression rates, frequency, average reach
/// per post, Kaushik's conversation, amplification and applause rates, virality. Derive from it to define
/// another such ratio.
/// </summary>
/// <remarks>
/// <para>A post belongs to the period holding its publication instant, in the reporting calendar's time
/// zone (the cohort model: a post's lifetime counters count in the period it was published).</para>
/// <para>A post whose counter or follower snapshot is missing is skipped and counted in
/// <see cref="KpiInputs.RecordsSkippedForMissingCounters"/>: a missing counter is never read as 0. A post whose
/// own denominator is 0 still adds to a ratio of sums (a month with no views keeps its likes); a mean of ratios
/// or a median skips it and counts it in <see cref="KpiInputs.RecordsSkippedForZeroDenominator"/>.</para>
/// <para>Each method reads its input once and keeps one accumulator per group. Instances are immutable
/// and thread-safe.</para>
/// </remarks>
public abstract partial class PostRatioCalculator : IKpiCalculator, IPostPass
{
    private readonly PostCounter[] _numerator;
    private readonly int[] _numeratorIds;
    private readonly UInt128 _numeratorMask;
    private readonly string? _numeratorFigure;
    private readonly int _denominatorId;

    /// <summary>Initialises the calculator.</summary>
    /// <param name="indicator">The indicator computed.</param>
    /// <param name="numerator">The counters added up for each post; at least one, no duplicates.</param>
    /// <param name="denominator">What each post's sum is divided by.</param>
    /// <param name="aggregation">How the posts of a group are combined.</param>
    /// <param name="followerSnapshot">Which snapshot gives the followers, when <paramref name="denominator"/> is <see cref="PostDenominator.Followers"/>.</param>
    /// <param name="calendar">The reporting calendar; <see cref="ReportingCalendar.Utc"/> when null.</param>
    /// <exception cref="ArgumentException">An argument is null, empty, duplicated or undefined.</exception>
    protected PostRatioCalculator(
        Indicator indicator,
        IEnumerable<PostCounter> numerator,
        PostDenominator denominator,
        Aggregation aggregation,
        FollowerSnapshot followerSnapshot,
        ReportingCalendar? calendar)
        : this(indicator, CountersOf(numerator), null, denominator, aggregation, followerSnapshot, calendar)
    {
    }

    /// <summary>Initialises the calculator with an engagement composition as the numerator.</summary>
    /// <param name="indicator">The indicator computed.</param>
    /// <param name="numerator">The composition whose counters (or platform figure) make each post's numerator.</param>
    /// <param name="denominator">What each post's sum is divided by.</param>
    /// <param name="aggregation">How the posts of a group are combined.</param>
    /// <param name="followerSnapshot">Which snapshot gives the followers, when <paramref name="denominator"/> is <see cref="PostDenominator.Followers"/>.</param>
    /// <param name="calendar">The reporting calendar; <see cref="ReportingCalendar.Utc"/> when null.</param>
    /// <exception cref="ArgumentException">An argument is null or undefined.</exception>
    protected PostRatioCalculator(
        Indicator indicator,
        EngagementComposition numerator,
        PostDenominator denominator,
        Aggregation aggregation,
        FollowerSnapshot followerSnapshot,
        ReportingCalendar? calendar)
        : this(indicator, [.. Preconditions.NotNull(numerator).Counters], numerator.PlatformFigure, denominator, aggregation, followerSnapshot, calendar)
    {
    }

    private PostRatioCalculator(
        Indicator indicator,
        PostCounter[] numerator,
        string? numeratorFigure,
        PostDenominator denominator,
        Aggregation aggregation,
        FollowerSnapshot followerSnapshot,
        ReportingCalendar? calendar)
    {
        Indicator = Preconditions.NotNull(indicator);
        _numerator = numerator;
        _numeratorFigure = numeratorFigure;
        _numeratorIds = [.. numerator.Select(c => c.Id)];
        foreach (var id in _numeratorIds)
        {
            _numeratorMask |= UInt128.One << id;
        }

        Denominator = Preconditions.Defined(denominator);
        _denominatorId = denominator switch
        {
            PostDenominator.Reach => PostCounter.Reach.Id,
            PostDenominator.Impressions => PostCounter.Impressions.Id,
            PostDenominator.VideoViews => PostCounter.VideoViews.Id,
            PostDenominator.Views => PostCounter.Views.Id,
            _ => -1,
        };
        Aggregation = Preconditions.Defined(aggregation);
        FollowerSnapshot = Preconditions.Defined(followerSnapshot);
        Calendar = calendar ?? ReportingCalendar.Utc;
        var words = numeratorFigure is not null
            ? $"{numeratorFigure} reported by the platform"
            : numerator.Length == 1 ? numerator[0].Words : $"({string.Join(" + ", numerator.Select(c => c.Words))})";
        PerPostFormula = PostRatioMethod.Formula(words, denominator, followerSnapshot);
        Method = PostRatioMethod.Describe(words, denominator, aggregation, followerSnapshot);
    }

    /// <inheritdoc />
    public Indicator Indicator { get; }

    /// <summary>Gets the counters added up for each post; empty when the numerator is a figure the platform reported.</summary>
    public IReadOnlyList<PostCounter> Numerator => Array.AsReadOnly(_numerator);

    /// <summary>Gets what each post's sum is divided by.</summary>
    public PostDenominator Denominator { get; }

    /// <summary>Gets how the posts of a group are combined.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Gets which snapshot gives the followers of a post.</summary>
    public FollowerSnapshot FollowerSnapshot { get; }

    /// <summary>Gets the reporting calendar that assigns posts to periods.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Gets the formula in words, as shown in <see cref="KpiResult.Method"/>.</summary>
    public string Method { get; }

    /// <summary>Gets the formula of one post alone, such as <c>(reactions + comments + shares) / reach</c>.</summary>
    internal string PerPostFormula { get; }

    /// <summary>Computes the indicator over every post published in <paramref name="period"/>, all channels together.</summary>
    /// <param name="posts">The posts, in any order; those outside the period are ignored.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>The result; <see cref="KpiUnavailableReason.NoData"/> when no post was published in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="posts"/> holds a null post.</exception>
    public KpiResult Calculate(IEnumerable<SocialPost> posts, ReportingPeriod period, AudienceHistory? audience = null) =>
        ToResult(Accumulate(posts, period, audience), period);

    /// <summary>Computes the indicator for each channel that published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per channel, ordered by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<SocialPost> posts, ReportingPeriod period, AudienceHistory? audience = null)
    {
        Preconditions.NotNull(period);
        return ToResults(Accumulate(posts, audience, PeriodAssignment.Fixed(period, Calendar), byChannel: true));
    }

    /// <summary>Computes the indicator for each period of <paramref name="cadence"/> in which posts were published, all channels together.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per period, in time order.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriod(IEnumerable<SocialPost> posts, Cadence cadence, AudienceHistory? audience = null) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: false, audience));

    /// <summary>Computes the indicator for each period of <paramref name="cadence"/> and each channel that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per period and channel, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriodAndChannel(IEnumerable<SocialPost> posts, Cadence cadence, AudienceHistory? audience = null) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: true, audience));

    /// <summary>
    /// Reads posts into one accumulator per period of <paramref name="cadence"/> (and per channel when asked)
    /// without computing the values, so parts of the posts read separately, on other threads or machines, can be
    /// merged with <see cref="GroupedAccumulators{TAccumulator}.Merge"/> (or <see cref="Partitions.Accumulate"/>)
    /// and turned into the results of one pass with <see cref="ToResults"/>.
    /// </summary>
    /// <param name="posts">The posts, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="byChannel">Whether each channel gets its own groups.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>The accumulators of the periods (and channels) that hold posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>, or <paramref name="posts"/> holds a null post.</exception>
    public GroupedAccumulators<RatioAccumulator> AccumulateByPeriod(IEnumerable<SocialPost> posts, Cadence cadence, bool byChannel = false, AudienceHistory? audience = null) =>
        Accumulate(posts, audience, PeriodAssignment.ByCadence(cadence, Calendar), byChannel);

    /// <summary>Turns grouped accumulators, such as a merge of partial ones, into one result per group.</summary>
    /// <param name="accumulators">The accumulators.</param>
    /// <returns>One result per group, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accumulators"/> is null.</exception>
    /// <exception cref="ArgumentException">An accumulator uses another aggregation than this calculator.</exception>
    public IReadOnlyList<KpiResult> ToResults(GroupedAccumulators<RatioAccumulator> accumulators) =>
        Preconditions.NotNull(accumulators).Select(group => ToResult(group.Accumulator, group.Period, group.Channel)).ToList().AsReadOnly();

    /// <summary>
    /// Reads the posts of one period (and optionally one channel) into an accumulator without computing the
    /// value, so parts of the data read separately can be combined with <see cref="RatioAccumulator.Merge"/>
    /// and turned into a result with <see cref="ToResult"/>.
    /// </summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public RatioAccumulator Accumulate(IEnumerable<SocialPost> posts, ReportingPeriod period, AudienceHistory? audience = null, Channel? channel = null)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        audience ??= AudienceHistory.Empty;
        var interval = Calendar.ToInterval(period);
        var accumulator = new RatioAccumulator(Aggregation);
        foreach (var post in posts)
        {
            Preconditions.Item(post, nameof(posts));
            if (interval.Contains(post.PublishedAt) && (channel is null || post.Channel == channel.Value))
            {
                Add(accumulator, post, audience, interval.End);
            }
        }

        return accumulator;
    }

    /// <summary>Turns an accumulator into a result for a period and scope.</summary>
    /// <param name="accumulator">The accumulator, such as a merge of partial ones.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="channel">The channel it covers, or null for every channel.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The accumulator uses another aggregation than this calculator.</exception>
    public KpiResult ToResult(RatioAccumulator accumulator, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(accumulator);
        Preconditions.OptionalChannel(channel);
        Preconditions.Check(
            accumulator.Aggregation == Aggregation,
            $"The accumulator combines by {accumulator.Aggregation}, but this calculator by {Aggregation}.",
            nameof(accumulator));
        return accumulator.ToResult(Indicator, period, channel, Method);
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(data);
        return data.HasPostColumns
            ? ToResult(Accumulate(data.PostColumns, period, data.Audience, channel), period, channel)
            : ToResult(Accumulate(data.ReadPosts(), period, data.Audience, channel), period, channel);
    }

    /// <inheritdoc />
    /// <remarks>Reads the posts once for all the periods; posts given as columns, once for each cadence asked.</remarks>
    public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
        Preconditions.NotNull(data).HasPostColumns
            ? CalculateManyOverColumns(data, periods, channel)
            : SharedPass.CalculateMany(this, Calendar, data, periods, channel);

    /// <inheritdoc />
    PassReader<SocialPost> IPostPass.Begin(ActivityData data, PeriodLookup lookup, Channel? channel) => new Reader(this, data.Audience, lookup, channel);

    /// <summary>
    /// Returns the ratio of one post alone (its counters over its own denominator), or null when a counter
    /// is missing or the denominator is 0. Followers come from the snapshot at or before <paramref name="periodEnd"/>
    /// when the calculator uses <see cref="FollowerSnapshot.AtPeriodEnd"/>.
    /// </summary>
    /// <param name="post">The post.</param>
    /// <param name="audience">The audience snapshots.</param>
    /// <param name="periodEnd">The end of the period the post is reported in.</param>
    /// <returns>The ratio, or null.</returns>
    internal double? RatioOf(SocialPost post, AudienceHistory audience, Instant periodEnd) =>
        Measure(post, audience, periodEnd, out var numerator, out var denominator) == Outcome.Used
            ? (double)numerator / (double)denominator
            : null;

    /// <summary>Measures one post alone: its numerator and denominator, when both are reported and the denominator is not 0.</summary>
    /// <param name="post">The post.</param>
    /// <param name="audience">The audience snapshots.</param>
    /// <param name="periodEnd">The end of the period the post is reported in.</param>
    /// <param name="numerator">The post's numerator.</param>
    /// <param name="denominator">The post's denominator, above 0 when the post is measured.</param>
    /// <returns>Whether the post has a ratio.</returns>
    internal bool TryMeasure(SocialPost post, AudienceHistory audience, Instant periodEnd, out Int128 numerator, out Int128 denominator) =>
        Measure(post, audience, periodEnd, out numerator, out denominator) == Outcome.Used;

    private void Add(RatioAccumulator accumulator, SocialPost post, AudienceHistory audience, Instant periodEnd)
    {
        // One rule for every family of ratios: a record with both figures reported is added even when its
        // denominator is 0; the accumulator decides, by its aggregation, whether it can use it.
        if (Measure(post, audience, periodEnd, out var numerator, out var denominator) == Outcome.Missing)
        {
            accumulator.SkipMissingCounter();
        }
        else
        {
            accumulator.Add(numerator, denominator);
        }
    }

    private Outcome Measure(SocialPost post, AudienceHistory audience, Instant periodEnd, out Int128 numerator, out Int128 denominator)
    {
        numerator = 0;
        denominator = 0;
        var counters = post.Counters;
        if (_numeratorFigure is not null)
        {
            if (post.PlatformFigures.TryGet(_numeratorFigure, out var figure) && figure >= 0 && figure == decimal.Truncate(figure))
            {
                numerator = (Int128)figure;
            }
            else
            {
                return Outcome.Missing;
            }
        }
        else
        {
            if (!counters.ReportsAll(_numeratorMask))
            {
                return Outcome.Missing;
            }

            foreach (var id in _numeratorIds)
            {
                counters.TryGet(id, out var value);
                numerator += value;
            }
        }

        long divisor;
        if (_denominatorId >= 0)
        {
            if (!counters.TryGet(_denominatorId, out divisor))
            {
                return Outcome.Missing;
            }
        }
        else if (Denominator == PostDenominator.Post)
        {
            divisor = 1;
        }
        else if (audience.AtOrBefore(post.Channel, FollowerSnapshot == FollowerSnapshot.AtPublication ? post.PublishedAt : periodEnd) is { } snapshot)
        {
            divisor = snapshot.Followers;
        }
        else
        {
            return Outcome.Missing;
        }

        denominator = divisor;
        return divisor == 0 ? Outcome.ZeroDenominator : Outcome.Used;
    }

    private static PostCounter[] CountersOf(IEnumerable<PostCounter> numerator)
    {
        PostCounter[] counters = [.. Preconditions.NotNull(numerator)];
        Preconditions.Check(counters.Length > 0, "numerator must name at least one counter.", nameof(numerator));
        Preconditions.Check(counters.Distinct().Count() == counters.Length, "numerator must not name a counter twice.", nameof(numerator));
        Preconditions.Check(counters.All(c => !c.IsEmpty), "numerator must not hold the empty (default) post counter.", nameof(numerator));
        return counters;
    }

    private GroupedAccumulators<RatioAccumulator> Accumulate(IEnumerable<SocialPost> posts, AudienceHistory? audience, PeriodAssignment assignment, bool byChannel)
    {
        Preconditions.NotNull(posts);
        if (KeepsPlainSums)
        {
            return RowSumPass(posts, assignment, byChannel);
        }

        audience ??= AudienceHistory.Empty;
        var reader = new GroupReader(this, audience, new RecordGrouper<GroupState>(assignment, byChannel, (_, end) => new GroupState(new RatioAccumulator(Aggregation), end)));
        Records.ForEach(posts, ref reader, nameof(posts));
        return GroupedAccumulators<RatioAccumulator>.FromGroups(byChannel, reader.Grouper.Groups().Select(g => (g.Period, g.Channel, g.State.Accumulator)));
    }

    private sealed record GroupState(RatioAccumulator Accumulator, Instant PeriodEnd);

    private readonly record struct GroupReader(PostRatioCalculator Calculator, AudienceHistory Audience, RecordGrouper<GroupState> Grouper) : IRecordVisitor<SocialPost>
    {
        public void Visit(SocialPost record)
        {
            if (Grouper.StateFor(record.PublishedAt, record.Channel) is { } group)
            {
                Calculator.Add(group.Accumulator, record, Audience, group.PeriodEnd);
            }
        }
    }

    private enum Outcome
    {
        Used,
        Missing,
        ZeroDenominator,
    }
}
