using KpiToolkit.Activity;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>ga4-traffic-acquisition.csv</c>, a made-up Google Analytics 4 "Traffic acquisition" export by channel
/// group and date: ten <c>#</c> lines of preamble, a blank line, the header on line 12, LF line ends.
/// </summary>
/// <remarks>
/// Line 13: Organic Search on 15 January, 1250 sessions of which 850 engaged (0.68). Line 14: Direct. Line 15:
/// Email on 16 January. Line 16: Unassigned, 3 sessions, none engaged and no key event.
/// </remarks>
public class Ga4TrafficAcquisitionPresetTests
{
    private const string FixtureName = "ga4-traffic-acquisition.csv";

    private static readonly DateTimeZone LosAngeles = DateTimeZoneProviders.Tzdb["America/Los_Angeles"];

    private static ImportResult<WebTrafficRecord> ImportAll() =>
        ImportPresets.Ga4TrafficAcquisition(LosAngeles).ImportFile(Fixture.Path(FixtureName));

    [Fact]
    public void Import_PassesOverThePreambleAndReadsEveryRow()
    {
        var result = ImportAll();

        result.Accepted.Select(r => r.LineNumber).Should().Equal(13, 14, 15, 16);
        result.Rejected.Should().BeEmpty();
        result.Skipped.Should().BeEmpty("the preamble comes before the header, and the file has no total row");
        result.AbsentOptionalColumns.Should().BeEmpty();
        result.ToString().Should().Be("4 rows read, 4 accepted, 0 rejected");
    }

    [Fact]
    public void Import_Row_ReadsDateChannelSessionsUsersAndKeyEvents()
    {
        var record = ImportAll().Records[0];

        record.Date.Should().Be(new LocalDate(2024, 1, 15));
        record.Channel.Should().Be(new Channel("Organic Search"));
        record.Sessions.Should().Be(1250);
        record.Users.Should().Be(980);
        record.Conversions.Should().Be(31, "GA4's key events are its conversions");
        record.ConvertingSessions.Should().BeNull("GA4 gives only the rate of sessions with a key event, not their count");
    }

    [Fact]
    public void Import_Rates_AreKeptAsTheFractionsGa4Writes()
    {
        var figures = ImportAll().Accepted[0].PlatformFigures;

        figures["Engaged sessions"].Should().Be(850m);
        figures["Engagement rate"].Should().Be(0.68m);       // 850 / 1250
        figures["Session key event rate"].Should().Be(0.02m); // 25 of 1250 sessions had a key event
        (figures["Engaged sessions"] / 1250m).Should().Be(figures["Engagement rate"]);
    }

    [Fact]
    public void Import_Totals_MatchTheFile()
    {
        var records = ImportAll().Records;

        records.Sum(r => r.Sessions).Should().Be(1873);       // 1250 + 500 + 120 + 3
        records.Sum(r => r.Users).Should().Be(1488);          // 980 + 410 + 95 + 3
        records.Sum(r => r.Conversions).Should().Be(52);      // 31 + 12 + 9 + 0
        records.Select(r => r.Date).Distinct().Should().Equal(new LocalDate(2024, 1, 15), new LocalDate(2024, 1, 16));
    }

    [Fact]
    public void Import_ChannelGroupWithoutTraffic_IsAKnownZero()
    {
        var row = ImportAll().Accepted[3];

        row.Record!.Channel.Should().Be(new Channel("Unassigned"));
        row.Record.Sessions.Should().Be(3);
        row.Record.Conversions.Should().Be(0);
        row.PlatformFigures["Engagement rate"].Should().Be(0m);
    }

    [Fact]
    public void Import_DaysAreThePropertysDays()
    {
        var result = ImportAll();

        result.TimeZone.Should().Be(LosAngeles);
        result.TimeZoneNote(new ReportingCalendar(LosAngeles)).Should().BeNull();
        result.TimeZoneNote(new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Paris"]))
            .Should().StartWith("The export's dates are days in America/Los_Angeles, but the reporting calendar is in Europe/Paris");
    }

    [Fact]
    public void Import_OlderChannelColumnName_IsGivenByTheCaller()
    {
        var text = File.ReadAllText(Fixture.Path(FixtureName))
            .Replace("Session primary channel group (Default Channel Group)", "Session default channel group", StringComparison.Ordinal);

        var result = ImportPresets.Ga4TrafficAcquisition(LosAngeles, "Session default channel group").Import(new StringReader(text));

        result.Records.Select(r => r.Channel.Name).Should().Equal("Organic Search", "Direct", "Email", "Unassigned");
    }

    [Fact]
    public void Import_GrandTotalRow_IsSkipped()
    {
        var text = File.ReadAllText(Fixture.Path(FixtureName)).Replace("Organic Search,20240115", "Grand total,,1488,1873,1227,,,,0.6551,8772,52,,1032.5\nOrganic Search,20240115", StringComparison.Ordinal);

        var result = ImportPresets.Ga4TrafficAcquisition(LosAngeles).Import(new StringReader(text));

        result.Skipped.Single().LineNumber.Should().Be(13);
        result.Records.Sum(r => r.Sessions).Should().Be(1873);
    }

    [Fact]
    public void Ga4TrafficAcquisition_BadArguments_Throw()
    {
        var noZone = () => ImportPresets.Ga4TrafficAcquisition(null!);
        var blankColumn = () => ImportPresets.Ga4TrafficAcquisition(LosAngeles, " ");

        noZone.Should().Throw<ArgumentNullException>().WithParameterName("propertyTimeZone");
        blankColumn.Should().Throw<ArgumentException>().WithParameterName("channelColumn");
    }
}
