using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// One pass over posts that keeps one state per (period, channel) group: the grouping every post
/// calculator shares. Memory grows with the number of groups, not of posts.
/// </summary>
/// <typeparam name="TState">The state kept per group.</typeparam>
internal sealed class PostGrouper<TState>
    where TState : class
{
    private readonly PeriodAssignment _assignment;
    private readonly bool _byChannel;
    private readonly Func<ReportingPeriod, Instant, TState> _create;
    private readonly Dictionary<(ReportingPeriod Period, Channel Channel), TState> _groups = [];

    public PostGrouper(PeriodAssignment assignment, bool byChannel, Func<ReportingPeriod, Instant, TState> create)
    {
        _assignment = assignment;
        _byChannel = byChannel;
        _create = create;
    }

    /// <summary>Gets whether the input held at least one post, inside the periods or not.</summary>
    public bool SawAnyPost { get; private set; }

    /// <summary>Reads every post and calls <paramref name="add"/> with the state of its group; posts outside a fixed period are passed over.</summary>
    public void AddAll(IEnumerable<SocialPost> posts, Action<TState, SocialPost> add)
    {
        Preconditions.NotNull(posts);
        foreach (var post in posts)
        {
            Preconditions.Check(post is not null, "posts must not contain null.", nameof(posts));
            SawAnyPost = true;
            if (_assignment.PeriodOf(post.PublishedAt) is not { } period)
            {
                continue;
            }

            var key = (period.Period, _byChannel ? post.Channel : default);
            if (!_groups.TryGetValue(key, out var state))
            {
                state = _create(period.Period, period.End);
                _groups.Add(key, state);
            }

            add(state, post);
        }
    }

    /// <summary>Returns the groups in time order, then by channel name; the channel is null when not grouping by channel.</summary>
    public IEnumerable<(ReportingPeriod Period, Channel? Channel, TState State)> Groups() =>
        _groups
            .OrderBy(pair => pair.Key.Period)
            .ThenBy(pair => pair.Key.Channel)
            .Select(pair => (pair.Key.Period, _byChannel ? pair.Key.Channel : (Channel?)null, pair.Value));
}
