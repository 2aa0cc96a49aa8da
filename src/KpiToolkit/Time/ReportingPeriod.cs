using System.Globalization;
using NodaTime;
using NodaTime.Calendars;

namespace KpiToolkit.Time;

/// <summary>
/// A run of whole local days that one figure is reported for, with the <see cref="Time.Cadence"/> it
/// belongs to: the day 2026-03-01, the ISO week 2026-W53, the month 2026-03, the quarter 2026-Q1, the year 2026, or a
/// custom range.
/// </summary>
/// <remarks>
/// <para>Both <see cref="Start"/> and <see cref="End"/> are included. The period is a calendar notion:
/// which instants it holds depends on the time zone, and <see cref="ReportingCalendar.ToInterval"/>
/// gives them.</para>
/// <para>Every period lies between <see cref="EarliestDay"/> (-9997-01-01) and <see cref="LatestDay"/> (9998-12-31), the days of
/// the years <see cref="Month"/>, <see cref="Quarter"/> and <see cref="Year"/> accept: NodaTime's calendar ends a year later
/// on each side, and that margin is what lets every calculator find the instant after a period's last day and the
/// month, quarter or year of any of its days. A week may overhang either bound by up to six days, so that the week holding
/// any of those days exists (ISO week 9998-W53 ends on 9999-01-03). A factory asked for a day outside refuses it, naming the
/// parameter.</para>
/// <para>Two periods are equal when they cover the same days with the same cadence; a custom period
/// covering the days of March is not equal to the month of March. Periods are ordered by start, then end.</para>
/// </remarks>
public sealed class ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>
{
    // NodaTime's ISO calendar spans -9998 to 9999; one year of margin on each side for Previous, Next and the end of the last day.
    private const int MinYear = -9997;
    private const int MaxYear = 9998;

    private ReportingPeriod(LocalDate start, LocalDate end, Cadence cadence)
    {
        Interval = new DateInterval(start, end);
        Cadence = cadence;
    }

    /// <summary>Gets the first day a period may start on: 1 January of the year -9997.</summary>
    public static LocalDate EarliestDay { get; } = new(MinYear, 1, 1);

    /// <summary>Gets the last day a period may reach: 31 December 9998.</summary>
    public static LocalDate LatestDay { get; } = new(MaxYear, 12, 31);

    /// <summary>Gets the days of the period, both ends included.</summary>
    public DateInterval Interval { get; }

    /// <summary>Gets the cadence the period belongs to.</summary>
    public Cadence Cadence { get; }

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start => Interval.Start;

    /// <summary>Gets the last day of the period (included).</summary>
    public LocalDate End => Interval.End;

    /// <summary>Gets the number of days in the period.</summary>
    public int LengthInDays => Interval.Length;

    /// <summary>
    /// Gets a short, sortable label: <c>2026-03-01</c> for a day, <c>2026-W53</c> for an ISO week, <c>2026-03</c>, <c>2026-Q1</c>,
    /// <c>2026</c>, or <c>2026-03-01/2026-03-15</c> (ISO 8601 interval) for a custom period or a week
    /// that does not start on Monday.
    /// </summary>
    public string Label => Cadence switch
    {
        Cadence.Day => Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        Cadence.Week when Start.DayOfWeek == IsoDayOfWeek.Monday => FormatIsoWeek(Start),
        Cadence.Month => Start.ToString("uuuu-MM", CultureInfo.InvariantCulture),
        Cadence.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-Q{((Start.Month - 1) / 3) + 1}"),
        Cadence.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Start:uuuu-MM-dd}/{End:uuuu-MM-dd}"),
    };

    /// <summary>Creates the period of one day.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The day period.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before <see cref="EarliestDay"/> or after <see cref="LatestDay"/>.</exception>
    public static ReportingPeriod Day(LocalDate date)
    {
        Preconditions.IsoDate(date);
        CheckDay(date, nameof(date));
        return new ReportingPeriod(date, date, Cadence.Day);
    }

    /// <summary>Creates the week of seven days that starts on <paramref name="firstDay"/>.</summary>
    /// <param name="firstDay">The first day of the week; any day of the week is accepted.</param>
    /// <returns>The week period.</returns>
    /// <exception cref="ArgumentException"><paramref name="firstDay"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The week holds none of the days from <see cref="EarliestDay"/> to <see cref="LatestDay"/>.</exception>
    public static ReportingPeriod Week(LocalDate firstDay)
    {
        Preconditions.IsoDate(firstDay);
        if (firstDay < EarliestDay.PlusDays(-6) || firstDay > LatestDay)
        {
            throw new ArgumentOutOfRangeException(
                nameof(firstDay),
                firstDay,
                $"The week from {firstDay:uuuu-MM-dd} holds none of the days from {EarliestDay:uuuu-MM-dd} to {LatestDay:uuuu-MM-dd} a reporting period may cover.");
        }

        return new ReportingPeriod(firstDay, firstDay.PlusDays(6), Cadence.Week);
    }

    /// <summary>Creates an ISO week (Monday to Sunday) from its week-based year and number.</summary>
    /// <param name="weekYear">The ISO week-based year, which can differ from the calendar year near 1 January.</param>
    /// <param name="week">The week number, 1 to 52 or 53 depending on the year.</param>
    /// <returns>The week period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The week-based year is outside -9997 to 9998, or the week does not exist in it.</exception>
    public static ReportingPeriod IsoWeek(int weekYear, int week)
    {
        var rule = WeekYearRules.Iso;
        if (weekYear < -9997 || weekYear > 9998)
        {
            throw new ArgumentOutOfRangeException(nameof(weekYear), weekYear, "weekYear must be between -9997 and 9998.");
        }

        var weeks = rule.GetWeeksInWeekYear(weekYear);
        if (week < 1 || week > weeks)
        {
            throw new ArgumentOutOfRangeException(nameof(week), week, $"ISO week-year {weekYear} has weeks 1 to {weeks}.");
        }

        return Week(rule.GetLocalDate(weekYear, week, IsoDayOfWeek.Monday));
    }

    /// <summary>Creates a calendar month.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "month must be between 1 and 12.");
        }

        var start = new LocalDate(year, month, 1);
        return new ReportingPeriod(start, start.PlusMonths(1).PlusDays(-1), Cadence.Month);
    }

    /// <summary>Creates a calendar quarter.</summary>
    /// <param name="year">The year.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the quarter is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "quarter must be between 1 and 4.");
        }

        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        return new ReportingPeriod(start, start.PlusMonths(3).PlusDays(-1), Cadence.Quarter);
    }

    /// <summary>Creates a calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The year period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod Year(int year)
    {
        CheckYear(year);
        return new ReportingPeriod(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), Cadence.Year);
    }

    /// <summary>Creates a custom period, such as the dates of one campaign.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, included; may equal <paramref name="start"/>.</param>
    /// <returns>The custom period.</returns>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is before <see cref="EarliestDay"/>, or <paramref name="end"/> after <see cref="LatestDay"/>.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        Preconditions.IsoDate(start);
        Preconditions.IsoDate(end);
        CheckDay(start, nameof(start));
        CheckDay(end, nameof(end));
        Preconditions.Check(end >= start, $"end ({end:uuuu-MM-dd}) must not be before start ({start:uuuu-MM-dd}).", nameof(end));
        return new ReportingPeriod(start, end, Cadence.Custom);
    }

    /// <summary>Returns whether <paramref name="date"/> is one of the days of this period.</summary>
    /// <param name="date">The local date.</param>
    /// <returns><see langword="true"/> when the date is between <see cref="Start"/> and <see cref="End"/>, both included.</returns>
    public bool Contains(LocalDate date) => Interval.Contains(date);

    /// <summary>
    /// Returns the period of the same cadence that ends the day before this one starts. A custom
    /// period gives the custom period of the same length just before it.
    /// </summary>
    /// <returns>The previous period.</returns>
    public ReportingPeriod Previous() => Cadence switch
    {
        Cadence.Day => Day(Start.PlusDays(-1)),
        Cadence.Week => Week(Start.PlusDays(-7)),
        Cadence.Month => Month(Start.PlusMonths(-1).Year, Start.PlusMonths(-1).Month),
        Cadence.Quarter => FromQuarterStart(Start.PlusMonths(-3)),
        Cadence.Year => Year(Start.Year - 1),
        _ => Custom(Start.PlusDays(-LengthInDays), Start.PlusDays(-1)),
    };

    /// <summary>
    /// Returns the period of the same cadence that starts the day after this one ends. A custom
    /// period gives the custom period of the same length just after it.
    /// </summary>
    /// <returns>The next period.</returns>
    public ReportingPeriod Next() => Cadence switch
    {
        Cadence.Day => Day(Start.PlusDays(1)),
        Cadence.Week => Week(Start.PlusDays(7)),
        Cadence.Month => Month(Start.PlusMonths(1).Year, Start.PlusMonths(1).Month),
        Cadence.Quarter => FromQuarterStart(Start.PlusMonths(3)),
        Cadence.Year => Year(Start.Year + 1),
        _ => Custom(End.PlusDays(1), End.PlusDays(LengthInDays)),
    };

    /// <inheritdoc />
    public bool Equals(ReportingPeriod? other) =>
        other is not null && Cadence == other.Cadence && Interval.Equals(other.Interval);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReportingPeriod);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Interval, Cadence);

    /// <summary>Orders periods by start date, then by end date, then by cadence.</summary>
    /// <param name="other">The period to compare with; null sorts first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(ReportingPeriod? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Cadence.CompareTo(other.Cadence);
    }

    /// <summary>Returns <see cref="Label"/>.</summary>
    /// <returns>The label of the period.</returns>
    public override string ToString() => Label;

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? right is null : left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when the periods differ.</returns>
    public static bool operator !=(ReportingPeriod? left, ReportingPeriod? right) => !(left == right);

    /// <summary>Returns whether <paramref name="left"/> starts before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) < 0;

    /// <summary>Returns whether <paramref name="left"/> starts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReportingPeriod? left, ReportingPeriod? right) => Compare(left, right) >= 0;

    /// <summary>Gets whether <see cref="Previous"/> gives a period, rather than one that would start before <see cref="EarliestDay"/>.</summary>
    internal bool HasPrevious => Period.DaysBetween(EarliestDay, Start) >= Cadence switch
    {
        Cadence.Week => 1, // the week before still holds the day before this one starts
        Cadence.Custom => LengthInDays,
        _ => 1, // a day, or a month, quarter or year, which starts the day after the previous one ends
    };

    internal static ReportingPeriod FromQuarterStart(LocalDate firstDayOfQuarter) =>
        Quarter(firstDayOfQuarter.Year, ((firstDayOfQuarter.Month - 1) / 3) + 1);

    private static int Compare(ReportingPeriod? left, ReportingPeriod? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "year must be between -9997 and 9998.");
        }
    }

    private static void CheckDay(LocalDate date, string name)
    {
        if (date < EarliestDay || date > LatestDay)
        {
            throw new ArgumentOutOfRangeException(
                name, date, $"{name} ({date:uuuu-MM-dd}) must be between {EarliestDay:uuuu-MM-dd} and {LatestDay:uuuu-MM-dd}, the days a reporting period may cover.");
        }
    }

    private static string FormatIsoWeek(LocalDate monday)
    {
        var rule = WeekYearRules.Iso;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{rule.GetWeekYear(monday):D4}-W{rule.GetWeekOfWeekYear(monday):D2}");
    }
}
