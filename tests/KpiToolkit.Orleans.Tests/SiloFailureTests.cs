using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.DependencyInjection;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// Three silos keep their grains' state in PostgreSQL; one is stopped in the middle of a stream of 100,000 mentions.
/// Its grains come back on the other silos from their persisted state, the senders send again what was not
/// acknowledged, and the totals end equal to one pass over the mentions.
/// </summary>
public sealed class SiloFailureTests
{
    [PostgresFact]
    public async Task ASiloStoppedMidStream_EndsWithTheTotalsOfOnePass()
    {
        await using var cluster = Postgres.Cluster(silos: 3);
        await cluster.DeployAsync();
        var client = cluster.Client.ServiceProvider.GetRequiredService<IKpiClusterClient>();

        // A brand of its own each run: the database keeps what earlier runs wrote.
        var brand = $"failover-{Guid.NewGuid():N}";
        var mentions = Records.Stream(100_000, seed: 31, days: 10);
        var batches = mentions.Chunk(1_000).Select((part, i) => new ActivityBatch($"batch-{i}", mentions: part)).ToArray();
        var sent = 0;
        var stopped = false;
        await Task.WhenAll(Enumerable.Range(0, 2).Select(async sender =>
        {
            for (var i = sender; i < batches.Length; i += 2)
            {
                await SendUntilAcknowledgedAsync(client, brand, batches[i]);
                if (Interlocked.Increment(ref sent) == batches.Length / 2 && !stopped)
                {
                    stopped = true;
                    await cluster.StopSiloAsync(cluster.Silos[1]);
                }
            }
        }));

        stopped.Should().BeTrue();
        cluster.GetActiveSilos().Should().HaveCount(2);
        var calendar = new ReportingCalendar(ClusterFixture.Paris);
        var (start, end) = (new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 12));
        var series = await client.MentionSeriesAsync(brand, Cadence.Day, start, end);
        series.Should().Equal(new MentionVolumeCalculator(calendar: calendar).Series(mentions, Cadence.Day, start, end));
        series.Sum(point => point.Count).Should().Be(mentions.Count(mention => mention.Subject.IsCompany));
        var engagement = new MentionEngagementRateCalculator(calendar: calendar);
        (await client.QueryAsync(brand, IndicatorKeys.MentionEngagementRate, Cadence.Week, start, end))
            .ShouldEqual(OnePass.Results(engagement, [], mentions, Cadence.Week, start, end, byChannel: false), "the engagement on mentions by week");
    }

    /// <summary>Sends a batch until a receipt comes back, as a sender that does not hear back does.</summary>
    private static async Task SendUntilAcknowledgedAsync(IKpiClusterClient client, string brand, ActivityBatch batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await client.IngestAsync(brand, batch);
                return;
            }
            catch (Exception exception) when (attempt < 20 && exception is not ArgumentException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
