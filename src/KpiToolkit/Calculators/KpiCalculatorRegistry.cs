using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>Finds the calculator of an indicator by its key.</summary>
public interface IKpiCalculatorRegistry
{
    /// <summary>Gets the calculators, one per indicator key, in registration order.</summary>
    IReadOnlyList<IKpiCalculator> Calculators { get; }

    /// <summary>Returns the calculator of an indicator.</summary>
    /// <param name="key">The indicator key.</param>
    /// <returns>The calculator.</returns>
    /// <exception cref="KeyNotFoundException">No calculator computes that indicator; the message lists those that exist.</exception>
    IKpiCalculator Get(IndicatorKey key);

    /// <summary>Looks up the calculator of an indicator without throwing.</summary>
    /// <param name="key">The indicator key.</param>
    /// <param name="calculator">The calculator when found.</param>
    /// <returns><see langword="true"/> when a calculator computes that indicator.</returns>
    bool TryGet(IndicatorKey key, [NotNullWhen(true)] out IKpiCalculator? calculator);
}

/// <summary>
/// A frozen set of calculators looked up by indicator key. When two calculators compute the same
/// indicator, the one given last wins, so a host's calculator registered after the built-in ones replaces
/// the built-in one.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class KpiCalculatorRegistry : IKpiCalculatorRegistry
{
    private readonly FrozenDictionary<IndicatorKey, IKpiCalculator> _byKey;

    /// <summary>Creates a registry.</summary>
    /// <param name="calculators">The calculators; for a repeated key the last one wins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="calculators"/> is null.</exception>
    /// <exception cref="ArgumentException">A calculator is null or has no indicator.</exception>
    public KpiCalculatorRegistry(IEnumerable<IKpiCalculator> calculators)
    {
        Preconditions.NotNull(calculators);
        var byKey = new Dictionary<IndicatorKey, IKpiCalculator>();
        var order = new List<IndicatorKey>();
        foreach (var calculator in calculators)
        {
            Preconditions.Check(calculator?.Indicator is not null, "calculators must not contain null, nor a calculator without an indicator.", nameof(calculators));
            if (!byKey.ContainsKey(calculator.Indicator.Key))
            {
                order.Add(calculator.Indicator.Key);
            }

            byKey[calculator.Indicator.Key] = calculator;
        }

        _byKey = byKey.ToFrozenDictionary();
        Calculators = order.Select(key => byKey[key]).ToList().AsReadOnly();
    }

    /// <inheritdoc />
    public IReadOnlyList<IKpiCalculator> Calculators { get; }

    /// <summary>Creates a registry of the built-in calculators with their default options.</summary>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <returns>The registry.</returns>
    public static KpiCalculatorRegistry CreateDefault(ReportingCalendar? calendar = null) => new(BuiltInCalculators.Create(calendar));

    /// <inheritdoc />
    public IKpiCalculator Get(IndicatorKey key) =>
        _byKey.TryGetValue(key, out var calculator)
            ? calculator
            : throw new KeyNotFoundException(
                $"No calculator computes the indicator '{key}'. Registered: {string.Join(", ", Calculators.Select(c => c.Indicator.Key))}. " +
                "Add one with builder.AddCalculator<T>().");

    /// <inheritdoc />
    public bool TryGet(IndicatorKey key, [NotNullWhen(true)] out IKpiCalculator? calculator) =>
        _byKey.TryGetValue(key, out calculator);
}

/// <summary>The built-in calculators.</summary>
public static class BuiltInCalculators
{
    /// <summary>
    /// Creates one instance of every built-in calculator, with default options. Share of voice needs its
    /// competitors and is created on its own (<see cref="ShareOfVoiceCalculator"/>).
    /// </summary>
    /// <param name="calendar">The reporting calendar; UTC when null.</param>
    /// <returns>The calculators.</returns>
    public static IReadOnlyList<IKpiCalculator> Create(ReportingCalendar? calendar = null) =>
    [
        new FollowersCalculator(calendar),
        new AudienceGrowthCalculator(null, calendar),
        new ReachRateCalculator(null, calendar),
        new ImpressionRateCalculator(null, calendar),
        new FrequencyCalculator(null, calendar),
        new AverageReachPerPostCalculator(null, calendar),
        new EngagementRateCalculator(null, calendar),
        new ConversationRateCalculator(null, calendar),
        new AmplificationRateCalculator(null, calendar),
        new ApplauseRateCalculator(null, calendar),
        new ViralityRateCalculator(null, calendar),
        new PostingFrequencyCalculator(null, calendar),
        new PostingRegularityCalculator(calendar),
        new MentionVolumeCalculator(null, calendar),
        new MentionEngagementRateCalculator(null, calendar),
        new PressArticlesCalculator(),
        new NetTonalityCalculator(),
        new PressPotentialAudienceCalculator(),
        new RoiCalculator(),
        new RoasCalculator(),
        new CostPerAcquisitionCalculator(),
        new CostPerClickCalculator(),
        new CostPerMilleCalculator(),
        new CostPerEngagementCalculator(),
        new ClickThroughRateCalculator(),
        new ClickConversionRateCalculator(),
        new WebSessionsCalculator(),
        new WebVisitorsCalculator(),
        new WebConversionRateCalculator(),
        new EmailDeliveryRateCalculator(null, calendar),
        new EmailOpenRateCalculator(null, calendar),
        new EmailClickRateCalculator(null, calendar),
        new EmailClickToOpenRateCalculator(null, calendar),
        new EmailBounceRateCalculator(null, calendar),
        new EmailUnsubscribeRateCalculator(null, calendar),
        new PeriodEngagementRateCalculator(null, calendar),
        new AccountEngagementRateCalculator(),
        new AccountImpressionsCalculator(),
        new ProfileVisitsCalculator(),
    ];
}
