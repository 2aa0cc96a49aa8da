using KpiToolkit.Measurements;

namespace KpiToolkit.Objectives;

/// <summary>Checks objectives against the SMART criteria.</summary>
public interface ISmartValidator
{
    /// <summary>
    /// Checks an objective and, recursively, its sub-objectives. An objective that is not SMART gives a
    /// report that says why; it is never an exception.
    /// </summary>
    /// <param name="objective">The objective to check.</param>
    /// <param name="history">
    /// The measured history of each objective, by objective id, used by the Achievable check. Objectives
    /// without an entry are reported as not checked for achievability.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="objective"/> is null.</exception>
    /// <exception cref="ArgumentException">A history series measures another indicator than its objective.</exception>
    SmartReport Validate(Objective objective, IReadOnlyDictionary<string, MeasurementSeries>? history = null);
}
