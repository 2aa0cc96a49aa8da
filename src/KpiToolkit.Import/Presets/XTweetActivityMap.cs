using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Presets;

/// <summary>
/// Maps the X (Twitter) Analytics "tweet activity" export to <see cref="SocialPost"/>: one row per tweet, every
/// counter X writes read into its <see cref="PostCounter"/>, and X's own <c>engagements</c> and <c>engagement rate</c>
/// into <see cref="SocialPost.PlatformFigures"/>.
/// </summary>
/// <remarks>
/// <para>Columns, each read into the counter named after it (see <see cref="CounterColumns"/>): <c>impressions</c>,
/// <c>retweets</c> (shares), <c>replies</c> (comments), <c>likes</c> (reactions), <c>user profile clicks</c>,
/// <c>url clicks</c> (link clicks), <c>hashtag clicks</c>, <c>detail expands</c>, <c>permalink clicks</c>,
/// <c>app opens</c>, <c>app installs</c>, <c>follows</c>, <c>email tweet</c> (e-mail shares), <c>dial phone</c>
/// (phone dials), <c>media views</c> and <c>media engagements</c>; then the same counters prefixed <c>promoted </c>,
/// which hold <c>-</c> when the tweet was not promoted. The export has no reach.</para>
/// <para>Required: <c>Tweet id</c>, <c>time</c>, <c>impressions</c>, <c>retweets</c>, <c>replies</c> and
/// <c>likes</c>. Every other column is optional, because X's older exports lack some click kinds and all promoted
/// columns: a counter whose column is absent stays unreported (null), never 0, and the column is listed in
/// <see cref="ImportResult{T}.AbsentOptionalColumns"/>. A composition that needs it (such as
/// <c>EngagementComposition.X</c>) then skips the post and says so.</para>
/// <para>Empty cells: an empty cell or a <c>-</c> is missing, never 0; X writes a real zero as <c>0</c> or
/// <c>0.0</c>.</para>
/// <para>Time zone: <c>time</c> is written with its offset (<c>2021-12-28 16:45 +0000</c>), so no zone is needed.</para>
/// <para>Promoted tweets: a tweet with promoted impressions above zero is a paid post. With
/// <see cref="IncludePromoted"/> (the default) each promoted counter is added to its organic twin, so a post's
/// counters are its totals, and so is its <see cref="PlatformFigureNames.Engagements"/> figure. X prints its
/// <c>engagement rate</c> for the organic figures only, so a tweet whose promoted figures were added keeps no
/// <see cref="PlatformFigureNames.EngagementRate"/>: the organic rate would not match its counters. Read with
/// <see cref="IncludePromoted"/> false to keep the organic counters and X's rate together.</para>
/// <para><see cref="ImportRow{T}.PlatformFigures"/> keeps the four columns <c>engagements</c>, <c>engagement rate</c>,
/// <c>promoted engagements</c> and <c>promoted engagement rate</c> as X wrote them, whatever
/// <see cref="IncludePromoted"/> says.</para>
/// </remarks>
public sealed class XTweetActivityMap : CsvRecordMap<SocialPost>
{
    private const string PromotedPrefix = "promoted ";
    private const string Engagements = "engagements";
    private const string EngagementRate = "engagement rate";
    private const string TweetId = "Tweet id";
    private const string Time = "time";
    private const string PromotedImpressions = PromotedPrefix + "impressions";

    private static readonly string[] Required = [TweetId, Time, "impressions", "retweets", "replies", "likes"];

    /// <summary>Creates the map with X's own derived columns kept as platform figures.</summary>
    public XTweetActivityMap()
    {
        PlatformFigureColumns = [Engagements, EngagementRate, PromotedPrefix + Engagements, PromotedPrefix + EngagementRate];
    }

    /// <summary>
    /// Gets the organic column of each counter, as X names it; its promoted twin is the same name prefixed
    /// <c>promoted </c>.
    /// </summary>
    public static IReadOnlyDictionary<PostCounter, string> CounterColumns { get; } = new Dictionary<PostCounter, string>
    {
        [PostCounter.Impressions] = "impressions",
        [PostCounter.Shares] = "retweets",
        [PostCounter.Comments] = "replies",
        [PostCounter.Reactions] = "likes",
        [PostCounter.ProfileClicks] = "user profile clicks",
        [PostCounter.LinkClicks] = "url clicks",
        [PostCounter.HashtagClicks] = "hashtag clicks",
        [PostCounter.DetailExpands] = "detail expands",
        [PostCounter.PermalinkClicks] = "permalink clicks",
        [PostCounter.AppOpens] = "app opens",
        [PostCounter.AppInstalls] = "app installs",
        [PostCounter.Follows] = "follows",
        [PostCounter.EmailShares] = "email tweet",
        [PostCounter.PhoneDials] = "dial phone",
        [PostCounter.MediaViews] = "media views",
        [PostCounter.MediaEngagements] = "media engagements",
    }.AsReadOnly();

    /// <summary>Gets whether promoted counters are added to the organic ones; true by default.</summary>
    public bool IncludePromoted { get; init; } = true;

    /// <summary>Gets the channel given to every tweet; <see cref="Channel.X"/> by default.</summary>
    public Channel Channel { get; init; } = Channel.X;

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns() => Required;

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns()
    {
        var organic = CounterColumns.Values.Where(c => !Required.Contains(c)).Append(Engagements).Append(EngagementRate);
        return IncludePromoted
            ? organic.Concat(CounterColumns.Values.Append(Engagements).Select(c => PromotedPrefix + c))
            : organic.Append(PromotedPrefix + "impressions");
    }

    /// <inheritdoc />
    protected internal override SocialPost? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = row.Layout.Bind(this, static (map, layout) => new Columns(map, layout)).Values;
        values.KeepIdAndFigures = true;
        return ReadPost(row, values) ? values.ToPost() : null;
    }

    /// <summary>Reads a row's values without making its record: the columnar import's path.</summary>
    internal override bool ReadPost(CsvRow row, PostValues values)
    {
        var columns = row.Layout.Bind(this, static (map, layout) => new Columns(map, layout));
        values.Clear();
        if (values.KeepIdAndFigures)
        {
            values.Id = row.RequiredTextAt(columns.Id, TweetId);
        }
        else
        {
            row.RequireValueAt(columns.Id, TweetId);
        }

        values.PublishedAt = row.RequiredInstantAt(columns.Time, Time);
        values.Channel = Channel;
        values.Format = PostFormat.Text;
        var promotedImpressions = row.CountAt(columns.PromotedImpressions, PromotedImpressions);
        var promotedEngagements = IncludePromoted ? row.CountAt(columns.PromotedEngagements, PromotedPrefix + Engagements) : null;
        foreach (var counter in columns.Counters)
        {
            var organic = row.CountAt(counter.Index, counter.Column);
            var promoted = !IncludePromoted ? null
                : counter.PromotedIndex == columns.PromotedImpressions ? promotedImpressions
                : row.CountAt(counter.PromotedIndex, counter.PromotedColumn);
            values.AddCounter(counter.Counter, Add(row, counter.Column, organic, promoted));
        }

        // The organic rate describes the counters only when nothing promoted was added to them.
        var promotedAdded = IncludePromoted && (promotedImpressions > 0 || promotedEngagements > 0);
        var rate = row.FractionAt(columns.EngagementRate, EngagementRate);
        var engagements = Add(row, Engagements, row.CountAt(columns.Engagements, Engagements), promotedEngagements);
        values.IsPaid = promotedImpressions > 0;
        if (values.KeepIdAndFigures)
        {
            columns.Figures[0] = (PlatformFigureNames.Engagements, engagements);
            columns.Figures[1] = (PlatformFigureNames.EngagementRate, promotedAdded ? null : rate);
            values.Figures = PlatformFigures.Of(columns.Figures);
        }

        return !row.HasErrors;
    }

    // Without the organic figure the total is unknown, so it stays missing rather than understated.
    private static long? Add(CsvRow row, string column, long? organic, long? promoted)
    {
        if (organic is not { } o || promoted is not { } p)
        {
            return organic;
        }

        if (o > long.MaxValue - p)
        {
            row.AddError(column, string.Create(CultureInfo.InvariantCulture, $"{o} plus {p} promoted is larger than the largest count ({long.MaxValue:N0})"));
            return null;
        }

        return o + p;
    }

    // Where the map's columns are in one file's header, found once per import, and the values of the row being read.
    private sealed class Columns
    {
        public Columns(XTweetActivityMap map, RowLayout layout)
        {
            Id = layout.IndexOf(TweetId);
            Time = layout.IndexOf(XTweetActivityMap.Time);
            PromotedImpressions = layout.IndexOf(XTweetActivityMap.PromotedImpressions);
            PromotedEngagements = layout.IndexOf(PromotedPrefix + XTweetActivityMap.Engagements);
            Engagements = layout.IndexOf(XTweetActivityMap.Engagements);
            EngagementRate = layout.IndexOf(XTweetActivityMap.EngagementRate);
            Counters = [.. CounterColumns.Select(c => new CounterColumn(
                c.Key, c.Value, layout.IndexOf(c.Value), PromotedPrefix + c.Value, map.IncludePromoted ? layout.IndexOf(PromotedPrefix + c.Value) : -1))];
        }

        public int Id { get; }

        public int Time { get; }

        public int PromotedImpressions { get; }

        public int PromotedEngagements { get; }

        public int Engagements { get; }

        public int EngagementRate { get; }

        public CounterColumn[] Counters { get; }

        public (string Name, decimal? Value)[] Figures { get; } = new (string, decimal?)[2];

        public PostValues Values { get; } = new();
    }

    private readonly record struct CounterColumn(PostCounter Counter, string Column, int Index, string PromotedColumn, int PromotedIndex);
}
