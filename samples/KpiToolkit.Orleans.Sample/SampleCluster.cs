using System.Net;
using KpiToolkit.Alerts;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Sample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans.Hosting;

namespace KpiToolkit.Orleans.Sample;

/// <summary>Two silos and a client in this process, on localhost clustering, with the grains in memory.</summary>
internal sealed class SampleCluster(DateTimeZone zone, IKpiAlertSink sink) : IDisposable
{
    /// <summary>The brand whose records the sample streams.</summary>
    public const string Brand = "maison-verdier";

    /// <summary>The silos' ports; the gateways are these plus 10,000.</summary>
    public static readonly int[] SiloPorts = [21111, 21112];

    private readonly List<IHost> _silos = [];
    private IHost? _client;

    /// <summary>Gets the cluster client; available once started.</summary>
    public IKpiClusterClient Client => _client?.Services.GetRequiredService<IKpiClusterClient>() ?? throw new InvalidOperationException("The cluster is not started.");

    /// <summary>Starts the primary silo, the second one, then the client.</summary>
    public async Task StartAsync()
    {
        var primary = new IPEndPoint(IPAddress.Loopback, SiloPorts[0]);
        foreach (var port in SiloPorts)
        {
            var silo = Host.CreateDefaultBuilder()
                .ConfigureLogging(Quiet)
                .UseOrleans(builder =>
                {
                    builder.UseLocalhostClustering(port, port + 10_000, primary);
                    builder.Services.AddKpiToolkit(options => options.TimeZone = zone);
                    // The sink prints alerts; the built-in logging sink stays registered beside it.
                    builder.Services.AddSingleton(sink);
                    builder.AddKpiToolkit(options =>
                    {
                        // The bundled feed has about two mentions an hour: six-hour buckets hold enough for a score to mean something.
                        options.MentionBucket = Duration.FromHours(6);
                        options.SpikeRule = new SpikeAlertRule("mention-spike", minimumVolume: 5);
                    }).AddKpiToolkitMemoryStorage()
                    // The main sample's objective plan: evaluated after every batch, its alerts printed by the sink.
                    .AddKpiToolkitObjectives(Brand, ObjectivePlan.Objectives);
                })
                .Build();
            await silo.StartAsync();
            _silos.Add(silo);
        }

        _client = Host.CreateDefaultBuilder()
            .ConfigureLogging(Quiet)
            .UseOrleansClient(builder =>
            {
                builder.UseLocalhostClustering([.. SiloPorts.Select(port => port + 10_000)]);
                builder.Services.AddKpiToolkit(options => options.TimeZone = zone);
                builder.AddKpiToolkitClient();
            })
            .Build();
        await _client.StartAsync();
    }

    /// <summary>Stops the client, then the silos, the primary last.</summary>
    public async Task StopAsync()
    {
        if (_client is not null)
        {
            await _client.StopAsync();
        }

        for (var i = _silos.Count - 1; i >= 0; i--)
        {
            await _silos[i].StopAsync();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _client?.Dispose();
        foreach (var silo in _silos)
        {
            silo.Dispose();
        }
    }

    // Orleans' own notes (server GC, a slow start) would bury the sample's lines, and the console sink already prints the
    // alerts the logging sink would log again: only errors are logged.
    private static void Quiet(ILoggingBuilder logging) => logging.SetMinimumLevel(LogLevel.Error);
}
