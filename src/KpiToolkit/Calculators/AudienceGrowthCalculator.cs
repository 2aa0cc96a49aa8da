using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Which audience a growth rate is divided by.</summary>
public enum GrowthRateBase
{
    /// <summary>The followers at the start of the period: (end − start) / start, the usual follower growth rate.</summary>
    Start,

    /// <summary>The followers at the end of the period: net new followers / total audience, as Hootsuite's audience growth rate.</summary>
    End,
}

/// <summary>The options of the audience growth calculator.</summary>
public sealed class AudienceGrowthOptions
{
    /// <summary>Gets or sets the base of the rate that <see cref="IKpiCalculator.Calculate"/> returns; <see cref="AudienceGrowth"/> always holds both.</summary>
    /// <value><see cref="GrowthRateBase.Start"/>.</value>
    public GrowthRateBase Base { get; set; } = GrowthRateBase.Start;

    internal static AudienceGrowthOptions Defaults { get; } = new();
}

/// <summary>How an audience changed over a period, for one channel or all of them.</summary>
public sealed record AudienceGrowth
{
    /// <summary>Gets the period.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the channel, or null for every channel.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the followers at the start of the period (the latest snapshot at or before it); null when unknown.</summary>
    public long? StartFollowers { get; init; }

    /// <summary>Gets the followers at the end of the period (the latest snapshot inside it); null when unknown.</summary>
    public long? EndFollowers { get; init; }

    /// <summary>Gets end − start; negative when the audience shrank; null when either is unknown.</summary>
    public long? NetChange { get; init; }

    /// <summary>Gets the new followers reported by the snapshots of the period; null when a snapshot did not report them.</summary>
    public long? Gained { get; init; }

    /// <summary>Gets the followers lost reported by the snapshots of the period; null when a snapshot did not report them.</summary>
    public long? Lost { get; init; }

    /// <summary>Gets (end − start) / start.</summary>
    public required KpiResult GrowthRateFromStart { get; init; }

    /// <summary>Gets (end − start) / end.</summary>
    public required KpiResult GrowthRateFromEnd { get; init; }
}

/// <summary>
/// Audience growth: net change of followers over a period, growth rate from the start and from the end
/// (both named, since vendors use both), and the gains and losses when snapshots report them.
/// </summary>
/// <remarks>
/// The start is the latest snapshot taken at or before the first instant of the period; the end is the
/// latest snapshot taken inside the period (up to and including its last instant, so a daily snapshot of
/// the period's last day counts). With every channel, the channels that have both snapshots are added up
/// and the others are counted as skipped.
/// </remarks>
/// <param name="options">The base of the headline rate; the defaults when null.</param>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class AudienceGrowthCalculator(AudienceGrowthOptions? options = null, ReportingCalendar? calendar = null) : IKpiCalculator
{
    private const string FromStartMethod = "(followers at end - followers at start) / followers at start";
    private const string FromEndMethod = "(followers at end - followers at start) / followers at end";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.FollowerGrowthRate;

    /// <summary>Gets the base of the headline rate.</summary>
    public GrowthRateBase Base { get; } = Preconditions.Defined((options ?? AudienceGrowthOptions.Defaults).Base, $"{nameof(AudienceGrowthOptions)}.{nameof(AudienceGrowthOptions.Base)}");

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; } = calendar ?? ReportingCalendar.Utc;

    /// <summary>Analyses the audience of one channel, or of all channels, over a period.</summary>
    /// <param name="audience">The snapshots.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel, or null for every channel with snapshots.</param>
    /// <returns>The growth.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="audience"/> or <paramref name="period"/> is null.</exception>
    public AudienceGrowth Analyze(AudienceHistory audience, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(audience);
        Preconditions.NotNull(period);
        var interval = Calendar.ToInterval(period);
        long start = 0, end = 0, used = 0, skipped = 0;
        long? gained = 0, lost = 0;
        var channels = channel is { } only ? [only] : audience.Channels.ToList();
        foreach (var c in channels)
        {
            var first = audience.AtOrBefore(c, interval.Start);
            var last = audience.AtOrBefore(c, interval.End);
            if (first is null || last is null || last.TakenAt <= interval.Start)
            {
                skipped++;
                continue;
            }

            used++;
            start += first.Followers;
            end += last.Followers;
            foreach (var snapshot in audience.Between(c, first.TakenAt, last.TakenAt))
            {
                gained = gained + snapshot.Gained;
                lost = lost + snapshot.Lost;
            }
        }

        var known = used > 0;
        return new AudienceGrowth
        {
            Period = period,
            Channel = channel,
            StartFollowers = known ? start : null,
            EndFollowers = known ? end : null,
            NetChange = known ? end - start : null,
            Gained = known ? gained : null,
            Lost = known ? lost : null,
            GrowthRateFromStart = Rate(period, channel, known, end - start, start, used, skipped, FromStartMethod),
            GrowthRateFromEnd = Rate(period, channel, known, end - start, end, used, skipped, FromEndMethod),
        };
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
    {
        var growth = Analyze(Preconditions.NotNull(data).Audience, period, channel);
        return Base == GrowthRateBase.Start ? growth.GrowthRateFromStart : growth.GrowthRateFromEnd;
    }

    private KpiResult Rate(ReportingPeriod period, Channel? channel, bool known, long net, long denominator, long used, long skipped, string method)
    {
        var inputs = new KpiInputs(known ? net : null, known ? denominator : null, used, skipped);
        if (!known)
        {
            var reason = skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData;
            return KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, reason, inputs, method);
        }

        return denominator == 0
            ? KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.ZeroDenominator, inputs, method)
            : KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, (double)net / denominator, inputs, method);
    }
}

/// <summary>Followers: the audience at the end of a period, the latest snapshot inside it, added up over channels when none is given.</summary>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed class FollowersCalculator(ReportingCalendar? calendar = null) : IKpiCalculator
{
    private const string Method = "followers of the latest snapshot in the period";

    /// <inheritdoc />
    public Indicator Indicator => BuiltInIndicators.Followers;

    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; } = calendar ?? ReportingCalendar.Utc;

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(data);
        Preconditions.NotNull(period);
        var interval = Calendar.ToInterval(period);
        long followers = 0, used = 0, skipped = 0;
        foreach (var c in channel is { } only ? [only] : data.Audience.Channels.ToList())
        {
            if (data.Audience.AtOrBefore(c, interval.End) is { } last && last.TakenAt > interval.Start)
            {
                followers += last.Followers;
                used++;
            }
            else
            {
                skipped++;
            }
        }

        var inputs = new KpiInputs(used > 0 ? followers : null, null, used, skipped);
        return used > 0
            ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, followers, inputs, Method)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData, inputs, Method);
    }
}
