// The KpiToolkit sample: Maison Verdier, a fictional French cookware maker, reads its platform exports (bundled in
// Data/, or your own files: see --help), checks the communication objectives it set for 2026 against the SMART
// criteria, then builds the dashboard of one period — every KPI with its target, status, change and history, the
// objectives evaluated, the ROI ranking, the channels, the best time to post and the mention spikes — prints it
// and writes it as HTML, JSON, CSV and Markdown.
using KpiToolkit.Activity;
using KpiToolkit.Dashboard;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Import;
using KpiToolkit.Indicators;
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
        options.Dashboard.Title = "Maison Verdier: communication dashboard";
    })
    .AddIndicator(ObjectivePlan.NewsletterSubscribers)
    .AddCalculator<VideoPostShareCalculator>(VideoPostShareCalculator.Definition);   // the company's own KPI

using var provider = services.BuildServiceProvider();
var calendar = provider.GetRequiredService<ReportingCalendar>();

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
    Console.Error.WriteLine("No post could be read, so there is no period to report on.");
    return 1;
}

// The objectives were checked when they were set, so the SMART rules judge their dates from that day.
var validator = new SmartValidator(provider.GetServices<ISmartRule>(), new FixedClock(ObjectivePlan.SetOn, calendar), calendar);
var smart = new SmartWriter(Console.Out);
smart.WriteHeader(ObjectivePlan.SetOn);
foreach (var objective in ObjectivePlan.Objectives)
{
    smart.Write(validator.Validate(objective, ObjectivePlan.History));
}

smart.WriteSummary();

// The period to report: the one asked for, or the one holding the latest post.
var period = sampleOptions.Period ?? calendar.PeriodContaining(activity.Posts.Max(p => p.PublishedAt), sampleOptions.Cadence);
var request = new DashboardRequest(period)
{
    Data = activity,
    Objectives = ObjectivePlan.Objectives,
    Indicators = SampleKpis.Shown,
    Measurements = ObjectivePlan.SubscribersBy(period.Cadence) is { } subscribers ? [subscribers] : [],
};
var dashboard = provider.GetRequiredService<DashboardBuilder>().Build(request);

var renderers = provider.GetRequiredService<DashboardRenderers>();
var renderOptions = new DashboardRenderOptions { Culture = sampleOptions.Culture };
Console.WriteLine(renderers.Get("markdown").RenderToString(dashboard, renderOptions));

try
{
    Directory.CreateDirectory(sampleOptions.OutputFolder);
    foreach (var renderer in renderers.All)
    {
        var path = Path.Combine(sampleOptions.OutputFolder, "dashboard" + renderer.FileExtension);
        renderer.RenderToFile(dashboard, path, renderOptions);
        Console.WriteLine($"Wrote {path}");
    }
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    // A folder under a file, a read-only disk, a full disk: say so in one line rather than crash with a stack trace.
    Console.Error.WriteLine($"Cannot write the dashboard to {sampleOptions.OutputFolder}: {e.Message}");
    return 1;
}

return 0;
