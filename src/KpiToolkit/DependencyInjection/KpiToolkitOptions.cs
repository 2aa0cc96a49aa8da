using KpiToolkit.Objectives;
using NodaTime;

namespace KpiToolkit.DependencyInjection;

/// <summary>The settings a host gives to <c>services.AddKpiToolkit(options => ...)</c>.</summary>
/// <remarks>They are read once, when the first KpiToolkit service is resolved; bad values throw an <see cref="ArgumentException"/> naming the option then.</remarks>
public sealed class KpiToolkitOptions
{
    /// <summary>Gets or sets the time zone the company reports in.</summary>
    /// <value><see cref="DateTimeZone.Utc"/>. A French company sets <c>DateTimeZoneProviders.Tzdb["Europe/Paris"]</c>.</value>
    public DateTimeZone TimeZone { get; set; } = DateTimeZone.Utc;

    /// <summary>Gets or sets the first day of a reporting week.</summary>
    /// <value><see cref="IsoDayOfWeek.Monday"/>, which gives ISO weeks.</value>
    public IsoDayOfWeek FirstDayOfWeek { get; set; } = IsoDayOfWeek.Monday;

    /// <summary>Gets the thresholds of the built-in SMART rules.</summary>
    public SmartValidationOptions Smart { get; } = new();

    /// <summary>Gets the options of the dashboard builder, its evaluation thresholds included.</summary>
    /// <value>The defaults documented on <see cref="Dashboard.DashboardOptions"/>.</value>
    public Dashboard.DashboardOptions Dashboard { get; } = new();

    /// <summary>Gets texts for any culture, keyed by KpiToolkit's resource names, that the dashboard renderers use first.</summary>
    /// <value>Empty: KpiToolkit's English and French texts. Checked when the localizer is first resolved.</value>
    public Localization.KpiLocalizationOptions Localization { get; } = new();

    internal static KpiToolkitOptions Build(IEnumerable<KpiToolkitConfiguration> configurations)
    {
        var options = new KpiToolkitOptions();
        foreach (var configuration in configurations)
        {
            configuration.Configure(options);
        }

        if (options.TimeZone is null)
        {
            throw new ArgumentException($"{nameof(KpiToolkitOptions)}.{nameof(TimeZone)} must not be null.", nameof(TimeZone));
        }

        if (options.FirstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(
                nameof(FirstDayOfWeek), options.FirstDayOfWeek, $"{nameof(KpiToolkitOptions)}.{nameof(FirstDayOfWeek)} must be a day from Monday to Sunday.");
        }

        options.Smart.Validated();
        options.Dashboard.Validated();
        return options;
    }
}

/// <summary>One <c>configure</c> action given to <c>AddKpiToolkit</c>; all of them apply, in order.</summary>
internal sealed class KpiToolkitConfiguration(Action<KpiToolkitOptions> configure)
{
    public Action<KpiToolkitOptions> Configure { get; } = configure;
}

/// <summary>One indicator added by a host with <c>builder.AddIndicator(...)</c>.</summary>
internal sealed class IndicatorRegistration(Indicators.Indicator indicator)
{
    public Indicators.Indicator Indicator { get; } = indicator;
}
