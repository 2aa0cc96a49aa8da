using KpiToolkit;

namespace KpiToolkit.Benchmarks.Data;

/// <summary>
/// The channels a hand-written loop over row objects has met, found by the identity of the channel name's string:
/// the built-in channels share one string per name, so the scan of a few references settles almost every record and
/// an equal name spelt by another string is added as an alias on its first appearance.
/// </summary>
public sealed class RowChannels
{
    private readonly List<Channel> _channels = [];
    private string[] _names = new string[8];
    private int[] _indexes = new int[8];

    /// <summary>Gets the names met, as references: the array may be replaced by <see cref="Add"/>.</summary>
    public string[] Names => _names;

    /// <summary>Gets the index of the channel of each name in <see cref="Names"/>: the array may be replaced by <see cref="Add"/>.</summary>
    public int[] Indexes => _indexes;

    /// <summary>Gets how many entries of <see cref="Names"/> are in use.</summary>
    public int NameCount { get; private set; }

    /// <summary>Gets the distinct channels, in the order met.</summary>
    public IReadOnlyList<Channel> Channels => _channels;

    /// <summary>Adds a channel whose name string was not met yet, and returns its index.</summary>
    /// <param name="channel">The channel.</param>
    /// <returns>The index of the channel in <see cref="Channels"/>.</returns>
    public int Add(Channel channel)
    {
        var index = _channels.IndexOf(channel);
        if (index < 0)
        {
            index = _channels.Count;
            _channels.Add(channel);
        }

        if (NameCount == _names.Length)
        {
            Array.Resize(ref _names, NameCount * 2);
            Array.Resize(ref _indexes, NameCount * 2);
        }

        _names[NameCount] = channel.Name;
        _indexes[NameCount] = index;
        NameCount++;
        return index;
    }

    /// <summary>
    /// Lays out again sums kept as [period * capacity + channel] for a larger capacity, when more channels than the
    /// capacity appear.
    /// </summary>
    /// <typeparam name="T">The sums.</typeparam>
    /// <param name="sums">The sums.</param>
    /// <param name="periods">The periods.</param>
    /// <param name="capacity">The channels per period: doubled.</param>
    /// <returns>The sums for the new capacity.</returns>
    public static T[] Widen<T>(T[] sums, int periods, ref int capacity)
    {
        var wider = new T[periods * capacity * 2];
        for (var p = 0; p < periods; p++)
        {
            Array.Copy(sums, p * capacity, wider, p * capacity * 2, capacity);
        }

        capacity *= 2;
        return wider;
    }
}
