using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

/// <summary>The best time to post read from columns places and scores every post as from rows.</summary>
public class BestTimeToPostColumnsTests
{
    private static readonly ReportingCalendar Paris = new(DateTimeZoneProviders.Tzdb["Europe/Paris"]);

    // Around both changes of time of 2026 in Paris, and before 1970 so negative ticks are placed too.
    private static readonly Instant[] Anchors =
    [
        Instant.FromUtc(2026, 3, 29, 0, 30), Instant.FromUtc(2026, 10, 25, 0, 30), Instant.FromUtc(1969, 12, 31, 22, 0),
    ];

    private static Gen<SocialPost> PostGen =>
        from anchor in Gen.Elements(Anchors)
        from minutes in Gen.Choose(-3_000, 3_000)
        from channel in Gen.Elements(Channel.Instagram, Channel.X)
        from reach in Gen.Frequency((1, Gen.Constant<long?>(null)), (1, Gen.Constant<long?>(0)), (6, Gen.Choose(1, 5_000).Select(v => (long?)v)))
        from reactions in Gen.Choose(0, 300)
        select new SocialPost($"p{minutes}", channel, anchor + Duration.FromMinutes(minutes), counters: new PostCounters
        {
            Reactions = reactions, Comments = 1, Shares = 0, Reach = reach,
        });

    [Fact]
    public void Analyze_OverColumns_EqualsRows_AcrossClockChanges()
    {
        var analyzer = new BestTimeToPostAnalyzer(new BestTimeToPostOptions { MinimumPostsPerCell = 2 }, Paris);

        Prop.ForAll(Gen.ListOf(PostGen).ToArbitrary(), posts =>
        {
            var window = new NodaTime.Interval(Instant.FromUtc(2026, 3, 28, 0, 0), Instant.FromUtc(2026, 10, 25, 12, 0));
            var fromRows = analyzer.Analyze(posts.Where(post => window.Contains(post.PublishedAt)));
            var fromColumns = analyzer.Analyze(PostColumns.From(posts), window);
            var everything = analyzer.Analyze(PostColumns.From(posts));

            fromColumns.Cells.Should().Equal(fromRows.Cells);
            fromColumns.PostsUsed.Should().Be(fromRows.PostsUsed);
            fromColumns.PostsSkipped.Should().Be(fromRows.PostsSkipped);
            everything.Cells.Should().Equal(analyzer.Analyze(posts).Cells);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }
}
