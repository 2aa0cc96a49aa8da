namespace KpiToolkit.Calculators;

/// <summary>Finds the season of a regular series (a day or a week, in points) from the series itself.</summary>
public static class Seasonality
{
    /// <summary>
    /// Picks, among candidate periods, the one at which the series correlates best with itself shifted by that
    /// many points (its autocorrelation), when that correlation reaches <paramref name="minimumCorrelation"/>.
    /// </summary>
    /// <param name="values">The series, in time order.</param>
    /// <param name="candidates">The periods to try, in points, each at least 2 and at most half the series.</param>
    /// <param name="minimumCorrelation">The autocorrelation a period needs to count as a season, in (0, 1].</param>
    /// <returns>The best candidate, or 1 (no season) when none reaches the minimum or the series does not vary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    /// <exception cref="ArgumentException">A candidate is below 2 or above half the series, or the minimum is outside (0, 1].</exception>
    public static int FindPeriod(ReadOnlySpan<double> values, IEnumerable<int> candidates, double minimumCorrelation)
    {
        Preconditions.NotNull(candidates);
        Preconditions.Check(
            minimumCorrelation > 0 && minimumCorrelation <= 1,
            $"minimumCorrelation must be in (0, 1], but was {minimumCorrelation}.",
            nameof(minimumCorrelation));
        var mean = 0.0;
        foreach (var x in values)
        {
            mean += x;
        }

        mean /= Math.Max(values.Length, 1);
        var variance = 0.0;
        foreach (var x in values)
        {
            variance += (x - mean) * (x - mean);
        }

        var best = 1;
        var bestCorrelation = minimumCorrelation;
        foreach (var period in candidates)
        {
            Preconditions.Check(
                period >= 2 && period <= values.Length / 2,
                $"each candidate period must be between 2 and half the series ({values.Length / 2} points), but one was {period}.",
                nameof(candidates));
            if (variance == 0)
            {
                continue;
            }

            var sum = 0.0;
            for (var t = period; t < values.Length; t++)
            {
                sum += (values[t] - mean) * (values[t - period] - mean);
            }

            var correlation = sum / variance;
            if (correlation >= bestCorrelation)
            {
                best = period;
                bestCorrelation = correlation;
            }
        }

        return best;
    }
}
