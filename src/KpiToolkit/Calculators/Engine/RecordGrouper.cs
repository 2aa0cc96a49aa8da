using System.Runtime.CompilerServices;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// The grouping every calculator shares: one state per (period, channel) group, found for each record
/// without allocating or hashing. Memory grows with the number of groups, not of records.
/// </summary>
/// <typeparam name="TState">The state kept per group.</typeparam>
/// <remarks>
/// Callers write their own loop and ask <see cref="StateFor"/> for each record's state, so no delegate is
/// called per record. Not thread-safe: one instance per pass.
/// </remarks>
internal sealed class RecordGrouper<TState>
    where TState : class
{
    private readonly PeriodAssignment _assignment;
    private readonly bool _byChannel;
    private readonly Func<ReportingPeriod, Instant, TState> _create;
    private readonly ChannelIndex _channels = new();
    private TState?[][] _states = new TState?[8][];

    /// <summary>Creates the grouper.</summary>
    /// <param name="assignment">How instants are assigned to periods.</param>
    /// <param name="byChannel">Whether each channel is a group of its own.</param>
    /// <param name="create">Creates the state of a new group from its period and the period's exclusive end instant.</param>
    public RecordGrouper(PeriodAssignment assignment, bool byChannel, Func<ReportingPeriod, Instant, TState> create)
    {
        _assignment = assignment;
        _byChannel = byChannel;
        _create = create;
    }

    /// <summary>Returns the state of the group of a record, or null when its instant is outside a fixed period.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public TState? StateFor(Instant instant, Channel channel)
    {
        var slot = _assignment.SlotOf(instant);
        if (slot < 0)
        {
            return null;
        }

        var column = _byChannel ? _channels.IndexOf(channel) : 0;
        var row = slot < _states.Length ? _states[slot] : null;
        return row is not null && column < row.Length && row[column] is { } state ? state : Create(slot, column);
    }

    /// <summary>Returns the groups in time order, then by channel name; the channel is null when not grouping by channel.</summary>
    public IEnumerable<(ReportingPeriod Period, Channel? Channel, TState State)> Groups()
    {
        // The slots in time order and the channels in name order give the groups in order without sorting them.
        var groups = new List<(ReportingPeriod, Channel?, TState)>();
        var columns = _byChannel ? _channels.InNameOrder() : [0];
        foreach (var slot in _assignment.SlotsInTimeOrder)
        {
            var row = slot < _states.Length ? _states[slot] ?? [] : [];
            foreach (var column in columns)
            {
                if (column < row.Length && row[column] is { } state)
                {
                    groups.Add((_assignment.PeriodAt(slot), _byChannel ? _channels[column] : null, state));
                }
            }
        }

        return groups;
    }

    private TState Create(int slot, int column)
    {
        if (slot >= _states.Length)
        {
            Array.Resize(ref _states, Math.Max(slot + 1, _states.Length * 2));
        }

        ref var row = ref _states[slot];
        if (row is null || column >= row.Length)
        {
            Array.Resize(ref row, Math.Max(column + 1, Math.Max(_channels.Count, 1)));
        }

        return row[column] = _create(_assignment.PeriodAt(slot), _assignment.EndAt(slot));
    }
}
