using KpiToolkit.Time;

namespace KpiToolkit.Indicators;

/// <summary>
/// The definitions of the indicators KpiToolkit knows out of the box. Rates are fractions; the
/// variants of each formula are options of the calculators, described in the documentation.
/// </summary>
public static class BuiltInIndicators
{
    /// <summary>Followers of an owned account at a date.</summary>
    public static Indicator Followers { get; } = new(
        IndicatorKeys.Followers, "Followers", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month,
        "Followers of an owned account at the end of the period.", minimumValue: 0);

    /// <summary>(followers at end − followers at start) / followers at start; negative when the audience shrinks, never below −1.</summary>
    public static Indicator FollowerGrowthRate { get; } = new(
        IndicatorKeys.FollowerGrowthRate, "Follower growth rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month,
        "(followers at end - followers at start) / followers at start.", minimumValue: -1,
        unboundedRateReason: "the audience can more than double in a period");

    /// <summary>
    /// (followers at end − followers at start) / followers at end, Hootsuite's audience growth rate; at most 1,
    /// and without a lower bound: from 1,000 to 100 followers it is −9.
    /// </summary>
    public static Indicator FollowerGrowthRateEndBase { get; } = new(
        IndicatorKeys.FollowerGrowthRateEndBase, "Follower growth rate (end base)", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month,
        "(followers at end - followers at start) / followers at end; below -1 when the audience more than halves.", maximumValue: 1);

    /// <summary>Times owned content was on screen; repeated views count again.</summary>
    public static Indicator Impressions { get; } = new(
        IndicatorKeys.Impressions, "Impressions", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Times owned content was on screen; repeated exposures count again.", minimumValue: 0);

    /// <summary>Reach / followers; can pass 100 % when content travels beyond the followers.</summary>
    public static Indicator ReachRate { get; } = new(
        IndicatorKeys.ReachRate, "Reach rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Unique people reached / followers.", minimumValue: 0,
        unboundedRateReason: "a post reaches people who do not follow the account");

    /// <summary>Engagements / a chosen denominator (reach, impressions, followers or views); can pass 100 % by followers.</summary>
    public static Indicator EngagementRate { get; } = new(
        IndicatorKeys.EngagementRate, "Engagement rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Engagements / reach, impressions, followers or video views, as configured.", minimumValue: 0);

    /// <summary>New posts per week.</summary>
    public static Indicator PostingFrequency { get; } = new(
        IndicatorKeys.PostingFrequency, "Posting frequency", IndicatorUnit.PerPeriod, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Week,
        "New posts per week.", minimumValue: 0, unitLabel: "posts / week");

    /// <summary>Impressions / followers; can pass 100 % since impressions repeat.</summary>
    public static Indicator ImpressionRate { get; } = new(
        IndicatorKeys.ImpressionRate, "Impression rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Impressions / followers.", minimumValue: 0,
        unboundedRateReason: "each follower can see a post several times, and non-followers see it too");

    /// <summary>Impressions / reach: how many times, on average, each person reached saw the content.</summary>
    public static Indicator Frequency { get; } = new(
        IndicatorKeys.Frequency, "Frequency", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Impressions / reach: mean exposures per person reached.", minimumValue: 0, unitLabel: "impressions / person");

    /// <summary>The mean reach of a post; reach is not additive, so this replaces a "total reach".</summary>
    public static Indicator AverageReachPerPost { get; } = new(
        IndicatorKeys.AverageReachPerPost, "Average reach per post", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Sum of post reach / posts; never a count of unique people.", minimumValue: 0);

    /// <summary>Comments per post (Kaushik's conversation rate), an average count.</summary>
    public static Indicator ConversationRate { get; } = new(
        IndicatorKeys.ConversationRate, "Conversation rate", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Comments per post.", minimumValue: 0, unitLabel: "comments / post");

    /// <summary>Shares per post (Kaushik's amplification rate), an average count.</summary>
    public static Indicator AmplificationRate { get; } = new(
        IndicatorKeys.AmplificationRate, "Amplification rate", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Shares per post.", minimumValue: 0, unitLabel: "shares / post");

    /// <summary>Reactions per post (Kaushik's applause rate), an average count.</summary>
    public static Indicator ApplauseRate { get; } = new(
        IndicatorKeys.ApplauseRate, "Applause rate", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Reactions per post.", minimumValue: 0, unitLabel: "reactions / post");

    /// <summary>Comments / followers: the conversation rate per follower, a fraction comparable between accounts of different sizes.</summary>
    public static Indicator ConversationRatePerFollower { get; } = new(
        IndicatorKeys.ConversationRatePerFollower, "Conversation rate per follower", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Comments / followers.", minimumValue: 0,
        unboundedRateReason: "a rate per follower passes 100 % when people comment more than once or do not follow");

    /// <summary>Shares / followers: the amplification rate per follower, a fraction comparable between accounts of different sizes.</summary>
    public static Indicator AmplificationRatePerFollower { get; } = new(
        IndicatorKeys.AmplificationRatePerFollower, "Amplification rate per follower", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Shares / followers.", minimumValue: 0,
        unboundedRateReason: "a rate per follower passes 100 % when people share more than once or do not follow");

    /// <summary>Reactions / followers: the applause rate per follower, a fraction comparable between accounts of different sizes.</summary>
    public static Indicator ApplauseRatePerFollower { get; } = new(
        IndicatorKeys.ApplauseRatePerFollower, "Applause rate per follower", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Reactions / followers.", minimumValue: 0,
        unboundedRateReason: "a rate per follower passes 100 % when people who do not follow react");

    /// <summary>Shares / impressions (or reach).</summary>
    public static Indicator ViralityRate { get; } = new(
        IndicatorKeys.ViralityRate, "Virality rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Shares / impressions, or / reach.", minimumValue: 0);

    /// <summary>The share of weeks with at least one post.</summary>
    public static Indicator PostingRegularity { get; } = new(
        IndicatorKeys.PostingRegularity, "Posting regularity", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Weeks with at least one post / weeks of the period.", minimumValue: 0, maximumValue: 1);

    /// <summary>Mentions of the company published by others.</summary>
    public static Indicator MentionVolume { get; } = new(
        IndicatorKeys.MentionVolume, "Mention volume", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Earned, Cadence.Week,
        "Mentions of the company published by others in the period.", minimumValue: 0);

    /// <summary>(reactions + comments + shares) of mentions / their potential reach.</summary>
    public static Indicator MentionEngagementRate { get; } = new(
        IndicatorKeys.MentionEngagementRate, "Engagement rate on mentions", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Earned, Cadence.Month,
        "(reactions + comments + shares) / potential reach of the mentions.", minimumValue: 0);

    /// <summary>Press articles about the company.</summary>
    public static Indicator PressArticles { get; } = new(
        IndicatorKeys.PressArticles, "Press articles", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Earned, Cadence.Month,
        "Articles about the company; a syndicated story counts once or per outlet, as configured.", minimumValue: 0);

    /// <summary>(positive − negative) / all articles with a known tone, or positive / (positive + negative).</summary>
    public static Indicator NetTonality { get; } = new(
        IndicatorKeys.NetTonality, "Net tonality", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Earned, Cadence.Month,
        "(positive - negative) / (positive + neutral + negative), or positive / (positive + negative).", minimumValue: -1, maximumValue: 1);

    /// <summary>The sum of the outlets' audiences; potential, since outlets overlap.</summary>
    public static Indicator PressPotentialAudience { get; } = new(
        IndicatorKeys.PressPotentialAudience, "Press potential audience", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Earned, Cadence.Month,
        "Sum of the audiences of the outlets of each article; potential and duplicated, never unique people.", minimumValue: 0);

    /// <summary>The company's mentions / the mentions of the company and its listed competitors.</summary>
    public static Indicator ShareOfVoice { get; } = new(
        IndicatorKeys.ShareOfVoice, "Share of voice", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Earned, Cadence.Month,
        "Company mentions / (company + listed competitor mentions), weighted as configured.", minimumValue: 0, maximumValue: 1);

    /// <summary>Visits to the company's website or blog.</summary>
    public static Indicator WebSessions { get; } = new(
        IndicatorKeys.WebSessions, "Web sessions", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month,
        "Sessions on the company's website or blog.", minimumValue: 0);

    /// <summary>Sessions with at least one conversion / sessions (the GA4 session key-event rate).</summary>
    public static Indicator WebConversionRate { get; } = new(
        IndicatorKeys.WebConversionRate, "Web conversion rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Conversion, MediaType.Owned, Cadence.Month,
        "Converting sessions / sessions.", minimumValue: 0, maximumValue: 1);

    /// <summary>Unique opens / delivered e-mails.</summary>
    public static Indicator EmailOpenRate { get; } = new(
        IndicatorKeys.EmailOpenRate, "E-mail open rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month,
        "Unique opens / delivered e-mails.", minimumValue: 0, maximumValue: 1);

    /// <summary>Unique clickers / delivered e-mails.</summary>
    public static Indicator EmailClickRate { get; } = new(
        IndicatorKeys.EmailClickRate, "E-mail click rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month,
        "Unique clickers / delivered e-mails.", minimumValue: 0, maximumValue: 1);

    /// <summary>Unsubscribes / delivered e-mails; lower is better.</summary>
    public static Indicator EmailUnsubscribeRate { get; } = new(
        IndicatorKeys.EmailUnsubscribeRate, "E-mail unsubscribe rate", IndicatorUnit.Fraction, Polarity.LowerIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month,
        "Unsubscribes / delivered e-mails.", minimumValue: 0, maximumValue: 1);

    /// <summary>(gain − cost) / cost; below 0 when an action loses money.</summary>
    public static Indicator ReturnOnInvestment { get; } = new(
        IndicatorKeys.ReturnOnInvestment, "Return on investment", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Financial, MediaType.Paid, Cadence.Quarter,
        "(gain - cost) / cost, where the caller states what gain means (revenue, margin or profit).",
        unboundedRateReason: "a gain can be several times the cost");

    /// <summary>Return on ad spend: gain / cost: 4.0 means 4 per unit spent; excludes the cost of goods, so above 1 can still lose money.</summary>
    public static Indicator Roas { get; } = new(
        IndicatorKeys.Roas, "Return on ad spend", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
        IndicatorCategory.Financial, MediaType.Paid, Cadence.Month,
        "gain / cost: 4.0 means 4 per unit spent; excludes the cost of goods, so above 1 can still lose money.", minimumValue: 0, unitLabel: "× spend");

    /// <summary>Cost per acquisition: cost / conversions.</summary>
    public static Indicator CostPerAcquisition { get; } = new(
        IndicatorKeys.CostPerAcquisition, "Cost per acquisition", IndicatorUnit.Money, Polarity.LowerIsBetter,
        IndicatorCategory.Financial, MediaType.Paid, Cadence.Month,
        "cost / conversions.", minimumValue: 0);

    /// <summary>Cost per click: cost / clicks.</summary>
    public static Indicator CostPerClick { get; } = new(
        IndicatorKeys.CostPerClick, "Cost per click", IndicatorUnit.Money, Polarity.LowerIsBetter,
        IndicatorCategory.Financial, MediaType.Paid, Cadence.Month,
        "cost / clicks.", minimumValue: 0);

    /// <summary>Cost per thousand impressions: cost / impressions x 1000.</summary>
    public static Indicator CostPerMille { get; } = new(
        IndicatorKeys.CostPerMille, "Cost per thousand impressions", IndicatorUnit.Money, Polarity.LowerIsBetter,
        IndicatorCategory.Financial, MediaType.Paid, Cadence.Month,
        "cost / impressions x 1000.", minimumValue: 0);

    /// <summary>Cost per engagement: cost / engagements.</summary>
    public static Indicator CostPerEngagement { get; } = new(
        IndicatorKeys.CostPerEngagement, "Cost per engagement", IndicatorUnit.Money, Polarity.LowerIsBetter,
        IndicatorCategory.Financial, MediaType.Paid, Cadence.Month,
        "cost / engagements.", minimumValue: 0);

    /// <summary>Click-through rate: clicks / impressions.</summary>
    public static Indicator ClickThroughRate { get; } = new(
        IndicatorKeys.ClickThroughRate, "Click-through rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Conversion, MediaType.Paid, Cadence.Month,
        "clicks / impressions.", minimumValue: 0);

    /// <summary>Conversion rate of clicks: conversions / clicks; can pass 100 % when one click leads to several conversions.</summary>
    public static Indicator ClickConversionRate { get; } = new(
        IndicatorKeys.ClickConversionRate, "Conversion rate of clicks", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Conversion, MediaType.Paid, Cadence.Month,
        "conversions / clicks; can pass 100 % when one click leads to several conversions.", minimumValue: 0,
        unboundedRateReason: "one click can lead to several conversions");

    /// <summary>Web visitors: Sum of the users reported per day and source; a person returning on two days counts twice.</summary>
    public static Indicator WebVisitors { get; } = new(
        IndicatorKeys.WebVisitors, "Web visitors", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Acquisition, MediaType.Owned, Cadence.Month,
        "Sum of the users reported per day and source; a person returning on two days counts twice.", minimumValue: 0);

    /// <summary>E-mail delivery rate: delivered / sent.</summary>
    public static Indicator EmailDeliveryRate { get; } = new(
        IndicatorKeys.EmailDeliveryRate, "E-mail delivery rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month,
        "delivered / sent.", minimumValue: 0, maximumValue: 1);

    /// <summary>E-mail click-to-open rate: unique clickers / unique openers; can pass 100 % when clickers block images.</summary>
    public static Indicator EmailClickToOpenRate { get; } = new(
        IndicatorKeys.EmailClickToOpenRate, "E-mail click-to-open rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month,
        "unique clickers / unique openers; can pass 100 % when clickers block images.", minimumValue: 0,
        unboundedRateReason: "clickers who block images are not counted as openers");

    /// <summary>E-mail bounce rate: (hard + soft bounces) / sent.</summary>
    public static Indicator EmailBounceRate { get; } = new(
        IndicatorKeys.EmailBounceRate, "E-mail bounce rate", IndicatorUnit.Fraction, Polarity.LowerIsBetter,
        IndicatorCategory.Email, MediaType.Owned, Cadence.Month,
        "(hard + soft bounces) / sent.", minimumValue: 0, maximumValue: 1);

    /// <summary>
    /// Engagements of a period / the audience at its end, or its mean audience: one rate for the whole period
    /// rather than one per post; can pass 100 %.
    /// </summary>
    public static Indicator EngagementRateByAudience { get; } = new(
        IndicatorKeys.EngagementRateByAudience, "Engagement rate by audience", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Engagements of the period / followers at its end, or the mean followers of its days.", minimumValue: 0,
        unboundedRateReason: "a rate per follower passes 100 % when followers engage more than once or non-followers engage");

    /// <summary>
    /// Engagements an account received during a period / its impressions then, or / its reach when one reported
    /// row covers the whole period (the activity model, as page dashboards count).
    /// </summary>
    public static Indicator AccountEngagementRate { get; } = new(
        IndicatorKeys.AccountEngagementRate, "Account engagement rate", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month,
        "Engagements received during the period / impressions during it, or / reach of one row covering the period.", minimumValue: 0);

    /// <summary>Impressions an account received during a period, on any of its content, however old.</summary>
    public static Indicator AccountImpressions { get; } = new(
        IndicatorKeys.AccountImpressions, "Account impressions", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Sum of the impressions the account reported for the days of the period.", minimumValue: 0);

    /// <summary>Visits to an account's profile or page during a period.</summary>
    public static Indicator ProfileVisits { get; } = new(
        IndicatorKeys.ProfileVisits, "Profile visits", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Visibility, MediaType.Owned, Cadence.Month,
        "Sum of the profile or page visits the account reported for the days of the period.", minimumValue: 0);

    /// <summary>Gets every built-in indicator, in the order they are declared.</summary>
    public static IReadOnlyList<Indicator> All { get; } =
    [
        Followers, FollowerGrowthRate, FollowerGrowthRateEndBase, Impressions, ReachRate, EngagementRate, PostingFrequency,
        ImpressionRate, Frequency, AverageReachPerPost, ConversationRate, AmplificationRate, ApplauseRate,
        ConversationRatePerFollower, AmplificationRatePerFollower, ApplauseRatePerFollower, ViralityRate, PostingRegularity, MentionVolume, MentionEngagementRate, PressArticles, NetTonality, PressPotentialAudience, ShareOfVoice, WebSessions, WebConversionRate,
        EmailOpenRate, EmailClickRate, EmailUnsubscribeRate, ReturnOnInvestment,
        Roas, CostPerAcquisition, CostPerClick, CostPerMille, CostPerEngagement, ClickThroughRate, ClickConversionRate, WebVisitors, EmailDeliveryRate, EmailClickToOpenRate, EmailBounceRate,
        EngagementRateByAudience, AccountEngagementRate, AccountImpressions, ProfileVisits,
    ];
}
