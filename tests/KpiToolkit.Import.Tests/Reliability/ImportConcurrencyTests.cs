using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Import.Presets;
using KpiToolkit.Tests.Reliability;

namespace KpiToolkit.Import.Tests.Reliability;

/// <summary>
/// The importers are documented to hold no state between calls and to be shareable: one instance of each, used by eight
/// threads released together twenty times, must read every file exactly as it reads it on one thread.
/// </summary>
public sealed class ImportConcurrencyTests
{
    private const int ThreadCount = 8;
    private const int Iterations = 20;

    [Fact]
    public void SharedImporters_OnEightThreadsAtOnce_ReadWhatOneThreadReads()
    {
        // One set of importers reads alone; another, that no thread has used yet, is shared by eight threads at once.
        var expected = Files().Select(file => file.Read()).ToList();
        var files = Files();
        var last = new List<Read>[ThreadCount];

        var failures = Together.Run(
            ThreadCount,
            thread =>
            {
                var read = files.Select(file => file.Read()).ToList();
                last[thread] = read;
                return read.Zip(expected).SelectMany(pair => pair.First.DifferencesFrom(pair.Second));
            },
            Iterations);

        Together.ShouldNotHaveFailed(failures, "a shared importer must read on every thread what it reads on one");
        foreach (var reads in last)
        {
            for (var i = 0; i < files.Count; i++)
            {
                reads[i].Rows.Should().BeEquivalentTo(expected[i].Rows, options => options.WithStrictOrdering().RespectingRuntimeTypes(), "{0} read on a busy thread gives the same records", files[i].Name);
            }
        }
    }

    /// <summary>Every file of the importer's reliability tests, each with one importer that every thread shares.</summary>
    private static List<File> Files()
    {
        var posts = new CsvImporter<SocialPost>(ImportCultureTests.PostMap, ImportCultureTests.Options);
        var mentions = new CsvImporter<Mention>(ImportCultureTests.MentionMap, ImportCultureTests.Options);
        var actions = new CsvImporter<ActionResult>(ImportCultureTests.ActionMap, ImportCultureTests.Options with { Culture = CultureInfo.GetCultureInfo("fr-FR") });
        var campaigns = new CsvImporter<EmailCampaignReport>(ImportCultureTests.CampaignMap, ImportCultureTests.Options);
        var followers = new CsvImporter<AudienceSnapshot>(new ImportCultureTests.SignedFollowersMap(), ImportCultureTests.Options);
        var tweets = ImportPresets.XTweetActivity();
        var pagePosts = ImportPresets.FacebookPagePosts(ImportCultureTests.Paris);
        var ads = ImportPresets.AdsReport();
        var mailchimp = ImportPresets.EmailCampaigns(ImportCultureTests.Paris);
        return
        [
            File.Of("posts", posts, ImportCultureTests.Posts),
            File.Of("posts, streamed", posts, ImportCultureTests.Posts, streamed: true),
            File.Of("mentions", mentions, ImportCultureTests.Mentions),
            File.Of("actions", actions, ImportCultureTests.Actions),
            File.Of("campaigns", campaigns, ImportCultureTests.Campaigns),
            File.Of("followers", followers, ImportCultureTests.Followers),
            File.Of("x-tweet-activity.csv", tweets, Text("x-tweet-activity.csv")),
            File.Of("x-tweet-activity.csv, streamed", tweets, Text("x-tweet-activity.csv"), streamed: true),
            File.Of("facebook-page-posts.csv", pagePosts, Text("facebook-page-posts.csv")),
            File.Of("ads-report.csv", ads, Text("ads-report.csv")),
            File.Of("email-campaigns.csv", mailchimp, Text("email-campaigns.csv")),
        ];
    }

    private static string Text(string fixture) => System.IO.File.ReadAllText(Fixture.Path(fixture));

    /// <summary>One file and the shared importer that reads it.</summary>
    private sealed record File(string Name, Func<Read> Read)
    {
        public static File Of<T>(string name, CsvImporter<T> importer, string csv, bool streamed = false)
            where T : class =>
            new(name, () =>
            {
                var rows = streamed
                    ? importer.Read(new StringReader(csv)).Cast<object>().ToList()
                    : [.. Ordered(importer.Import(new StringReader(csv)))];
                return new Read(name, rows, [.. rows.Select(row => row.ToString()!)]);
            });

        private static IEnumerable<object> Ordered<T>(ImportResult<T> result)
            where T : class =>
            result.Accepted.Concat(result.Rejected).Concat(result.Skipped).OrderBy(row => row.LineNumber);
    }

    /// <summary>The rows of one read, in line order, and each row as it prints.</summary>
    private sealed record Read(string Name, List<object> Rows, List<string> Report)
    {
        public IEnumerable<string> DifferencesFrom(Read expected)
        {
            if (!Report.SequenceEqual(expected.Report, StringComparer.Ordinal))
            {
                yield return $"{Name}: read [{string.Join(" | ", Report)}] instead of [{string.Join(" | ", expected.Report)}]";
            }
        }
    }
}
