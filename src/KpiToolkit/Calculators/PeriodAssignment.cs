using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// Finds the reporting period of an instant, either one fixed period (instants outside it have none) or
/// the period of a cadence. Remembers the last period found, so posts that arrive in time order cost one
/// comparison each instead of a new period.
/// </summary>
internal sealed class PeriodAssignment
{
    private readonly ReportingCalendar _calendar;
    private readonly Cadence _cadence;
    private readonly bool _fixed;
    private (ReportingPeriod Period, Instant Start, Instant End)? _last;

    private PeriodAssignment(ReportingCalendar calendar, Cadence cadence, ReportingPeriod? fixedPeriod)
    {
        _calendar = calendar;
        _cadence = cadence;
        _fixed = fixedPeriod is not null;
        if (fixedPeriod is not null)
        {
            _last = WithInstants(fixedPeriod);
        }
    }

    public static PeriodAssignment Fixed(ReportingPeriod period, ReportingCalendar calendar) => new(calendar, period.Cadence, period);

    public static PeriodAssignment ByCadence(Cadence cadence, ReportingCalendar calendar)
    {
        Preconditions.Check(
            cadence is not Cadence.Custom && Enum.IsDefined(cadence),
            "cadence must be Day, Week, Month, Quarter or Year: custom periods have no rule to assign an instant.",
            nameof(cadence));
        return new(calendar, cadence, null);
    }

    /// <summary>Returns the period holding the instant with its exclusive end instant, or null outside a fixed period.</summary>
    public (ReportingPeriod Period, Instant End)? PeriodOf(Instant instant)
    {
        if (_last is { } last && instant >= last.Start && instant < last.End)
        {
            return (last.Period, last.End);
        }

        if (_fixed)
        {
            return null;
        }

        var found = WithInstants(_calendar.PeriodContaining(instant, _cadence));
        _last = found;
        return (found.Period, found.End);
    }

    private (ReportingPeriod Period, Instant Start, Instant End) WithInstants(ReportingPeriod period)
    {
        var interval = _calendar.ToInterval(period);
        return (period, interval.Start, interval.End);
    }
}
