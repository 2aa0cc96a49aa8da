using KpiToolkit.Activity;
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
public sealed class MentionVolumeCalculator : IKpiCalculator
{
    private const string Method = "count of mentions published in the period";

    /// <summary>Creates the calculator.</summary>
    /// <param name="options">The subject to count; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    public MentionVolumeCalculator(MentionVolumeOptions? options = null, ReportingCalendar? calendar = null)
    {
        Subject = (options ?? MentionVolumeOptions.Defaults).Subject;
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
        Calculate(Preconditions.NotNull(data).Mentions, period, channel);

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
        var index = periods.Select((period, i) => (period, i)).ToDictionary(pair => pair.period, pair => pair.i);
        var counts = new long[periods.Count];
        var assignment = PeriodAssignment.ByCadence(cadence, Calendar);

        // The series position of each period the assignment finds (-1 outside the range), so no period is hashed per mention.
        var positions = new List<int>();
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            if (!IsCounted(mention))
            {
                continue;
            }

            var slot = assignment.SlotOf(mention.PublishedAt);
            while (positions.Count <= slot)
            {
                positions.Add(index.GetValueOrDefault(assignment.PeriodAt(positions.Count), -1));
            }

            if (positions[slot] is var position and >= 0)
            {
                counts[position]++;
            }
        }

        return periods.Select((period, i) => new VolumePoint(period, counts[i])).ToList().AsReadOnly();
    }

    private bool IsCounted(Mention mention) => Subject is not { } subject || mention.Subject == subject;
}
