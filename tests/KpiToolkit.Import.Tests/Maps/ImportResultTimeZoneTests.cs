using KpiToolkit.Activity;
using KpiToolkit.Import.Maps;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Maps;

/// <summary>
/// The time zone an import read its export in (<see cref="ImportResult{T}.TimeZone"/>), and the note that says when
/// the reporting calendar is in another, so that days, weeks and months move.
/// </summary>
public class ImportResultTimeZoneTests
{
    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static readonly EmailCampaignMap EmailMap = new()
    {
        Campaign = "name",
        SentAt = "sent at",
        Sent = "sent",
        Delivered = "delivered",
        UniqueOpens = "opens",
        UniqueClicks = "clicks",
    };

    private static ImportResult<EmailCampaignReport> ImportEmails(string sentAt, DateTimeZone zone) =>
        new CsvImporter<EmailCampaignReport>(EmailMap, new CsvImportOptions { TimeZone = zone })
            .Import(new StringReader($"name,sent at,sent,delivered,opens,clicks\nJanuary,{sentAt},100,98,40,9\n"));

    [Fact]
    public void TimeZone_IsTheZoneOfTheOptions()
    {
        ImportEmails("2024-01-31 23:30", NewYork).TimeZone.Should().Be(NewYork);
        ImportEmails("2024-01-31 23:30", DateTimeZone.Utc).TimeZone.Should().Be(DateTimeZone.Utc);
    }

    [Fact]
    public void TimeZoneNote_LocalTimestampsInAnotherZone_NamesBothZones()
    {
        var result = ImportEmails("2024-01-31 23:30", NewYork);

        // 23:30 on 31 January in New York is 05:30 on 1 February in Paris: the send moves to February.
        result.Records.Single().SentAt.Should().Be(Instant.FromUtc(2024, 2, 1, 4, 30));
        Paris.AtStrictly(new LocalDateTime(2024, 2, 1, 5, 30)).ToInstant().Should().Be(result.Records.Single().SentAt);
        result.TimeZoneNote(new ReportingCalendar(Paris)).Should().Be(
            "Timestamps without an offset were read in America/New_York, but the reporting calendar is in Europe/Paris: " +
            "an event near midnight falls on another day, and possibly in another week or month, than in the platform's own reports.");
    }

    [Fact]
    public void TimeZoneNote_SameZone_IsNull()
    {
        var result = ImportEmails("2024-01-31 23:30", Paris);

        result.TimeZoneNote(new ReportingCalendar(Paris, IsoDayOfWeek.Sunday)).Should().BeNull();
    }

    [Fact]
    public void TimeZoneNote_EveryTimestampWithItsOffset_IsNull()
    {
        var result = ImportEmails("2024-01-31T23:30:00-05:00", NewYork);

        result.TimeZoneNote(new ReportingCalendar(Paris)).Should().BeNull("an instant with its offset is exact whatever the zone");
    }

    [Fact]
    public void TimeZoneNote_Dates_SaysEachIsTheCalendarDayOfTheSameDate()
    {
        var map = new WebTrafficMap { Date = "date", Sessions = "sessions", Channel = Channel.Website };
        var result = new CsvImporter<WebTrafficRecord>(map, new CsvImportOptions { TimeZone = NewYork })
            .Import(new StringReader("date,sessions\n2024-01-31,10\n"));

        result.TimeZoneNote(ReportingCalendar.Utc).Should().Be(
            "The export's dates are days in America/New_York, but the reporting calendar is in UTC: each is counted as the " +
            "calendar day of the same date, which starts at another instant, so weekly and monthly totals cover other hours " +
            "than in the platform's own reports.");
    }

    [Fact]
    public void TimeZoneNote_DatesAndLocalTimestamps_GivesBothSentences()
    {
        var result = new CsvImporter<Visit>(new VisitMap(), new CsvImportOptions { TimeZone = NewYork })
            .Import(new StringReader("day,at\n2024-01-31,2024-01-31 23:30\n"));

        var note = result.TimeZoneNote(new ReportingCalendar(Paris));

        note.Should().StartWith("Timestamps without an offset were read in America/New_York, but the reporting calendar is in Europe/Paris: ");
        note.Should().Contain(" reports. The export's dates are days in America/New_York, but the reporting calendar is in Europe/Paris: ");
    }

    [Fact]
    public void TimeZoneNote_FixedZonesOfOneOffset_Agree()
    {
        var result = ImportEmails("2024-01-31 23:30", DateTimeZone.Utc);

        result.TimeZoneNote(new ReportingCalendar(DateTimeZoneProviders.Tzdb["Etc/UTC"])).Should().BeNull();
        result.TimeZoneNote(new ReportingCalendar(DateTimeZone.ForOffset(Offset.FromHours(1)))).Should().NotBeNull();
    }

    [Fact]
    public void TimeZoneNote_NoDataRow_IsNull()
    {
        var result = new CsvImporter<EmailCampaignReport>(EmailMap, new CsvImportOptions { TimeZone = NewYork })
            .Import(new StringReader("name,sent at,sent,delivered,opens,clicks\n"));

        result.TimeZoneNote(new ReportingCalendar(Paris)).Should().BeNull("nothing was read in the export's zone");
    }

    [Fact]
    public void TimeZoneNote_MailchimpPresetInTheAccountsZone_ComparesThatZone()
    {
        var result = ImportPresets.EmailCampaigns(Paris).ImportFile(Fixture.Path("email-campaigns.csv"));

        result.TimeZone.Should().Be(Paris);
        result.TimeZoneNote(new ReportingCalendar(Paris)).Should().BeNull();
        result.TimeZoneNote(new ReportingCalendar(NewYork)).Should().Contain("read in Europe/Paris, but the reporting calendar is in America/New_York");
    }

    [Fact]
    public void TimeZoneNote_NullCalendar_Throws()
    {
        var act = () => ImportEmails("2024-01-31 23:30", Paris).TimeZoneNote(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("calendar");
    }

    public sealed record Visit(LocalDate Day, Instant At);

    // A record with a date and a timestamp, which no built-in map reads together.
    private sealed class VisitMap : CsvRecordMap<Visit>
    {
        protected internal override IEnumerable<string> RequiredColumns() => ["day", "at"];

        protected internal override IEnumerable<string> OptionalColumns() => [];

        protected internal override Visit? Build(CsvRow row)
        {
            var day = row.GetRequiredDate("day");
            var at = row.GetRequiredInstant("at");
            return row.HasErrors ? null : new Visit(day, at);
        }
    }
}
