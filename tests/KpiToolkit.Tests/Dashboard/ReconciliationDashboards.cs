using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>
/// X posts of the first half of 2026 that carry X's own figures, for the reconciliation section: in Europe/Paris, a
/// monthly dashboard of June with six months of history (January to June).
/// </summary>
/// <remarks>
/// The 14 kinds of engagement of every post add up to 57 on 1,900 impressions, so X's rate is 57 / 1,900 = 0.03.
/// <list type="bullet">
/// <item><c>t3</c> (10 March) and <c>t1</c> (10 June) report 57 and 0.03: they agree.</item>
/// <item><c>t2</c> (12 June) reports 60 engagements and 0.0315789474 (60 / 1,900 rounded to 10 digits): both figures
/// disagree, as another composition of engagements. June's rate is (57 + 57) / 3,800 = 3 % computed and
/// (57 + 60) / 3,800 ≈ 3.0789 % from X's figures.</item>
/// <item><c>t0</c> (5 May) carries no figure: counted, not compared.</item>
/// <item><c>old</c> (10 December 2025) disagrees, but is outside the dashboard's periods.</item>
/// </list>
/// </remarks>
internal static class ReconciliationDashboards
{
    public static SocialPost[] Posts { get; } =
    [
        XPost("old", Instant.FromUtc(2025, 12, 10, 10, 0), 60m, 0.0315789474m),
        XPost("t3", Instant.FromUtc(2026, 3, 10, 10, 0), 57m, 0.03m),
        XPost("t0", Instant.FromUtc(2026, 5, 5, 10, 0), null, null),
        XPost("t1", Instant.FromUtc(2026, 6, 10, 10, 0), 57m, 0.03m),
        XPost("t2", Instant.FromUtc(2026, 6, 12, 10, 0), 60m, 0.0315789474m),
    ];

    public static DashboardRequest Request(IEnumerable<SocialPost>? posts = null) => new(DashboardFixture.June)
    {
        Data = new ActivityData(posts: posts ?? Posts),
        Indicators = [BuiltInIndicators.EngagementRate.Key],
    };

    public static DashboardBuilder Builder(DashboardOptions? options = null, PlatformReconciler? reconciler = null) => new(
        KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
        IndicatorCatalog.BuiltIn,
        DashboardFixture.Clock(),
        DashboardFixture.Paris,
        options,
        reconciler);

    public static KpiDashboard Build(IEnumerable<SocialPost>? posts = null) => Builder().Build(Request(posts));

    /// <summary>A dashboard whose June has <paramref name="count"/> X posts like <c>t2</c>: twice as many post figures disagree.</summary>
    public static KpiDashboard ManyDisagreements(int count) =>
        Build(Enumerable.Range(1, count).Select(i => XPost($"d{i:00}", Instant.FromUtc(2026, 6, i, 10, 0), 60m, 0.0315789474m)));

    /// <summary>
    /// An X post whose 14 kinds of engagement add up to 57 on 1,900 impressions, with the figures X's export reported
    /// beside them (none when both are null).
    /// </summary>
    public static SocialPost XPost(string id, Instant at, decimal? engagements, decimal? rate) => new(
        id,
        Channel.X,
        at,
        counters: new PostCounters
        {
            Impressions = 1_900, Shares = 10, Comments = 5, Reactions = 20, ProfileClicks = 4, LinkClicks = 8, HashtagClicks = 1,
            DetailExpands = 6, PermalinkClicks = 1, AppOpens = 1, AppInstalls = 0, Follows = 1, EmailShares = 0, PhoneDials = 0,
            MediaEngagements = 0,
        },
        platformFigures: PlatformFigures.Of((PlatformFigureNames.Engagements, engagements), (PlatformFigureNames.EngagementRate, rate)));
}
