using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Sample;

/// <summary>
/// What others published about Maison Verdier and two competitors over the three months up to the last
/// complete month: daily mentions with one burst after a television segment, and press articles including
/// a wire story reprinted by several outlets. Generated from a fixed seed.
/// </summary>
internal static class SampleEarnedMedia
{
    public const string LeCreuset = "Le Creuset";
    public const string Staub = "Staub";

    private static readonly string[] Authors =
        ["@chef_marie", "@cuisine_facile", "lesrecettesdepaul.fr", "@gourmand_lyon", "@batchcooking", "forum-cuisine.fr", "@tablesdumonde", "@la_popote"];

    private static readonly (string Outlet, MediaKind Kind, long Audience)[] Outlets =
    [
        ("Le Parisien", MediaKind.Print, 2_300_000), ("Marie Claire", MediaKind.Online, 4_100_000),
        ("Ouest-France", MediaKind.Print, 1_900_000), ("France Bleu", MediaKind.Radio, 3_500_000),
        ("Cuisine Actuelle", MediaKind.Online, 2_800_000), ("Les Echos", MediaKind.Online, 1_200_000),
    ];

    /// <summary>Gets the day of the television segment, when mentions burst.</summary>
    public static LocalDate BurstDay(ReportingPeriod lastMonth) => lastMonth.Start.PlusDays(19);

    public static (IReadOnlyList<Mention> Mentions, IReadOnlyList<PressArticle> Articles) Create(ReportingPeriod lastMonth, ReportingCalendar calendar)
    {
        var random = new Random(1789);
        var mentions = new List<Mention>();
        var first = lastMonth.Previous().Previous().Start;
        for (var day = first; day <= lastMonth.End; day = day.PlusDays(1))
        {
            var weekend = day.DayOfWeek >= IsoDayOfWeek.Saturday;
            var company = (weekend ? 9 : 14) + random.Next(0, 6) + (day == BurstDay(lastMonth) ? 70 : 0);
            AddMentions(mentions, day, company, Subject.Company, calendar, random);
            AddMentions(mentions, day, 10 + random.Next(0, 6), Subject.Competitor(LeCreuset), calendar, random);
            AddMentions(mentions, day, 5 + random.Next(0, 4), Subject.Competitor(Staub), calendar, random);
        }

        return (mentions, Articles(lastMonth, random));
    }

    private static void AddMentions(List<Mention> mentions, LocalDate day, int count, Subject subject, ReportingCalendar calendar, Random random)
    {
        for (var i = 0; i < count; i++)
        {
            var source = (MentionSourceType)random.Next(0, 5);
            var reported = random.NextDouble() > 0.1; // one mention in ten lacks its counters
            var at = calendar.Zone.AtLeniently(day.At(new LocalTime(random.Next(7, 23), random.Next(0, 60)))).ToInstant();
            var sentiment = random.NextDouble() switch
            {
                < 0.45 => Sentiment.Positive,
                < 0.80 => Sentiment.Neutral,
                < 0.92 => Sentiment.Negative,
                _ => Sentiment.Unknown,
            };
            mentions.Add(new Mention(
                $"m{mentions.Count}", at, source, Authors[random.Next(Authors.Length)], subject, sentiment,
                source == MentionSourceType.SocialNetwork ? Channel.Instagram : null,
                potentialReach: random.Next(500, 60_000),
                reactions: reported ? random.Next(0, 400) : null,
                comments: reported ? random.Next(0, 40) : null,
                shares: reported ? random.Next(0, 30) : null));
        }
    }

    private static List<PressArticle> Articles(ReportingPeriod lastMonth, Random random)
    {
        var articles = new List<PressArticle>();
        for (var i = 0; i < 14; i++)
        {
            var outlet = Outlets[random.Next(Outlets.Length)];
            var tonality = i % 5 == 0 ? Sentiment.Negative : i % 3 == 0 ? Sentiment.Neutral : Sentiment.Positive;
            articles.Add(new PressArticle(
                $"a{i}", outlet.Outlet, outlet.Kind, lastMonth.Start.PlusDays(random.Next(0, lastMonth.LengthInDays)),
                Subject.Company, tonality, outlet.Audience));
        }

        // One wire story about the television segment, reprinted by three outlets.
        foreach (var outlet in Outlets.Take(3))
        {
            articles.Add(new PressArticle(
                $"wire-{outlet.Outlet}", outlet.Outlet, outlet.Kind, BurstDay(lastMonth).PlusDays(1),
                Subject.Company, Sentiment.Positive, outlet.Audience, syndicationKey: "AFP-maison-verdier-tv"));
        }

        articles.Add(new PressArticle("c1", "Les Echos", MediaKind.Online, lastMonth.Start.PlusDays(3), Subject.Competitor(LeCreuset), Sentiment.Neutral, 1_200_000));
        return articles;
    }
}
