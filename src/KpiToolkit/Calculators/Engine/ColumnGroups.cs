using System.Runtime.CompilerServices;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// The grouping of a pass over columns: each record goes to a (period, channel) group numbered from 1, found from its
/// Unix ticks and channel id with two comparisons while records stay in one period; group 0 takes the records no
/// group wants (outside a fixed period, of a channel not asked for), so a loop can write to it without a branch.
/// The state of every group lives in one struct array, <see cref="States"/>.
/// </summary>
/// <typeparam name="TState">The state kept per group.</typeparam>
/// <remarks>Not thread-safe: one instance per pass.</remarks>
internal sealed class ColumnGroups<TState>
{
    private readonly PeriodAssignment _assignment;
    private readonly IReadOnlyList<Channel> _channels;
    private readonly int[] _columnOfChannel;
    private readonly int _width;
    private readonly bool _byChannel;
    private long _start;
    private long _end;
    private int _base = -1;
    private TState[] _states = new TState[1];

    /// <summary>Creates the grouping.</summary>
    /// <param name="assignment">How instants are assigned to periods.</param>
    /// <param name="channels">The channel table the records' channel ids point into.</param>
    /// <param name="byChannel">Whether each channel is a group of its own.</param>
    /// <param name="only">The one channel to keep, or null for every channel.</param>
    public ColumnGroups(PeriodAssignment assignment, IReadOnlyList<Channel> channels, bool byChannel, Channel? only = null)
    {
        _assignment = assignment;
        _channels = channels;
        _byChannel = byChannel;
        _columnOfChannel = new int[channels.Count];
        for (var id = 0; id < channels.Count; id++)
        {
            _columnOfChannel[id] = only is { } kept && channels[id] != kept ? -1 : byChannel ? id : 0;
        }

        _width = byChannel ? Math.Max(channels.Count, 1) : 1;
        ColumnIsChannelId = byChannel && only is null;
    }

    /// <summary>Gets whether a channel's column within a period's groups is its channel id: split by channel, every channel kept.</summary>
    public bool ColumnIsChannelId { get; }

    /// <summary>Gets the state of every group; index 0 is the group of the records no group wants. Read it again after <see cref="GroupOf(long, int)"/> or <see cref="GroupOf(long)"/>: it grows.</summary>
    public TState[] States => _states;

    /// <summary>Returns the group of a record, or 0 when no group wants it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GroupOf(long ticks, int channelId)
    {
        if ((ulong)(ticks - _start) >= (ulong)(_end - _start) && !MoveTo(ticks))
        {
            return 0;
        }

        var column = _columnOfChannel[channelId];
        return column < 0 ? 0 : _base + column;
    }

    /// <summary>Returns the group of a record by its ticks alone, or 0 outside a fixed period: for a pass not split by channel that filters channels itself, such as one over mentions, whose channel may be unknown.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int GroupOf(long ticks)
    {
        if ((ulong)(ticks - _start) >= (ulong)(_end - _start) && !MoveTo(ticks))
        {
            return 0;
        }

        return _base;
    }

    /// <summary>Gets the column of each channel id within a period's groups, or -1 for a channel no group wants: for loops that keep the period in locals.</summary>
    public ReadOnlySpan<int> ColumnOfChannel => _columnOfChannel;

    /// <summary>Gets <see cref="ColumnOfChannel"/> as its array, for a struct that keeps it.</summary>
    public int[] ColumnOfChannelTable => _columnOfChannel;

    /// <summary>
    /// Moves to the period of <paramref name="ticks"/> and returns its first group (add a channel's column to it) with
    /// its bounds; when no period wants the instant, a first group of -1 with the bounds of the stretch around it that no
    /// period holds (all periods known up front), or empty bounds, so the next record looks again.
    /// </summary>
    /// <param name="ticks">The record's Unix ticks.</param>
    /// <returns>The period's first group and bounds. Read <see cref="States"/> again afterwards: it may have grown.</returns>
    public PeriodRun Enter(long ticks)
    {
        if (MoveTo(ticks))
        {
            return new(_base, _start, _end - _start);
        }

        // No period wants the record: the run covers the stretch around it that no period holds, or the record alone.
        if (_assignment.TryGapAround(Instant.FromUnixTimeTicks(ticks), out var gapStart, out var gapEnd))
        {
            var start = gapStart.ToUnixTimeTicks();
            return new(-1, start, unchecked(gapEnd.ToUnixTimeTicks() - start));
        }

        return new(-1, 0, 0);
    }

    /// <summary>Returns the group of the period of <paramref name="slot"/> in a grouping not split by channel.</summary>
    public static int UnsplitGroupOf(int slot) => 1 + slot;

    /// <summary>Returns the group a record of <paramref name="channelId"/> would take in the period of <paramref name="slot"/>, or 0.</summary>
    public int GroupAt(int slot, int channelId)
    {
        var column = _columnOfChannel[channelId];
        return column < 0 ? 0 : 1 + (slot * _width) + column;
    }

    /// <summary>Returns every group whose state <paramref name="used"/> accepts, in time order, then by channel name; the channel is null when not grouping by channel.</summary>
    public List<(ReportingPeriod Period, Channel? Channel, int Group)> Groups(Func<TState, bool> used)
    {
        // The slots in time order and the columns in channel-name order give the groups in order without sorting them.
        var columns = Enumerable.Range(0, _width).ToArray();
        if (_byChannel)
        {
            Array.Sort(columns, (a, b) => _channels[a].CompareTo(_channels[b]));
        }

        var groups = new List<(ReportingPeriod Period, Channel? Channel, int Group)>(_assignment.Count * _width);
        foreach (var slot in _assignment.SlotsInTimeOrder)
        {
            foreach (var column in columns)
            {
                var group = 1 + (slot * _width) + column;
                if (group < _states.Length && used(_states[group]))
                {
                    groups.Add((_assignment.PeriodAt(slot), _byChannel ? _channels[column] : null, group));
                }
            }
        }

        return groups;
    }

    /// <summary>Gets the exclusive end instant of the period of a group.</summary>
    public Instant EndOf(int group) => _assignment.EndAt((group - 1) / _width);

    private bool MoveTo(long ticks)
    {
        var slot = _assignment.SlotOf(Instant.FromUnixTimeTicks(ticks));
        if (slot < 0)
        {
            return false;
        }

        _start = _assignment.StartAt(slot).ToUnixTimeTicks();
        _end = _assignment.EndAt(slot).ToUnixTimeTicks();
        _base = 1 + (slot * _width);
        var needed = _base + _width;
        if (needed > _states.Length)
        {
            Array.Resize(ref _states, Math.Max(needed, _states.Length * 2));
        }

        return true;
    }
}

/// <summary>
/// The groups of the period a pass has entered and the instants that stay in it: returned by value, so a loop keeps the
/// bounds in registers rather than in variables passed by reference.
/// </summary>
/// <param name="FirstGroup">The period's first group, or -1 when no period wants the record.</param>
/// <param name="Start">The period's first Unix tick.</param>
/// <param name="Length">The period's length in ticks, or 0.</param>
internal readonly record struct PeriodRun(int FirstGroup, long Start, long Length)
{
    /// <summary>Returns whether a record of these Unix ticks falls in the period.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Holds(long ticks) => (ulong)(ticks - Start) < (ulong)Length;
}
