using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

// The extension lives in the container's namespace so that services.AddKpiToolkit() needs no extra using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers KpiToolkit in a host's service collection.</summary>
public static class KpiToolkitServiceCollectionExtensions
{
    /// <summary>
    /// Registers KpiToolkit's services as singletons: the clock (<see cref="SystemClock"/> unless the host
    /// registered an <see cref="IClock"/>), <see cref="KpiToolkitOptions"/>, the <see cref="ReportingCalendar"/>
    /// built from them, the <see cref="IndicatorCatalog"/> (the built-in indicators and those added with
    /// <c>AddIndicator</c> or <c>AddCalculator&lt;T&gt;(indicator)</c>), the built-in <see cref="ISmartRule"/>s and the
    /// <see cref="ISmartValidator"/>, the built-in <see cref="IKpiCalculator"/>s with their
    /// <see cref="IKpiCalculatorRegistry"/>, the <see cref="BestTimeToPostAnalyzer"/>, the <see cref="PlatformReconciler"/>, the two built-in
    /// <see cref="IVolumeAnomalyDetector"/>s, the <see cref="SpikeExplainer"/>, the <see cref="AuthorRankingAnalyzer"/>, the <see cref="PressCoverageAnalyzer"/>, the
    /// <see cref="RoiRankingAnalyzer"/>, the <see cref="ChannelComparisonAnalyzer"/>, the <see cref="ObjectiveEvaluator"/>, the
    /// <see cref="DashboardBuilder"/> (with <see cref="KpiToolkitOptions.Dashboard"/>), the built-in
    /// <see cref="IDashboardRenderer"/>s and their lookup, <see cref="DashboardRenderers"/>, and the <see cref="KpiToolkit.Localization.KpiLocalizer"/>
    /// their labels come from (<see cref="KpiToolkitOptions.Localization"/>, then the host's <c>IStringLocalizer</c> of
    /// KpiToolkit's resource types when it registered localization, then KpiToolkit's English and French resources).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">
    /// Sets the options, registered with <c>services.Configure</c>: every action given, and every
    /// <c>Configure&lt;KpiToolkitOptions&gt;</c> and <c>PostConfigure&lt;KpiToolkitOptions&gt;</c> of the host, applies in order.
    /// </param>
    /// <returns>A builder to add the host's own rules and indicators.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <remarks>
    /// <para>The options are validated with <c>ValidateOnStart</c>: a generic host whose options are bad fails in
    /// <c>StartAsync</c> with one <see cref="OptionsValidationException"/> listing every failure by its option path
    /// (<c>KpiToolkit:Smart:AchievabilityTolerance</c>), value and limit; without a host, the first service that reads them throws it.</para>
    /// <para>Calling it again registers nothing twice: every registration uses <c>TryAdd</c> or
    /// <c>TryAddEnumerable</c>, so a service the host registered first is kept.</para>
    /// <para>Resolving <see cref="IKpiCalculatorRegistry"/> throws an <see cref="InvalidOperationException"/> naming the
    /// calculator and the key when the catalog does not define a calculator's indicator, or defines it with another
    /// unit. The catalog resolves no calculator, so a calculator may take <see cref="IndicatorCatalog"/> in its constructor.</para>
    /// </remarks>
    public static IKpiToolkitBuilder AddKpiToolkit(this IServiceCollection services, Action<KpiToolkitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        // The same action given twice applies once, as it always has; distinct actions all apply, in order.
        if (configure is not null && !services.Any(d => d.ImplementationInstance is ConfigureNamedOptions<KpiToolkitOptions> c && c.Action == configure))
        {
            services.Configure(configure);
        }

        return AddServices(services);
    }

    /// <summary>
    /// Registers KpiToolkit's services as <see cref="AddKpiToolkit(IServiceCollection, Action{KpiToolkitOptions}?)"/> does, with
    /// the options read from a configuration section, usually <c>configuration.GetSection("KpiToolkit")</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The section. Its keys (case does not matter): <c>TimeZone</c> (an IANA id such as <c>Europe/Paris</c>, resolved in
    /// <c>DateTimeZoneProviders.Tzdb</c>), <c>FirstDayOfWeek</c> (<c>Monday</c> to <c>Sunday</c>),
    /// <c>Smart:MinimumStatementWords</c>, <c>Smart:AchievabilityTolerance</c>, <c>Smart:MinimumHorizon</c> and
    /// <c>Smart:MaximumHorizon</c> (ISO 8601 durations such as <c>P7D</c>), <c>Dashboard:Title</c>,
    /// <c>Dashboard:HistoryLength</c>, <c>Dashboard:SpikeHistoryDays</c>, <c>Dashboard:ShowReconciliation</c>,
    /// <c>Dashboard:TopPostCount</c>, <c>Dashboard:ExplainSpikes</c>, <c>Dashboard:ShowRowsWithoutData</c>, <c>Dashboard:MaxDegreeOfParallelism</c>, <c>Dashboard:Evaluation:AtRiskGap</c>, <c>Dashboard:Evaluation:OffTrackGap</c>,
    /// <c>Dashboard:Evaluation:RollUp</c>, <c>Dashboard:Evaluation:MinimumPointsForProjection</c>, and
    /// <c>Localization:Translations:&lt;culture&gt;:&lt;name&gt;</c> for a text of KpiToolkit in a culture (such as
    /// <c>Localization:Translations:de:Label.Period</c>); numbers use a dot for decimals.
    /// </param>
    /// <returns>A builder to add the host's own rules and indicators.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>
    /// The section is read when the options are built, in order with the other <c>Configure</c> actions. A key that is no
    /// option, a value that does not parse, a time zone id the tz database does not know and a translation that
    /// <see cref="KpiToolkit.Localization.KpiLocalizer"/> would refuse are validation failures, reported with the others when the host starts.
    /// </remarks>
    public static IKpiToolkitBuilder AddKpiToolkit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (!services.Any(d => d.ImplementationInstance is KpiToolkitConfigurationReader r && ReferenceEquals(r.Section, configuration)))
        {
            services.AddOptions<KpiToolkitOptions>();
            services.AddSingleton<IConfigureOptions<KpiToolkitOptions>>(new KpiToolkitConfigurationReader(configuration));
        }

        return AddServices(services);
    }

    private static KpiToolkitOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<KpiToolkitOptions>>().Value;

    private static KpiToolkitBuilder AddServices(IServiceCollection services)
    {
        // Validated once, at host start (ValidateOnStart) or when first read; a second call must not add the check twice.
        if (!services.Any(d => d.ServiceType == typeof(IValidateOptions<KpiToolkitOptions>) && d.ImplementationType == typeof(KpiToolkitOptionsValidator)))
        {
            services.AddOptions<KpiToolkitOptions>().ValidateOnStart();
            services.AddSingleton<IValidateOptions<KpiToolkitOptions>, KpiToolkitOptionsValidator>();
        }

        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(Options);
        services.TryAddSingleton(provider => Options(provider).Smart);
        services.TryAddSingleton(provider =>
        {
            var options = Options(provider);
            return new ReportingCalendar(options.TimeZone, options.FirstDayOfWeek);
        });
        // The catalog depends on nothing but the registered definitions, so a calculator may take it in its constructor.
        services.TryAddSingleton(provider => LocalizationRegistration.WithDisplayNames(
            IndicatorCatalog.BuiltIn.With(provider.GetServices<IndicatorRegistration>().Select(r => r.Indicator)), provider));
        LocalizationRegistration.Register(services);

        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<ISmartRule, SpecificRule>(),
            ServiceDescriptor.Singleton<ISmartRule, MeasurableRule>(),
            ServiceDescriptor.Singleton<ISmartRule, AchievableRule>(),
            ServiceDescriptor.Singleton<ISmartRule, RelevantRule>(),
            ServiceDescriptor.Singleton<ISmartRule, TimeBoundRule>(),
        ]);
        services.TryAddSingleton<ISmartValidator, SmartValidator>();

        // Calculators take their options from the container when the host registered them, the defaults otherwise.
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IKpiCalculator, FollowersCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, AudienceGrowthCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ReachRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ImpressionRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, FrequencyCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, AverageReachPerPostCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EngagementRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ConversationRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, AmplificationRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ApplauseRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ViralityRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, PostingFrequencyCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, PostingRegularityCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, MentionVolumeCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, MentionEngagementRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, PressArticlesCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, NetTonalityCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, PressPotentialAudienceCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, RoiCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, RoasCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, CostPerAcquisitionCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, CostPerClickCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, CostPerMilleCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, CostPerEngagementCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ClickThroughRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ClickConversionRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, WebSessionsCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, WebVisitorsCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, WebConversionRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EmailDeliveryRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EmailOpenRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EmailClickRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EmailClickToOpenRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EmailBounceRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, EmailUnsubscribeRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, PeriodEngagementRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, AccountEngagementRateCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, AccountImpressionsCalculator>(),
            ServiceDescriptor.Singleton<IKpiCalculator, ProfileVisitsCalculator>(),
        ]);
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IVolumeAnomalyDetector, StandardDeviationDetector>(),
            ServiceDescriptor.Singleton<IVolumeAnomalyDetector, ModifiedZScoreDetector>(),
        ]);
        services.TryAddSingleton<AuthorRankingAnalyzer>();
        services.TryAddSingleton<SpikeExplainer>();

        // Alerts go to the host's log by default (a null logger when the host has no logging), and to its own sinks.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<KpiToolkit.Alerts.IKpiAlertSink, KpiToolkit.Alerts.LoggingAlertSink>(
            provider => new KpiToolkit.Alerts.LoggingAlertSink(
                provider.GetService<Microsoft.Extensions.Logging.ILogger<KpiToolkit.Alerts.LoggingAlertSink>>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<KpiToolkit.Alerts.LoggingAlertSink>.Instance)));
        services.TryAddSingleton<KpiToolkit.Alerts.IKpiAlertPublisher>(provider => new KpiToolkit.Alerts.KpiAlertPublisher(provider.GetServices<KpiToolkit.Alerts.IKpiAlertSink>()));
        services.TryAddSingleton<KpiToolkit.Alerts.KpiAlertEngine>();
        services.TryAddSingleton<PressCoverageAnalyzer>();
        services.TryAddSingleton<RoiRankingAnalyzer>();
        services.TryAddSingleton<ChannelComparisonAnalyzer>();
        services.TryAddSingleton<IKpiCalculatorRegistry>(provider => CreateRegistry(provider.GetServices<IKpiCalculator>(), provider.GetRequiredService<IndicatorCatalog>()));
        services.TryAddSingleton<BestTimeToPostAnalyzer>();

        // A host that registers its own PlatformReconcilerOptions (its own platforms' definitions) gets them used.
        services.TryAddSingleton(provider => new PlatformReconciler(provider.GetService<PlatformReconcilerOptions>(), provider.GetRequiredService<ReportingCalendar>()));

        services.TryAddSingleton(provider => new ObjectiveEvaluator(
            provider.GetRequiredService<IClock>(),
            provider.GetRequiredService<ReportingCalendar>(),
            Options(provider).Dashboard.Evaluation));
        services.TryAddSingleton(provider => new DashboardBuilder(
            provider.GetRequiredService<IKpiCalculatorRegistry>(),
            provider.GetRequiredService<IndicatorCatalog>(),
            provider.GetRequiredService<IClock>(),
            provider.GetRequiredService<ReportingCalendar>(),
            // The analyzers registered above take these options from the container; the dashboard's analyses must agree with them.
            Options(provider).Dashboard.With(
                provider.GetService<RoiRankingOptions>(),
                provider.GetService<ChannelComparisonOptions>(),
                provider.GetService<BestTimeToPostOptions>()),
            provider.GetRequiredService<PlatformReconciler>()));
        services.TryAddEnumerable(
        [
            ServiceDescriptor.Singleton<IDashboardRenderer, MarkdownDashboardRenderer>(),
            ServiceDescriptor.Singleton<IDashboardRenderer, JsonDashboardRenderer>(),
            ServiceDescriptor.Singleton<IDashboardRenderer, CsvDashboardRenderer>(),
            ServiceDescriptor.Singleton<IDashboardRenderer, HtmlDashboardRenderer>(),
        ]);
        services.TryAddSingleton(provider => new DashboardRenderers(provider.GetServices<IDashboardRenderer>()));
        return new KpiToolkitBuilder(services);
    }

    /// <summary>
    /// Builds the registry and checks that the catalog defines the indicator of every calculator in it, with the
    /// unit its results have, so a host learns at once that a definition is missing rather than when a result is
    /// formatted or an objective validated.
    /// </summary>
    private static KpiCalculatorRegistry CreateRegistry(IEnumerable<IKpiCalculator> calculators, IndicatorCatalog catalog)
    {
        var registry = new KpiCalculatorRegistry(calculators);
        foreach (var calculator in registry.Calculators)
        {
            var indicator = calculator.Indicator;
            var type = calculator.GetType().Name;
            if (!catalog.TryGet(indicator.Key, out var defined))
            {
                throw new InvalidOperationException(
                    $"The calculator {type} computes the indicator '{indicator.Key}', which is not in the IndicatorCatalog. " +
                    $"Register its definition with builder.AddCalculator<{type}>(indicator) or builder.AddIndicator(indicator).");
            }

            if (defined.Unit != indicator.Unit)
            {
                throw new InvalidOperationException(
                    $"The calculator {type} computes the indicator '{indicator.Key}' in the unit {indicator.Unit}, but the IndicatorCatalog " +
                    $"defines '{indicator.Key}' in the unit {defined.Unit}. Give the calculator's indicator its own key.");
            }
        }

        return registry;
    }
}
