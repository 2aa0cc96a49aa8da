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

    /// <summary>
    /// Computes the indicator for several periods at once, over every channel or one: result <c>i</c> is what
    /// <see cref="Calculate"/> gives for <c>periods[i]</c>.
    /// </summary>
    /// <param name="data">The activity data.</param>
    /// <param name="periods">The reporting periods, of any cadences, in any order; repeats are allowed.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>One result per period, in the order of <paramref name="periods"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="data"/> or <paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> holds a null period.</exception>
    /// <remarks>
    /// The default calls <see cref="Calculate"/> once per period, reading the data each time. The built-in
    /// calculators of posts and mentions read the data once for all the periods, which is what keeps a
    /// dashboard's history cheap on large inputs; a host calculator over large data can do the same.
    /// </remarks>
    IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(periods);
        var results = new KpiResult[periods.Count];
        for (var i = 0; i < results.Length; i++)
        {
            results[i] = Calculate(data, Preconditions.Item(periods[i], i, nameof(periods)), channel);
        }

        return Array.AsReadOnly(results);
    }
}
