using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Which audience a growth rate is divided by.</summary>
public enum GrowthRateBase
{
    /// <summary>The followers at the start of the period: (end − start) / start, the usual follower growth rate (key <c>follower-growth-rate</c>, never below −1).</summary>
    Start,

    /// <summary>
    /// The followers at the end of the period: net new followers / total audience, as Hootsuite's audience growth
    /// rate (key <c>follower-growth-rate-end-base</c>, at most 1 and without a lower bound).
    /// </summary>
    End,
}

/// <summary>The options of the audience growth calculator.</summary>
public sealed class AudienceGrowthOptions
{
    /// <summary>
    /// Gets or sets the base of the rate that <see cref="IKpiCalculator.Calculate"/> returns, which also decides the
    /// calculator's indicator key; <see cref="AudienceGrowth"/> always holds both.
    /// </summary>
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

    /// <summary>Gets (end − start) / start, a result of the <c>follower-growth-rate</c> indicator.</summary>
    public required KpiResult GrowthRateFromStart { get; init; }

    /// <summary>Gets (end − start) / end, a result of the <c>follower-growth-rate-end-base</c> indicator.</summary>
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

    /// <summary>
    /// Gets the indicator of the headline rate: <see cref="BuiltInIndicators.FollowerGrowthRate"/> from the start,
    /// <see cref="BuiltInIndicators.FollowerGrowthRateEndBase"/> from the end. The two have their own keys because
    /// their bounds differ: a rate on the start base never falls below −1, one on the end base can.
    /// </summary>
    public Indicator Indicator => Base == GrowthRateBase.Start ? BuiltInIndicators.FollowerGrowthRate : BuiltInIndicators.FollowerGrowthRateEndBase;

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
    /// <exception cref="OverflowException">
    /// The followers (or the gains or losses) of the channels add up beyond <see cref="long.MaxValue"/>, which the
    /// counts of <see cref="AudienceGrowth"/> cannot hold; the message names the count. The rates alone, from
    /// <see cref="Calculate"/>, are computed on exact sums and never overflow.
    /// </exception>
    public AudienceGrowth Analyze(AudienceHistory audience, ReportingPeriod period, Channel? channel = null)
    {
        var totals = Sum(Preconditions.NotNull(audience), Preconditions.NotNull(period), channel);
        var known = totals.Used > 0;
        return new AudienceGrowth
        {
            Period = period,
            Channel = channel,
            StartFollowers = known ? ToCount(totals.Start, nameof(AudienceGrowth.StartFollowers)) : null,
            EndFollowers = known ? ToCount(totals.End, nameof(AudienceGrowth.EndFollowers)) : null,
            NetChange = known ? ToCount(totals.End - totals.Start, nameof(AudienceGrowth.NetChange)) : null,
            Gained = known && totals.Gained is { } gained ? ToCount(gained, nameof(AudienceGrowth.Gained)) : null,
            Lost = known && totals.Lost is { } lost ? ToCount(lost, nameof(AudienceGrowth.Lost)) : null,
            GrowthRateFromStart = Rate(BuiltInIndicators.FollowerGrowthRate, period, channel, totals, totals.Start, FromStartMethod),
            GrowthRateFromEnd = Rate(BuiltInIndicators.FollowerGrowthRateEndBase, period, channel, totals, totals.End, FromEndMethod),
        };
    }

    /// <inheritdoc />
    /// <remarks>Followers are added up over the channels exactly, so even absurd counts give the right rate rather than wrapping around.</remarks>
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
    {
        var totals = Sum(Preconditions.NotNull(data).Audience, Preconditions.NotNull(period), channel);
        return Base == GrowthRateBase.Start
            ? Rate(BuiltInIndicators.FollowerGrowthRate, period, channel, totals, totals.Start, FromStartMethod)
            : Rate(BuiltInIndicators.FollowerGrowthRateEndBase, period, channel, totals, totals.End, FromEndMethod);
    }

    /// <summary>Adds up the start and end followers, and the gains and losses, of the channels that have both snapshots, in <see cref="Int128"/> so no sum wraps around.</summary>
    private Totals Sum(AudienceHistory audience, ReportingPeriod period, Channel? channel)
    {
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        Int128 start = 0, end = 0;
        Int128? gained = 0, lost = 0;
        long used = 0, skipped = 0;
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
                gained += snapshot.Gained;
                lost += snapshot.Lost;
            }
        }

        return new Totals(start, end, gained, lost, used, skipped);
    }

    private static long ToCount(Int128 value, string property) =>
        CountSums.ToLong(value, $"{nameof(AudienceGrowth)}.{property} over the channels");

    private static KpiResult Rate(Indicator indicator, ReportingPeriod period, Channel? channel, Totals totals, Int128 denominator, string method)
    {
        var known = totals.Used > 0;
        var net = totals.End - totals.Start;
        var inputs = new KpiInputs(known ? (double)net : null, known ? (double)denominator : null, totals.Used, totals.Skipped);
        if (!known)
        {
            var reason = totals.Skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData;
            return KpiResult.Unavailable(indicator.Key, indicator.Unit, period, channel, reason, inputs, method);
        }

        return denominator == 0
            ? KpiResult.Unavailable(indicator.Key, indicator.Unit, period, channel, KpiUnavailableReason.ZeroDenominator, inputs, method)
            : KpiResult.Available(indicator.Key, indicator.Unit, period, channel, (double)net / (double)denominator, inputs, method);
    }

    private readonly record struct Totals(Int128 Start, Int128 End, Int128? Gained, Int128? Lost, long Used, long Skipped);
}

/// <summary>Followers: the audience at the end of a period, the latest snapshot inside it, added up over channels when none is given.</summary>
/// <remarks>The channels are added up exactly (in <see cref="Int128"/>), so even absurd counts never wrap around to a negative total.</remarks>
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
        Preconditions.OptionalChannel(channel);
        var interval = Calendar.ToInterval(period);
        Int128 followers = 0;
        long used = 0, skipped = 0;
        // A channel never seen in the audience has no data; one seen before or after the period misses a snapshot in it.
        var channels = channel is { } only ? data.Audience.Channels.Contains(only) ? [only] : [] : data.Audience.Channels.ToList();
        foreach (var c in channels)
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

        var inputs = new KpiInputs(used > 0 ? (double)followers : null, null, used, skipped);
        return used > 0
            ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, (double)followers, inputs, Method)
            : KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData, inputs, Method);
    }
}
