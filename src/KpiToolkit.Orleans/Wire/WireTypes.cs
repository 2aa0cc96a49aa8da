using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Orleans.Wire;

/// <summary>An instant as whole Unix seconds (rounded down) and the nanoseconds after them, exact over NodaTime's whole range.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.WireInstant")]
internal readonly record struct WireInstant([property: Id(0)] long UnixSeconds, [property: Id(1)] int Nanoseconds)
{
    public static WireInstant From(Instant instant)
    {
        var seconds = instant.ToUnixTimeSeconds();
        return new(seconds, (int)(instant - Instant.FromUnixTimeSeconds(seconds)).ToInt64Nanoseconds());
    }

    public Instant ToInstant() => Instant.FromUnixTimeSeconds(UnixSeconds) + Duration.FromNanoseconds(Nanoseconds);
}

/// <summary>A calendar date as its year, month and day.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.WireDate")]
internal readonly record struct WireDate([property: Id(0)] int Year, [property: Id(1)] int Month, [property: Id(2)] int Day)
{
    public static WireDate From(LocalDate date) => new(date.Year, date.Month, date.Day);

    public LocalDate ToLocalDate() => new(Year, Month, Day);
}

/// <summary>A reporting period as its cadence and first and last days, rebuilt with the factory of its cadence.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.WirePeriod")]
internal readonly record struct WirePeriod([property: Id(0)] int CadenceNumber, [property: Id(1)] WireDate Start, [property: Id(2)] WireDate End)
{
    public static WirePeriod From(ReportingPeriod period) => new((int)period.Cadence, WireDate.From(period.Start), WireDate.From(period.End));

    public ReportingPeriod ToPeriod()
    {
        var start = Start.ToLocalDate();
        return (Cadence)CadenceNumber switch
        {
            Cadence.Day => ReportingPeriod.Day(start),
            Cadence.Week => ReportingPeriod.Week(start),
            Cadence.Month => ReportingPeriod.Month(start.Year, start.Month),
            Cadence.Quarter => ReportingPeriod.Quarter(start.Year, ((start.Month - 1) / 3) + 1),
            Cadence.Year => ReportingPeriod.Year(start.Year),
            _ => ReportingPeriod.Custom(start, End.ToLocalDate()),
        };
    }
}

/// <summary>The totals of one group: a period and, when split by channel, a channel.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.PeriodTotals")]
internal readonly record struct PeriodTotals([property: Id(0)] WirePeriod Period, [property: Id(1)] string? Channel, [property: Id(2)] PartialTotals Totals);

/// <summary>The mentions counted in one intraday bucket of local clock time.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.BucketCount")]
internal readonly record struct BucketCount([property: Id(0)] WireInstant Start, [property: Id(1)] WireInstant End, [property: Id(2)] long Count);

/// <summary>The totals of one day of a calculator's calendar, and of a channel when the calculator splits by channel.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.DayTotals")]
internal readonly record struct DayTotals([property: Id(0)] WireDate Day, [property: Id(1)] string? Channel, [property: Id(2)] PartialTotals Totals);

/// <summary>A mention monitor's state as it travels; see <see cref="MentionMonitorStatus"/>.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.MonitorStatus")]
internal readonly record struct MonitorStatus(
    [property: Id(0)] WireInstant? ClosedUntil,
    [property: Id(1)] WireInstant? Latest,
    [property: Id(2)] long BucketsClosed,
    [property: Id(3)] long AlertsFired,
    [property: Id(4)] long LateMentions)
{
    public MentionMonitorStatus ToStatus() => new()
    {
        ClosedUntil = ClosedUntil?.ToInstant(),
        Latest = Latest?.ToInstant(),
        BucketsClosed = BucketsClosed,
        AlertsFired = AlertsFired,
        LateMentions = LateMentions,
    };
}

/// <summary>An objective's snapshot as it travels and rests; see <see cref="ObjectiveSnapshot"/>.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.ObjectiveSnapshot")]
internal sealed record ObjectiveSnapshotWire
{
    [Id(0)] public required string ObjectiveId { get; init; }

    [Id(1)] public string? ParentId { get; init; }

    [Id(2)] public required string Indicator { get; init; }

    [Id(3)] public required int Status { get; init; }

    [Id(4)] public required int Reason { get; init; }

    [Id(5)] public double? Progress { get; init; }

    [Id(6)] public double? ExpectedProgress { get; init; }

    [Id(7)] public double? Value { get; init; }

    [Id(8)] public WirePeriod? Period { get; init; }

    [Id(9)] public required bool IsMeasured { get; init; }

    [Id(10)] public required WireDate AsOf { get; init; }

    [Id(11)] public required WireInstant EvaluatedAt { get; init; }

    [Id(12)] public required string Explanation { get; init; }

    public ObjectiveSnapshot ToSnapshot() => new()
    {
        ObjectiveId = ObjectiveId,
        ParentId = ParentId,
        Indicator = new Indicators.IndicatorKey(Indicator),
        Status = (Evaluation.ObjectiveStatus)Status,
        Reason = (Evaluation.StatusReason)Reason,
        Progress = Progress,
        ExpectedProgress = ExpectedProgress,
        Value = Value,
        Period = Period?.ToPeriod(),
        IsMeasured = IsMeasured,
        AsOf = AsOf.ToLocalDate(),
        EvaluatedAt = EvaluatedAt.ToInstant(),
        Explanation = Explanation,
    };
}
