using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>Dashboards for the machine-format renderer tests, built on <see cref="DashboardFixture"/>.</summary>
internal static class RendererDashboards
{
    /// <summary>A channel whose name needs quoting in CSV and escaping in JSON.</summary>
    public static Channel OddChannel { get; } = new("Blog, \"Recettes\"\r\nFR");

    /// <summary>An objective statement with a comma, quotes, a line feed, HTML, and characters outside ASCII and outside the BMP.</summary>
    public const string OddStatement = "Reach \"5,000\" readers on the blog,\nthen keep them — <b>all</b> & more 🍳";

    public static string[] Cultures { get; } = ["", "fr-FR", "de-DE", "tr-TR", "ar-SA"];

    /// <summary>
    /// The fixture with a money KPI (cost per acquisition), a calculator that always throws (so a row has an error and
    /// the dashboard a problem), an action that cannot be ranked, and the reconciliation of <see cref="ReconciliationDashboards"/>.
    /// </summary>
    public static KpiDashboard Rich()
    {
        var registry = new KpiCalculatorRegistry(BuiltInCalculators.Create(DashboardFixture.Paris).Append(new FailingCalculator()));
        var builder = new DashboardBuilder(registry, IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount), DashboardFixture.Clock(), DashboardFixture.Paris);
        var request = DashboardFixture.Request();
        request = request with { Indicators = [.. request.Indicators!, BuiltInIndicators.CostPerAcquisition.Key, FailingCalculator.Definition.Key] };
        var dashboard = builder.Build(request);
        return dashboard with
        {
            RoiRanking = dashboard.RoiRanking! with
            {
                NotRankable = [new UnrankableAction("Radio spot, \"summer\"", new Channel("Radio"), UnrankableReason.MissingGain)],
            },
            Reconciliation = ReconciliationDashboards.Build().Reconciliation,
        };
    }

    /// <summary>A dashboard whose title, objective statement and channel hold commas, quotes and line breaks.</summary>
    public static KpiDashboard Odd()
    {
        var objective = new Objective(
            "blog-readers",
            OddStatement,
            BuiltInIndicators.Followers,
            Target.IncreaseTo(5_000),
            new Baseline(1_000, new LocalDate(2025, 12, 31)),
            new LocalDate(2026, 1, 1),
            new LocalDate(2026, 12, 31),
            ObjectiveScope.ForChannels(OddChannel));
        var builder = new DashboardBuilder(
            KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            IndicatorCatalog.BuiltIn,
            DashboardFixture.Clock(),
            DashboardFixture.Paris,
            new DashboardOptions { Title = "Blog, \"Recettes\"\nJune" });
        return builder.Build(new DashboardRequest(DashboardFixture.June)
        {
            Data = DashboardFixture.Data(),
            Objectives = [objective],
            Indicators = [BuiltInIndicators.MentionVolume.Key],
        });
    }

    /// <summary>Renders under a current culture and UI culture, restoring both afterwards.</summary>
    public static string RenderIn(string culture, IDashboardRenderer renderer, KpiDashboard dashboard, DashboardRenderOptions? options = null)
    {
        var savedCulture = CultureInfo.CurrentCulture;
        var savedUiCulture = CultureInfo.CurrentUICulture;
        try
        {
            var info = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
            return renderer.RenderToString(dashboard, options);
        }
        finally
        {
            CultureInfo.CurrentCulture = savedCulture;
            CultureInfo.CurrentUICulture = savedUiCulture;
        }
    }

    /// <summary>The camelCase name the machine formats give an enumeration value, derived here from its C# name.</summary>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>A calculator that always throws, as a broken host calculator would.</summary>
    public sealed class FailingCalculator : IKpiCalculator
    {
        public static Indicator Definition { get; } = new(
            new IndicatorKey("partner-score"), "Partner score", IndicatorUnit.Ratio, Polarity.HigherIsBetter,
            IndicatorCategory.Retention, MediaType.Owned, Cadence.Month);

        public Indicator Indicator => Definition;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            throw new InvalidOperationException("The partner API answered 503.");
    }
}
