namespace KpiToolkit.Activity;

/// <summary>
/// The raw activity a set of calculators reads: the company's posts and the snapshots of its audience
/// (owned media), the mentions and press articles about it and its competitors (earned media), and the
/// results of its actions, its web traffic and its e-mail campaigns, and what each account reports for its
/// days (<see cref="Activity.ChannelActivity"/>).
/// A dashboard passes one instance to every registered calculator.
/// </summary>
/// <remarks>Immutable once built; the lists are copied.</remarks>
public sealed class ActivityData
{
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
        PostArray = [.. posts ?? []];
        Preconditions.Check(PostArray.All(post => post is not null), "posts must not contain null.", nameof(posts));
        Posts = Array.AsReadOnly(PostArray);
        Audience = audience is null ? AudienceHistory.Empty : new AudienceHistory(audience);
        MentionArray = [.. mentions ?? []];
        Preconditions.Check(MentionArray.All(mention => mention is not null), "mentions must not contain null.", nameof(mentions));
        Mentions = Array.AsReadOnly(MentionArray);
        PressArticles = [.. pressArticles ?? []];
        Preconditions.Check(PressArticles.All(article => article is not null), "pressArticles must not contain null.", nameof(pressArticles));
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

    /// <summary>Gets an instance with no activity at all.</summary>
    public static ActivityData Empty { get; } = new();

    /// <summary>Gets the posts.</summary>
    public IReadOnlyList<SocialPost> Posts { get; }

    /// <summary>Gets the audience snapshots, indexed by channel and time.</summary>
    public AudienceHistory Audience { get; }

    /// <summary>Gets the mentions of the company and its competitors.</summary>
    public IReadOnlyList<Mention> Mentions { get; }

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

    /// <summary>Gets the posts as the array behind <see cref="Posts"/>, for passes that loop without an enumerator; never written to.</summary>
    internal SocialPost[] PostArray { get; }

    /// <summary>Gets the mentions as the array behind <see cref="Mentions"/>; never written to.</summary>
    internal Mention[] MentionArray { get; }

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
