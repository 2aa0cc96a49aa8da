using System.Diagnostics.CodeAnalysis;

namespace KpiToolkit;

/// <summary>
/// Where content is published or traffic comes from: <c>Instagram</c>, <c>Blog</c>, <c>Email</c>, or any
/// name a host uses. Channels compare without regard to case. A built-in channel is always spelled as its
/// property (<c>instagram</c> becomes <c>Instagram</c>), so every report spells it one way whatever spelling the
/// records came with; any other channel keeps the spelling it was created with.
/// </summary>
/// <remarks>The default value is the empty channel, which no API accepts; <see cref="IsEmpty"/> tells it.</remarks>
public readonly struct Channel : IEquatable<Channel>, IComparable<Channel>
{
    /// <summary>The longest channel name accepted.</summary>
    public const int MaxLength = 100;

    // The spellings of the built-in channels, before the properties that use them: static initializers run in order.
    private static readonly string[] BuiltInNames = ["Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Blog", "Website", "Email", "Press"];

    private readonly string? _name;

    /// <summary>Creates a channel.</summary>
    /// <param name="name">The name, such as <c>Instagram</c>; surrounding spaces are removed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank or longer than <see cref="MaxLength"/>.</exception>
    public Channel(string name)
    {
        var trimmed = Preconditions.NotBlank(name).Trim();
        Preconditions.Check(trimmed.Length <= MaxLength, $"name must be at most {MaxLength} characters, but was {trimmed.Length}.", nameof(name));
        _name = BuiltInSpelling(trimmed) ?? trimmed;
    }

    /// <summary>Gets the Facebook channel.</summary>
    public static Channel Facebook { get; } = new("Facebook");

    /// <summary>Gets the Instagram channel.</summary>
    public static Channel Instagram { get; } = new("Instagram");

    /// <summary>Gets the LinkedIn channel.</summary>
    public static Channel LinkedIn { get; } = new("LinkedIn");

    /// <summary>Gets the X (formerly Twitter) channel.</summary>
    public static Channel X { get; } = new("X");

    /// <summary>Gets the TikTok channel.</summary>
    public static Channel TikTok { get; } = new("TikTok");

    /// <summary>Gets the YouTube channel.</summary>
    public static Channel YouTube { get; } = new("YouTube");

    /// <summary>Gets the company blog.</summary>
    public static Channel Blog { get; } = new("Blog");

    /// <summary>Gets the company website.</summary>
    public static Channel Website { get; } = new("Website");

    /// <summary>Gets e-mail campaigns and newsletters.</summary>
    public static Channel Email { get; } = new("Email");

    /// <summary>Gets press coverage.</summary>
    public static Channel Press { get; } = new("Press");

    /// <summary>Gets the name as it was created; empty for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>Gets whether this is the default, empty channel.</summary>
    public bool IsEmpty => _name is null;

    /// <summary>Tries to create a channel without throwing.</summary>
    /// <param name="name">The name.</param>
    /// <param name="channel">The channel when the name is valid.</param>
    /// <returns><see langword="true"/> when the name is valid.</returns>
    public static bool TryCreate([NotNullWhen(true)] string? name, out Channel channel)
    {
        if (!string.IsNullOrWhiteSpace(name) && name.Trim().Length <= MaxLength)
        {
            channel = new Channel(name);
            return true;
        }

        channel = default;
        return false;
    }

    /// <inheritdoc />
    public bool Equals(Channel other) => string.Equals(_name, other._name, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Channel other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_name);

    /// <summary>Orders channels by name, ignoring case.</summary>
    /// <param name="other">The other channel.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Channel other) => string.Compare(_name, other._name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns the name.</summary>
    /// <returns>The name as it was created.</returns>
    public override string ToString() => Name;

    /// <summary>Compares two channels, ignoring case.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when they are the same channel.</returns>
    public static bool operator ==(Channel left, Channel right) => left.Equals(right);

    /// <summary>Compares two channels, ignoring case.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns><see langword="true"/> when they are different channels.</returns>
    public static bool operator !=(Channel left, Channel right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Channel left, Channel right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Channel left, Channel right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Channel left, Channel right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first channel.</param>
    /// <param name="right">The second channel.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Channel left, Channel right) => left.CompareTo(right) >= 0;

    private static string? BuiltInSpelling(string name)
    {
        foreach (var builtIn in BuiltInNames)
        {
            if (string.Equals(builtIn, name, StringComparison.OrdinalIgnoreCase))
            {
                return builtIn;
            }
        }

        return null;
    }
}
