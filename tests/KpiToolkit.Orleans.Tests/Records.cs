using KpiToolkit.Activity;

namespace KpiToolkit.Orleans.Tests;

/// <summary>Made-up posts and mentions, the same for a given seed, with the cases a pass must get right.</summary>
internal static class Records
{
    private static readonly Channel[] PostChannels = [Channel.Instagram, Channel.LinkedIn, Channel.X, new("instagram")];
    private static readonly Channel?[] MentionChannels = [Channel.X, Channel.Facebook, null, Channel.Blog];

    /// <summary>
    /// Posts from 1 March to 30 April 2026 in Paris (across the change to summer time on 29 March): about 3 % lack a
    /// counter, 2 % reached nobody, and "instagram" is spelled two ways.
    /// </summary>
    public static SocialPost[] Posts(int count, int seed)
    {
        var random = new Random(seed);
        var start = Instant.FromUtc(2026, 2, 28, 23, 0);
        var span = Duration.FromDays(61).TotalTicks;
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var reach = random.Next(50) == 0 ? 0 : random.Next(100, 50_000);
            var counters = new PostCounters
            {
                Reach = reach,
                Impressions = reach + random.Next(0, 20_000),
                Reactions = random.Next(33) == 0 ? null : random.Next(0, 2_000),
                Comments = random.Next(0, 200),
                Shares = random.Next(0, 100),
                Clicks = random.Next(0, 500),
                Saves = random.Next(0, 50),
                VideoViews = random.Next(0, 5_000),
            };
            return new SocialPost(
                $"post-{seed}-{i}",
                PostChannels[random.Next(PostChannels.Length)],
                start + Duration.FromTicks((long)(random.NextDouble() * span)),
                PostFormat.Photo,
                counters: counters);
        })];
    }

    /// <summary>Mentions over the same two months: a fifth about a competitor, some without a channel or counters.</summary>
    public static Mention[] Mentions(int count, int seed)
    {
        var random = new Random(seed);
        var start = Instant.FromUtc(2026, 2, 28, 23, 0);
        var span = Duration.FromDays(61).TotalTicks;
        return [.. Enumerable.Range(0, count).Select(i => new Mention(
            $"mention-{seed}-{i}",
            start + Duration.FromTicks((long)(random.NextDouble() * span)),
            MentionSourceType.SocialNetwork,
            $"author-{random.Next(40)}",
            random.Next(5) == 0 ? Subject.Competitor("Rival") : Subject.Company,
            (Sentiment)random.Next(4),
            MentionChannels[random.Next(MentionChannels.Length)],
            potentialReach: random.Next(10) == 0 ? null : random.Next(0, 100_000),
            reactions: random.Next(10) == 0 ? null : random.Next(0, 300),
            comments: random.Next(0, 40),
            shares: random.Next(0, 20)))];
    }

    /// <summary>Mentions of a stream from 1 March 2026 (Paris), in time order, spread over some days.</summary>
    public static Mention[] Stream(int count, int seed, int days)
    {
        var mentions = Mentions(count, seed);
        var start = Instant.FromUtc(2026, 2, 28, 23, 0);
        var span = Duration.FromDays(days).TotalTicks;
        var random = new Random(seed + 1);
        return [.. mentions
            .Select(mention => new Mention(
                mention.Id, start + Duration.FromTicks((long)(random.NextDouble() * span)), mention.SourceType, mention.Author, mention.Subject,
                mention.Sentiment, mention.Channel, mention.PotentialReach, mention.Reactions, mention.Comments, mention.Shares))
            .OrderBy(mention => mention.PublishedAt)];
    }

    /// <summary>Cuts records into batches of a size, in order.</summary>
    public static IEnumerable<T[]> Batches<T>(IReadOnlyList<T> records, int size) => records.Chunk(size);
}
