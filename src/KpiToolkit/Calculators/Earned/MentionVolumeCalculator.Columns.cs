using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using KpiToolkit.Activity;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The columnar path of <see cref="MentionVolumeCalculator"/>: the same results as over rows, read from <see cref="MentionColumns"/>.</summary>
public sealed partial class MentionVolumeCalculator
{
    private static readonly int SourceTypeCount = (int)Enum.GetValues<MentionSourceType>().Max() + 1;

    /// <summary>Counts the mentions of the subject in the columns published in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The same result as <see cref="Calculate(IEnumerable{Mention}, ReportingPeriod, Channel?)"/> over the same mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or <paramref name="period"/> is null.</exception>
    public KpiResult Calculate(MentionColumns mentions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(mentions);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var counts = Count(mentions, PeriodAssignment.Fixed(period, Calendar), channel);
        var count = counts.TryGet(period, null, out var counted) ? counted.Count : 0;
        return mentions.Count > 0
            ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, count, new KpiInputs(count, null, count), Method)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.NoData, new KpiInputs(null, null, 0), Method);
    }

    /// <summary>Counts the mentions of the columns in a period, in total and split by source type and by subject.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <returns>The same volume as <see cref="Analyze(IEnumerable{Mention}, ReportingPeriod)"/> over the same mentions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> or <paramref name="period"/> is null.</exception>
    public MentionVolume Analyze(MentionColumns mentions, ReportingPeriod period)
    {
        Preconditions.NotNull(mentions);
        Preconditions.NotNull(period);
        var interval = Calendar.ToInterval(period);
        var start = interval.Start.ToUnixTimeTicks();
        var length = (ulong)(interval.End.ToUnixTimeTicks() - start);
        var filter = new MentionFilter(mentions, Subject, channel: null);
        var ticks = mentions.PublishedAtTicks;
        var subjectIds = mentions.SubjectIds;
        var sourceTypes = mentions.SourceTypes;
        var bySubjectId = new long[mentions.Subjects.Count];
        var bySourceId = new long[SourceTypeCount];
        for (var i = 0; i < ticks.Length; i++)
        {
            if ((ulong)(ticks[i] - start) >= length)
            {
                continue;
            }

            var subjectId = subjectIds[i];
            bySubjectId[subjectId]++;
            if (filter.KeepsSubject(subjectId))
            {
                bySourceId[(int)sourceTypes[i]]++;
            }
        }

        // As over rows: only the subjects and source types that have mentions get an entry.
        var bySubject = new SortedDictionary<Subject, long>();
        for (var id = 0; id < bySubjectId.Length; id++)
        {
            if (bySubjectId[id] > 0)
            {
                bySubject[mentions.Subjects[id]] = bySubjectId[id];
            }
        }

        var bySource = new SortedDictionary<MentionSourceType, long>();
        long total = 0;
        for (var id = 0; id < bySourceId.Length; id++)
        {
            if (bySourceId[id] > 0)
            {
                bySource[(MentionSourceType)id] = bySourceId[id];
                total += bySourceId[id];
            }
        }

        return new MentionVolume { Period = period, Total = total, BySourceType = bySource.AsReadOnly(), BySubject = bySubject.AsReadOnly() };
    }

    /// <summary>
    /// Counts the mentions of the subject in the columns in every period of <paramref name="cadence"/> from the one
    /// holding <paramref name="start"/> to the one holding <paramref name="end"/>, periods without mentions included.
    /// </summary>
    /// <param name="mentions">The mentions, in any order; those outside the range are ignored.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <param name="start">The first day of the range.</param>
    /// <param name="end">The last day of the range.</param>
    /// <returns>The same series as <see cref="Series(IEnumerable{Mention}, Cadence, LocalDate, LocalDate)"/> over the same mentions.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the cadence is custom.</exception>
    public IReadOnlyList<VolumePoint> Series(MentionColumns mentions, Cadence cadence, LocalDate start, LocalDate end)
    {
        Preconditions.NotNull(mentions);
        var periods = Calendar.PeriodsBetween(start, end, cadence);

        // The periods are known: each is a slot from the start, so its count is read by position, with no group to find.
        var counts = CountGroups(mentions, PeriodAssignment.Consecutive(periods, Calendar), channel: null).States;
        var points = new VolumePoint[periods.Count];
        for (var i = 0; i < points.Length; i++)
        {
            var group = ColumnGroups<long>.UnsplitGroupOf(i);
            points[i] = new VolumePoint(periods[i], group < counts.Length ? counts[group] : 0);
        }

        return Array.AsReadOnly(points);
    }

    /// <summary>Counts the mentions of the subject in the columns per period of <paramref name="cadence"/>, all channels together, to merge with other counts.</summary>
    /// <param name="mentions">The mentions, in any order; read once.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The counts of the periods that hold mentions of the subject.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public GroupedAccumulators<CountAccumulator> AccumulateByPeriod(MentionColumns mentions, Cadence cadence)
    {
        Preconditions.NotNull(mentions);
        return Count(mentions, PeriodAssignment.ByCadence(cadence, Calendar), channel: null);
    }

    /// <summary>The counts of <see cref="CountGroups"/> as accumulators, for the periods that hold mentions.</summary>
    private GroupedAccumulators<CountAccumulator> Count(MentionColumns mentions, PeriodAssignment assignment, Channel? channel)
    {
        var groups = CountGroups(mentions, assignment, channel);
        var counts = groups.States;
        return GroupedAccumulators<CountAccumulator>.FromGroups(
            byChannel: false, groups.Groups(static count => count > 0).Select(group => (group.Period, group.Channel, new CountAccumulator(counts[group.Group]))));
    }

    /// <summary>
    /// One pass: each mention adds 1 to its period's count when the filter keeps its subject and channel, 0 otherwise,
    /// without a branch on either (subjects alternate unpredictably); a period whose mentions are all left out keeps a
    /// count of 0 and gives no group. Mentions in time order come in runs of one period, each counted in a register by
    /// a loop that compares only the instant.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    private ColumnGroups<long> CountGroups(MentionColumns mentions, PeriodAssignment assignment, Channel? channel)
    {
        var filter = new MentionFilter(mentions, Subject, channel);
        var groups = new ColumnGroups<long>(assignment, [], byChannel: false);
        var ticks = mentions.PublishedAtTicks;
        var channels = mentions.ChannelIds;
        var subjects = mentions.SubjectIds;
        Preconditions.Check(channels.Length == ticks.Length && subjects.Length == ticks.Length, "The columns must hold one value per mention.", nameof(mentions));
        ref var tick = ref MemoryMarshal.GetReference(ticks);
        ref var channelOf = ref MemoryMarshal.GetReference(channels);
        ref var subjectOf = ref MemoryMarshal.GetReference(subjects);
        var i = 0;
        while (i < ticks.Length)
        {
            // Outside the periods wanted the first group is -1 and the run holds the mentions no period wants, which nobody counts.
            var (group, periodStart, periodLength) = groups.Enter(Unsafe.Add(ref tick, i));
            long kept = 0;
            var end = i;
            do
            {
                kept += filter.Keeps(Unsafe.Add(ref channelOf, end), Unsafe.Add(ref subjectOf, end)) ? 1 : 0;
                end++;
            }
            while (end < ticks.Length && (ulong)(Unsafe.Add(ref tick, end) - periodStart) < (ulong)periodLength);

            if (group >= 0)
            {
                groups.States[group] += kept;
            }

            i = end;
        }

        return groups;
    }
}
