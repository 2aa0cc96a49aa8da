using System.Diagnostics.CodeAnalysis;
using KpiToolkit.Activity;

// Small types whose public API text the writer's tests know by heart. Nothing calls them.
namespace KpiToolkit.Tests.PublicApi.Probes;

public abstract class Probe<T> : IFormattable
    where T : class
{
    public const string Separator = ", ";

    public static readonly IReadOnlyList<string?> NoNames = [];

    protected Probe(string name) => Name = name;

    public event EventHandler<T>? Changed
    {
        add { }
        remove { }
    }

    public string Name { get; }

    public int? Limit { get; protected set; }

    public IReadOnlyDictionary<string, T?>? Cache { get; init; }

    internal int Hidden { get; set; }

    public static bool operator <(Probe<T> left, Probe<T> right) => string.CompareOrdinal(left?.Name, right?.Name) < 0;

    public static bool operator >(Probe<T> left, Probe<T> right) => string.CompareOrdinal(left?.Name, right?.Name) > 0;

    public string? Find(IReadOnlyList<string?> names, int start = 0, string separator = Separator, Channel? channel = null,
        PostFormat format = PostFormat.Reel, params T[] extra) => null;

    public abstract bool TryGet(string key, [NotNullWhen(true)] out T? value);

    [Obsolete("Use Find.")]
    public virtual void Count(ref int count, in Instant at) => count++;

    public string ToString(string? format, IFormatProvider? formatProvider) => Name;

    public override string ToString() => Name;

    internal void NotVisible()
    {
    }

    private protected void NotVisibleEither()
    {
    }

    protected abstract (int Count, string? Label) Summary();
}

public interface IMergeable<TSelf>
    where TSelf : IMergeable<TSelf>
{
    int Count { get; }

    static abstract TSelf Merge(TSelf first, TSelf second);

    IEnumerable<int> Counts() => [Count];
}

public interface IProducer<out T>
    where T : notnull
{
    T Produce();
}

[Flags]
[SuppressMessage("Design", "CA1028:Enum Storage should be Int32", Justification = "The writer must show a storage other than int.")]
public enum Days : byte
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Weekdays = Monday | Tuesday,
    Friday = 16,
}

public sealed record Reading(string Name, double? Value);

public readonly record struct Point(int X, int Y);

public static class ProbeExtensions
{
    public static string Describe(this Reading reading, Days days = Days.Monday | Days.Friday) => $"{reading} on {days}";
}
