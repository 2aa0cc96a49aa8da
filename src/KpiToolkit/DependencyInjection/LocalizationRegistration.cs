using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KpiToolkit.DependencyInjection;

/// <summary>Registers the <see cref="KpiLocalizer"/> the built-in renderers take their texts from.</summary>
internal static class LocalizationRegistration
{
    /// <summary>
    /// Adds the localizer made from <see cref="KpiToolkitOptions.Localization"/>, read through <see cref="IOptions{TOptions}"/>
    /// (so validated with the other options), and, when the host registered localization
    /// (<c>services.AddLocalization()</c> or an <see cref="IStringLocalizerFactory"/>), its localizers of KpiToolkit's resource types.
    /// </summary>
    public static void Register(IServiceCollection services) =>
        services.TryAddSingleton(provider => new KpiLocalizer(
            provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value.Localization,
            HostLocalizer<DashboardStrings>(provider),
            HostLocalizer<IndicatorStrings>(provider)));

    /// <summary>Returns the catalog with the display names the host gave with <c>AddIndicatorDisplayName</c>, the last one of a key winning.</summary>
    public static IndicatorCatalog WithDisplayNames(IndicatorCatalog catalog, IServiceProvider provider)
    {
        foreach (var registration in provider.GetServices<IndicatorDisplayNameRegistration>())
        {
            catalog = catalog.WithDisplayName(registration.Key, registration.DisplayName);
        }

        return catalog;
    }

    // The host's own localizer of the type when it registered one, else one from its factory, else none.
    private static IStringLocalizer? HostLocalizer<T>(IServiceProvider provider) =>
        provider.GetService<IStringLocalizer<T>>() ?? provider.GetService<IStringLocalizerFactory>()?.Create(typeof(T));
}

/// <summary>One display name given by a host with <c>builder.AddIndicatorDisplayName(...)</c>.</summary>
internal sealed class IndicatorDisplayNameRegistration(IndicatorKey key, string displayName)
{
    public IndicatorKey Key { get; } = key;

    public string DisplayName { get; } = displayName;
}
