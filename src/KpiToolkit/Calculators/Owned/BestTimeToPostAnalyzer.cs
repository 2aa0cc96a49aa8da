using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The options of the best-time-to-post analysis.</summary>
public sealed class BestTimeToPostOptions
{
    /// <summary>Gets or sets the engagement rate each post is scored by.</summary>
    /// <value>The defaults of <see cref="EngagementRateOptions"/>: total interactions / reach. The aggregation is ignored: cells use the median.</value>
    public EngagementRateOptions Engagement { get; set; } = new();

    /// <summary>Gets or sets the fewest posts a cell needs before its median is trusted and ranked.</summary>
    /// <value>3. Must be at least 1.</value>
    public int MinimumPostsPerCell { get; set; } = 3;

    internal static BestTimeToPostOptions Defaults { get; } = new();
}

/// <summary>One weekday × hour cell of the best-time-to-post grid.</summary>
/// <param name="Weekday">The day of the week, in the reporting time zone.</param>
/// <param name="Hour">The hour of the day, 0 to 23, in the reporting time zone.</param>
/// <param name="PostCount">The posts published in that slot whose engagement rate could be computed.</param>
/// <param name="MedianEngagementRate">The median engagement rate of those posts; null when there are none.</param>
/// <param name="HasEnoughData">Whether <paramref name="PostCount"/> reaches the minimum, so the cell is ranked.</param>
public sealed record BestTimeCell(IsoDayOfWeek Weekday, int Hour, int PostCount, double? MedianEngagementRate, bool HasEnoughData);

/// <summary>The weekday × hour grid of a best-time-to-post analysis, and its best cells.</summary>
public sealed class BestTimeToPost
{
    private readonly BestTimeCell[] _cells;

    internal BestTimeToPost(BestTimeCell[] cells, int postsUsed, int postsSkipped, int minimumPostsPerCell, string method)
    {
        _cells = cells;
        PostsUsed = postsUsed;
        PostsSkipped = postsSkipped;
        MinimumPostsPerCell = minimumPostsPerCell;
        Method = method;
        Ranking = cells
            .Where(cell => cell.HasEnoughData)
            .OrderByDescending(cell => cell.MedianEngagementRate)
            .ThenByDescending(cell => cell.PostCount)
            .ThenBy(cell => cell.Weekday)
            .ThenBy(cell => cell.Hour)
            .ToList()
            .AsReadOnly();
    }

    /// <summary>Gets the 168 cells, Monday 00:00 first, then hour by hour.</summary>
    public IReadOnlyList<BestTimeCell> Cells => Array.AsReadOnly(_cells);

    /// <summary>
    /// Gets the cells with enough data, best first: highest median engagement rate, then more posts, then
    /// earlier in the week, so ties always rank the same way.
    /// </summary>
    public IReadOnlyList<BestTimeCell> Ranking { get; }

    /// <summary>Gets the posts placed in the grid.</summary>
    public int PostsUsed { get; }

    /// <summary>Gets the posts left out because their engagement rate could not be computed (a counter missing, or a zero denominator).</summary>
    public int PostsSkipped { get; }

    /// <summary>Gets the fewest posts a cell needs to be ranked.</summary>
    public int MinimumPostsPerCell { get; }

    /// <summary>Gets how each post was scored.</summary>
    public string Method { get; }

    /// <summary>Returns the cell of a weekday and hour.</summary>
    /// <param name="weekday">The day of the week.</param>
    /// <param name="hour">The hour, 0 to 23.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The weekday or hour is out of range.</exception>
    public BestTimeCell Cell(IsoDayOfWeek weekday, int hour)
    {
        if (weekday is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(nameof(weekday), weekday, "weekday must be a day from Monday to Sunday.");
        }

        if (hour is < 0 or > 23)
        {
            throw new ArgumentOutOfRangeException(nameof(hour), hour, "hour must be between 0 and 23.");
        }

        return _cells[Index(weekday, hour)];
    }

    internal static int Index(IsoDayOfWeek weekday, int hour) => (((int)weekday - 1) * 24) + hour;
}

/// <summary>
/// Best time to post: places each post in a weekday × hour cell of the reporting time zone, scores each
/// cell by the median engagement rate of its posts, and ranks the cells that hold enough posts.
/// </summary>
/// <remarks>
/// A post at 23:30 UTC on a Sunday is in the Monday 00:00 cell in Europe/Paris. In the night clocks go back
/// both 02:xx hours fall in the 2 o'clock cell; in the night they go forward no post can be at 02:xx. The
/// engagement rate of every post is kept in memory to take medians.
/// </remarks>
public sealed partial class BestTimeToPostAnalyzer
{
    private readonly EngagementRateCalculator _engagement;
    private readonly int _minimumPosts;

    /// <summary>Creates the analyzer.</summary>
    /// <param name="options">The scoring and minimum; the defaults when null.</param>
    /// <param name="calendar">The reporting calendar, whose time zone places posts in cells; UTC when null.</param>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    public BestTimeToPostAnalyzer(BestTimeToPostOptions? options = null, ReportingCalendar? calendar = null)
    {
        options ??= BestTimeToPostOptions.Defaults;
        _minimumPosts = Preconditions.Positive(options.MinimumPostsPerCell, $"{nameof(BestTimeToPostOptions)}.{nameof(BestTimeToPostOptions.MinimumPostsPerCell)}");
        Calendar = calendar ?? ReportingCalendar.Utc;
        _engagement = new EngagementRateCalculator(
            Preconditions.NotNull(options.Engagement, $"{nameof(BestTimeToPostOptions)}.{nameof(BestTimeToPostOptions.Engagement)}"),
            Calendar);
    }

    /// <summary>Gets the reporting calendar whose time zone places posts in cells.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Analyses the posts given; filter them first to choose the channel and the time window.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="audience">The audience snapshots, needed when posts are scored by followers.</param>
    /// <returns>The grid and its ranking.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="posts"/> holds a null post.</exception>
    public BestTimeToPost Analyze(IEnumerable<SocialPost> posts, AudienceHistory? audience = null)
    {
        Preconditions.NotNull(posts);
        audience ??= AudienceHistory.Empty;
        var rates = new List<double>?[7 * 24];
        int used = 0, skipped = 0;
        foreach (var post in posts)
        {
            Preconditions.Check(post is not null, "posts must not contain null.", nameof(posts));
            if (_engagement.RatioOf(post, audience, post.PublishedAt) is not { } rate)
            {
                skipped++;
                continue;
            }

            var local = Calendar.ToLocalDateTime(post.PublishedAt);
            (rates[BestTimeToPost.Index(local.DayOfWeek, local.Hour)] ??= []).Add(rate);
            used++;
        }

        return Result(rates, used, skipped);
    }

    private BestTimeToPost Result(List<double>?[] rates, int used, int skipped) =>
        Result(index => rates[index] is { } cellRates ? (cellRates.Count, Statistics.Median(cellRates)) : (0, null), used, skipped);

    /// <summary>Builds the grid from the number of posts and the median rate of each cell, by <see cref="BestTimeToPost.Index"/>.</summary>
    private BestTimeToPost Result(Func<int, (int Count, double? Median)> cellAt, int used, int skipped)
    {
        var cells = new BestTimeCell[7 * 24];
        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            for (var hour = 0; hour < 24; hour++)
            {
                var (count, median) = cellAt(BestTimeToPost.Index(day, hour));
                cells[BestTimeToPost.Index(day, hour)] = new BestTimeCell(day, hour, count, median, count >= _minimumPosts);
            }
        }

        return new BestTimeToPost(cells, used, skipped, _minimumPosts, $"median per weekday and hour in {Calendar.Zone.Id} of the per-post {_engagement.PerPostFormula}");
    }
}
