using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Orleans.Tests;

/// <summary>A batch delivered twice, a record in two batches, and a record twice in one batch each count once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ExactlyOnceTests(ClusterFixture fixture)
{
    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate April30 = new(2026, 4, 30);
    private static readonly LocalDate June30 = new(2026, 6, 30);

    [Fact]
    public async Task ABatchDeliveredTwice_CountsOnce_AndGetsItsFirstReceipt()
    {
        const string brand = "twice";
        var batch = new ActivityBatch("batch-1", Records.Posts(200, seed: 11), Records.Mentions(300, seed: 12));

        var first = await fixture.Client.IngestAsync(brand, batch);
        var second = await fixture.Client.IngestAsync(brand, batch);

        first.Should().BeEquivalentTo(new { IsRepeatedBatch = false, PostsCounted = 200, PostsAlreadyCounted = 0, MentionsCounted = 300, MentionsAlreadyCounted = 0 });
        second.Should().BeEquivalentTo(first with { IsRepeatedBatch = true });
        (await PostCount(brand)).Should().Be(200);
        (await MentionCount(brand)).Should().Be(batch.Mentions.Count(mention => mention.Subject.IsCompany));
    }

    [Fact]
    public async Task ARecordInTwoBatches_CountsOnce()
    {
        const string brand = "overlap";
        var posts = Records.Posts(300, seed: 13);

        var first = await fixture.Client.IngestAsync(brand, new ActivityBatch("a", posts[..200]));
        var second = await fixture.Client.IngestAsync(brand, new ActivityBatch("b", posts[150..]));

        first.PostsCounted.Should().Be(200);
        second.Should().BeEquivalentTo(new { IsRepeatedBatch = false, PostsCounted = 100, PostsAlreadyCounted = 50 });
        (await PostCount(brand)).Should().Be(300);
    }

    [Fact]
    public async Task ACopyInTheSameBatch_CountsOnce_EvenOnAnotherDay_AndTheSameIdOnAnotherChannelIsAnotherPost()
    {
        const string brand = "copies";
        var post = new SocialPost("p1", Channel.Instagram, Instant.FromUtc(2026, 3, 5, 10, 0), counters: new PostCounters { Reach = 100, Reactions = 5, Comments = 1, Shares = 0 });
        var movedDay = new SocialPost("p1", Channel.Instagram, Instant.FromUtc(2026, 3, 20, 10, 0), counters: post.Counters);
        var otherChannel = new SocialPost("p1", Channel.X, Instant.FromUtc(2026, 3, 20, 10, 0), counters: post.Counters);

        var receipt = await fixture.Client.IngestAsync(brand, new ActivityBatch("c", [post, post, movedDay, otherChannel]));

        // One pass too counts a post per channel and id: one on Instagram, one on X, in March.
        receipt.Should().BeEquivalentTo(new { PostsCounted = 2, PostsAlreadyCounted = 2, PostsRestated = 0 });
        var byChannel = await fixture.Client.QueryAsync(brand, IndicatorKeys.PostingFrequency, Cadence.Month, March1, April30, byChannel: true);
        byChannel.Select(result => (result.Channel, result.Inputs.RecordsUsed)).Should().Equal((Channel.Instagram, 1L), (Channel.X, 1L));
    }

    [Fact]
    public async Task ARecordOutsideTheReportingPeriods_IsRejectedWithItsReason_AndTheOthersCount()
    {
        const string brand = "far";
        var far = new Mention("far-1", Instant.FromUtc(9999, 6, 1, 0, 0), MentionSourceType.News, "someone");
        var near = Records.Mentions(10, seed: 14);

        var receipt = await fixture.Client.IngestAsync(brand, new ActivityBatch("d", mentions: [.. near, far]));

        receipt.MentionsCounted.Should().Be(10);
        receipt.Rejected.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = "mention", Id = "far-1" });
        receipt.Rejected[0].Reason.Should().Contain("9999-06-01").And.Contain("outside the reporting periods");
    }

    [Fact]
    public async Task BadArguments_AreRefusedWithWhatIsWrong()
    {
        var client = fixture.Client;
        var batch = new ActivityBatch("e", Records.Posts(1, seed: 15));

        await client.Invoking(c => c.IngestAsync(" ", batch)).Should().ThrowAsync<ArgumentException>().WithParameterName("brand");
        await client.Invoking(c => c.IngestAsync("x", new ActivityBatch("big", Records.Posts(100_001, seed: 16))))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*100001 records, more than KpiClusterOptions.MaxBatchSize (100000)*");
        await client.Invoking(c => c.QueryAsync("x", new IndicatorKey("no-such-kpi"), Cadence.Month, March1, April30))
            .Should().ThrowAsync<KeyNotFoundException>().WithMessage("*'no-such-kpi'*engagement-rate*");
        await client.Invoking(c => c.QueryAsync("x", IndicatorKeys.ReachRate, Cadence.Month, March1, April30))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*cannot compute 'reach-rate'*do not merge*");
        await client.Invoking(c => c.QueryAsync("x", IndicatorKeys.MentionVolume, Cadence.Month, March1, April30))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*MentionSeriesAsync*");
        await client.Invoking(c => c.QueryAsync("x", IndicatorKeys.MentionEngagementRate, Cadence.Month, March1, April30, byChannel: true))
            .Should().ThrowAsync<ArgumentException>().WithMessage("*cannot be split by channel*");
        await client.Invoking(c => c.QueryAsync("x", IndicatorKeys.EngagementRate, Cadence.Month, April30, March1))
            .Should().ThrowAsync<ArgumentException>().WithMessage("end (2026-03-01) must not be before start (2026-04-30)*");
        FluentActions.Invoking(() => new ActivityBatch("f", posts: [null!])).Should().Throw<ArgumentException>().WithMessage("posts must not contain null (index 0)*");
        FluentActions.Invoking(() => new ActivityBatch(" ")).Should().Throw<ArgumentException>().WithParameterName("id");
    }

    [Fact]
    public async Task AnEmptyBrand_GivesNoResults_AndAnEmptySeries()
    {
        var results = await fixture.Client.QueryAsync("nobody", IndicatorKeys.EngagementRate, Cadence.Month, March1, April30);
        var series = await fixture.Client.MentionSeriesAsync("nobody", Cadence.Month, March1, April30);

        results.Should().BeEmpty();
        series.Select(point => point.Count).Should().Equal(0, 0);
    }

    private async Task<long> PostCount(string brand) =>
        (await fixture.Client.QueryAsync(brand, IndicatorKeys.PostingFrequency, Cadence.Quarter, March1, June30)).Sum(result => result.Inputs.RecordsUsed);

    private async Task<long> MentionCount(string brand) =>
        (await fixture.Client.MentionSeriesAsync(brand, Cadence.Quarter, March1, June30)).Sum(point => point.Count);
}
