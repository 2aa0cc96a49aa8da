using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>
/// What a calculator keeps while records go by, for every period of a <see cref="PeriodLookup"/> in one channel
/// scope. Several readers share one pass, so a dashboard reads its posts once for all its post indicators.
/// </summary>
/// <typeparam name="TRecord">The record type: <see cref="SocialPost"/> or <see cref="Mention"/>.</typeparam>
internal abstract class PassReader<TRecord>
{
    /// <summary>Reads a record of the scope; <paramref name="periods"/> are the indexes of the lookup's periods holding it, possibly none.</summary>
    public abstract void Add(TRecord record, ReadOnlySpan<int> periods);

    /// <summary>Returns one result per period of the lookup, in its order.</summary>
    public abstract IReadOnlyList<KpiResult> Results();
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
    public static void OverPosts(ActivityData data, PeriodLookup lookup, Channel? channel, PassReader<SocialPost>[] readers)
    {
        Span<int> found = new int[lookup.LayerCount];
        foreach (var post in data.Posts)
        {
            if (channel is { } kept && post.Channel != kept)
            {
                continue;
            }

            ReadOnlySpan<int> periods = found[..lookup.Find(post.PublishedAt, found)];
            foreach (var reader in readers)
            {
                reader.Add(post, periods);
            }
        }
    }

    public static void OverMentions(ActivityData data, PeriodLookup lookup, Channel? channel, PassReader<Mention>[] readers)
    {
        Span<int> found = new int[lookup.LayerCount];
        foreach (var mention in data.Mentions)
        {
            if (channel is not null && mention.Channel != channel)
            {
                continue;
            }

            ReadOnlySpan<int> periods = found[..lookup.Find(mention.PublishedAt, found)];
            foreach (var reader in readers)
            {
                reader.Add(mention, periods);
            }
        }
    }

    /// <summary>The <see cref="IKpiCalculator.CalculateMany"/> of a post calculator: one pass with its reader alone.</summary>
    public static IReadOnlyList<KpiResult> CalculateMany(IPostPass calculator, ReportingCalendar calendar, ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(data);
        Preconditions.OptionalChannel(channel);
        var lookup = new PeriodLookup(periods, calendar);
        var reader = calculator.Begin(data, lookup, channel);
        OverPosts(data, lookup, channel, [reader]);
        return lookup.PerRequest(reader.Results());
    }

    /// <summary>The <see cref="IKpiCalculator.CalculateMany"/> of a mention calculator: one pass with its reader alone.</summary>
    public static IReadOnlyList<KpiResult> CalculateMany(IMentionPass calculator, ReportingCalendar calendar, ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel)
    {
        Preconditions.NotNull(data);
        Preconditions.OptionalChannel(channel);
        var lookup = new PeriodLookup(periods, calendar);
        var reader = calculator.Begin(data, lookup, channel);
        OverMentions(data, lookup, channel, [reader]);
        return lookup.PerRequest(reader.Results());
    }
}
