using System.Diagnostics.CodeAnalysis;

namespace KpiToolkit.Activity;

/// <summary>
/// Who a mention or an article is about: the company itself, or a named competitor. Competitor names
/// compare without regard to case and keep their spelling.
/// </summary>
/// <remarks>The default value is <see cref="Company"/>.</remarks>
public readonly struct Subject : IEquatable<Subject>, IComparable<Subject>
{
    private readonly string? _competitor;

    private Subject(string competitor) => _competitor = competitor;

    /// <summary>Gets the company itself.</summary>
    public static Subject Company => default;

    /// <summary>Gets whether this is the company itself.</summary>
    public bool IsCompany => _competitor is null;

    /// <summary>Gets the competitor's name, or <c>company</c> for the company.</summary>
    public string Name => _competitor ?? "company";

    /// <summary>Creates the subject of a named competitor.</summary>
    /// <param name="name">The competitor's name; surrounding spaces are removed.</param>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static Subject Competitor(string name) => new(Preconditions.NotBlank(name).Trim());

    /// <summary>Tries to create the subject of a named competitor.</summary>
    /// <param name="name">The competitor's name.</param>
    /// <param name="subject">The subject when the name is valid.</param>
    /// <returns><see langword="true"/> when the name is not blank.</returns>
    public static bool TryCompetitor([NotNullWhen(true)] string? name, out Subject subject)
    {
        subject = string.IsNullOrWhiteSpace(name) ? Company : new Subject(name.Trim());
        return !string.IsNullOrWhiteSpace(name);
    }

    /// <inheritdoc />
    public bool Equals(Subject other) => string.Equals(_competitor, other._competitor, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Subject other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _competitor is null ? 0 : StringComparer.OrdinalIgnoreCase.GetHashCode(_competitor);

    /// <summary>Orders the company first, then competitors by name, ignoring case.</summary>
    /// <param name="other">The other subject.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(Subject other) => string.Compare(_competitor, other._competitor, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    /// <summary>Compares two subjects.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when they are the same subject.</returns>
    public static bool operator ==(Subject left, Subject right) => left.Equals(right);

    /// <summary>Compares two subjects.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns><see langword="true"/> when they are different subjects.</returns>
    public static bool operator !=(Subject left, Subject right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(Subject left, Subject right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(Subject left, Subject right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(Subject left, Subject right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first subject.</param>
    /// <param name="right">The second subject.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(Subject left, Subject right) => left.CompareTo(right) >= 0;
}
