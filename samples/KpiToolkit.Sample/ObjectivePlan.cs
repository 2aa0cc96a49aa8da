using KpiToolkit;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>
/// Maison Verdier's objectives for the year after <c>today</c>, and the last twelve months of each
/// indicator they are measured by. Dates follow the clock, so the plan is always for next year.
/// </summary>
internal sealed class ObjectivePlan
{
    public ObjectivePlan(LocalDate today)
    {
        Year = today.Year + 1;
        var january = new LocalDate(Year, 1, 1);
        var june = new LocalDate(Year, 6, 30);
        var march = new LocalDate(Year, 3, 31);
        var december = new LocalDate(Year, 12, 31);
        LastMonth = ReportingPeriod.Month(today.Year, today.Month).Previous();
        var baselineDate = LastMonth.End;

        var social = new Objective(
            id: "social-engagement",
            statement: "Raise the engagement rate of our Instagram recipe videos among home cooks",
            indicator: BuiltInIndicators.EngagementRate,
            target: Target.IncreaseTo(0.045),
            baseline: new Baseline(0.032, baselineDate),
            start: january,
            deadline: june,
            scope: new ObjectiveScope([Channel.Instagram], "Home cooks aged 25-45"),
            owner: "Social media team");

        var blog = new Objective(
            id: "blog-sessions",
            statement: "Bring more home cooks to the blog with two in-depth recipe guides a week",
            indicator: BuiltInIndicators.WebSessions,
            target: Target.IncreaseTo(22_000),
            baseline: new Baseline(18_000, baselineDate),
            start: january,
            deadline: june,
            scope: new ObjectiveScope([Channel.Blog], "Readers arriving from search"),
            owner: "Content team");

        var email = new Objective(
            id: "email-unsubscribes",
            statement: "Lower the newsletter unsubscribe rate by sending fewer, better-targeted promotions",
            indicator: BuiltInIndicators.EmailUnsubscribeRate,
            target: Target.DecreaseTo(0.003),
            baseline: new Baseline(0.005, baselineDate),
            start: january,
            deadline: june,
            scope: new ObjectiveScope([Channel.Email], "Newsletter subscribers"),
            owner: "CRM team");

        var global = new Objective(
            id: "global-conversion",
            statement: "Turn more website visitors coming from social, blog and e-mail into customers",
            indicator: BuiltInIndicators.WebConversionRate,
            target: Target.IncreaseTo(0.024),
            baseline: new Baseline(0.018, baselineDate),
            start: january,
            deadline: december,
            scope: new ObjectiveScope([Channel.Website], "Visitors of maisonverdier.fr"),
            owner: "Head of digital marketing",
            businessGoal: $"Grow online revenue by 15 % in {Year}",
            subObjectives: [social, blog, email]);

        // Deliberately not SMART: vague, no owner, serves no stated goal, and a hundredfold growth in three months.
        var tiktok = new Objective(
            id: "tiktok-followers",
            statement: "Go viral on TikTok",
            indicator: BuiltInIndicators.Followers,
            target: Target.IncreaseTo(200_000),
            baseline: new Baseline(2_000, baselineDate),
            start: january,
            deadline: march,
            scope: ObjectiveScope.ForChannels(Channel.TikTok));

        Objectives = [global, tiktok];
        History = new Dictionary<string, MeasurementSeries>
        {
            [global.Id] = Monthly(global, 0.0150, 0.0155, 0.0158, 0.0162, 0.0160, 0.0166, 0.0170, 0.0168, 0.0172, 0.0175, 0.0178, 0.0180),
            [social.Id] = Monthly(social, 0.026, 0.027, 0.029, 0.028, 0.030, 0.031, 0.029, 0.030, 0.033, 0.031, 0.032, 0.032),
            [blog.Id] = Monthly(blog, 14_200, 14_800, 15_100, 15_900, 16_300, 16_100, 16_900, 17_400, 17_200, 17_800, 18_100, 18_000),
            [email.Id] = Monthly(email, 0.0062, 0.0060, 0.0058, 0.0061, 0.0055, 0.0057, 0.0054, 0.0052, 0.0055, 0.0051, 0.0050, 0.0050),
            [tiktok.Id] = Monthly(tiktok, 1_000, 1_300, 1_750, 2_000),
        };
    }

    /// <summary>Gets the year the objectives are for.</summary>
    public int Year { get; }

    /// <summary>Gets the last complete month, the end of every history.</summary>
    public ReportingPeriod LastMonth { get; }

    /// <summary>Gets the top-level objectives.</summary>
    public IReadOnlyList<Objective> Objectives { get; }

    /// <summary>Gets the measured history of each objective, by objective id.</summary>
    public IReadOnlyDictionary<string, MeasurementSeries> History { get; }

    /// <summary>Builds a monthly series ending with the last complete month.</summary>
    private MeasurementSeries Monthly(Objective objective, params double[] values)
    {
        var channel = objective.Scope.Channels.Count == 1 ? objective.Scope.Channels[0] : (Channel?)null;
        var source = new MeasurementSource("Maison Verdier monthly report");
        var period = LastMonth;
        var measurements = new List<Measurement>();
        for (var i = values.Length - 1; i >= 0; i--)
        {
            measurements.Add(new Measurement(objective.Indicator.Key, period, values[i], channel, source));
            period = period.Previous();
        }

        return new MeasurementSeries(objective.Indicator.Key, measurements);
    }
}
