using System.Globalization;
using System.Runtime.CompilerServices;

namespace KpiToolkit.Activity;

/// <summary>
/// The counters of a social post: one value per <see cref="PostCounter"/> kind the platform reported. A kind
/// that was not reported is null, which is not the same as 0.
/// </summary>
/// <remarks>
/// <para>Counters are kept compactly: a bit per kind says whether it was reported, and the reported values sit
/// in one array in the order of their kinds, so a post with eight counters holds eight numbers whatever the
/// number of kinds. Built-in kinds have a property each; any kind, a host's own included, is read with
/// <see cref="Get"/> and set with <see cref="With"/> or <see cref="Of"/>.</para>
/// <para>Counters may not be negative. Immutable; set the ones you have with an object initializer.</para>
/// </remarks>
public sealed record PostCounters
{
    private UInt128 _reported;
    private long[] _values = [];

    /// <summary>Gets counters that are all unreported.</summary>
    public static PostCounters None { get; } = new();

    /// <summary>Gets how many times the post was on screen; repeated exposures count again; null when not reported. See <see cref="PostCounter.Impressions"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Impressions { get => Get(PostCounter.Impressions); init => Set(PostCounter.Impressions, value); }

    /// <summary>Gets how many unique accounts saw the post; null when not reported. See <see cref="PostCounter.Reach"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Reach { get => Get(PostCounter.Reach); init => Set(PostCounter.Reach, value); }

    /// <summary>Gets likes and other reactions; null when not reported. See <see cref="PostCounter.Reactions"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Reactions { get => Get(PostCounter.Reactions); init => Set(PostCounter.Reactions, value); }

    /// <summary>Gets comments and replies; null when not reported. See <see cref="PostCounter.Comments"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Comments { get => Get(PostCounter.Comments); init => Set(PostCounter.Comments, value); }

    /// <summary>Gets shares, reposts and retweets; null when not reported. See <see cref="PostCounter.Shares"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Shares { get => Get(PostCounter.Shares); init => Set(PostCounter.Shares, value); }

    /// <summary>Gets saves and bookmarks; null when not reported. See <see cref="PostCounter.Saves"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Saves { get => Get(PostCounter.Saves); init => Set(PostCounter.Saves, value); }

    /// <summary>Gets every click on the post, as the platform totals them; null when not reported. See <see cref="PostCounter.Clicks"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Clicks { get => Get(PostCounter.Clicks); init => Set(PostCounter.Clicks, value); }

    /// <summary>Gets video views, for a video, reel or live; null when not reported. See <see cref="PostCounter.VideoViews"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? VideoViews { get => Get(PostCounter.VideoViews); init => Set(PostCounter.VideoViews, value); }

    /// <summary>Gets quotes (reposts with a comment of their own); null when not reported. See <see cref="PostCounter.Quotes"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Quotes { get => Get(PostCounter.Quotes); init => Set(PostCounter.Quotes, value); }

    /// <summary>Gets clicks on a link of the post; null when not reported. See <see cref="PostCounter.LinkClicks"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? LinkClicks { get => Get(PostCounter.LinkClicks); init => Set(PostCounter.LinkClicks, value); }

    /// <summary>Gets clicks on the author's name or picture; null when not reported. See <see cref="PostCounter.ProfileClicks"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? ProfileClicks { get => Get(PostCounter.ProfileClicks); init => Set(PostCounter.ProfileClicks, value); }

    /// <summary>Gets clicks on a hashtag; null when not reported. See <see cref="PostCounter.HashtagClicks"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? HashtagClicks { get => Get(PostCounter.HashtagClicks); init => Set(PostCounter.HashtagClicks, value); }

    /// <summary>Gets clicks that opened the post's details; null when not reported. See <see cref="PostCounter.DetailExpands"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? DetailExpands { get => Get(PostCounter.DetailExpands); init => Set(PostCounter.DetailExpands, value); }

    /// <summary>Gets clicks on the post's own address; null when not reported. See <see cref="PostCounter.PermalinkClicks"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? PermalinkClicks { get => Get(PostCounter.PermalinkClicks); init => Set(PostCounter.PermalinkClicks, value); }

    /// <summary>Gets app opens from the post; null when not reported. See <see cref="PostCounter.AppOpens"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? AppOpens { get => Get(PostCounter.AppOpens); init => Set(PostCounter.AppOpens, value); }

    /// <summary>Gets app installs from the post; null when not reported. See <see cref="PostCounter.AppInstalls"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? AppInstalls { get => Get(PostCounter.AppInstalls); init => Set(PostCounter.AppInstalls, value); }

    /// <summary>Gets follows of the account from the post; null when not reported. See <see cref="PostCounter.Follows"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Follows { get => Get(PostCounter.Follows); init => Set(PostCounter.Follows, value); }

    /// <summary>Gets times the post was sent by e-mail; null when not reported. See <see cref="PostCounter.EmailShares"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? EmailShares { get => Get(PostCounter.EmailShares); init => Set(PostCounter.EmailShares, value); }

    /// <summary>Gets phone numbers of the post dialled; null when not reported. See <see cref="PostCounter.PhoneDials"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? PhoneDials { get => Get(PostCounter.PhoneDials); init => Set(PostCounter.PhoneDials, value); }

    /// <summary>Gets clicks on the post's photo or video; null when not reported. See <see cref="PostCounter.MediaEngagements"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? MediaEngagements { get => Get(PostCounter.MediaEngagements); init => Set(PostCounter.MediaEngagements, value); }

    /// <summary>Gets views of the post's media; null when not reported. See <see cref="PostCounter.MediaViews"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? MediaViews { get => Get(PostCounter.MediaViews); init => Set(PostCounter.MediaViews, value); }

    /// <summary>Gets clicks that are neither on a link nor on a photo or video; null when not reported. See <see cref="PostCounter.OtherClicks"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? OtherClicks { get => Get(PostCounter.OtherClicks); init => Set(PostCounter.OtherClicks, value); }

    /// <summary>Gets the unique people who interacted with the post; null when not reported. See <see cref="PostCounter.EngagedUsers"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? EngagedUsers { get => Get(PostCounter.EngagedUsers); init => Set(PostCounter.EngagedUsers, value); }

    /// <summary>Gets the unique people who clicked anywhere in the post; null when not reported. See <see cref="PostCounter.PostConsumers"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? PostConsumers { get => Get(PostCounter.PostConsumers); init => Set(PostCounter.PostConsumers, value); }

    /// <summary>Gets the clicks anywhere in the post; null when not reported. See <see cref="PostCounter.Consumptions"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Consumptions { get => Get(PostCounter.Consumptions); init => Set(PostCounter.Consumptions, value); }

    /// <summary>Gets visits of the account's profile from the post; null when not reported. See <see cref="PostCounter.ProfileVisits"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? ProfileVisits { get => Get(PostCounter.ProfileVisits); init => Set(PostCounter.ProfileVisits, value); }

    /// <summary>Gets Meta's views: times the content was played or displayed; null when not reported. See <see cref="PostCounter.Views"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? Views { get => Get(PostCounter.Views); init => Set(PostCounter.Views, value); }

    /// <summary>Gets the time spent watching, in whole seconds; null when not reported. See <see cref="PostCounter.WatchTimeSeconds"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? WatchTimeSeconds { get => Get(PostCounter.WatchTimeSeconds); init => Set(PostCounter.WatchTimeSeconds, value); }

    /// <summary>Gets the subscribers the post brought; null when not reported. See <see cref="PostCounter.SubscribersGained"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? SubscribersGained { get => Get(PostCounter.SubscribersGained); init => Set(PostCounter.SubscribersGained, value); }

    /// <summary>Gets the subscribers lost while the post was watched; null when not reported. See <see cref="PostCounter.SubscribersLost"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative number.</exception>
    public long? SubscribersLost { get => Get(PostCounter.SubscribersLost); init => Set(PostCounter.SubscribersLost, value); }

    /// <summary>Gets how many kinds were reported.</summary>
    public int Count => _values.Length;

    /// <summary>Gets the reported counters, in the order of their kinds.</summary>
    public IEnumerable<KeyValuePair<PostCounter, long>> Reported
    {
        get
        {
            var remaining = _reported;
            for (var index = 0; remaining != UInt128.Zero; index++)
            {
                var id = (int)UInt128.TrailingZeroCount(remaining);
                yield return new(PostCounter.FromId(id), _values[index]);
                remaining &= remaining - UInt128.One;
            }
        }
    }

    /// <summary>Creates counters from pairs of a kind and its value; a null value leaves the kind unreported.</summary>
    /// <param name="counters">The kinds and their values; a kind may appear once.</param>
    /// <returns>The counters.</returns>
    /// <exception cref="ArgumentException">A kind is empty or appears twice, or a value is negative.</exception>
    public static PostCounters Of(params IEnumerable<(PostCounter Counter, long? Value)> counters)
    {
        Preconditions.NotNull(counters);

        // Importers call this once per post: the values wait by kind in a stack buffer, and the messages are made
        // only when a check fails.
        var reported = UInt128.Zero;
        var present = UInt128.Zero;
        Span<long> byId = stackalloc long[PostCounter.MaxKinds];
        foreach (var (counter, value) in counters)
        {
            CheckKind(counter, nameof(counters));
            var bit = UInt128.One << counter.Id;
            if ((reported & bit) != UInt128.Zero)
            {
                throw new ArgumentException($"counters names {counter.Name} twice.", nameof(counters));
            }

            reported |= bit;
            if (value is { } v)
            {
                byId[counter.Id] = NonNegative(v, counter, nameof(counters));
                present |= bit;
            }
        }

        if (present == UInt128.Zero)
        {
            return new PostCounters();
        }

        var values = new long[(int)UInt128.PopCount(present)];
        var remaining = present;
        for (var index = 0; remaining != UInt128.Zero; index++)
        {
            values[index] = byId[(int)UInt128.TrailingZeroCount(remaining)];
            remaining &= remaining - UInt128.One;
        }

        return new PostCounters { _reported = present, _values = values };
    }

    /// <summary>Returns one counter by its kind.</summary>
    /// <param name="counter">The kind, built-in or a host's own.</param>
    /// <returns>Its value, or null when not reported.</returns>
    /// <exception cref="ArgumentException"><paramref name="counter"/> is the empty (default) kind.</exception>
    public long? Get(PostCounter counter)
    {
        CheckKind(counter, nameof(counter));
        return TryGet(counter.Id, out var value) ? value : null;
    }

    /// <summary>Returns whether a kind was reported.</summary>
    /// <param name="counter">The kind.</param>
    /// <returns><see langword="true"/> when the platform reported it, even as 0.</returns>
    /// <exception cref="ArgumentException"><paramref name="counter"/> is the empty (default) kind.</exception>
    public bool IsReported(PostCounter counter)
    {
        CheckKind(counter, nameof(counter));
        return (_reported & (UInt128.One << counter.Id)) != UInt128.Zero;
    }

    /// <summary>Returns a copy with one counter set, or unreported when <paramref name="value"/> is null.</summary>
    /// <param name="counter">The kind, built-in or a host's own.</param>
    /// <param name="value">Its value; at least 0, or null for not reported.</param>
    /// <returns>The new counters; this instance does not change.</returns>
    /// <exception cref="ArgumentException"><paramref name="counter"/> is the empty kind, or <paramref name="value"/> is negative.</exception>
    public PostCounters With(PostCounter counter, long? value)
    {
        CheckKind(counter, nameof(counter));
        if (value is { } v)
        {
            NonNegative(v, counter, nameof(value));
        }

        var copy = new PostCounters { _reported = _reported, _values = _values };
        copy.Store(counter.Id, value);
        return copy;
    }

    /// <inheritdoc />
    public bool Equals(PostCounters? other) =>
        other is not null && _reported == other._reported && _values.AsSpan().SequenceEqual(other._values);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(_reported);
        foreach (var value in _values)
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the reported counters, such as <c>Impressions = 1200, Reactions = 31</c>.</summary>
    /// <returns>A short description; <c>no counters</c> when none was reported.</returns>
    public override string ToString() =>
        _values.Length == 0
            ? "no counters"
            : string.Join(", ", Reported.Select(pair => string.Create(CultureInfo.InvariantCulture, $"{pair.Key.Name} = {pair.Value}")));

    /// <summary>Gets the kinds reported, one bit per kind id, and their values in the order of the ids: for copying without an enumerator.</summary>
    internal (UInt128 Reported, ReadOnlyMemory<long> Values) Packed => (_reported, _values);

    /// <summary>Reads a counter by the number of its kind, without checks: the hot path of the calculators.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGet(int id, out long value)
    {
        var bit = UInt128.One << id;
        if ((_reported & bit) == UInt128.Zero)
        {
            value = 0;
            return false;
        }

        value = _values[(int)UInt128.PopCount(_reported & (bit - UInt128.One))];
        return true;
    }

    /// <summary>Reads a counter already known to be reported, given the mask of the kinds below its own: the row sum pass's hot path.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal long ReportedValue(UInt128 kindsBelow) => _values[(int)UInt128.PopCount(_reported & kindsBelow)];

    /// <summary>Gets whether every kind of a mask was reported.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool ReportsAll(UInt128 mask) => (_reported & mask) == mask;

    private static void CheckKind(PostCounter counter, string parameterName)
    {
        if (counter.IsEmpty)
        {
            throw new ArgumentException($"{parameterName} must not be the empty (default) post counter.", parameterName);
        }
    }

    private static long NonNegative(long value, PostCounter counter, string parameterName) =>
        value < 0
            ? throw new ArgumentOutOfRangeException(parameterName, value, string.Create(CultureInfo.InvariantCulture, $"{counter.Name} must not be negative, but was {value}."))
            : value;

    // Init accessors run on a new instance or on a copy made by 'with', which shares the array: so the array is
    // replaced, never written to.
    private void Set(PostCounter counter, long? value, [CallerMemberName] string? name = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, string.Create(CultureInfo.InvariantCulture, $"{name} must not be negative, but was {value}."));
        }

        Store(counter.Id, value);
    }

    private void Store(int id, long? value)
    {
        var bit = UInt128.One << id;
        var index = (int)UInt128.PopCount(_reported & (bit - UInt128.One));
        var present = (_reported & bit) != UInt128.Zero;
        if (value is not { } v)
        {
            if (present)
            {
                _values = [.. _values.AsSpan(0, index), .. _values.AsSpan(index + 1)];
                _reported &= ~bit;
            }

            return;
        }

        if (present)
        {
            var copy = (long[])_values.Clone();
            copy[index] = v;
            _values = copy;
            return;
        }

        _values = [.. _values.AsSpan(0, index), v, .. _values.AsSpan(index)];
        _reported |= bit;
    }
}
