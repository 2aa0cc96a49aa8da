using System.Runtime.CompilerServices;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// Finds which of a set of requested periods hold an instant, so a calculator can compute many periods in one
/// pass. Periods that overlap (a month and its weeks, two custom ranges) go to separate layers; each layer holds
/// periods that do not overlap and is searched by bisection, after a check of the period found last.
/// </summary>
/// <remarks>Not thread-safe: one instance per pass.</remarks>
internal sealed class PeriodLookup
{
    private readonly int[] _distinctOfRequest;
    private readonly Interval[] _intervals;
    private readonly Layer[] _layers;

    // The span of all the periods: most records of a long history fall outside it and are turned away at once.
    private readonly Instant _from;
    private readonly Instant _until;
    private readonly long _fromTicks;
    private readonly long _untilTicks;

    public PeriodLookup(IReadOnlyList<ReportingPeriod> periods, ReportingCalendar calendar)
    {
        Preconditions.NotNull(periods);
        var distinct = new List<ReportingPeriod>();
        var positions = new Dictionary<ReportingPeriod, int>();
        _distinctOfRequest = new int[periods.Count];
        for (var i = 0; i < periods.Count; i++)
        {
            var period = Preconditions.Item(periods[i], i, nameof(periods));
            if (!positions.TryGetValue(period, out var position))
            {
                position = distinct.Count;
                positions.Add(period, position);
                distinct.Add(period);
            }

            _distinctOfRequest[i] = position;
        }

        Periods = distinct;
        _intervals = [.. distinct.Select(calendar.ToInterval)];
        _layers = Stack(_intervals);
        _from = _intervals.Length > 0 ? _intervals.Min(interval => interval.Start) : Instant.MaxValue;
        _until = _intervals.Length > 0 ? _intervals.Max(interval => interval.End) : Instant.MinValue;
        _fromTicks = _intervals.Length > 0 ? _from.ToUnixTimeTicks() : long.MaxValue;
        _untilTicks = _intervals.Length > 0 ? _until.ToUnixTimeTicks() : long.MinValue;
    }

    /// <summary>Gets the requested periods without repeats; the indexes <see cref="Find"/> gives point into it.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>Gets the most periods one instant can fall in: the size <see cref="Find"/> needs.</summary>
    public int LayerCount => _layers.Length;

    /// <summary>Returns the exclusive end instant of a period.</summary>
    public Instant EndAt(int index) => _intervals[index].End;

    /// <summary>Returns the index in <see cref="Periods"/> of the i-th requested period.</summary>
    public int IndexOfRequest(int request) => _distinctOfRequest[request];

    /// <summary>Writes the indexes of the periods holding the instant into <paramref name="found"/> and returns how many there are.</summary>
    public int Find(Instant instant, Span<int> found)
    {
        if (instant < _from || instant >= _until)
        {
            return 0;
        }

        var count = 0;
        foreach (var layer in _layers)
        {
            if (layer.Find(instant) is var index and >= 0)
            {
                found[count++] = index;
            }
        }

        return count;
    }

    /// <summary>
    /// Finds the periods of a step of rows given by their Unix ticks: <paramref name="periods"/>[layer * ticks.Length + j]
    /// becomes the index of the period of that layer holding row j, or -1.
    /// </summary>
    [MethodImpl(HotLoop.Options)]
    public void FindStep(ReadOnlySpan<long> ticks, Span<int> periods)
    {
        for (var layer = 0; layer < _layers.Length; layer++)
        {
            var found = periods.Slice(layer * ticks.Length, ticks.Length);
            var search = _layers[layer];
            for (var j = 0; j < ticks.Length; j++)
            {
                var t = ticks[j];
                found[j] = t < _fromTicks || t >= _untilTicks ? -1 : search.Find(t);
            }
        }
    }

    /// <summary>Returns one item per requested period, repeats included, from the items computed per distinct period.</summary>
    public IReadOnlyList<T> PerRequest<T>(IReadOnlyList<T> perPeriod) =>
        Array.AsReadOnly(Array.ConvertAll(_distinctOfRequest, index => perPeriod[index]));

    // Interval partitioning: each period, by start, goes to the first layer whose last period has ended.
    private static Layer[] Stack(Interval[] intervals)
    {
        var layers = new List<List<int>>();
        foreach (var index in Enumerable.Range(0, intervals.Length).OrderBy(i => intervals[i].Start))
        {
            var layer = layers.FirstOrDefault(candidate => intervals[candidate[^1]].End <= intervals[index].Start);
            if (layer is null)
            {
                layers.Add(layer = []);
            }

            layer.Add(index);
        }

        return [.. layers.Select(layer => new Layer(intervals, layer))];
    }

    private sealed class Layer(Interval[] intervals, List<int> indexes)
    {
        private readonly Instant[] _starts = [.. indexes.Select(i => intervals[i].Start)];
        private readonly Instant[] _ends = [.. indexes.Select(i => intervals[i].End)];
        private readonly int[] _indexes = [.. indexes];
        private readonly long[] _startTicks = [.. indexes.Select(i => intervals[i].Start.ToUnixTimeTicks())];
        private readonly long[] _endTicks = [.. indexes.Select(i => intervals[i].End.ToUnixTimeTicks())];
        private int _last;

        public int Find(long ticks)
        {
            if (ticks >= _startTicks[_last] && ticks < _endTicks[_last])
            {
                return _indexes[_last];
            }

            int low = 0, high = _startTicks.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                if (ticks < _startTicks[middle])
                {
                    high = middle - 1;
                }
                else if (ticks >= _endTicks[middle])
                {
                    low = middle + 1;
                }
                else
                {
                    _last = middle;
                    return _indexes[middle];
                }
            }

            return -1;
        }

        public int Find(Instant instant)
        {
            if (instant >= _starts[_last] && instant < _ends[_last])
            {
                return _indexes[_last];
            }

            int low = 0, high = _starts.Length - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) / 2);
                if (instant < _starts[middle])
                {
                    high = middle - 1;
                }
                else if (instant >= _ends[middle])
                {
                    low = middle + 1;
                }
                else
                {
                    _last = middle;
                    return _indexes[middle];
                }
            }

            return -1;
        }
    }
}
