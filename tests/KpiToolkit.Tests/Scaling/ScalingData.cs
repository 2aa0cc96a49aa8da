using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Scaling;

/// <summary>Random posts and mentions for the scaling properties, around the spring daylight-saving change in Paris.</summary>
internal static class ScalingData
{
    public static readonly ReportingCalendar Paris = new(Zones.Paris);

    // The last two are one host channel spelled in two cases: equal, but not the same text (built-in names are respelled).
    public static readonly Channel[] Channels = [Channel.Instagram, Channel.LinkedIn, Channel.X, new("Newsletter"), new("newsletter")];

    // 1 February to 1 May 2026 (the clocks go forward on 29 March), in minutes.
    private static readonly Instant Start = Instant.FromUtc(2026, 2, 1, 0, 0);
    private const int Minutes = 89 * 24 * 60;

    public static readonly AudienceSnapshot[] Snapshots =
    [
        new AudienceSnapshot(Channel.Instagram, Instant.FromUtc(2026, 1, 20, 0, 0), 1_000),
        new AudienceSnapshot(Channel.Instagram, Instant.FromUtc(2026, 3, 10, 0, 0), 2_500),
        new AudienceSnapshot(Channel.LinkedIn, Instant.FromUtc(2026, 2, 15, 0, 0), 0),
        new AudienceSnapshot(Channel.LinkedIn, Instant.FromUtc(2026, 3, 20, 0, 0), 700),
    ];

    public static readonly AudienceHistory Audience = new(Snapshots);

    public static Gen<long?> Counter =>
        Gen.Frequency(
            (1, Gen.Constant<long?>(null)),
            (1, Gen.Constant<long?>(0)),
            (6, Gen.Choose(1, 100_000).Select(v => (long?)v)),
            (1, Gen.Choose(1, 1_000_000).Select(v => (long?)(v * 1_000_000_000L))));

    public static Gen<Instant> When => Gen.Choose(0, Minutes).Select(minute => Start + Duration.FromMinutes(minute));

    public static Gen<SocialPost> PostGen =>
        from id in Gen.Choose(0, int.MaxValue)
        from channel in Gen.Elements(Channels)
        from at in When
        from reactions in Counter
        from comments in Counter
        from shares in Counter
        from reach in Counter
        from impressions in Counter
        select new SocialPost($"p{id}", channel, at, counters: new PostCounters
        {
            Reactions = reactions, Comments = comments, Shares = shares, Reach = reach, Impressions = impressions,
        });

    public static Gen<Mention> MentionGen =>
        from id in Gen.Choose(0, int.MaxValue)
        from at in When
        from subject in Gen.Elements(Subject.Company, Subject.Competitor("Rival"))
        from channel in Gen.Elements<Channel?>(null, Channel.X, Channel.Instagram)
        from reach in Counter
        from reactions in Counter
        from comments in Counter
        from shares in Counter
        select new Mention($"m{id}", at, MentionSourceType.SocialNetwork, "author", subject, channel: channel, potentialReach: reach, reactions: reactions, comments: comments, shares: shares);

    /// <summary>Records, with the part (0 to k − 1) each goes to and the order the parts are merged in.</summary>
    public static Gen<Split<T>> SplitOf<T>(Gen<T> record) =>
        from records in Gen.ListOf(record)
        from k in Gen.Choose(1, 6)
        from parts in Gen.ArrayOf(Gen.Choose(0, k - 1), records.Count)
        from order in Gen.Shuffle(Enumerable.Range(0, k).ToArray())
        select new Split<T>([.. records], k, parts, order);

    public static void ShouldBeRelativelyClose(double? actual, double? expected)
    {
        if (expected is null)
        {
            actual.Should().BeNull();
            return;
        }

        actual.Should().NotBeNull();
        actual!.Value.Should().BeApproximately(expected.Value, 1e-12 * Math.Max(Math.Abs(expected.Value), double.Epsilon));
    }
}

/// <summary>Records split into k parts, merged in <see cref="Order"/>.</summary>
internal sealed record Split<T>(T[] Records, int K, int[] Parts, int[] Order)
{
    public IEnumerable<T> Part(int part) => Records.Where((_, i) => Parts[i] == part);

    /// <summary>Merges the parts' results in the shuffled order, as a left fold or as a balanced tree, so associativity is exercised too.</summary>
    public TResult MergeParts<TResult>(Func<IEnumerable<T>, TResult> read, Func<TResult, TResult, TResult> merge, bool asTree)
    {
        var results = Order.Select(part => read(Part(part))).ToArray();
        return asTree ? Tree(results, 0, results.Length, merge) : results.Aggregate(merge);
    }

    private static TResult Tree<TResult>(TResult[] results, int start, int end, Func<TResult, TResult, TResult> merge) =>
        end - start == 1 ? results[start] : merge(Tree(results, start, (start + end) / 2, merge), Tree(results, (start + end) / 2, end, merge));
}
