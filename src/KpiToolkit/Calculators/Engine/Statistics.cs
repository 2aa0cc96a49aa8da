namespace KpiToolkit.Calculators.Engine;

/// <summary>Small statistics shared by the calculators.</summary>
internal static class Statistics
{
    /// <summary>Returns the median of a non-empty set of values, sorting a copy so the caller's order is kept.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.ToArray();
        if (sorted.Length == 0)
        {
            throw new ArgumentException("The median of no value does not exist.", nameof(values));
        }

        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] / 2) + (sorted[middle] / 2);
    }
}
