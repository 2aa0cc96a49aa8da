using KpiToolkit.Alerts;
using KpiToolkit.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// Three silos in this process with the grains in memory storage, KpiToolkit's calendar in Europe/Paris, and one alert
/// sink shared by the silos that keeps what it receives; the client is registered with <c>AddKpiToolkitClient()</c>.
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    /// <summary>The zone of the cluster's calendar: a record's day, and so its partition, is the day in Paris.</summary>
    public static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private InProcessTestCluster? _cluster;

    /// <summary>Gets the alerts the silos' sink received.</summary>
    public CollectingAlertSink Alerts { get; } = new();

    /// <summary>Gets the cluster.</summary>
    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster is not deployed.");

    /// <summary>Gets the client's KpiToolkit cluster client.</summary>
    public IKpiClusterClient Client => Cluster.Client.ServiceProvider.GetRequiredService<IKpiClusterClient>();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(3);
        var sink = Alerts;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddKpiToolkit(options => options.TimeZone = Paris);
            silo.Services.AddSingleton<IKpiAlertSink>(sink);
            silo.AddKpiToolkit().AddKpiToolkitMemoryStorage().AddKpiToolkitObjectives(BrandGoals.Brand, BrandGoals.Objectives);
        });
        builder.ConfigureClient(client =>
        {
            client.Services.AddKpiToolkit(options => options.TimeZone = Paris);
            client.AddKpiToolkitClient();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>The one three-silo cluster the tests of a collection share; each test uses brands of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cluster";
}

/// <summary>An alert sink that keeps every alert it receives, from any silo.</summary>
public sealed class CollectingAlertSink : IKpiAlertSink
{
    private readonly List<KpiAlert> _alerts = [];

    /// <summary>Returns every alert received.</summary>
    public IReadOnlyList<KpiAlert> All()
    {
        lock (_alerts)
        {
            return [.. _alerts];
        }
    }

    /// <summary>Returns the alerts received about a subject (a brand).</summary>
    public IReadOnlyList<KpiAlert> About(string subject)
    {
        lock (_alerts)
        {
            return [.. _alerts.Where(alert => alert.Subject == subject)];
        }
    }

    /// <inheritdoc />
    public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
    {
        lock (_alerts)
        {
            _alerts.Add(alert);
        }

        return ValueTask.CompletedTask;
    }
}
