using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>The regularity of posting read from <see cref="PostColumns"/>.</summary>
public sealed partial class PostingRegularityCalculator
{
    /// <summary>Analyses the posts of the columns published in one period.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="channel">The channel to keep, or null for every channel.</param>
    /// <returns>The same regularity as <see cref="Analyze(IEnumerable{SocialPost}, ReportingPeriod, Channel?)"/> over the same posts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public PostingRegularity Analyze(PostColumns posts, ReportingPeriod period, Channel? channel = null)
    {
        Preconditions.NotNull(posts);
        Preconditions.NotNull(period);
        Preconditions.OptionalChannel(channel);
        var (from, until) = TicksOf(period);
        var kept = channel is { } only ? ColumnTables.IndexOf(posts.Channels, only) : -1;
        var instants = new List<Instant>();
        if (channel is null || kept >= 0)
        {
            var ticks = posts.PublishedAtTicks;
            var channels = posts.ChannelIds;
            for (var row = 0; row < ticks.Length; row++)
            {
                if (ticks[row] >= from && ticks[row] < until && (kept < 0 || channels[row] == kept))
                {
                    instants.Add(Instant.FromUnixTimeTicks(ticks[row]));
                }
            }
        }

        return Result(instants, posts.Count > 0, period, channel);
    }

    /// <summary>Analyses the posts of the columns published in one period for each channel that published in it.</summary>
    /// <param name="posts">The posts, in any order.</param>
    /// <param name="period">The reporting period.</param>
    /// <returns>One analysis per channel, ordered by channel name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="posts"/> or <paramref name="period"/> is null.</exception>
    public IReadOnlyList<PostingRegularity> AnalyzeByChannel(PostColumns posts, ReportingPeriod period)
    {
        Preconditions.NotNull(posts);
        var (from, until) = TicksOf(Preconditions.NotNull(period));
        var published = new bool[posts.Channels.Count];
        var ticks = posts.PublishedAtTicks;
        var channels = posts.ChannelIds;
        for (var row = 0; row < ticks.Length; row++)
        {
            published[channels[row]] |= ticks[row] >= from && ticks[row] < until;
        }

        return posts.Channels.Where((_, id) => published[id]).Order().Select(channel => Analyze(posts, period, channel)).ToList().AsReadOnly();
    }

    private (long From, long Until) TicksOf(ReportingPeriod period)
    {
        var interval = Calendar.ToInterval(period);
        return (interval.Start.ToUnixTimeTicks(), interval.End.ToUnixTimeTicks());
    }
}
