namespace KpiToolkit.Calculators;

/// <summary>What a per-post ratio is divided by.</summary>
public enum PostDenominator
{
    /// <summary>Unique accounts that saw the post (ERR, engagement rate by reach).</summary>
    Reach,

    /// <summary>Times the post was on screen.</summary>
    Impressions,

    /// <summary>Followers of the account, from an audience snapshot chosen by <see cref="FollowerSnapshot"/>.</summary>
    Followers,

    /// <summary>Video views, for videos and reels.</summary>
    VideoViews,

    /// <summary>1 for every post, which makes the ratio a per-post average (Kaushik's rates).</summary>
    Post,

    /// <summary>Meta's views (times the content was played or displayed), which replaced impressions on Facebook and Instagram in 2025.</summary>
    Views,
}

/// <summary>Which audience snapshot gives the followers of a post.</summary>
public enum FollowerSnapshot
{
    /// <summary>The latest snapshot taken at or before the post was published, as Rival IQ and NapoleonCat do.</summary>
    AtPublication,

    /// <summary>The latest snapshot taken at or before the end of the reporting period, as simpler formulas do.</summary>
    AtPeriodEnd,
}
