namespace KpiToolkit.Calculators;

/// <summary>The upper tail of the standard normal distribution, P(Z &gt; z).</summary>
internal static class GaussianTail
{
    /// <summary>Returns P(Z &gt; z) for a standard normal Z, to a relative error under 1.2e-7.</summary>
    public static double Above(double z) => 0.5 * Erfc(z / Math.Sqrt(2));

    // The complementary error function by the Chebyshev fit of Numerical Recipes (erfcc), relative error < 1.2e-7.
    private static double Erfc(double x)
    {
        var z = Math.Abs(x);
        var t = 1 / (1 + (0.5 * z));
        ReadOnlySpan<double> coefficients = [-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806, 0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277];
        var polynomial = 0.0;
        for (var i = coefficients.Length - 1; i >= 0; i--)
        {
            polynomial = (polynomial * t) + coefficients[i];
        }

        var r = t * Math.Exp(-(z * z) + polynomial);
        return x >= 0 ? r : 2 - r;
    }
}
