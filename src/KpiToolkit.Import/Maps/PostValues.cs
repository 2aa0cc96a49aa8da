using KpiToolkit.Activity;
using NodaTime;

namespace KpiToolkit.Import.Maps;

/// <summary>
/// The values a post map read from one row, held in place of a <see cref="SocialPost"/>: what the columnar import
/// writes to its columns, without an object per post. One instance serves every row of an import.
/// </summary>
internal sealed class PostValues
{
    private (PostCounter Counter, long? Value)[] _counters = new (PostCounter, long?)[16];

    /// <summary>Gets or sets whether the id and the platform's own figures are wanted: they cost a string and an object per post.</summary>
    public bool KeepIdAndFigures { get; set; } = true;

    public string? Id { get; set; }

    public Instant PublishedAt { get; set; }

    public Channel Channel { get; set; }

    public PostFormat Format { get; set; }

    public bool IsPaid { get; set; }

    public PlatformFigures? Figures { get; set; }

    /// <summary>Gets the counters read, reported or not, in the map's order.</summary>
    public ReadOnlySpan<(PostCounter Counter, long? Value)> Counters => _counters.AsSpan(0, CounterCount);

    public int CounterCount { get; private set; }

    /// <summary>Forgets the previous row's values.</summary>
    public void Clear()
    {
        Id = null;
        Figures = null;
        CounterCount = 0;
        Format = PostFormat.Other;
        IsPaid = false;
    }

    public void AddCounter(PostCounter counter, long? value)
    {
        if (CounterCount == _counters.Length)
        {
            Array.Resize(ref _counters, CounterCount * 2);
        }

        _counters[CounterCount++] = (counter, value);
    }

    /// <summary>Copies a post built by a map that reads rows into records only.</summary>
    public void CopyFrom(SocialPost post)
    {
        Clear();
        Id = post.Id;
        PublishedAt = post.PublishedAt;
        Channel = post.Channel;
        Format = post.Format;
        IsPaid = post.IsPaid;
        Figures = post.PlatformFigures.Count == 0 ? null : post.PlatformFigures;
        foreach (var (counter, value) in post.Counters.Reported)
        {
            AddCounter(counter, value);
        }
    }

    /// <summary>Makes the record of the values.</summary>
    public SocialPost ToPost() =>
        new(Id!, Channel, PublishedAt, Format, IsPaid, PostCounters.Of(_counters.Take(CounterCount)), Figures);
}
