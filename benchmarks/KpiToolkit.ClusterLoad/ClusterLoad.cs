using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using KpiToolkit.Activity;
using KpiToolkit.Alerts;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;
using Orleans.Hosting;

namespace KpiToolkit.ClusterLoad;

/// <summary>
/// The cluster's load test: mentions of eight brands pushed by four concurrent senders (each the only sender of its
/// brands, as each reads its own partitions of a queue) into 1, 2 and 3 silos in this
/// process (localhost clustering, grains in memory), for a fixed time or until 10^6 mentions, whichever comes first.
/// Reports the throughput, the latency from sending a batch to its KPIs being queryable (the receipt comes back once
/// every partition has persisted it and reported it up the tree), and the latency of a spike alert from the batch
/// that closes its bucket to the sink. Stops by itself.
/// </summary>
internal static class ClusterLoad
{
    private const int Brands = 8;
    private const int Senders = 4;
    private const int BatchSize = 1_000;
    private const int MentionsPerHour = 200;
    private const int BurstHour = 150;
    private static readonly Instant Start = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>Runs with <c>[--seconds N] [--silos 1,2,3] [--mentions N]</c>.</summary>
    public static int Run(string[] args)
    {
        var seconds = Option(args, "--seconds", 30);
        var limit = Option(args, "--mentions", 1_000_000);
        var silos = Value(args, "--silos")?.Split(',').Select(text => int.Parse(text, CultureInfo.InvariantCulture)).ToArray() ?? [1, 2, 3];
        Console.WriteLine($"Cluster load: {Brands} brands, {Senders} senders, batches of {BatchSize:N0} mentions, {seconds} s or {limit:N0} mentions per run, on {Environment.ProcessorCount} cores.");
        Console.WriteLine("| silos | mentions | seconds | mentions/s | batch to queryable p50 | p99 | spike alert after its closing batch |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        for (var run = 0; run < silos.Length; run++)
        {
            var result = MeasureAsync(silos[run], 23_000 + (100 * run), TimeSpan.FromSeconds(seconds), limit).GetAwaiter().GetResult();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {silos[run]} | {result.Mentions:N0} | {result.Elapsed.TotalSeconds:0.0} | {result.Mentions / result.Elapsed.TotalSeconds:N0} | {result.P50:0.0} ms | {result.P99:0.0} ms | {(result.AlertLatency is { } alert ? $"{alert.TotalMilliseconds:0.0} ms" : "no alert")} |"));
        }

        return 0;
    }

    private static async Task<LoadResult> MeasureAsync(int siloCount, int basePort, TimeSpan duration, int limit)
    {
        var clock = Stopwatch.StartNew();
        var sink = new TimingSink(clock);
        var silos = new List<IHost>();
        var primary = new IPEndPoint(IPAddress.Loopback, basePort);
        for (var i = 0; i < siloCount; i++)
        {
            var port = basePort + i;
            var silo = Host.CreateDefaultBuilder()
                .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
                .UseOrleans(builder =>
                {
                    builder.UseLocalhostClustering(port, port + 50, primary);
                    builder.Services.AddSingleton<IKpiAlertSink>(sink);
                    builder.AddKpiToolkit().AddKpiToolkitMemoryStorage();
                })
                .Build();
            await silo.StartAsync();
            silos.Add(silo);
        }

        using var client = Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Error))
            .UseOrleansClient(builder => builder.UseLocalhostClustering([.. Enumerable.Range(0, siloCount).Select(i => basePort + i + 50)]).AddKpiToolkitClient())
            .Build();
        await client.StartAsync();
        var kpis = client.Services.GetRequiredService<IKpiClusterClient>();

        var latencies = new ConcurrentBag<double>();
        var sent = 0L;
        var closingBatchSentAt = -1L;
        var started = clock.Elapsed;
        await Task.WhenAll(Enumerable.Range(0, Senders).Select(sender => Task.Run(async () =>
        {
            // Sender s sends the batches of brands s and s + 4, in turn, each brand's batches in order.
            var owned = Enumerable.Range(0, Brands).Where(brand => brand % Senders == sender).ToArray();
            for (var turn = 0; clock.Elapsed - started < duration && Interlocked.Read(ref sent) < limit; turn++)
            {
                var brand = owned[turn % owned.Length];
                var batchIndex = turn / owned.Length;
                var mentions = Batch(brand, batchIndex);
                // The batch whose mentions pass the burst's end by the allowed lateness closes its bucket.
                var closesBurst = brand == 0 && mentions[0].PublishedAt < BurstClosedBy && mentions[^1].PublishedAt >= BurstClosedBy;
                var before = clock.ElapsedTicks;
                if (closesBurst)
                {
                    closingBatchSentAt = before;
                }

                await kpis.IngestAsync($"brand-{brand}", new ActivityBatch($"{brand}-{batchIndex}", mentions: mentions));
                latencies.Add((clock.ElapsedTicks - before) * 1_000.0 / Stopwatch.Frequency);
                Interlocked.Add(ref sent, mentions.Length);
            }
        })));
        var elapsed = clock.Elapsed - started;

        await client.StopAsync();
        for (var i = silos.Count - 1; i >= 0; i--)
        {
            await silos[i].StopAsync();
            silos[i].Dispose();
        }

        var ordered = latencies.Order().ToArray();
        var alertAt = sink.ArrivalTicks("brand-0", BurstStart);
        TimeSpan? alertLatency = alertAt is { } at && closingBatchSentAt >= 0
            ? TimeSpan.FromSeconds((at - closingBatchSentAt) / (double)Stopwatch.Frequency)
            : null;
        return new LoadResult(sent, elapsed, Percentile(ordered, 0.50), Percentile(ordered, 0.99), alertLatency);
    }

    /// <summary>
    /// A brand's batch: five hours of event time, about 200 mentions an hour in uneven hours, in time order; brand 0's
    /// hour <see cref="BurstHour"/> holds 800 more, the spike the monitor must catch.
    /// </summary>
    private static Mention[] Batch(int brand, int index)
    {
        var random = new Random((brand * 1_000_003) + index);
        var mentions = new List<Mention>(BatchSize + 800);
        for (var hour = index * 5; hour < (index * 5) + 5; hour++)
        {
            var count = MentionsPerHour - 40 + random.Next(81) + (brand == 0 && hour == BurstHour ? 800 : 0);
            for (var i = 0; i < count; i++)
            {
                mentions.Add(new Mention(
                    $"{hour}-{i}", Start + Duration.FromHours(hour) + Duration.FromMilliseconds(i * 3_600_000L / count),
                    MentionSourceType.SocialNetwork, $"author-{random.Next(500)}", channel: (i % 3) switch { 0 => Channel.X, 1 => Channel.Instagram, _ => Channel.Facebook },
                    reactions: random.Next(20), comments: random.Next(5), shares: random.Next(3)));
            }
        }

        return [.. mentions];
    }

    private static double Percentile(double[] ordered, double quantile) =>
        ordered.Length == 0 ? double.NaN : ordered[Math.Min(ordered.Length - 1, (int)Math.Ceiling(quantile * ordered.Length) - 1)];

    private static Instant BurstStart => Start + Duration.FromHours(BurstHour);

    // The default allowed lateness is ten minutes.
    private static Instant BurstClosedBy => Start + Duration.FromHours(BurstHour + 1) + Duration.FromMinutes(10);

    private static int Option(string[] args, string name, int fallback) =>
        Value(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? Value(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

/// <summary>What one run measured.</summary>
internal sealed record LoadResult(long Mentions, TimeSpan Elapsed, double P50, double P99, TimeSpan? AlertLatency);

/// <summary>Notes when each alert arrives, by brand and bucket start, on the run's stopwatch.</summary>
internal sealed class TimingSink(Stopwatch clock) : IKpiAlertSink
{
    private readonly ConcurrentDictionary<(string Subject, Instant Start), long> _arrivals = new();

    public long? ArrivalTicks(string subject, Instant start) => _arrivals.TryGetValue((subject, start), out var ticks) ? ticks : null;

    public ValueTask PublishAsync(KpiAlert alert, CancellationToken cancellationToken = default)
    {
        _arrivals.TryAdd((alert.Subject, alert.Start), clock.ElapsedTicks);
        return ValueTask.CompletedTask;
    }
}
