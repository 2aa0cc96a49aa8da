using System.Diagnostics.CodeAnalysis;

namespace KpiToolkit.Activity;

/// <summary>What a counter of a post measures, which decides where it may be used.</summary>
public enum PostCounterKind
{
    /// <summary>An interaction with the post (a like, a reply, a click …): may be part of an engagement composition.</summary>
    Interaction,

    /// <summary>How often or how widely the post was seen (impressions, reach, views): a denominator, never an engagement.</summary>
    Exposure,

    /// <summary>A change of the account's audience caused by the post (subscribers gained or lost).</summary>
    Audience,

    /// <summary>A length of time, in seconds (watch time): never an engagement.</summary>
    Duration,
}

/// <summary>
/// One kind of counter a platform reports for a post: a built-in kind, named as the platforms name it
/// (<see cref="LinkClicks"/> is X's <c>url clicks</c> and Facebook's <c>link clicks</c>), or a kind a host
/// defines with <see cref="Define"/>. The set is open, and every kind has a small number so that
/// <see cref="PostCounters"/> can keep a post's counters in one array behind a bit mask.
/// </summary>
/// <remarks>
/// <para>Kinds compare by number; names compare without regard to case. The default value is the empty kind,
/// which no API accepts; <see cref="IsEmpty"/> tells it.</para>
/// <para>A process holds at most <see cref="MaxKinds"/> kinds, built-in ones included.</para>
/// </remarks>
public readonly struct PostCounter : IEquatable<PostCounter>
{
    /// <summary>The most kinds a process can hold, built-in and host-defined together.</summary>
    public const int MaxKinds = 128;

    private static readonly Lock DefinitionLock = new();
    // Replaced whole on each definition, so that reading a kind's name takes no lock.
    private static Definition[] _definitions = [];
    private static readonly Dictionary<string, int> IdsByName = new(StringComparer.OrdinalIgnoreCase);
    private static readonly List<PostCounter> BuiltInList = [];

    // The number plus one, so that the default value is the empty kind.
    private readonly byte _code;

    private PostCounter(int id) => _code = checked((byte)(id + 1));

    /// <summary>Gets how many times the post was on screen; repeated exposures count again.</summary>
    public static PostCounter Impressions { get; } = BuiltIn("Impressions", "impressions", PostCounterKind.Exposure);

    /// <summary>Gets how many unique accounts saw the post (LinkedIn's <c>unique impressions</c>, Facebook's <c>reach</c>).</summary>
    public static PostCounter Reach { get; } = BuiltIn("Reach", "reach", PostCounterKind.Exposure);

    /// <summary>Gets likes and other reactions (X, Instagram and YouTube <c>likes</c>; Facebook and LinkedIn <c>reactions</c>).</summary>
    public static PostCounter Reactions { get; } = BuiltIn("Reactions", "reactions", PostCounterKind.Interaction);

    /// <summary>Gets comments (X's <c>replies</c>).</summary>
    public static PostCounter Comments { get; } = BuiltIn("Comments", "comments", PostCounterKind.Interaction);

    /// <summary>Gets shares (X's <c>retweets</c> or reposts, LinkedIn's <c>reposts</c>).</summary>
    public static PostCounter Shares { get; } = BuiltIn("Shares", "shares", PostCounterKind.Interaction);

    /// <summary>Gets saves (Instagram's <c>saves</c>, X's <c>bookmarks</c>).</summary>
    public static PostCounter Saves { get; } = BuiltIn("Saves", "saves", PostCounterKind.Interaction);

    /// <summary>Gets every click on the post as the platform totals them (LinkedIn's <c>clicks</c>, Facebook's <c>post clicks</c>).</summary>
    public static PostCounter Clicks { get; } = BuiltIn("Clicks", "clicks", PostCounterKind.Interaction);

    /// <summary>Gets video views (Facebook's <c>video views</c>, YouTube's <c>views</c>).</summary>
    public static PostCounter VideoViews { get; } = BuiltIn("VideoViews", "video views", PostCounterKind.Exposure);

    /// <summary>Gets quotes: reposts with a comment of their own (X's <c>quotes</c>).</summary>
    public static PostCounter Quotes { get; } = BuiltIn("Quotes", "quotes", PostCounterKind.Interaction);

    /// <summary>Gets clicks on a link of the post (X's <c>url clicks</c>, Facebook's <c>link clicks</c>).</summary>
    public static PostCounter LinkClicks { get; } = BuiltIn("LinkClicks", "link clicks", PostCounterKind.Interaction);

    /// <summary>Gets clicks on the author's name or picture (X's <c>user profile clicks</c>).</summary>
    public static PostCounter ProfileClicks { get; } = BuiltIn("ProfileClicks", "profile clicks", PostCounterKind.Interaction);

    /// <summary>Gets clicks on a hashtag of the post (X's <c>hashtag clicks</c>).</summary>
    public static PostCounter HashtagClicks { get; } = BuiltIn("HashtagClicks", "hashtag clicks", PostCounterKind.Interaction);

    /// <summary>Gets clicks that opened the post's details (X's <c>detail expands</c>).</summary>
    public static PostCounter DetailExpands { get; } = BuiltIn("DetailExpands", "detail expands", PostCounterKind.Interaction);

    /// <summary>Gets clicks on the post's own address (X's <c>permalink clicks</c>).</summary>
    public static PostCounter PermalinkClicks { get; } = BuiltIn("PermalinkClicks", "permalink clicks", PostCounterKind.Interaction);

    /// <summary>Gets app opens from the post (X's <c>app opens</c>).</summary>
    public static PostCounter AppOpens { get; } = BuiltIn("AppOpens", "app opens", PostCounterKind.Interaction);

    /// <summary>Gets app installs from the post (X's <c>app installs</c>).</summary>
    public static PostCounter AppInstalls { get; } = BuiltIn("AppInstalls", "app installs", PostCounterKind.Interaction);

    /// <summary>Gets follows of the account from the post (X's, Instagram's and LinkedIn's <c>follows</c>).</summary>
    public static PostCounter Follows { get; } = BuiltIn("Follows", "follows", PostCounterKind.Interaction);

    /// <summary>Gets times the post was sent by e-mail (X's <c>email tweet</c>).</summary>
    public static PostCounter EmailShares { get; } = BuiltIn("EmailShares", "email shares", PostCounterKind.Interaction);

    /// <summary>Gets phone numbers of the post dialled (X's <c>dial phone</c>).</summary>
    public static PostCounter PhoneDials { get; } = BuiltIn("PhoneDials", "phone dials", PostCounterKind.Interaction);

    /// <summary>Gets clicks on the post's photo or video (X's <c>media engagements</c>).</summary>
    public static PostCounter MediaEngagements { get; } = BuiltIn("MediaEngagements", "media engagements", PostCounterKind.Interaction);

    /// <summary>Gets views of the post's media (X's <c>media views</c>), which X does not count as engagements.</summary>
    public static PostCounter MediaViews { get; } = BuiltIn("MediaViews", "media views", PostCounterKind.Exposure);

    /// <summary>Gets clicks that are neither on a link nor on a photo or video (Facebook's <c>other clicks</c>).</summary>
    public static PostCounter OtherClicks { get; } = BuiltIn("OtherClicks", "other clicks", PostCounterKind.Interaction);

    /// <summary>Gets the unique people who interacted with the post in any way (Facebook's <c>engaged users</c>).</summary>
    public static PostCounter EngagedUsers { get; } = BuiltIn("EngagedUsers", "engaged users", PostCounterKind.Interaction);

    /// <summary>Gets the unique people who clicked anywhere in the post (Facebook's <c>post consumers</c>).</summary>
    public static PostCounter PostConsumers { get; } = BuiltIn("PostConsumers", "post consumers", PostCounterKind.Interaction);

    /// <summary>Gets the clicks anywhere in the post (Facebook's <c>post consumptions</c>).</summary>
    public static PostCounter Consumptions { get; } = BuiltIn("Consumptions", "consumptions", PostCounterKind.Interaction);

    /// <summary>Gets visits of the account's profile from the post (Instagram's <c>profile visits</c>).</summary>
    public static PostCounter ProfileVisits { get; } = BuiltIn("ProfileVisits", "profile visits", PostCounterKind.Interaction);

    /// <summary>Gets Meta's <c>views</c>: times the content was played or displayed, which replaced impressions in 2025.</summary>
    public static PostCounter Views { get; } = BuiltIn("Views", "views", PostCounterKind.Exposure);

    /// <summary>Gets the time spent watching the video, in whole seconds (YouTube's <c>watch time</c>, exported in hours).</summary>
    public static PostCounter WatchTimeSeconds { get; } = BuiltIn("WatchTimeSeconds", "watch time (seconds)", PostCounterKind.Duration);

    /// <summary>Gets the subscribers the video brought (YouTube's <c>subscribers gained</c>).</summary>
    public static PostCounter SubscribersGained { get; } = BuiltIn("SubscribersGained", "subscribers gained", PostCounterKind.Audience);

    /// <summary>Gets the subscribers lost while the video was watched (YouTube's <c>subscribers lost</c>).</summary>
    public static PostCounter SubscribersLost { get; } = BuiltIn("SubscribersLost", "subscribers lost", PostCounterKind.Audience);

    /// <summary>Gets every built-in kind, in the order of their numbers.</summary>
    public static IReadOnlyList<PostCounter> BuiltInKinds { get; } = BuiltInList.AsReadOnly();

    /// <summary>Gets the name of the kind, such as <c>LinkClicks</c> or a host's own name; empty for the default value.</summary>
    public string Name => IsEmpty ? string.Empty : DefinitionOf(this).Name;

    /// <summary>Gets the kind as words in a formula, such as <c>link clicks</c>; empty for the default value.</summary>
    public string Words => IsEmpty ? string.Empty : DefinitionOf(this).Words;

    /// <summary>Gets what the counter measures.</summary>
    /// <exception cref="InvalidOperationException">This is the empty (default) kind.</exception>
    public PostCounterKind Kind => IsEmpty
        ? throw new InvalidOperationException("The empty (default) post counter has no kind.")
        : DefinitionOf(this).Kind;

    /// <summary>Gets whether the kind is one of the built-in ones.</summary>
    public bool IsBuiltIn => !IsEmpty && DefinitionOf(this).IsBuiltIn;

    /// <summary>Gets whether this is the default, empty kind.</summary>
    public bool IsEmpty => _code == 0;

    /// <summary>Gets the number of the kind: its place in a post's counters.</summary>
    internal int Id => _code - 1;

    /// <summary>
    /// Defines a kind of counter of a host's own, or returns the one already defined with that name. Defining
    /// the same name twice with the same kind gives the same counter.
    /// </summary>
    /// <param name="name">The name, such as <c>newsletter signups</c>; surrounding spaces are removed; at most 100 characters.</param>
    /// <param name="kind">What the counter measures; <see cref="PostCounterKind.Interaction"/> by default.</param>
    /// <returns>The counter.</returns>
    /// <exception cref="ArgumentException">The name is blank, too long, the name of a built-in kind, or already defined with another kind; or the kind is undefined.</exception>
    /// <exception cref="InvalidOperationException">The process already holds <see cref="MaxKinds"/> kinds.</exception>
    public static PostCounter Define(string name, PostCounterKind kind = PostCounterKind.Interaction)
    {
        var trimmed = Preconditions.NotBlank(name).Trim();
        Preconditions.Check(trimmed.Length <= 100, $"name must be at most 100 characters, but was {trimmed.Length}.", nameof(name));
        Preconditions.Defined(kind);
        lock (DefinitionLock)
        {
            if (IdsByName.TryGetValue(trimmed, out var id))
            {
                var existing = _definitions[id];
                Preconditions.Check(!existing.IsBuiltIn, $"'{trimmed}' is the name of a built-in counter; use PostCounter.{existing.Name}.", nameof(name));
                Preconditions.Check(existing.Kind == kind, $"The counter '{existing.Name}' is already defined as {existing.Kind}, not {kind}.", nameof(kind));
                return new PostCounter(id);
            }

            return Add(trimmed, trimmed, kind, isBuiltIn: false);
        }
    }

    /// <summary>Finds a built-in or defined kind by its name, ignoring case.</summary>
    /// <param name="name">The name, such as <c>LinkClicks</c>.</param>
    /// <param name="counter">The kind when found.</param>
    /// <returns><see langword="true"/> when a kind has that name.</returns>
    public static bool TryFind([NotNullWhen(true)] string? name, out PostCounter counter)
    {
        counter = default;
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        lock (DefinitionLock)
        {
            if (IdsByName.TryGetValue(name.Trim(), out var id))
            {
                counter = new PostCounter(id);
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals(PostCounter other) => _code == other._code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PostCounter other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _code;

    /// <summary>Returns the name.</summary>
    /// <returns>The name, such as <c>LinkClicks</c>.</returns>
    public override string ToString() => Name;

    /// <summary>Compares two kinds.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when they are the same kind.</returns>
    public static bool operator ==(PostCounter left, PostCounter right) => left.Equals(right);

    /// <summary>Compares two kinds.</summary>
    /// <param name="left">The first kind.</param>
    /// <param name="right">The second kind.</param>
    /// <returns><see langword="true"/> when they are different kinds.</returns>
    public static bool operator !=(PostCounter left, PostCounter right) => !left.Equals(right);

    /// <summary>Returns the kind with that number; only for numbers handed out by this type.</summary>
    internal static PostCounter FromId(int id) => new(id);

    private static PostCounter BuiltIn(string name, string words, PostCounterKind kind)
    {
        lock (DefinitionLock)
        {
            var counter = Add(name, words, kind, isBuiltIn: true);
            BuiltInList.Add(counter);
            return counter;
        }
    }

    private static PostCounter Add(string name, string words, PostCounterKind kind, bool isBuiltIn)
    {
        if (_definitions.Length >= MaxKinds)
        {
            throw new InvalidOperationException(
                $"A process can hold at most {MaxKinds} kinds of post counter, and all are taken; '{name}' cannot be defined. Reuse the kinds you have defined.");
        }

        var id = _definitions.Length;
        Volatile.Write(ref _definitions, [.. _definitions, new Definition(name, words, kind, isBuiltIn)]);
        IdsByName[name] = id;
        return new PostCounter(id);
    }

    private static Definition DefinitionOf(PostCounter counter) => Volatile.Read(ref _definitions)[counter.Id];

    private sealed record Definition(string Name, string Words, PostCounterKind Kind, bool IsBuiltIn);
}
