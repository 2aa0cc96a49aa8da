using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The options of the mention volume.</summary>
public sealed class MentionVolumeOptions
{
    /// <summary>Gets or sets the subject whose mentions count; null counts every subject.</summary>
    /// <value><see cref="Subject.Company"/>.</value>
    public Subject? Subject { get; set; } = Activity.Subject.Company;

    internal static MentionVolumeOptions Defaults { get; } = new();
}

/// <summary>The number of mentions in one period of a series.</summary>
/// <param name="Period">The period.</param>
/// <param name="Count">The mentions published in it; 0 when none.</param>
public sealed record VolumePoint(ReportingPeriod Period, long Count);

/// <summary>The mentions of a period, in total and split by source type and by subject.</summary>
public sealed record MentionVolume
{
    /// <summary>Gets the period.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the mentions of the chosen subject (every subject when none was chosen).</summary>
    public required long Total { get; init; }

    /// <summary>Gets those mentions split by source type; source types without mentions are absent.</summary>
    public required IReadOnlyDictionary<MentionSourceType, long> BySourceType { get; init; }

    /// <summary>Gets the mentions of every subject of the period, the company and each competitor.</summary>
    public required IReadOnlyDictionary<Subject, long> BySubject { get; init; }
}

/// <summary>
/// Mention volume: how many mentions were published about the company (or another subject) in a period,
/// split by source type and by subject, and as a series with the empty periods included, ready for spike
/// detection.
/// </summary>
/// <remarks>
/// Syndicated copies are separate mentions here; deduplicate them upstream if the monitoring tool does not.
/// A period without mentions of the subject counts 0 when the input holds any mention (of any subject, on
/// any channel, at any date), and is <see cref="KpiUnavailableReason.NoData"/> when the input holds none at
/// all, so an empty export is never read as silence.
/// </remarks>
public sealed partial class MentionVolumeCalculator : IKpiCalculator, IMentionPass
{
    private const string Method = "count of mentions published in the period";
    private readonly bool _countsEverySubject;
    private readonly bool _countsCompany;

    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The subject to count; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    public MentionVolumeCalculator(MentionVolumeOptions? options = null, ReportingCalendar? calendar = null)
    {
        Subject = (options ?? MentionVolumeOptions.Defaults).Subject;
        _countsEverySubject = Subject is null;
        _countsCompany = Subject is { IsCompany: true };
        Calendar = calendar ?? ReportingCalendar.Utc;
    }

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.MentionVolume;

    /// <summary>Gets the subject whose mentions count, or null for every subject.</summary>
    public Subject? Subject { get; }

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Counts the mentions of the subject published in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The count, or <see cref="KpiUnavailableReason.NoData"/> for an input without mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(IEnumerable<Mention> mentions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        var seen = false;
        long count = 0;
        foreach (var mention in Preconditions.NotNull(mentions))
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            seen = true;
            if (IsCounted(mention) && (channel is null || mention.Channel == channel) && interval.Contains(mention.PublishedAt))
            {
                count++;
            }
        }

        return seen
            ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, count, new KpiInputs(count, null, count), Method)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), Method);
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

    /// <summary>Counts the mentions of a period, in total and split by source type and by subject.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <returns>The volume.</returns>
    public MentionVolume Analyze(IEnumerable<Mention> mentions, ReportingPeriod period)
    {
        Preconditions.NotNull(mentions);
        Preconditions.NotNull(period);
        var interval = Calendar.ToInterval(period);
        long total = 0;
        var bySource = new SortedDictionary<MentionSourceType, long>();
        var bySubject = new SortedDictionary<Subject, long>();
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            if (!interval.Contains(mention.PublishedAt))
            {
                continue;
            }

            bySubject[mention.Subject] = bySubject.GetValueOrDefault(mention.Subject) + 1;
            if (IsCounted(mention))
            {
                total++;
                bySource[mention.SourceType] = bySource.GetValueOrDefault(mention.SourceType) + 1;
            }
        }

        return new MentionVolume { Period = period, Total = total, BySourceType = bySource.AsReadOnly(), BySubject = bySubject.AsReadOnly() };
    }

    /// <summary>
    /// Counts the mentions of the subject in every period of <paramref name="cadence"/> from the one holding
    /// <paramref name="start"/> to the one holding <paramref name="end"/>, periods without mentions included.
    /// </summary>
    /// <param name="mentions">The mentions, in any order; those outside the range are ignored.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="start">The first day of the range.</param>
    /// <param name="end">The last day of the range.</param>
    /// <returns>One point per period, in time order, with no gap.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the cadence is custom.</exception>
    public IReadOnlyList<VolumePoint> Series(IEnumerable<Mention> mentions, Cadence cadence, LocalDate start, LocalDate end)
    {
        Preconditions.NotNull(mentions);
        var periods = Calendar.PeriodsBetween(start, end, cadence);
        return Series(AccumulateByPeriod(mentions, cadence), cadence, periods);
    }

    /// <summary>
    /// Builds the series of <see cref="Series(IEnumerable{Mention}, Cadence, LocalDate, LocalDate)"/> from counts
    /// per period, such as a merge of counts read separately or computed by another engine: every period of the
    /// range gets its count, or 0.
    /// </summary>
    /// <param name="counts">The counts of the subject's mentions per period of <paramref name="cadence"/>, all channels together; periods outside the range are ignored.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="start">The first day of the range.</param>
    /// <param name="end">The last day of the range.</param>
    /// <returns>One point per period, in time order, with no gap.</returns>
    /// <exception cref="ArgumentException">
    /// The counts are split by channel or hold a period of another cadence, <paramref name="end"/> is before
    /// <paramref name="start"/>, or the cadence is custom.
    /// </exception>
    public IReadOnlyList<VolumePoint> Series(GroupedAccumulators<CountAccumulator> counts, Cadence cadence, LocalDate start, LocalDate end)
    {
        Preconditions.NotNull(counts);
        Preconditions.Check(!counts.ByChannel, "counts must not be split by channel: a series counts all channels together.", nameof(counts));
        var periods = Calendar.PeriodsBetween(start, end, cadence);
        return Series(counts, cadence, periods);
    }

    /// <summary>
    /// Counts the mentions of the subject per period of <paramref name="cadence"/>, all channels together, without
    /// building a series, so counts of parts of the mentions read separately can be merged with
    /// <see cref="GroupedAccumulators{TAccumulator}.Merge"/> (or <see cref="Partitions.Accumulate"/>) and turned into
    /// a series with <see cref="Series(GroupedAccumulators{CountAccumulator}, Cadence, LocalDate, LocalDate)"/>.
    /// </summary>
    /// <param name="mentions">The mentions, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The counts of the periods that hold mentions of the subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>, or <paramref name="mentions"/> holds a null mention.</exception>
    public GroupedAccumulators<CountAccumulator> AccumulateByPeriod(IEnumerable<Mention> mentions, Cadence cadence)
    {
        Preconditions.NotNull(mentions);
        var counter = new Counter(this, new RecordGrouper<CountAccumulator>(PeriodAssignment.ByCadence(cadence, Calendar), byChannel: false, (_, _) => new CountAccumulator()));
        Records.ForEach(mentions, ref counter, nameof(mentions));
        return GroupedAccumulators<CountAccumulator>.FromGroups(byChannel: false, counter.Grouper.Groups());
    }

    private readonly record struct Counter(MentionVolumeCalculator Calculator, RecordGrouper<CountAccumulator> Grouper) : IRecordVisitor<Mention>
    {
        public void Visit(Mention record)
        {
            if (Calculator.IsCounted(record))
            {
                Grouper.StateFor(record.PublishedAt, default)!.Increment();
            }
        }
    }

    private static ReadOnlyCollection<VolumePoint> Series(GroupedAccumulators<CountAccumulator> counts, Cadence cadence, IReadOnlyList<ReportingPeriod> periods)
    {
        foreach (var group in counts)
        {
            Preconditions.Check(
                group.Period.Cadence == cadence,
                $"counts hold the {group.Period.Cadence} period {group.Period}, but the series is by {cadence}.",
                nameof(counts));
        }

        // Both are in time order: one walk pairs each period with its count, without hashing a period.
        var points = new VolumePoint[periods.Count];
        using var groups = counts.GetEnumerator();
        var hasGroup = groups.MoveNext();
        for (var i = 0; i < points.Length; i++)
        {
            var period = periods[i];
            while (hasGroup && (groups.Current.Period.CompareTo(period) < 0 || groups.Current.Channel is not null))
            {
                hasGroup = groups.MoveNext();
            }

            var count = hasGroup && groups.Current.Period.Equals(period) ? groups.Current.Accumulator.Count : 0;
            points[i] = new VolumePoint(period, count);
        }

        return Array.AsReadOnly(points);
    }

    // Read per mention: the company (the default subject) is told by a null check, not a name comparison.
    private bool IsCounted(Mention mention) =>
        _countsEverySubject || (_countsCompany ? mention.Subject.IsCompany : mention.Subject == Subject!.Value);

    // As in Calculate: any mention at all, of any subject or channel, makes a period without mentions a real 0.
    private sealed class Reader(MentionVolumeCalculator calculator, PeriodLookup lookup, Channel? channel)
        : PassReader<Mention>, IColumnStepReader<MentionColumns>
    {
        private readonly long[] _counts = new long[lookup.Periods.Count];

        [MethodImpl(HotLoop.Options)]
        public void AddStep(MentionColumns columns, ReadOnlySpan<int> rows, ReadOnlySpan<int> periods)
        {
            var filter = new MentionFilter(columns, calculator.Subject, null);
            var subjects = columns.SubjectIds;
            for (var k = 0; k < rows.Length; k++)
            {
                if (filter.KeepsSubject(subjects[rows[k]]))
                {
                    _counts[periods[k]]++;
                }
            }
        }

        public override void Add(Mention record, ReadOnlySpan<int> periods)
        {
            if (calculator.IsCounted(record))
            {
                foreach (var index in periods)
                {
                    _counts[index]++;
                }
            }
        }

        public override IReadOnlyList<KpiResult> Results(bool scopeHasRecords, bool inputHasRecords) => [.. lookup.Periods.Select((period, i) => inputHasRecords
            ? KpiResult.Available(calculator.Indicator.Key, calculator.Indicator.Unit, period, channel, _counts[i], new KpiInputs(_counts[i], null, _counts[i]), Method)
            : KpiResult.Unavailable(calculator.Indicator.Key, calculator.Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), Method))];
    }
}
