using System.Runtime.CompilerServices;
using KpiToolkit.Calculators.Engine;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// Fills <see cref="PostColumns"/> post by post without an object per post: what an importer uses to go straight to
/// the columns. Add a post with <see cref="Add(Instant, Channel, string?, PostFormat, bool)"/>, then set the counters
/// it reported with <see cref="Set"/>; a counter not set is not reported (never 0).
/// </summary>
/// <remarks>Not thread-safe. <see cref="Build"/> hands the arrays to the columns, so a builder builds once.</remarks>
/// <example>
/// <code>
/// var builder = new PostColumnsBuilder();
/// builder.Add(Instant.FromUtc(2026, 3, 2, 9, 0), Channel.Instagram, "ig-1")
///        .Set(PostCounter.Reach, 1_200)
///        .Set(PostCounter.Reactions, 54);
/// PostColumns columns = builder.Build();
/// </code>
/// </example>
public sealed class PostColumnsBuilder
{
    private readonly Dictionary<Channel, int> _channelIds = [];
    private readonly List<Channel> _channels = [];
    private readonly CounterBuffer?[] _counters = new CounterBuffer?[PostCounter.MaxKinds];
    private ColumnBuffer<long> _publishedAt;
    private ColumnBuffer<int> _channelOf;
    private ColumnBuffer<string?> _ids;
    private ColumnBuffer<PostFormat> _formats;
    private ColumnBuffer<bool> _paid;
    private ColumnBuffer<PlatformFigures?> _figures;
    private bool _anyId;
    private bool _anyFormat;
    private bool _anyPaid;
    private bool _anyFigures;
    private bool _built;
    private Channel _lastChannel;
    private int _lastChannelId = -1;

    /// <summary>Creates a builder.</summary>
    /// <param name="capacity">The number of posts expected; the columns grow past it when needed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public PostColumnsBuilder(int capacity = 0)
    {
        Preconditions.NonNegative(capacity);
        _publishedAt = new(capacity);
        _channelOf = new(capacity);
        _ids = new(0);
        _formats = new(capacity);
        _paid = new(0);
        _figures = new(0);
    }

    /// <summary>Gets the number of posts added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a post with no counter reported yet.</summary>
    /// <param name="publishedAt">When it was published.</param>
    /// <param name="channel">Where it was published.</param>
    /// <param name="id">The platform's id of the post, or null.</param>
    /// <param name="format">Its format.</param>
    /// <param name="isPaid">Whether it was promoted with money.</param>
    /// <returns>This builder, to set the post's counters.</returns>
    /// <exception cref="ArgumentException">The channel is empty, the id blank or the format undefined.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its columns.</exception>
    public PostColumnsBuilder Add(Instant publishedAt, Channel channel, string? id = null, PostFormat format = PostFormat.Other, bool isPaid = false)
    {
        CheckNotBuilt();
        Preconditions.Check(!channel.IsEmpty, "channel must not be the empty (default) channel.", nameof(channel));
        Preconditions.Check(id is null || !string.IsNullOrWhiteSpace(id), "id must not be blank.", nameof(id));
        Preconditions.Defined(format);
        var row = Count;
        var ticks = publishedAt.ToUnixTimeTicks();
        _publishedAt.Set(row, ticks);
        _channelOf.Set(row, ChannelId(channel));
        if (id is not null)
        {
            _ids.Set(row, id.Trim());
            _anyId = true;
        }

        // Written for every post: the array's default is not PostFormat.Other.
        _formats.Set(row, format);
        _anyFormat |= format != PostFormat.Other;

        if (isPaid)
        {
            _paid.Set(row, true);
            _anyPaid = true;
        }

        Count++;
        return this;
    }

    /// <summary>Adds a post given as a row object, with its counters.</summary>
    /// <param name="post">The post.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its columns.</exception>
    public PostColumnsBuilder Add(SocialPost post)
    {
        Preconditions.NotNull(post);
        CheckNotBuilt();

        // A post was checked when it was made: its fields go straight into the columns.
        var row = Count;
        var ticks = post.PublishedAt.ToUnixTimeTicks();
        _publishedAt.Set(row, ticks);
        _channelOf.Set(row, ChannelId(post.Channel));
        _ids.Set(row, post.Id);
        _anyId = true;
        _formats.Set(row, post.Format);
        _anyFormat |= post.Format != PostFormat.Other;
        if (post.IsPaid)
        {
            _paid.Set(row, true);
            _anyPaid = true;
        }

        var (reported, values) = post.Counters.Packed;
        var lower = (ulong)reported;
        var upper = (ulong)(reported >> 64);
        var index = 0;
        for (; lower != 0; lower &= lower - 1)
        {
            SetCounter((int)ulong.TrailingZeroCount(lower), row, values.Span[index++]);
        }

        for (; upper != 0; upper &= upper - 1)
        {
            SetCounter(64 + (int)ulong.TrailingZeroCount(upper), row, values.Span[index++]);
        }

        Count++;
        if (post.PlatformFigures.Count > 0)
        {
            _figures.Set(row, post.PlatformFigures);
            _anyFigures = true;
        }

        return this;
    }

    /// <summary>Sets a counter of the post added last.</summary>
    /// <param name="counter">The kind, built-in or a host's own.</param>
    /// <param name="value">Its value; at least 0.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="counter"/> is the empty kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No post was added yet, or the builder has already built its columns.</exception>
    public PostColumnsBuilder Set(PostCounter counter, long value)
    {
        CheckNotBuilt();
        Preconditions.Check(!counter.IsEmpty, "counter must not be the empty (default) post counter.", nameof(counter));
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"{counter.Name} must not be negative.");
        }

        if (Count == 0)
        {
            throw new InvalidOperationException("Add a post before setting its counters.");
        }

        SetCounter(counter.Id, Count - 1, value);
        return this;
    }

    private void SetCounter(int id, int row, long value) =>
        (_counters[id] ??= new CounterBuffer(_publishedAt.Items.Length)).Set(row, value);

    /// <summary>Sets the figures the platform computed itself for the post added last, such as its own engagement rate.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="InvalidOperationException">No post was added yet, or the builder has already built its columns.</exception>
    public PostColumnsBuilder SetPlatformFigures(PlatformFigures figures)
    {
        CheckNotBuilt();
        Preconditions.NotNull(figures);
        if (Count == 0)
        {
            throw new InvalidOperationException("Add a post before setting its platform figures.");
        }

        _figures.Set(Count - 1, figures);
        _anyFigures = true;
        return this;
    }

    /// <summary>Builds the columns; the builder cannot be used afterwards.</summary>
    /// <returns>The columns.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its columns.</exception>
    public PostColumns Build()
    {
        CheckNotBuilt();
        _built = true;
        var counters = new CountColumn?[PostCounter.MaxKinds];
        for (var id = 0; id < counters.Length; id++)
        {
            counters[id] = _counters[id]?.ToColumn(Count);
        }

        return new PostColumns(
            _publishedAt.Take(Count),
            _channelOf.Take(Count),
            [.. _channels],
            counters,
            _anyId ? Ids() : null,
            _anyFormat ? _formats.Take(Count) : default,
            _anyPaid ? _paid.Take(Count) : default,
            _anyFigures ? _figures.Take(Count) : default);
    }

    [MethodImpl(HotLoop.Options)]
    private string[] Ids()
    {
        var ids = _ids.Take(Count).ToArray();
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] ??= $"#{i}";
        }

        return ids!;
    }

    private int ChannelId(Channel channel)
    {
        // Exports come grouped by channel, so the last channel answers most posts without hashing.
        if (_lastChannelId >= 0 && channel == _lastChannel)
        {
            return _lastChannelId;
        }

        if (!_channelIds.TryGetValue(channel, out var id))
        {
            id = _channels.Count;
            _channels.Add(channel);
            _channelIds.Add(channel, id);
        }

        (_lastChannel, _lastChannelId) = (channel, id);
        return id;
    }

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its columns; use a new builder.");
        }
    }
}
