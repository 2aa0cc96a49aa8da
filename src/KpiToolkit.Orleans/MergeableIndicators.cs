using System.Diagnostics.CodeAnalysis;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;

namespace KpiToolkit.Orleans;

/// <summary>
/// The registry's calculators the cluster computes, looked up by indicator key: those whose partial aggregates the
/// partitions keep, and those over the accounts' activity rows, which the cluster keeps as rows.
/// </summary>
internal sealed class MergeableIndicators
{
    private readonly IKpiCalculatorRegistry _registry;
    private readonly Dictionary<IndicatorKey, MergeableIndicator> _byKey = [];
    private readonly Dictionary<IndicatorKey, IKpiCalculator> _overActivity = [];

    /// <summary>Picks the mergeable calculators of a registry.</summary>
    /// <param name="registry">The registry of the host's calculators.</param>
    public MergeableIndicators(IKpiCalculatorRegistry registry)
    {
        _registry = registry;
        foreach (var calculator in registry.Calculators)
        {
            if (MergeableIndicator.TryCreate(calculator, out var indicator))
            {
                _byKey[indicator!.Key] = indicator;
            }
            else if (calculator is AccountEngagementRateCalculator or AccountImpressionsCalculator or ProfileVisitsCalculator)
            {
                _overActivity[calculator.Indicator.Key] = calculator;
            }
        }

        Posts = [.. _byKey.Values.Where(indicator => indicator.Kind == RecordKind.Posts)];
        Mentions = [.. _byKey.Values.Where(indicator => indicator.Kind == RecordKind.Mentions)];
    }

    /// <summary>Gets the mergeable calculators over posts.</summary>
    public IReadOnlyList<MergeableIndicator> Posts { get; }

    /// <summary>Gets the mergeable calculators over mentions.</summary>
    public IReadOnlyList<MergeableIndicator> Mentions { get; }

    /// <summary>Gets the mention volume calculator, whose intraday buckets the monitors read; null when the host has none.</summary>
    public MentionVolumeCalculator? Volume => Mentions.FirstOrDefault(indicator => indicator.IsMentionVolume)?.Volume;

    /// <summary>Gets the keys of every mergeable indicator, in order.</summary>
    public IEnumerable<IndicatorKey> Keys => _byKey.Keys.Order();

    /// <summary>Gets the keys of every indicator the cluster computes, the ones over activity rows included, in order.</summary>
    public IEnumerable<IndicatorKey> ComputedKeys => _byKey.Keys.Concat(_overActivity.Keys).Order();

    /// <summary>Finds the mergeable calculator of an indicator.</summary>
    /// <param name="key">The indicator key.</param>
    /// <param name="indicator">The calculator, when the indicator's aggregates merge.</param>
    /// <returns>Whether they do.</returns>
    public bool TryGet(IndicatorKey key, [NotNullWhen(true)] out MergeableIndicator? indicator) => _byKey.TryGetValue(key, out indicator);

    /// <summary>Finds the calculator of an indicator computed from the accounts' activity rows.</summary>
    /// <param name="key">The indicator key.</param>
    /// <param name="calculator">The calculator, when the indicator is one.</param>
    /// <returns>Whether the indicator is computed from activity rows.</returns>
    public bool TryGetOverActivity(IndicatorKey key, [NotNullWhen(true)] out IKpiCalculator? calculator) =>
        _overActivity.TryGetValue(key, out calculator);

    /// <summary>Returns the mergeable calculator of an indicator.</summary>
    /// <param name="key">The indicator key.</param>
    /// <returns>The calculator.</returns>
    /// <exception cref="KeyNotFoundException">No calculator computes the indicator.</exception>
    /// <exception cref="ArgumentException">The indicator's calculator cannot be merged across grains.</exception>
    public MergeableIndicator Get(IndicatorKey key)
    {
        if (_byKey.TryGetValue(key, out var indicator))
        {
            return indicator;
        }

        if (_registry.TryGet(key, out _))
        {
            throw new ArgumentException(
                $"The cluster cannot compute '{key}': its calculator's partial aggregates do not merge (a median, a follower denominator, or not a calculator over posts or mentions). "
                + $"Compute it on one machine over the records. The cluster computes: {string.Join(", ", ComputedKeys)}.",
                nameof(key));
        }

        throw new KeyNotFoundException($"No calculator computes the indicator '{key}'. The cluster computes: {string.Join(", ", ComputedKeys)}.");
    }
}
