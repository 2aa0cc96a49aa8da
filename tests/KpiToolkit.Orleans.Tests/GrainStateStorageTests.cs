using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Orleans.Grains;
using KpiToolkit.Orleans.Wire;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// Every grain state of the cluster, filled with what a brand's records leave in it, written and read back by the JSON
/// serializer that Orleans' ADO.NET storage uses unless told otherwise: a state it cannot read back fails a deployment
/// the first time a grain is reactivated, long after it was written.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class GrainStateStorageTests(ClusterFixture fixture)
{
    private static readonly Instant March5 = Instant.FromUtc(2026, 3, 5, 9, 0);

    [Fact]
    public void EveryGrainState_ReadsBackEqual_ThroughTheJsonStorageSerializer()
    {
        var json = new JsonGrainStorageSerializer(fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<OrleansJsonSerializer>());
        var registry = KpiCalculatorRegistry.CreateDefault(new ReportingCalendar(ClusterFixture.Paris));
        var indicators = new MergeableIndicators(registry);
        var posts = Records.Posts(20, seed: 71);
        var days = indicators.Posts[0].AccumulateDays(posts).ToArray();
        var post = new SocialPost(
            "p1", Channel.Instagram, March5, PostFormat.Video, isPaid: true, new PostCounters { Reach = 1_000, Reactions = 12 }, PlatformFigures.Of([("Engagement rate", 0.035m)]));
        var bucket = new BucketCount(WireInstant.From(March5), WireInstant.From(March5 + Duration.FromHours(1)), 42);

        ShouldRoundTrip(json, new PartitionState
        {
            Ids = ["m1", "m2"],
            Totals = { [indicators.Posts[0].KeyText] = days },
            Buckets = { [March5.ToUnixTimeSeconds()] = bucket },
            TotalsUnreported = true,
            Posts = { ["p1"] = new SocialPostConverter().ConvertToSurrogate(post) },
        });
        ShouldRoundTrip(json, new AccountActivityState
        {
            Rows = { ["2026-03-01..2026-03-31"] = new ChannelActivityConverter().ConvertToSurrogate(new ChannelActivity(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), impressions: 310_000, reportedEngagementRate: 0.012m)) },
        });
        ShouldRoundTrip(json, new BrandState
        {
            MonthNodes = ["brand/Posts/instagram/2026/3/0"],
            Receipts =
            {
                ["b1"] = new IngestReceipt
                {
                    BatchId = "b1", IsRepeatedBatch = false, PostsCounted = 3, PostsAlreadyCounted = 1, MentionsCounted = 0, MentionsAlreadyCounted = 0,
                    // A list, as the brand builds it: JSON names the collection's type, and a compiler-made one cannot be rebuilt.
                    Rejected = new List<RejectedRecord> { new("mention", "far-1", "9999-06-01 lies outside the reporting periods") }, PostsRestated = 2,
                },
            },
            ReceiptOrder = ["b1"],
            ActivityChannels = ["brand/linkedin"],
        });
        ShouldRoundTrip(json, new MonthNodeState { Days = { [5] = new Dictionary<string, DayTotals[]> { [indicators.Posts[0].KeyText] = days } } });
        ShouldRoundTrip(json, new MentionMonitorState
        {
            Counts = { [March5.ToUnixTimeSeconds()] = new Dictionary<string, long> { ["x"] = 40, [string.Empty] = 2 } },
            Latest = WireInstant.From(March5),
            ClosedUntil = WireInstant.From(March5),
            History = [bucket],
        });
        ShouldRoundTrip(json, new ObjectivesState
        {
            Snapshots =
            [
                new ObjectiveSnapshotWire
                {
                    ObjectiveId = "posting", ParentId = "awareness", Indicator = "posting-frequency", Status = 2, Reason = 1, Progress = 0.4, ExpectedProgress = 0.5,
                    Value = 12.5, Period = WirePeriod.From(ReportingPeriod.Month(2026, 3)), IsMeasured = true, AsOf = WireDate.From(new LocalDate(2026, 4, 1)),
                    EvaluatedAt = WireInstant.From(March5), Explanation = "Behind the pace.",
                },
            ],
            AlertsSent = ["posting/behind-pace/2026-03-01"],
        });
    }

    private static void ShouldRoundTrip<T>(JsonGrainStorageSerializer json, T state)
    {
        var read = json.Deserialize<T>(json.Serialize(state));
        read.Should().BeEquivalentTo(state, options => options.ComparingByMembers<T>().ComparingByMembers<SocialPostSurrogate>(), typeof(T).Name);
    }
}
