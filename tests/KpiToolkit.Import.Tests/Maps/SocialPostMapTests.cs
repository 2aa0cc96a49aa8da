using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;

namespace KpiToolkit.Import.Tests.Maps;

/// <summary>Counters of every kind and the platform's own figures, read by a <see cref="SocialPostMap"/>.</summary>
public class SocialPostMapTests
{
    private static readonly PostCounter Signups = PostCounter.Define("newsletter signups (import tests)");

    private static ImportResult<SocialPost> Import(SocialPostMap map, string csv) =>
        new CsvImporter<SocialPost>(map).Import(new StringReader(csv));

    private static SocialPostMap Map(
        IReadOnlyDictionary<PostCounter, string>? counters = null,
        IReadOnlyDictionary<string, PlatformFigureColumn>? figures = null) => new()
        {
            Id = "id",
            PublishedAt = "at",
            Channel = Channel.LinkedIn,
            CounterColumns = counters ?? new Dictionary<PostCounter, string>(),
            FigureColumns = figures ?? new Dictionary<string, PlatformFigureColumn>(),
        };

    [Fact]
    public void CounterColumns_ReadBuiltInAndHostDefinedKinds()
    {
        var map = Map(new Dictionary<PostCounter, string>
        {
            [PostCounter.Follows] = "Follows",
            [PostCounter.LinkClicks] = "link clicks",
            [PostCounter.Reactions] = "Likes",
            [Signups] = "Signups",
        });

        var post = Import(map, "id,at,Likes,link clicks,Follows,Signups\np1,2026-03-02T09:00:00Z,40,12,3,7\n").Records.Single();

        post.Counters.Should().Be(PostCounters.Of(
            (PostCounter.Reactions, 40), (PostCounter.LinkClicks, 12), (PostCounter.Follows, 3), (Signups, 7)));
        post.Counters.Get(Signups).Should().Be(7);
    }

    [Fact]
    public void CounterColumns_WorkBesideTheShorthandProperties()
    {
        var both = new SocialPostMap
        {
            Id = "id",
            PublishedAt = "at",
            Channel = Channel.Instagram,
            Reactions = "Likes",
            CounterColumns = new Dictionary<PostCounter, string> { [PostCounter.Saves] = "Saves" },
        };

        var post = Import(both, "id,at,Likes,Saves\np1,2026-03-02T09:00:00Z,40,9\n").Records.Single();

        post.Counters.Should().Be(new PostCounters { Reactions = 40, Saves = 9 });
    }

    [Fact]
    public void CounterColumns_AndAShorthand_NamingOneCounter_AreRefusedWhenTheImportStarts()
    {
        var map = new SocialPostMap
        {
            Id = "id",
            PublishedAt = "at",
            Channel = Channel.Instagram,
            Reactions = "Likes",
            CounterColumns = new Dictionary<PostCounter, string> { [PostCounter.Reactions] = "Reactions" },
        };

        FluentActions.Invoking(() => Import(map, "id,at,Likes\np1,2026-03-02T09:00:00Z,40\n"))
            .Should().Throw<InvalidOperationException>()
            .WithMessage("SocialPostMap names the column of Reactions twice: Reactions = 'Likes' and CounterColumns[Reactions] = 'Reactions'. Keep one.");
    }

    [Fact]
    public void CounterColumns_WithTheEmptyKindOrABlankColumn_AreRefused()
    {
        FluentActions.Invoking(() => Map(new Dictionary<PostCounter, string> { [default] = "x" }))
            .Should().Throw<ArgumentException>().WithMessage("*empty (default) post counter*").Which.ParamName.Should().Be("CounterColumns");
        FluentActions.Invoking(() => Map(new Dictionary<PostCounter, string> { [PostCounter.Saves] = " " }))
            .Should().Throw<ArgumentException>().WithMessage("CounterColumns[Saves] must be a column name*");
    }

    [Fact]
    public void CounterColumns_AbsentFromTheFile_StayUnreportedAndAreListed()
    {
        var map = Map(new Dictionary<PostCounter, string> { [PostCounter.Follows] = "Follows", [PostCounter.Comments] = "Comments" });

        var result = Import(map, "id,at,Comments\np1,2026-03-02T09:00:00Z,0\n");

        // 0 comments is a real zero; follows are not in the file: null, not 0.
        result.Records.Single().Counters.Should().Be(new PostCounters { Comments = 0 });
        result.Records.Single().Counters.IsReported(PostCounter.Follows).Should().BeFalse();
        result.AbsentOptionalColumns.Should().Equal("Follows");
    }

    [Fact]
    public void FigureColumns_GoIntoThePost_CountsWholeAndRatesAsFractions()
    {
        var map = Map(figures: new Dictionary<string, PlatformFigureColumn>
        {
            [PlatformFigureNames.Engagements] = PlatformFigureColumn.Count("engagements"),
            [PlatformFigureNames.EngagementRate] = PlatformFigureColumn.Rate("rate"),
            [PlatformFigureNames.ClickThroughRate] = PlatformFigureColumn.Percent("CTR (%)"),
        });
        var csv = "id,at,engagements,rate,CTR (%)\n" +
                  "p1,2026-03-02T09:00:00Z,57,0.03,4.50\n" +
                  "p2,2026-03-03T09:00:00Z,12.0,3.25%,0.8%\n" +
                  "p3,2026-03-04T09:00:00Z,,,\n";

        var posts = Import(map, csv).Records;

        posts[0].PlatformFigures.Should().Be(PlatformFigures.Of(
            (PlatformFigureNames.Engagements, 57m), (PlatformFigureNames.EngagementRate, 0.03m), (PlatformFigureNames.ClickThroughRate, 0.045m)));

        // 4.50 per cent keeps its two decimals: 0.0450, which says YouTube rounded to hundredths of a per cent.
        posts[0].PlatformFigures.Get(PlatformFigureNames.ClickThroughRate).ToString().Should().Be("0.0450");

        // A percentage written with its sign reads the same in a rate or a percent column: 3.25% is 0.0325, 0.8% is 0.008.
        posts[1].PlatformFigures.Get(PlatformFigureNames.Engagements).Should().Be(12m);
        posts[1].PlatformFigures.Get(PlatformFigureNames.EngagementRate).Should().Be(0.0325m);
        posts[1].PlatformFigures.Get(PlatformFigureNames.ClickThroughRate).Should().Be(0.008m);

        // Empty cells give no figure at all, not 0.
        posts[2].PlatformFigures.Should().BeSameAs(PlatformFigures.None);
    }

    [Fact]
    public void FigureColumns_WithABadCell_RejectTheRowNamingLineAndColumn()
    {
        var map = Map(figures: new Dictionary<string, PlatformFigureColumn>
        {
            [PlatformFigureNames.Engagements] = PlatformFigureColumn.Count("engagements"),
            [PlatformFigureNames.EngagementRate] = PlatformFigureColumn.Rate("rate"),
        });

        var result = Import(map, "id,at,engagements,rate\np1,2026-03-02T09:00:00Z,12.5,0.03\np2,2026-03-02T09:00:00Z,3,abc\n");

        result.Records.Should().BeEmpty();
        result.Errors.Select(e => e.ToString()).Should().Equal(
            "line 2, column 'engagements': '12.5' is not a whole number",
            "line 3, column 'rate': 'abc' is not a number or a percentage in the invariant culture");
    }

    [Fact]
    public void FigureColumns_NamingAFigureTwice_AreRefused()
    {
        var twice = new Dictionary<string, PlatformFigureColumn>(StringComparer.Ordinal)
        {
            ["engagements"] = PlatformFigureColumn.Count("a"),
            ["Engagements"] = PlatformFigureColumn.Count("b"),
        };

        FluentActions.Invoking(() => Map(figures: twice))
            .Should().Throw<ArgumentException>().WithMessage("FigureColumns names the figure 'Engagements' twice.*");
    }

    [Fact]
    public void PlatformFigureColumn_RefusesABlankColumnAndAnUndefinedUnit()
    {
        FluentActions.Invoking(() => PlatformFigureColumn.Rate(" ")).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("column");
        FluentActions.Invoking(() => new PlatformFigureColumn("x", (PlatformFigureUnit)9)).Should().Throw<ArgumentException>().Which.ParamName.Should().Be("unit");
        PlatformFigureColumn.Percent(" CTR (%) ").Should().Be(new PlatformFigureColumn("CTR (%)", PlatformFigureUnit.Percent));
        PlatformFigureColumn.Count("engagements").ToString().Should().Be("'engagements' (Count)");
    }
    [Fact]
    public void WatchTimeHours_AreReadAsWholeSeconds()
    {
        var map = new SocialPostMap { Id = "id", PublishedAt = "at", Channel = Channel.YouTube, WatchTimeHours = "Watch time (hours)" };
        var csv = "id,at,Watch time (hours)\n" +
                  "v1,2026-03-02T09:00:00Z,123.4567\n" +
                  "v2,2026-03-02T09:00:00Z,0.000138888\n" +
                  "v3,2026-03-02T09:00:00Z,-1\n" +
                  "v4,2026-03-02T09:00:00Z,\n";

        var result = Import(map, csv);

        // 123.4567 h × 3600 = 444,444.12 s → 444,444. 0.000138888 h × 3600 = 0.4999968 s → 0.
        result.Records.Select(p => p.Counters.WatchTimeSeconds).Should().Equal(444_444L, 0L, null);
        result.Errors.Select(e => e.ToString()).Should().Equal("line 4, column 'Watch time (hours)': '-1' is negative; a watch time cannot be");
    }

    [Fact]
    public void WatchTimeHours_RoundHalfASecondAwayFromZero()
    {
        var map = new SocialPostMap { Id = "id", PublishedAt = "at", Channel = Channel.YouTube, WatchTimeHours = "hours" };

        // 0.000125 h × 3600 = 0.45 s → 0; 0.00125 h = 4.5 s → 5.
        var posts = Import(map, "id,at,hours\nv1,2026-03-02T09:00:00Z,0.000125\nv2,2026-03-02T09:00:00Z,0.00125\n").Records;

        posts.Select(p => p.Counters.WatchTimeSeconds).Should().Equal(0L, 5L);
    }

    [Fact]
    public void WatchTimeHours_AndCounterColumnsOfWatchTime_AreRefusedTogether()
    {
        var map = new SocialPostMap
        {
            Id = "id",
            PublishedAt = "at",
            Channel = Channel.YouTube,
            WatchTimeHours = "hours",
            CounterColumns = new Dictionary<PostCounter, string> { [PostCounter.WatchTimeSeconds] = "seconds" },
        };

        FluentActions.Invoking(() => Import(map, "id,at\n")).Should().Throw<InvalidOperationException>().WithMessage("*WatchTimeSeconds twice*");
    }

    [Fact]
    public void PaidCount_AboveZero_MakesThePostPaid_UnlessIsPaidSaysOtherwise()
    {
        var map = new SocialPostMap { Id = "id", PublishedAt = "at", Channel = Channel.Facebook, IsPaid = "Paid", PaidCount = "paid impressions" };
        var csv = "id,at,Paid,paid impressions\n" +
                  "p1,2026-03-02T09:00:00Z,,120\n" +
                  "p2,2026-03-02T09:00:00Z,,0\n" +
                  "p3,2026-03-02T09:00:00Z,,\n" +
                  "p4,2026-03-02T09:00:00Z,no,120\n";

        var posts = Import(map, csv).Records;

        posts.Select(p => p.IsPaid).Should().Equal(true, false, false, false);
    }

    [Fact]
    public void DefaultFormat_IsTheFormatOfPostsWithoutOne()
    {
        var map = new SocialPostMap { Id = "id", PublishedAt = "at", Channel = Channel.YouTube, Format = "type", DefaultFormat = PostFormat.Video };

        var posts = Import(map, "id,at,type\nv1,2026-03-02T09:00:00Z,\nv2,2026-03-02T09:00:00Z,Reels\nv3,2026-03-02T09:00:00Z,hologram\n").Records;

        // Empty: the default. Reels: a reel. Unknown: Other, as ever.
        posts.Select(p => p.Format).Should().Equal(PostFormat.Video, PostFormat.Reel, PostFormat.Other);
        FluentActions.Invoking(() => new SocialPostMap { Id = "id", PublishedAt = "at", Channel = Channel.YouTube, DefaultFormat = (PostFormat)99 })
            .Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("DefaultFormat");
    }
}
