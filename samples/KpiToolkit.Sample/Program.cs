// The KpiToolkit sample: a French cookware maker, Maison Verdier, reads its platform exports (bundled in Data/,
// or your own files: see --help), looks at one month's owned- and earned-media KPIs,
// the return on its actions, its channels and its e-mails,
// then sets its communication objectives for next year — a global objective with one sub-objective per
// campaign (social, blog, e-mail) — checks them against the SMART criteria and prints the report.
// One objective is deliberately not SMART.
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import;
using KpiToolkit.Objectives;
using KpiToolkit.Sample;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

SampleOptions sampleOptions;
try
{
    sampleOptions = SampleOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(SampleOptions.Usage);
    return 2;
}

if (sampleOptions.Help)
{
    Console.WriteLine(SampleOptions.Usage);
    return 0;
}

var services = new ServiceCollection();
services.AddKpiToolkit(options =>
{
    options.TimeZone = sampleOptions.TimeZone;
    options.Smart.AchievabilityTolerance = 0.10;
});

using var provider = services.BuildServiceProvider();
var calendar = provider.GetRequiredService<ReportingCalendar>();
var validator = provider.GetRequiredService<ISmartValidator>();
var today = calendar.ToLocalDate(provider.GetRequiredService<IClock>().GetCurrentInstant());

var plan = new ObjectivePlan(today);
var output = new ReportWriter(Console.Out, calendar);

var data = new SampleData();
ActivityData activity;
try
{
    activity = data.Load(sampleOptions);
}
catch (CsvFormatException e)
{
    Console.Error.WriteLine($"A file cannot be read: {e.Message}");
    return 1;
}

new ImportWriter(Console.Out).Write(data.Summaries);
if (activity.Posts.Count == 0)
{
    Console.Error.WriteLine("No post could be read, so there is no month to report on.");
    return 1;
}

// The month to report on: the one asked for, or the month of the latest post.
var month = sampleOptions.Period ?? calendar.PeriodContaining(activity.Posts.Max(p => p.PublishedAt), Cadence.Month);
new OwnedMediaWriter(Console.Out, calendar, provider.GetRequiredService<IKpiCalculatorRegistry>()).Write(activity, month);
new EarnedMediaWriter(Console.Out, calendar, provider.GetServices<IVolumeAnomalyDetector>()).Write(activity, month);
new PerformanceWriter(Console.Out, calendar, provider.GetRequiredService<RoiRankingAnalyzer>(), provider.GetRequiredService<ChannelComparisonAnalyzer>())
    .Write(activity, month);

output.WriteHeader(plan, today);

foreach (var objective in plan.Objectives)
{
    var report = validator.Validate(objective, plan.History);
    output.Write(report);
}

output.WriteSummary();
return 0;
