using System.Runtime.CompilerServices;
using KpiToolkit.Calculators.Engine;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// Mentions as columns: publication instants as Unix ticks, subjects, channels and authors as small integers into
/// their tables (dictionary encoding, as Apache Arrow does), the source type and sentiment of each mention, and its
/// counts as <see cref="CountColumn"/>s with validity bitmaps. No object per mention; every calculator gives the same
/// results as on <see cref="Mention"/> rows.
/// </summary>
/// <remarks>Build them with a <see cref="MentionColumnsBuilder"/> or from rows with <see cref="From"/>. Immutable once built.</remarks>
public sealed class MentionColumns
{
    private readonly ReadOnlyMemory<long> _publishedAt;
    private readonly ReadOnlyMemory<int> _subjectIds;
    private readonly ReadOnlyMemory<int> _channelIds;
    private readonly ReadOnlyMemory<int> _authorIds;
    private readonly ReadOnlyMemory<MentionSourceType> _sourceTypes;
    private readonly ReadOnlyMemory<Sentiment> _sentiments;
    private readonly Subject[] _subjects;
    private readonly Channel[] _channels;
    private readonly string[] _authors;
    private readonly string[]? _ids;

    internal MentionColumns(
        ReadOnlyMemory<long> publishedAt,
        ReadOnlyMemory<int> subjectIds,
        Subject[] subjects,
        ReadOnlyMemory<int> channelIds,
        Channel[] channels,
        ReadOnlyMemory<int> authorIds,
        string[] authors,
        ReadOnlyMemory<MentionSourceType> sourceTypes,
        ReadOnlyMemory<Sentiment> sentiments,
        CountColumn potentialReach,
        CountColumn reactions,
        CountColumn comments,
        CountColumn shares,
        string[]? ids)
    {
        _publishedAt = publishedAt;
        _subjectIds = subjectIds;
        _subjects = subjects;
        _channelIds = channelIds;
        _channels = channels;
        _authorIds = authorIds;
        _authors = authors;
        _sourceTypes = sourceTypes;
        _sentiments = sentiments;
        PotentialReach = potentialReach;
        Reactions = reactions;
        Comments = comments;
        Shares = shares;
        _ids = ids;
    }

    /// <summary>Gets columns holding no mention.</summary>
    public static MentionColumns Empty { get; } = new MentionColumnsBuilder().Build();

    /// <summary>Gets the number of mentions.</summary>
    public int Count => _publishedAt.Length;

    /// <summary>Gets when each mention was published, as Unix ticks (<see cref="Instant.ToUnixTimeTicks"/>).</summary>
    public ReadOnlySpan<long> PublishedAtTicks => _publishedAt.Span;

    /// <summary>Gets who each mention is about, as an index into <see cref="Subjects"/>.</summary>
    public ReadOnlySpan<int> SubjectIds => _subjectIds.Span;

    /// <summary>Gets the subjects the <see cref="SubjectIds"/> point to; distinct.</summary>
    public IReadOnlyList<Subject> Subjects => _subjects;

    /// <summary>Gets where each mention was published, as an index into <see cref="Channels"/>, or -1 when unknown.</summary>
    public ReadOnlySpan<int> ChannelIds => _channelIds.Span;

    /// <summary>Gets the channels the <see cref="ChannelIds"/> point to; distinct.</summary>
    public IReadOnlyList<Channel> Channels => _channels;

    /// <summary>Gets who published each mention, as an index into <see cref="Authors"/>.</summary>
    public ReadOnlySpan<int> AuthorIds => _authorIds.Span;

    /// <summary>Gets the authors the <see cref="AuthorIds"/> point to; distinct.</summary>
    public IReadOnlyList<string> Authors => _authors;

    /// <summary>Gets the kind of source of each mention.</summary>
    public ReadOnlySpan<MentionSourceType> SourceTypes => _sourceTypes.Span;

    /// <summary>Gets the tone of each mention.</summary>
    public ReadOnlySpan<Sentiment> Sentiments => _sentiments.Span;

    /// <summary>Gets the audience of each mention's author or source, where reported.</summary>
    public CountColumn PotentialReach { get; }

    /// <summary>Gets the reactions on each mention, where reported.</summary>
    public CountColumn Reactions { get; }

    /// <summary>Gets the comments on each mention, where reported.</summary>
    public CountColumn Comments { get; }

    /// <summary>Gets the shares of each mention, where reported.</summary>
    public CountColumn Shares { get; }

    /// <summary>Gets the monitoring tool's id of each mention, or null when the columns hold no ids.</summary>
    internal IReadOnlyList<string>? Ids => _ids;

    /// <summary>Gets one mention as a row object.</summary>
    /// <param name="index">The mention's index.</param>
    /// <returns>The mention; its id is <c>#</c> and the index when the columns hold no ids.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside the columns.</exception>
    public Mention this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be between 0 and {Count - 1}.");
            }

            var channelId = _channelIds.Span[index];
            return new Mention(
                _ids?[index] ?? $"#{index}",
                PublishedAt(index),
                _sourceTypes.Span[index],
                _authors[_authorIds.Span[index]],
                _subjects[_subjectIds.Span[index]],
                _sentiments.Span[index],
                channelId < 0 ? null : _channels[channelId],
                PotentialReach[index],
                Reactions[index],
                Comments[index],
                Shares[index]);
        }
    }

    /// <summary>Creates columns from row objects, in their order.</summary>
    /// <param name="mentions">The mentions.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="mentions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="mentions"/> holds a null mention.</exception>
    [MethodImpl(HotLoop.Options)]
    public static MentionColumns From(IEnumerable<Mention> mentions)
    {
        Preconditions.NotNull(mentions);
        var builder = new MentionColumnsBuilder(mentions.TryGetNonEnumeratedCount(out var count) ? count : 0);
        foreach (var mention in mentions)
        {
            builder.Add(Preconditions.Item(mention, nameof(mentions)));
        }

        return builder.Build();
    }

    /// <summary>Gets when one mention was published.</summary>
    /// <param name="index">The mention's index.</param>
    /// <returns>The instant.</returns>
    public Instant PublishedAt(int index) => Instant.FromUnixTimeTicks(PublishedAtTicks[index]);

    /// <summary>Returns every mention as a row object, in order.</summary>
    /// <returns>The mentions, made one by one as they are read.</returns>
    public IEnumerable<Mention> ToMentions()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>Returns the number of mentions, subjects and authors.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Count} mentions of {_subjects.Length} subjects by {_authors.Length} authors";
}
