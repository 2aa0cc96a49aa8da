namespace KpiToolkit.Objectives;

/// <summary>Where an objective applies: the channels it covers and the audience it addresses.</summary>
/// <remarks>Immutable. Two scopes are equal when they have the same channels (in any order, ignoring case) and audience.</remarks>
public sealed class ObjectiveScope : IEquatable<ObjectiveScope>
{
    /// <summary>Creates a scope.</summary>
    /// <param name="channels">The channels covered; duplicates are removed.</param>
    /// <param name="audience">The audience addressed, such as <c>French-speaking home cooks aged 25-45</c>.</param>
    /// <exception cref="ArgumentException">A channel is the empty channel, or <paramref name="audience"/> is whitespace.</exception>
    public ObjectiveScope(IEnumerable<Channel>? channels = null, string? audience = null)
    {
        var distinct = new List<Channel>();
        foreach (var channel in channels ?? [])
        {
            Preconditions.Check(!channel.IsEmpty, "channels must not contain the empty (default) channel.", nameof(channels));
            if (!distinct.Contains(channel))
            {
                distinct.Add(channel);
            }
        }

        Channels = distinct.AsReadOnly();
        Audience = Preconditions.OptionalText(audience);
    }

    /// <summary>Gets a scope with no channel and no audience, which the Specific rule flags.</summary>
    public static ObjectiveScope None { get; } = new();

    /// <summary>Gets the channels covered, in the order given.</summary>
    public IReadOnlyList<Channel> Channels { get; }

    /// <summary>Gets the audience addressed, if stated.</summary>
    public string? Audience { get; }

    /// <summary>Gets whether neither a channel nor an audience is stated.</summary>
    public bool IsEmpty => Channels.Count == 0 && Audience is null;

    /// <summary>Creates a scope covering the given channels.</summary>
    /// <param name="channels">The channels.</param>
    /// <returns>The scope.</returns>
    public static ObjectiveScope ForChannels(params Channel[] channels) => new(channels);

    /// <inheritdoc />
    public bool Equals(ObjectiveScope? other) =>
        other is not null
        && string.Equals(Audience, other.Audience, StringComparison.Ordinal)
        && Channels.Count == other.Channels.Count
        && Channels.All(other.Channels.Contains);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ObjectiveScope);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Order-independent, so scopes with the same channels in another order hash alike.
        var channels = 0;
        foreach (var channel in Channels)
        {
            channels ^= channel.GetHashCode();
        }

        return HashCode.Combine(channels, Audience is null ? 0 : StringComparer.Ordinal.GetHashCode(Audience));
    }

    /// <summary>Returns the channels and audience, such as <c>Instagram, TikTok; audience: 18-34</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString()
    {
        var channels = Channels.Count > 0 ? string.Join(", ", Channels) : "all channels";
        return Audience is null ? channels : $"{channels}; audience: {Audience}";
    }
}
