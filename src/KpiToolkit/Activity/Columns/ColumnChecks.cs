using NodaTime;

namespace KpiToolkit.Activity;

/// <summary>The checks every set of columns runs on arrays a host hands in.</summary>
internal static class ColumnChecks
{
    private static readonly long MinTicks = Instant.MinValue.ToUnixTimeTicks();
    private static readonly long MaxTicks = Instant.MaxValue.ToUnixTimeTicks();

    /// <summary>Checks that the channels are distinct and not empty, and copies them.</summary>
    public static Channel[] Channels(IReadOnlyList<Channel> channels, string parameterName)
    {
        Channel[] copy = [.. channels];
        var seen = new HashSet<Channel>();
        foreach (var channel in copy)
        {
            Preconditions.Check(!channel.IsEmpty, $"{parameterName} must not hold the empty (default) channel.", parameterName);
            Preconditions.Check(seen.Add(channel), $"{parameterName} holds {channel} twice.", parameterName);
        }

        return copy;
    }

    /// <summary>Checks that every id points into a table of <paramref name="tableLength"/> entries (or is -1 when allowed).</summary>
    public static void Ids(ReadOnlySpan<int> ids, int tableLength, string parameterName, bool allowMissing)
    {
        var lowest = allowMissing ? -1 : 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (ids[i] < lowest || ids[i] >= tableLength)
            {
                throw new ArgumentException(
                    $"{parameterName} must hold indexes from {lowest} to {tableLength - 1}, but entry {i} is {ids[i]}.", parameterName);
            }
        }
    }

    /// <summary>Checks that every instant is within NodaTime's range.</summary>
    public static void Instants(ReadOnlySpan<long> ticks, string parameterName)
    {
        if (ticks.IsEmpty)
        {
            return;
        }

        long min = long.MaxValue, max = long.MinValue;
        foreach (var value in ticks)
        {
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        Preconditions.Check(
            min >= MinTicks && max <= MaxTicks,
            $"{parameterName} must hold Unix ticks between {MinTicks} and {MaxTicks} (NodaTime's range), but holds {(min < MinTicks ? min : max)}.",
            parameterName);
    }
}
