using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

public class ChannelActivityTests
{
    private static readonly LocalDate March1 = new(2026, 3, 1);

    private static readonly DateInterval March = new(March1, new LocalDate(2026, 3, 31));

    [Fact]
    public void Constructor_OneDay_CoversThatDayOnly()
    {
        var row = new ChannelActivity(Channel.Instagram, March1, impressions: 1_000);

        row.Dates.Start.Should().Be(March1);
        row.Dates.End.Should().Be(March1);
    }

    [Fact]
    public void Constructor_KeepsEveryCount_AndLeavesTheUnreportedNull()
    {
        var row = new ChannelActivity(Channel.LinkedIn, March, impressions: 12_000, reach: 4_000, engagements: 360, followers: 2_500, profileVisits: 80, reportedEngagementRate: 0.03m);

        row.Channel.Should().Be(Channel.LinkedIn);
        row.Dates.Equals(March).Should().BeTrue();
        row.Impressions.Should().Be(12_000);
        row.Reach.Should().Be(4_000);
        row.Engagements.Should().Be(360);
        row.Followers.Should().Be(2_500);
        row.ProfileVisits.Should().Be(80);
        row.ReportedEngagementRate.Should().Be(0.03m);

        var sparse = new ChannelActivity(Channel.LinkedIn, March, engagements: 0);
        sparse.Engagements.Should().Be(0, "0 is a reported count");
        sparse.Impressions.Should().BeNull("not reported stays null");
        sparse.ReportedEngagementRate.Should().BeNull();
    }

    [Theory]
    [InlineData("impressions")]
    [InlineData("reach")]
    [InlineData("engagements")]
    [InlineData("followers")]
    [InlineData("profileVisits")]
    public void Constructor_NegativeCount_ThrowsNamingIt(string name)
    {
        long? Count(string of) => of == name ? -1 : 5;

        var act = () => new ChannelActivity(
            Channel.X, March1, Count("impressions"), Count("reach"), Count("engagements"), Count("followers"), Count("profileVisits"));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name);
    }

    [Fact]
    public void Constructor_NegativeReportedRate_Throws()
    {
        var act = () => new ChannelActivity(Channel.X, March, reportedEngagementRate: -0.01m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reportedEngagementRate");
    }

    [Fact]
    public void Constructor_EmptyChannel_Throws()
    {
        var act = () => new ChannelActivity(default, March1);

        act.Should().Throw<ArgumentException>().WithParameterName("channel");
    }

    [Fact]
    public void Constructor_NullDates_Throws()
    {
        var act = () => new ChannelActivity(Channel.X, (DateInterval)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("dates");
    }

    [Fact]
    public void Constructor_DateOutsideTheIsoCalendar_Throws()
    {
        var julian = new LocalDate(2026, 3, 1, CalendarSystem.Julian);

        var act = () => new ChannelActivity(Channel.X, julian);

        act.Should().Throw<ArgumentException>().WithParameterName("date");
    }

    [Fact]
    public void ToString_NamesTheChannelAndTheDates()
    {
        new ChannelActivity(Channel.Instagram, March).ToString().Should().Be("Instagram activity 2026-03-01/2026-03-31");
    }

    [Fact]
    public void Equality_SameChannelDatesAndCounts_AreEqual()
    {
        var a = new ChannelActivity(Channel.Instagram, March, engagements: 7);
        var b = new ChannelActivity(Channel.Instagram, new DateInterval(March1, new LocalDate(2026, 3, 31)), engagements: 7);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new ChannelActivity(Channel.Instagram, March, engagements: 8));
    }

    [Fact]
    public void ActivityData_WithoutChannelActivity_HasNone()
    {
        ActivityData.Empty.ChannelActivity.Should().BeEmpty();
        new ActivityData(posts: []).ChannelActivity.Should().BeEmpty();
    }

    [Fact]
    public void ActivityData_KeepsTheRows_AndCopiesThem()
    {
        var rows = new List<ChannelActivity>
        {
            new(Channel.Instagram, March1, engagements: 1),
            new(Channel.Instagram, March1.PlusDays(1), engagements: 2),
            // The same day on another channel is another account's report.
            new(Channel.LinkedIn, March, engagements: 3),
        };

        var data = new ActivityData(channelActivity: rows);
        rows.Clear();

        data.ChannelActivity.Select(r => r.Engagements).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void ActivityData_MonthRowBesideItsDailyRows_IsRefused()
    {
        ChannelActivity[] rows =
        [
            new(Channel.Instagram, March, engagements: 300),
            new(Channel.Instagram, new LocalDate(2026, 3, 15), engagements: 10),
        ];

        var act = () => new ActivityData(channelActivity: rows);

        act.Should().Throw<ArgumentException>().WithParameterName("channelActivity").WithMessage("*Instagram*same days*");
    }

    [Fact]
    public void ActivityData_OneDayTwice_IsRefused()
    {
        var day = new ChannelActivity(Channel.X, March1, engagements: 4);

        var act = () => new ActivityData(channelActivity: [day, day]);

        act.Should().Throw<ArgumentException>().WithParameterName("channelActivity");
    }

    [Fact]
    public void ActivityData_NullRow_IsRefused()
    {
        var act = () => new ActivityData(channelActivity: [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("channelActivity");
    }
}
