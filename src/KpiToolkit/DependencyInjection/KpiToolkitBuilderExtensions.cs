using System.Diagnostics.CodeAnalysis;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KpiToolkit.DependencyInjection;

/// <summary>Adds a host's own pieces to KpiToolkit through its <see cref="IKpiToolkitBuilder"/>.</summary>
public static class KpiToolkitBuilderExtensions
{
    /// <summary>
    /// Adds a SMART rule, run after the built-in ones by the registered <see cref="ISmartValidator"/>.
    /// Adding the same rule type twice adds it once.
    /// </summary>
    /// <typeparam name="TRule">The rule type, created by the container as a singleton.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IKpiToolkitBuilder AddSmartRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IKpiToolkitBuilder builder)
        where TRule : class, ISmartRule
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmartRule, TRule>());
        return builder;
    }

    /// <summary>
    /// Adds a calculator to the registered <see cref="IKpiCalculatorRegistry"/>, and the definition of a new
    /// indicator it computes to the <see cref="IndicatorCatalog"/>. A calculator whose indicator key is already
    /// taken by a built-in one replaces it. Adding the same type twice adds it once.
    /// </summary>
    /// <typeparam name="TCalculator">The calculator type, created by the container as a singleton; it may take <see cref="IndicatorCatalog"/> in its constructor.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="indicator">
    /// The definition of the indicator the calculator computes, added as with <see cref="AddIndicator"/>; null when the
    /// catalog already defines it (a built-in key, or one added with <see cref="AddIndicator"/>).
    /// </param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <remarks>
    /// The catalog never resolves calculators to learn their indicators. When it does not define a calculator's
    /// indicator, resolving <see cref="IKpiCalculatorRegistry"/> throws an <see cref="InvalidOperationException"/>
    /// naming the calculator and the key.
    /// </remarks>
    public static IKpiToolkitBuilder AddCalculator<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCalculator>(this IKpiToolkitBuilder builder, Indicator? indicator = null)
        where TCalculator : class, IKpiCalculator
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, TCalculator>());
        return indicator is null ? builder : builder.AddIndicator(indicator);
    }

    /// <summary>
    /// Adds the share-of-voice calculator (key <c>share-of-voice</c>) for the company against a listed set of
    /// competitors. Calling it again replaces the set.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="weight">What each mention weighs.</param>
    /// <param name="competitors">The competitors' names, as they appear in <c>Mention.Subject</c>; at least one.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is undefined.</exception>
    /// <exception cref="ArgumentException">
    /// No competitor is given, or a name is null, blank or listed twice (ignoring case); the message gives the index.
    /// The arguments are checked here, not when the calculator is first resolved.
    /// </exception>
    public static IKpiToolkitBuilder AddShareOfVoice(this IKpiToolkitBuilder builder, ShareOfVoiceWeight weight, params string[] competitors)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Preconditions.Defined(weight);
        ArgumentNullException.ThrowIfNull(competitors);
        Preconditions.Check(competitors.Length > 0, "competitors must list at least one competitor.", nameof(competitors));
        var seen = new Dictionary<Subject, int>();
        for (var i = 0; i < competitors.Length; i++)
        {
            Preconditions.Item(competitors[i], i, nameof(competitors));
            Preconditions.Check(
                Subject.TryCompetitor(competitors[i], out var subject),
                $"competitors must not hold a blank name, but competitors[{i}] is blank.",
                nameof(competitors));
            if (!seen.TryAdd(subject, i))
            {
                throw new ArgumentException($"competitors lists '{subject}' twice: competitors[{seen[subject]}] and competitors[{i}].", nameof(competitors));
            }
        }

        var options = new ShareOfVoiceOptions { Weight = weight };
        foreach (var competitor in competitors)
        {
            options.Competitors.Add(competitor);
        }

        builder.Services.Replace(ServiceDescriptor.Singleton(options));
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IKpiCalculator, ShareOfVoiceCalculator>());
        return builder;
    }

    /// <summary>
    /// Adds a volume anomaly detector beside the two built-in ones. Adding the same type twice adds it once.
    /// </summary>
    /// <typeparam name="TDetector">The detector type, created by the container as a singleton.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IKpiToolkitBuilder AddVolumeAnomalyDetector<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TDetector>(this IKpiToolkitBuilder builder)
        where TDetector : class, IVolumeAnomalyDetector
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IVolumeAnomalyDetector, TDetector>());
        return builder;
    }

    /// <summary>
    /// Adds a place alerts go, beside the host's log: every <see cref="KpiToolkit.Alerts.KpiAlert"/> published through
    /// <see cref="KpiToolkit.Alerts.IKpiAlertPublisher"/> reaches it. Adding the same type twice adds it once.
    /// </summary>
    /// <typeparam name="TSink">The sink's type, created by the container as a singleton.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IKpiToolkitBuilder AddKpiAlertSink<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TSink>(this IKpiToolkitBuilder builder)
        where TSink : class, KpiToolkit.Alerts.IKpiAlertSink
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<KpiToolkit.Alerts.IKpiAlertSink, TSink>());
        return builder;
    }

    /// <summary>Adds a sink the host made itself; the same instance twice is added once.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="sink">The sink.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IKpiToolkitBuilder AddKpiAlertSink(this IKpiToolkitBuilder builder, KpiToolkit.Alerts.IKpiAlertSink sink)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(sink);
        if (!builder.Services.Any(descriptor => descriptor.ServiceType == typeof(KpiToolkit.Alerts.IKpiAlertSink) && ReferenceEquals(descriptor.ImplementationInstance, sink)))
        {
            builder.Services.AddSingleton(sink);
        }

        return builder;
    }

    /// <summary>Adds a dashboard renderer of the host's own, available through <see cref="Dashboard.DashboardRenderers"/>; adding the same type twice registers it once.</summary>
    /// <typeparam name="TRenderer">The renderer's type; a later renderer of the same format replaces an earlier one in the lookup.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IKpiToolkitBuilder AddDashboardRenderer<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRenderer>(this IKpiToolkitBuilder builder)
        where TRenderer : class, Dashboard.IDashboardRenderer
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Dashboard.IDashboardRenderer, TRenderer>());
        return builder;
    }

    /// <summary>
    /// Shows an indicator of the registered <see cref="IndicatorCatalog"/> under another name, in every culture, while its
    /// key stays the machine name (see <see cref="IndicatorCatalog.WithDisplayName"/>). A later name for the same key wins.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="key">The key of a built-in indicator or of one added with <see cref="AddIndicator"/>.</param>
    /// <param name="displayName">The name people read, such as <c>Taux d'engagement</c>.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="key"/> is empty or <paramref name="displayName"/> blank.</exception>
    /// <remarks>A key the catalog does not hold makes resolving the catalog throw a <see cref="KeyNotFoundException"/> naming it.</remarks>
    public static IKpiToolkitBuilder AddIndicatorDisplayName(this IKpiToolkitBuilder builder, IndicatorKey key, string displayName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        Preconditions.Check(!key.IsEmpty, "key must not be the empty (default) indicator key.", nameof(key));
        Preconditions.NotBlank(displayName);
        builder.Services.AddSingleton(new IndicatorDisplayNameRegistration(key, displayName));
        return builder;
    }

    /// <summary>
    /// Adds an indicator of the host's own to the registered <see cref="IndicatorCatalog"/>, beside the
    /// built-in ones. Adding an identical definition twice adds it once.
    /// </summary>
    /// <param name="builder">The builder.</param>
    /// <param name="indicator">The indicator definition.</param>
    /// <returns>The same builder, to chain calls.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>Two different definitions with one key make resolving the catalog throw an <see cref="ArgumentException"/> naming the key.</remarks>
    public static IKpiToolkitBuilder AddIndicator(this IKpiToolkitBuilder builder, Indicator indicator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(indicator);
        var alreadyAdded = builder.Services.Any(descriptor =>
            descriptor.ImplementationInstance is IndicatorRegistration registration && registration.Indicator.Equals(indicator));
        if (!alreadyAdded)
        {
            builder.Services.AddSingleton(new IndicatorRegistration(indicator));
        }

        return builder;
    }
}
