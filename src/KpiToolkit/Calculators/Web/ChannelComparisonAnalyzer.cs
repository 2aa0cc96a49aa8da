using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The options of the channel comparison.</summary>
public sealed class ChannelComparisonOptions
{
    /// <summary>
    /// Gets or sets the fewest sessions behind a channel's conversion rate (sessions of records that reported
    /// converting sessions) before it can make the channel the one to develop for conversion: a handful of
    /// lucky sessions should not win.
    /// </summary>
    /// <value>100. Must be at least 1.</value>
    public long MinimumSessionsForConversion { get; set; } = 100;

    internal static ChannelComparisonOptions Defaults { get; } = new();
}

/// <summary>One channel's volume and conversion side by side.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Sessions">Web sessions it brought.</param>
/// <param name="Visitors">Σ users it brought, when every record reported them.</param>
/// <param name="Clicks">Clicks of its actions, when they reported them.</param>
/// <param name="ConversionRate">Converting sessions / sessions.</param>
public sealed record ChannelRow(Channel Channel, long Sessions, long? Visitors, long? Clicks, KpiResult ConversionRate);

/// <summary>The channel to develop for one kind of objective, with the figures that justify it.</summary>
/// <param name="Channel">The channel.</param>
/// <param name="Reason">Why, with its figures and the runner-up's.</param>
public sealed record ChannelChoice(Channel Channel, string Reason);

/// <summary>Volume and conversion per channel, and which channel to develop for each kind of objective.</summary>
/// <param name="Period">The period compared.</param>
/// <param name="Rows">One row per channel, by sessions, most first.</param>
/// <param name="ForConversion">The channel to develop for a conversion objective; null when none has enough sessions.</param>
/// <param name="ForVisibility">The channel to develop for a visibility objective; null without traffic.</param>
public sealed record ChannelComparison(ReportingPeriod Period, IReadOnlyList<ChannelRow> Rows, ChannelChoice? ForConversion, ChannelChoice? ForVisibility);

/// <summary>
/// Compares channels on volume (sessions, visitors, clicks) and conversion rate, and says which one to
/// develop: for a visibility objective the channel that brings the most sessions; for a conversion
/// objective the one that converts best among those with enough sessions. One channel often brings more
/// volume but converts less: the right choice depends on the objective.
/// </summary>
public sealed class ChannelComparisonAnalyzer
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly long _minimumSessions;
    private readonly WebConversionRateCalculator _conversion = new();

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">The minimum sessions; the defaults when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The minimum is below 1.</exception>
    public ChannelComparisonAnalyzer(ChannelComparisonOptions? options = null)
    {
        _minimumSessions = (options ?? ChannelComparisonOptions.Defaults).MinimumSessionsForConversion;
        if (_minimumSessions < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _minimumSessions, "ChannelComparisonOptions.MinimumSessionsForConversion must be at least 1.");
        }
    }

    /// <summary>Compares the channels of a period.</summary>
    /// <param name="traffic">The web traffic records.</param>
    /// <param name="actions">The action results, for clicks; none when null.</param>
    /// <param name="period">The period.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="OverflowException">A channel's sessions, visitors or clicks add up beyond <see cref="long.MaxValue"/>; the message names the total.</exception>
    public ChannelComparison Compare(IEnumerable<WebTrafficRecord> traffic, IEnumerable<ActionResult>? actions, ReportingPeriod period)
    {
        var records = WebTraffic.Within(traffic, period, null, nameof(traffic)).ToList();
        var actionList = new List<ActionResult>();
        foreach (var action in actions ?? [])
        {
            Preconditions.Check(action is not null, "actions must not contain null.", nameof(actions));
            if (action.IsWithin(period))
            {
                actionList.Add(action);
            }
        }

        var rows = records
            .GroupBy(r => r.Channel)
            .Select(g => new ChannelRow(
                g.Key,
                CountSums.Sum(g, r => r.Sessions, "ChannelRow.Sessions", g.Key.Name),
                g.All(r => r.Users is not null) ? CountSums.Sum(g, r => r.Users!.Value, "ChannelRow.Visitors", g.Key.Name) : null,
                Clicks(actionList, g.Key),
                _conversion.Calculate(g, period, g.Key)))
            .OrderByDescending(r => r.Sessions)
            .ThenBy(r => r.Channel)
            .ToList();
        return new ChannelComparison(period, rows.AsReadOnly(), ChooseForConversion(rows), ChooseForVisibility(rows));
    }

    /// <summary>Compares the channels of a period from activity data.</summary>
    /// <param name="data">The activity data.</param>
    /// <param name="period">The period.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="OverflowException">A channel's sessions, visitors or clicks add up beyond <see cref="long.MaxValue"/>; the message names the total.</exception>
    public ChannelComparison Compare(ActivityData data, ReportingPeriod period) =>
        Compare(Preconditions.NotNull(data).WebTraffic, data.Actions, period);

    private static long? Clicks(List<ActionResult> actions, Channel channel)
    {
        var own = actions.Where(a => a.Channel == channel).ToList();
        return own.Count > 0 && own.All(a => a.Clicks is not null)
            ? CountSums.Sum(own, a => a.Clicks!.Value, "ChannelRow.Clicks", channel.Name)
            : null;
    }

    private static ChannelChoice? ChooseForVisibility(List<ChannelRow> rows)
    {
        if (rows.Count == 0 || rows[0].Sessions == 0)
        {
            return null;
        }

        var best = rows[0];
        var runnerUp = rows.Count > 1 ? string.Create(Invariant, $"; next is {rows[1].Channel} with {rows[1].Sessions:N0}") : string.Empty;
        return new ChannelChoice(best.Channel, string.Create(Invariant, $"{best.Channel} brings the most sessions: {best.Sessions:N0}{runnerUp}."));
    }

    private ChannelChoice? ChooseForConversion(List<ChannelRow> rows)
    {
        var eligible = rows
            .Where(r => r.ConversionRate.Value is not null && r.ConversionRate.Inputs.Denominator >= _minimumSessions)
            .OrderByDescending(r => r.ConversionRate.Value)
            .ThenByDescending(r => r.Sessions)
            .ThenBy(r => r.Channel)
            .ToList();
        if (eligible.Count == 0)
        {
            return null;
        }

        var best = eligible[0];
        var runnerUp = eligible.Count > 1
            ? string.Create(Invariant, $"; next is {eligible[1].Channel} at {eligible[1].ConversionRate.Value:P2} on {eligible[1].Sessions:N0} sessions")
            : string.Empty;
        return new ChannelChoice(
            best.Channel,
            string.Create(Invariant, $"{best.Channel} converts best among channels with at least {_minimumSessions:N0} sessions: {best.ConversionRate.Value:P2} on {best.Sessions:N0} sessions{runnerUp}."));
    }
}
