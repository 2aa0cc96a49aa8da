using System.Collections;
using System.Diagnostics.CodeAnalysis;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators.Engine;

/// <summary>The accumulator of one group of a grouped calculation.</summary>
/// <typeparam name="TAccumulator">The accumulator type.</typeparam>
/// <param name="Period">The period of the group.</param>
/// <param name="Channel">The channel of the group, or null when the calculation is not split by channel.</param>
/// <param name="Accumulator">The state of the group.</param>
public readonly record struct AccumulatorGroup<TAccumulator>(ReportingPeriod Period, Channel? Channel, TAccumulator Accumulator)
    where TAccumulator : class, IAccumulator<TAccumulator>;

/// <summary>
/// The accumulators of a calculation split by period, and by channel when asked: what a calculator reads from
/// one part of the records (<c>AccumulateByPeriod</c>), to merge with the other parts and turn into results
/// (<c>ToResults</c>). Sets read from any split of the records, merged in any order, give the results of one
/// pass over all of them.
/// </summary>
/// <typeparam name="TAccumulator">The accumulator type, such as <see cref="RatioAccumulator"/> or <see cref="CountAccumulator"/>.</typeparam>
/// <remarks>
/// <para>A set is immutable; it enumerates its groups in time order, then by channel name. The accumulators in
/// it are the merged inputs' own where only one input holds a group: treat them as read-only, since adding to
/// one changes every set that holds it.</para>
/// <para>To bring in totals computed by another engine (a warehouse, Spark, an actor), build each group's
/// accumulator from them (<see cref="RatioAccumulator.FromTotals"/>, <see cref="CountAccumulator(long)"/>) and pass
/// the groups to the constructor; groups with the same period and channel merge.</para>
/// </remarks>
public sealed class GroupedAccumulators<TAccumulator> : IReadOnlyCollection<AccumulatorGroup<TAccumulator>>
    where TAccumulator : class, IAccumulator<TAccumulator>
{
    // Built on the first lookup: a pass that only lists its groups, the usual case, never hashes a period.
    private Dictionary<(ReportingPeriod Period, Channel? Channel), TAccumulator>? _byKey;
    private readonly AccumulatorGroup<TAccumulator>[] _ordered;

    /// <summary>Creates a set from groups; groups with the same period and channel are merged.</summary>
    /// <param name="byChannel">Whether the calculation is split by channel: then every group names its channel, otherwise none does.</param>
    /// <param name="groups">The groups, in any order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="groups"/> is null.</exception>
    /// <exception cref="ArgumentException">A group has no period or accumulator, its channel does not match <paramref name="byChannel"/>, or its channel is the empty channel.</exception>
    public GroupedAccumulators(bool byChannel, IEnumerable<AccumulatorGroup<TAccumulator>> groups)
    {
        Preconditions.NotNull(groups);
        ByChannel = byChannel;
        var byKey = new Dictionary<(ReportingPeriod Period, Channel? Channel), TAccumulator>();
        foreach (var group in groups)
        {
            Preconditions.Check(group.Period is not null, "groups must not hold a group without a period.", nameof(groups));
            Preconditions.Check(group.Accumulator is not null, $"groups must not hold a group without an accumulator ({group.Period}).", nameof(groups));
            Preconditions.Check(
                group.Channel is null != byChannel,
                byChannel ? $"Every group must name its channel when byChannel is true; {group.Period} has none." : $"No group may name a channel when byChannel is false; {group.Period} names {group.Channel}.",
                nameof(groups));
            Preconditions.Check(group.Channel is not { IsEmpty: true }, "groups must not hold the empty (default) channel.", nameof(groups));
            var key = (group.Period, group.Channel);
            byKey[key] = byKey.TryGetValue(key, out var known) ? TAccumulator.Merge(known, group.Accumulator) : group.Accumulator;
        }

        _byKey = byKey;
        _ordered = Order(byKey);
    }

    private GroupedAccumulators(bool byChannel, Dictionary<(ReportingPeriod, Channel?), TAccumulator> byKey)
    {
        ByChannel = byChannel;
        _byKey = byKey;
        _ordered = Order(byKey);
    }

    private GroupedAccumulators(bool byChannel, AccumulatorGroup<TAccumulator>[] ordered)
    {
        ByChannel = byChannel;
        _ordered = ordered;
    }

    /// <summary>Gets whether the calculation is split by channel.</summary>
    public bool ByChannel { get; }

    /// <summary>Gets the number of groups.</summary>
    public int Count => _ordered.Length;

    /// <summary>Returns an empty set.</summary>
    /// <param name="byChannel">Whether the calculation is split by channel.</param>
    /// <returns>A set without groups.</returns>
    public static GroupedAccumulators<TAccumulator> Empty(bool byChannel) => new(byChannel, new Dictionary<(ReportingPeriod, Channel?), TAccumulator>());

    /// <summary>
    /// Combines two sets into a new one: a group held by both gets the merge of their accumulators. Associative
    /// and commutative; neither input changes.
    /// </summary>
    /// <param name="first">The first set.</param>
    /// <param name="second">The second set.</param>
    /// <returns>The merged set.</returns>
    /// <exception cref="ArgumentNullException">A set is null.</exception>
    /// <exception cref="ArgumentException">One set is split by channel and the other is not.</exception>
    public static GroupedAccumulators<TAccumulator> Merge(GroupedAccumulators<TAccumulator> first, GroupedAccumulators<TAccumulator> second)
    {
        Preconditions.NotNull(first);
        Preconditions.NotNull(second);
        Preconditions.Check(
            first.ByChannel == second.ByChannel,
            "Cannot merge a set split by channel with one that is not: the totals would count every record twice.",
            nameof(second));
        var merged = new Dictionary<(ReportingPeriod, Channel?), TAccumulator>(first.ByKey);
        foreach (var (key, accumulator) in second.ByKey)
        {
            merged[key] = merged.TryGetValue(key, out var known) ? TAccumulator.Merge(known, accumulator) : accumulator;
        }

        return new GroupedAccumulators<TAccumulator>(first.ByChannel, merged);
    }

    /// <summary>Finds the accumulator of a group.</summary>
    /// <param name="period">The period.</param>
    /// <param name="channel">The channel, or null when the set is not split by channel.</param>
    /// <param name="accumulator">The accumulator, when the group exists.</param>
    /// <returns>Whether the group exists.</returns>
    public bool TryGet(ReportingPeriod period, Channel? channel, [MaybeNullWhen(false)] out TAccumulator accumulator) =>
        ByKey.TryGetValue((Preconditions.NotNull(period), channel), out accumulator);

    /// <summary>Returns the groups in time order, then by channel name.</summary>
    /// <returns>An enumerator over the groups.</returns>
    public IEnumerator<AccumulatorGroup<TAccumulator>> GetEnumerator() => ((IEnumerable<AccumulatorGroup<TAccumulator>>)_ordered).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Wraps the groups of one pass, already in time then channel order and without repeats, without sorting them again.</summary>
    internal static GroupedAccumulators<TAccumulator> FromGroups(bool byChannel, IEnumerable<(ReportingPeriod Period, Channel? Channel, TAccumulator State)> ordered)
    {
        var groups = ordered.Select(group => new AccumulatorGroup<TAccumulator>(group.Period, group.Channel, group.State)).ToArray();
        return new(byChannel, groups);
    }

    // Read without a delegate once built: TryGet is called once per period of a series.
    private Dictionary<(ReportingPeriod Period, Channel? Channel), TAccumulator> ByKey =>
        Volatile.Read(ref _byKey) ?? LazyInitializer.EnsureInitialized(ref _byKey, () => _ordered.ToDictionary(group => (group.Period, group.Channel), group => group.Accumulator));

    private static AccumulatorGroup<TAccumulator>[] Order(Dictionary<(ReportingPeriod Period, Channel? Channel), TAccumulator> byKey) =>
        [.. byKey
            .OrderBy(pair => pair.Key.Period)
            .ThenBy(pair => pair.Key.Channel)
            .Select(pair => new AccumulatorGroup<TAccumulator>(pair.Key.Period, pair.Key.Channel, pair.Value))];
}
