using System.Globalization;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>The size of an owned audience on one channel at one moment, with the gains and losses since the previous snapshot when the platform gives them.</summary>
/// <remarks>Immutable. Counts may not be negative.</remarks>
public sealed record AudienceSnapshot
{
    /// <summary>Creates a snapshot taken at an instant.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="takenAt">When the followers were counted.</param>
    /// <param name="followers">The number of followers then.</param>
    /// <param name="gained">New followers since the previous snapshot, if reported.</param>
    /// <param name="lost">Followers lost since the previous snapshot, if reported.</param>
    /// <exception cref="ArgumentException">The channel is empty or a count is negative.</exception>
    public AudienceSnapshot(Channel channel, Instant takenAt, long followers, long? gained = null, long? lost = null)
    {
        Preconditions.Check(!channel.IsEmpty, "channel must not be the empty (default) channel.", nameof(channel));
        Channel = channel;
        TakenAt = takenAt;
        Followers = NonNegative(followers, nameof(followers));
        Gained = gained is { } g ? NonNegative(g, nameof(gained)) : null;
        Lost = lost is { } l ? NonNegative(l, nameof(lost)) : null;
    }

    /// <summary>Gets the channel.</summary>
    public Channel Channel { get; }

    /// <summary>Gets when the followers were counted.</summary>
    public Instant TakenAt { get; }

    /// <summary>Gets the number of followers.</summary>
    public long Followers { get; }

    /// <summary>Gets the new followers since the previous snapshot, or null when not reported.</summary>
    public long? Gained { get; }

    /// <summary>Gets the followers lost since the previous snapshot, or null when not reported.</summary>
    public long? Lost { get; }

    /// <summary>
    /// Creates the snapshot of a daily report: the followers at the end of <paramref name="date"/> in the
    /// calendar's time zone, which is the start of the next day there. A post published during that day is
    /// therefore before this snapshot.
    /// </summary>
    /// <param name="channel">The channel.</param>
    /// <param name="date">The day the report is for.</param>
    /// <param name="calendar">The reporting calendar whose time zone the day is in.</param>
    /// <param name="followers">The number of followers at the end of the day.</param>
    /// <param name="gained">New followers during the day, if reported.</param>
    /// <param name="lost">Followers lost during the day, if reported.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">The channel is empty or a count is negative.</exception>
    public static AudienceSnapshot AtEndOfDay(Channel channel, LocalDate date, ReportingCalendar calendar, long followers, long? gained = null, long? lost = null)
    {
        Preconditions.NotNull(calendar);
        // The calendar decides where a day ends, so snapshots and periods agree even around skipped days.
        var endOfDay = calendar.ToInterval(ReportingPeriod.Day(date)).End;
        return new AudienceSnapshot(channel, endOfDay, followers, gained, lost);
    }

    private static long NonNegative(long value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must not be negative, but was {value}."));
}
