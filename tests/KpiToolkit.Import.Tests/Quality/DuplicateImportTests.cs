using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Quality;

/// <summary>
/// An export that holds the same post, mention or article on several rows keeps the last row, and reports the lines of
/// the copies left out and of the one kept; no row is lost.
/// </summary>
public class DuplicateImportTests
{
    private static readonly SocialPostMap Posts = new()
    {
        Id = "id",
        PublishedAt = "at",
        ChannelColumn = "network",
        Reactions = "likes",
        Reach = "reach",
    };

    private static ImportResult<T> Import<T>(CsvRecordMap<T> map, string csv)
        where T : class =>
        new CsvImporter<T>(map).Import(new StringReader(csv));

    [Fact]
    public void Posts_SameIdOnTwoRows_KeepTheLastRow_AndReportTheLines()
    {
        // Line 2 and line 4 are the same post, exported twice: line 4 has the later figures.
        var result = Import(
            Posts,
            "id,at,network,likes,reach\n" +
            "p1,2026-03-02T09:00:00Z,Instagram,40,1000\n" +
            "p2,2026-03-03T09:00:00Z,Instagram,10,500\n" +
            "p1,2026-03-02T09:00:00Z,Instagram,90,1500\n");

        result.Records.Select(post => (post.Id, post.Counters.Reactions)).Should().Equal(("p2", 10L), ("p1", 90L));
        result.Duplicates.Should().Equal(new ImportDuplicate("Instagram", "p1", 4, [2]));
        var copy = result.Skipped.Should().ContainSingle().Subject;
        copy.LineNumber.Should().Be(2);
        copy.SkipReason.Should().Be("an earlier copy of Instagram 'p1', whose last copy, on line 4, was kept");
        copy.Record!.Counters.Reactions.Should().Be(40);
        result.Accepted.Select(row => row.LineNumber).Should().Equal(3, 4);
        result.ToString().Should().Be("3 rows read, 2 accepted, 0 rejected, 1 skipped (1 of them earlier copies of 1 records read again)");
    }

    [Fact]
    public void Posts_IdenticalRowsThreeTimes_KeepOne_AndReportEveryCopy()
    {
        const string Row = "p1,2026-03-02T09:00:00Z,X,40,1000\n";
        var result = Import(Posts, "id,at,network,likes,reach\n" + Row + Row + "p2,2026-03-02T10:00:00Z,X,5,100\n" + Row);

        result.Records.Select(post => post.Id).Should().Equal("p2", "p1");
        result.Duplicates.Should().Equal(new ImportDuplicate("X", "p1", 5, [2, 3]));
        (result.Accepted.Count + result.Rejected.Count + result.Skipped.Count).Should().Be(4, "every data row is in one list");
    }

    [Fact]
    public void Posts_SameIdOnTwoChannels_AreBothKept()
    {
        var result = Import(
            Posts,
            "id,at,network,likes,reach\n" +
            "42,2026-03-02T09:00:00Z,Instagram,40,1000\n" +
            "42,2026-03-02T09:00:00Z,LinkedIn,40,1000\n");

        result.Records.Select(post => post.Channel).Should().Equal(Channel.Instagram, Channel.LinkedIn);
        result.Duplicates.Should().BeEmpty();
        result.Skipped.Should().BeEmpty();
    }

    [Fact]
    public void Posts_ARejectedRow_IsNotACopy()
    {
        var result = Import(
            Posts,
            "id,at,network,likes,reach\n" +
            "p1,2026-03-02T09:00:00Z,Instagram,40,1000\n" +
            "p1,2026-03-02T09:00:00Z,Instagram,4x0,1000\n");

        result.Records.Should().ContainSingle().Which.Counters.Reactions.Should().Be(40);
        result.Rejected.Should().ContainSingle().Which.LineNumber.Should().Be(3);
        result.Duplicates.Should().BeEmpty();
    }

    [Fact]
    public void Mentions_SameIdOnTwoRows_KeepTheLastRow()
    {
        var map = new MentionMap { Id = "id", PublishedAt = "date", Author = "author", SourceType = "source", ChannelColumn = "site", PotentialReach = "reach" };
        var result = Import(
            map,
            "id,date,author,source,site,reach\n" +
            "m1,2026-02-01T08:00:00Z,@jane,Twitter,X,5000\n" +
            "m1,2026-02-01T08:00:00Z,@jane,Twitter,,5000\n" +
            "m1,2026-02-01T08:00:00Z,@jane,Twitter,X,6000\n");

        result.Records.Select(mention => mention.PotentialReach).Should().Equal(5000L, 6000L);
        result.Duplicates.Should().Equal(new ImportDuplicate("X", "m1", 4, [2]));
    }

    [Fact]
    public void PressArticles_SameIdOnTwoRows_KeepTheLastRow_PerOutlet()
    {
        var map = new PressArticleMap { Id = "id", Outlet = "outlet", MediaKind = "media", PublishedOn = "date", PotentialAudience = "audience" };
        var result = Import(
            map,
            "id,outlet,media,date,audience\n" +
            "a1,Le Monde,Press,2026-02-03,100\n" +
            "a1,Les Echos,Press,2026-02-03,100\n" +
            "a1,Le Monde,Press,2026-02-03,200\n");

        result.Records.Select(article => (article.Outlet, article.PotentialAudience)).Should().Equal(("Les Echos", 100L), ("Le Monde", 200L));
        result.Duplicates.Should().Equal(new ImportDuplicate("Le Monde", "a1", 4, [2]));
    }

    [Fact]
    public void Import_WithoutDuplicates_KeepsEveryRow()
    {
        var result = Import(
            Posts,
            "id,at,network,likes,reach\n" +
            "p1,2026-03-02T09:00:00Z,Instagram,40,1000\n" +
            "p2,2026-03-03T09:00:00Z,Instagram,10,500\n");

        result.Records.Select(post => post.Id).Should().Equal("p1", "p2");
        result.Duplicates.Should().BeEmpty();
        result.ToString().Should().Be("2 rows read, 2 accepted, 0 rejected");
    }

    [Fact]
    public void TwoExports_OfOverlappingDays_CountEachPostOnce_WithTheLaterExportsFigures()
    {
        var march = Import(Posts, "id,at,network,likes,reach\np1,2026-03-30T09:00:00Z,X,40,1000\np2,2026-03-31T09:00:00Z,X,10,500\n");
        var april = Import(Posts, "id,at,network,likes,reach\np2,2026-03-31T09:00:00Z,X,25,800\np3,2026-04-01T09:00:00Z,X,5,100\n");

        // The files in the order they were exported: the later one's copy of p2 wins.
        var data = new ActivityData(posts: march.Records.Concat(april.Records));

        data.Posts.Select(post => (post.Id, post.Counters.Reactions)).Should().Equal(("p1", 40L), ("p2", 25L), ("p3", 5L));
        data.Duplicates.Posts.Should().ContainSingle().Which.Should().Be(new DuplicateRecord("X", "p2", 2, [1]));
    }
}
