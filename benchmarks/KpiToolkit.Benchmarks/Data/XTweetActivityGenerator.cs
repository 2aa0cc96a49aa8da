using System.Globalization;
using System.Text;

namespace KpiToolkit.Benchmarks.Data;

/// <summary>
/// Writes a made-up X (Twitter) Analytics "tweet activity" export of a given size: the 40 columns of the real one, tweet
/// texts quoted when they hold a comma, a quote or a line break, counts written <c>3423.0</c>, and a promoted tweet now
/// and then, the others with <c>-</c> in every promoted column. The same size gives the same bytes on every machine.
/// </summary>
/// <remarks>
/// Every size covers the same three years, 2023 to 2025: a tweet every 5 to 240 minutes, going back to the first
/// day when it passes the last. A bigger export is a busier account, not a longer one, so its monthly results hold
/// the same 36 groups and what the import keeps does not grow with the file.
/// </remarks>
public static class XTweetActivityGenerator
{
    /// <summary>The header of the export.</summary>
    public const string Header =
        "Tweet id,Tweet permalink,Tweet text,time,impressions,engagements,engagement rate,retweets,replies,likes," +
        "user profile clicks,url clicks,hashtag clicks,detail expands,permalink clicks,app opens,app installs,follows," +
        "email tweet,dial phone,media views,media engagements,promoted impressions,promoted engagements," +
        "promoted engagement rate,promoted retweets,promoted replies,promoted likes,promoted user profile clicks," +
        "promoted url clicks,promoted hashtag clicks,promoted detail expands,promoted permalink clicks,promoted app opens," +
        "promoted app installs,promoted follows,promoted email tweet,promoted dial phone,promoted media views," +
        "promoted media engagements";

    private const int Version = 2;

    private static readonly string[] Words =
    [
        "launch", "metrics", "dashboard", "team", "customers", "today", "new", "release", "thanks", "webinar", "join",
        "read", "report", "growth", "product", "#acme", "#kpi", "week", "live", "update", "blog", "video", "spring",
    ];

    /// <summary>Gets the file of a size in the temporary folder, writing it the first time.</summary>
    /// <param name="sizeMb">The size, in MiB (at least this many bytes; the last row ends past it).</param>
    /// <returns>The file's path.</returns>
    public static string FileOfSize(int sizeMb)
    {
        var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"kpitoolkit-x-tweet-activity-v{Version}-{sizeMb}MB.csv"));
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16))
            {
                Write(writer, (long)sizeMb * 1024 * 1024);
            }

            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    /// <summary>Writes rows until the text reaches a number of characters (bytes, as the text is ASCII).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="length">The length to reach.</param>
    public static void Write(TextWriter writer, long length)
    {
        var random = new Random(20211228);
        var row = new StringBuilder(1024);
        var written = (long)Header.Length + 2;
        writer.Write(Header);
        writer.Write("\r\n");
        var id = 1475865071247863808L;
        var minutes = 0L;
        var start = new DateTime(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var span = (long)(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) - start).TotalMinutes;
        var invariant = CultureInfo.InvariantCulture;
        while (written < length)
        {
            row.Clear();
            id += random.Next(1_000, 5_000_000);
            minutes += random.Next(5, 240);
            var impressions = random.Next(50, 20_000);
            var retweets = random.Next(0, 40);
            var replies = random.Next(0, 25);
            var likes = random.Next(0, 200);
            var clicks = new int[12];
            for (var i = 0; i < clicks.Length; i++)
            {
                clicks[i] = random.Next(0, i < 5 ? 60 : 4);
            }

            var engagements = retweets + replies + likes + clicks.Sum() - clicks[10];
            row.Append(invariant, $"{id},https://twitter.com/acme/status/{id},");
            AppendText(row, random);
            row.Append(',').Append(start.AddMinutes(minutes % span).ToString("yyyy-MM-dd HH:mm", invariant)).Append(" +0000,");
            row.Append(invariant, $"{impressions}.0,{engagements}.0,{(double)engagements / impressions:R},{retweets}.0,{replies}.0,{likes}.0");
            foreach (var click in clicks)
            {
                row.Append(invariant, $",{click}.0");
            }

            if (random.Next(20) == 0)
            {
                var promoted = random.Next(1_000, 50_000);
                var promotedEngagements = random.Next(10, 900);
                row.Append(invariant, $",{promoted}.0,{promotedEngagements}.0,{(double)promotedEngagements / promoted:R}");
                for (var i = 0; i < 15; i++)
                {
                    row.Append(invariant, $",{random.Next(0, 50)}.0");
                }
            }
            else
            {
                row.Append(',', 1).Append(string.Join(',', Enumerable.Repeat("-", 18)));
            }

            row.Append("\r\n");
            writer.Write(row);
            written += row.Length;
        }
    }

    // Words, sometimes a comma, a quoted phrase or a second line: quoted as X quotes them, plain otherwise.
    private static void AppendText(StringBuilder row, Random random)
    {
        var text = new StringBuilder();
        var count = random.Next(6, 30);
        for (var i = 0; i < count; i++)
        {
            text.Append(i == 0 ? string.Empty : " ").Append(Words[random.Next(Words.Length)]);
            switch (random.Next(40))
            {
                case 0: text.Append(','); break;
                case 1: text.Append(" \"quoted\""); break;
                case 2: text.Append("\n"); break;
            }
        }

        var value = text.ToString();
        if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
        {
            row.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
        }
        else
        {
            row.Append(value);
        }
    }
}
