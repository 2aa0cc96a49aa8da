using KpiToolkit;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>
/// Maison Verdier's communication objectives for 2026, set on 15 December 2025: a global objective with one
/// sub-objective per campaign, a few more, and one that is deliberately not SMART. Also the 2025 monthly history
/// the SMART check weighs them against, and the newsletter subscriber counts the company records in its CRM.
/// </summary>
internal static class ObjectivePlan
{
    /// <summary>The day the objectives were set: the SMART check judges their dates from it.</summary>
    public static LocalDate SetOn { get; } = new(2025, 12, 15);

    /// <summary>A figure the toolkit does not compute: the CRM counts newsletter subscribers at the end of each month.</summary>
    public static Indicator NewsletterSubscribers { get; } = new(
        new IndicatorKey("newsletter-subscribers"),
        "Newsletter subscribers",
        IndicatorUnit.Count,
        Polarity.HigherIsBetter,
        IndicatorCategory.Retention,
        MediaType.Owned,
        Cadence.Month,
        "Subscribers at the end of the period, from the CRM.");

    private static LocalDate Baseline => new(2025, 11, 30);

    private static LocalDate January => new(2026, 1, 1);

    private static LocalDate March => new(2026, 3, 31);

    private static LocalDate June => new(2026, 6, 30);

    private static LocalDate September => new(2026, 9, 30);

    private static LocalDate December => new(2026, 12, 31);

    public static IReadOnlyList<Objective> Objectives { get; } = Create();

    /// <summary>Gets the 2025 monthly history of each objective's indicator, by objective id, up to the baseline month.</summary>
    public static IReadOnlyDictionary<string, MeasurementSeries> History { get; } = new Dictionary<string, MeasurementSeries>
    {
        ["global-conversion"] = Monthly(BuiltInIndicators.WebConversionRate, null, 0.0150, 0.0155, 0.0158, 0.0162, 0.0160, 0.0166, 0.0170, 0.0168, 0.0172, 0.0175, 0.0178, 0.0180),
        ["social-engagement"] = Monthly(BuiltInIndicators.EngagementRate, Channel.Instagram, 0.026, 0.027, 0.029, 0.028, 0.030, 0.031, 0.029, 0.030, 0.033, 0.031, 0.032, 0.032),
        ["blog-sessions"] = Monthly(BuiltInIndicators.WebSessions, Channel.Blog, 3_900, 4_000, 4_100, 4_300, 4_200, 4_400, 4_500, 4_400, 4_600, 4_700, 4_800, 4_800),
        ["email-unsubscribes"] = Monthly(BuiltInIndicators.EmailUnsubscribeRate, Channel.Email, 0.0062, 0.0060, 0.0058, 0.0061, 0.0055, 0.0057, 0.0054, 0.0052, 0.0055, 0.0051, 0.0050, 0.0050),
        ["christmas-emails"] = Monthly(BuiltInIndicators.EmailClickRate, Channel.Email, 0.036, 0.035, 0.038, 0.037, 0.039, 0.036, 0.035, 0.038, 0.040, 0.041, 0.043, 0.042),
        ["tiktok-followers"] = Monthly(BuiltInIndicators.Followers, Channel.TikTok, 1_000, 1_300, 1_750, 2_000),
    };

    /// <summary>The subscriber counts recorded in the CRM at the end of each month of 2026.</summary>
    private static readonly int[] MonthEndSubscribers = [18_400, 18_900, 19_300, 19_600, 20_100, 20_300];

    /// <summary>
    /// Gets the CRM's subscriber counts as a series of the dashboard's cadence: every month, or the count at the end of
    /// each quarter (a stock, so the last month's value); null for weeks, which the CRM does not record.
    /// </summary>
    public static MeasurementSeries? SubscribersBy(Cadence cadence)
    {
        var source = new MeasurementSource("CRM", "active subscribers");
        var months = MonthEndSubscribers.Select((count, i) => (Month: ReportingPeriod.Month(2026, i + 1), Count: count)).ToList();
        IEnumerable<Measurement>? measurements = cadence switch
        {
            Cadence.Month => months.Select(m => new Measurement(NewsletterSubscribers.Key, m.Month, m.Count, source: source)),
            Cadence.Quarter => months
                .Where(m => m.Month.Start.Month % 3 == 0)
                .Select(m => new Measurement(NewsletterSubscribers.Key, ReportingPeriod.Quarter(2026, m.Month.Start.Month / 3), m.Count, source: source)),
            _ => null,
        };
        return measurements is null ? null : new MeasurementSeries(NewsletterSubscribers.Key, measurements);
    }

    private static List<Objective> Create()
    {
        var social = new Objective(
            id: "social-engagement",
            statement: "Raise the engagement rate of our Instagram recipe posts among home cooks",
            indicator: BuiltInIndicators.EngagementRate,
            target: Target.IncreaseTo(0.045),
            baseline: new Baseline(0.032, Baseline),
            start: January,
            deadline: September,
            scope: new ObjectiveScope([Channel.Instagram], "Home cooks aged 25-45"),
            owner: "Social media team");

        var blog = new Objective(
            id: "blog-sessions",
            statement: "Bring more home cooks to the blog with two in-depth recipe guides a week",
            indicator: BuiltInIndicators.WebSessions,
            target: Target.IncreaseTo(5_600),
            baseline: new Baseline(4_800, Baseline),
            start: January,
            deadline: June,
            scope: new ObjectiveScope([Channel.Blog], "Readers arriving from search"),
            owner: "Content team");

        var email = new Objective(
            id: "email-unsubscribes",
            statement: "Lower the newsletter unsubscribe rate by sending fewer, better-targeted promotions",
            indicator: BuiltInIndicators.EmailUnsubscribeRate,
            target: Target.DecreaseTo(0.0028),
            baseline: new Baseline(0.005, Baseline),
            start: January,
            deadline: December,
            scope: new ObjectiveScope([Channel.Email], "Newsletter subscribers"),
            owner: "CRM team");

        var subscribers = new Objective(
            id: "newsletter-subscribers",
            statement: "Grow the newsletter to 24,000 subscribers with a recipe-of-the-week series",
            indicator: NewsletterSubscribers,
            target: Target.IncreaseTo(24_000),
            baseline: new Baseline(18_000, Baseline),
            start: January,
            deadline: December,
            scope: new ObjectiveScope([], "Home cooks who buy online"),
            owner: "CRM team");

        var christmas = new Objective(
            id: "christmas-emails",
            statement: "Lift the click rate of the Christmas gift-guide e-mails to 4.6 %",
            indicator: BuiltInIndicators.EmailClickRate,
            target: Target.IncreaseTo(0.046),
            baseline: new Baseline(0.04, Baseline),
            start: new LocalDate(2026, 11, 1),
            deadline: December,
            scope: new ObjectiveScope([Channel.Email], "Customers of the last two years"),
            owner: "CRM team");

        var global = new Objective(
            id: "global-conversion",
            statement: "Turn more website visitors coming from social, blog and e-mail into customers",
            indicator: BuiltInIndicators.WebConversionRate,
            target: Target.IncreaseTo(0.024),
            baseline: new Baseline(0.018, Baseline),
            start: January,
            deadline: December,
            scope: new ObjectiveScope([], "Visitors of maisonverdier.fr"),
            owner: "Head of digital marketing",
            businessGoal: "Grow online revenue by 15 % in 2026",
            subObjectives: [social, blog, email, subscribers, christmas]);

        var press = new Objective(
            id: "press-tonality",
            statement: "Keep the net tonality of our press coverage between +20 % and +100 % while the new range launches",
            indicator: BuiltInIndicators.NetTonality,
            target: Target.KeepWithin(0.2, 1.0),
            baseline: new Baseline(0.35, Baseline),
            start: January,
            deadline: December,
            scope: ObjectiveScope.ForChannels(Channel.Press),
            owner: "Press relations",
            businessGoal: "Protect the brand during the launch of the enamel range");

        var spring = new Objective(
            id: "spring-mentions",
            statement: "Get 700 mentions in March with the spring giveaway run with three cooking creators",
            indicator: BuiltInIndicators.MentionVolume,
            target: Target.IncreaseTo(700),
            baseline: new Baseline(420, Baseline),
            start: new LocalDate(2026, 3, 1),
            deadline: March,
            scope: new ObjectiveScope([], "Followers of the three creators"),
            owner: "Social media team",
            businessGoal: "Make the spring collection known",
            cadence: Cadence.Month); // mention volume is weekly by default; this target is for the month of March

        // Deliberately not SMART: vague, no owner, serves no stated goal, and a hundredfold growth in three months.
        var tiktok = new Objective(
            id: "tiktok-followers",
            statement: "Go viral on TikTok",
            indicator: BuiltInIndicators.Followers,
            target: Target.IncreaseTo(200_000),
            baseline: new Baseline(2_000, Baseline),
            start: January,
            deadline: March,
            scope: ObjectiveScope.ForChannels(Channel.TikTok));

        return [global, press, spring, tiktok];
    }

    /// <summary>A monthly series ending with the baseline month, November 2025.</summary>
    private static MeasurementSeries Monthly(Indicator indicator, Channel? channel, params double[] values)
    {
        var source = new MeasurementSource("Maison Verdier monthly report");
        var period = ReportingPeriod.Month(2025, 11);
        var measurements = new List<Measurement>();
        for (var i = values.Length - 1; i >= 0; i--)
        {
            measurements.Add(new Measurement(indicator.Key, period, values[i], channel, source));
            period = period.Previous();
        }

        return new MeasurementSeries(indicator.Key, measurements);
    }
}
