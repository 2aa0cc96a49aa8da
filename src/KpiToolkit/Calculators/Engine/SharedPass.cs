using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// What a calculator keeps while records go by, for every period of a <see cref="PeriodLookup"/> in one channel
/// scope. Several readers share one pass, so a dashboard reads its posts once for all its post indicators.
/// </summary>
/// <typeparam name="TRecord">The record type: <see cref="SocialPost"/> or <see cref="Mention"/>.</typeparam>
internal abstract class PassReader<TRecord>
{
    /// <summary>Reads a record of the scope that falls in at least one period; <paramref name="periods"/> are the indexes of the lookup's periods holding it.</summary>
    public abstract void Add(TRecord record, ReadOnlySpan<int> periods);

    /// <summary>Returns one result per period of the lookup, in its order.</summary>
    /// <param name="scopeHasRecords">Whether the scope holds any record at all, in a period or not: what tells a quiet period (0) from missing data.</param>
    public abstract IReadOnlyList<KpiResult> Results(bool scopeHasRecords);
}

/// <summary>A calculator of posts whose <see cref="IKpiCalculator.CalculateMany"/> can join a shared pass.</summary>
internal interface IPostPass
{
    /// <summary>Gets the calendar the calculator assigns records with; only a pass in the same calendar can be shared.</summary>
    ReportingCalendar Calendar { get; }

    PassReader<SocialPost> Begin(ActivityData data, PeriodLookup lookup, Channel? channel);
}

/// <summary>A calculator of mentions whose <see cref="IKpiCalculator.CalculateMany"/> can join a shared pass.</summary>
internal interface IMentionPass
{
    /// <summary>Gets the calendar the calculator assigns records with; only a pass in the same calendar can be shared.</summary>
    ReportingCalendar Calendar { get; }

    PassReader<Mention> Begin(ActivityData data, PeriodLookup lookup, Channel? channel);
}

/// <summary>Runs readers over the posts or mentions of one channel scope, finding each record's periods once for all of them.</summary>
internal static class SharedPass
{
    /// <summary>Feeds the posts of the scope to the readers and returns whether the scope holds any post.</summary>
    public static bool OverPosts(ActivityData data, PeriodLookup lookup, Channel? channel, PassReader<SocialPost>[] readers) =>
        Over(data.PostArray, lookup, channel, readers, static post => post.PublishedAt, static post => post.Channel);

    /// <summary>Feeds the mentions of the scope to the readers and returns whether the scope holds any mention.</summary>
    public static bool OverMentions(ActivityData data, PeriodLookup lookup, Channel? channel, PassReader<Mention>[] readers) =>
        Over(data.MentionArray, lookup, channel, readers, static mention => mention.PublishedAt, static mention => mention.Channel);

    /// <summary>Feeds the records of the scope to the readers and returns whether the scope holds any record.</summary>
    private static bool Over<TRecord>(
        TRecord[] records, PeriodLookup lookup, Channel? channel, PassReader<TRecord>[] readers, Func<TRecord, Instant> instantOf, Func<TRecord, Channel?> channelOf)
    {
        Span<int> found = new int[lookup.LayerCount];
        var scopeHasRecords = false;
        foreach (var record in records)
        {
            if (channel is not null && channelOf(record) != channel)
            {
                continue;
            }

            scopeHasRecords = true;
            var count = lookup.Find(instantOf(record), found);
            if (count == 0)
            {
                continue;
            }

            ReadOnlySpan<int> periods = found[..count];
            foreach (var reader in readers)
            {
                reader.Add(record, periods);
            }
        }

        return scopeHasRecords;
    }

    /// <summary>The <see cref="IKpiCalculator.CalculateMany"/> of a post calculator: one pass with its reader alone.</summary>
    public static IReadOnlyList<KpiResult> CalculateMany(IPostPass calculator, ReportingCalendar calendar, ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(data);
        Preconditions.OptionalChannel(channel);
        var lookup = new PeriodLookup(periods, calendar);
        var reader = calculator.Begin(data, lookup, channel);
        var scopeHasRecords = OverPosts(data, lookup, channel, [reader]);
        return lookup.PerRequest(reader.Results(scopeHasRecords));
    }

    /// <summary>The <see cref="IKpiCalculator.CalculateMany"/> of a mention calculator: one pass with its reader alone.</summary>
    public static IReadOnlyList<KpiResult> CalculateMany(IMentionPass calculator, ReportingCalendar calendar, ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(data);
        Preconditions.OptionalChannel(channel);
        var lookup = new PeriodLookup(periods, calendar);
        var reader = calculator.Begin(data, lookup, channel);
        var scopeHasRecords = OverMentions(data, lookup, channel, [reader]);
        return lookup.PerRequest(reader.Results(scopeHasRecords));
    }
}
