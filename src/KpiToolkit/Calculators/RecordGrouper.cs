using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>
/// One pass over records (posts, mentions) that keeps one state per (period, channel) group: the grouping
/// every calculator shares. Memory grows with the number of groups, not of records.
/// </summary>
/// <typeparam name="TRecord">The record type.</typeparam>
/// <typeparam name="TState">The state kept per group.</typeparam>
internal sealed class RecordGrouper<TRecord, TState>
    where TRecord : class
    where TState : class
{
    private readonly Func<TRecord, Instant> _instantOf;
    private readonly Func<TRecord, Channel> _channelOf;
    private readonly PeriodAssignment _assignment;
    private readonly bool _byChannel;
    private readonly Func<ReportingPeriod, Instant, TState> _create;
    private readonly Dictionary<(ReportingPeriod Period, Channel Channel), TState> _groups = [];

    public RecordGrouper(
        PeriodAssignment assignment,
        bool byChannel,
        Func<ReportingPeriod, Instant, TState> create,
        Func<TRecord, Instant> instantOf,
        Func<TRecord, Channel> channelOf)
    {
        _instantOf = instantOf;
        _channelOf = channelOf;
        _assignment = assignment;
        _byChannel = byChannel;
        _create = create;
    }

    /// <summary>Reads every record and calls <paramref name="add"/> with the state of its group; records outside a fixed period are passed over.</summary>
    public void AddAll(IEnumerable<TRecord> records, Action<TState, TRecord> add, string parameterName)
    {
        Preconditions.NotNull(records, parameterName);
        foreach (var record in records)
        {
            Preconditions.Check(record is not null, $"{parameterName} must not contain null.", parameterName);
            if (_assignment.PeriodOf(_instantOf(record)) is not { } period)
            {
                continue;
            }

            var key = (period.Period, _byChannel ? _channelOf(record) : default);
            if (!_groups.TryGetValue(key, out var state))
            {
                state = _create(period.Period, period.End);
                _groups.Add(key, state);
            }

            add(state, record);
        }
    }

    /// <summary>Returns the groups in time order, then by channel name; the channel is null when not grouping by channel.</summary>
    public IEnumerable<(ReportingPeriod Period, Channel? Channel, TState State)> Groups() =>
        _groups
            .OrderBy(pair => pair.Key.Period)
            .ThenBy(pair => pair.Key.Channel)
            .Select(pair => (pair.Key.Period, _byChannel ? pair.Key.Channel : (Channel?)null, pair.Value));
}
