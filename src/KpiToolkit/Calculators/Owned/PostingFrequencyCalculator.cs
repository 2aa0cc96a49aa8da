using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The unit posting frequency is expressed in.</summary>
public enum FrequencyUnit
{
    /// <summary>Posts per day.</summary>
    Day,

    /// <summary>Posts per seven days.</summary>
    Week,

    /// <summary>Posts per mean Gregorian month of 30.436875 days, so short and long months compare fairly.</summary>
    Month,
}

/// <summary>The options of the posting frequency.</summary>
public sealed class PostingFrequencyOptions
{
    /// <summary>Gets or sets the unit of the result.</summary>
    /// <value><see cref="FrequencyUnit.Week"/>.</value>
    public FrequencyUnit Unit { get; set; } = FrequencyUnit.Week;

    internal static PostingFrequencyOptions Defaults { get; } = new();
}

/// <summary>
/// Posting frequency: the posts published in a period divided by the length of the period in days,
/// weeks or months. Twelve posts in March (31 days) are 12 × 7 / 31 ≈ 2.71 posts a week.
/// </summary>
/// <remarks>
/// A period without posts gives 0 when the input holds posts elsewhere, and
/// <see cref="KpiUnavailableReason.NoData"/> when the input holds no post at all, so an empty export is
/// never reported as a quiet period. Every post counts, organic or paid, whatever its format.
/// </remarks>
public sealed partial class PostingFrequencyCalculator : IKpiCalculator, IPostPass
{
    private const double DaysPerMonth = 365.2425 / 12;
    private readonly double _daysPerUnit;
    private readonly string _method;

    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The unit; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The unit is undefined.</exception>
    public PostingFrequencyCalculator(PostingFrequencyOptions? options = null, ReportingCalendar? calendar = null)
    {
        Unit = Preconditions.Defined((options ?? PostingFrequencyOptions.Defaults).Unit, $"{nameof(PostingFrequencyOptions)}.{nameof(PostingFrequencyOptions.Unit)}");
        Calendar = calendar ?? ReportingCalendar.Utc;
        _daysPerUnit = Unit switch
        {
            FrequencyUnit.Day => 1,
            FrequencyUnit.Week => 7,
            _ => DaysPerMonth,
        };
        _method = $"posts / {Unit.ToString().ToLowerInvariant()}s in the period";
    }

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.PostingFrequency;

    /// <summary>Gets the unit of the results.</summary>
    public FrequencyUnit Unit { get; }

    /// <summary>Gets the reporting calendar that assigns posts to periods.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Computes the frequency over every post published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(IEnumerable<SocialPost> posts, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        var seen = false;
        long count = 0;
        foreach (var post in Preconditions.NotNull(posts))
        {
            Preconditions.Check(post is not null, "posts must not contain null.", nameof(posts));
            if (channel is null || post.Channel == channel.Value)
            {
                seen = true;
                count += interval.Contains(post.PublishedAt) ? 1 : 0;
            }
        }

        return seen ? ToResult(count, period, channel) : NoData(period, channel);
    }

    /// <summary>Computes the frequency of each channel that published in <paramref name="period"/>.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>One result per channel, ordered by channel name.</returns>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<SocialPost> posts, ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        return ToResults(Accumulate(posts, PeriodAssignment.Fixed(period, Calendar), byChannel: true));
    }

    /// <summary>Computes the frequency for each period of <paramref name="cadence"/> that holds posts.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>One result per period, in time order.</returns>
    public IReadOnlyList<KpiResult> CalculateByPeriod(IEnumerable<SocialPost> posts, Cadence cadence) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: false));

    /// <summary>Computes the frequency for each period of <paramref name="cadence"/> and each channel that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>One result per period and channel.</returns>
    public IReadOnlyList<KpiResult> CalculateByPeriodAndChannel(IEnumerable<SocialPost> posts, Cadence cadence) =>
        ToResults(AccumulateByPeriod(posts, cadence, byChannel: true));

    /// <summary>
    /// Counts posts per period of <paramref name="cadence"/> (and per channel when asked) without computing the
    /// frequencies, so counts of parts of the posts read separately can be merged with
    /// <see cref="GroupedAccumulators{TAccumulator}.Merge"/> (or <see cref="Partitions.Accumulate"/>) and turned
    /// into the results of one pass with <see cref="ToResults"/>.
    /// </summary>
    /// <param name="posts">The posts, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="byChannel">Whether each channel gets its own groups.</param>
    /// <returns>The counts of the periods (and channels) that hold posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>, or <paramref name="posts"/> holds a null post.</exception>
    public GroupedAccumulators<CountAccumulator> AccumulateByPeriod(IEnumerable<SocialPost> posts, Cadence cadence, bool byChannel = false) =>
        Accumulate(posts, PeriodAssignment.ByCadence(cadence, Calendar), byChannel);

    /// <summary>Turns grouped counts, such as a merge of partial ones, into one frequency per group.</summary>
    /// <param name="counts">The counts of posts per period (and channel).</param>
    /// <returns>One result per group, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="counts"/> is null.</exception>
    public IReadOnlyList<KpiResult> ToResults(GroupedAccumulators<CountAccumulator> counts) =>
        Preconditions.NotNull(counts).Select(group => ToResult(group.Accumulator.Count, group.Period, group.Channel)).ToList().AsReadOnly();

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Preconditions.NotNull(data).HasPostColumns ? Calculate(data.PostColumns, period, channel) : Calculate(data.ReadPosts(), period, channel);

    /// <inheritdoc />
    /// <remarks>Reads the posts once for all the periods.</remarks>
    public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
        SharedPass.CalculateMany(this, Calendar, data, periods, channel);

    /// <inheritdoc />
    PassReader<SocialPost> IPostPass.Begin(ActivityData data, PeriodLookup lookup, Channel? channel) => new Reader(this, lookup, channel);

    private static GroupedAccumulators<CountAccumulator> Accumulate(IEnumerable<SocialPost> posts, PeriodAssignment assignment, bool byChannel)
    {
        Preconditions.NotNull(posts);
        var counter = new Counter(new RecordGrouper<CountAccumulator>(assignment, byChannel, (_, _) => new CountAccumulator()));
        Records.ForEach(posts, ref counter, nameof(posts));
        return GroupedAccumulators<CountAccumulator>.FromGroups(byChannel, counter.Grouper.Groups());
    }

    private readonly record struct Counter(RecordGrouper<CountAccumulator> Grouper) : IRecordVisitor<SocialPost>
    {
        public void Visit(SocialPost record) => Grouper.StateFor(record.PublishedAt, record.Channel)?.Increment();
    }

    private KpiResult ToResult(long count, ReportingPeriod period, Channel? channel)
    {
        var units = period.LengthInDays / _daysPerUnit;
        return KpiResult.Available(
            Indicator.Key, Indicator.Unit, period, channel, count / units, new KpiInputs(count, units, count), _method);
    }

    private KpiResult NoData(ReportingPeriod period, Channel? channel) =>
        KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), _method);

    private sealed class Reader(PostingFrequencyCalculator calculator, PeriodLookup lookup, Channel? channel) : PassReader<SocialPost>, IColumnStepReader<PostColumns>
    {
        private readonly long[] _counts = new long[lookup.Periods.Count];

        [MethodImpl(HotLoop.Options)]
        public void AddStep(PostColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            foreach (var index in periods)
            {
                _counts[index]++;
            }
        }

        public override void Add(SocialPost record, ReadOnlySpan<int> periods)
        {
            foreach (var index in periods)
            {
                _counts[index]++;
            }
        }

        // As in Calculate: any post of the scope, in a period or not, makes a period without posts a real 0.
        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords) =>
            [.. lookup.Periods.Select((period, i) => scopeHasRecords ? calculator.ToResult(_counts[i], period, channel) : calculator.NoData(period, channel))];
    }
}
