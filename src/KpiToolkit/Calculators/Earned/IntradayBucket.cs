using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// The mentions of one intraday bucket, such as the quarter of an hour from 14:15 to 14:30 on the wall clocks of the
/// calendar's time zone.
/// </summary>
/// <remarks>
/// Buckets follow local clock times: a 15-minute bucket starts at :00, :15, :30 or :45 local time, an hour bucket at
/// the top of a local hour, even in a zone whose offset is not whole hours (Asia/Kolkata, Asia/Kathmandu). Across a
/// daylight-saving change the instants decide: when clocks go back, the repeated hour gives buckets with the same
/// <see cref="LocalStart"/> and two different <see cref="Offset"/>s, one after the other; when clocks go forward, the
/// skipped local times have no bucket; a change in the middle of a bucket cuts it in two. No instant is in two buckets
/// and none is between two.
/// </remarks>
public sealed record IntradayBucket
{
    /// <summary>Gets the local date and time the bucket starts at on the wall clock.</summary>
    public required LocalDateTime LocalStart { get; init; }

    /// <summary>Gets the offset from UTC of the local time during the bucket.</summary>
    public required Offset Offset { get; init; }

    /// <summary>Gets the first instant of the bucket.</summary>
    public required Instant Start { get; init; }

    /// <summary>Gets the instant right after the bucket (exclusive).</summary>
    public required Instant End { get; init; }

    /// <summary>Gets the mentions published in the bucket; 0 when none.</summary>
    public required long Count { get; init; }

    /// <summary>
    /// Gets whether the whole bucket lies in the range the series was asked for. The last bucket of a series that
    /// ends now is still filling: a detector should not judge it as if it were complete.
    /// </summary>
    public required bool IsComplete { get; init; }

    /// <summary>Gets the instants of the bucket.</summary>
    public Interval Instants => new(Start, End);
}
