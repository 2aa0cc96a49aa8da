using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Scaling;

/// <summary>
/// Grouping by channel must not depend on how the channel names were created: shared strings, a new string per
/// post (as a file reader makes them), other casing, or hundreds of channels.
/// </summary>
public class ChannelGroupingTests
{
    private static readonly Instant March = Instant.FromUtc(2026, 3, 10, 12, 0);

    [Fact]
    public void PostsOfOneChannel_GroupTogether_WhateverTheirStringInstanceOrCase()
    {
        // A host's own channel: Channel keeps its spelling, so each post really holds another string instance and case.
        string[] spellings = ["Newsletter", "newsletter", "NEWSLETTER"];
        var posts = Enumerable.Range(0, 1_000)
            .Select(i => new SocialPost($"p{i}", new Channel(new string(spellings[i % 3].AsSpan())), March))
            .Concat(Enumerable.Range(0, 10).Select(i => new SocialPost($"x{i}", Channel.X, March)))
            .ToArray();

        var counts = new PostingFrequencyCalculator(new PostingFrequencyOptions { Unit = FrequencyUnit.Day }).CalculateByPeriodAndChannel(posts, Cadence.Month);

        counts.Select(r => (r.Channel!.Value.Name, r.Inputs.RecordsUsed)).Should().Equal(("Newsletter", 1_000L), ("X", 10L));
    }

    [Fact]
    public void HundredsOfChannels_InAnyOrder_AreEachCountedApart()
    {
        var random = new Random(7);
        var posts = Enumerable.Range(0, 20_000)
            .Select(i => new SocialPost($"p{i}", new Channel($"site-{random.Next(400):D3}"), March))
            .ToArray();
        var expected = posts.GroupBy(p => p.Channel).OrderBy(g => g.Key).Select(g => (g.Key.Name, (long)g.Count()));

        var counts = new PostingFrequencyCalculator().CalculateByPeriodAndChannel(posts, Cadence.Month);

        counts.Select(r => (r.Channel!.Value.Name, r.Inputs.RecordsUsed)).Should().Equal(expected);
    }
}
