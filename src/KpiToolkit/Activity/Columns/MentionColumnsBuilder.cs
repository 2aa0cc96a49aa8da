using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// Fills <see cref="MentionColumns"/> mention by mention without an object per mention: what an importer uses to go
/// straight to the columns. Subjects, channels and authors are stored once each, and each mention points to them.
/// </summary>
/// <remarks>Not thread-safe. <see cref="Build"/> hands the arrays to the columns, so a builder builds once.</remarks>
public sealed class MentionColumnsBuilder
{
    private readonly List<Subject> _subjects = [];
    private readonly List<Channel> _channels = [];
    private readonly Dictionary<string, int> _authorIds = new(StringComparer.Ordinal);
    private readonly List<string> _authors = [];
    private readonly CounterBuffer _potentialReach;
    private readonly CounterBuffer _reactions;
    private readonly CounterBuffer _comments;
    private readonly CounterBuffer _shares;
    private ColumnBuffer<long> _publishedAt;
    private ColumnBuffer<int> _subjectOf;
    private ColumnBuffer<int> _channelOf;
    private ColumnBuffer<int> _authorOf;
    private ColumnBuffer<MentionSourceType> _sourceTypes;
    private ColumnBuffer<Sentiment> _sentiments;
    private ColumnBuffer<string?> _ids;
    private bool _anyId;
    private int _lastAuthorId = -1;
    private bool _built;

    /// <summary>Creates a builder.</summary>
    /// <param name="capacity">The number of mentions expected; the columns grow past it when needed.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public MentionColumnsBuilder(int capacity = 0)
    {
        Preconditions.NonNegative(capacity);
        _publishedAt = new(capacity);
        _subjectOf = new(capacity);
        _channelOf = new(capacity);
        _authorOf = new(capacity);
        _sourceTypes = new(capacity);
        _sentiments = new(capacity);
        _ids = new(0);
        _potentialReach = new(capacity);
        _reactions = new(capacity);
        _comments = new(capacity);
        _shares = new(capacity);
    }

    /// <summary>Gets the number of mentions added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a mention; a null count is not reported (never 0).</summary>
    /// <param name="publishedAt">When it was published.</param>
    /// <param name="sourceType">The kind of source.</param>
    /// <param name="author">Who published it.</param>
    /// <param name="subject">Who it is about.</param>
    /// <param name="sentiment">Its tone.</param>
    /// <param name="channel">The network or site it was published on, if known.</param>
    /// <param name="potentialReach">The audience of the author or source, if known.</param>
    /// <param name="reactions">Reactions on the mention, if reported.</param>
    /// <param name="comments">Comments on the mention, if reported.</param>
    /// <param name="shares">Shares of the mention, if reported.</param>
    /// <param name="id">The monitoring tool's id, or null.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">The author or id is blank, the channel empty, an enum undefined, or a count negative.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its columns.</exception>
    public MentionColumnsBuilder Add(
        Instant publishedAt,
        MentionSourceType sourceType,
        string author,
        Subject subject = default,
        Sentiment sentiment = Sentiment.Unknown,
        Channel? channel = null,
        long? potentialReach = null,
        long? reactions = null,
        long? comments = null,
        long? shares = null,
        string? id = null)
    {
        CheckNotBuilt();
        var trimmedAuthor = Preconditions.NotBlank(author).Trim();
        Preconditions.Defined(sourceType);
        Preconditions.Defined(sentiment);
        Preconditions.OptionalChannel(channel);
        Preconditions.NonNegative(potentialReach);
        Preconditions.NonNegative(reactions);
        Preconditions.NonNegative(comments);
        Preconditions.NonNegative(shares);
        Preconditions.Check(id is null || !string.IsNullOrWhiteSpace(id), "id must not be blank.", nameof(id));
        Append(publishedAt, sourceType, trimmedAuthor, subject, sentiment, channel, potentialReach, reactions, comments, shares, id?.Trim());
        return this;
    }

    private void Append(
        Instant publishedAt,
        MentionSourceType sourceType,
        string author,
        Subject subject,
        Sentiment sentiment,
        Channel? channel,
        long? potentialReach,
        long? reactions,
        long? comments,
        long? shares,
        string? id)
    {
        var row = Count;
        var ticks = publishedAt.ToUnixTimeTicks();
        _publishedAt.Set(row, ticks);
        _subjectOf.Set(row, SmallTableId(_subjects, subject));
        _channelOf.Set(row, channel is { } c ? SmallTableId(_channels, c) : -1);
        _authorOf.Set(row, AuthorId(author));
        _sourceTypes.Set(row, sourceType);
        _sentiments.Set(row, sentiment);
        SetIfReported(_potentialReach, row, potentialReach);
        SetIfReported(_reactions, row, reactions);
        SetIfReported(_comments, row, comments);
        SetIfReported(_shares, row, shares);
        if (id is not null)
        {
            _ids.Set(row, id);
            _anyId = true;
        }

        Count++;
    }

    // Subjects and channels are a handful: a scan beats hashing a name for every mention.
    private static int SmallTableId<T>(List<T> table, T value)
        where T : IEquatable<T>
    {
        for (var i = 0; i < table.Count; i++)
        {
            if (table[i].Equals(value))
            {
                return i;
            }
        }

        table.Add(value);
        return table.Count - 1;
    }

    private int AuthorId(string author)
    {
        // Consecutive mentions often share an author (a thread, a feed): the last one answers without hashing.
        if (_lastAuthorId >= 0 && ReferenceEquals(author, _authors[_lastAuthorId]))
        {
            return _lastAuthorId;
        }

        if (!_authorIds.TryGetValue(author, out var id))
        {
            id = _authors.Count;
            _authors.Add(author);
            _authorIds.Add(author, id);
        }

        return _lastAuthorId = id;
    }

    /// <summary>Adds a mention given as a row object.</summary>
    /// <param name="mention">The mention.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mention"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The builder has already built its columns.</exception>
    public MentionColumnsBuilder Add(Mention mention)
    {
        Preconditions.NotNull(mention);
        CheckNotBuilt();

        // A mention was checked when it was made: its fields go straight into the columns.
        Append(
            mention.PublishedAt, mention.SourceType, mention.Author, mention.Subject, mention.Sentiment, mention.Channel,
            mention.PotentialReach, mention.Reactions, mention.Comments, mention.Shares, mention.Id);
        return this;
    }

    /// <summary>Builds the columns; the builder cannot be used afterwards.</summary>
    /// <returns>The columns.</returns>
    /// <exception cref="InvalidOperationException">The builder has already built its columns.</exception>
    public MentionColumns Build()
    {
        CheckNotBuilt();
        _built = true;
        string[]? ids = null;
        if (_anyId)
        {
            ids = [.. _ids.Take(Count).ToArray().Select((id, i) => id ?? $"#{i}")];
        }

        return new MentionColumns(
            _publishedAt.Take(Count),
            _subjectOf.Take(Count),
            [.. _subjects],
            _channelOf.Take(Count),
            [.. _channels],
            _authorOf.Take(Count),
            [.. _authors],
            _sourceTypes.Take(Count),
            _sentiments.Take(Count),
            _potentialReach.ToColumn(Count),
            _reactions.ToColumn(Count),
            _comments.ToColumn(Count),
            _shares.ToColumn(Count),
            ids);
    }

    private static void SetIfReported(CounterBuffer buffer, int row, long? value)
    {
        if (value is { } v)
        {
            buffer.Set(row, v);
        }
    }

    private void CheckNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder has already built its columns; use a new builder.");
        }
    }
}
