using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class BestTimeToPostAnalyzerTests
{
    // Sunday 1 March 2026 at 23:30 UTC: Monday 00:30 in Paris.
    private static readonly SocialPost SundayNight = Engaged("sunday-night", Instant.FromUtc(2026, 3, 1, 23, 30), 10, 100);

    private static readonly SocialPost[] Grid =
    [
        // Tuesday 18:xx UTC: 0.1, 0.05, 0.2 → median 0.1
        Engaged("tue1", Instant.FromUtc(2026, 3, 3, 18, 5), 10, 100),
        Engaged("tue2", Instant.FromUtc(2026, 3, 10, 18, 40), 5, 100),
        Engaged("tue3", Instant.FromUtc(2026, 3, 17, 18, 59), 20, 100),

        // Wednesday 09:xx UTC: 0.02, 0.04, 0.06, 0.08 → median (0.04 + 0.06) / 2 = 0.05
        Engaged("wed1", Instant.FromUtc(2026, 3, 4, 9, 0), 2, 100),
        Engaged("wed2", Instant.FromUtc(2026, 3, 11, 9, 15), 4, 100),
        Engaged("wed3", Instant.FromUtc(2026, 3, 18, 9, 30), 6, 100),
        Engaged("wed4", Instant.FromUtc(2026, 3, 25, 9, 45), 8, 100),

        // Friday 12:xx UTC: two posts at 0.5, the best median but too few posts to rank
        Engaged("fri1", Instant.FromUtc(2026, 3, 6, 12, 0), 50, 100),
        Engaged("fri2", Instant.FromUtc(2026, 3, 13, 12, 0), 50, 100),

        // Skipped: reach not reported, reach 0
        Engaged("no-reach", Instant.FromUtc(2026, 3, 6, 12, 0), 50, null),
        Engaged("zero-reach", Instant.FromUtc(2026, 3, 6, 12, 0), 50, 0),
    ];

    [Fact]
    public void Analyze_SundayNightUtc_IsMondayMidnightInParis()
    {
        var grid = new BestTimeToPostAnalyzer(calendar: new ReportingCalendar(Zones.Paris)).Analyze([SundayNight]);

        grid.Cell(IsoDayOfWeek.Monday, 0).PostCount.Should().Be(1);
        grid.Cell(IsoDayOfWeek.Sunday, 23).PostCount.Should().Be(0);
        grid.Cell(IsoDayOfWeek.Monday, 0).MedianEngagementRate!.Value.Should().BeApproximately(0.1, 1e-12); // 10 / 100
    }

    [Fact]
    public void Analyze_SundayNightUtc_IsSunday23InUtc()
    {
        var grid = new BestTimeToPostAnalyzer().Analyze([SundayNight]);

        grid.Cell(IsoDayOfWeek.Sunday, 23).PostCount.Should().Be(1);
        grid.Cell(IsoDayOfWeek.Monday, 0).PostCount.Should().Be(0);
    }

    [Fact]
    public void Analyze_MediansPerCell_ByHand()
    {
        var grid = new BestTimeToPostAnalyzer().Analyze(Grid);

        var tuesday = grid.Cell(IsoDayOfWeek.Tuesday, 18);
        tuesday.PostCount.Should().Be(3);
        tuesday.MedianEngagementRate!.Value.Should().BeApproximately(0.1, 1e-12); // sorted 0.05, 0.1, 0.2
        tuesday.HasEnoughData.Should().BeTrue();

        var wednesday = grid.Cell(IsoDayOfWeek.Wednesday, 9);
        wednesday.PostCount.Should().Be(4);
        wednesday.MedianEngagementRate!.Value.Should().BeApproximately(0.05, 1e-12); // (0.04 + 0.06) / 2

        var friday = grid.Cell(IsoDayOfWeek.Friday, 12);
        friday.PostCount.Should().Be(2);
        friday.MedianEngagementRate!.Value.Should().BeApproximately(0.5, 1e-12);
        friday.HasEnoughData.Should().BeFalse("2 posts are fewer than the default minimum of 3");

        var empty = grid.Cell(IsoDayOfWeek.Monday, 5);
        empty.PostCount.Should().Be(0);
        empty.MedianEngagementRate.Should().BeNull();
        empty.HasEnoughData.Should().BeFalse();
    }

    [Fact]
    public void Analyze_Ranking_LeavesOutCellsUnderTheMinimum()
    {
        var grid = new BestTimeToPostAnalyzer().Analyze(Grid);

        grid.MinimumPostsPerCell.Should().Be(3);
        grid.Ranking.Select(c => (c.Weekday, c.Hour)).Should().Equal((IsoDayOfWeek.Tuesday, 18), (IsoDayOfWeek.Wednesday, 9));
    }

    [Fact]
    public void Analyze_LowerMinimum_RanksTheSmallCellFirst()
    {
        var grid = new BestTimeToPostAnalyzer(new BestTimeToPostOptions { MinimumPostsPerCell = 2 }).Analyze(Grid);

        // Friday 0.5 > Tuesday 0.1 > Wednesday 0.05
        grid.Ranking.Select(c => (c.Weekday, c.Hour)).Should().Equal(
            (IsoDayOfWeek.Friday, 12), (IsoDayOfWeek.Tuesday, 18), (IsoDayOfWeek.Wednesday, 9));
    }

    [Fact]
    public void Analyze_CountsUsedAndSkippedPosts()
    {
        var grid = new BestTimeToPostAnalyzer().Analyze(Grid);

        grid.PostsUsed.Should().Be(9);    // 3 + 4 + 2
        grid.PostsSkipped.Should().Be(2); // no reach, zero reach
        grid.Cell(IsoDayOfWeek.Friday, 12).PostCount.Should().Be(2, "the skipped posts of that slot are not in the cell");
    }

    [Fact]
    public void Analyze_Ties_BrokenByPostCountThenWeekdayThenHour()
    {
        var posts = new[]
        {
            // Tuesday 01: three posts at 0.05 — more posts, but a lower median
            Engaged("t1", Instant.FromUtc(2026, 3, 3, 1, 0), 5, 100),
            Engaged("t2", Instant.FromUtc(2026, 3, 10, 1, 0), 5, 100),
            Engaged("t3", Instant.FromUtc(2026, 3, 17, 1, 0), 5, 100),

            // Saturday 03, Monday 20, Monday 07: one post at 0.1 each
            Engaged("s", Instant.FromUtc(2026, 3, 7, 3, 0), 10, 100),
            Engaged("m20", Instant.FromUtc(2026, 3, 2, 20, 0), 10, 100),
            Engaged("m7", Instant.FromUtc(2026, 3, 2, 7, 0), 10, 100),

            // Thursday 08: two posts at 0.1
            Engaged("th1", Instant.FromUtc(2026, 3, 5, 8, 0), 10, 100),
            Engaged("th2", Instant.FromUtc(2026, 3, 12, 8, 0), 10, 100),
        };

        var grid = new BestTimeToPostAnalyzer(new BestTimeToPostOptions { MinimumPostsPerCell = 1 }).Analyze(posts);

        grid.Ranking.Select(c => (c.Weekday, c.Hour)).Should().Equal(
            (IsoDayOfWeek.Thursday, 8),  // 0.1, 2 posts
            (IsoDayOfWeek.Monday, 7),    // 0.1, 1 post, Monday, earlier hour
            (IsoDayOfWeek.Monday, 20),   // 0.1, 1 post, Monday
            (IsoDayOfWeek.Saturday, 3),  // 0.1, 1 post, Saturday
            (IsoDayOfWeek.Tuesday, 1));  // 0.05
    }

    [Fact]
    public void Cells_Are168_MondayMidnightFirst_HourByHour()
    {
        var grid = new BestTimeToPostAnalyzer().Analyze([]);

        grid.Cells.Should().HaveCount(168); // 7 × 24
        grid.Cells[0].Should().Be(new BestTimeCell(IsoDayOfWeek.Monday, 0, 0, null, false));
        (grid.Cells[25].Weekday, grid.Cells[25].Hour).Should().Be((IsoDayOfWeek.Tuesday, 1)); // 24 + 1
        (grid.Cells[167].Weekday, grid.Cells[167].Hour).Should().Be((IsoDayOfWeek.Sunday, 23));
        grid.Ranking.Should().BeEmpty();
        grid.PostsUsed.Should().Be(0);
    }

    [Fact]
    public void Cell_ReturnsTheCellOfThatWeekdayAndHour()
    {
        var grid = new BestTimeToPostAnalyzer().Analyze(Grid);

        grid.Cell(IsoDayOfWeek.Wednesday, 9).Should().BeSameAs(grid.Cells[(2 * 24) + 9]);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.None)]
    [InlineData((IsoDayOfWeek)8)]
    public void Cell_WeekdayOutOfRange_ThrowsNamingWeekday(IsoDayOfWeek weekday)
    {
        var grid = new BestTimeToPostAnalyzer().Analyze([]);

        var act = () => grid.Cell(weekday, 0);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "weekday")
            .WithMessage("weekday must be a day from Monday to Sunday*");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(24)]
    public void Cell_HourOutOfRange_ThrowsNamingHour(int hour)
    {
        var grid = new BestTimeToPostAnalyzer().Analyze([]);

        var act = () => grid.Cell(IsoDayOfWeek.Monday, hour);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "hour")
            .WithMessage("hour must be between 0 and 23*");
    }

    [Fact]
    public void Analyze_RepeatedHourWhenClocksGoBack_BothLandInTheTwoOClockCell()
    {
        // 25 October 2026 in Paris: 00:30 UTC is 02:30 CEST, 01:30 UTC is 02:30 CET.
        var posts = new[]
        {
            Engaged("first-0230", Instant.FromUtc(2026, 10, 25, 0, 30), 10, 100),
            Engaged("second-0230", Instant.FromUtc(2026, 10, 25, 1, 30), 30, 100),
        };

        var grid = new BestTimeToPostAnalyzer(calendar: new ReportingCalendar(Zones.Paris)).Analyze(posts);

        var cell = grid.Cell(IsoDayOfWeek.Sunday, 2);
        cell.PostCount.Should().Be(2);
        cell.MedianEngagementRate!.Value.Should().BeApproximately(0.2, 1e-12); // (0.1 + 0.3) / 2
        grid.Cell(IsoDayOfWeek.Sunday, 1).PostCount.Should().Be(0);
        grid.Cell(IsoDayOfWeek.Sunday, 3).PostCount.Should().Be(0);
    }

    [Fact]
    public void Analyze_ByFollowers_UsesTheSnapshotAtPublication()
    {
        var options = new BestTimeToPostOptions { Engagement = new EngagementRateOptions { Denominator = PostDenominator.Followers } };
        var audience = new AudienceHistory([Snapshot(Instagram, Instant.FromUtc(2026, 3, 1, 0, 0), 200)]);
        var post = Post("p", Instagram, Instant.FromUtc(2026, 3, 3, 18, 0), reactions: 10, comments: 0, shares: 0);
        var tooEarly = Post("early", Instagram, Instant.FromUtc(2026, 2, 27, 18, 0), reactions: 10, comments: 0, shares: 0);

        var grid = new BestTimeToPostAnalyzer(options).Analyze([post, tooEarly], audience);

        grid.Cell(IsoDayOfWeek.Tuesday, 18).MedianEngagementRate!.Value.Should().BeApproximately(0.05, 1e-12); // 10 / 200
        grid.PostsSkipped.Should().Be(1, "no snapshot was taken before 27 February");
        grid.Method.Should().Be("median per weekday and hour in UTC of the per-post (reactions + comments + shares) / followers at publication");
    }

    [Fact]
    public void Method_NamesTheZoneAndTheScore()
    {
        var grid = new BestTimeToPostAnalyzer(calendar: new ReportingCalendar(Zones.Paris)).Analyze([]);

        grid.Method.Should().Be("median per weekday and hour in Europe/Paris of the per-post (reactions + comments + shares) / reach");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_MinimumBelowOne_ThrowsNamingTheOption(int minimum)
    {
        var act = () => new BestTimeToPostAnalyzer(new BestTimeToPostOptions { MinimumPostsPerCell = minimum });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "BestTimeToPostOptions.MinimumPostsPerCell")
            .WithMessage("*must be greater than zero*");
    }

    [Fact]
    public void Constructor_NullEngagementOptions_ThrowsNamingTheOption()
    {
        var act = () => new BestTimeToPostAnalyzer(new BestTimeToPostOptions { Engagement = null! });

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("BestTimeToPostOptions.Engagement");
    }

    [Fact]
    public void Analyze_NullPost_ThrowsNamingPosts()
    {
        var act = () => new BestTimeToPostAnalyzer().Analyze([SundayNight, null!]);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "posts").WithMessage("*must not contain null*");
    }
}
