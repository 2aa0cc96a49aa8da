using System.Globalization;
using KpiToolkit.Dashboard;
using KpiToolkit.Localization;
using KpiToolkit.Tests.Dashboard;
using static KpiToolkit.Tests.Localization.MarkdownTables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KpiToolkit.Tests.Localization;

/// <summary>A host that registered localization replaces or extends KpiToolkit's texts the standard way.</summary>
public sealed class HostLocalizerTests
{
    [Fact]
    public void AddLocalization_Alone_KeepsKpiToolkitsFrenchAndEnglish()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddLocalization();
        services.AddKpiToolkit();
        using var provider = services.BuildServiceProvider();
        var renderer = provider.GetRequiredService<DashboardRenderers>().Get("markdown");

        renderer.RenderToString(DashboardFixture.Build(), new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") })
            .Should().StartWith("# Tableau de bord des KPI\n").And.MatchRegex(Cell("Taux d’engagement"));
        renderer.RenderToString(DashboardFixture.Build()).Should().StartWith("# KPI dashboard\n");
    }

    [Fact]
    public void HostStringLocalizer_ReplacesItsNames_InItsCulture_AndLeavesTheRestToKpiToolkit()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddLocalization();
        services.AddSingleton<IStringLocalizer<DashboardStrings>>(new ItalianDashboard());
        services.AddKpiToolkit();
        using var provider = services.BuildServiceProvider();
        var renderer = provider.GetRequiredService<DashboardRenderers>().Get("markdown");

        var italian = renderer.RenderToString(DashboardFixture.Build(), new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("it-IT") });
        var french = renderer.RenderToString(DashboardFixture.Build(), new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("fr-FR") });

        italian.Should().StartWith("# Cruscotto KPI\n").And.Contain("**Periodo:**").And.Contain("**As of:**");
        var html = provider.GetRequiredService<DashboardRenderers>().Get("html");
        html.RenderToString(DashboardFixture.Build(), new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("it-IT") })
            .Should().Contain("<html lang=\"it-IT\"");
        html.RenderToString(DashboardFixture.Build(), new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("de-DE") })
            .Should().Contain("<html lang=\"en\"", "the host's localizer has no German, so the labels are English");
        french.Should().StartWith("# Tableau de bord des KPI\n").And.Contain("**Période\u00A0:**");
        CultureInfo.CurrentUICulture.Name.Should().NotBe("it-IT", "the lookup restores the UI culture");
    }

    /// <summary>Italian for two names, read in the UI culture as every IStringLocalizer is.</summary>
    private sealed class ItalianDashboard : IStringLocalizer<DashboardStrings>
    {
        private static readonly Dictionary<string, string> Texts = new() { ["Label.DefaultTitle"] = "Cruscotto KPI", ["Label.Period"] = "Periodo" };

        public LocalizedString this[string name] =>
            CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "it" && Texts.TryGetValue(name, out var text)
                ? new LocalizedString(name, text)
                : new LocalizedString(name, name, resourceNotFound: true);

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Texts.Select(pair => new LocalizedString(pair.Key, pair.Value));
    }
}
