using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>How regularly posts were published in a period, for every channel or one.</summary>
/// <remarks>Gaps are the durations between consecutive posts of the period; the time before the first and after the last post is not a gap.</remarks>
public sealed record PostingRegularity
{
    /// <summary>Gets the period.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the channel, or null for every channel.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the posts published in the period.</summary>
    public required long PostCount { get; init; }

    /// <summary>Gets the weeks of the calendar that share at least one day with the period.</summary>
    public required int Weeks { get; init; }

    /// <summary>Gets those weeks with at least one post.</summary>
    public required int WeeksWithPosts { get; init; }

    /// <summary>Gets <see cref="WeeksWithPosts"/> / <see cref="Weeks"/> as a result of the <c>posting-regularity</c> indicator.</summary>
    public required KpiResult ActiveWeeksShare { get; init; }

    /// <summary>Gets the mean gap between consecutive posts; null with fewer than two posts.</summary>
    public Duration? MeanGap { get; init; }

    /// <summary>Gets the median gap between consecutive posts; null with fewer than two posts.</summary>
    public Duration? MedianGap { get; init; }

    /// <summary>Gets the longest gap between consecutive posts; null with fewer than two posts.</summary>
    public Duration? LongestGap { get; init; }

    /// <summary>
    /// Gets the coefficient of variation of the gaps (population standard deviation / mean): 0 for a
    /// perfectly even rhythm, higher for bursts and silences. Null with fewer than two gaps or a zero mean.
    /// </summary>
    public double? GapCoefficientOfVariation { get; init; }
}

/// <summary>
/// Posting regularity: the share of weeks with at least one post, and the gaps between posts (mean,
/// median, longest, coefficient of variation).
/// </summary>
/// <remarks>Gaps need the posts in time order, so this calculator keeps the publication instants of the period in memory.</remarks>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed partial class PostingRegularityCalculator(ReportingCalendar? calendar = null) : IKpiCalculator, IPostPass
{
    private const string Method = "weeks with at least one post / weeks of the period";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.PostingRegularity;

    /// <summary>Gets the reporting calendar, which defines the weeks.</summary>
    public ReportingCalendar Calendar { get; } = calendar ?? ReportingCalendar.Utc;

    /// <summary>Analyses the posts of one period.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>
    /// The regularity; with no post in the period the share of weeks is 0 and the gaps are null, and with no
    /// post in the input at all the share has no value (<see cref="KpiUnavailableReason.NoData"/>).
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public PostingRegularity Analyze(IEnumerable<SocialPost> posts, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        var instants = new List<Instant>();
        var inputHasPosts = false;
        foreach (var post in posts)
        {
            Preconditions.Check(post is not null, "posts must not contain null.", nameof(posts));
            inputHasPosts = true;
            if (interval.Contains(post.PublishedAt) && (channel is null || post.Channel == channel.Value))
            {
                instants.Add(post.PublishedAt);
            }
        }

        return Result(instants, inputHasPosts, period, channel);
    }

    private PostingRegularity Result(List<Instant> instants, bool inputHasPosts, ReportingPeriod period, Channel? channel)
    {
        instants.Sort();
        var weeks = Calendar.PeriodsBetween(period.Start, period.End, Cadence.Week);
        var activeWeeks = instants.Select(instant => Calendar.PeriodContaining(instant, Cadence.Week)).Distinct().Count();
        var inputs = new KpiInputs(activeWeeks, weeks.Count, instants.Count);

        // As for posting frequency: an input without any post is missing data, not a silent period.
        var share = inputHasPosts
            ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, (double)activeWeeks / weeks.Count, inputs, Method)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, inputs, Method);
        var gaps = Gaps(instants);
        return new PostingRegularity
        {
            Period = period,
            Channel = channel,
            PostCount = instants.Count,
            Weeks = weeks.Count,
            WeeksWithPosts = activeWeeks,
            ActiveWeeksShare = share,
            MeanGap = gaps.Length > 0 ? Duration.FromNanoseconds(gaps.Average()) : null,
            MedianGap = gaps.Length > 0 ? Duration.FromNanoseconds(Statistics.Median(gaps)) : null,
            LongestGap = gaps.Length > 0 ? Duration.FromNanoseconds(gaps.Max()) : null,
            GapCoefficientOfVariation = CoefficientOfVariation(gaps),
        };
    }

    /// <summary>Analyses the posts of one period for each channel that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>One analysis per channel, ordered by channel name.</returns>
    public IReadOnlyList<PostingRegularity> AnalyzeByChannel(IEnumerable<SocialPost> posts, ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        var list = Preconditions.NotNull(posts) as IReadOnlyCollection<SocialPost> ?? [.. posts];
        var interval = Calendar.ToInterval(period);
        return list
            .Where(post => post is not null && interval.Contains(post.PublishedAt))
            .Select(post => post.Channel)
            .Distinct()
            .Order()
            .Select(channel => Analyze(list, period, channel))
            .ToList()
            .AsReadOnly();
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Preconditions.NotNull(data).HasPostColumns
            ? Analyze(data.PostColumns, period, channel).ActiveWeeksShare
            : Analyze(data.ReadPosts(), period, channel).ActiveWeeksShare;

    /// <inheritdoc />
    /// <remarks>Reads the posts once for all the periods.</remarks>
    public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
        SharedPass.CalculateMany(this, Calendar, data, periods, channel);

    /// <inheritdoc />
    PassReader<SocialPost> IPostPass.Begin(ActivityData data, PeriodLookup lookup, Channel? channel) => new Reader(this, lookup, channel);

    private static double[] Gaps(List<Instant> sorted)
    {
        var gaps = new double[Math.Max(0, sorted.Count - 1)];
        for (var i = 1; i < sorted.Count; i++)
        {
            gaps[i - 1] = (sorted[i] - sorted[i - 1]).TotalNanoseconds;
        }

        return gaps;
    }


    private static double? CoefficientOfVariation(double[] gaps)
    {
        if (gaps.Length < 2)
        {
            return null;
        }

        var mean = gaps.Average();
        if (mean == 0)
        {
            return null;
        }

        var variance = gaps.Sum(gap => (gap - mean) * (gap - mean)) / gaps.Length;
        return Math.Sqrt(variance) / mean;
    }

    // As in Analyze: any post at all, on any channel, makes a period without posts a real 0.
    private sealed class Reader(PostingRegularityCalculator calculator, PeriodLookup lookup, Channel? channel)
        : PassReader<SocialPost>, IColumnStepReader<PostColumns>
    {
        private readonly long[] _posts = new long[lookup.Periods.Count];
        private readonly HashSet<int>[] _activeWeeks = [.. lookup.Periods.Select(_ => new HashSet<int>())];
        private readonly PeriodAssignment _weeks = PeriodAssignment.ByCadence(Cadence.Week, calculator.Calendar);

        public override void Add(SocialPost record, ReadOnlySpan<int> periods)
        {
            foreach (var index in periods)
            {
                _posts[index]++;
                _activeWeeks[index].Add(_weeks.SlotOf(record.PublishedAt));
            }
        }

        [MethodImpl(HotLoop.Options)]
        public void AddStep(PostColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            var ticks = columns.PublishedAtTicks;
            for (var k = 0; k < rows.Length; k++)
            {
                _posts[periods[k]]++;
                _activeWeeks[periods[k]].Add(_weeks.SlotOf(Instant.FromUnixTimeTicks(ticks[rows[k]])));
            }
        }

        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords) => [.. lookup.Periods.Select((period, i) =>
        {
            var indicator = calculator.Indicator;
            var weekCount = calculator.Calendar.PeriodsBetween(period.Start, period.End, Cadence.Week).Count;
            var active = _activeWeeks[i].Count;
            var inputs = new KpiInputs(active, weekCount, _posts[i]);
            return inputHasRecords
                ? KpiResult.Available(indicator.Key, indicator.Unit, period, channel, (double)active / weekCount, inputs, Method)
                : KpiResult.Unavailable(indicator.Key, indicator.Unit, period, channel, KpiUnavailableReason.NoData, inputs, Method);
        })];
    }
}
