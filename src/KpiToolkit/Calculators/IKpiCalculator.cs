using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>
/// Computes one indicator from activity data. Every built-in calculator implements it, so a registry or a
/// dashboard can compute any indicator by key; a host adds its own with <c>builder.AddCalculator&lt;T&gt;()</c>.
/// </summary>
/// <remarks>Implementations are stateless and safe to share between threads.</remarks>
public interface IKpiCalculator
{
    /// <summary>Gets the indicator computed, with the unit of its results.</summary>
    Indicator Indicator { get; }

    /// <summary>Computes the indicator for one period, over every channel or one.</summary>
    /// <param name="data">The activity data.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The result, with a value or the reason there is none.</returns>
    KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null);
}
