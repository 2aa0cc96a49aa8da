namespace KpiToolkit.Calculators;

/// <summary>Writes the formula of a post ratio in words, for <see cref="KpiResult.Method"/>.</summary>
internal static class PostRatioMethod
{
    public static string Describe(string numerator, PostDenominator denominator, Aggregation aggregation, FollowerSnapshot snapshot)
    {
        var how = aggregation switch
        {
            Aggregation.RatioOfSums => "ratio of sums",
            Aggregation.MeanOfRatios => "mean of per-post ratios",
            _ => "median of per-post ratios",
        };
        return $"{how}: {Formula(numerator, denominator, snapshot)}";
    }

    /// <summary>The per-post formula alone, such as <c>(reactions + comments + shares) / reach</c>.</summary>
    public static string Formula(string numerator, PostDenominator denominator, FollowerSnapshot snapshot)
    {
        var per = denominator switch
        {
            PostDenominator.Reach => "reach",
            PostDenominator.Impressions => "impressions",
            PostDenominator.VideoViews => "video views",
            PostDenominator.Views => "views",
            PostDenominator.Post => "post",
            _ => snapshot == FollowerSnapshot.AtPublication ? "followers at publication" : "followers at period end",
        };
        return $"{numerator} / {per}";
    }
}
