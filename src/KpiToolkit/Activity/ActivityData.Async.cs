namespace KpiToolkit.Activity;

/// <content>Activity data gathered from asynchronous sources, such as a database query or an HTTP body read as it arrives.</content>
public sealed partial class ActivityData
{
    // Records read between two looks at the token: a look costs nothing next to a record read asynchronously.
    private const int RecordsBetweenChecks = 1024;

    /// <summary>
    /// Reads posts and mentions from asynchronous sources once, into columns, and returns them as activity data: the
    /// same as <see cref="FromColumns"/> over columns of the same records, duplicates reported and counted once.
    /// </summary>
    /// <param name="posts">The posts, read once to their end; none when null.</param>
    /// <param name="mentions">The mentions, read once to their end after the posts; none when null.</param>
    /// <param name="audience">The audience snapshots; none when null.</param>
    /// <param name="pressArticles">The press articles; none when null.</param>
    /// <param name="actions">The results of marketing actions; none when null.</param>
    /// <param name="webTraffic">The web traffic records; none when null.</param>
    /// <param name="emailCampaigns">The e-mail campaign reports; none when null.</param>
    /// <param name="channelActivity">What each account reported for its days; none when null.</param>
    /// <param name="cancellationToken">Passed to the sources, and checked every 1,024 records.</param>
    /// <returns>The activity data, its posts and mentions held as columns.</returns>
    /// <exception cref="ArgumentException">A source holds a null record (its position is named), or the same as <see cref="FromColumns"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async Task<ActivityData> FromAsync(
        IAsyncEnumerable<SocialPost>? posts = null,
        IAsyncEnumerable<Mention>? mentions = null,
        IEnumerable<AudienceSnapshot>? audience = null,
        IEnumerable<PressArticle>? pressArticles = null,
        IEnumerable<ActionResult>? actions = null,
        IEnumerable<WebTrafficRecord>? webTraffic = null,
        IEnumerable<EmailCampaignReport>? emailCampaigns = null,
        IEnumerable<ChannelActivity>? channelActivity = null,
        CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        PostColumns? postColumns = null;
        if (posts is not null)
        {
            var builder = new PostColumnsBuilder();
            await ReadAsync(posts, post => builder.Add(post), nameof(posts), cancellationToken).ConfigureAwait(false);
            postColumns = builder.Build();
        }

        MentionColumns? mentionColumns = null;
        if (mentions is not null)
        {
            var builder = new MentionColumnsBuilder();
            await ReadAsync(mentions, mention => builder.Add(mention), nameof(mentions), cancellationToken).ConfigureAwait(false);
            mentionColumns = builder.Build();
        }

        return FromColumns(postColumns, mentionColumns, audience, pressArticles, actions, webTraffic, emailCampaigns, channelActivity);
    }

    private static async Task ReadAsync<TRecord>(IAsyncEnumerable<TRecord> source, Action<TRecord> add, string name, CancellationToken cancellationToken)
        where TRecord : class
    {
        long position = 0;
        await foreach (var record in source.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (record is null)
            {
                throw new ArgumentException($"{name} holds a null record at position {position}.", name);
            }

            if (++position % RecordsBetweenChecks == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            add(record);
        }
    }
}
