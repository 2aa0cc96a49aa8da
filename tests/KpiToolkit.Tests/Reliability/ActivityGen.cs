using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Reliability;

/// <summary>
/// Random activity of every kind the model accepts, in March and April 2026 in Paris (the clocks go
/// forward on 29 March). Counters are missing, zero, ordinary or huge (up to 10^15 per record), so the
/// properties meet zero denominators, skipped records and sums far above 2^53.
/// </summary>
internal static class ActivityGen
{
    public static readonly ReportingCalendar Paris = new(Zones.Paris);

    public static readonly Channel[] Channels = [Channel.Instagram, Channel.LinkedIn, Channel.X, Channel.Blog];

    // The same channels spelled as some exports do: equal to the built-in ones, but not the same text.
    private static readonly Channel[] Spellings = [.. Channels, new("instagram"), new("BLOG")];

    public const string Rival = "Rival";

    private static readonly LocalDate First = new(2026, 3, 1);
    private const int Days = 61;

    public static Gen<long?> Counter =>
        Gen.Frequency(
            (1, Gen.Constant<long?>(null)),
            (1, Gen.Constant<long?>(0)),
            (6, Gen.Choose(1, 100_000).Select(v => (long?)v)),
            (1, Gen.Choose(1, 1_000_000).Select(v => (long?)(v * 1_000_000_000L))));

    private static Gen<long> Count => Counter.Select(v => v ?? 0);

    private static Gen<LocalDate> Date => Gen.Choose(0, Days - 1).Select(First.PlusDays);

    private static Gen<Instant> When =>
        Gen.Choose(0, (Days * 24 * 60) - 1).Select(minute => Instant.FromUtc(2026, 2, 28, 23, 0) + Duration.FromMinutes(minute));

    private static Gen<string> Ids(string prefix) => Gen.Choose(0, 9_999).Select(i => prefix + i);

    /// <summary>
    /// A count up to <paramref name="ceiling"/> (0, the ceiling itself, or a share of it), or missing when the
    /// ceiling is; sometimes any count, where the record does not tie the two.
    /// </summary>
    private static Gen<long?> AtMost(long? ceiling, bool mayExceed = false)
    {
        if (ceiling is not { } c)
        {
            return mayExceed ? Counter : Gen.Constant<long?>(null);
        }

        var within = new List<(int, Gen<long?>)>
        {
            (1, Gen.Constant<long?>(null)),
            (1, Gen.Constant<long?>(0)),
            (1, Gen.Constant<long?>(c)),
            (4, Gen.Choose(0, 1_000).Select(per => (long?)(long)((Int128)c * per / 1_000))),
        };
        if (mayExceed)
        {
            within.Add((1, Counter));
        }

        return Gen.Frequency(within.Select(w => (w.Item1, w.Item2)).ToArray());
    }

    public static Gen<SocialPost> AnyPost =>
        from id in Ids("p")
        from channel in Gen.Elements(Spellings)
        from at in When
        from format in Gen.Elements(Enum.GetValues<PostFormat>())
        from paid in Gen.Elements(false, true)
        from impressions in Counter
        from reach in AtMost(impressions, mayExceed: true)
        from reactions in Counter
        from comments in Counter
        from shares in Counter
        from saves in Counter
        from clicks in Counter
        from views in Counter
        from metaViews in Counter
        select new SocialPost(id, channel, at, format, paid, new PostCounters
        {
            Impressions = impressions, Reach = reach, Reactions = reactions, Comments = comments,
            Shares = shares, Saves = saves, Clicks = clicks, VideoViews = views, Views = metaViews,
        });

    public static Gen<AudienceSnapshot> AnySnapshot =>
        from channel in Gen.Elements(Spellings)
        from date in Date
        from hour in Gen.Choose(0, 23)
        from followers in Count
        from gained in Counter
        from lost in Counter
        select new AudienceSnapshot(channel, Paris.Zone.AtLeniently(date.At(new LocalTime(hour, 0))).ToInstant(), followers, gained, lost);

    public static Gen<Mention> AnyMention =>
        from id in Ids("m")
        from at in When
        from source in Gen.Elements(Enum.GetValues<MentionSourceType>())
        from author in Gen.Elements("ana", "Ben", "chloé", "ben")
        from subject in Gen.Elements(Subject.Company, Subject.Company, Subject.Competitor(Rival), Subject.Competitor("Other"))
        from sentiment in Gen.Elements(Enum.GetValues<Sentiment>())
        from channel in Gen.Elements<Channel?>(null, Channel.X, Channel.Instagram)
        from reach in Counter
        from reactions in Counter
        from comments in Counter
        from shares in Counter
        select new Mention(id, at, source, author, subject, sentiment, channel, reach, reactions, comments, shares);

    public static Gen<PressArticle> AnyArticle =>
        from id in Ids("a")
        from outlet in Gen.Elements("Le Monde", "Les Echos", "France Inter", "TF1")
        from kind in Gen.Elements(Enum.GetValues<MediaKind>())
        from date in Date
        from subject in Gen.Elements(Subject.Company, Subject.Competitor(Rival))
        from tonality in Gen.Elements(Enum.GetValues<Sentiment>())
        from audience in Counter
        from syndication in Gen.Elements<string?>(null, null, "story-1", "story-2")
        select new PressArticle(id, outlet, kind, date, subject, tonality, audience, syndication);

    public static Gen<ActionResult> AnyAction =>
        from name in Gen.Elements("Spring ads", "Newsletter push", "Influencer", "Retargeting")
        from channel in Gen.Elements(Spellings)
        from month in Gen.Elements(3, 4)
        from cost in Gen.Choose(0, 1_000_000)
        from gain in Gen.Frequency((1, Gen.Constant<int?>(null)), (4, Gen.Choose(0, 5_000_000).Select(g => (int?)g)))
        from kind in Gen.Elements(Enum.GetValues<GainKind>())
        from impressions in Counter
        from clicks in AtMost(impressions, mayExceed: true)
        from engagements in Counter
        from conversions in AtMost(clicks, mayExceed: true)
        select new ActionResult(
            name, channel, ReportingPeriod.Month(2026, month), new Money(cost / 100m, "EUR"),
            gain is { } g ? new Money(g / 100m, "EUR") : null, kind, impressions, clicks, engagements, conversions);

    public static Gen<WebTrafficRecord> AnyWeb =>
        from date in Date
        from channel in Gen.Elements(Spellings)
        from sessions in Count
        from users in AtMost(sessions, mayExceed: true)
        from converting in AtMost(sessions)
        from conversions in Counter
        select new WebTrafficRecord(date, channel, sessions, users, converting, conversions);

    public static Gen<EmailCampaignReport> AnyEmail =>
        from campaign in Gen.Elements("March news", "April news", "Launch")
        from at in When
        from sent in Count
        from deliveredShare in Gen.Choose(0, 1_000)
        let delivered = sent / 1_000 * deliveredShare
        from opens in AtMost(delivered)
        from clicks in AtMost(delivered)
        from unsubscribes in AtMost(delivered)
        let bounced = sent - delivered
        from hard in AtMost(bounced)
        select new EmailCampaignReport(
            campaign, at, sent, opens ?? 0, clicks ?? 0, delivered,
            hardBounces: hard, softBounces: hard is { } h ? bounced - h : null, unsubscribes: unsubscribes);

    /// <summary>A day, a week or a month of one account's activity, starting on any day of the window.</summary>
    public static Gen<ChannelActivity> AnyChannelActivity =>
        from start in Date
        from length in Gen.Elements(1, 1, 1, 7, 31)
        from channel in Gen.Elements(Spellings)
        from impressions in Counter
        from reach in Counter
        from engagements in Counter
        from followers in Counter
        from visits in Counter
        select new ChannelActivity(channel, new DateInterval(start, start.PlusDays(length - 1)), impressions, reach, engagements, followers, visits);

    /// <summary>The rows without those that share a day with an earlier row of their channel, which <see cref="ActivityData"/> refuses.</summary>
    private static ChannelActivity[] WithoutOverlaps(ChannelActivity[] rows)
    {
        var kept = new List<ChannelActivity>();
        foreach (var row in rows)
        {
            if (!kept.Any(k => k.Channel == row.Channel && k.Dates.Start <= row.Dates.End && row.Dates.Start <= k.Dates.End))
            {
                kept.Add(row);
            }
        }

        return [.. kept];
    }

    /// <summary>Up to <paramref name="max"/> records.</summary>
    private static Gen<T[]> Some<T>(Gen<T> gen, int max) =>
        Gen.Choose(0, max).SelectMany(count => Gen.ArrayOf(gen, count));

    public static Gen<Records> AnyRecords =>
        from posts in Some(AnyPost, 30).Select(p => p.DistinctBy(x => (x.Channel, x.Id)).ToArray())
        from snapshots in Some(AnySnapshot, 12).Select(s => s.DistinctBy(x => (x.Channel, x.TakenAt)).ToArray())
        from mentions in Some(AnyMention, 30).Select(m => m.DistinctBy(x => (x.Channel, x.Id)).ToArray())
        from articles in Some(AnyArticle, 10).Select(a => a.DistinctBy(x => (x.Outlet, x.Id)).ToArray())
        from actions in Some(AnyAction, 6)
        from web in Some(AnyWeb, 12)
        from email in Some(AnyEmail, 5)
        from activity in Some(AnyChannelActivity, 12).Select(WithoutOverlaps)
        select new Records(posts, snapshots, mentions, articles, actions, web, email, activity);

    /// <summary>A day, week, month or quarter in the window, or a custom span; some reach outside it.</summary>
    public static Gen<ReportingPeriod> AnyPeriod =>
        from date in Gen.Choose(-5, Days + 5).Select(First.PlusDays)
        from cadence in Gen.Elements(Cadence.Day, Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Custom)
        from length in Gen.Choose(1, 45)
        select cadence == Cadence.Custom
            ? ReportingPeriod.Custom(date, date.PlusDays(length - 1))
            : Paris.PeriodContaining(date, cadence);

    public static Gen<Channel?> ChannelOrAll => Gen.Elements<Channel?>([null, .. Channels, Channel.Email]);

    /// <summary>
    /// The same records with some posts, mentions and press articles given again, as overlapping exports give them: an
    /// identical copy, or the same record (channel or outlet, and id) with another record's figures. Each copy is put
    /// before its original, so that the original, which <see cref="ActivityData"/> keeps as the last copy, stays last.
    /// </summary>
    public static Gen<Records> WithRepeats(Records records) =>
        from posts in Repeated(records.Posts, (original, donor) => new SocialPost(
            original.Id, original.Channel, donor.PublishedAt, donor.Format, donor.IsPaid, donor.Counters, donor.PlatformFigures))
        from mentions in Repeated(records.Mentions, (original, donor) => new Mention(
            original.Id, donor.PublishedAt, donor.SourceType, donor.Author, donor.Subject, donor.Sentiment, original.Channel,
            donor.PotentialReach, donor.Reactions, donor.Comments, donor.Shares))
        from articles in Repeated(records.Articles, (original, donor) => new PressArticle(
            original.Id, original.Outlet, donor.MediaKind, donor.PublishedOn, donor.Subject, donor.Tonality, donor.PotentialAudience, donor.SyndicationKey))
        select records with { Posts = posts, Mentions = mentions, Articles = articles };

    private static Gen<T[]> Repeated<T>(T[] items, Func<T, T, T> withFiguresOf)
        where T : class
    {
        if (items.Length == 0)
        {
            return Gen.Constant(items);
        }

        var copy =
            from original in Gen.Choose(0, items.Length - 1)
            from donor in Gen.Choose(0, items.Length - 1)
            from identical in Gen.Elements(true, false)
            from spot in Gen.Choose(0, 1_000)
            select (original, identical ? items[original] : withFiguresOf(items[original], items[donor]), spot);
        return from copies in Gen.Choose(1, items.Length).SelectMany(count => Gen.ArrayOf(copy, count))
               select Insert(items, copies);
    }

    /// <summary>Puts each copy somewhere before its original.</summary>
    private static T[] Insert<T>(T[] items, (int Original, T Copy, int Spot)[] copies)
        where T : class
    {
        var list = new List<T>(items);
        foreach (var (original, copy, spot) in copies)
        {
            var position = list.FindLastIndex(item => ReferenceEquals(item, items[original]));
            list.Insert(spot % (position + 1), copy);
        }

        return [.. list];
    }

    /// <summary>The same records, each list in another order.</summary>
    public static Gen<Records> Shuffled(Records records) =>
        from posts in Gen.Shuffle(records.Posts)
        from snapshots in Gen.Shuffle(records.Snapshots)
        from mentions in Gen.Shuffle(records.Mentions)
        from articles in Gen.Shuffle(records.Articles)
        from actions in Gen.Shuffle(records.Actions)
        from web in Gen.Shuffle(records.Web)
        from email in Gen.Shuffle(records.Email)
        from activity in Gen.Shuffle(records.Activity)
        select new Records(posts, snapshots, mentions, articles, actions, web, email, activity);
}

/// <summary>The records of one random case, kept as arrays so that a property can reorder them.</summary>
internal sealed record Records(
    SocialPost[] Posts,
    AudienceSnapshot[] Snapshots,
    Mention[] Mentions,
    PressArticle[] Articles,
    ActionResult[] Actions,
    WebTrafficRecord[] Web,
    EmailCampaignReport[] Email,
    ChannelActivity[] Activity)
{
    public ActivityData ToData() => new(Posts, Snapshots, Mentions, Articles, Actions, Web, Email, Activity);

    public override string ToString() =>
        $"{Posts.Length} posts, {Snapshots.Length} snapshots, {Mentions.Length} mentions, {Articles.Length} articles, " +
        $"{Actions.Length} actions, {Web.Length} web days, {Email.Length} e-mails, {Activity.Length} activity rows";
}
