using KpiToolkit.Calculators;
using KpiToolkit.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

// Beside Orleans' own silo and client builder extensions, so that siloBuilder.AddKpiToolkit() needs no extra using.
namespace Orleans.Hosting;

/// <summary>Adds KpiToolkit's grains to a silo.</summary>
public static class KpiToolkitSiloBuilderExtensions
{
    /// <summary>
    /// Adds KpiToolkit's grains: brands that ingest batches exactly once, partitions per kind, channel and day that keep
    /// the mergeable indicators' partial aggregates, month nodes that merge them, and a live mention monitor per brand
    /// that fires the spike rule into the registered <see cref="KpiToolkit.Alerts.IKpiAlertSink"/>s. Also registers
    /// KpiToolkit itself (<c>services.AddKpiToolkit()</c>) and an <see cref="IKpiClusterClient"/> for grains of the host.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets the grains' options; checked when the silo starts.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// <para>The grains keep their state in the grain storage named <see cref="KpiClusterOptions.StorageName"/>, which
    /// the host registers: <c>AddAdoNetGrainStorage("KpiToolkit", ...)</c> for a deployment, or
    /// <see cref="AddKpiToolkitMemoryStorage"/> to try it out. Clustering is the host's Orleans configuration.</para>
    /// <para>KpiToolkit's options (the calendar's zone, the calculators) are set as usual with
    /// <c>builder.Services.AddKpiToolkit(options => ...)</c>, the same on every silo and client.</para>
    /// <para>Calling it again adds nothing twice; its <paramref name="configure"/> still applies.</para>
    /// </remarks>
    public static ISiloBuilder AddKpiToolkit(this ISiloBuilder builder, Action<KpiClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddShared(builder.Services, configure);
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigurationValidator, KpiClusterOptionsValidator>());
        builder.Services.TryAddSingleton<IKpiObjectiveSource>(provider => new RegisteredObjectiveSource(provider.GetServices<ObjectiveRegistration>()));
        builder.Services.TryAddSingleton(provider => new ObjectiveMeasures(
            provider.GetRequiredService<IKpiClusterClient>(),
            provider.GetRequiredService<IGrainFactory>(),
            provider.GetRequiredService<MergeableIndicators>(),
            provider.GetRequiredService<KpiToolkit.Time.ReportingCalendar>()));
        return builder;
    }

    /// <summary>
    /// Gives a brand objectives, which the cluster evaluates after every batch that changes the brand's records: their
    /// statuses are read with <see cref="IKpiClusterClient.ObjectivesAsync"/>, and their alerts (back past the baseline,
    /// target reached, an unusual move the wrong way, behind pace) go to the registered
    /// <see cref="KpiToolkit.Alerts.IKpiAlertSink"/>s, each once, with the scope <c>brand/objective id</c>.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="brand">The brand, as its batches name it.</param>
    /// <param name="objectives">The roots of the brand's objective trees; may be called again for more.</param>
    /// <returns>The builder.</returns>
    /// <remarks>
    /// Every silo must be given the same objectives. To read them from the host's own store, register an
    /// <see cref="IKpiObjectiveSource"/> in the silo's services instead. Two objectives of a brand with one id are
    /// refused when the silo starts.
    /// </remarks>
    /// <exception cref="ArgumentException">The brand is blank, or an objective is null.</exception>
    public static ISiloBuilder AddKpiToolkitObjectives(this ISiloBuilder builder, string brand, params IEnumerable<KpiToolkit.Objectives.Objective> objectives)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(brand);
        ArgumentNullException.ThrowIfNull(objectives);
        KpiToolkit.Objectives.Objective[] roots = [.. objectives];
        var index = Array.IndexOf(roots, null);
        if (index >= 0)
        {
            throw new ArgumentException($"objectives must not contain null (index {index}).", nameof(objectives));
        }

        builder.Services.AddSingleton(new ObjectiveRegistration(brand, roots));
        return builder;
    }

    /// <summary>
    /// Registers an in-memory grain storage named <see cref="KpiClusterOptions.StorageName"/>: the embedded default, with
    /// which a sample or a test runs with nothing installed. State is lost when the silos stop; use a persistent storage
    /// (Orleans' ADO.NET storage on PostgreSQL, say) for anything else.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <returns>The builder.</returns>
    public static ISiloBuilder AddKpiToolkitMemoryStorage(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMemoryGrainStorage(KpiClusterOptions.StorageName);
    }

    /// <summary>Registers what silos and clients share: KpiToolkit, the grains' options and the cluster client.</summary>
    internal static void AddShared(IServiceCollection services, Action<KpiClusterOptions>? configure)
    {
        services.AddKpiToolkit();
        var options = services.AddOptions<KpiClusterOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(provider => new MergeableIndicators(provider.GetRequiredService<IKpiCalculatorRegistry>()));
        services.TryAddSingleton<IKpiClusterClient>(provider => new KpiClusterClient(
            provider.GetRequiredService<IGrainFactory>(),
            provider.GetRequiredService<MergeableIndicators>(),
            provider.GetRequiredService<KpiToolkit.Time.ReportingCalendar>(),
            provider.GetRequiredService<IOptions<KpiClusterOptions>>()));
    }
}

/// <summary>Adds KpiToolkit's cluster client to an Orleans client.</summary>
public static class KpiToolkitClientBuilderExtensions
{
    /// <summary>
    /// Registers <see cref="IKpiClusterClient"/>, through which the host sends batches and reads KPIs, and KpiToolkit
    /// itself (<c>services.AddKpiToolkit()</c>), whose calculators finish the results: set its options as the silos'.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="configure">Sets the options the client checks batches against (<see cref="KpiClusterOptions.MaxBatchSize"/>).</param>
    /// <returns>The builder.</returns>
    public static IClientBuilder AddKpiToolkitClient(this IClientBuilder builder, Action<KpiClusterOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        KpiToolkitSiloBuilderExtensions.AddShared(builder.Services, configure);
        return builder;
    }
}
