using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The columnar path of <see cref="PostRatioCalculator"/>: the same results as over rows, read from <see cref="PostColumns"/>.</summary>
public abstract partial class PostRatioCalculator
{
    /// <summary>Computes the indicator over every post of the columns published in <paramref name="period"/>, all channels together.</summary>
    /// <param name="posts">The posts, in any order; those outside the period are ignored.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>The same result as <see cref="Calculate(IEnumerable{SocialPost}, ReportingPeriod, AudienceHistory?)"/> over the same posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(PostColumns posts, ReportingPeriod period, AudienceHistory? audience = null) =>
        ToResult(Accumulate(posts, period, audience), period);

    /// <summary>Computes the indicator for each channel of the columns that published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per channel, ordered by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(PostColumns posts, ReportingPeriod period, AudienceHistory? audience = null)
    {
        Preconditions.NotNull(period);
        return ToResults(Accumulate(posts, audience, PeriodAssignment.Fixed(period, Calendar), byChannel: true, only: null));
    }

    /// <summary>Computes the indicator for each period of <paramref name="cadence"/> in which the columns hold posts, all channels together.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per period, in time order.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriod(PostColumns posts, Cadence cadence, AudienceHistory? audience = null) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: false, audience));

    /// <summary>Computes the indicator for each period of <paramref name="cadence"/> and each channel of the columns that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>One result per period and channel, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<KpiResult> CalculateByPeriodAndChannel(PostColumns posts, Cadence cadence, AudienceHistory? audience = null) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: true, audience));

    /// <summary>Reads the columns into one accumulator per period of <paramref name="cadence"/> (and per channel when asked), to merge with others.</summary>
    /// <param name="posts">The posts, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="byChannel">Whether each channel gets its own groups.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <returns>The accumulators of the periods (and channels) that hold posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public GroupedAccumulators<RatioAccumulator> AccumulateByPeriod(PostColumns posts, Cadence cadence, bool byChannel = false, AudienceHistory? audience = null) =>
        Accumulate(posts, audience, PeriodAssignment.ByCadence(cadence, Calendar), byChannel, only: null);

    /// <summary>Reads the posts of the columns published in one period (and optionally one channel) into an accumulator.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="audience">The audience snapshots, needed for a follower denominator.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The accumulator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public RatioAccumulator Accumulate(PostColumns posts, ReportingPeriod period, AudienceHistory? audience = null, Channel? channel = null)
    {
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var groups = Accumulate(posts, audience, PeriodAssignment.Fixed(period, Calendar), byChannel: false, only: channel);
        return groups.TryGet(period, null, out var accumulator) ? accumulator : new RatioAccumulator(Aggregation);
    }

    /// <summary>The periods of one cadence in one pass over the columns, each custom period in a pass of its own.</summary>
    private IReadOnlyList<KpiResult> CalculateManyOverColumns(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(periods);
        Preconditions.OptionalChannel(channel);
        var byCadence = new Dictionary<Cadence, GroupedAccumulators<RatioAccumulator>>();
        var results = new KpiResult[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            var period = Preconditions.Item(periods[i], i, nameof(periods));
            // A custom period, or one the calendar does not cut that way (an ISO week in a calendar of Sunday weeks), is read alone.
            if (period.Cadence == Cadence.Custom || !Calendar.PeriodContaining(Calendar.ToInterval(period).Start, period.Cadence).Equals(period))
            {
                results[i] = ToResult(Accumulate(data.PostColumns, period, data.Audience, channel), period, channel);
                continue;
            }

            if (!byCadence.TryGetValue(period.Cadence, out var groups))
            {
                groups = byCadence[period.Cadence] = Accumulate(
                    data.PostColumns, data.Audience, PeriodAssignment.ByCadence(period.Cadence, Calendar), byChannel: false, only: channel);
            }

            var accumulator = groups.TryGet(period, null, out var found) ? found : new RatioAccumulator(Aggregation);
            results[i] = ToResult(accumulator, period, channel);
        }

        return results;
    }

    private GroupedAccumulators<RatioAccumulator> Accumulate(PostColumns posts, AudienceHistory? audience, PeriodAssignment assignment, bool byChannel, Channel? only)
    {
        Preconditions.NotNull(posts);
        audience ??= AudienceHistory.Empty;
        if (_numeratorFigure is not null)
        {
            // The platform's own figures are kept on rows only: read the columns as rows, with the same rules.
            var rows = only is { } kept ? posts.ToPosts().Where(post => post.Channel == kept) : posts.ToPosts();
            return Accumulate(rows, audience, assignment, byChannel);
        }

        return KeepsPlainSums
            ? SumPass(posts, assignment, byChannel, only)
            : RecordPass(posts, audience, assignment, byChannel, only);
    }

    /// <summary>Any other aggregation or a follower denominator: each post measured alone, as over rows, without a row object.</summary>
    private GroupedAccumulators<RatioAccumulator> RecordPass(PostColumns posts, AudienceHistory audience, PeriodAssignment assignment, bool byChannel, Channel? only)
    {
        var groups = new ColumnGroups<RatioAccumulator?>(assignment, posts.Channels, byChannel, only);
        var (_, numerator, denominator, _) = ColumnsOf(posts);
        var ticks = posts.PublishedAtTicks;
        var channels = posts.ChannelIds;
        for (var i = 0; i < posts.Count; i++)
        {
            var group = groups.GroupOf(ticks[i], channels[i]);
            if (group == 0)
            {
                continue;
            }

            var accumulator = groups.States[group] ??= new RatioAccumulator(Aggregation);
            if (MeasureColumns(posts, i, numerator, denominator, audience, groups.EndOf(group), out var sum, out var divisor))
            {
                accumulator.Add(sum, divisor);
            }
            else
            {
                accumulator.SkipMissingCounter();
            }
        }

        var states = groups.States;
        return GroupedAccumulators<RatioAccumulator>.FromGroups(
            byChannel, groups.Groups(static state => state is not null).Select(group => (group.Period, group.Channel, states[group.Group]!)));
    }

    private bool MeasureColumns(
        PostColumns posts, int row, CountColumn[] numerator, CountColumn? denominator, AudienceHistory audience, Instant periodEnd, out Int128 sum, out Int128 divisor)
    {
        sum = 0;
        divisor = 0;
        foreach (var column in numerator)
        {
            if (!column.IsReported(row))
            {
                return false;
            }

            sum += column.Values[row];
        }

        if (denominator is { } reported)
        {
            if (!reported.IsReported(row))
            {
                return false;
            }

            divisor = reported.Values[row];
            return true;
        }

        if (Denominator == PostDenominator.Post)
        {
            divisor = 1;
            return true;
        }

        var channel = posts.Channels[posts.ChannelIds[row]];
        var at = FollowerSnapshot == FollowerSnapshot.AtPublication ? posts.PublishedAt(row) : periodEnd;
        if (audience.AtOrBefore(channel, at) is { } snapshot)
        {
            divisor = snapshot.Followers;
            return true;
        }

        return false;
    }

}
