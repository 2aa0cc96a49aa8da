using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Quality;

/// <summary>
/// An action dated past the days a reporting period may cover (-9997-01-01 to 9998-12-31) is a rejected row naming the line,
/// the column and the date, never an exception from the period and never a row silently dropped.
/// </summary>
public class DateEdgeTests
{
    private static ImportResult<ActionResult> Import(ActionResultMap map, string csv) =>
        new CsvImporter<ActionResult>(map, null).Import(new StringReader(csv));

    [Fact]
    public void ActionDay_9999_12_31_IsRejected_WithTheColumnAndTheDate()
    {
        var map = new ActionResultMap { Campaign = "c", Date = "d", Channel = Channel.X, Cost = "cost", Currency = "USD" };

        var result = Import(map, "c,d,cost\nLate,9999-12-31,10\nLast,9998-12-31,20\n");

        result.Records.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Day(new LocalDate(9998, 12, 31)));
        var error = result.Rejected.Should().ContainSingle().Which.Errors.Should().ContainSingle().Subject;
        error.Column.Should().Be("d");
        error.Message.Should().Contain("the date 9999-12-31 is outside -9997-01-01 to 9998-12-31, the days a reporting period may cover");
    }

    [Fact]
    public void ActionRange_EndingIn9999_IsRejected_WithTheColumnAndTheDate()
    {
        var map = new ActionResultMap { Campaign = "c", StartDate = "from", EndDate = "to", Channel = Channel.X, Cost = "cost", Currency = "USD" };

        var result = Import(map, "c,from,to,cost\nLate,9998-12-01,9999-01-31,10\n");

        result.Records.Should().BeEmpty();
        var error = result.Rejected.Should().ContainSingle().Which.Errors.Should().ContainSingle().Subject;
        error.Column.Should().Be("to");
        error.Message.Should().Contain("the date 9999-01-31 is outside");
    }
}
