using KpiToolkit.Activity;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Calculators;

/// <summary>One author of mentions, with the interactions their mentions received and their tone.</summary>
public sealed record AuthorEngagement
{
    /// <summary>Gets the rank, 1 for the most engaged author.</summary>
    public required int Rank { get; init; }

    /// <summary>Gets the author, spelled as in their earliest mention (the ordinal first spelling among mentions published at the same instant).</summary>
    public required string Author { get; init; }

    /// <summary>Gets the reactions + comments + shares reported on their mentions.</summary>
    public required long Interactions { get; init; }

    /// <summary>Gets the number of their mentions.</summary>
    public required int Mentions { get; init; }

    /// <summary>Gets how many of their mentions lacked a counter; <see cref="Interactions"/> holds only what was reported.</summary>
    public required int MentionsWithMissingCounters { get; init; }

    /// <summary>Gets their positive mentions.</summary>
    public required int Positive { get; init; }

    /// <summary>Gets their neutral mentions.</summary>
    public required int Neutral { get; init; }

    /// <summary>Gets their negative mentions.</summary>
    public required int Negative { get; init; }

    /// <summary>Gets their mentions of unknown tone.</summary>
    public required int UnknownSentiment { get; init; }
}

/// <summary>
/// Most engaged authors: the people and sites whose mentions received the most interactions, with their
/// mention count and sentiment mix — candidates to collaborate with, or to answer first.
/// </summary>
/// <remarks>
/// Authors are grouped without regard to case. Ties are broken by more mentions, then by author name
/// (ordinal, ignoring case, then exact), so the ranking never depends on input order. A counter a
/// mention did not report adds nothing and the mention is counted in
/// <see cref="AuthorEngagement.MentionsWithMissingCounters"/>, so a reader knows the sum is partial.
/// </remarks>
/// <param name="calendar">The reporting calendar; UTC when null.</param>
public sealed partial class AuthorRankingAnalyzer(ReportingCalendar? calendar = null)
{
    /// <summary>Gets the reporting calendar.</summary>
    public ReportingCalendar Calendar { get; } = calendar ?? ReportingCalendar.Utc;

    /// <summary>Ranks the authors of the mentions published in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="top">How many authors to return; at least 1.</param>
    /// <param name="subject">The subject whose mentions count, or null for every subject.</param>
    /// <returns>The authors, best first.</returns>
    /// <exception cref="ArgumentException">An argument is null or <paramref name="top"/> is below 1.</exception>
    /// <exception cref="OverflowException">An author's interactions add up beyond <see cref="long.MaxValue"/>.</exception>
    public IReadOnlyList<AuthorEngagement> Rank(IEnumerable<Mention> mentions, ReportingPeriod period, int top = 10, Subject? subject = null)
    {
        Preconditions.NotNull(mentions);
        Preconditions.Positive(top);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        var byAuthor = new Dictionary<string, Tally>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in mentions)
        {
            Preconditions.Check(mention is not null, "mentions must not contain null.", nameof(mentions));
            if (!interval.Contains(mention.PublishedAt) || (subject is { } s && mention.Subject != s))
            {
                continue;
            }

            if (!byAuthor.TryGetValue(mention.Author, out var tally))
            {
                tally = new Tally();
                byAuthor.Add(mention.Author, tally);
            }

            tally.Add(mention.PublishedAt, mention.Author, mention.ReportedInteractions(out var complete), complete, mention.Sentiment);
        }

        return Ranking(byAuthor.Values, top);
    }

    private static IReadOnlyList<AuthorEngagement> Ranking(IEnumerable<Tally> tallies, int top) =>
        tallies
            .OrderByDescending(t => t.Interactions)
            .ThenByDescending(t => t.Mentions)
            .ThenBy(t => t.Author, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Author, StringComparer.Ordinal)
            .Take(top)
            .Select((t, i) => t.ToEngagement(i + 1))
            .ToList()
            .AsReadOnly();

    private sealed class Tally
    {
        private readonly int[] _sentiments = new int[4];
        private Instant _spelledAt = Instant.MaxValue;

        // The spelling comes from the earliest mention, not the first one read, so that it does not depend on input order.
        public string Author { get; private set; } = string.Empty;

        public Int128 Interactions { get; private set; }

        public int Mentions { get; private set; }

        public int Missing { get; private set; }

        public void Add(Instant publishedAt, string author, Int128 interactions, bool complete, Sentiment sentiment)
        {
            if (publishedAt < _spelledAt || (publishedAt == _spelledAt && string.CompareOrdinal(author, Author) < 0))
            {
                _spelledAt = publishedAt;
                Author = author;
            }

            Mentions++;
            Interactions += interactions;
            Missing += complete ? 0 : 1;
            _sentiments[(int)sentiment]++;
        }

        public AuthorEngagement ToEngagement(int rank) => new()
        {
            Rank = rank,
            Author = Author,
            Interactions = CountSums.ToLong(Interactions, "AuthorEngagement.Interactions", Author),
            Mentions = Mentions,
            MentionsWithMissingCounters = Missing,
            Positive = _sentiments[(int)Sentiment.Positive],
            Neutral = _sentiments[(int)Sentiment.Neutral],
            Negative = _sentiments[(int)Sentiment.Negative],
            UnknownSentiment = _sentiments[(int)Sentiment.Unknown],
        };
    }
}
