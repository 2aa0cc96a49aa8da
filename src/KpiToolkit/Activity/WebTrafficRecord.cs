using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// The web traffic one source (channel) brought on one day: sessions, visitors, sessions with at least one
/// conversion, and conversions, as an analytics tool reports them.
/// </summary>
/// <remarks>Optional counts are null when not reported. Converting sessions cannot exceed sessions. Immutable.</remarks>
public sealed record WebTrafficRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="date">The day.</param>
    /// <param name="channel">The source of the traffic, such as Instagram, Email or Search.</param>
    /// <param name="sessions">Sessions.</param>
    /// <param name="users">Visitors (users), if reported.</param>
    /// <param name="convertingSessions">Sessions with at least one conversion (key event), if reported.</param>
    /// <param name="conversions">Conversions (key events), if reported; several may happen in one session.</param>
    /// <exception cref="ArgumentException">The channel is empty, a count negative, converting sessions above sessions, or the date not ISO.</exception>
    public WebTrafficRecord(LocalDate date, Channel channel, long sessions, long? users = null, long? convertingSessions = null, long? conversions = null)
    {
        Date = Preconditions.IsoDate(date);
        Preconditions.Check(!channel.IsEmpty, "channel must not be the empty (default) channel.", nameof(channel));
        Channel = channel;
        Sessions = Preconditions.NonNegative(sessions);
        Users = Preconditions.NonNegative(users);
        ConvertingSessions = Preconditions.NonNegative(convertingSessions);
        Preconditions.Check(
            !(convertingSessions > sessions),
            $"convertingSessions ({convertingSessions}) cannot exceed sessions ({sessions}).",
            nameof(convertingSessions));
        Conversions = Preconditions.NonNegative(conversions);
    }

    /// <summary>Gets the day.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the source of the traffic.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the sessions.</summary>
    public long Sessions { get; }

    /// <summary>Gets the visitors, or null when not reported.</summary>
    public long? Users { get; }

    /// <summary>Gets the sessions with at least one conversion, or null when not reported.</summary>
    public long? ConvertingSessions { get; }

    /// <summary>Gets the conversions, or null when not reported.</summary>
    public long? Conversions { get; }
}
