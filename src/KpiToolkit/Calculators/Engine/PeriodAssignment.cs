using System.Runtime.CompilerServices;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// Finds the reporting period of an instant, either one fixed period (instants outside it have none) or
/// the period of a cadence, and numbers the periods it finds (slots, in the order found) so a caller can keep
/// its state in arrays instead of hashing a period for every record.
/// </summary>
/// <remarks>
/// The last period found answers first, so records that arrive in time order cost two comparisons each; any
/// other record costs a binary search over the periods already found, and the calendar is asked only for a
/// period never seen. Not thread-safe: one instance per pass.
/// </remarks>
internal sealed class PeriodAssignment
{
    private static readonly Instant SurelyReportableFrom = ReportingPeriod.EarliestDay.PlusDays(2).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
    private static readonly Instant SurelyReportableUntil = ReportingPeriod.LatestDay.PlusDays(-1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    private readonly ReportingCalendar _calendar;
    private readonly Cadence _cadence;
    // Only the periods given up front (a fixed period, or consecutive ones): an instant outside them has none.
    private readonly bool _closed;
    private readonly List<Slot> _slots = [];

    // Slot numbers ordered by the start of their period, for the binary search.
    private readonly List<int> _byStart = [];
    private Instant _lastStart;
    private Instant _lastEnd; // equal to _lastStart until a period is found, so nothing matches
    private int _lastSlot;

    private PeriodAssignment(ReportingCalendar calendar, Cadence cadence, ReportingPeriod? fixedPeriod, bool closed = false)
    {
        _calendar = calendar;
        _cadence = cadence;
        _closed = closed || fixedPeriod is not null;
        if (fixedPeriod is not null)
        {
            Remember(fixedPeriod, calendar.ToInterval(fixedPeriod));
        }
    }

    /// <summary>Gets the number of periods found so far.</summary>
    public int Count => _slots.Count;

    /// <summary>Gets the slots found so far, in the time order of their periods.</summary>
    public IReadOnlyList<int> SlotsInTimeOrder => _byStart;

    public static PeriodAssignment Fixed(ReportingPeriod period, ReportingCalendar calendar) => new(calendar, period.Cadence, period);

    /// <summary>
    /// Consecutive periods known in advance, such as the days of a series: slot i is period i, each interval found from
    /// the one before, and an instant outside them all has no period, as one outside a fixed period.
    /// </summary>
    /// <param name="periods">Periods in time order, each starting the day after the previous one ends.</param>
    /// <param name="calendar">The calendar the periods are read in.</param>
    /// <returns>The assignment.</returns>
    public static PeriodAssignment Consecutive(IReadOnlyList<ReportingPeriod> periods, ReportingCalendar calendar)
    {
        var assignment = new PeriodAssignment(calendar, periods.Count > 0 ? periods[0].Cadence : Cadence.Day, fixedPeriod: null, closed: true);
        if (periods.Count == 0)
        {
            return assignment;
        }

        assignment._slots.Capacity = periods.Count;
        assignment._byStart.Capacity = periods.Count;
        var start = calendar.StartOfDay(periods[0].Start);
        for (var i = 0; i < periods.Count; i++)
        {
            Preconditions.Check(i == 0 || periods[i].Start == periods[i - 1].End.PlusDays(1), "periods must follow one another.", nameof(periods));
            var end = calendar.StartOfDay(periods[i].End.PlusDays(1));
            assignment.Remember(periods[i], new Interval(start, end), i);
            start = end;
        }

        return assignment;
    }

    public static PeriodAssignment ByCadence(Cadence cadence, ReportingCalendar calendar)
    {
        Preconditions.Check(
            cadence is not Cadence.Custom && Enum.IsDefined(cadence),
            "cadence must be Day, Week, Month, Quarter or Year: custom periods have no rule to assign an instant.",
            nameof(cadence));
        return new(calendar, cadence, null);
    }

    /// <summary>Returns the slot of the period holding the instant, or -1 when it is outside a fixed period.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int SlotOf(Instant instant) =>
        instant >= _lastStart && instant < _lastEnd ? _lastSlot : Find(instant);

    /// <summary>
    /// For an instant no period holds, finds the stretch of time around it that no period holds either, when every period
    /// is known up front (a fixed period, consecutive ones), so that a pass skips the records of that stretch in one run
    /// instead of asking again for each: a series of six months over three years of mentions would otherwise search
    /// for the period of every mention of the other thirty months.
    /// </summary>
    /// <param name="instant">An instant no period holds.</param>
    /// <param name="start">The end of the last period before the instant, or <see cref="Instant.MinValue"/>.</param>
    /// <param name="end">The start of the first period after it, or <see cref="Instant.MaxValue"/>.</param>
    /// <returns>False when new periods may still be found (a cadence), where no stretch is known to be empty.</returns>
    public bool TryGapAround(Instant instant, out Instant start, out Instant end)
    {
        (start, end) = (Instant.MinValue, Instant.MaxValue);
        if (!_closed)
        {
            return false;
        }

        var position = LastStartingAtOrBefore(instant);
        if (position >= 0)
        {
            start = _slots[_byStart[position]].End;
        }

        if (position + 1 < _byStart.Count)
        {
            end = _slots[_byStart[position + 1]].Start;
        }

        return true;
    }

    /// <summary>Returns the period of a slot.</summary>
    public ReportingPeriod PeriodAt(int slot) => _slots[slot].Period;

    /// <summary>Returns the start instant of a slot's period.</summary>
    public Instant StartAt(int slot) => _slots[slot].Start;

    /// <summary>Returns the exclusive end instant of a slot's period.</summary>
    public Instant EndAt(int slot) => _slots[slot].End;

    private int Find(Instant instant)
    {
        var position = LastStartingAtOrBefore(instant);
        if (position >= 0 && instant < _slots[_byStart[position]].End)
        {
            return Use(_byStart[position]);
        }

        if (_closed || !IsReportable(instant))
        {
            return -1;
        }

        if (TryNextPeriod(instant, position) is { } next)
        {
            return next;
        }

        var (period, interval) = _calendar.Locate(instant, _cadence);
        return Use(Remember(period, interval, position + 1));
    }

    /// <summary>
    /// The slot of the period right after the last one used, when it holds the instant: records in time order step
    /// into it at every period change. It starts where the last one ends, so only its end is asked of the calendar.
    /// </summary>
    /// <param name="instant">An instant no period found so far holds.</param>
    /// <param name="latest">The position in <see cref="_byStart"/> of the last period starting at or before the instant.</param>
    private int? TryNextPeriod(Instant instant, int latest)
    {
        // Only past the latest period when it is the last one used, and far from the calendar's last day, where Next always exists.
        if (latest < 0 || latest != _byStart.Count - 1 || _byStart[latest] != _lastSlot || instant < _lastEnd || instant >= SurelyReportableUntil)
        {
            return null;
        }

        var next = _slots[_lastSlot].Period.Next();
        var end = _calendar.StartOfDay(next.End.PlusDays(1));
        return instant < end ? Remember(next, new Interval(_lastEnd, end), latest + 1) : null;
    }

    /// <summary>
    /// Gets whether a reporting period can hold the instant: a record dated outside the days periods may cover (a
    /// "never" sentinel such as 9999-12-31) belongs to no period and is left out, as one outside a fixed period is.
    /// </summary>
    private bool IsReportable(Instant instant)
    {
        // Two days inside the bounds, every time zone's local date is inside them too: no need to ask the zone.
        if (instant >= SurelyReportableFrom && instant < SurelyReportableUntil)
        {
            return true;
        }

        var date = _calendar.ToLocalDate(instant);
        return date >= ReportingPeriod.EarliestDay && date <= ReportingPeriod.LatestDay;
    }

    /// <summary>The position in <see cref="_byStart"/> of the last period starting at or before the instant, or -1.</summary>
    private int LastStartingAtOrBefore(Instant instant)
    {
        int low = 0, high = _byStart.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (_slots[_byStart[middle]].Start <= instant)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private int Use(int slot)
    {
        var found = _slots[slot];
        (_lastStart, _lastEnd, _lastSlot) = (found.Start, found.End, slot);
        return slot;
    }

    private int Remember(ReportingPeriod period, Interval interval, int position = 0)
    {
        _slots.Add(new Slot(period, interval.Start, interval.End));
        _byStart.Insert(position, _slots.Count - 1);
        return Use(_slots.Count - 1);
    }

    private readonly record struct Slot(ReportingPeriod Period, Instant Start, Instant End);
}
