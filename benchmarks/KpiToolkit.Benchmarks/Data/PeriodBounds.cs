using NodaTime;

namespace KpiToolkit.Benchmarks.Data;

/// <summary>
/// Consecutive local periods (days, ISO weeks or months) of a time zone as the UTC instants where they start and end,
/// computed once with NodaTime, so a hand-written loop finds a record's period with integer compares: first against
/// the period of the record before, then by bisection.
/// </summary>
public sealed class PeriodBounds
{
    private PeriodBounds(LocalDate[] starts, DateTimeZone zone)
    {
        Starts = starts;
        Instants = new Instant[starts.Length];
        Ticks = new long[starts.Length];
        for (var i = 0; i < starts.Length; i++)
        {
            Instants[i] = zone.AtStartOfDay(starts[i]).ToInstant();
            Ticks[i] = Instants[i].ToUnixTimeTicks();
        }
    }

    /// <summary>Gets the first local day of each period, then the day after the last period.</summary>
    public LocalDate[] Starts { get; }

    /// <summary>Gets the instant where each period starts, then where the last one ends: one more than <see cref="Count"/>.</summary>
    public Instant[] Instants { get; }

    /// <summary>Gets <see cref="Instants"/> as ticks since the Unix epoch.</summary>
    public long[] Ticks { get; }

    /// <summary>Gets the number of periods.</summary>
    public int Count => Starts.Length - 1;

    /// <summary>The local days from <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="zone">The time zone.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>The bounds.</returns>
    public static PeriodBounds Days(DateTimeZone zone, LocalDate first, LocalDate last) =>
        new([.. Enumerable.Range(0, Period.DaysBetween(first, last) + 2).Select(first.PlusDays)], zone);

    /// <summary>The ISO weeks (from Monday) holding <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="zone">The time zone.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>The bounds.</returns>
    public static PeriodBounds Weeks(DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var monday = first.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday));
        var weeks = (Period.DaysBetween(monday, last) / 7) + 1;
        return new([.. Enumerable.Range(0, weeks + 1).Select(w => monday.PlusWeeks(w))], zone);
    }

    /// <summary>The months holding <paramref name="first"/> to <paramref name="last"/>.</summary>
    /// <param name="zone">The time zone.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>The bounds.</returns>
    public static PeriodBounds Months(DateTimeZone zone, LocalDate first, LocalDate last)
    {
        var start = new LocalDate(first.Year, first.Month, 1);
        var months = ((last.Year - first.Year) * 12) + last.Month - first.Month + 1;
        return new([.. Enumerable.Range(0, months + 1).Select(start.PlusMonths)], zone);
    }

    /// <summary>Returns the period holding an instant, or -1 when it is outside every period.</summary>
    /// <param name="ticks">The instant, in ticks since the Unix epoch.</param>
    /// <returns>The index of the period.</returns>
    public int IndexOf(long ticks)
    {
        var bounds = Ticks;
        if (ticks < bounds[0] || ticks >= bounds[^1])
        {
            return -1;
        }

        int low = 0, high = bounds.Length - 2;
        while (low < high)
        {
            var middle = low + ((high - low + 1) / 2);
            if (bounds[middle] <= ticks)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>Returns the period holding an instant, or -1 when it is outside every period.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The index of the period.</returns>
    public int IndexOf(Instant instant) => IndexOf(instant.ToUnixTimeTicks());

    /// <summary>Returns the period holding an instant.</summary>
    /// <param name="ticks">The instant, in ticks since the Unix epoch.</param>
    /// <returns>The index of the period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside every period.</exception>
    public int IndexOfCovered(long ticks) =>
        IndexOf(ticks) is var index and >= 0
            ? index
            : throw new ArgumentOutOfRangeException(nameof(ticks), ticks, "A record lies outside the periods the loop was given.");
}
