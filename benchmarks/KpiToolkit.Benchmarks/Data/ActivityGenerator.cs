using System.Globalization;
using System.Runtime;
using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Benchmarks.Data;

/// <summary>
/// Deterministic synthetic activity of a consumer brand over three years (2023-01-01 to 2025-12-31, Europe/Paris):
/// posts on six social channels and mentions of the brand and two competitors, both in publication-time order,
/// as a warehouse query sorted by publication time or a merged export returns them.
/// </summary>
/// <remarks>
/// The same seed and count always give the same records. <see cref="StreamPosts"/> yields the posts one by one
/// without keeping them, so the same data can be read lazily or materialised with <see cref="Posts"/>.
/// </remarks>
public static class ActivityGenerator
{
    /// <summary>The seed of the posts unless another is given.</summary>
    public const int PostSeed = 20_230_101;

    /// <summary>The seed of the mentions unless another is given.</summary>
    public const int MentionSeed = 20_251_231;

    private const double TicksPerDay = NodaConstants.TicksPerDay;

    // What a post (with its counters and id) and a mention (with its id) take on the heap, with some room.
    private const long BytesPerPost = 320;
    private const long BytesPerMention = 250;

    // Channel mix, median organic reach and typical engagement rate (reactions + comments + shares over reach).
    private static readonly ChannelProfile[] Channels =
    [
        new(Channel.Instagram, "ig-", 0.30, 4_000, 0.045, [(PostFormat.Photo, 0.45), (PostFormat.Reel, 0.30), (PostFormat.Story, 0.15), (PostFormat.Video, 0.10)]),
        new(Channel.Facebook, "fb-", 0.20, 2_500, 0.020, [(PostFormat.Photo, 0.40), (PostFormat.Link, 0.25), (PostFormat.Video, 0.20), (PostFormat.Text, 0.15)]),
        new(Channel.LinkedIn, "li-", 0.15, 1_800, 0.030, [(PostFormat.Text, 0.35), (PostFormat.Photo, 0.30), (PostFormat.Link, 0.20), (PostFormat.Video, 0.15)]),
        new(Channel.X, "x-", 0.15, 3_000, 0.012, [(PostFormat.Text, 0.50), (PostFormat.Photo, 0.30), (PostFormat.Link, 0.15), (PostFormat.Video, 0.05)]),
        new(Channel.TikTok, "tt-", 0.12, 9_000, 0.060, [(PostFormat.Video, 0.85), (PostFormat.Live, 0.15)]),
        new(Channel.YouTube, "yt-", 0.08, 6_000, 0.035, [(PostFormat.Video, 0.60), (PostFormat.Reel, 0.30), (PostFormat.Live, 0.10)]),
    ];

    // Share of the day's posts and mentions published in each local hour, 00:00 to 23:00.
    private static readonly double[] PostHours =
        [0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.0, 1.3, 1.2, 1.2, 1.3, 1.5, 1.3, 1.1, 1.0, 1.0, 1.2, 1.5, 1.6, 1.4, 1.0, 0.7, 0.4];

    private static readonly double[] MentionHours =
        [0.5, 0.3, 0.2, 0.1, 0.1, 0.2, 0.4, 0.8, 1.0, 1.1, 1.1, 1.2, 1.3, 1.2, 1.1, 1.1, 1.1, 1.2, 1.4, 1.6, 1.7, 1.6, 1.2, 0.8];

    // Posts per weekday, Monday first: fewer at weekends.
    private static readonly double[] PostWeekdays = [1.0, 1.05, 1.05, 1.0, 0.95, 0.55, 0.45];

    // Mentions per weekday, Monday first: the weekend dips people talk less about brands.
    private static readonly double[] MentionWeekdays = [1.0, 1.05, 1.0, 1.0, 0.95, 0.65, 0.55];

    // Days when the company was suddenly talked about (a campaign, a bad buzz, Black Friday), with the factor
    // applied to its usual volume and to the following days.
    private static readonly (LocalDate Day, double[] Factors)[] Spikes =
    [
        (new LocalDate(2023, 3, 14), [4.0, 1.8]),
        (new LocalDate(2023, 6, 21), [3.0]),
        (new LocalDate(2023, 11, 24), [3.5, 1.5]),
        (new LocalDate(2024, 2, 6), [5.0, 2.5, 1.5]),
        (new LocalDate(2024, 9, 12), [3.0]),
        (new LocalDate(2025, 3, 18), [4.0, 1.6]),
        (new LocalDate(2025, 6, 5), [3.0]),
        (new LocalDate(2025, 10, 2), [2.5]),
        (new LocalDate(2025, 12, 9), [4.5, 2.0]),
    ];

    private static readonly Subject[] Competitors = [Subject.Competitor("Cuisine Plus"), Subject.Competitor("Brio Foods")];

    private static readonly string[] Authors = CreateAuthors();

    private static readonly (MentionSourceType Type, double Share)[] SourceTypes =
    [
        (MentionSourceType.SocialNetwork, 0.62), (MentionSourceType.Forum, 0.08), (MentionSourceType.Blog, 0.07),
        (MentionSourceType.News, 0.10), (MentionSourceType.ReviewSite, 0.08), (MentionSourceType.Other, 0.05),
    ];

    private static readonly (Channel Channel, double Share)[] MentionChannels =
    [
        (Channel.Instagram, 0.30), (Channel.X, 0.30), (Channel.Facebook, 0.15), (Channel.TikTok, 0.12), (Channel.LinkedIn, 0.08), (Channel.YouTube, 0.05),
    ];

    /// <summary>Gets the reporting calendar of the company: Europe/Paris, weeks from Monday.</summary>
    public static ReportingCalendar Paris { get; } = new(DateTimeZoneProviders.Tzdb["Europe/Paris"], IsoDayOfWeek.Monday);

    /// <summary>Gets the first local day of the data.</summary>
    public static LocalDate FirstDay { get; } = new(2023, 1, 1);

    /// <summary>Gets the last local day of the data.</summary>
    public static LocalDate LastDay { get; } = new(2025, 12, 31);

    /// <summary>Creates <paramref name="count"/> posts in publication-time order.</summary>
    /// <param name="count">The number of posts.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The posts.</returns>
    public static SocialPost[] Posts(int count, int seed = PostSeed) => Materialise(StreamPosts(count, seed), count, BytesPerPost);

    /// <summary>Yields <paramref name="count"/> posts in publication-time order, one at a time, keeping none.</summary>
    /// <param name="count">The number of posts.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The posts.</returns>
    public static IEnumerable<SocialPost> StreamPosts(int count, int seed = PostSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var days = DayWeights(PostWeekdays, trend: 0.4, noise: null, spikeOf: null);
        var hours = CumulativeHours(PostHours);
        var times = new double[16];
        long sequence = 0;
        long allocated = 0;
        for (var d = 0; d < days.Length; d++)
        {
            var perDay = (int)(Allocated(count, days, d) - allocated);
            allocated += perDay;
            times = SortedTimes(random, perDay, times);
            var (start, length) = DayBounds(d);
            for (var k = 0; k < perDay; k++)
            {
                var at = Instant.FromUnixTimeTicks(start + (long)(LocalHourToDayFraction(hours, times[k]) * length));
                yield return NextPost(random, ++sequence, at);
            }
        }
    }

    /// <summary>Creates <paramref name="count"/> mentions in publication-time order.</summary>
    /// <param name="count">The number of mentions.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The mentions.</returns>
    public static Mention[] Mentions(int count, int seed = MentionSeed) => Materialise(StreamMentions(count, seed), count, BytesPerMention);

    /// <summary>Yields <paramref name="count"/> mentions in publication-time order, one at a time, keeping none.</summary>
    /// <param name="count">The number of mentions.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The mentions.</returns>
    public static IEnumerable<Mention> StreamMentions(int count, int seed = MentionSeed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        var spikes = SpikeFactors();

        // The company gets 78 % of an ordinary day's mentions; on a spike day its share grows with the spike.
        var days = DayWeights(MentionWeekdays, trend: 0.3, noise: new Random(seed ^ 0x5eed), spikeOf: d => (0.78 * spikes[d]) + 0.22);
        var hours = CumulativeHours(MentionHours);
        var times = new double[16];
        long sequence = 0;
        long allocated = 0;
        for (var d = 0; d < days.Length; d++)
        {
            var perDay = (int)(Allocated(count, days, d) - allocated);
            allocated += perDay;
            times = SortedTimes(random, perDay, times);
            var (start, length) = DayBounds(d);
            var companyShare = 0.78 * spikes[d] / ((0.78 * spikes[d]) + 0.22);
            for (var k = 0; k < perDay; k++)
            {
                var at = Instant.FromUnixTimeTicks(start + (long)(LocalHourToDayFraction(hours, times[k]) * length));
                yield return NextMention(random, ++sequence, at, companyShare);
            }
        }
    }

    /// <summary>
    /// Fills an array from a sequence. Every record survives, so the collections that the allocations would trigger
    /// only copy them from generation to generation: for a large count they are suspended while the array fills
    /// (10 million posts are generated in half the time), when the runtime grants that much memory.
    /// </summary>
    private static T[] Materialise<T>(IEnumerable<T> items, int count, long bytesPerItem)
    {
        var array = new T[count];
        var withoutCollections = false;
        if (count >= 100_000)
        {
            try
            {
                withoutCollections = GC.TryStartNoGCRegion(count * bytesPerItem);
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than the runtime allows without a collection: generate with collections.
            }
        }

        try
        {
            var i = 0;
            foreach (var item in items)
            {
                array[i++] = item;
            }
        }
        finally
        {
            if (withoutCollections && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }
        }

        return array;
    }

    private static SocialPost NextPost(Random random, long sequence, Instant at)
    {
        var profile = Pick(random, Channels);
        var format = Pick(random, profile.Formats);
        var isPaid = random.NextDouble() < 0.10;
        var id = string.Create(CultureInfo.InvariantCulture, $"{profile.IdPrefix}{sequence}");

        // Reach is log-normal around the channel's median: hundreds to hundreds of thousands; promotion multiplies it.
        var reach = (long)Math.Clamp(profile.MedianReach * Math.Exp(1.1 * Normal(random)) * (isPaid ? 3 : 1), 50, 900_000);
        var impressions = reach + (long)(reach * 0.6 * random.NextDouble() * random.NextDouble());
        var rate = profile.EngagementRate * Math.Exp(0.5 * Normal(random));
        var engagements = reach * rate;
        var reactions = (long)(engagements * (0.78 + (0.08 * random.NextDouble())));
        var comments = (long)(engagements * (0.04 + (0.08 * random.NextDouble())));
        var shares = (long)(engagements * (0.02 + (0.10 * random.NextDouble())));
        var saves = (long)(engagements * 0.12 * random.NextDouble());
        var clicks = (long)(reach * 0.015 * random.NextDouble());
        var isVideo = format is PostFormat.Video or PostFormat.Reel or PostFormat.Live;
        long? videoViews = isVideo ? (long)(reach * (0.4 + (0.9 * random.NextDouble()))) : null;

        // About 0.5 % of posts reached nobody (hidden, deleted, restricted); about 3 % lack one counter the platform did not report.
        if (random.NextDouble() < 0.005)
        {
            reach = impressions = reactions = comments = shares = saves = clicks = 0;
            videoViews = isVideo ? 0 : null;
        }

        var counters = new PostCounters
        {
            Impressions = impressions,
            Reach = reach,
            Reactions = reactions,
            Comments = comments,
            Shares = shares,
            Saves = saves,
            Clicks = clicks,
            VideoViews = videoViews,
        };
        if (random.NextDouble() < 0.03)
        {
            counters = random.Next(isVideo ? 8 : 7) switch
            {
                0 => counters with { Impressions = null },
                1 => counters with { Reach = null },
                2 => counters with { Reactions = null },
                3 => counters with { Comments = null },
                4 => counters with { Shares = null },
                5 => counters with { Saves = null },
                6 => counters with { Clicks = null },
                _ => counters with { VideoViews = null },
            };
        }

        return new SocialPost(id, profile.Channel, at, format, isPaid, counters);
    }

    private static Mention NextMention(Random random, long sequence, Instant at, double companyShare)
    {
        var subjectDraw = random.NextDouble();
        var subject = subjectDraw < companyShare ? Subject.Company
            : subjectDraw < companyShare + ((1 - companyShare) * 0.6) ? Competitors[0]
            : Competitors[1];
        var sourceType = Pick(random, SourceTypes);
        var sentimentDraw = random.NextDouble();
        var sentiment = sentimentDraw < 0.35 ? Sentiment.Positive
            : sentimentDraw < 0.75 ? Sentiment.Neutral
            : sentimentDraw < 0.90 ? Sentiment.Negative
            : Sentiment.Unknown;

        // A few prolific authors write many mentions: a skewed draw over a shared pool of names.
        var author = Authors[(int)(Authors.Length * Math.Pow(random.NextDouble(), 3))];
        Channel? channel = sourceType == MentionSourceType.SocialNetwork ? Pick(random, MentionChannels) : null;
        var median = sourceType == MentionSourceType.News ? 200_000 : 1_500;
        var reachDraw = random.NextDouble();
        long? potentialReach = reachDraw < 0.08 ? null
            : reachDraw < 0.085 ? 0
            : (long)Math.Min(median * Math.Exp(1.6 * Normal(random)), 50_000_000);

        // Social networks usually report interactions; other sources often do not.
        long? reactions = null, comments = null, shares = null;
        if (random.NextDouble() < (sourceType == MentionSourceType.SocialNetwork ? 0.93 : 0.40))
        {
            var interactions = (potentialReach ?? 1_000) * 0.01 * Math.Exp(Normal(random));
            reactions = (long)(interactions * 0.8);
            comments = (long)(interactions * 0.12);
            shares = (long)(interactions * 0.08);
            if (random.NextDouble() < 0.03)
            {
                shares = null;
            }
        }

        return new Mention(
            string.Create(CultureInfo.InvariantCulture, $"m-{sequence}"),
            at,
            sourceType,
            author,
            subject,
            sentiment,
            channel,
            potentialReach,
            reactions,
            comments,
            shares);
    }

    /// <summary>The relative volume of each day of the range: weekday rhythm, a steady growth, noise and spikes.</summary>
    private static double[] DayWeights(double[] weekdays, double trend, Random? noise, Func<int, double>? spikeOf)
    {
        var count = Period.Between(FirstDay, LastDay, PeriodUnits.Days).Days + 1;
        var cumulative = new double[count];
        var total = 0.0;
        for (var d = 0; d < count; d++)
        {
            var day = FirstDay.PlusDays(d);
            var weight = weekdays[(int)day.DayOfWeek - 1] * (1 + (trend * d / count));
            if (noise is not null)
            {
                weight *= Math.Exp(0.12 * Normal(noise));
            }

            if (spikeOf is not null)
            {
                weight *= spikeOf(d);
            }

            total += weight;
            cumulative[d] = total;
        }

        for (var d = 0; d < count; d++)
        {
            cumulative[d] /= total;
        }

        return cumulative;
    }

    /// <summary>The factor of each day of the range on the company's mentions: 1 except on and after spike days.</summary>
    private static double[] SpikeFactors()
    {
        var count = Period.Between(FirstDay, LastDay, PeriodUnits.Days).Days + 1;
        var factors = Enumerable.Repeat(1.0, count).ToArray();
        foreach (var (day, dayFactors) in Spikes)
        {
            var index = Period.Between(FirstDay, day, PeriodUnits.Days).Days;
            for (var k = 0; k < dayFactors.Length; k++)
            {
                factors[index + k] *= dayFactors[k];
            }
        }

        return factors;
    }

    /// <summary>How many records the days up to <paramref name="day"/> (included) hold, so the days add up to the count exactly.</summary>
    private static long Allocated(int count, double[] cumulativeShares, int day) =>
        day == cumulativeShares.Length - 1 ? count : (long)Math.Round(count * cumulativeShares[day]);

    /// <summary>The first instant of a day of the range in Paris, in ticks, and its length (23, 24 or 25 hours).</summary>
    private static (long Start, double Length) DayBounds(int day)
    {
        var zone = Paris.Zone;
        var date = FirstDay.PlusDays(day);
        var start = zone.AtStartOfDay(date).ToInstant().ToUnixTimeTicks();
        var end = zone.AtStartOfDay(date.PlusDays(1)).ToInstant().ToUnixTimeTicks();
        return (start, end - start);
    }

    /// <summary>
    /// Returns <paramref name="count"/> sorted uniform fractions of a day without sorting: the normalised running
    /// sums of exponential gaps. The buffer is reused when big enough.
    /// </summary>
    private static double[] SortedTimes(Random random, int count, double[] buffer)
    {
        if (buffer.Length < count + 1)
        {
            buffer = new double[Math.Max(count + 1, buffer.Length * 2)];
        }

        var sum = 0.0;
        for (var k = 0; k <= count; k++)
        {
            sum += -Math.Log(1 - random.NextDouble());
            buffer[k] = sum;
        }

        for (var k = 0; k < count; k++)
        {
            buffer[k] /= sum;
        }

        return buffer;
    }

    private static double[] CumulativeHours(double[] weights)
    {
        var cumulative = new double[weights.Length + 1];
        for (var h = 0; h < weights.Length; h++)
        {
            cumulative[h + 1] = cumulative[h] + weights[h];
        }

        for (var h = 0; h <= weights.Length; h++)
        {
            cumulative[h] /= cumulative[^1];
        }

        return cumulative;
    }

    /// <summary>Maps a uniform fraction to a fraction of the day through the hourly profile; keeps the order.</summary>
    private static double LocalHourToDayFraction(double[] cumulativeHours, double u)
    {
        var h = 0;
        while (h < 23 && cumulativeHours[h + 1] <= u)
        {
            h++;
        }

        var within = (u - cumulativeHours[h]) / (cumulativeHours[h + 1] - cumulativeHours[h]);
        return Math.Min((h + within) / 24, (TicksPerDay - 1) / TicksPerDay);
    }

    private static double Normal(Random random)
    {
        // Box–Muller: one standard normal from two uniforms.
        var u1 = 1 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static T Pick<T>(Random random, (T Value, double Share)[] choices)
    {
        var draw = random.NextDouble();
        foreach (var (value, share) in choices)
        {
            draw -= share;
            if (draw < 0)
            {
                return value;
            }
        }

        return choices[^1].Value;
    }

    private static ChannelProfile Pick(Random random, ChannelProfile[] profiles)
    {
        var draw = random.NextDouble();
        foreach (var profile in profiles)
        {
            draw -= profile.Share;
            if (draw < 0)
            {
                return profile;
            }
        }

        return profiles[^1];
    }

    private static string[] CreateAuthors()
    {
        var random = new Random(7);
        string[] sites = ["lemonde.fr", "leparisien.fr", "marmiton.org", "20minutes.fr", "ouest-france.fr", "bfmtv.com", "lefigaro.fr", "cuisineaz.com"];
        var authors = new string[20_000];
        for (var i = 0; i < authors.Length; i++)
        {
            authors[i] = i < sites.Length ? sites[i] : string.Create(CultureInfo.InvariantCulture, $"@user{random.Next(1_000_000, 10_000_000)}");
        }

        return authors;
    }

    private sealed record ChannelProfile(Channel Channel, string IdPrefix, double Share, double MedianReach, double EngagementRate, (PostFormat Format, double Share)[] Formats);
}
