using KpiToolkit.Activity;

namespace KpiToolkit.Orleans.Wire;

/// <summary>A post as it travels: every field of <see cref="SocialPost"/>, counters (by name and kind) and platform figures as parallel arrays.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.SocialPost")]
internal struct SocialPostSurrogate
{
    [Id(0)] public string Id;
    [Id(1)] public string Channel;
    [Id(2)] public WireInstant PublishedAt;
    [Id(3)] public int Format;
    [Id(4)] public bool IsPaid;
    [Id(5)] public string[] CounterNames;
    [Id(6)] public long[] CounterValues;
    [Id(7)] public string[] FigureNames;
    [Id(8)] public decimal[] FigureValues;
    [Id(9)] public int[] CounterKinds;
}

/// <summary>Converts posts to and from their surrogate, so grain calls and grain state take <see cref="SocialPost"/> as it is.</summary>
[RegisterConverter]
internal sealed class SocialPostConverter : IConverter<SocialPost, SocialPostSurrogate>
{
    public SocialPost ConvertFromSurrogate(in SocialPostSurrogate surrogate)
    {
        var counters = new (PostCounter, long?)[surrogate.CounterNames.Length];
        for (var i = 0; i < counters.Length; i++)
        {
            // Counters travel by name: a host-defined kind may have another number in this process, or none yet.
            var name = surrogate.CounterNames[i];
            var counter = PostCounter.TryFind(name, out var known) ? known : PostCounter.Define(name, (PostCounterKind)surrogate.CounterKinds[i]);
            counters[i] = (counter, surrogate.CounterValues[i]);
        }

        var figures = new (string, decimal?)[surrogate.FigureNames.Length];
        for (var i = 0; i < figures.Length; i++)
        {
            figures[i] = (surrogate.FigureNames[i], surrogate.FigureValues[i]);
        }

        return new SocialPost(
            surrogate.Id,
            new Channel(surrogate.Channel),
            surrogate.PublishedAt.ToInstant(),
            (PostFormat)surrogate.Format,
            surrogate.IsPaid,
            counters.Length == 0 ? null : PostCounters.Of(counters),
            figures.Length == 0 ? null : PlatformFigures.Of(figures));
    }

    public SocialPostSurrogate ConvertToSurrogate(in SocialPost value)
    {
        var counters = value.Counters.Reported.ToArray();
        var figures = value.PlatformFigures.All.ToArray();
        return new SocialPostSurrogate
        {
            Id = value.Id,
            Channel = value.Channel.Name,
            PublishedAt = WireInstant.From(value.PublishedAt),
            Format = (int)value.Format,
            IsPaid = value.IsPaid,
            CounterNames = [.. counters.Select(pair => pair.Key.Name)],
            CounterKinds = [.. counters.Select(pair => (int)pair.Key.Kind)],
            CounterValues = [.. counters.Select(pair => pair.Value)],
            FigureNames = [.. figures.Select(pair => pair.Key)],
            FigureValues = [.. figures.Select(pair => pair.Value)],
        };
    }
}

/// <summary>A mention as it travels: every field of <see cref="Mention"/>.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.Mention")]
internal struct MentionSurrogate
{
    [Id(0)] public string Id;
    [Id(1)] public WireInstant PublishedAt;
    [Id(2)] public int SourceType;
    [Id(3)] public string Author;
    [Id(4)] public string? Competitor;
    [Id(5)] public int Sentiment;
    [Id(6)] public string? Channel;
    [Id(7)] public long? PotentialReach;
    [Id(8)] public long? Reactions;
    [Id(9)] public long? Comments;
    [Id(10)] public long? Shares;
}

/// <summary>Converts mentions to and from their surrogate, so grain calls and grain state take <see cref="Mention"/> as it is.</summary>
[RegisterConverter]
internal sealed class MentionConverter : IConverter<Mention, MentionSurrogate>
{
    public Mention ConvertFromSurrogate(in MentionSurrogate surrogate) => new(
        surrogate.Id,
        surrogate.PublishedAt.ToInstant(),
        (MentionSourceType)surrogate.SourceType,
        surrogate.Author,
        surrogate.Competitor is null ? Subject.Company : Subject.Competitor(surrogate.Competitor),
        (Sentiment)surrogate.Sentiment,
        surrogate.Channel is null ? null : new Channel(surrogate.Channel),
        surrogate.PotentialReach,
        surrogate.Reactions,
        surrogate.Comments,
        surrogate.Shares);

    public MentionSurrogate ConvertToSurrogate(in Mention value) => new()
    {
        Id = value.Id,
        PublishedAt = WireInstant.From(value.PublishedAt),
        SourceType = (int)value.SourceType,
        Author = value.Author,
        Competitor = value.Subject.IsCompany ? null : value.Subject.Name,
        Sentiment = (int)value.Sentiment,
        Channel = value.Channel?.Name,
        PotentialReach = value.PotentialReach,
        Reactions = value.Reactions,
        Comments = value.Comments,
        Shares = value.Shares,
    };
}

/// <summary>A row of channel activity as it travels: every field of <see cref="ChannelActivity"/>.</summary>
[GenerateSerializer, Immutable, Alias("KpiToolkit.Orleans.ChannelActivity")]
internal struct ChannelActivitySurrogate
{
    [Id(0)] public string Channel;
    [Id(1)] public WireDate Start;
    [Id(2)] public WireDate End;
    [Id(3)] public long? Impressions;
    [Id(4)] public long? Reach;
    [Id(5)] public long? Engagements;
    [Id(6)] public long? Followers;
    [Id(7)] public long? ProfileVisits;
    [Id(8)] public decimal? ReportedEngagementRate;
}

/// <summary>Converts activity rows to and from their surrogate, so grain calls and grain state take <see cref="ChannelActivity"/> as it is.</summary>
[RegisterConverter]
internal sealed class ChannelActivityConverter : IConverter<ChannelActivity, ChannelActivitySurrogate>
{
    public ChannelActivity ConvertFromSurrogate(in ChannelActivitySurrogate surrogate) => new(
        new Channel(surrogate.Channel),
        new NodaTime.DateInterval(surrogate.Start.ToLocalDate(), surrogate.End.ToLocalDate()),
        surrogate.Impressions,
        surrogate.Reach,
        surrogate.Engagements,
        surrogate.Followers,
        surrogate.ProfileVisits,
        surrogate.ReportedEngagementRate);

    public ChannelActivitySurrogate ConvertToSurrogate(in ChannelActivity value) => new()
    {
        Channel = value.Channel.Name,
        Start = WireDate.From(value.Dates.Start),
        End = WireDate.From(value.Dates.End),
        Impressions = value.Impressions,
        Reach = value.Reach,
        Engagements = value.Engagements,
        Followers = value.Followers,
        ProfileVisits = value.ProfileVisits,
        ReportedEngagementRate = value.ReportedEngagementRate,
    };
}
