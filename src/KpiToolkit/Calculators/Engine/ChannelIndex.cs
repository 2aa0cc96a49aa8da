using System.Runtime.CompilerServices;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// Numbers the channels met in a pass (0, 1, 2… in the order met) without hashing a name for every record.
/// Records of one channel usually share the name's string instance, so a small table keyed by that instance's
/// identity answers with one comparison, whatever order the channels come in (a scan would mispredict a branch
/// on most records). A name seen for the first time is compared without regard to case with the channels met.
/// </summary>
/// <remarks>
/// The table keeps at most <see cref="MaxInstances"/> string instances, so a source that creates a new string
/// for every record costs a dictionary lookup per record but never memory per record. Not thread-safe.
/// </remarks>
internal sealed class ChannelIndex
{
    private const int MaxInstances = 256;
    private readonly List<Channel> _channels = [];
    private readonly Dictionary<Channel, int> _byName = [];
    private string?[] _instances = new string?[16];
    private int[] _indexes = new int[16];
    private int _instanceCount;

    /// <summary>Gets the number of channels met.</summary>
    public int Count => _channels.Count;

    /// <summary>Returns a channel by its number.</summary>
    public Channel this[int index] => _channels[index];

    /// <summary>Returns the numbers of the channels met, ordered by channel name; just 0 when none was met, for a pass not split by channel.</summary>
    public int[] InNameOrder()
    {
        var numbers = Enumerable.Range(0, Math.Max(_channels.Count, 1)).ToArray();
        if (_channels.Count > 1)
        {
            Array.Sort(numbers, (a, b) => _channels[a].CompareTo(_channels[b]));
        }

        return numbers;
    }

    /// <summary>Returns the number of a channel, adding it when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(Channel channel)
    {
        var name = channel.Name;
        var slot = RuntimeHelpers.GetHashCode(name) & (_instances.Length - 1);
        return ReferenceEquals(_instances[slot], name) ? _indexes[slot] : Find(channel, name, slot);
    }

    private int Find(Channel channel, string name, int slot)
    {
        // Open addressing: look further along for this instance before comparing names.
        var mask = _instances.Length - 1;
        for (; _instances[slot] is { } known; slot = (slot + 1) & mask)
        {
            if (ReferenceEquals(known, name))
            {
                return _indexes[slot];
            }
        }

        if (!_byName.TryGetValue(channel, out var index))
        {
            index = _channels.Count;
            _channels.Add(channel);
            _byName.Add(channel, index);
        }

        if (_instanceCount < MaxInstances)
        {
            Remember(name, index);
        }

        return index;
    }

    private void Remember(string name, int index)
    {
        if ((_instanceCount + 1) * 2 > _instances.Length)
        {
            var (instances, indexes) = (_instances, _indexes);
            _instances = new string?[instances.Length * 2];
            _indexes = new int[instances.Length * 2];
            _instanceCount = 0;
            for (var i = 0; i < instances.Length; i++)
            {
                if (instances[i] is { } known)
                {
                    Insert(known, indexes[i]);
                }
            }
        }

        Insert(name, index);
    }

    private void Insert(string name, int index)
    {
        var mask = _instances.Length - 1;
        var slot = RuntimeHelpers.GetHashCode(name) & mask;
        while (_instances[slot] is not null)
        {
            slot = (slot + 1) & mask;
        }

        (_instances[slot], _indexes[slot]) = (name, index);
        _instanceCount++;
    }
}
