using KpiToolkit.Activity;
using KpiToolkit.Time;

namespace KpiToolkit.Calculators;

/// <summary>The ranking of authors read from <see cref="MentionColumns"/>.</summary>
public sealed partial class AuthorRankingAnalyzer
{
    /// <summary>Ranks the authors of the mentions, given as columns, published in a period.</summary>
    /// <param name="mentions">The mentions, in any order.</param>
    /// <param name="period">The period.</param>
    /// <param name="top">How many authors to return; at least 1.</param>
    /// <param name="subject">The subject whose mentions count, or null for every subject.</param>
    /// <returns>The same ranking as <see cref="Rank(IEnumerable{Mention}, ReportingPeriod, int, Subject?)"/> over the same mentions.</returns>
    /// <exception cref="ArgumentException">An argument is null or <paramref name="top"/> is below 1.</exception>
    /// <exception cref="OverflowException">An author's interactions add up beyond <see cref="long.MaxValue"/>.</exception>
    public IReadOnlyList<AuthorEngagement> Rank(MentionColumns mentions, ReportingPeriod period, int top = 10, Subject? subject = null)
    {
        Preconditions.NotNull(mentions);
        Preconditions.Positive(top);
        var interval = Calendar.ToInterval(Preconditions.NotNull(period));
        var from = interval.Start.ToUnixTimeTicks();
        var until = interval.End.ToUnixTimeTicks();
        var filter = new MentionFilter(mentions, subject, null);

        // Spellings of one author are one group, found once per entry of the authors' table rather than per mention.
        var groups = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var groupOf = mentions.Authors.Select(author => groups.TryGetValue(author, out var group) ? group : groups[author] = groups.Count).ToArray();
        var tallies = new Tally?[groups.Count];
        var ticks = mentions.PublishedAtTicks;
        var subjects = mentions.SubjectIds;
        var authors = mentions.AuthorIds;
        for (var row = 0; row < ticks.Length; row++)
        {
            if (ticks[row] < from || ticks[row] >= until || !filter.KeepsSubject(subjects[row]))
            {
                continue;
            }

            var author = authors[row];
            (tallies[groupOf[author]] ??= new Tally()).Add(
                mentions.PublishedAt(row), mentions.Authors[author], Interactions(mentions, row, out var complete), complete, mentions.Sentiments[row]);
        }

        return Ranking(tallies.OfType<Tally>(), top);
    }

    // Reactions + comments + shares of the counters reported, as a row's ReportedInteractions adds them.
    private static Int128 Interactions(MentionColumns mentions, int row, out bool complete)
    {
        var reactions = mentions.Reactions[row];
        var comments = mentions.Comments[row];
        var shares = mentions.Shares[row];
        complete = reactions is not null && comments is not null && shares is not null;
        return (Int128)(reactions ?? 0) + (comments ?? 0) + (shares ?? 0);
    }
}
