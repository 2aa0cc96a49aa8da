// Maison Verdier's posts and mentions streamed into a two-silo Orleans cluster on this machine, as a social-listening
// feed would send them: the live KPIs are printed as the stream goes, the alerts as they fire (unusual mention volume,
// and the objectives of the main sample's plan, evaluated after every batch), and where each objective stands at the end.
//
//   dotnet run --project samples/KpiToolkit.Orleans.Sample -- [--rate RECORDS_PER_SECOND] [--batch RECORDS]
//
// Both silos keep their grains in memory (the embedded default), so nothing needs installing; a deployment gives the
// grains a persistent storage and its own clustering instead (see docs/scaling.md).
using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Orleans;
using KpiToolkit.Orleans.Sample;
using KpiToolkit.Sample;
using NodaTime;

var settings = StreamSettings.Parse(args);
if (settings is null)
{
    Console.WriteLine("Usage: dotnet run --project samples/KpiToolkit.Orleans.Sample -- [--rate RECORDS_PER_SECOND] [--batch RECORDS]");
    Console.WriteLine("  --rate   records sent per second (default 5000)");
    Console.WriteLine("  --batch  records per batch (default 250)");
    return 1;
}

var paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
var console = new ConsoleAlertSink(Console.Out);
using var silos = new SampleCluster(paris, console);
await silos.StartAsync();
Console.WriteLine($"Two silos started (ports {SampleCluster.SiloPorts[0]} and {SampleCluster.SiloPorts[1]}), grains in memory.");

var client = silos.Client;
var data = new SampleData().Load(SampleOptions.Parse([]));
var records = Feed.InTimeOrder(data.Posts, data.Mentions);
Console.WriteLine($"Streaming {records.Count:N0} records of {SampleCluster.Brand} at {settings.Rate:N0} a second, {settings.Batch} a batch.");
Console.WriteLine();

var live = new LiveKpis(client, SampleCluster.Brand, Console.Out);
var counted = 0L;
var started = DateTime.UtcNow;
var batches = records.Chunk(settings.Batch).ToList();
var month = Feed.Month(records[0], paris);
for (var i = 0; i < batches.Count; i++)
{
    var batch = batches[i];
    var receipt = await client.IngestAsync(
        SampleCluster.Brand, new ActivityBatch($"feed-{i}", batch.OfType<SocialPost>(), batch.OfType<Mention>()));
    counted += receipt.PostsCounted + receipt.MentionsCounted;

    // Once the feed has moved past a month, that month as the cluster sees it now.
    var reached = Feed.Month(batch[^1], paris);
    if (reached != month)
    {
        await live.PrintMonthAsync(month);
        month = reached;
    }

    // Hold the rate: the batch's share of a second.
    var due = started + TimeSpan.FromSeconds((double)(i + 1) * settings.Batch / settings.Rate);
    if (due > DateTime.UtcNow)
    {
        await Task.Delay(due - DateTime.UtcNow);
    }
}

await live.PrintMonthAsync(month);
Console.WriteLine();
await live.PrintObjectivesAsync();
var status = await client.MonitorStatusAsync(SampleCluster.Brand);
var elapsed = DateTime.UtcNow - started;
Console.WriteLine();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{counted:N0} records counted in {elapsed.TotalSeconds:0.0} s ({counted / elapsed.TotalSeconds:N0} a second); {status.BucketsClosed:N0} mention buckets closed, {status.AlertsFired} alerts fired, {status.LateMentions} late mentions."));
await silos.StopAsync();
return 0;
