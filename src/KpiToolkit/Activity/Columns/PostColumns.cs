using System.Runtime.CompilerServices;
using KpiToolkit.Calculators.Engine;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// Posts as columns, the layout of Apache Arrow and Parquet: one array per field (publication instants as Unix ticks,
/// channels as small integers into <see cref="Channels"/>, each counter as a <see cref="CountColumn"/> with its
/// validity bitmap), no object per post. The platform's own figures (<see cref="SocialPost.PlatformFigures"/>), where a post
/// has some, are kept beside them. What the calculators read fastest; <see cref="SocialPost"/> rows stay for
/// convenience and small data, and every calculator gives the same results on both.
/// </summary>
/// <remarks>
/// <para>Build columns from arrays a host already holds with <see cref="FromArrays"/> (borrowed, not copied), row by
/// row without an object per post with a <see cref="PostColumnsBuilder"/>, or from rows with <see cref="From"/>.</para>
/// <para>Immutable once built, as long as the borrowed arrays do not change; safe to read from several threads.</para>
/// </remarks>
/// <example>
/// <code>
/// var columns = PostColumns.From(posts);
/// var rates = new EngagementRateCalculator(calendar: paris).CalculateByPeriodAndChannel(columns, Cadence.Month);
/// </code>
/// </example>
public sealed class PostColumns
{
    private readonly ReadOnlyMemory<long> _publishedAt;
    private readonly ReadOnlyMemory<int> _channelIds;
    private readonly Channel[] _channels;
    private readonly CountColumn?[] _counters;
    private readonly IReadOnlyList<string>? _ids;
    private readonly ReadOnlyMemory<PostFormat> _formats;
    private readonly ReadOnlyMemory<bool> _paid;
    private readonly ReadOnlyMemory<PlatformFigures?> _figures;

    internal PostColumns(
        ReadOnlyMemory<long> publishedAt,
        ReadOnlyMemory<int> channelIds,
        Channel[] channels,
        CountColumn?[] counters,
        IReadOnlyList<string>? ids,
        ReadOnlyMemory<PostFormat> formats,
        ReadOnlyMemory<bool> paid,
        ReadOnlyMemory<PlatformFigures?> figures)
    {
        _publishedAt = publishedAt;
        _channelIds = channelIds;
        _channels = channels;
        _counters = counters;
        _ids = ids;
        _formats = formats;
        _paid = paid;
        _figures = figures;
        CounterKinds = [.. Enumerable.Range(0, counters.Length).Where(id => counters[id] is not null).Select(PostCounter.FromId)];
    }

    /// <summary>Gets columns holding no post.</summary>
    public static PostColumns Empty { get; } = new PostColumnsBuilder().Build();

    /// <summary>Gets the number of posts.</summary>
    public int Count => _publishedAt.Length;

    /// <summary>Gets when each post was published, as Unix ticks (100 ns since 1970-01-01T00:00Z; <see cref="Instant.ToUnixTimeTicks"/>).</summary>
    public ReadOnlySpan<long> PublishedAtTicks => _publishedAt.Span;

    /// <summary>Gets each post's channel, as an index into <see cref="Channels"/>.</summary>
    public ReadOnlySpan<int> ChannelIds => _channelIds.Span;

    /// <summary>Gets the channels the <see cref="ChannelIds"/> point to; distinct.</summary>
    public IReadOnlyList<Channel> Channels => _channels;

    /// <summary>Gets the kinds of counter that have a column, in the order of their ids.</summary>
    public IReadOnlyList<PostCounter> CounterKinds { get; }

    /// <summary>Gets the platform's id of each post, or null when the columns hold no ids.</summary>
    internal IReadOnlyList<string>? Ids => _ids;

    /// <summary>Gets whether any post carries figures the platform computed itself.</summary>
    internal bool HasPlatformFigures => !_figures.IsEmpty;

    /// <summary>Gets one post as a row object.</summary>
    /// <param name="index">The post's index.</param>
    /// <returns>The post; its id is <c>#</c> and the index when the columns hold no ids.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the columns.</exception>
    public SocialPost this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be between 0 and {Count - 1}.");
            }

            var counters = new List<(PostCounter, long?)>();
            foreach (var kind in CounterKinds)
            {
                var column = _counters[kind.Id]!.Value;
                if (column.IsReported(index))
                {
                    counters.Add((kind, column.Values[index]));
                }
            }

            return new SocialPost(
                _ids?[index] ?? $"#{index}",
                _channels[ChannelIds[index]],
                PublishedAt(index),
                _formats.IsEmpty ? PostFormat.Other : _formats.Span[index],
                !_paid.IsEmpty && _paid.Span[index],
                PostCounters.Of(counters),
                _figures.IsEmpty ? null : _figures.Span[index]);
        }
    }

    /// <summary>Creates columns from arrays a host already holds, without copying them.</summary>
    /// <param name="publishedAtTicks">When each post was published, as Unix ticks (<see cref="Instant.ToUnixTimeTicks"/>).</param>
    /// <param name="channelIds">Each post's channel, as an index into <paramref name="channels"/>.</param>
    /// <param name="channels">The channels; distinct and not empty.</param>
    /// <param name="counters">The counter columns, each as long as <paramref name="publishedAtTicks"/>; a kind absent here is reported by no post.</param>
    /// <param name="ids">The platform's id of each post, or null.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The arrays differ in length, a channel id is outside <paramref name="channels"/>, a channel is empty or given twice,
    /// a counter kind is empty or given twice, an instant is outside NodaTime's range, or an id is blank.
    /// </exception>
    public static PostColumns FromArrays(
        ReadOnlyMemory<long> publishedAtTicks,
        ReadOnlyMemory<int> channelIds,
        IReadOnlyList<Channel> channels,
        IEnumerable<KeyValuePair<PostCounter, CountColumn>> counters,
        IReadOnlyList<string>? ids = null)
    {
        Preconditions.NotNull(channels);
        Preconditions.NotNull(counters);
        var count = publishedAtTicks.Length;
        SameLength(channelIds.Length, count, nameof(channelIds));
        var channelArray = ColumnChecks.Channels(channels, nameof(channels));
        ColumnChecks.Ids(channelIds.Span, channelArray.Length, nameof(channelIds), allowMissing: false);
        ColumnChecks.Instants(publishedAtTicks.Span, nameof(publishedAtTicks));
        var columns = new CountColumn?[PostCounter.MaxKinds];
        foreach (var (kind, column) in counters)
        {
            Preconditions.Check(!kind.IsEmpty, "counters must not hold the empty (default) post counter.", nameof(counters));
            Preconditions.Check(columns[kind.Id] is null, $"counters names {kind.Name} twice.", nameof(counters));
            SameLength(column.Length, count, nameof(counters));
            columns[kind.Id] = column;
        }

        if (ids is not null)
        {
            SameLength(ids.Count, count, nameof(ids));
            for (var i = 0; i < ids.Count; i++)
            {
                Preconditions.Check(!string.IsNullOrWhiteSpace(ids[i]), $"ids must not hold a blank id, but id {i} is blank.", nameof(ids));
            }
        }

        return new PostColumns(publishedAtTicks, channelIds, channelArray, columns, ids, default, default, default);
    }

    /// <summary>Creates columns from row objects, in their order.</summary>
    /// <param name="posts">The posts.</param>
    /// <returns>The columns, holding every counter any post reported.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="posts"/> holds a null post.</exception>
    [MethodImpl(HotLoop.Options)]
    public static PostColumns From(IEnumerable<SocialPost> posts)
    {
        Preconditions.NotNull(posts);
        var builder = new PostColumnsBuilder(posts.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var post in posts)
        {
            builder.Add(Preconditions.Item(post, nameof(posts)));
        }

        return builder.Build();
    }

    /// <summary>Gets when one post was published.</summary>
    /// <param name="index">The post's index.</param>
    /// <returns>The instant.</returns>
    public Instant PublishedAt(int index) => Instant.FromUnixTimeTicks(PublishedAtTicks[index]);

    /// <summary>Gets the column of one kind of counter.</summary>
    /// <param name="counter">The kind.</param>
    /// <param name="column">Its column, when some post may report it.</param>
    /// <returns><see langword="true"/> when the columns hold that kind; otherwise no post reported it.</returns>
    /// <exception cref="ArgumentException"><paramref name="counter"/> is the empty (default) kind.</exception>
    public bool TryGetCounter(PostCounter counter, out CountColumn column)
    {
        Preconditions.Check(!counter.IsEmpty, "counter must not be the empty (default) post counter.", nameof(counter));
        column = _counters[counter.Id] ?? default;
        return _counters[counter.Id] is not null;
    }

    /// <summary>Returns every post as a row object, in order: for a calculator or a check that reads rows.</summary>
    /// <returns>The posts, made one by one as they are read.</returns>
    public IEnumerable<SocialPost> ToPosts()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>Returns the number of posts and channels.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Count} posts on {_channels.Length} channels, {CounterKinds.Count} counters";

    /// <summary>
    /// The posts from <paramref name="start"/> (a multiple of 64, so validity bitmaps slice on a word), without copying:
    /// a part for a thread of <see cref="Calculators.Engine.Partitions"/>.
    /// </summary>
    internal PostColumns Slice(int start, int length)
    {
        System.Diagnostics.Debug.Assert(start % 64 == 0, "A slice starts on a bitmap word.");
        var counters = new CountColumn?[_counters.Length];
        for (var id = 0; id < counters.Length; id++)
        {
            counters[id] = _counters[id]?.Slice(start, length);
        }

        return new PostColumns(
            _publishedAt.Slice(start, length),
            _channelIds.Slice(start, length),
            _channels,
            counters,
            _ids switch
            {
                null => null,
                string[] array => new ArraySegment<string>(array, start, length),
                _ => [.. _ids.Skip(start).Take(length)],
            },
            _formats.IsEmpty ? default : _formats.Slice(start, length),
            _paid.IsEmpty ? default : _paid.Slice(start, length),
            _figures.IsEmpty ? default : _figures.Slice(start, length));
    }

    /// <summary>Reads the column of a counter by its id, without checks: the calculators' hot path.</summary>
    internal CountColumn? CounterById(int id) => _counters[id];

    private static void SameLength(int length, int expected, string parameterName) =>
        Preconditions.Check(length == expected, $"{parameterName} must hold one entry per post ({expected}), but holds {length}.", parameterName);
}
