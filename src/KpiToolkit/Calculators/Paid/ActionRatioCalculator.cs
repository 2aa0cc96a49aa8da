using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>One action and its value of an indicator.</summary>
/// <param name="Action">The action's name.</param>
/// <param name="Result">Its result.</param>
public sealed record ActionKpi(string Action, KpiResult Result);

/// <summary>
/// The shared engine of the indicators computed from action results — ROI, ROAS, cost per acquisition,
/// click, thousand impressions and engagement, click-through and click conversion rates. A group of actions
/// is always a ratio of sums, as the ad platforms report it: Σ numerators / Σ denominators.
/// </summary>
/// <remarks>
/// <para>An action belongs to a reporting period when its own period lies inside it. An action missing a
/// figure the formula needs (a gain not known yet, clicks not reported) is skipped and counted, never
/// taken as 0; a group whose denominator sums to 0 has no value (<see cref="KpiUnavailableReason.ZeroDenominator"/>).</para>
/// <para>Money never mixes currencies: a group holding actions in two currencies throws a
/// <see cref="CurrencyMismatchException"/> naming them. Sums are <see cref="decimal"/>, exact for money.</para>
/// <para>A sum or a value beyond what a <see cref="decimal"/> holds (about 7.9 × 10²⁸) gives no value, with
/// <see cref="KpiUnavailableReason.TooLargeToCompute"/>, rather than an <see cref="OverflowException"/>.</para>
/// </remarks>
public abstract class ActionRatioCalculator : IKpiCalculator
{
    private readonly string _method;

    /// <summary>Initialises the calculator.</summary>
    /// <param name="indicator">The indicator computed.</param>
    /// <param name="formula">The formula in words, such as <c>cost / clicks</c>.</param>
    /// <param name="usesMoney">Whether the formula involves amounts, so currencies must agree within a group.</param>
    /// <exception cref="ArgumentException">An argument is null or blank.</exception>
    protected ActionRatioCalculator(Indicator indicator, string formula, bool usesMoney)
    {
        Indicator = Preconditions.NotNull(indicator);
        _method = $"ratio of sums: {Preconditions.NotBlank(formula)}";
        UsesMoney = usesMoney;
    }

    /// <inheritdoc />
    public Indicator Indicator { get; }

    /// <summary>Gets whether the formula involves amounts of money.</summary>
    public bool UsesMoney { get; }

    /// <summary>Computes the indicator over every action inside a period.</summary>
    /// <param name="actions">The actions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result.</returns>
    /// <exception cref="CurrencyMismatchException">The actions of the group use two currencies.</exception>
    public KpiResult Calculate(IEnumerable<ActionResult> actions, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        return Compute(Within(actions, period).Where(a => channel is null || a.Channel == channel.Value), period, channel);
    }

    /// <summary>Computes the indicator for each action inside a period, in the order given.</summary>
    /// <param name="actions">The actions.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per action.</returns>
    public IReadOnlyList<ActionKpi> CalculateByAction(IEnumerable<ActionResult> actions, ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        return Within(actions, period).Select(a => new ActionKpi(a.Name, Compute([a], period, a.Channel))).ToList().AsReadOnly();
    }

    /// <summary>Computes the indicator for each channel with actions inside a period, as a ratio of sums of its actions.</summary>
    /// <param name="actions">The actions.</param>
    /// <param name="period">The period.</param>
    /// <returns>One result per channel, ordered by channel name.</returns>
    /// <exception cref="CurrencyMismatchException">The actions of one channel use two currencies.</exception>
    public IReadOnlyList<KpiResult> CalculateByChannel(IEnumerable<ActionResult> actions, ReportingPeriod period)
    {
        Preconditions.NotNull(period);
        return Within(actions, period)
            .GroupBy(a => a.Channel)
            .OrderBy(g => g.Key)
            .Select(g => Compute(g, period, g.Key))
            .ToList()
            .AsReadOnly();
    }

    /// <inheritdoc />
    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
        Calculate(Preconditions.NotNull(data).Actions, period, channel);

    /// <summary>Returns the numerator of one action, or null when a figure it needs is missing.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The numerator (an amount or a count).</returns>
    protected abstract decimal? Numerator(ActionResult action);

    /// <summary>Returns the denominator of one action, or null when a figure it needs is missing.</summary>
    /// <param name="action">The action.</param>
    /// <returns>The denominator (an amount or a count).</returns>
    protected abstract decimal? Denominator(ActionResult action);

    /// <summary>Turns the sums into the value, such as ×1000 for a cost per thousand or −1 for ROI.</summary>
    /// <param name="numerator">Σ numerators.</param>
    /// <param name="denominator">Σ denominators; never 0.</param>
    /// <returns>The value.</returns>
    protected virtual decimal Combine(decimal numerator, decimal denominator) => numerator / denominator;

    private static List<ActionResult> Within(IEnumerable<ActionResult> actions, ReportingPeriod period)
    {
        Preconditions.NotNull(actions);
        var kept = new List<ActionResult>();
        foreach (var action in actions)
        {
            Preconditions.Check(action is not null, "actions must not contain null.", nameof(actions));
            if (action.IsWithin(period))
            {
                kept.Add(action);
            }
        }

        return kept;
    }

    private KpiResult Compute(IEnumerable<ActionResult> actions, ReportingPeriod period, Channel? channel)
    {
        decimal numerator = 0, denominator = 0;
        long used = 0, skipped = 0;
        var overflowed = false;
        ActionResult? first = null;
        foreach (var action in actions)
        {
            if (UsesMoney)
            {
                first ??= action;
                if (action.Cost.Currency != first.Cost.Currency)
                {
                    throw new CurrencyMismatchException(
                        $"Cannot combine '{first.Name}' in {first.Cost.Currency} and '{action.Name}' in {action.Cost.Currency} into one {Indicator.Name}: group actions by currency or convert them first.");
                }
            }

            if (Numerator(action) is { } n && Denominator(action) is { } d)
            {
                // A sum past decimal.MaxValue has no exact value; the rest are still read, to check their currencies and count them.
                overflowed = overflowed || !TryAdd(ref numerator, n) || !TryAdd(ref denominator, d);
                used++;
            }
            else
            {
                skipped++;
            }
        }

        var currency = Indicator.Unit == IndicatorUnit.Money ? first?.Cost.Currency : null;
        if (overflowed)
        {
            return TooLarge(period, channel, used, skipped, currency);
        }

        var inputs = new KpiInputs((double)numerator, (double)denominator, used, skipped);
        if (used > 0 && denominator != 0)
        {
            return TryCombine(numerator, denominator) is { } value
                ? KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, (double)value, inputs, _method, currency)
                : TooLarge(period, channel, used, skipped, currency);
        }

        var reason = used > 0 ? KpiUnavailableReason.ZeroDenominator : skipped > 0 ? KpiUnavailableReason.MissingCounters : KpiUnavailableReason.NoData;
        return KpiResult.Unavailable(Indicator.Key, Indicator.Unit, period, channel, reason, inputs, _method, currency);
    }

    private static bool TryAdd(ref decimal sum, decimal value)
    {
        try
        {
            sum += value;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private decimal? TryCombine(decimal numerator, decimal denominator)
    {
        try
        {
            return Combine(numerator, denominator);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // The sums are not given: the ones that fit would mislead, and the one that does not fit has no exact value.
    private KpiResult TooLarge(ReportingPeriod period, Channel? channel, long used, long skipped, string? currency) =>
        KpiResult.Unavailable(
            Indicator.Key, Indicator.Unit, period, channel, KpiUnavailableReason.TooLargeToCompute, new KpiInputs(null, null, used, skipped),
            $"{_method} (the amounts exceed what a decimal holds, so no exact value exists)", currency);
}

/// <summary>ROI = (Σ gain − Σ cost) / Σ cost, a fraction: −100 % when the gain is 0. What gain means (revenue, margin, profit) is stated on each action.</summary>
public sealed class RoiCalculator() : ActionRatioCalculator(BuiltInIndicators.ReturnOnInvestment, "(gain - cost) / cost", usesMoney: true)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Gain?.Amount;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Cost.Amount;

    /// <inheritdoc />
    protected override decimal Combine(decimal numerator, decimal denominator) => Roi.Of(numerator, denominator);
}

/// <summary>The one place the ROI formula is written, for <see cref="RoiCalculator"/> and <see cref="RoiRankingAnalyzer"/>.</summary>
internal static class Roi
{
    /// <summary>(gain − cost) / cost.</summary>
    /// <param name="gain">The gain.</param>
    /// <param name="cost">The cost; never 0.</param>
    /// <returns>The ROI, as a fraction.</returns>
    public static decimal Of(decimal gain, decimal cost) => (gain - cost) / cost;

    /// <summary>(gain − cost) / cost, or null when it exceeds what a <see cref="decimal"/> holds.</summary>
    /// <param name="gain">The gain.</param>
    /// <param name="cost">The cost; never 0.</param>
    /// <returns>The ROI, as a fraction, or null.</returns>
    public static decimal? TryOf(decimal gain, decimal cost)
    {
        try
        {
            return Of(gain, cost);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}

/// <summary>ROAS = Σ gain / Σ cost, a ratio (4.0 returns 4 per unit spent). Above 1 can still lose money once the cost of goods is paid.</summary>
public sealed class RoasCalculator() : ActionRatioCalculator(BuiltInIndicators.Roas, "gain / cost", usesMoney: true)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Gain?.Amount;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Cost.Amount;
}

/// <summary>Cost per acquisition = Σ cost / Σ conversions, in the actions' currency.</summary>
public sealed class CostPerAcquisitionCalculator() : ActionRatioCalculator(BuiltInIndicators.CostPerAcquisition, "cost / conversions", usesMoney: true)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Cost.Amount;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Conversions;
}

/// <summary>Cost per click = Σ cost / Σ clicks, in the actions' currency.</summary>
public sealed class CostPerClickCalculator() : ActionRatioCalculator(BuiltInIndicators.CostPerClick, "cost / clicks", usesMoney: true)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Cost.Amount;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Clicks;
}

/// <summary>Cost per thousand impressions = Σ cost / Σ impressions × 1000, in the actions' currency.</summary>
public sealed class CostPerMilleCalculator() : ActionRatioCalculator(BuiltInIndicators.CostPerMille, "cost / impressions x 1000", usesMoney: true)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Cost.Amount;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Impressions;

    /// <inheritdoc />
    protected override decimal Combine(decimal numerator, decimal denominator) => numerator * 1000 / denominator;
}

/// <summary>Cost per engagement = Σ cost / Σ engagements, in the actions' currency.</summary>
public sealed class CostPerEngagementCalculator() : ActionRatioCalculator(BuiltInIndicators.CostPerEngagement, "cost / engagements", usesMoney: true)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Cost.Amount;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Engagements;
}

/// <summary>Click-through rate = Σ clicks / Σ impressions.</summary>
public sealed class ClickThroughRateCalculator() : ActionRatioCalculator(BuiltInIndicators.ClickThroughRate, "clicks / impressions", usesMoney: false)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Clicks;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Impressions;
}

/// <summary>
/// Conversion rate of clicks = Σ conversions / Σ clicks; above 100 % when one click leads to several
/// conversions. Not the web conversion rate, which divides converting sessions by sessions.
/// </summary>
public sealed class ClickConversionRateCalculator() : ActionRatioCalculator(BuiltInIndicators.ClickConversionRate, "conversions / clicks", usesMoney: false)
{
    /// <inheritdoc />
    protected override decimal? Numerator(ActionResult action) => Preconditions.NotNull(action).Conversions;

    /// <inheritdoc />
    protected override decimal? Denominator(ActionResult action) => Preconditions.NotNull(action).Clicks;
}
