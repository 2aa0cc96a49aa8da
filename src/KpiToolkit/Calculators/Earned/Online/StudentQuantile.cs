namespace KpiToolkit.Calculators;

/// <summary>Quantiles of the standard normal and Student's t distributions, for the ESD test's critical values.</summary>
internal static class StudentQuantile
{
    /// <summary>
    /// Returns the quantile of Student's t with <paramref name="degrees"/> degrees of freedom at
    /// <paramref name="p"/>, by the Cornish–Fisher expansion around the normal quantile (Abramowitz and Stegun
    /// 26.7.5): within 0.1% from 6 degrees of freedom at the ESD test's levels (4.1130 for 4.1152 at 0.996875 and 6),
    /// closer as they grow.
    /// </summary>
    public static double Of(double p, int degrees)
    {
        var z = Normal(p);
        double v = Math.Max(degrees, 1);
        var z2 = z * z;
        var g1 = ((z2 * z) + z) / 4;
        var g2 = ((((5 * z2) + 16) * z2) + 3) * z / 96;
        var g3 = ((((((3 * z2) + 19) * z2) + 17) * z2) - 15) * z / 384;
        var g4 = ((((((((79 * z2) + 776) * z2) + 1482) * z2) - 1920) * z2) - 945) * z / 92160;
        return z + (g1 / v) + (g2 / (v * v)) + (g3 / (v * v * v)) + (g4 / (v * v * v * v));
    }

    /// <summary>Returns the standard normal quantile at <paramref name="p"/> in (0, 1) (Acklam's rational approximation, relative error under 1.2e-9).</summary>
    public static double Normal(double p)
    {
        ReadOnlySpan<double> a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];
        ReadOnlySpan<double> b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];
        ReadOnlySpan<double> c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];
        ReadOnlySpan<double> d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];
        const double low = 0.02425;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            return Horner(c, q) / ((Horner(d, q) * q) + 1);
        }

        if (p > 1 - low)
        {
            return -Normal(1 - p);
        }

        var r = p - 0.5;
        var s = r * r;
        return Horner(a, s) * r / ((Horner(b, s) * s) + 1);
    }

    // c[0] x^(n−1) + … + c[n−1].
    private static double Horner(ReadOnlySpan<double> coefficients, double x)
    {
        var sum = 0.0;
        foreach (var coefficient in coefficients)
        {
            sum = (sum * x) + coefficient;
        }

        return sum;
    }
}
