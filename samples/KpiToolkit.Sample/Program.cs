// The KpiToolkit sample: a French cookware maker, Maison Verdier, looks at last month's owned- and earned-media KPIs,
// the return on its actions, its channels and its e-mails,
// then sets its communication objectives for next year — a global objective with one sub-objective per
// campaign (social, blog, e-mail) — checks them against the SMART criteria and prints the report.
// One objective is deliberately not SMART.
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Objectives;
using KpiToolkit.Sample;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var services = new ServiceCollection();
services.AddKpiToolkit(options =>
{
    options.TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    options.Smart.AchievabilityTolerance = 0.10;
});

using var provider = services.BuildServiceProvider();
var calendar = provider.GetRequiredService<ReportingCalendar>();
var validator = provider.GetRequiredService<ISmartValidator>();
var today = calendar.ToLocalDate(provider.GetRequiredService<IClock>().GetCurrentInstant());

var plan = new ObjectivePlan(today);
var output = new ReportWriter(Console.Out, calendar);

var owned = SampleActivity.Create(plan.LastMonth, calendar);
var earned = SampleEarnedMedia.Create(plan.LastMonth, calendar);
var activity = new ActivityData(
    owned.Posts, owned.Snapshots, earned.Mentions, earned.Articles,
    SamplePerformance.Actions(plan.LastMonth), SamplePerformance.Traffic(plan.LastMonth), SamplePerformance.Campaigns(plan.LastMonth, calendar));
new OwnedMediaWriter(Console.Out, calendar, provider.GetRequiredService<IKpiCalculatorRegistry>()).Write(activity, plan.LastMonth);
new EarnedMediaWriter(Console.Out, calendar, provider.GetServices<IVolumeAnomalyDetector>()).Write(activity, plan.LastMonth);
new PerformanceWriter(Console.Out, calendar, provider.GetRequiredService<RoiRankingAnalyzer>(), provider.GetRequiredService<ChannelComparisonAnalyzer>())
    .Write(activity, plan.LastMonth);

output.WriteHeader(plan, today);

foreach (var objective in plan.Objectives)
{
    var report = validator.Validate(objective, plan.History);
    output.Write(report);
}

output.WriteSummary();
