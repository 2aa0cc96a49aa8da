using System.Runtime.CompilerServices;

namespace KpiToolkit.Calculators;

/// <summary>
/// Numbers the channels met in a pass (0, 1, 2… in the order met) without hashing a name for every record:
/// records of one channel usually share the name's string instance, so a reference comparison finds most of
/// them, and a short list (or, past a few dozen channels, a dictionary) finds the rest.
/// </summary>
/// <remarks>Channels compare without regard to case, as <see cref="Channel"/> does. Not thread-safe.</remarks>
internal sealed class ChannelIndex
{
    private const int ListLimit = 32;
    private readonly List<Channel> _channels = [];
    private readonly List<string> _names = [];
    private Dictionary<Channel, int>? _large;
    private string? _lastName;
    private int _lastIndex;

    /// <summary>Gets the number of channels met.</summary>
    public int Count => _channels.Count;

    /// <summary>Returns a channel by its number.</summary>
    public Channel this[int index] => _channels[index];

    /// <summary>Returns the number of a channel, adding it when it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int IndexOf(Channel channel)
    {
        var name = channel.Name;
        return ReferenceEquals(name, _lastName) ? _lastIndex : Find(channel, name);
    }

    private int Find(Channel channel, string name)
    {
        var index = _large is null ? Scan(name) : _large.GetValueOrDefault(channel, -1);
        if (index < 0)
        {
            index = Add(channel);
        }

        (_lastName, _lastIndex) = (name, index);
        return index;
    }

    private int Scan(string name)
    {
        for (var i = 0; i < _names.Count; i++)
        {
            if (ReferenceEquals(_names[i], name))
            {
                return i;
            }
        }

        for (var i = 0; i < _names.Count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private int Add(Channel channel)
    {
        _channels.Add(channel);
        _names.Add(channel.Name);
        var index = _channels.Count - 1;
        if (_large is not null)
        {
            _large.Add(channel, index);
        }
        else if (_channels.Count > ListLimit)
        {
            _large = _channels.Select((known, i) => (known, i)).ToDictionary(pair => pair.known, pair => pair.i);
        }

        return index;
    }
}
