using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Import.Maps;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Maps;

public class ChannelActivityMapTests
{
    private static readonly ChannelActivityMap DailyMap = new()
    {
        Date = "date",
        ChannelColumn = "network",
        Impressions = "impressions",
        Reach = "reach",
        Engagements = "engagements",
        Followers = "followers",
        ProfileVisits = "profile visits",
        ReportedEngagementRate = "engagement rate",
    };

    private static ImportResult<ChannelActivity> Import(ChannelActivityMap map, string csv) =>
        new CsvImporter<ChannelActivity>(map).Import(new StringReader(csv));

    [Fact]
    public void Import_DailyRows_ReadEveryCount_AndKeepEmptyCellsNull()
    {
        var csv = "date,network,impressions,reach,engagements,followers,profile visits,engagement rate\n" +
                  "2026-03-01,Instagram,1000,400,30,2500,12,3.0 %\n" +
                  "2026-03-02,instagram,,,,,,\n";

        var result = Import(DailyMap, csv);

        result.IsComplete.Should().BeTrue();
        var first = result.Records[0];
        first.Channel.Should().Be(Channel.Instagram);
        first.Dates.Start.Should().Be(new LocalDate(2026, 3, 1));
        first.Dates.End.Should().Be(new LocalDate(2026, 3, 1));
        first.Impressions.Should().Be(1_000);
        first.Reach.Should().Be(400);
        first.Engagements.Should().Be(30);
        first.Followers.Should().Be(2_500);
        first.ProfileVisits.Should().Be(12);
        first.ReportedEngagementRate.Should().Be(0.03m);

        var empty = result.Records[1];
        empty.Channel.Name.Should().Be("Instagram", "the built-in channel keeps its own spelling");
        empty.Impressions.Should().BeNull("an empty cell is not reported, not 0");
        empty.Engagements.Should().BeNull();
        empty.ReportedEngagementRate.Should().BeNull();
    }

    [Fact]
    public void Import_RowsOfSeveralDays_CoverTheirFirstAndLastDay()
    {
        var map = new ChannelActivityMap { StartDate = "from", EndDate = "to", Channel = Channel.LinkedIn, Impressions = "impressions", Reach = "reach" };

        var result = Import(map, "from,to,impressions,reach\n2026-03-01,2026-03-31,90000,12000\n");

        var row = result.Records.Single();
        row.Channel.Should().Be(Channel.LinkedIn);
        row.Dates.Start.Should().Be(new LocalDate(2026, 3, 1));
        row.Dates.End.Should().Be(new LocalDate(2026, 3, 31));
        row.Reach.Should().Be(12_000);
    }

    [Fact]
    public void Import_LastDayBeforeTheFirst_RejectsTheRowOnTheEndColumn()
    {
        var map = new ChannelActivityMap { StartDate = "from", EndDate = "to", Channel = Channel.LinkedIn, Impressions = "impressions" };

        var result = Import(map, "from,to,impressions\n2026-03-31,2026-03-01,5\n2026-04-01,2026-04-30,7\n");

        result.Records.Should().ContainSingle().Which.Impressions.Should().Be(7);
        var error = result.Rejected.Single().Errors.Single();
        error.Column.Should().Be("to");
        error.LineNumber.Should().Be(2);
    }

    [Fact]
    public void Import_NegativeCount_RejectsTheRow()
    {
        var result = Import(DailyMap, "date,network,impressions,reach,engagements,followers,profile visits,engagement rate\n2026-03-01,X,-3,,,,,\n");

        result.Records.Should().BeEmpty();
        result.Rejected.Single().Errors.Single().Column.Should().Be("impressions");
    }

    [Fact]
    public void Import_FileWithoutACountColumn_LeavesThatCountNull_AndListsTheColumn()
    {
        var result = Import(DailyMap, "date,network,engagements,impressions\n2026-03-01,X,8,200\n");

        result.Records.Single().Reach.Should().BeNull();
        result.AbsentOptionalColumns.Should().Contain(["reach", "followers", "profile visits", "engagement rate"]);
    }

    [Fact]
    public void Import_RowsFeedTheAccountEngagementRate()
    {
        var csv = "date,network,impressions,reach,engagements,followers,profile visits,engagement rate\n" +
                  "2026-03-01,Instagram,1000,,30,,,\n" +
                  "2026-03-02,Instagram,3000,,50,,,\n";
        var data = new ActivityData(channelActivity: Import(DailyMap, csv).Records);

        var result = new AccountEngagementRateCalculator().Calculate(data, ReportingPeriod.Month(2026, 3));

        result.Value!.Value.Should().BeApproximately(0.02, 1e-12); // (30 + 50) / (1,000 + 3,000)
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("date", "from", "to")]
    [InlineData(null, "from", null)]
    [InlineData("date", "from", null)]
    public void Map_WithoutExactlyOneWayToReadDates_IsRefused(string? date, string? start, string? end)
    {
        var map = new ChannelActivityMap { Date = date, StartDate = start, EndDate = end, Channel = Channel.X, Impressions = "impressions" };

        var act = () => Import(map, "date,from,to,impressions\n2026-03-01,2026-03-01,2026-03-01,1\n");

        act.Should().Throw<InvalidOperationException>().WithMessage("*either Date*or both StartDate and EndDate*");
    }

    [Fact]
    public void Map_WithoutAnyCount_IsRefused()
    {
        var map = new ChannelActivityMap { Date = "date", Channel = Channel.X };

        var act = () => Import(map, "date\n2026-03-01\n");

        act.Should().Throw<InvalidOperationException>().WithMessage("*at least one of Impressions*");
    }
}
