using System.Runtime.InteropServices;
using KpiToolkit.Activity;

namespace KpiToolkit.Benchmarks.Data;

/// <summary>The bits of <see cref="CompactPost.Reported"/> and <see cref="CompactMention.Reported"/>: which counters a record has.</summary>
public static class CounterBits
{
    /// <summary>Reach (posts) or potential reach (mentions).</summary>
    public const int Reach = 1;

    /// <summary>Reactions.</summary>
    public const int Reactions = 2;

    /// <summary>Comments.</summary>
    public const int Comments = 4;

    /// <summary>Shares.</summary>
    public const int Shares = 8;

    /// <summary>Impressions (posts only).</summary>
    public const int Impressions = 16;

    /// <summary>Reactions, comments and shares: the interactions of an engagement rate.</summary>
    public const int Interactions = Reactions | Comments | Shares;
}

/// <summary>
/// A post as a performance engineer would lay it out for one-pass aggregation: 56 bytes, no reference, the
/// publication instant as Unix ticks (UTC), the channel as an index into a small table, each counter a
/// <see cref="long"/> (0 when not reported) and a bit mask of the counters reported (<see cref="CounterBits"/>).
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct CompactPost
{
    /// <summary>Gets the publication instant, in ticks since the Unix epoch.</summary>
    public long PublishedTicks { get; init; }

    /// <summary>Gets the reach, 0 when not reported.</summary>
    public long Reach { get; init; }

    /// <summary>Gets the reactions, 0 when not reported.</summary>
    public long Reactions { get; init; }

    /// <summary>Gets the comments, 0 when not reported.</summary>
    public long Comments { get; init; }

    /// <summary>Gets the shares, 0 when not reported.</summary>
    public long Shares { get; init; }

    /// <summary>Gets the impressions, 0 when not reported.</summary>
    public long Impressions { get; init; }

    /// <summary>Gets the index of the channel in <see cref="CompactPosts.Channels"/>.</summary>
    public int Channel { get; init; }

    /// <summary>Gets which counters are reported, as <see cref="CounterBits"/>.</summary>
    public int Reported { get; init; }
}

/// <summary>
/// A mention laid out the same way: 48 bytes, the publication instant as Unix ticks, the subject as an index (0 for
/// the company), each counter a <see cref="long"/> (0 when not reported) and a bit mask of the counters reported.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
public readonly record struct CompactMention
{
    /// <summary>Gets the publication instant, in ticks since the Unix epoch.</summary>
    public long PublishedTicks { get; init; }

    /// <summary>Gets the potential reach, 0 when not reported.</summary>
    public long PotentialReach { get; init; }

    /// <summary>Gets the reactions, 0 when not reported.</summary>
    public long Reactions { get; init; }

    /// <summary>Gets the comments, 0 when not reported.</summary>
    public long Comments { get; init; }

    /// <summary>Gets the shares, 0 when not reported.</summary>
    public long Shares { get; init; }

    /// <summary>Gets the subject: 0 for the company, then 1, 2… for the competitors in the order first met.</summary>
    public int Subject { get; init; }

    /// <summary>Gets which counters are reported, as <see cref="CounterBits"/> (<see cref="CounterBits.Reach"/> for the potential reach).</summary>
    public int Reported { get; init; }
}

/// <summary>Posts as an array of <see cref="CompactPost"/>, with the table their channel indexes point into.</summary>
/// <param name="Posts">The posts, in the order given.</param>
/// <param name="Channels">The channels, sorted by name: so groups taken in index order come out in the library's order.</param>
public sealed record CompactPosts(CompactPost[] Posts, Channel[] Channels)
{
    /// <summary>Copies posts into the compact layout.</summary>
    /// <param name="posts">The posts.</param>
    /// <returns>The compact posts.</returns>
    public static CompactPosts From(IReadOnlyList<SocialPost> posts)
    {
        var channels = posts.Select(post => post.Channel).Distinct().Order().ToArray();
        var indexes = new Dictionary<Channel, int>();
        for (var c = 0; c < channels.Length; c++)
        {
            indexes.Add(channels[c], c);
        }

        var compact = new CompactPost[posts.Count];
        for (var i = 0; i < compact.Length; i++)
        {
            var post = posts[i];
            var counters = post.Counters;
            compact[i] = new CompactPost
            {
                PublishedTicks = post.PublishedAt.ToUnixTimeTicks(),
                Reach = counters.Reach ?? 0,
                Reactions = counters.Reactions ?? 0,
                Comments = counters.Comments ?? 0,
                Shares = counters.Shares ?? 0,
                Impressions = counters.Impressions ?? 0,
                Channel = indexes[post.Channel],
                Reported = Bit(counters.Reach, CounterBits.Reach) | Bit(counters.Reactions, CounterBits.Reactions) |
                    Bit(counters.Comments, CounterBits.Comments) | Bit(counters.Shares, CounterBits.Shares) | Bit(counters.Impressions, CounterBits.Impressions),
            };
        }

        return new CompactPosts(compact, channels);
    }

    private static int Bit(long? counter, int bit) => counter is null ? 0 : bit;
}

/// <summary>Mentions as an array of <see cref="CompactMention"/>, with the table their subject indexes point into.</summary>
/// <param name="Mentions">The mentions, in the order given.</param>
/// <param name="Subjects">The subjects: the company first, then the competitors in the order first met.</param>
public sealed record CompactMentions(CompactMention[] Mentions, Activity.Subject[] Subjects)
{
    /// <summary>Copies mentions into the compact layout.</summary>
    /// <param name="mentions">The mentions.</param>
    /// <returns>The compact mentions.</returns>
    public static CompactMentions From(IReadOnlyList<Mention> mentions)
    {
        var subjects = new List<Activity.Subject> { Activity.Subject.Company };
        var indexes = new Dictionary<Activity.Subject, int> { [Activity.Subject.Company] = 0 };
        var compact = new CompactMention[mentions.Count];
        for (var i = 0; i < compact.Length; i++)
        {
            var mention = mentions[i];
            if (!indexes.TryGetValue(mention.Subject, out var subject))
            {
                subject = subjects.Count;
                indexes.Add(mention.Subject, subject);
                subjects.Add(mention.Subject);
            }

            compact[i] = new CompactMention
            {
                PublishedTicks = mention.PublishedAt.ToUnixTimeTicks(),
                PotentialReach = mention.PotentialReach ?? 0,
                Reactions = mention.Reactions ?? 0,
                Comments = mention.Comments ?? 0,
                Shares = mention.Shares ?? 0,
                Subject = subject,
                Reported = Bit(mention.PotentialReach, CounterBits.Reach) | Bit(mention.Reactions, CounterBits.Reactions) |
                    Bit(mention.Comments, CounterBits.Comments) | Bit(mention.Shares, CounterBits.Shares),
            };
        }

        return new CompactMentions(compact, [.. subjects]);
    }

    private static int Bit(long? counter, int bit) => counter is null ? 0 : bit;
}
