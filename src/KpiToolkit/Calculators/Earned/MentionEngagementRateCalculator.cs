using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The options of the engagement rate on mentions.</summary>
public sealed class MentionEngagementRateOptions
{
    /// <summary>Gets or sets how the mentions of a group are combined.</summary>
    /// <value><see cref="Calculators.Aggregation.RatioOfSums"/>.</value>
    public Aggregation Aggregation { get; set; } = Aggregation.RatioOfSums;

    /// <summary>Gets or sets the subject whose mentions count; null counts every subject.</summary>
    /// <value><see cref="Subject.Company"/>.</value>
    public Subject? Subject { get; set; } = Activity.Subject.Company;

    internal static MentionEngagementRateOptions Defaults { get; } = new();
}

/// <summary>
/// Engagement rate on mentions: (reactions + comments + shares) of each mention over its potential reach,
/// combined as the options say, like the owned-media engagement rate by followers.
/// </summary>
/// <remarks>
/// A mention missing a counter or its potential reach is skipped and counted as missing. One with a potential
/// reach of 0 still adds its interactions to a ratio of sums; a mean of ratios or a median skips it and counts
/// it as a zero denominator.
/// </remarks>
public sealed partial class MentionEngagementRateCalculator : IKpiCalculator, IMentionPass
{
    private readonly string _method;

    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The aggregation and subject; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The aggregation is undefined.</exception>
    public MentionEngagementRateCalculator(MentionEngagementRateOptions? options = null, ReportingCalendar? calendar = null)
    {
        options ??= MentionEngagementRateOptions.Defaults;
        Aggregation = Preconditions.Defined(options.Aggregation, $"{nameof(MentionEngagementRateOptions)}.{nameof(options.Aggregation)}");
        Subject = options.Subject;
        Calendar = calendar ?? ReportingCalendar.Utc;
        _method = $"{PostRatioMethod.Describe("(reactions + comments + shares)", PostDenominator.Reach, Aggregation, FollowerSnapshot.AtPublication).Replace("/ reach", "/ potential reach", StringComparison.Ordinal)}";
    }

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.MentionEngagementRate;

    /// <summary>Gets how the mentions of a group are combined.</summary>
    public Aggregation Aggregation { get; }

    /// <summary>Gets the subject whose mentions count, or null for every subject.</summary>
    public Subject? Subject { get; }

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Computes the rate over the mentions published in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result.</returns>
    public KpiResult Calculate(IEnumerable<Mention> mentions, ReportingPeriod period, Channel? channel = null) =>
        ToResult(Accumulate(mentions, period, channel), period, channel);

    /// <summary>Computes the rate for each period of <paramref name="cadence"/> that holds mentions.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>One result per period, in time order.</returns>
    public IReadOnlyList<KpiResult> CalculateByPeriod(IEnumerable<Mention> mentions, Cadence cadence) =>
        ToResults(AccumulateByPeriod(mentions, cadence));

    /// <summary>
    /// Reads mentions into one accumulator per period of <paramref name="cadence"/>, all channels together, so parts
    /// read separately can be merged with <see cref="GroupedAccumulators{TAccumulator}.Merge"/> (or
    /// <see cref="Partitions.Accumulate"/>) and turned into results with <see cref="ToResults"/>.
    /// </summary>
    /// <param name="mentions">The mentions, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The accumulators of the periods that hold mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>, or <paramref name="mentions"/> holds a null mention.</exception>
    public GroupedAccumulators<RatioAccumulator> AccumulateByPeriod(IEnumerable<Mention> mentions, Cadence cadence)
    {
        Preconditions.NotNull(mentions);
        var reader = new GroupReader(this, new RecordGrouper<RatioAccumulator>(PeriodAssignment.ByCadence(cadence, Calendar), byChannel: false, (_, _) => new RatioAccumulator(Aggregation)));
        Records.ForEach(mentions, ref reader, nameof(mentions));
        return GroupedAccumulators<RatioAccumulator>.FromGroups(byChannel: false, reader.Grouper.Groups());
    }

    private readonly record struct GroupReader(MentionEngagementRateCalculator Calculator, RecordGrouper<RatioAccumulator> Grouper) : IRecordVisitor<Mention>
    {
        public void Visit(Mention record) => Calculator.Add(Grouper.StateFor(record.PublishedAt, default)!, record);
    }

    /// <summary>Turns grouped accumulators, such as a merge of partial ones, into one result per group.</summary>
    /// <param name="accumulators">The accumulators.</param>
    /// <returns>One result per group, in time order, then by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="accumulators"/> is null.</exception>
    /// <exception cref="ArgumentException">An accumulator uses another aggregation than this calculator.</exception>
    public IReadOnlyList<KpiResult> ToResults(GroupedAccumulators<RatioAccumulator> accumulators) =>
        Preconditions.NotNull(accumulators).Select(group => ToResult(group.Accumulator, group.Period, group.Channel)).ToList().AsReadOnly();

    /// <summary>Reads the mentions of one period into an accumulator, to merge with others computed separately.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The accumulator.</returns>
    public RatioAccumulator Accumulate(IEnumerable<Mention> mentions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(mentions);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        Preconditions.OptionalChannel(channel);
        var accumulator = new RatioAccumulator(Aggregation);
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            if (interval.Contains(mention.PublishedAt) && (channel is null || mention.Channel == channel))
            {
                Add(accumulator, mention);
            }
        }

        return accumulator;
    }

    /// <summary>Turns an accumulator into a result.</summary>
    /// <param name="accumulator">The accumulator.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="channel">The channel it covers, or null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The accumulator uses another aggregation.</exception>
    public KpiResult ToResult(RatioAccumulator accumulator, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(accumulator);
        Preconditions.OptionalChannel(channel);
        Preconditions.Check(accumulator.Aggregation == Aggregation, $"The accumulator combines by {accumulator.Aggregation}, but this calculator by {Aggregation}.", nameof(accumulator));
        return accumulator.ToResult(Indicator, period, channel, _method);
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Preconditions.NotNull(data).HasMentionColumns ? Calculate(data.MentionColumns, period, channel) : Calculate(data.ReadMentions(), period, channel);

    /// <inheritdoc />
    /// <remarks>Reads the mentions once for all the periods.</remarks>
    public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
        SharedPass.CalculateMany(this, Calendar, data, periods, channel);

    /// <inheritdoc />
    PassReader<Mention> IMentionPass.Begin(ActivityData data, PeriodLookup lookup, Channel? channel) => new Reader(this, lookup, channel);

    private void Add(RatioAccumulator accumulator, Mention mention)
    {
        if (Subject is { } subject && mention.Subject != subject)
        {
            return;
        }

        if (mention is not { InteractionSum: { } interactions, PotentialReach: { } reach })
        {
            accumulator.SkipMissingCounter();
        }
        else
        {
            accumulator.Add(interactions, reach);
        }
    }

    private sealed class Reader(MentionEngagementRateCalculator calculator, PeriodLookup lookup, Channel? channel)
        : PassReader<Mention>, IColumnStepReader<MentionColumns>
    {
        private readonly RatioAccumulator[] _accumulators = [.. lookup.Periods.Select(_ => new RatioAccumulator(calculator.Aggregation))];
        private readonly PeriodRatioSums? _sums = calculator.Aggregation == Aggregation.RatioOfSums ? new PeriodRatioSums(lookup.Periods.Count) : null;
        private MentionColumns? _columns;
        private MentionFilter _filter;

        [MethodImpl(HotLoop.Options)]
        public void AddStep(MentionColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            if (!ReferenceEquals(_columns, columns))
            {
                (_columns, _filter) = (columns, new MentionFilter(columns, calculator.Subject, null));
            }

            if (_sums is not null)
            {
                AddSums(_sums, columns, rows, periods);
                return;
            }

            var subjects = columns.SubjectIds;
            for (var k = 0; k < rows.Length; k++)
            {
                if (_filter.KeepsSubject(subjects[rows[k]]))
                {
                    Add(_accumulators[periods[k]], columns, rows[k]);
                }
            }
        }

        // As for a row: all three interactions and the potential reach reported, or the mention is skipped and counted.
        private static void Add(RatioAccumulator accumulator, MentionColumns columns, int row)
        {
            if (columns.Reactions[row] is { } reactions && columns.Comments[row] is { } comments && columns.Shares[row] is { } shares
                && columns.PotentialReach[row] is { } reach)
            {
                accumulator.Add((Int128)reactions + comments + shares, reach);
            }
            else
            {
                accumulator.SkipMissingCounter();
            }
        }

        /// <summary>A ratio of sums: the same rule as <see cref="Add(RatioAccumulator, MentionColumns, int)"/>, into plain sums, the columns' spans taken once per step.</summary>
        [MethodImpl(HotLoop.Options)]
        private void AddSums(PeriodRatioSums sums, MentionColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            var subjects = columns.SubjectIds;
            var (reactions, comments, shares, reach) = (columns.Reactions, columns.Comments, columns.Shares, columns.PotentialReach);
            ReadOnlySpan<long> r = reactions.Values, c = comments.Values, s = shares.Values, p = reach.Values;
            ReadOnlySpan<ulong> vr = reactions.Validity, vc = comments.Validity, vs = shares.Validity, vp = reach.Validity;
            for (var k = 0; k < rows.Length; k++)
            {
                var row = rows[k];
                if (!_filter.KeepsSubject(subjects[row]))
                {
                    continue;
                }

                var reported = (vr.IsEmpty || CountColumn.IsSet(vr, row)) && (vc.IsEmpty || CountColumn.IsSet(vc, row))
                    && (vs.IsEmpty || CountColumn.IsSet(vs, row)) && (vp.IsEmpty || CountColumn.IsSet(vp, row));
                if (reported)
                {
                    sums.Add(periods[k], (Int128)r[row] + c[row] + s[row], p[row]);
                }
                else
                {
                    sums.SkipMissingCounter(periods[k]);
                }
            }
        }

        public override void Add(Mention record, ReadOnlySpan<int> periods)
        {
            foreach (var index in periods)
            {
                calculator.Add(_accumulators[index], record);
            }
        }

        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords) =>
            [.. lookup.Periods.Select((period, i) => calculator.ToResult(_sums?.With(_accumulators[i], i) ?? _accumulators[i], period, channel))];
    }
}
