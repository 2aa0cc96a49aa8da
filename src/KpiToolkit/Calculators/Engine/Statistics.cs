using System.Runtime.CompilerServices;

namespace KpiToolkit.Calculators.Engine;

/// <summary>Small statistics shared by the calculators.</summary>
internal static class Statistics
{
    // Below this length a run is sorted: a sort of a few values costs less than partitioning them.
    private const int SortedRunLength = 16;

    /// <summary>Returns the median of a non-empty set of values, reordering a copy so the caller's order is kept.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var copy = values.ToArray();
        if (copy.Length == 0)
        {
            throw new ArgumentException("The median of no value does not exist.", nameof(values));
        }

        return MedianInPlace(copy);
    }

    /// <summary>The mean and the sample standard deviation (divided by n − 1) of at least two values, in two passes for accuracy.</summary>
    public static (double Mean, double Deviation) MeanAndSampleDeviation(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var x in values)
        {
            sum += x;
        }

        var mean = sum / values.Length;
        var squares = 0.0;
        foreach (var x in values)
        {
            squares += (x - mean) * (x - mean);
        }

        return (mean, Math.Sqrt(squares / (values.Length - 1)));
    }

    /// <summary>
    /// Returns the median of non-empty values, reordering them: the middle values are selected in linear time (a
    /// quickselect) rather than found by sorting every value. The result equals the one a sort gives.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    public static double MedianInPlace(Span<double> values)
    {
        if (values.IsEmpty)
        {
            throw new ArgumentException("The median of no value does not exist.", nameof(values));
        }

        // NaN compares with nothing, which partitioning relies on: such values are sorted (NaN first), as before.
        if (HasNaN(values))
        {
            values.Sort();
            return Middle(values);
        }

        var middle = values.Length / 2;
        var upper = Select(values, middle);
        if (values.Length % 2 == 1)
        {
            return upper;
        }

        // After the selection every value before the middle is at most the middle one: the lower middle is their largest.
        var lower = values[0];
        foreach (var value in values[1..middle])
        {
            lower = Math.Max(lower, value);
        }

        return (lower / 2) + (upper / 2);
    }

    private static double Middle(ReadOnlySpan<double> sorted)
    {
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] / 2) + (sorted[middle] / 2);
    }

    private static bool HasNaN(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            if (double.IsNaN(value))
            {
                return true;
            }
        }

        return false;
    }

    // Hoare's selection: puts the k-th smallest value at k, every smaller-or-equal value before it and every
    // larger-or-equal value after it. The pivot is the median of the first, middle and last values, so values
    // already in order cost a linear time too.
    private static double Select(Span<double> values, int k)
    {
        var low = 0;
        var high = values.Length - 1;
        while (high - low >= SortedRunLength)
        {
            var pivot = MedianOfThree(values[low], values[low + ((high - low) / 2)], values[high]);
            var i = low;
            var j = high;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                high = j;
            }
            else if (k >= i)
            {
                low = i;
            }
            else
            {
                // Between the two halves every value equals the pivot.
                return values[k];
            }
        }

        values[low..(high + 1)].Sort();
        return values[k];
    }

    private static double MedianOfThree(double a, double b, double c) =>
        a < b
            ? (b < c ? b : Math.Max(a, c))
            : (a < c ? a : Math.Max(b, c));
}
