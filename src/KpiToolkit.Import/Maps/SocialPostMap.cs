using KpiToolkit.Activity;
using KpiToolkit.Import.Csv;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// Maps the columns of a post export to <see cref="SocialPost"/>: one row per post, its id, publication time,
/// lifetime counters and the figures the platform computed itself. Name a column for each counter the file has,
/// of any <see cref="PostCounter"/> kind (<see cref="CounterColumns"/>); an unmapped counter stays missing.
/// </summary>
/// <remarks>
/// <para>Every counter and figure column is optional: a file without one imports, the column is listed in
/// <see cref="ImportResult{T}.AbsentOptionalColumns"/> and the counter stays unreported (null), never 0.</para>
/// <para>The eight properties <see cref="Impressions"/> to <see cref="VideoViews"/> are shorthands for
/// <see cref="CounterColumns"/>: <c>Reactions = "Likes"</c> reads like <c>CounterColumns[PostCounter.Reactions] = "Likes"</c>.
/// Naming one counter both ways is refused when the import starts.</para>
/// </remarks>
public sealed class SocialPostMap : CsvRecordMap<SocialPost>
{
    private (PostCounter Counter, string Column)[]? _counters;

    /// <summary>Gets the default names of post formats, beside the names of <see cref="PostFormat"/> itself.</summary>
    public static IReadOnlyDictionary<string, PostFormat> DefaultFormatNames { get; } =
        new Dictionary<string, PostFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["Status"] = PostFormat.Text,
            ["Image"] = PostFormat.Photo,
            ["Album"] = PostFormat.Photo,
            ["Carousel"] = PostFormat.Carousel,
            ["Shared Video"] = PostFormat.Video,
            ["Live Video"] = PostFormat.Live,
            ["Reels"] = PostFormat.Reel,
            ["Stories"] = PostFormat.Story,
        }.AsReadOnly();

    /// <summary>Gets the column of the post id. Required.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the column of the publication timestamp. Required.</summary>
    public required string PublishedAt { get; init; }

    /// <summary>Gets the channel of every post in the file, or the fallback when <see cref="ChannelColumn"/> is empty.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets the column that names each post's channel, if the file mixes channels.</summary>
    public string? ChannelColumn { get; init; }

    /// <summary>Gets the column of the post format, if any; an unknown format reads as <see cref="PostFormat.Other"/>.</summary>
    public string? Format { get; init; }

    /// <summary>Gets the names of formats used by the file, looked up before the names of <see cref="PostFormat"/>.</summary>
    public IReadOnlyDictionary<string, PostFormat> FormatNames
    {
        get;
        init => field = MapFields.IgnoringCase(value, nameof(FormatNames));
    } = DefaultFormatNames;

    /// <summary>Gets the format of a post whose format column is unmapped or empty; <see cref="PostFormat.Other"/> by default.</summary>
    /// <remarks>Set it for a file of one format, such as YouTube's videos. An unknown format still reads as <see cref="PostFormat.Other"/>.</remarks>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value <see cref="PostFormat"/> does not define.</exception>
    public PostFormat DefaultFormat
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(DefaultFormat), value, "DefaultFormat must be a defined PostFormat.");
    } = PostFormat.Other;

    /// <summary>Gets the column that says whether a post was promoted (yes/no, paid/non-paid …), if any.</summary>
    public string? IsPaid { get; init; }

    /// <summary>
    /// Gets the column of a paid count, such as Facebook's <c>Lifetime Post Paid Impressions</c>, if any: a post whose
    /// count there is above 0 is paid. <see cref="IsPaid"/> wins when both are mapped and its cell has a value.
    /// </summary>
    public string? PaidCount { get; init; }

    /// <summary>
    /// Gets the column of watch time written in hours, such as YouTube's <c>Watch time (hours)</c>, if any: read into
    /// <see cref="PostCounter.WatchTimeSeconds"/> as hours × 3600, rounded to the nearest whole second (halves away from 0).
    /// </summary>
    public string? WatchTimeHours { get; init; }

    /// <summary>Gets the column of impressions, if any.</summary>
    public string? Impressions { get; init; }

    /// <summary>Gets the column of reach, if any.</summary>
    public string? Reach { get; init; }

    /// <summary>Gets the column of reactions (likes), if any.</summary>
    public string? Reactions { get; init; }

    /// <summary>Gets the column of comments (replies), if any.</summary>
    public string? Comments { get; init; }

    /// <summary>Gets the column of shares (reposts), if any.</summary>
    public string? Shares { get; init; }

    /// <summary>Gets the column of saves, if any.</summary>
    public string? Saves { get; init; }

    /// <summary>Gets the column of link clicks, if any.</summary>
    public string? Clicks { get; init; }

    /// <summary>Gets the column of video views, if any.</summary>
    public string? VideoViews { get; init; }

    /// <summary>
    /// Gets the column of each counter the file has, of any kind: built-in (<see cref="PostCounter.LinkClicks"/>,
    /// <see cref="PostCounter.Follows"/> …) or defined by the host with <see cref="PostCounter.Define"/>. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a dictionary holding the empty (default) counter or a blank column name.</exception>
    public IReadOnlyDictionary<PostCounter, string> CounterColumns
    {
        get;
        init => field = CheckedCounterColumns(value);
    } = new Dictionary<PostCounter, string>().AsReadOnly();

    /// <summary>
    /// Gets the columns of the figures the platform computed itself (its total of engagements, its rates), keyed by the
    /// name the figure takes in <see cref="SocialPost.PlatformFigures"/>, such as <see cref="PlatformFigureNames.EngagementRate"/>.
    /// Empty by default.
    /// </summary>
    /// <remarks>
    /// These go into the record. <see cref="CsvRecordMap{T}.PlatformFigureColumns"/> keeps figures beside it instead, in
    /// <see cref="ImportRow{T}.PlatformFigures"/>, by column name; a map may use both.
    /// </remarks>
    /// <exception cref="ArgumentException">Set to a dictionary holding a blank name, or a name twice when case is ignored.</exception>
    public IReadOnlyDictionary<string, PlatformFigureColumn> FigureColumns
    {
        get;
        init => field = CheckedFigureColumns(value);
    } = new Dictionary<string, PlatformFigureColumn>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    /// <inheritdoc />
    protected internal override IEnumerable<string> RequiredColumns()
    {
        _ = Counters();
        return [Id, PublishedAt, .. MapFields.RequireChannelSource(Channel, ChannelColumn, nameof(SocialPostMap))];
    }

    /// <inheritdoc />
    protected internal override IEnumerable<string> OptionalColumns() =>
        Mapped(ChannelColumn, Format, IsPaid, PaidCount)
            .Concat(Counters().Select(c => c.Column))
            .Concat(FigureColumns.Values.Select(f => f.Column));

    /// <inheritdoc />
    protected internal override SocialPost? Build(CsvRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = row.Layout.Bind(this, static (_, _) => new PostValues());
        values.KeepIdAndFigures = true;
        return ReadPost(row, values) ? values.ToPost() : null;
    }

    /// <inheritdoc />
    internal override bool ReadPost(CsvRow row, PostValues values)
    {
        values.Clear();
        if (values.KeepIdAndFigures)
        {
            values.Id = row.GetRequiredText(Id);
        }
        else
        {
            row.RequireValueAt(row.IndexOf(Id), Id);
        }

        values.PublishedAt = row.GetRequiredInstant(PublishedAt);
        values.Channel = MapFields.ReadChannel(row, Channel, ChannelColumn);
        values.Format = MapFields.ReadEnum(row, Format, FormatNames, whenUnknown: PostFormat.Other) ?? DefaultFormat;
        values.IsPaid = row.GetBoolean(IsPaid) ?? row.GetCount(PaidCount) > 0;
        foreach (var (counter, column) in Counters())
        {
            values.AddCounter(counter, counter == PostCounter.WatchTimeSeconds && column == WatchTimeHours
                ? ReadHoursAsSeconds(row, column)
                : row.GetCount(column));
        }

        if (values.KeepIdAndFigures)
        {
            values.Figures = PlatformFigures.Of(FigureColumns.Select(f => (f.Key, f.Value.Read(row))));
        }
        else
        {
            foreach (var figure in FigureColumns.Values)
            {
                _ = figure.Read(row);
            }
        }

        return !row.HasErrors;
    }

    private static long? ReadHoursAsSeconds(CsvRow row, string column)
    {
        if (row.GetDecimal(column) is not { } hours)
        {
            return null;
        }

        var text = row.GetText(column);
        if (hours < 0)
        {
            row.AddError(column, $"'{text}' is negative; a watch time cannot be");
            return null;
        }

        // More hours than a count of seconds can hold is a damaged cell, not a video.
        if (hours > long.MaxValue / 3600m)
        {
            row.AddError(column, $"'{text}' hours is more seconds than the largest count");
            return null;
        }

        return decimal.ToInt64(decimal.Round(hours * 3600m, MidpointRounding.AwayFromZero));
    }

    private static IReadOnlyDictionary<PostCounter, string> CheckedCounterColumns(IReadOnlyDictionary<PostCounter, string>? columns)
    {
        ArgumentNullException.ThrowIfNull(columns, nameof(CounterColumns));
        var copy = new Dictionary<PostCounter, string>(columns.Count);
        foreach (var (counter, column) in columns)
        {
            if (counter.IsEmpty)
            {
                throw new ArgumentException("CounterColumns must not hold the empty (default) post counter.", nameof(CounterColumns));
            }

            if (string.IsNullOrWhiteSpace(column))
            {
                throw new ArgumentException($"CounterColumns[{counter}] must be a column name, not blank.", nameof(CounterColumns));
            }

            copy.Add(counter, column.Trim());
        }

        return copy.AsReadOnly();
    }

    private static IReadOnlyDictionary<string, PlatformFigureColumn> CheckedFigureColumns(IReadOnlyDictionary<string, PlatformFigureColumn>? columns)
    {
        ArgumentNullException.ThrowIfNull(columns, nameof(FigureColumns));
        var copy = new Dictionary<string, PlatformFigureColumn>(columns.Count, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, column) in columns)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException("FigureColumns must not hold a blank figure name.", nameof(FigureColumns));
            }

            if (column is null)
            {
                throw new ArgumentException($"FigureColumns['{name}'] must not be null.", nameof(FigureColumns));
            }

            if (!copy.TryAdd(name.Trim(), column))
            {
                throw new ArgumentException($"FigureColumns names the figure '{name.Trim()}' twice.", nameof(FigureColumns));
            }
        }

        return copy.AsReadOnly();
    }

    // The shorthand properties and CounterColumns together, each counter once; worked out on first use, when every
    // init accessor has run (a race only computes the same list twice).
    private (PostCounter Counter, string Column)[] Counters() => _counters ??= MergeCounters();

    private (PostCounter Counter, string Column)[] MergeCounters()
    {
        var all = new Dictionary<PostCounter, string>(CounterColumns);

        AddShorthand(PostCounter.Impressions, Impressions, nameof(Impressions));
        AddShorthand(PostCounter.Reach, Reach, nameof(Reach));
        AddShorthand(PostCounter.Reactions, Reactions, nameof(Reactions));
        AddShorthand(PostCounter.Comments, Comments, nameof(Comments));
        AddShorthand(PostCounter.Shares, Shares, nameof(Shares));
        AddShorthand(PostCounter.Saves, Saves, nameof(Saves));
        AddShorthand(PostCounter.Clicks, Clicks, nameof(Clicks));
        AddShorthand(PostCounter.VideoViews, VideoViews, nameof(VideoViews));
        AddShorthand(PostCounter.WatchTimeSeconds, WatchTimeHours, nameof(WatchTimeHours));
        return [.. all.Select(pair => (pair.Key, pair.Value))];

        void AddShorthand(PostCounter counter, string? column, string property)
        {
            if (column is null)
            {
                return;
            }

            if (all.TryGetValue(counter, out var named))
            {
                throw new InvalidOperationException(
                    $"SocialPostMap names the column of {counter} twice: {property} = '{column}' and CounterColumns[{counter}] = '{named}'. Keep one.");
            }

            all.Add(counter, column);
        }
    }
}
