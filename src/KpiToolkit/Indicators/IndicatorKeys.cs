namespace KpiToolkit.Indicators;

/// <summary>The keys of the built-in indicators, defined in <see cref="BuiltInIndicators"/>.</summary>
public static class IndicatorKeys
{
    /// <summary><c>followers</c>: the size of an owned audience at a date.</summary>
    public static readonly IndicatorKey Followers = new("followers");

    /// <summary><c>follower-growth-rate</c>: the change in followers over a period, relative to the start.</summary>
    public static readonly IndicatorKey FollowerGrowthRate = new("follower-growth-rate");

    /// <summary><c>follower-growth-rate-end-base</c>: the change in followers over a period, relative to the end (Hootsuite's audience growth rate).</summary>
    public static readonly IndicatorKey FollowerGrowthRateEndBase = new("follower-growth-rate-end-base");

    /// <summary><c>impressions</c>: how many times owned content was on screen.</summary>
    public static readonly IndicatorKey Impressions = new("impressions");

    /// <summary><c>reach-rate</c>: people reached over followers.</summary>
    public static readonly IndicatorKey ReachRate = new("reach-rate");

    /// <summary><c>engagement-rate</c>: engagements over a chosen denominator.</summary>
    public static readonly IndicatorKey EngagementRate = new("engagement-rate");

    /// <summary><c>posting-frequency</c>: new posts per week.</summary>
    public static readonly IndicatorKey PostingFrequency = new("posting-frequency");

    /// <summary><c>impression-rate</c>: impressions over followers.</summary>
    public static readonly IndicatorKey ImpressionRate = new("impression-rate");

    /// <summary><c>frequency</c>: impressions over reach, the mean exposures per person reached.</summary>
    public static readonly IndicatorKey Frequency = new("frequency");

    /// <summary><c>average-reach-per-post</c>: the mean reach of a post, the safe way to aggregate reach.</summary>
    public static readonly IndicatorKey AverageReachPerPost = new("average-reach-per-post");

    /// <summary><c>conversation-rate</c>: comments per post (Kaushik), a ratio.</summary>
    public static readonly IndicatorKey ConversationRate = new("conversation-rate");

    /// <summary><c>amplification-rate</c>: shares per post (Kaushik), a ratio.</summary>
    public static readonly IndicatorKey AmplificationRate = new("amplification-rate");

    /// <summary><c>applause-rate</c>: reactions per post (Kaushik), a ratio.</summary>
    public static readonly IndicatorKey ApplauseRate = new("applause-rate");

    /// <summary><c>conversation-rate-per-follower</c>: comments over followers, a fraction.</summary>
    public static readonly IndicatorKey ConversationRatePerFollower = new("conversation-rate-per-follower");

    /// <summary><c>amplification-rate-per-follower</c>: shares over followers, a fraction.</summary>
    public static readonly IndicatorKey AmplificationRatePerFollower = new("amplification-rate-per-follower");

    /// <summary><c>applause-rate-per-follower</c>: reactions over followers, a fraction.</summary>
    public static readonly IndicatorKey ApplauseRatePerFollower = new("applause-rate-per-follower");

    /// <summary><c>virality-rate</c>: shares over impressions (or reach).</summary>
    public static readonly IndicatorKey ViralityRate = new("virality-rate");

    /// <summary><c>posting-regularity</c>: the share of weeks with at least one post.</summary>
    public static readonly IndicatorKey PostingRegularity = new("posting-regularity");

    /// <summary><c>mention-volume</c>: how many times others mention the company.</summary>
    public static readonly IndicatorKey MentionVolume = new("mention-volume");

    /// <summary><c>mention-engagement-rate</c>: interactions on mentions over their potential reach.</summary>
    public static readonly IndicatorKey MentionEngagementRate = new("mention-engagement-rate");

    /// <summary><c>press-articles</c>: articles about the company.</summary>
    public static readonly IndicatorKey PressArticles = new("press-articles");

    /// <summary><c>net-tonality</c>: the balance of positive and negative press articles.</summary>
    public static readonly IndicatorKey NetTonality = new("net-tonality");

    /// <summary><c>press-potential-audience</c>: the cumulated audience of the outlets, counted with overlaps.</summary>
    public static readonly IndicatorKey PressPotentialAudience = new("press-potential-audience");

    /// <summary><c>share-of-voice</c>: the company's share of the mentions of a listed competitive set.</summary>
    public static readonly IndicatorKey ShareOfVoice = new("share-of-voice");

    /// <summary><c>web-sessions</c>: visits to the company's website or blog.</summary>
    public static readonly IndicatorKey WebSessions = new("web-sessions");

    /// <summary><c>web-conversion-rate</c>: sessions with at least one conversion over sessions.</summary>
    public static readonly IndicatorKey WebConversionRate = new("web-conversion-rate");

    /// <summary><c>email-open-rate</c>: unique opens over delivered e-mails.</summary>
    public static readonly IndicatorKey EmailOpenRate = new("email-open-rate");

    /// <summary><c>email-click-rate</c>: unique clickers over delivered e-mails.</summary>
    public static readonly IndicatorKey EmailClickRate = new("email-click-rate");

    /// <summary><c>email-unsubscribe-rate</c>: unsubscribes over delivered e-mails.</summary>
    public static readonly IndicatorKey EmailUnsubscribeRate = new("email-unsubscribe-rate");

    /// <summary><c>roi</c>: return on investment, (gain − cost) / cost.</summary>
    public static readonly IndicatorKey ReturnOnInvestment = new("roi");

    /// <summary><c>roas</c>: gain / cost: 4.0 means 4 per unit spent; excludes the cost of goods, so above 1 can still lose money.</summary>
    public static readonly IndicatorKey Roas = new("roas");

    /// <summary><c>cost-per-acquisition</c>: cost / conversions.</summary>
    public static readonly IndicatorKey CostPerAcquisition = new("cost-per-acquisition");

    /// <summary><c>cost-per-click</c>: cost / clicks.</summary>
    public static readonly IndicatorKey CostPerClick = new("cost-per-click");

    /// <summary><c>cost-per-mille</c>: cost / impressions x 1000.</summary>
    public static readonly IndicatorKey CostPerMille = new("cost-per-mille");

    /// <summary><c>cost-per-engagement</c>: cost / engagements.</summary>
    public static readonly IndicatorKey CostPerEngagement = new("cost-per-engagement");

    /// <summary><c>click-through-rate</c>: clicks / impressions.</summary>
    public static readonly IndicatorKey ClickThroughRate = new("click-through-rate");

    /// <summary><c>click-conversion-rate</c>: conversions / clicks; can pass 100 % when one click leads to several conversions.</summary>
    public static readonly IndicatorKey ClickConversionRate = new("click-conversion-rate");

    /// <summary><c>web-visitors</c>: Sum of the users reported per day and source; a person returning on two days counts twice.</summary>
    public static readonly IndicatorKey WebVisitors = new("web-visitors");

    /// <summary><c>email-delivery-rate</c>: delivered / sent.</summary>
    public static readonly IndicatorKey EmailDeliveryRate = new("email-delivery-rate");

    /// <summary><c>email-click-to-open-rate</c>: unique clickers / unique openers; can pass 100 % when clickers block images.</summary>
    public static readonly IndicatorKey EmailClickToOpenRate = new("email-click-to-open-rate");

    /// <summary><c>email-bounce-rate</c>: (hard + soft bounces) / sent.</summary>
    public static readonly IndicatorKey EmailBounceRate = new("email-bounce-rate");

    /// <summary><c>engagement-rate-by-audience</c>: the engagements of a period over the audience at its end, or its mean audience.</summary>
    public static readonly IndicatorKey EngagementRateByAudience = new("engagement-rate-by-audience");

    /// <summary><c>account-engagement-rate</c>: the engagements an account received during a period over its impressions (or reach) then.</summary>
    public static readonly IndicatorKey AccountEngagementRate = new("account-engagement-rate");

    /// <summary><c>account-impressions</c>: the impressions an account received during a period, on any of its content.</summary>
    public static readonly IndicatorKey AccountImpressions = new("account-impressions");

    /// <summary><c>profile-visits</c>: the visits to an account's profile or page during a period.</summary>
    public static readonly IndicatorKey ProfileVisits = new("profile-visits");
}
