using System.Globalization;
using KpiToolkit.Dashboard;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Localization;
using KpiToolkit.Tests.Dashboard;
using static KpiToolkit.Tests.Localization.MarkdownTables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Tests.Localization;

/// <summary>A third language given as configuration, keyed by the resource names, with English for every name left out.</summary>
public sealed class ConfiguredTranslationTests
{
    private static readonly DashboardRenderOptions German = new() { Culture = CultureInfo.GetCultureInfo("de-DE") };

    private static IConfiguration GermanConfiguration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["KpiToolkit:Localization:Translations:de:Label.DefaultTitle"] = "KPI-Übersicht",
            ["KpiToolkit:Localization:Translations:de:Label.Period"] = "Zeitraum",
            ["KpiToolkit:Localization:Translations:de:Indicator.engagement-rate.Name"] = "Interaktionsrate",
            ["KpiToolkit:Localization:Translations:de:Label.FewerPostsThan"] = "weniger als {0} Beiträge",
        })
        .Build();

    [Fact]
    public void AddKpiToolkit_GermanFromConfiguration_ShowsGermanForItsNames_AndEnglishForTheRest()
    {
        var configuration = GermanConfiguration();
        var services = new ServiceCollection();
        services.AddKpiToolkit(options => configuration.GetSection("KpiToolkit:Localization").Bind(options.Localization));
        using var provider = services.BuildServiceProvider();
        var renderer = provider.GetRequiredService<DashboardRenderers>().Get("markdown");

        var markdown = renderer.RenderToString(DashboardFixture.Build(), German);

        markdown.Should().StartWith("# KPI-Übersicht\n");
        markdown.Should().Contain("**Zeitraum:**").And.MatchRegex(Cell("Interaktionsrate"));
        markdown.Should().Contain("**As of:**", "a name the host left out keeps its English text")
            .And.MatchRegex(Cell("Mention volume"));
    }

    [Fact]
    public void AddKpiToolkit_ConfigurationSection_ReadsTheTranslations_AndEnglishStaysForTheRest()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(GermanConfiguration().GetSection("KpiToolkit"));
        using var provider = services.BuildServiceProvider();
        var renderer = provider.GetRequiredService<DashboardRenderers>().Get("markdown");

        var markdown = renderer.RenderToString(DashboardFixture.Build(), German);

        markdown.Should().StartWith("# KPI-Übersicht\n");
        markdown.Should().Contain("**Zeitraum:**").And.MatchRegex(Cell("Interaktionsrate"));
        markdown.Should().Contain("**As of:**", "a name the host left out keeps its English text")
            .And.MatchRegex(Cell("Mention volume"));
        provider.GetRequiredService<KpiLocalizer>().GetString("Label.FewerPostsThan", CultureInfo.GetCultureInfo("de-DE"))
            .Should().Be("weniger als {0} Beiträge");
    }

    [Fact]
    public async Task HostStart_BadTranslationsInConfiguration_FailWithTheOtherOptions_EachNamingItsPath()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["KpiToolkit:Smart:AchievabilityTolerance"] = "-1",
                ["KpiToolkit:Localization:Translations:de:Label.Perod"] = "Zeitraum",
                ["KpiToolkit:Localization:Translations:de:Label.FewerPostsThan"] = "weniger als {1} Beiträge",
                ["KpiToolkit:Localization:Translations:xx-nowhere:Label.Period"] = "Zeitraum",
                ["KpiToolkit:Localization:Translations:it"] = "Periodo",
            })
            .Build();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddKpiToolkit(configuration.GetSection("KpiToolkit"));
        using var host = builder.Build();

        var start = () => host.StartAsync();

        var failures = (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures;
        failures.Should().Contain("KpiToolkit:Smart:AchievabilityTolerance = -1: AchievabilityTolerance must be a finite number of at least 0.");
        failures.Should().ContainMatch("KpiToolkit:Localization:Translations:it = 'Periodo': the texts of a culture are expected*");
        failures.Should().ContainMatch("KpiToolkit:Localization:Translations:de:Label.Perod: *'Label.Perod', which is not a KpiToolkit resource name*");
        failures.Should().ContainMatch(
            "KpiToolkit:Localization:Translations:de:Label.FewerPostsThan: *[\"de\"][\"Label.FewerPostsThan\"] is not a valid format for its 1 value(s)*");
        failures.Should().ContainMatch("KpiToolkit:Localization:Translations:xx-nowhere: *'xx-nowhere' is not a known culture name*");
    }

    [Fact]
    public void HtmlPage_GermanTranslation_IsTaggedGerman()
    {
        var localizer = new KpiLocalizer(new KpiLocalizationOptions().Add("de", "Label.Period", "Zeitraum"));

        var html = new HtmlDashboardRenderer(localizer).RenderToString(DashboardFixture.Build(), German);

        html.Should().Contain("<html lang=\"de-DE\"").And.Contain("Zeitraum");
    }

    [Fact]
    public void RenderOptions_Localizer_WinsOverTheRenderersOwn_AndParentCulturesApply()
    {
        var localizer = new KpiLocalizer(new KpiLocalizationOptions().Add("de", "Label.Period", "Zeitraum"));
        var options = new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo("de-AT"), Localizer = localizer };

        new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build(), options).Should().Contain("**Zeitraum:**");
        new MarkdownDashboardRenderer().RenderToString(DashboardFixture.Build(), German with { Localizer = null }).Should().Contain("**Period:**");
    }

    [Fact]
    public void KpiLocalizer_TranslatedComposite_FormatsItsValues()
    {
        var localizer = new KpiLocalizer(new KpiLocalizationOptions().Add("de", "Label.FewerPostsThan", "weniger als {0} Beiträge"));

        string.Format(CultureInfo.GetCultureInfo("de"), localizer.GetString("Label.FewerPostsThan", CultureInfo.GetCultureInfo("de-CH")), 3)
            .Should().Be("weniger als 3 Beiträge");
        localizer.GetString("Label.FewerPostsThan", CultureInfo.GetCultureInfo("fr-FR")).Should().Be("moins de {0} publications");
    }

    [Theory]
    [InlineData("de", "Label.Perod", "Zeitraum", "'Label.Perod', which is not a KpiToolkit resource name")]
    [InlineData("de", "Label.Period", " ", "[\"de\"][\"Label.Period\"] must not be blank")]
    [InlineData("de", "Label.FewerPostsThan", "weniger als {1} Beiträge", "[\"de\"][\"Label.FewerPostsThan\"] is not a valid format for its 1 value(s)")]
    [InlineData("xx-nowhere", "Label.Period", "Zeitraum", "'xx-nowhere' is not a known culture name")]
    public void KpiLocalizer_BadTranslation_ThrowsNamingCultureAndName(string culture, string name, string text, string expected)
    {
        var options = new KpiLocalizationOptions().Add(culture, name, text);

        var create = () => new KpiLocalizer(options);

        create.Should().Throw<ArgumentException>().Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void AddKpiToolkit_BadTranslationInOptions_ThrowsWhenTheRenderersAreResolved_AsOptionsValidation()
    {
        var services = new ServiceCollection();
        services.AddKpiToolkit(options => options.Localization.Add("de", "Label.Perod", "Zeitraum"));
        using var provider = services.BuildServiceProvider();

        var resolve = () => provider.GetRequiredService<DashboardRenderers>();

        resolve.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().StartWith("KpiToolkit:Localization:Translations:de:Label.Perod: ").And.Contain("'Label.Perod', which is not a KpiToolkit resource name");
    }

    [Fact]
    public void KpiLocalizer_UnknownName_ThrowsKeyNotFound()
    {
        var lookup = () => KpiLocalizer.Default.GetString("Label.Nothing", CultureInfo.InvariantCulture);

        lookup.Should().Throw<KeyNotFoundException>().WithMessage("*'Label.Nothing'*KpiLocalizer.Names*");
    }
}
