using NodaTime;
using NodaTime.TimeZones;

namespace KpiToolkit.Time;

/// <summary>
/// The reporting rules of one company: the time zone its local dates are read in and the day its
/// weeks start on. It turns an <see cref="Instant"/> into the local date and the
/// <see cref="ReportingPeriod"/> it belongs to.
/// </summary>
/// <remarks>
/// <para>A French company reports in Europe/Paris: a post at 23:30 UTC on a Sunday is on Monday there,
/// so it belongs to the next week.</para>
/// <para>Each period covers the instants from the start of its first local day (inclusive) to the start
/// of the day after its last (exclusive), so consecutive periods meet exactly and every instant lies in
/// exactly one period of each cadence, whatever daylight-saving changes happen in between. Instances are
/// immutable and safe to share between threads.</para>
/// </remarks>
public sealed class ReportingCalendar : IEquatable<ReportingCalendar>
{
    // The bounds of the last interval computed: a cache, not state, replaced whole so threads never see half of one.
    // Consecutive periods share a bound and a pass asks for the same period again, so most midnights are found here.
    private LastBounds? _lastBounds;

    // The zone interval of the last midnight the zone was asked for: the next midnights are mostly inside it.
    private ZoneInterval? _lastOffsetSpan;

    private static readonly Duration TransitionMargin = Duration.FromDays(2);

    /// <summary>Creates a reporting calendar.</summary>
    /// <param name="zone">The time zone local dates are read in.</param>
    /// <param name="firstDayOfWeek">The first day of a reporting week; Monday (the ISO rule) unless given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="firstDayOfWeek"/> is <see cref="IsoDayOfWeek.None"/> or not a defined day.</exception>
    public ReportingCalendar(DateTimeZone zone, IsoDayOfWeek firstDayOfWeek = IsoDayOfWeek.Monday)
    {
        Zone = Preconditions.NotNull(zone);
        if (firstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(firstDayOfWeek), firstDayOfWeek, "firstDayOfWeek must be a day from Monday to Sunday.");
        }

        FirstDayOfWeek = firstDayOfWeek;
    }

    /// <summary>Gets a calendar in UTC with ISO weeks (starting on Monday).</summary>
    public static ReportingCalendar Utc { get; } = new(DateTimeZone.Utc);

    /// <summary>Gets the time zone local dates are read in.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the first day of a reporting week.</summary>
    /// <value>Monday unless given, which makes weeks ISO weeks.</value>
    public IsoDayOfWeek FirstDayOfWeek { get; }

    /// <summary>Gets whether weeks are ISO weeks (they start on Monday).</summary>
    public bool UsesIsoWeeks => FirstDayOfWeek == IsoDayOfWeek.Monday;

    /// <summary>Returns the local date of an instant in this calendar's time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date.</returns>
    public LocalDate ToLocalDate(Instant instant) => instant.InZone(Zone).Date;

    /// <summary>Returns the local date and time of an instant in this calendar's time zone.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The local date and time, as a clock on the wall there shows it.</returns>
    public LocalDateTime ToLocalDateTime(Instant instant) => instant.InZone(Zone).LocalDateTime;

    /// <summary>Returns the period of <paramref name="cadence"/> that holds <paramref name="instant"/>.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The one period of that cadence whose instants include <paramref name="instant"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>, which has no rule to find a period.</exception>
    public ReportingPeriod PeriodContaining(Instant instant, Cadence cadence) => Locate(instant, cadence).Period;

    /// <summary>Returns the period of <paramref name="cadence"/> holding an instant with its interval, each computed once: what a pass needs of a period it meets.</summary>
    internal (ReportingPeriod Period, Interval Interval) Locate(Instant instant, Cadence cadence)
    {
        var period = PeriodContaining(ToLocalDate(instant), cadence);

        // When clocks go back across midnight, the wall-clock date of an instant in the repeated hour is the
        // previous day although the new day has already started: the interval decides, so no instant falls between periods.
        var interval = ToInterval(period);
        if (instant >= interval.End)
        {
            period = period.Next();
        }
        else if (instant < interval.Start)
        {
            period = period.Previous();
        }
        else
        {
            return (period, interval);
        }

        return (period, ToInterval(period));
    }

    /// <summary>Returns the period of <paramref name="cadence"/> that holds <paramref name="date"/>.</summary>
    /// <param name="date">The local date.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The one period of that cadence that includes <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is <see cref="Cadence.Custom"/>, or the date is not in the ISO calendar.</exception>
    public ReportingPeriod PeriodContaining(LocalDate date, Cadence cadence)
    {
        Preconditions.IsoDate(date);
        return cadence switch
        {
            Cadence.Day => ReportingPeriod.Day(date),
            Cadence.Week => ReportingPeriod.Week(date.PlusDays(-DaysSinceWeekStart(date))),
            Cadence.Month => ReportingPeriod.Month(date.Year, date.Month),
            Cadence.Quarter => ReportingPeriod.Quarter(date.Year, ((date.Month - 1) / 3) + 1),
            Cadence.Year => ReportingPeriod.Year(date.Year),
            Cadence.Custom => throw new ArgumentException(
                "A custom cadence has no rule to find the period holding a date; create it with ReportingPeriod.Custom.",
                nameof(cadence)),
            _ => throw new ArgumentOutOfRangeException(nameof(cadence), cadence, "cadence is not a defined Cadence value."),
        };
    }

    /// <summary>
    /// Returns, in order, every period of <paramref name="cadence"/> that shares at least one day with
    /// the range from <paramref name="start"/> to <paramref name="end"/> (both included).
    /// </summary>
    /// <param name="start">The first day of the range.</param>
    /// <param name="end">The last day of the range.</param>
    /// <param name="cadence">Day, week, month, quarter or year.</param>
    /// <returns>The periods; the first may start before <paramref name="start"/> and the last end after <paramref name="end"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or <paramref name="cadence"/> is <see cref="Cadence.Custom"/>.</exception>
    public IReadOnlyList<ReportingPeriod> PeriodsBetween(LocalDate start, LocalDate end, Cadence cadence)
    {
        Preconditions.Check(end >= start, $"end ({end:uuuu-MM-dd}) must not be before start ({start:uuuu-MM-dd}).", nameof(end));
        var periods = new List<ReportingPeriod>();
        // The loop stops on the period holding end rather than on the one after it, which may not exist at the end of the calendar.
        for (var period = PeriodContaining(start, cadence); ; period = period.Next())
        {
            periods.Add(period);
            if (period.End >= end)
            {
                break;
            }
        }

        return periods;
    }

    /// <summary>
    /// Returns the instants a period covers in this calendar's time zone: from the start of its first
    /// day (inclusive) to the start of the day after its last day (exclusive).
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The interval of instants. Across a daylight-saving change it is an hour shorter or longer than the number of days times 24 hours.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public Interval ToInterval(ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        var (first, afterLast) = (period.Start, period.End.PlusDays(1));
        var known = _lastBounds;
        var start = known?.StartOf(first) ?? StartOfDay(first);
        var end = known?.StartOf(afterLast) ?? StartOfDay(afterLast);
        _lastBounds = new LastBounds(first, start, afterLast, end);
        return new Interval(start, end);
    }

    /// <inheritdoc />
    public bool Equals(ReportingCalendar? other) =>
        other is not null && FirstDayOfWeek == other.FirstDayOfWeek && string.Equals(Zone.Id, other.Zone.Id, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingCalendar);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Zone.Id), FirstDayOfWeek);

    /// <summary>Returns the time zone and the first day of the week, such as <c>Europe/Paris, weeks from Monday</c>.</summary>
    /// <returns>A description of the calendar.</returns>
    public override string ToString() => $"{Zone.Id}, weeks from {FirstDayOfWeek}";

    /// <summary>
    /// The first instant of a local day: the earlier midnight when midnight happens twice, the end of the gap
    /// when a transition skips midnight, and the first instant after the gap when it skips the whole day
    /// (Pacific/Apia skipped 30 December 2011), which makes that day empty rather than an error.
    /// </summary>
    internal Instant StartOfDay(LocalDate date)
    {
        var midnight = date.AtMidnight();
        if (_lastOffsetSpan is { } known && TryMapWithin(known, midnight, out var start))
        {
            return start;
        }

        var mapping = Zone.MapLocal(midnight);
        if (mapping.Count == 1)
        {
            _lastOffsetSpan = mapping.EarlyInterval;
        }

        return mapping.Count > 0 ? mapping.First().ToInstant() : mapping.LateInterval.Start;
    }

    /// <summary>
    /// Maps a local time through the offset of a zone interval when the instant it gives lies two days or more inside
    /// that interval: offsets differ by 36 hours at most, so no other interval can map the same local time, and the
    /// zone need not be asked.
    /// </summary>
    private static bool TryMapWithin(ZoneInterval interval, LocalDateTime local, out Instant instant)
    {
        instant = new OffsetDateTime(local, interval.WallOffset).ToInstant();
        return (!interval.HasStart || instant - interval.Start >= TransitionMargin)
            && (!interval.HasEnd || interval.End - instant >= TransitionMargin);
    }

    /// <summary>Two local days and their first instants.</summary>
    private sealed record LastBounds(LocalDate First, Instant FirstStart, LocalDate Second, Instant SecondStart)
    {
        public Instant? StartOf(LocalDate date) => date == First ? FirstStart : date == Second ? SecondStart : null;
    }

    private int DaysSinceWeekStart(LocalDate date) => ((int)date.DayOfWeek - (int)FirstDayOfWeek + 7) % 7;
}
