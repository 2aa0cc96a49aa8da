using System.Globalization;
using System.Runtime.CompilerServices;

namespace KpiToolkit.Activity;

/// <summary>
/// The counters of a social post. Each is null when the platform did not report it, which is not the
/// same as 0.
/// </summary>
/// <remarks>Counters may not be negative. Immutable; set the ones you have with an object initializer.</remarks>
public sealed record PostCounters
{
    private readonly long? _impressions;
    private readonly long? _reach;
    private readonly long? _reactions;
    private readonly long? _comments;
    private readonly long? _shares;
    private readonly long? _saves;
    private readonly long? _clicks;
    private readonly long? _videoViews;

    /// <summary>Gets counters that are all unreported.</summary>
    public static PostCounters None { get; } = new();

    /// <summary>Gets how many times the post was on screen; repeated exposures count again.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Impressions { get => _impressions; init => _impressions = NonNegative(value); }

    /// <summary>Gets how many unique accounts saw the post.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Reach { get => _reach; init => _reach = NonNegative(value); }

    /// <summary>Gets likes and other reactions.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Reactions { get => _reactions; init => _reactions = NonNegative(value); }

    /// <summary>Gets comments and replies.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Comments { get => _comments; init => _comments = NonNegative(value); }

    /// <summary>Gets shares, reposts and retweets.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Shares { get => _shares; init => _shares = NonNegative(value); }

    /// <summary>Gets saves and bookmarks.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Saves { get => _saves; init => _saves = NonNegative(value); }

    /// <summary>Gets clicks on the post (links, profile, media), as the platform counts them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Clicks { get => _clicks; init => _clicks = NonNegative(value); }

    /// <summary>Gets video views, for a video, reel or live.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? VideoViews { get => _videoViews; init => _videoViews = NonNegative(value); }

    /// <summary>Returns one counter by its kind.</summary>
    /// <param name="counter">The counter.</param>
    /// <returns>Its value, or null when not reported.</returns>
    public long? Get(PostCounter counter) => counter switch
    {
        PostCounter.Impressions => Impressions,
        PostCounter.Reach => Reach,
        PostCounter.Reactions => Reactions,
        PostCounter.Comments => Comments,
        PostCounter.Shares => Shares,
        PostCounter.Saves => Saves,
        PostCounter.Clicks => Clicks,
        PostCounter.VideoViews => VideoViews,
        _ => throw new ArgumentOutOfRangeException(nameof(counter), counter, "counter is not a defined PostCounter value."),
    };

    private static long? NonNegative(long? value, [CallerMemberName] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must not be negative, but was {value}."));
        }

        return value;
    }
}

/// <summary>One counter of a <see cref="PostCounters"/>.</summary>
public enum PostCounter
{
    /// <summary><see cref="PostCounters.Impressions"/>.</summary>
    Impressions,

    /// <summary><see cref="PostCounters.Reach"/>.</summary>
    Reach,

    /// <summary><see cref="PostCounters.Reactions"/>.</summary>
    Reactions,

    /// <summary><see cref="PostCounters.Comments"/>.</summary>
    Comments,

    /// <summary><see cref="PostCounters.Shares"/>.</summary>
    Shares,

    /// <summary><see cref="PostCounters.Saves"/>.</summary>
    Saves,

    /// <summary><see cref="PostCounters.Clicks"/>.</summary>
    Clicks,

    /// <summary><see cref="PostCounters.VideoViews"/>.</summary>
    VideoViews,
}
