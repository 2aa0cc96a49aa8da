using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Orleans.Tests;

/// <summary>
/// Records sent to three silos in batches, some of them at once, give for every mergeable calculator, cadence and
/// split the results of one in-process pass over the same records.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OnePassEqualityTests(ClusterFixture fixture)
{
    private const string Brand = "equality";
    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate April30 = new(2026, 4, 30);
    private static readonly SocialPost[] Posts = Records.Posts(3_000, seed: 1);
    private static readonly Mention[] Mentions = Records.Mentions(4_000, seed: 2);
    private static readonly SemaphoreSlim Sending = new(1, 1);
    private static bool _sent;

    public static TheoryData<Cadence, bool> Cadences => new()
    {
        { Cadence.Day, false },
        { Cadence.Week, true },
        { Cadence.Month, false },
        { Cadence.Month, true },
        { Cadence.Quarter, false },
        { Cadence.Custom, true },
    };

    [Theory]
    [MemberData(nameof(Cadences))]
    public async Task EveryMergeableCalculator_EqualsOnePass(Cadence cadence, bool byChannel)
    {
        await SendOnceAsync();
        var (brand, posts, mentions) = (Brand, Posts, Mentions);

        // A range that cuts a week and a month in two, as a query may.
        var (start, end) = cadence == Cadence.Day ? (March1, April30) : (new LocalDate(2026, 3, 4), new LocalDate(2026, 4, 20));
        var registry = KpiCalculatorRegistry.CreateDefault(new ReportingCalendar(ClusterFixture.Paris));
        var mergeable = new MergeableIndicators(registry);
        var compared = 0;
        foreach (var indicator in mergeable.Posts.Concat(mergeable.Mentions).Where(indicator => !indicator.IsMentionVolume))
        {
            var split = byChannel && indicator.SplitsByChannel;
            var expected = OnePass.Results(registry.Get(indicator.Key), posts, mentions, cadence, start, end, split);
            var actual = await fixture.Client.QueryAsync(brand, indicator.Key, cadence, start, end, split);
            actual.ShouldEqual(expected, $"{indicator.Key} by {cadence}{(split ? " and channel" : string.Empty)}");
            expected.Should().NotBeEmpty();
            compared++;
        }

        compared.Should().Be(mergeable.Keys.Count() - 1, "every mergeable indicator but mention volume, a series, was compared");
    }

    [Fact]
    public void TheMergeableIndicators_AreThePostRatiosNotOverFollowers_PostingFrequency_AndTheMentionCounts()
    {
        var mergeable = new MergeableIndicators(KpiCalculatorRegistry.CreateDefault());

        mergeable.Keys.Select(key => key.Value).Should().BeEquivalentTo(
            "engagement-rate", "frequency", "average-reach-per-post", "conversation-rate", "amplification-rate",
            "applause-rate", "virality-rate", "posting-frequency", "mention-volume", "mention-engagement-rate");
    }

    /// <summary>
    /// Sends the records once for every case: posts and mentions shuffled, so that each batch touches most partitions,
    /// by four senders at once.
    /// </summary>
    private async Task SendOnceAsync()
    {
        await Sending.WaitAsync();
        try
        {
            if (_sent)
            {
                return;
            }

            var batches = Records.Batches(Posts, 250).Select((part, i) => new ActivityBatch($"posts-{i}", posts: part))
                .Concat(Records.Batches(Mentions, 400).Select((part, i) => new ActivityBatch($"mentions-{i}", mentions: part)))
                .ToList();
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async sender =>
            {
                foreach (var batch in batches.Where((_, i) => i % 4 == sender))
                {
                    await fixture.Client.IngestAsync(Brand, batch);
                }
            }));
            _sent = true;
        }
        finally
        {
            Sending.Release();
        }
    }

    [Theory]
    [InlineData(Cadence.Day)]
    [InlineData(Cadence.Week)]
    [InlineData(Cadence.Month)]
    public async Task MentionSeries_EqualsOnePass(Cadence cadence)
    {
        var brand = $"series-{cadence}";
        var mentions = Records.Mentions(5_000, seed: 3);
        foreach (var (batch, i) in Records.Batches(mentions, 700).Select((part, i) => (part, i)))
        {
            await fixture.Client.IngestAsync(brand, new ActivityBatch($"b{i}", mentions: batch));
        }

        var volume = new MentionVolumeCalculator(calendar: new ReportingCalendar(ClusterFixture.Paris));
        var (start, end) = (new LocalDate(2026, 3, 10), new LocalDate(2026, 4, 8));

        var series = await fixture.Client.MentionSeriesAsync(brand, cadence, start, end);

        series.Should().Equal(volume.Series(mentions, cadence, start, end));
        series.Sum(point => point.Count).Should().BeGreaterThan(0);
    }
}
