using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>What to do with an action, given its ROI.</summary>
public enum ActionRecommendation
{
    /// <summary>Losing money beyond what the options accept: stop it.</summary>
    Stop,

    /// <summary>Paying back too little: reduce it or rework it.</summary>
    Reduce,

    /// <summary>Paying back as expected: keep it.</summary>
    Keep,

    /// <summary>Paying back well: multiply it.</summary>
    ScaleUp,
}

/// <summary>Why an action cannot be ranked by ROI.</summary>
public enum UnrankableReason
{
    /// <summary>It cost nothing, so its ROI does not exist.</summary>
    ZeroCost,

    /// <summary>Its gain is not known yet.</summary>
    MissingGain,

    /// <summary>Its gain and cost are so large that its ROI exceeds what a <see cref="decimal"/> holds, so it cannot be computed exactly.</summary>
    TooLargeToCompute,
}

/// <summary>The ROI thresholds of the recommendations; each is a fraction (1.0 = 100 %).</summary>
public sealed class RoiRankingOptions
{
    /// <summary>Gets or sets the ROI at or above which an action is scaled up.</summary>
    /// <value>1.0: the action returns at least twice its cost.</value>
    public double ScaleUpAtOrAbove { get; set; } = 1.0;

    /// <summary>Gets or sets the ROI at or above which an action is kept.</summary>
    /// <value>0.2.</value>
    public double KeepAtOrAbove { get; set; } = 0.2;

    /// <summary>Gets or sets the ROI at or above which an action is reduced rather than stopped.</summary>
    /// <value>0: an action that at least pays for itself is reduced, one that loses money is stopped.</value>
    public double ReduceAtOrAbove { get; set; }

    internal static RoiRankingOptions Defaults { get; } = new();
}

/// <summary>An action with its ROI and the recommendation it earns.</summary>
/// <param name="Rank">1 for the best ROI.</param>
/// <param name="Name">The action's name.</param>
/// <param name="Channel">Its channel.</param>
/// <param name="Cost">Its cost.</param>
/// <param name="Gain">Its gain.</param>
/// <param name="GainKind">What the gain is.</param>
/// <param name="Roi">(gain − cost) / cost, as a fraction.</param>
/// <param name="Recommendation">What to do with it.</param>
public sealed record RankedAction(int Rank, string Name, Channel Channel, Money Cost, Money Gain, GainKind GainKind, double Roi, ActionRecommendation Recommendation);

/// <summary>An action that could not be ranked, and why.</summary>
/// <param name="Name">The action's name.</param>
/// <param name="Channel">Its channel.</param>
/// <param name="Reason">Why it is not ranked.</param>
public sealed record UnrankableAction(string Name, Channel Channel, UnrankableReason Reason);

/// <summary>Actions ranked by ROI, and those that could not be ranked.</summary>
/// <param name="Ranked">The ranked actions, best first.</param>
/// <param name="NotRankable">The actions without an ROI, by name, channel and reason.</param>
public sealed record RoiRanking(IReadOnlyList<RankedAction> Ranked, IReadOnlyList<UnrankableAction> NotRankable);

/// <summary>
/// Ranks the actions of a period by ROI and recommends, for each, to scale it up, keep it, reduce it or
/// stop it, from the thresholds of the options. An action with zero cost or an unknown gain is listed as not
/// rankable with its reason, never dropped.
/// </summary>
/// <remarks>
/// Each action's ROI is computed in its own currency, so actions in different currencies can be ranked
/// together. Actions with equal ROI are ordered by currency code (ordinal), then, within one currency, by the
/// larger net gain (gain − cost), then by name (ordinal). Net gains are compared only between actions of one
/// currency, never across currencies; grouping the tied actions by currency first keeps the order a total
/// order, so the ranking never depends on input order.
/// </remarks>
public sealed class RoiRankingAnalyzer
{
    private readonly double _scaleUp;
    private readonly double _keep;
    private readonly double _reduce;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">The thresholds; the defaults when null.</param>
    /// <exception cref="ArgumentException">A threshold is not finite, or they are not ordered scale up ≥ keep ≥ reduce.</exception>
    public RoiRankingAnalyzer(RoiRankingOptions? options = null)
    {
        options ??= RoiRankingOptions.Defaults;
        _scaleUp = Preconditions.Finite(options.ScaleUpAtOrAbove, $"{nameof(RoiRankingOptions)}.{nameof(options.ScaleUpAtOrAbove)}");
        _keep = Preconditions.Finite(options.KeepAtOrAbove, $"{nameof(RoiRankingOptions)}.{nameof(options.KeepAtOrAbove)}");
        _reduce = Preconditions.Finite(options.ReduceAtOrAbove, $"{nameof(RoiRankingOptions)}.{nameof(options.ReduceAtOrAbove)}");
        Preconditions.Check(
            _scaleUp >= _keep && _keep >= _reduce,
            string.Create(CultureInfo.InvariantCulture, $"RoiRankingOptions must satisfy ScaleUpAtOrAbove ({_scaleUp}) >= KeepAtOrAbove ({_keep}) >= ReduceAtOrAbove ({_reduce})."),
            nameof(options));
    }

    /// <summary>Ranks the actions whose period lies inside <paramref name="period"/>.</summary>
    /// <param name="actions">The actions.</param>
    /// <param name="period">The period.</param>
    /// <returns>
    /// The ranking: best ROI first; equal ROIs by currency code, then larger net gain within a currency, then name,
    /// channel, period, cost and kind of gain. The actions that cannot be ranked come by name, channel and reason.
    /// </returns>
    public RoiRanking Rank(IEnumerable<ActionResult> actions, ReportingPeriod period)
    {
        Preconditions.NotNull(actions);
        Preconditions.NotNull(period);
        var rankable = new List<(ActionResult Action, Money Gain, double Roi)>();
        var unrankable = new List<UnrankableAction>();
        foreach (var action in actions)
        {
            Preconditions.Check(action is not null, "actions must not contain null.", nameof(actions));
            if (!action.IsWithin(period))
            {
                continue;
            }

            if (action.Gain is not { } gain)
            {
                unrankable.Add(new UnrankableAction(action.Name, action.Channel, UnrankableReason.MissingGain));
            }
            else if (action.Cost.Amount == 0)
            {
                unrankable.Add(new UnrankableAction(action.Name, action.Channel, UnrankableReason.ZeroCost));
            }
            else if (Roi.TryOf(gain.Amount, action.Cost.Amount) is { } roi)
            {
                rankable.Add((action, gain, (double)roi));
            }
            else
            {
                unrankable.Add(new UnrankableAction(action.Name, action.Channel, UnrankableReason.TooLargeToCompute));
            }
        }

        // Net gains are Money: comparing two currencies would throw, and the currency key before them
        // means they are only compared within one currency.
        var ranked = rankable
            .OrderByDescending(r => r.Roi)
            .ThenBy(r => r.Gain.Currency, StringComparer.Ordinal)
            .ThenByDescending(r => r.Gain - r.Action.Cost)
            .ThenBy(r => r.Action.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Action.Channel.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Action.Period.Start)
            .ThenBy(r => r.Action.Cost.Amount)
            .ThenBy(r => r.Action.GainKind)
            .Select((r, i) => new RankedAction(i + 1, r.Action.Name, r.Action.Channel, r.Action.Cost, r.Gain, r.Action.GainKind, r.Roi, Recommend(r.Roi)))
            .ToList();
        // Sorted as well, so that neither list depends on the order the actions came in.
        unrankable.Sort(static (x, y) =>
        {
            var byName = string.CompareOrdinal(x.Name, y.Name);
            var byChannel = string.CompareOrdinal(x.Channel.Name, y.Channel.Name);
            return byName != 0 ? byName : byChannel != 0 ? byChannel : x.Reason.CompareTo(y.Reason);
        });
        return new RoiRanking(ranked.AsReadOnly(), unrankable.AsReadOnly());
    }

    private ActionRecommendation Recommend(double roi) =>
        roi >= _scaleUp ? ActionRecommendation.ScaleUp
        : roi >= _keep ? ActionRecommendation.Keep
        : roi >= _reduce ? ActionRecommendation.Reduce
        : ActionRecommendation.Stop;
}
