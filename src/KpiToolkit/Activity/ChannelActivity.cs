using System.Globalization;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// What a page or account reports for a run of days, usually one day or one month: the impressions, reach and
/// engagements it received during those days on all of its content, however old, its followers at the end, and
/// the visits to its profile.
/// </summary>
/// <remarks>
/// <para>This is the activity model: interactions that happened during the days, on any post, as Sprout's Profile
/// Performance report and the platforms' page dashboards count them. A <see cref="SocialPost"/> carries the other
/// model, the lifetime counters of one post, which belong to the period the post was published in.</para>
/// <para>The dates are the platform's reporting days, read as local dates of the reporting calendar. Every count is
/// null when the platform did not report it, which is not 0. Immutable.</para>
/// </remarks>
public sealed record ChannelActivity
{
    /// <summary>Creates the activity of a run of days.</summary>
    /// <param name="channel">The channel of the account.</param>
    /// <param name="dates">The days the counts cover, both ends included.</param>
    /// <param name="impressions">Times the account's content was on screen during the days, if reported.</param>
    /// <param name="reach">Unique accounts that saw the content during the days, if reported; not additive across rows.</param>
    /// <param name="engagements">Interactions received during the days, as the platform counts them, if reported.</param>
    /// <param name="followers">Followers at the end of the last day, if reported.</param>
    /// <param name="profileVisits">Visits to the account's profile or page during the days, if reported.</param>
    /// <param name="reportedEngagementRate">The platform's own engagement rate for these days, as a fraction (0.0453), if reported.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentException">The channel is empty, or a date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or the reported rate is negative; the exception names it.</exception>
    public ChannelActivity(
        Channel channel,
        DateInterval dates,
        long? impressions = null,
        long? reach = null,
        long? engagements = null,
        long? followers = null,
        long? profileVisits = null,
        decimal? reportedEngagementRate = null)
    {
        Preconditions.Check(!channel.IsEmpty, "channel must not be the empty (default) channel.", nameof(channel));
        Preconditions.NotNull(dates);
        Preconditions.IsoDate(dates.Start, nameof(dates));
        Channel = channel;
        Dates = dates;
        Impressions = Preconditions.NonNegative(impressions);
        Reach = Preconditions.NonNegative(reach);
        Engagements = Preconditions.NonNegative(engagements);
        Followers = Preconditions.NonNegative(followers);
        ProfileVisits = Preconditions.NonNegative(profileVisits);
        if (reportedEngagementRate < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(reportedEngagementRate),
                reportedEngagementRate,
                string.Create(CultureInfo.InvariantCulture, $"reportedEngagementRate must not be negative, but was {reportedEngagementRate}."));
        }

        ReportedEngagementRate = reportedEngagementRate;
    }

    /// <summary>Creates the activity of one day.</summary>
    /// <param name="channel">The channel of the account.</param>
    /// <param name="date">The day the counts cover.</param>
    /// <param name="impressions">Times the account's content was on screen during the day, if reported.</param>
    /// <param name="reach">Unique accounts that saw the content during the day, if reported.</param>
    /// <param name="engagements">Interactions received during the day, as the platform counts them, if reported.</param>
    /// <param name="followers">Followers at the end of the day, if reported.</param>
    /// <param name="profileVisits">Visits to the account's profile or page during the day, if reported.</param>
    /// <param name="reportedEngagementRate">The platform's own engagement rate for the day, as a fraction, if reported.</param>
    /// <exception cref="ArgumentException">The channel is empty, or the date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count or the reported rate is negative; the exception names it.</exception>
    public ChannelActivity(
        Channel channel,
        LocalDate date,
        long? impressions = null,
        long? reach = null,
        long? engagements = null,
        long? followers = null,
        long? profileVisits = null,
        decimal? reportedEngagementRate = null)
        : this(channel, new DateInterval(Preconditions.IsoDate(date), date), impressions, reach, engagements, followers, profileVisits, reportedEngagementRate)
    {
    }

    /// <summary>Gets the channel of the account.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the days the counts cover, both ends included.</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the times the account's content was on screen during the days, or null when not reported.</summary>
    public long? Impressions { get; }

    /// <summary>Gets the unique accounts reached during the days, or null when not reported. Two rows' reach cannot be added: the same people may be in both.</summary>
    public long? Reach { get; }

    /// <summary>Gets the interactions received during the days, on any post, or null when not reported.</summary>
    public long? Engagements { get; }

    /// <summary>Gets the followers at the end of the last day, or null when not reported.</summary>
    public long? Followers { get; }

    /// <summary>Gets the visits to the account's profile or page during the days, or null when not reported.</summary>
    public long? ProfileVisits { get; }

    /// <summary>Gets the platform's own engagement rate for these days, as a fraction, or null when not reported; kept to compare with the computed one.</summary>
    public decimal? ReportedEngagementRate { get; }

    /// <summary>Returns the channel and the dates.</summary>
    /// <returns>A short description, such as <c>Instagram activity 2026-03-01/2026-03-31</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Channel} activity {Dates.Start:uuuu-MM-dd}/{Dates.End:uuuu-MM-dd}");
}
