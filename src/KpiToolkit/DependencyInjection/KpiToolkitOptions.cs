using KpiToolkit.Objectives;
using NodaTime;

namespace KpiToolkit.DependencyInjection;

/// <summary>
/// The settings a host gives to <c>services.AddKpiToolkit(options => ...)</c>, <c>services.AddKpiToolkit(configuration.GetSection("KpiToolkit"))</c>
/// or <c>services.Configure&lt;KpiToolkitOptions&gt;(...)</c>; the services read them through <c>IOptions&lt;KpiToolkitOptions&gt;</c>.
/// </summary>
/// <remarks>
/// They are validated when a generic host starts (or when first read without a host): bad values throw one
/// <c>OptionsValidationException</c> listing every failure, each naming the option path such as
/// <c>KpiToolkit:Smart:AchievabilityTolerance</c>, its value and its limit.
/// </remarks>
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
    /// <value>Empty: KpiToolkit's English and French texts. Checked with the other options, when the host starts or they are first read.</value>
    public Localization.KpiLocalizationOptions Localization { get; } = new();

    /// <summary>The section name the documentation binds from, and the prefix of every option path in validation messages.</summary>
    internal const string SectionName = "KpiToolkit";

    /// <summary>Values of a configuration section that could not be read; validation reports them with the other failures.</summary>
    internal List<string> ConfigurationErrors { get; } = [];
}

/// <summary>One indicator added by a host with <c>builder.AddIndicator(...)</c>.</summary>
internal sealed class IndicatorRegistration(Indicators.Indicator indicator)
{
    public Indicators.Indicator Indicator { get; } = indicator;
}
