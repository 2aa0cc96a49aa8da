using System.Globalization;
using System.Text.Json;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Dashboard;
using static KpiToolkit.Tests.Localization.MarkdownTables;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Tests.Localization;

/// <summary>An indicator shown under the host's name keeps its key as the machine name.</summary>
public sealed class DisplayNameTests
{
    private const string HouseName = "Engagement maison";

    private static KpiDashboard Build(IndicatorCatalog catalog) =>
        new DashboardBuilder(KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris), catalog, DashboardFixture.Clock(), DashboardFixture.Paris)
            .Build(DashboardFixture.Request());

    [Fact]
    public void WithDisplayName_KeepsTheKey_AndRenamesTheDefinition()
    {
        var catalog = IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount).WithDisplayName(IndicatorKeys.EngagementRate, HouseName);

        var renamed = catalog.Get(IndicatorKeys.EngagementRate);
        renamed.Name.Should().Be(HouseName);
        renamed.Key.Should().Be(BuiltInIndicators.EngagementRate.Key);
        renamed.Unit.Should().Be(BuiltInIndicators.EngagementRate.Unit);
        catalog.DisplayNames.Should().Equal(new Dictionary<IndicatorKey, string> { [IndicatorKeys.EngagementRate] = HouseName });
        IndicatorCatalog.BuiltIn.Get(IndicatorKeys.EngagementRate).Name.Should().Be("Engagement rate", "the catalog it came from is unchanged");
        catalog.With(BuiltInIndicators.EngagementRate).Get(IndicatorKeys.EngagementRate).Name.Should().Be(HouseName, "adding more keeps the display names");
    }

    [Fact]
    public void Dashboard_WithDisplayName_ShowsTheName_InEveryFormat_AndKeepsTheKey()
    {
        var dashboard = Build(IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount).WithDisplayName(IndicatorKeys.EngagementRate, HouseName));

        var row = dashboard.Rows.Single(r => r.Indicator.Key == IndicatorKeys.EngagementRate && r.Channel is null);
        row.Indicator.Name.Should().Be(HouseName);

        foreach (var culture in new[] { "fr-FR", "en-US" })
        {
            var options = new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) };
            new MarkdownDashboardRenderer().RenderToString(dashboard, options).Should().MatchRegex(Cell(HouseName));
            new HtmlDashboardRenderer().RenderToString(dashboard, options).Should().Contain(HouseName);
        }

        using var json = JsonDocument.Parse(new JsonDashboardRenderer().RenderToString(dashboard));
        var indicators = json.RootElement.EnumerateObject().First(p => p.Name == "sections").Value
            .EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).Select(r => r.GetProperty("indicator")).ToList();
        indicators.Should().Contain(i => i.GetProperty("key").GetString() == "engagement-rate" && i.GetProperty("name").GetString() == HouseName);

        var csv = new CsvDashboardRenderer().RenderToString(dashboard);
        csv.Should().Contain($"engagement-rate,{HouseName},");
    }

    [Fact]
    public void With_ARenamedBuiltInDefinition_StillRefusesTheKey_AndSaysHowToRename()
    {
        var french = new Indicator(
            IndicatorKeys.EngagementRate, "Taux d'engagement", IndicatorUnit.Fraction, Polarity.HigherIsBetter,
            IndicatorCategory.Engagement, MediaType.Owned, Cadence.Month, "Engagements / portée.", minimumValue: 0);

        var add = () => IndicatorCatalog.BuiltIn.With(french);

        add.Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("Two different indicators use the key 'engagement-rate'")
            .And.Contain("catalog.WithDisplayName(\"engagement-rate\", \"Taux d'engagement\")");
    }

    [Fact]
    public void WithDisplayName_UnknownKeyOrBlankName_Throws()
    {
        var unknown = () => IndicatorCatalog.BuiltIn.WithDisplayName(new IndicatorKey("nothing-here"), "Rien");
        var blank = () => IndicatorCatalog.BuiltIn.WithDisplayName(IndicatorKeys.EngagementRate, " ");

        unknown.Should().Throw<KeyNotFoundException>().WithMessage("*'nothing-here'*");
        blank.Should().Throw<ArgumentException>().WithParameterName("displayName");
    }

    [Fact]
    public void AddIndicatorDisplayName_RenamesInTheContainersCatalog_AndItsDashboards()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(DashboardFixture.Clock());
        services.AddKpiToolkit(options => options.TimeZone = DashboardFixture.Paris.Zone)
            .AddIndicator(DashboardFixture.Headcount)
            .AddIndicatorDisplayName(IndicatorKeys.EngagementRate, HouseName);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IndicatorCatalog>().Get(IndicatorKeys.EngagementRate).Name.Should().Be(HouseName);
        var dashboard = provider.GetRequiredService<DashboardBuilder>().Build(DashboardFixture.Request());
        provider.GetRequiredService<DashboardRenderers>().Get("markdown").RenderToString(dashboard).Should().MatchRegex(Cell(HouseName));
    }
}
