using System.Collections.Frozen;
using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>
/// Audience snapshots indexed by channel and time, to find the followers at any instant: the latest
/// snapshot taken at or before it.
/// </summary>
/// <remarks>
/// Built once from the snapshots in any order; lookups are binary searches. Immutable and thread-safe.
/// Two different snapshots of one channel at the same instant are refused; identical ones are kept once.
/// </remarks>
public sealed class AudienceHistory
{
    private readonly FrozenDictionary<Channel, AudienceSnapshot[]> _byChannel;

    /// <summary>Creates the index.</summary>
    /// <param name="snapshots">The snapshots, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshots"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">Two different snapshots of one channel share an instant.</exception>
    public AudienceHistory(IEnumerable<AudienceSnapshot> snapshots)
    {
        Preconditions.NotNull(snapshots);
        var byChannel = new Dictionary<Channel, List<AudienceSnapshot>>();
        foreach (var snapshot in snapshots)
        {
            Preconditions.Check(snapshot is not null, "snapshots must not contain null.", nameof(snapshots));
            if (!byChannel.TryGetValue(snapshot.Channel, out var list))
            {
                list = [];
                byChannel.Add(snapshot.Channel, list);
            }

            list.Add(snapshot);
        }

        _byChannel = byChannel.ToFrozenDictionary(pair => pair.Key, pair => SortAndCheck(pair.Value));
        Count = _byChannel.Values.Sum(list => list.Length);
    }

    /// <summary>Gets an index with no snapshot.</summary>
    public static AudienceHistory Empty { get; } = new([]);

    /// <summary>Gets the number of distinct snapshots.</summary>
    public int Count { get; }

    /// <summary>Gets the channels that have at least one snapshot.</summary>
    public IEnumerable<Channel> Channels => _byChannel.Keys;

    /// <summary>Returns the latest snapshot of <paramref name="channel"/> taken at or before <paramref name="instant"/>.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="instant">The instant.</param>
    /// <returns>The snapshot, or null when none was taken by then.</returns>
    public AudienceSnapshot? AtOrBefore(Channel channel, Instant instant)
    {
        if (!_byChannel.TryGetValue(channel, out var snapshots))
        {
            return null;
        }

        var index = LastIndexAtOrBefore(snapshots, instant);
        return index >= 0 ? snapshots[index] : null;
    }

    /// <summary>
    /// Returns what <see cref="AtOrBefore(Channel, Instant)"/> returns, and the span of instants, from
    /// <paramref name="from"/> inclusive to <paramref name="until"/> exclusive, for which it returns the same.
    /// </summary>
    internal AudienceSnapshot? AtOrBefore(Channel channel, Instant instant, out Instant from, out Instant until)
    {
        (from, until) = (Instant.MinValue, Instant.MaxValue);
        if (!_byChannel.TryGetValue(channel, out var snapshots))
        {
            return null;
        }

        var index = LastIndexAtOrBefore(snapshots, instant);
        if (index + 1 < snapshots.Length)
        {
            until = snapshots[index + 1].TakenAt;
        }

        if (index < 0)
        {
            return null;
        }

        from = snapshots[index].TakenAt;
        return snapshots[index];
    }

    /// <summary>Returns the snapshots of <paramref name="channel"/> taken after <paramref name="after"/> and at or before <paramref name="until"/>, in time order.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="after">The exclusive start.</param>
    /// <param name="until">The inclusive end.</param>
    /// <returns>The snapshots.</returns>
    public IEnumerable<AudienceSnapshot> Between(Channel channel, Instant after, Instant until)
    {
        if (!_byChannel.TryGetValue(channel, out var snapshots))
        {
            yield break;
        }

        for (var i = LastIndexAtOrBefore(snapshots, after) + 1; i < snapshots.Length && snapshots[i].TakenAt <= until; i++)
        {
            yield return snapshots[i];
        }
    }

    private static int LastIndexAtOrBefore(AudienceSnapshot[] snapshots, Instant instant)
    {
        int low = 0, high = snapshots.Length - 1, found = -1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            if (snapshots[middle].TakenAt <= instant)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    private static AudienceSnapshot[] SortAndCheck(List<AudienceSnapshot> snapshots)
    {
        snapshots.Sort((a, b) => a.TakenAt.CompareTo(b.TakenAt));
        var distinct = new List<AudienceSnapshot>(snapshots.Count);
        foreach (var snapshot in snapshots)
        {
            if (distinct.Count > 0 && distinct[^1].TakenAt == snapshot.TakenAt)
            {
                Preconditions.Check(
                    distinct[^1].Equals(snapshot),
                    $"Two different audience snapshots of {snapshot.Channel} at {snapshot.TakenAt}: {distinct[^1].Followers} and {snapshot.Followers} followers.",
                    "snapshots");
                continue;
            }

            distinct.Add(snapshot);
        }

        return [.. distinct];
    }
}
