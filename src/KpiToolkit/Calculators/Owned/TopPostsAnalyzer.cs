using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using NodaTime;

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
/// earlier post, then the id. Only the best and the worst few posts are kept while reading, so any number of posts
/// ranks in the same small memory. Stateless and thread-safe.</para>
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
        var ranking = Begin(period, audience);
        foreach (var post in posts)
        {
            Preconditions.Check(post is not null, "posts must not contain null.", nameof(posts));
            ranking.Add(post);
        }

        return ranking.Result();
    }

    /// <summary>Starts a ranking that posts are added to one by one, as another read of them goes by.</summary>
    internal Ranking Begin(ReportingPeriod period, AudienceHistory? audience) => new(this, Preconditions.NotNull(period), audience ?? AudienceHistory.Empty);

    /// <summary>
    /// The ranking of one period: only the best and the worst few posts are kept, so memory does not grow with the posts.
    /// </summary>
    internal sealed class Ranking(TopPostsAnalyzer analyzer, ReportingPeriod period, AudienceHistory audience)
    {
        private readonly Interval _interval = analyzer.Ratio.Calendar.ToInterval(period);

        // Both in best-first order: the first Count posts of all, and the last Count.
        private readonly List<Entry> _best = [];
        private readonly List<Entry> _worst = [];
        private int _ranked;
        private int _skipped;

        public void Add(SocialPost post)
        {
            if (!_interval.Contains(post.PublishedAt))
            {
                return;
            }

            if (!analyzer.Ratio.TryMeasure(post, audience, _interval.End, out var numerator, out var denominator))
            {
                _skipped++;
                return;
            }

            // One post's counters are longs, so a sum of a few of them fits a long unless it is absurd: saturate then.
            var entry = new Entry(post, (double)numerator / (double)denominator, Saturated(numerator), Saturated(denominator));
            _ranked++;
            var count = analyzer.Count;
            var at = Position(_best, entry);
            if (at < count)
            {
                _best.Insert(at, entry);
                if (_best.Count > count)
                {
                    _best.RemoveAt(count);
                }
            }

            at = Position(_worst, entry);
            if (_worst.Count < count || at > 0)
            {
                _worst.Insert(at, entry);
                if (_worst.Count > count)
                {
                    _worst.RemoveAt(0);
                }
            }
        }

        public TopPosts Result()
        {
            // With fewer posts than twice the count, the weakest are the posts the best left, all among the last Count.
            var worstCount = Math.Min(analyzer.Count, _ranked - _best.Count);
            var worst = Enumerable.Reverse(_worst).Where(entry => !_best.Contains(entry)).Take(worstCount);
            return new TopPosts(
                analyzer.Ratio.Indicator,
                analyzer.Ratio.Denominator,
                period,
                _best.Select((entry, index) => entry.ToRanked(index + 1)).ToList().AsReadOnly(),
                worst.Select((entry, index) => entry.ToRanked(index + 1)).ToList().AsReadOnly(),
                _ranked,
                _skipped,
                analyzer.Ratio.Method);
        }

        private static int Position(List<Entry> entries, Entry entry)
        {
            var index = entries.BinarySearch(entry, BestFirst.Instance);
            return index >= 0 ? index : ~index;
        }
    }

    private sealed record Entry(SocialPost Post, double Value, long Numerator, long Denominator)
    {
        public RankedPost ToRanked(int rank) => new(rank, Post, Value, Numerator, Denominator);
    }

    /// <summary>The higher rate first; then the larger denominator (the surer rate), the earlier post, the id and the channel.</summary>
    private sealed class BestFirst : IComparer<Entry>
    {
        public static readonly BestFirst Instance = new();

        public int Compare(Entry? x, Entry? y)
        {
            var order = y!.Value.CompareTo(x!.Value);
            if (order == 0)
            {
                order = y.Denominator.CompareTo(x.Denominator);
            }

            if (order == 0)
            {
                order = x.Post.PublishedAt.CompareTo(y.Post.PublishedAt);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.Post.Id, y.Post.Id);
            }

            return order != 0 ? order : string.CompareOrdinal(x.Post.Channel.Name, y.Post.Channel.Name);
        }
    }

    private static long Saturated(Int128 value) => value > long.MaxValue ? long.MaxValue : (long)value;
}
