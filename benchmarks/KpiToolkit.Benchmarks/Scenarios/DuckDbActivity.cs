using System.Globalization;
using DuckDB.NET.Data;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Benchmarks.Scenarios;

/// <summary>
/// The SQL contender: posts and mentions loaded into an in-process DuckDB database (through its appender), and the
/// queries that compute each scenario's figures there, local periods included.
/// </summary>
/// <remarks>
/// <para>Local months, weeks and days come from DuckDB's own time zone support, <c>timezone('Europe/Paris', ts)</c>
/// over a <c>TIMESTAMPTZ</c> column, which the ICU extension built into the DuckDB.NET.Data.Full package provides
/// offline. Instants are stored truncated to the microsecond (DuckDB's precision), which never moves a record across
/// a period bound, since bounds fall on whole seconds.</para>
/// <para>DuckDB runs on one thread (<c>SET threads = 1</c>), like every other contender: the comparison is of the work
/// per core. A missing counter is a SQL <c>NULL</c>.</para>
/// </remarks>
public sealed class DuckDbActivity : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _zone;

    private DuckDbActivity(DuckDBConnection connection, string zone)
    {
        _connection = connection;
        _zone = zone;
    }

    /// <summary>Opens an in-memory database and loads the posts and mentions given.</summary>
    /// <param name="zone">The time zone periods are read in.</param>
    /// <param name="posts">The posts, into table <c>posts</c>.</param>
    /// <param name="mentions">The mentions, into table <c>mentions</c>.</param>
    /// <returns>The database.</returns>
    public static DuckDbActivity Load(DateTimeZone zone, IReadOnlyList<SocialPost>? posts = null, IReadOnlyList<Mention>? mentions = null)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        try
        {
            connection.Open();
            var database = new DuckDbActivity(connection, zone.Id);
            database.Execute("SET threads = 1");
            database.Execute(
                "CREATE TABLE posts (published_at TIMESTAMPTZ NOT NULL, channel VARCHAR NOT NULL, impressions BIGINT, reach BIGINT, " +
                "reactions BIGINT, comments BIGINT, shares BIGINT)");
            database.Execute(
                "CREATE TABLE mentions (published_at TIMESTAMPTZ NOT NULL, competitor VARCHAR, potential_reach BIGINT, " +
                "reactions BIGINT, comments BIGINT, shares BIGINT)");
            using (var appender = connection.CreateAppender("posts"))
            {
                foreach (var post in posts ?? [])
                {
                    var counters = post.Counters;
                    appender.CreateRow()
                        .AppendValue(Timestamp(post.PublishedAt))
                        .AppendValue(post.Channel.Name)
                        .AppendValue(counters.Impressions)
                        .AppendValue(counters.Reach)
                        .AppendValue(counters.Reactions)
                        .AppendValue(counters.Comments)
                        .AppendValue(counters.Shares)
                        .EndRow();
                }
            }

            using (var appender = connection.CreateAppender("mentions"))
            {
                foreach (var mention in mentions ?? [])
                {
                    appender.CreateRow()
                        .AppendValue(Timestamp(mention.PublishedAt))
                        .AppendValue(mention.Subject.IsCompany ? null : mention.Subject.Name)
                        .AppendValue(mention.PotentialReach)
                        .AppendValue(mention.Reactions)
                        .AppendValue(mention.Comments)
                        .AppendValue(mention.Shares)
                        .EndRow();
                }
            }

            return database;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>Scenario 1 in SQL: the engagement rate by channel and local month.</summary>
    /// <returns>One group per month and channel with posts, by month then channel name.</returns>
    public List<EngagementGroup> EngagementRate()
    {
        var sql = $"""
            SELECT year(month), month(month), channel,
                   coalesce(sum(engagements) FILTER (WHERE complete), 0)::BIGINT,
                   coalesce(sum(reach) FILTER (WHERE complete), 0)::BIGINT,
                   count(*) FILTER (WHERE complete),
                   count(*) FILTER (WHERE NOT complete)
            FROM (
                SELECT date_trunc('month', timezone('{_zone}', published_at)) AS month, channel,
                       reactions + comments + shares AS engagements, reach,
                       reactions IS NOT NULL AND comments IS NOT NULL AND shares IS NOT NULL AND reach IS NOT NULL AS complete
                FROM posts)
            GROUP BY ALL
            """;
        var groups = new List<EngagementGroup>();
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            groups.Add(new EngagementGroup(
                (int)reader.GetInt64(0), (int)reader.GetInt64(1), new Channel(reader.GetString(2)),
                reader.GetInt64(3), reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), 0));
        }

        groups.Sort(EngagementRateScenario.ByMonthThenChannel);
        return groups;
    }

    /// <summary>Scenario 2 in SQL: the posts by channel and local ISO week.</summary>
    /// <returns>One group per week and channel with posts, by week then channel name.</returns>
    public List<FrequencyGroup> PostingFrequency()
    {
        var sql = $"""
            SELECT CAST(date_trunc('week', timezone('{_zone}', published_at)) AS DATE) AS week, channel, count(*)
            FROM posts
            GROUP BY ALL
            """;
        var groups = new List<FrequencyGroup>();
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var posts = reader.GetInt64(2);
            groups.Add(new FrequencyGroup(LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(0)), new Channel(reader.GetString(1)), posts, posts / (7 / 7.0)));
        }

        groups.Sort(PostingFrequencyScenario.ByWeekThenChannel);
        return groups;
    }

    /// <summary>
    /// Scenario 3 in SQL: the company's mentions per local day from <paramref name="first"/> to <paramref name="last"/>
    /// (days without mentions included), and each day's verdict against the same weekday of the four weeks before
    /// (window functions), mean ± 2σ.
    /// </summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day.</param>
    /// <returns>One verdict per day.</returns>
    public DailyVerdict[] MentionSpikes(LocalDate first, LocalDate last)
    {
        var from = first.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var until = last.PlusDays(1).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var k = MentionSpikeScenario.K.ToString(CultureInfo.InvariantCulture);
        var sql = $"""
            WITH counts AS (
                SELECT CAST(timezone('{_zone}', published_at) AS DATE) AS day, count(*) AS n
                FROM mentions
                WHERE competitor IS NULL
                GROUP BY ALL),
            series AS (
                SELECT CAST(d AS DATE) AS day, coalesce(counts.n, 0) AS n
                FROM range(TIMESTAMP '{from}', TIMESTAMP '{until}', INTERVAL 1 DAY) AS days(d)
                LEFT JOIN counts ON counts.day = CAST(d AS DATE)),
            windowed AS (
                SELECT day, n,
                       lag(n, 7) OVER w AS w0, lag(n, 14) OVER w AS w1, lag(n, 21) OVER w AS w2, lag(n, 28) OVER w AS w3
                FROM series
                WINDOW w AS (ORDER BY day)),
            stats AS (
                SELECT *, (w0 + w1 + w2 + w3) / 4.0 AS mean FROM windowed),
            spread AS (
                SELECT *, sqrt(((w0 - mean) * (w0 - mean) + (w1 - mean) * (w1 - mean) + (w2 - mean) * (w2 - mean) + (w3 - mean) * (w3 - mean)) / 3) AS sigma
                FROM stats)
            SELECT day, n, mean, sigma,
                   CASE WHEN w3 IS NULL THEN 0 WHEN sigma = 0 THEN 1 ELSE 2 END AS status,
                   CASE WHEN w3 IS NULL OR sigma = 0 THEN 0 WHEN (n - mean) / sigma > {k} THEN 1 WHEN (n - mean) / sigma < -{k} THEN -1 ELSE 0 END AS direction
            FROM spread
            ORDER BY day
            """;
        var verdicts = new List<DailyVerdict>();
        using var command = Command(sql);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var status = reader.GetInt32(4) switch
            {
                0 => AnomalyStatus.InsufficientHistory,
                1 => AnomalyStatus.NoVariation,
                _ => AnomalyStatus.Evaluated,
            };
            var direction = reader.GetInt32(5) switch
            {
                1 => VolumeDirection.Spike,
                -1 => VolumeDirection.Drop,
                _ => VolumeDirection.None,
            };
            var insufficient = status == AnomalyStatus.InsufficientHistory;
            verdicts.Add(new DailyVerdict(
                LocalDate.FromDateOnly(reader.GetFieldValue<DateOnly>(0)),
                reader.GetInt64(1),
                status,
                direction,
                insufficient ? null : reader.GetDouble(2),
                insufficient ? null : reader.GetDouble(3)));
        }

        return [.. verdicts];
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    // DuckDB keeps microseconds: truncate, never round, so no instant moves past a bound.
    private static DateTimeOffset Timestamp(Instant instant)
    {
        var ticks = instant.ToUnixTimeTicks();
        return DateTimeOffset.UnixEpoch.AddTicks(ticks - (((ticks % 10) + 10) % 10));
    }

    private void Execute(string sql)
    {
        using var command = Command(sql);
        command.ExecuteNonQuery();
    }

    private DuckDBCommand Command(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
}
