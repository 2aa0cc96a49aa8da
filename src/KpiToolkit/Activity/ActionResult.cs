using KpiToolkit.Time;

namespace KpiToolkit.Activity;

/// <summary>What the caller counts as the gain of an action, which decides how its ROI reads.</summary>
public enum GainKind
{
    /// <summary>Revenue attributed to the action (conversion value). ROI on revenue ignores the cost of goods.</summary>
    Revenue,

    /// <summary>Gross margin attributed to the action.</summary>
    Margin,

    /// <summary>Profit attributed to the action.</summary>
    Profit,
}

/// <summary>
/// The result of one marketing action or campaign over a period: what it cost, what it brought back, and
/// its optional delivery counters.
/// </summary>
/// <remarks>
/// The gain is null when it is not known yet (it is never taken as 0); its <see cref="GainKind"/> says
/// whether it is revenue, margin or profit. The gain and the cost must share a currency. Immutable.
/// </remarks>
public sealed record ActionResult
{
    /// <summary>Creates an action result.</summary>
    /// <param name="name">The name of the action, unique within an analysis.</param>
    /// <param name="channel">The channel it ran on.</param>
    /// <param name="period">The period it covers.</param>
    /// <param name="cost">Its full cost; not negative.</param>
    /// <param name="gain">What it brought back, if known.</param>
    /// <param name="gainKind">What <paramref name="gain"/> is.</param>
    /// <param name="impressions">Impressions, if reported.</param>
    /// <param name="clicks">Clicks, if reported.</param>
    /// <param name="engagements">Engagements, if reported.</param>
    /// <param name="conversions">Conversions, if reported.</param>
    /// <exception cref="ArgumentException">The name is blank, the channel empty, the cost negative or default, a count negative, or the gain in another currency.</exception>
    public ActionResult(
        string name,
        Channel channel,
        ReportingPeriod period,
        Money cost,
        Money? gain = null,
        GainKind gainKind = GainKind.Revenue,
        long? impressions = null,
        long? clicks = null,
        long? engagements = null,
        long? conversions = null)
    {
        Name = Preconditions.NotBlank(name).Trim();
        Preconditions.Check(!channel.IsEmpty, "channel must not be the empty (default) channel.", nameof(channel));
        Channel = channel;
        Period = Preconditions.NotNull(period);
        Preconditions.Check(!cost.IsDefault, "cost must have a currency.", nameof(cost));
        Preconditions.Check(cost.Amount >= 0, $"cost must not be negative, but was {cost}.", nameof(cost));
        Cost = cost;
        if (gain is { } g)
        {
            Preconditions.Check(!g.IsDefault, "gain must have a currency.", nameof(gain));
            Preconditions.Check(
                g.Currency == cost.Currency,
                $"gain is in {g.Currency} but cost in {cost.Currency}; convert them to one currency first.",
                nameof(gain));
        }

        Gain = gain;
        GainKind = Preconditions.Defined(gainKind);
        Impressions = Preconditions.NonNegative(impressions);
        Clicks = Preconditions.NonNegative(clicks);
        Engagements = Preconditions.NonNegative(engagements);
        Conversions = Preconditions.NonNegative(conversions);
    }

    /// <summary>Gets the name of the action.</summary>
    public string Name { get; }

    /// <summary>Gets the channel it ran on.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the period it covers.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets its full cost.</summary>
    public Money Cost { get; }

    /// <summary>Gets what it brought back, or null when not known.</summary>
    public Money? Gain { get; }

    /// <summary>Gets what the gain is: revenue, margin or profit.</summary>
    public GainKind GainKind { get; }

    /// <summary>Gets the impressions, or null when not reported.</summary>
    public long? Impressions { get; }

    /// <summary>Gets the clicks, or null when not reported.</summary>
    public long? Clicks { get; }

    /// <summary>Gets the engagements, or null when not reported.</summary>
    public long? Engagements { get; }

    /// <summary>Gets the conversions, or null when not reported.</summary>
    public long? Conversions { get; }

    /// <summary>Returns whether the action's own period lies inside a reporting period, the rule every action calculator uses.</summary>
    /// <param name="reportingPeriod">The reporting period.</param>
    /// <returns><see langword="true"/> when both the first and the last day of the action are in it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reportingPeriod"/> is null.</exception>
    public bool IsWithin(ReportingPeriod reportingPeriod) =>
        Preconditions.NotNull(reportingPeriod).Contains(Period.Start) && reportingPeriod.Contains(Period.End);
}
