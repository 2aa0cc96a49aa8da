using KpiToolkit.Activity;

namespace KpiToolkit.Orleans;

/// <summary>
/// Records of one brand sent to the cluster together. A sender that does not hear back sends the same batch again: its
/// <see cref="Id"/> makes the second delivery count nothing, and each record's own id makes a record sent in two
/// batches count once.
/// </summary>
/// <remarks>
/// <para>A post or mention is identified by its kind and id within the brand, and belongs to the channel and day it
/// was published on: the first copy acknowledged counts, later copies with the same id are reported in
/// <see cref="IngestReceipt"/> and change nothing.</para>
/// <para>A row of channel activity has no id: it is identified by its channel and its days. A copy equal to the row held
/// changes nothing; a row with other counts for the same channel and days is the platform's restatement and replaces the
/// one held, so the last restatement delivered is the one counted. Immutable.</para>
/// </remarks>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.ActivityBatch")]
public sealed record ActivityBatch
{
    /// <summary>Creates a batch.</summary>
    /// <param name="id">The sender's id of the batch, the same at every delivery (a queue offset, a file name and line range, a GUID kept with the batch).</param>
    /// <param name="posts">The brand's posts; none when null.</param>
    /// <param name="mentions">The mentions of the brand; none when null.</param>
    /// <param name="channelActivity">What the brand's accounts report for runs of days (impressions, engagements, profile visits); none when null.</param>
    /// <exception cref="ArgumentException">The id is blank, or a post, mention or activity row is null.</exception>
    public ActivityBatch(
        string id, IEnumerable<SocialPost>? posts = null, IEnumerable<Mention>? mentions = null, IEnumerable<ChannelActivity>? channelActivity = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        Posts = [.. posts ?? []];
        Mentions = [.. mentions ?? []];
        ChannelActivity = [.. channelActivity ?? []];
        NoNull(Posts, nameof(posts));
        NoNull(Mentions, nameof(mentions));
        NoNull(ChannelActivity, nameof(channelActivity));
    }

    /// <summary>Gets the sender's id of the batch.</summary>
    [Id(0)]
    public string Id { get; }

    /// <summary>Gets the posts.</summary>
    [Id(1)]
    public SocialPost[] Posts { get; }

    /// <summary>Gets the mentions.</summary>
    [Id(2)]
    public Mention[] Mentions { get; }

    /// <summary>Gets the rows of channel activity.</summary>
    [Id(3)]
    public ChannelActivity[] ChannelActivity { get; }

    /// <summary>Gets the number of records in the batch.</summary>
    public int Count => Posts.Length + Mentions.Length + ChannelActivity.Length;

    private static void NoNull<T>(T[] records, string parameterName)
        where T : class
    {
        var index = Array.IndexOf(records, null);
        if (index >= 0)
        {
            throw new ArgumentException($"{parameterName} must not contain null (index {index}).", parameterName);
        }
    }
}

/// <summary>What the cluster did with a batch, once every record it counted was persisted.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.IngestReceipt")]
public sealed record IngestReceipt
{
    /// <summary>Gets the batch's id.</summary>
    [Id(0)]
    public required string BatchId { get; init; }

    /// <summary>
    /// Gets whether the batch had been acknowledged before: this receipt is the first delivery's, and nothing was
    /// counted again.
    /// </summary>
    [Id(1)]
    public required bool IsRepeatedBatch { get; init; }

    /// <summary>Gets the posts counted by this batch.</summary>
    [Id(2)]
    public required int PostsCounted { get; init; }

    /// <summary>
    /// Gets the posts whose channel and id had already been counted (in an earlier batch or earlier in this one) and that
    /// changed nothing: equal to the post held, or a copy in the same batch on another day, which follows its first copy.
    /// </summary>
    [Id(3)]
    public required int PostsAlreadyCounted { get; init; }

    /// <summary>Gets the mentions counted by this batch.</summary>
    [Id(4)]
    public required int MentionsCounted { get; init; }

    /// <summary>Gets the mentions whose channel and id had already been counted: a mention keeps its first copy's figures.</summary>
    [Id(5)]
    public required int MentionsAlreadyCounted { get; init; }

    /// <summary>Gets the records that could not be counted, each with its reason; empty when every record was usable.</summary>
    [Id(6)]
    public required IReadOnlyList<RejectedRecord> Rejected { get; init; }

    /// <summary>Gets the rows of channel activity for a channel and days the cluster did not hold before.</summary>
    [Id(7)]
    public int ActivityRowsCounted { get; init; }

    /// <summary>Gets the rows of channel activity equal to the row already held for their channel and days: they changed nothing.</summary>
    [Id(8)]
    public int ActivityRowsAlreadyCounted { get; init; }

    /// <summary>Gets the rows of channel activity that replaced another row of the same channel and days: the platform's restatements.</summary>
    [Id(9)]
    public int ActivityRowsRestated { get; init; }

    /// <summary>
    /// Gets the posts that replaced the post held under their channel and id: other figures on the same day (a later
    /// export with grown counters). The cluster keeps the last copy delivered, as one pass keeps the last copy given.
    /// </summary>
    [Id(10)]
    public int PostsRestated { get; init; }
}

/// <summary>A record the cluster could not count, and why.</summary>
/// <param name="Kind">What the record is: <c>post</c>, <c>mention</c> or <c>channel activity</c>.</param>
/// <param name="Id">The record's id; for channel activity, its channel and days (<c>instagram 2026-03-01..2026-03-31</c>).</param>
/// <param name="Reason">Why it could not be counted.</param>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.RejectedRecord")]
public sealed record RejectedRecord([property: Id(0)] string Kind, [property: Id(1)] string Id, [property: Id(2)] string Reason);

/// <summary>The state of a brand's live mention monitor.</summary>
public sealed record MentionMonitorStatus
{
    /// <summary>Gets the end of the last bucket closed and read by the spike rule; null before the first.</summary>
    public NodaTime.Instant? ClosedUntil { get; init; }

    /// <summary>Gets the latest publication instant of a mention seen: event time, which closes the buckets it has passed.</summary>
    public NodaTime.Instant? Latest { get; init; }

    /// <summary>Gets the buckets closed so far.</summary>
    public long BucketsClosed { get; init; }

    /// <summary>Gets the alerts the spike rule fired.</summary>
    public long AlertsFired { get; init; }

    /// <summary>
    /// Gets the mentions that arrived for a bucket already closed: they count in every KPI, but the spike rule had
    /// already read their bucket.
    /// </summary>
    public long LateMentions { get; init; }
}
