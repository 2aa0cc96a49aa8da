namespace KpiToolkit.Activity;

/// <summary>
/// The raw activity a set of calculators reads: the company's posts and the snapshots of its audience
/// (owned media), the mentions and press articles about it and its competitors (earned media), and the
/// results of its actions, its web traffic and its e-mail campaigns, and what each account reports for its
/// days (<see cref="Activity.ChannelActivity"/>).
/// A dashboard passes one instance to every registered calculator.
/// </summary>
/// <remarks>
/// <para>Immutable once built; the lists are copied. Posts and mentions may also be given as columns (<see cref="FromColumns"/>),
/// or streamed from sources read again for each pass and never held (<see cref="Streamed"/>).</para>
/// <para>A post, a mention or a press article given more than once (platforms export overlapping date ranges) is kept
/// once: the last copy, whose figures are the latest export's, and the earlier ones are listed in
/// <see cref="Duplicates"/>. A post is identified by its channel and id, a mention by its channel (or none) and id, an
/// article by its outlet and id, so two channels may use the same id. Every calculator reading this data therefore
/// counts each record once; a calculator given a list of records directly reads them as given. Streamed records are
/// not searched: that would hold a key per record, which streaming exists to avoid.</para>
/// </remarks>
public sealed partial class ActivityData
{
    // Rows and columns are two views of the same records; whichever was not given is made once, on first use.
    private Lazy<SocialPost[]> _postRows;
    private Lazy<PostColumns> _postColumns;
    private Lazy<Mention[]> _mentionRows;
    private Lazy<MentionColumns> _mentionColumns;

    // The sources of streamed posts and mentions, read again for each pass; null when the records are held.
    private IEnumerable<SocialPost>? _postSource;
    private IEnumerable<Mention>? _mentionSource;

    /// <summary>Creates the activity data.</summary>
    /// <param name="posts">The posts; none when null.</param>
    /// <param name="audience">The audience snapshots; none when null.</param>
    /// <param name="mentions">The mentions; none when null.</param>
    /// <param name="pressArticles">The press articles; none when null.</param>
    /// <param name="actions">The results of marketing actions; none when null.</param>
    /// <param name="webTraffic">The web traffic records; none when null.</param>
    /// <param name="emailCampaigns">The e-mail campaign reports; none when null.</param>
    /// <param name="channelActivity">What each account reported for its days; none when null.</param>
    /// <exception cref="ArgumentException">
    /// An item is null, two different snapshots of one channel share an instant, or two activity rows of one channel
    /// cover the same day (their counts would be added twice).
    /// </exception>
    public ActivityData(
        IEnumerable<SocialPost>? posts = null,
        IEnumerable<AudienceSnapshot>? audience = null,
        IEnumerable<Mention>? mentions = null,
        IEnumerable<PressArticle>? pressArticles = null,
        IEnumerable<ActionResult>? actions = null,
        IEnumerable<WebTrafficRecord>? webTraffic = null,
        IEnumerable<EmailCampaignReport>? emailCampaigns = null,
        IEnumerable<ChannelActivity>? channelActivity = null)
    {
        SocialPost[] postArray = [.. posts ?? []];
        Preconditions.Check(postArray.All(post => post is not null), "posts must not contain null.", nameof(posts));
        var postDuplicates = Deduplication.InPosts(postArray);
        postArray = Deduplication.Without(postArray, postDuplicates);
        _postRows = new(postArray);
        _postColumns = new(() => PostColumns.From(postArray));
        Audience = audience is null ? AudienceHistory.Empty : new AudienceHistory(audience);
        Mention[] mentionArray = [.. mentions ?? []];
        Preconditions.Check(mentionArray.All(mention => mention is not null), "mentions must not contain null.", nameof(mentions));
        var mentionDuplicates = Deduplication.InMentions(mentionArray);
        mentionArray = Deduplication.Without(mentionArray, mentionDuplicates);
        _mentionRows = new(mentionArray);
        _mentionColumns = new(() => MentionColumns.From(mentionArray));
        PressArticle[] articleArray = [.. pressArticles ?? []];
        Preconditions.Check(articleArray.All(article => article is not null), "pressArticles must not contain null.", nameof(pressArticles));
        var articleDuplicates = Deduplication.InPressArticles(articleArray);
        PressArticles = Deduplication.Without(articleArray, articleDuplicates);
        Duplicates = Report(postDuplicates, mentionDuplicates, articleDuplicates);
        Actions = [.. actions ?? []];
        Preconditions.Check(Actions.All(action => action is not null), "actions must not contain null.", nameof(actions));
        WebTraffic = [.. webTraffic ?? []];
        Preconditions.Check(WebTraffic.All(record => record is not null), "webTraffic must not contain null.", nameof(webTraffic));
        EmailCampaigns = [.. emailCampaigns ?? []];
        Preconditions.Check(EmailCampaigns.All(report => report is not null), "emailCampaigns must not contain null.", nameof(emailCampaigns));
        ChannelActivity = [.. channelActivity ?? []];
        Preconditions.Check(ChannelActivity.All(row => row is not null), "channelActivity must not contain null.", nameof(channelActivity));
        CheckNoOverlap(ChannelActivity, nameof(channelActivity));
    }

    /// <summary>
    /// Creates activity data whose posts and mentions are columns: the calculators that read columns read them
    /// directly, and <see cref="Posts"/> and <see cref="Mentions"/> are made from them, once, only when something
    /// asks for rows.
    /// </summary>
    /// <remarks>
    /// Columns that hold ids are searched for duplicates as rows are (see <see cref="Duplicates"/>); those that hold
    /// some are made again without the earlier copies, and those that hold none are read as given, without a copy.
    /// Columns without ids cannot be searched: each of their records counts.
    /// </remarks>
    /// <param name="posts">The posts as columns; none when null.</param>
    /// <param name="mentions">The mentions as columns; none when null.</param>
    /// <param name="audience">The audience snapshots; none when null.</param>
    /// <param name="pressArticles">The press articles; none when null.</param>
    /// <param name="actions">The results of marketing actions; none when null.</param>
    /// <param name="webTraffic">The web traffic records; none when null.</param>
    /// <param name="emailCampaigns">The e-mail campaign reports; none when null.</param>
    /// <param name="channelActivity">What each account reported for its days; none when null.</param>
    /// <returns>The activity data.</returns>
    /// <exception cref="ArgumentException">The same as the constructor's.</exception>
    public static ActivityData FromColumns(
        PostColumns? posts = null,
        MentionColumns? mentions = null,
        IEnumerable<AudienceSnapshot>? audience = null,
        IEnumerable<PressArticle>? pressArticles = null,
        IEnumerable<ActionResult>? actions = null,
        IEnumerable<WebTrafficRecord>? webTraffic = null,
        IEnumerable<EmailCampaignReport>? emailCampaigns = null,
        IEnumerable<ChannelActivity>? channelActivity = null)
    {
        var data = new ActivityData(null, audience, null, pressArticles, actions, webTraffic, emailCampaigns, channelActivity);
        var postDuplicates = posts is null ? [] : Deduplication.InPostColumns(posts);
        var mentionDuplicates = mentions is null ? [] : Deduplication.InMentionColumns(mentions);
        data.Duplicates = Report(postDuplicates, mentionDuplicates, data.Duplicates.PressArticles);
        if (posts is not null)
        {
            posts = WithoutDuplicates(posts, postDuplicates);
            data._postColumns = new(posts);
            data._postRows = new(() => [.. posts.ToPosts()]);
            data.HasPostColumns = true;
        }

        if (mentions is not null)
        {
            mentions = WithoutDuplicates(mentions, mentionDuplicates);
            data._mentionColumns = new(mentions);
            data._mentionRows = new(() => [.. mentions.ToMentions()]);
            data.HasMentionColumns = true;
        }

        return data;
    }

    /// <summary>
    /// Creates activity data whose posts and mentions are streamed: never copied nor held, but enumerated again each
    /// time a pass reads them, so a dashboard over 10^8 mentions needs the memory of its results, not of its records.
    /// </summary>
    /// <remarks>
    /// <para>Each source must give the same records, in any order, every time it is enumerated: a method with
    /// <c>yield return</c>, <c>File.ReadLines(path).Select(Parse)</c> or a query that is run again, not a one-shot
    /// reader. A <see cref="Dashboard.DashboardBuilder"/> with the built-in calculators enumerates the mentions twice
    /// and the posts two to four times (see docs/dashboard.md); a host's calculator outside the shared pass, or a
    /// calculator asked again period by period after a failure of the shared pass, enumerates once more per call. The sources are read
    /// one at a time, never from two threads at once.</para>
    /// <para><see cref="Posts"/>, <see cref="Mentions"/>, <see cref="PostColumns"/> and <see cref="MentionColumns"/>
    /// would hold every record, so they throw for a streamed source; read it with <see cref="ReadPosts"/> or
    /// <see cref="ReadMentions"/>. A null record is reported when a pass reaches it, with its position.</para>
    /// </remarks>
    /// <param name="posts">The source of the posts; none when null.</param>
    /// <param name="mentions">The source of the mentions; none when null.</param>
    /// <param name="audience">The audience snapshots; none when null.</param>
    /// <param name="pressArticles">The press articles; none when null.</param>
    /// <param name="actions">The results of marketing actions; none when null.</param>
    /// <param name="webTraffic">The web traffic records; none when null.</param>
    /// <param name="emailCampaigns">The e-mail campaign reports; none when null.</param>
    /// <param name="channelActivity">What each account reported for its days; none when null.</param>
    /// <returns>The activity data.</returns>
    /// <exception cref="ArgumentException">The same as the constructor's, for the records that are held.</exception>
    public static ActivityData Streamed(
        IEnumerable<SocialPost>? posts = null,
        IEnumerable<Mention>? mentions = null,
        IEnumerable<AudienceSnapshot>? audience = null,
        IEnumerable<PressArticle>? pressArticles = null,
        IEnumerable<ActionResult>? actions = null,
        IEnumerable<WebTrafficRecord>? webTraffic = null,
        IEnumerable<EmailCampaignReport>? emailCampaigns = null,
        IEnumerable<ChannelActivity>? channelActivity = null)
    {
        var data = new ActivityData(null, audience, null, pressArticles, actions, webTraffic, emailCampaigns, channelActivity);
        if (posts is not null)
        {
            data._postSource = posts;
            data._postRows = new(() => throw Held("posts", nameof(ReadPosts)));
            data._postColumns = new(() => throw Held("posts", nameof(ReadPosts)));
        }

        if (mentions is not null)
        {
            data._mentionSource = mentions;
            data._mentionRows = new(() => throw Held("mentions", nameof(ReadMentions)));
            data._mentionColumns = new(() => throw Held("mentions", nameof(ReadMentions)));
        }

        return data;
    }

    /// <summary>Gets an instance with no activity at all.</summary>
    public static ActivityData Empty { get; } = new();

    /// <summary>Gets the posts.</summary>
    /// <remarks>Made from the columns on first use when the data was created with <see cref="FromColumns"/>.</remarks>
    /// <exception cref="InvalidOperationException">The posts are streamed (<see cref="Streamed"/>): read them with <see cref="ReadPosts"/>.</exception>
    public IReadOnlyList<SocialPost> Posts => PostArray;

    /// <summary>Gets the audience snapshots, indexed by channel and time.</summary>
    public AudienceHistory Audience { get; }

    /// <summary>Gets the mentions of the company and its competitors.</summary>
    /// <remarks>Made from the columns on first use when the data was created with <see cref="FromColumns"/>.</remarks>
    /// <exception cref="InvalidOperationException">The mentions are streamed (<see cref="Streamed"/>): read them with <see cref="ReadMentions"/>.</exception>
    public IReadOnlyList<Mention> Mentions => MentionArray;

    /// <summary>Gets the press articles about the company and its competitors.</summary>
    public IReadOnlyList<PressArticle> PressArticles { get; }

    /// <summary>Gets the results of marketing actions.</summary>
    public IReadOnlyList<ActionResult> Actions { get; }

    /// <summary>Gets the web traffic records.</summary>
    public IReadOnlyList<WebTrafficRecord> WebTraffic { get; }

    /// <summary>Gets the e-mail campaign reports.</summary>
    public IReadOnlyList<EmailCampaignReport> EmailCampaigns { get; }

    /// <summary>Gets what each account reported for its days, no two rows of one channel sharing a day.</summary>
    public IReadOnlyList<ChannelActivity> ChannelActivity { get; }

    /// <summary>
    /// Gets the posts, mentions and press articles that were given more than once, of which only the last copy is in
    /// this data; <see cref="DuplicateReport.IsEmpty"/> when each was given once.
    /// </summary>
    public DuplicateReport Duplicates { get; private set; }

    /// <summary>Gets the posts as columns: those given to <see cref="FromColumns"/>, or made from <see cref="Posts"/> once, on first use.</summary>
    /// <exception cref="InvalidOperationException">The posts are streamed (<see cref="Streamed"/>).</exception>
    public PostColumns PostColumns => _postColumns.Value;

    /// <summary>Gets the mentions as columns: those given to <see cref="FromColumns"/>, or made from <see cref="Mentions"/> once, on first use.</summary>
    /// <exception cref="InvalidOperationException">The mentions are streamed (<see cref="Streamed"/>).</exception>
    public MentionColumns MentionColumns => _mentionColumns.Value;

    /// <summary>Gets whether the posts are streamed (<see cref="Streamed"/>): read again for each pass, never held.</summary>
    public bool ArePostsStreamed => _postSource is not null;

    /// <summary>Gets whether the mentions are streamed (<see cref="Streamed"/>): read again for each pass, never held.</summary>
    public bool AreMentionsStreamed => _mentionSource is not null;

    /// <summary>Reads the posts however they are given: held, as columns, or streamed, without holding them when streamed.</summary>
    /// <returns>The posts; each enumeration of a streamed source enumerates the source again.</returns>
    /// <exception cref="ArgumentException">While enumerating: the streamed source gives a null post; the message says which one.</exception>
    public IEnumerable<SocialPost> ReadPosts() =>
        _postSource is { } source ? Checked(source, "posts") : HasPostColumns ? PostColumns.ToPosts() : PostArray;

    /// <summary>Reads the mentions however they are given: held, as columns, or streamed, without holding them when streamed.</summary>
    /// <returns>The mentions; each enumeration of a streamed source enumerates the source again.</returns>
    /// <exception cref="ArgumentException">While enumerating: the streamed source gives a null mention; the message says which one.</exception>
    public IEnumerable<Mention> ReadMentions() =>
        _mentionSource is { } source ? Checked(source, "mentions") : HasMentionColumns ? MentionColumns.ToMentions() : MentionArray;

    /// <summary>Gets the posts as an array, for passes that loop without an enumerator; never written to.</summary>
    internal SocialPost[] PostArray => _postRows.Value;

    /// <summary>Gets the mentions as an array; never written to.</summary>
    internal Mention[] MentionArray => _mentionRows.Value;

    /// <summary>Gets whether the posts were given as columns, so a calculator that reads columns should read them.</summary>
    internal bool HasPostColumns { get; private set; }

    /// <summary>Gets whether the mentions were given as columns.</summary>
    internal bool HasMentionColumns { get; private set; }

    private static InvalidOperationException Held(string records, string reader) => new(
        $"The {records} of this activity data are streamed and never held, so they cannot be given as a list or as columns; " +
        $"read them with {reader}(), or create the data with the constructor or FromColumns to hold them.");

    // A streamed record is checked when a pass reaches it: the source is never read ahead.
    private static IEnumerable<T> Checked<T>(IEnumerable<T> source, string records)
        where T : class
    {
        long position = 0;
        foreach (var record in source)
        {
            if (record is null)
            {
                throw new ArgumentException($"The streamed {records} hold a null at position {position} (counting from 0).", records);
            }

            position++;
            yield return record;
        }
    }

    private static DuplicateReport Report(DuplicateRecord[] posts, DuplicateRecord[] mentions, IReadOnlyList<DuplicateRecord> articles) =>
        posts.Length == 0 && mentions.Length == 0 && articles.Count == 0 ? DuplicateReport.None : new(posts, mentions, articles);

    // Columns with duplicates are rare (an overlap of exports): they are made again through rows, which is simple and exact.
    private static PostColumns WithoutDuplicates(PostColumns posts, DuplicateRecord[] duplicates)
    {
        if (duplicates.Length == 0)
        {
            return posts;
        }

        var dropped = Deduplication.Dropped(duplicates);
        return PostColumns.From(Enumerable.Range(0, posts.Count).Where(i => !dropped.Contains(i)).Select(i => posts[i]));
    }

    private static MentionColumns WithoutDuplicates(MentionColumns mentions, DuplicateRecord[] duplicates)
    {
        if (duplicates.Length == 0)
        {
            return mentions;
        }

        var dropped = Deduplication.Dropped(duplicates);
        return MentionColumns.From(Enumerable.Range(0, mentions.Count).Where(i => !dropped.Contains(i)).Select(i => mentions[i]));
    }

    /// <summary>
    /// Refuses two rows of one channel that share a day: a calculator adds up the rows of a period, so a month's
    /// row beside its daily rows, or one export imported twice, would count every interaction twice.
    /// </summary>
    private static void CheckNoOverlap(IReadOnlyList<ChannelActivity> rows, string parameterName)
    {
        foreach (var channel in rows.GroupBy(row => row.Channel))
        {
            ChannelActivity? previous = null;
            foreach (var row in channel.OrderBy(row => row.Dates.Start))
            {
                Preconditions.Check(
                    previous is null || previous.Dates.End < row.Dates.Start,
                    $"Two activity rows of {channel.Key} cover the same days: {previous} and {row}. Give one row per day, or one per longer run of days, not both.",
                    parameterName);
                previous = row;
            }
        }
    }
}
