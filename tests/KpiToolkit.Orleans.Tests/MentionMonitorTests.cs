using KpiToolkit.Activity;
using KpiToolkit.Alerts;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// The live monitor: mentions streamed in hourly batches close their buckets as event time passes, and a burst fires
/// the spike rule once into the silos' sink, even when a second burst follows within the cool-down.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MentionMonitorTests(ClusterFixture fixture)
{
    private static readonly Instant Start = Instant.FromUtc(2026, 10, 1, 0, 0);

    [Fact]
    public async Task ABurst_FiresOneSpikeAlert_IntoTheSink_AsItsBucketCloses()
    {
        const string brand = "burst";
        var random = new Random(21);
        var burstHour = 12 * 24; // after twelve days of ordinary hours
        var hours = 12 * 24 + 12;
        for (var hour = 0; hour < hours; hour++)
        {
            // About 20 mentions an hour; 400 in the burst's hour, and 250 two hours later, within the cool-down.
            var count = hour == burstHour ? 400 : hour == burstHour + 2 ? 250 : 15 + random.Next(11);
            var mentions = Enumerable.Range(0, count).Select(i => new Mention(
                $"m-{hour}-{i}", Start + Duration.FromHours(hour) + Duration.FromSeconds(i * 3_599L / count), MentionSourceType.SocialNetwork, $"author-{i % 50}",
                channel: Channel.X));
            await fixture.Client.IngestAsync(brand, new ActivityBatch($"hour-{hour}", mentions: mentions));
        }

        var alerts = fixture.Alerts.About(brand);
        var status = await fixture.Client.MonitorStatusAsync(brand);

        alerts.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Rule = "mention-spike",
            Kind = KpiAlertKind.Spike,
            Start = Start + Duration.FromHours(burstHour),
            End = Start + Duration.FromHours(burstHour + 1),
        });
        alerts[0].Value.Should().Be(400);
        status.AlertsFired.Should().Be(1);
        // The last hour is still open: its end has not been passed by ten minutes of event time.
        status.ClosedUntil.Should().Be(Start + Duration.FromHours(hours - 1));
        status.BucketsClosed.Should().Be(hours - 1);
        status.LateMentions.Should().Be(0);
    }

    [Fact]
    public async Task AMentionForABucketAlreadyClosed_CountsInTheKpis_AndIsCountedLate()
    {
        const string brand = "late";
        await fixture.Client.IngestAsync(brand, new ActivityBatch("1", mentions: [Mention("a", Start), Mention("b", Start + Duration.FromHours(3))]));
        await fixture.Client.IngestAsync(brand, new ActivityBatch("2", mentions: [Mention("c", Start + Duration.FromMinutes(30))]));

        var status = await fixture.Client.MonitorStatusAsync(brand);
        var series = await fixture.Client.MentionSeriesAsync(brand, Time.Cadence.Day, new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 1));

        status.LateMentions.Should().Be(1);
        status.ClosedUntil.Should().Be(Start + Duration.FromHours(2));
        series.Single().Count.Should().Be(3);
    }

    [Fact]
    public async Task AMentionDatedInTheFuture_DoesNotCloseTheBucketsUpToItsDate()
    {
        const string brand = "future";
        await fixture.Client.IngestAsync(brand, new ActivityBatch("1", mentions: [Mention("a", Start), Mention("b", Instant.FromUtc(2099, 1, 1, 0, 0))]));

        var status = await fixture.Client.MonitorStatusAsync(brand);

        (status.Latest!.Value < Instant.FromUtc(2099, 1, 1, 0, 0)).Should().BeTrue("event time stops at the clock");
        (status.ClosedUntil!.Value <= SystemClock.Instance.GetCurrentInstant()).Should().BeTrue("no bucket of the future is closed");
    }

    private static Mention Mention(string id, Instant at) => new(id, at, MentionSourceType.SocialNetwork, "someone", channel: Channel.X);
}
