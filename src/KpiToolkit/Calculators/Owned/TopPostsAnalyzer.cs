using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>One post of a <see cref="TopPosts"/> list, with the figures it was ranked by.</summary>
/// <param name="Rank">1 for the best post (or the worst, in <see cref="TopPosts.Worst"/>), then 2, 3...</param>
/// <param name="Post">The post.</param>
/// <param name="Value">The post's own ratio: its numerator over its denominator.</param>
/// <param name="Numerator">The post's numerator, such as its interactions.</param>
/// <param name="Denominator">The post's denominator, such as its reach; above 0.</param>
public sealed record RankedPost(int Rank, SocialPost Post, double Value, long Numerator, long Denominator);

/// <summary>The best and the worst posts of a period by one ratio, such as the engagement rate.</summary>
/// <param name="Indicator">The ratio the posts are ranked by.</param>
/// <param name="Denominator">What the ratio divides by, such as the reach: the meaning of <see cref="RankedPost.Denominator"/>.</param>
/// <param name="Period">The period whose posts are ranked.</param>
/// <param name="Best">The best posts, best first; at most the analyzer's count.</param>
/// <param name="Worst">
/// The worst posts, worst first; at most the analyzer's count, and never a post of <paramref name="Best"/>: with fewer
/// posts than twice the count, the best ones are listed first and the rest, if any, here.
/// </param>
/// <param name="PostsRanked">The posts of the period that have the ratio.</param>
/// <param name="PostsSkipped">The posts of the period left out because a counter is missing or the denominator is 0.</param>
/// <param name="Method">How each post's ratio is computed.</param>
public sealed record TopPosts(
    Indicator Indicator, PostDenominator Denominator, ReportingPeriod Period, IReadOnlyList<RankedPost> Best, IReadOnlyList<RankedPost> Worst, int PostsRanked, int PostsSkipped, string Method)
{
    /// <summary>Gets whether the period had no post to rank.</summary>
    public bool IsEmpty => PostsRanked == 0;
}

/// <summary>
/// Finds the best and worst posts of a period by a post ratio, each post on its own figures: the posts to learn from and
/// the ones not to repeat, as social-media tools show beside their scorecards.
/// </summary>
/// <remarks>
/// <para>A post belongs to the period holding its publication instant in the ratio's calendar. A post without the ratio
/// (a counter missing, a denominator of 0) is counted in <see cref="TopPosts.PostsSkipped"/>, never ranked as 0.</para>
/// <para>Ties keep a fixed order: the larger denominator first (a rate over more people is the surer one), then the
/// earlier post, then the id. Stateless and thread-safe.</para>
/// </remarks>
public sealed class TopPostsAnalyzer
{
    /// <summary>Creates the analyzer.</summary>
    /// <param name="ratio">The ratio posts are ranked by; the engagement rate (interactions / reach) when null.</param>
    /// <param name="count">How many best and how many worst posts to keep; at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public TopPostsAnalyzer(PostRatioCalculator? ratio = null, int count = 3)
    {
        Ratio = ratio ?? new EngagementRateCalculator();
        Count = Preconditions.Positive(count);
    }

    /// <summary>Gets the ratio posts are ranked by.</summary>
    public PostRatioCalculator Ratio { get; }

    /// <summary>Gets how many best and how many worst posts are kept.</summary>
    public int Count { get; }

    /// <summary>Ranks the posts of a period.</summary>
    /// <param name="posts">The posts, in any order; those of other periods are ignored.</param>
    /// <param name="period">The period.</param>
    /// <param name="audience">The audience snapshots, for a ratio over followers; none when null.</param>
    /// <returns>The best and worst posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="posts"/> holds null.</exception>
    public TopPosts Analyze(IEnumerable<SocialPost> posts, ReportingPeriod period, AudienceHistory? audience = null)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(period);
        audience ??= AudienceHistory.Empty;
        var interval = Ratio.Calendar.ToInterval(period);
        var ranked = new List<(SocialPost Post, double Value, long Numerator, long Denominator)>();
        var skipped = 0;
        foreach (var post in posts)
        {
            Preconditions.Check(post is not null, "posts must not contain null.", nameof(posts));
            if (!interval.Contains(post.PublishedAt))
            {
                continue;
            }

            if (Ratio.TryMeasure(post, audience, interval.End, out var numerator, out var denominator))
            {
                // One post's counters are longs, so a sum of a few of them fits a long unless it is absurd: saturate then.
                ranked.Add((post, (double)numerator / (double)denominator, Saturated(numerator), Saturated(denominator)));
            }
            else
            {
                skipped++;
            }
        }

        var best = ranked
            .OrderByDescending(entry => entry.Value)
            .ThenByDescending(entry => entry.Denominator)
            .ThenBy(entry => entry.Post.PublishedAt)
            .ThenBy(entry => entry.Post.Id, StringComparer.Ordinal)
            .ToList();
        var bestCount = Math.Min(Count, best.Count);
        var worstCount = Math.Min(Count, best.Count - bestCount);
        return new TopPosts(
            Ratio.Indicator,
            Ratio.Denominator,
            period,
            best.Take(bestCount).Select((entry, index) => new RankedPost(index + 1, entry.Post, entry.Value, entry.Numerator, entry.Denominator)).ToList().AsReadOnly(),
            Enumerable.Range(0, worstCount)
                .Select(index => best[best.Count - 1 - index])
                .Select((entry, index) => new RankedPost(index + 1, entry.Post, entry.Value, entry.Numerator, entry.Denominator))
                .ToList()
                .AsReadOnly(),
            ranked.Count,
            skipped,
            Ratio.Method);
    }

    private static long Saturated(Int128 value) => value > long.MaxValue ? long.MaxValue : (long)value;
}
