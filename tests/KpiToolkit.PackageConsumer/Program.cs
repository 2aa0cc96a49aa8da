// Uses the packed KpiToolkit and KpiToolkit.Import packages end to end, as a customer's program would: registers the
// library, imports a small CSV export, computes a KPI through the registered calculator, evaluates an objective on a
// dashboard and renders it. Every figure is checked against a value worked out by hand; any difference is printed
// and the exit code is 1, so .ci/run fails.
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using KpiToolkit;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Import;
using KpiToolkit.Import.Maps;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

var failures = new List<string>();
void Check(bool condition, string expectation)
{
    if (!condition)
    {
        failures.Add(expectation);
    }
}

// 1. Registration: the clock is fixed so the dashboard is the same on every run.
var services = new ServiceCollection();
services.AddSingleton<IClock>(new FixedClock(Instant.FromUtc(2026, 4, 5, 9, 0)));
services.AddKpiToolkit(options => options.TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"]);
using var provider = services.BuildServiceProvider();

// 2. Import: two Instagram posts (the README's) and a row whose date cannot be read.
const string Export = """
    Post ID,Published,Type,Reach,Likes,Comments,Shares
    p1,2026-03-02T17:00:00Z,Reels,8000,300,40,22
    p2,2026-03-09T11:30:00Z,Image,2000,70,15,6
    p3,yesterday,Image,100,1,0,0
    """;
var map = new SocialPostMap
{
    Id = "Post ID",
    PublishedAt = "Published",
    Channel = Channel.Instagram,
    Format = "Type",
    Reach = "Reach",
    Reactions = "Likes",
    Comments = "Comments",
    Shares = "Shares",
};
var imported = new CsvImporter<SocialPost>(map).Import(new StringReader(Export));
Check(imported.Records.Count == 2, $"2 posts imported, got {imported.Records.Count}");
Check(imported.Rejected.Count == 1 && imported.Rejected[0].LineNumber == 4, "line 4 rejected");
Check(imported.Records.Select(p => p.Format).SequenceEqual([PostFormat.Reel, PostFormat.Photo]), "formats Reel and Photo");
var activity = new ActivityData(posts: imported.Records);

// 3. A KPI through the calculator the container registered: (300 + 40 + 22 + 70 + 15 + 6) / (8000 + 2000).
var march = ReportingPeriod.Month(2026, 3);
var engagement = provider.GetRequiredService<IKpiCalculatorRegistry>()
    .Get(IndicatorKeys.EngagementRate)
    .Calculate(activity, march, Channel.Instagram);
Check(engagement.Value is { } rate && Math.Abs(rate - 0.0453) < 1e-12, $"engagement rate 0.0453, got {engagement}");
Check(engagement.Inputs.RecordsUsed == 2, $"2 posts used, got {engagement.Inputs.RecordsUsed}");

// 4. A dashboard of March with one objective, rendered by the registered renderers.
var objective = new Objective(
    id: "instagram-engagement",
    statement: "Raise the engagement rate of our Instagram posts to 4.5 %",
    indicator: BuiltInIndicators.EngagementRate,
    target: Target.IncreaseTo(0.045),
    baseline: new Baseline(0.032, new LocalDate(2025, 12, 31)),
    start: new LocalDate(2026, 1, 1),
    deadline: new LocalDate(2026, 6, 30),
    scope: new ObjectiveScope([Channel.Instagram], "Home cooks"),
    owner: "Social media team",
    businessGoal: "Grow online revenue",
    cadence: Cadence.Month);
var dashboard = provider.GetRequiredService<DashboardBuilder>().Build(new DashboardRequest(march)
{
    Data = activity,
    Objectives = [objective],
    Indicators = [IndicatorKeys.EngagementRate, IndicatorKeys.PostingFrequency],
});
Check(dashboard.Problems.Count == 0, $"no dashboard problem, got {string.Join("; ", dashboard.Problems)}");
var evaluation = dashboard.Objectives.Single();
Check(evaluation.Status == ObjectiveStatus.Achieved, $"the objective achieved (4.53 % ≥ 4.5 %), got {evaluation.Status}");

var renderers = provider.GetRequiredService<DashboardRenderers>();
var json = renderers.Get("json").RenderToString(dashboard);
var markdown = renderers.Get("markdown").RenderToString(dashboard);
var html = renderers.Get("html").RenderToString(dashboard);
var csv = renderers.Get("csv").RenderToString(dashboard);

using (var document = JsonDocument.Parse(json))
{
    var root = document.RootElement;
    Check(root.GetProperty("schemaVersion").GetInt32() == JsonDashboardRenderer.SchemaVersion, "schemaVersion 1");
    Check(root.GetProperty("period").GetProperty("label").GetString() == "2026-03", "period 2026-03");
    var rows = root.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).ToList();
    var engagementRows = rows
        .Where(r => r.GetProperty("indicator").GetProperty("key").GetString() == "engagement-rate")
        .Select(r => r.GetProperty("current").GetProperty("value"))
        .ToList();
    Check(engagementRows.Count > 0 && engagementRows.All(v => v.ValueKind == JsonValueKind.Number && Math.Abs(v.GetDouble() - 0.0453) < 1e-12),
        "every engagement-rate row of the JSON holds 0.0453");
    Check(root.GetProperty("objectives")[0].GetProperty("status").GetString() == "achieved", "the JSON objective achieved");
}

Check(markdown.Contains("4.53 %", StringComparison.Ordinal), "the Markdown shows 4.53 %");
Check(html.StartsWith("<!DOCTYPE html>", StringComparison.Ordinal), "the HTML is a page");
Check(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 1 + dashboard.Rows.Count(), "one CSV line per KPI row");

// The French texts come from the package's satellite assembly, which a trimmed publish must keep too.
var french = renderers.Get("markdown").RenderToString(dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") });
Check(french.StartsWith("# Tableau de bord des KPI\n", StringComparison.Ordinal), "the French Markdown titled « Tableau de bord des KPI »");
Check(french.Contains("Taux d’engagement", StringComparison.Ordinal), "the French Markdown names the engagement rate « Taux d’engagement »");

// 5. What was used, and the verdict.
Console.WriteLine($"KpiToolkit {Version(typeof(KpiResult).Assembly)}, KpiToolkit.Import {Version(typeof(CsvImporter<>).Assembly)}");
var rejected = imported.Rejected.FirstOrDefault()?.Errors.FirstOrDefault();
Console.WriteLine($"imported {imported.Records.Count} posts, rejected {imported.Rejected.Count} (line {rejected?.LineNumber}, column '{rejected?.Column}')");
Console.WriteLine(engagement);
Console.WriteLine($"dashboard {dashboard.Period}: {dashboard.Rows.Count()} KPI rows, objective {evaluation.Objective.Id} {evaluation.Status}; " +
    $"JSON {json.Length} chars, Markdown {markdown.Length}, HTML {html.Length}, CSV {csv.Length}");

if (failures.Count > 0)
{
    foreach (var failure in failures)
    {
        Console.Error.WriteLine($"package consumer: expected {failure}");
    }

    return 1;
}

Console.WriteLine("package consumer: OK");
return 0;

static string Version(Assembly assembly) =>
    assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
    ?? assembly.GetName().Version?.ToString()
    ?? "unknown";

/// <summary>A clock stopped at one instant.</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
