using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Csv;

/// <summary>
/// One batch of posts as columns, in arrays kept from batch to batch: instants, channels, and each counter kind with
/// its validity bitmap. What the post ratio calculators read, and nothing else.
/// </summary>
internal sealed class PostBatch(int capacity)
{
    private readonly long[] _ticks = new long[capacity];
    private readonly int[] _channelOf = new int[capacity];
    private readonly List<Channel> _channels = [];
    private readonly Dictionary<Channel, int> _channelIds = [];
    private readonly List<(PostCounter Kind, long[] Values, ulong[] Validity)> _columns = [];
    private readonly Dictionary<PostCounter, int> _columnOf = [];

    // A map reads its counters in the same order on every row: the column of the i-th counter read is remembered.
    private PostCounter[] _kindAt = [];
    private int[] _columnAt = [];

    public int Count { get; private set; }

    public void Add(PostValues values)
    {
        var row = Count++;
        _ticks[row] = values.PublishedAt.ToUnixTimeTicks();
        if (!_channelIds.TryGetValue(values.Channel, out var channel))
        {
            channel = _channels.Count;
            _channels.Add(values.Channel);
            _channelIds.Add(values.Channel, channel);
        }

        _channelOf[row] = channel;
        var counters = values.Counters;
        if (_kindAt.Length < counters.Length)
        {
            Array.Resize(ref _kindAt, counters.Length);
            Array.Resize(ref _columnAt, counters.Length);
        }

        for (var i = 0; i < counters.Length; i++)
        {
            var (counter, value) = counters[i];
            if (value is not { } v)
            {
                continue;
            }

            if (_kindAt[i] != counter)
            {
                _kindAt[i] = counter;
                _columnAt[i] = ColumnOf(counter);
            }

            var column = _columns[_columnAt[i]];
            column.Values[row] = v;
            column.Validity[row >> 6] |= 1UL << row;
        }
    }

    public PostColumns ToColumns() =>
        PostColumns.FromArrays(
            _ticks.AsMemory(0, Count),
            _channelOf.AsMemory(0, Count),
            _channels,
            _columns.Select(column => new KeyValuePair<PostCounter, CountColumn>(
                column.Kind, CountColumn.WithValidity(column.Values.AsMemory(0, Count), column.Validity))));

    public void Clear()
    {
        foreach (var column in _columns)
        {
            Array.Clear(column.Validity, 0, (Count + 63) / 64);
        }

        Count = 0;
    }

    private int ColumnOf(PostCounter counter)
    {
        if (!_columnOf.TryGetValue(counter, out var index))
        {
            index = _columns.Count;
            _columns.Add((counter, new long[capacity], new ulong[(capacity + 63) / 64]));
            _columnOf.Add(counter, index);
        }

        return index;
    }
}
