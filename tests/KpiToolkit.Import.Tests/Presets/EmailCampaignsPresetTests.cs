using KpiToolkit.Activity;
using KpiToolkit.Import.Presets;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>email-campaigns.csv</c>, a Mailchimp campaign export from an account set to Paris time, CRLF line
/// ends, send dates like <c>Dec 28, 2021 04:45 PM</c> and rates like <c>45.23%</c>.
/// </summary>
/// <remarks>
/// Line 2: the December newsletter. Line 3: a campaign sent on a one-digit day (<c>Jan 5</c>). Line 4: 1250
/// deliveries for 1200 recipients, which the report refuses. Line 5: empty unsubscribes, complaints and
/// click rate.
/// </remarks>
public class EmailCampaignsPresetTests
{
    private const string FixtureName = "email-campaigns.csv";

    private static readonly DateTimeZone Paris = DateTimeZoneProviders.Tzdb["Europe/Paris"];

    private static ImportResult<EmailCampaignReport> ImportAll() =>
        ImportPresets.EmailCampaigns(Paris).ImportFile(Fixture.Path(FixtureName));

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 5);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(4);
        result.Skipped.Should().BeEmpty();
        result.AbsentOptionalColumns.Should().BeEmpty();
        result.ToString().Should().Be("4 rows read, 3 accepted, 1 rejected");
    }

    [Fact]
    public void Import_Campaign_ReadsEveryCountAndTheSendDateInTheAccountZone()
    {
        var row = ImportAll().Accepted[0];

        row.LineNumber.Should().Be(2);
        var report = row.Record!;
        report.Campaign.Should().Be("December Newsletter");

        // Dec 28, 2021 04:45 PM in Paris, on winter time (UTC+1): 15:45 UTC.
        report.SentAt.Should().Be(Instant.FromUtc(2021, 12, 28, 15, 45));
        report.Sent.Should().Be(2631);
        report.Delivered.Should().Be(2600); // 2631 recipients − 31 bounces
        report.HardBounces.Should().Be(12);
        report.SoftBounces.Should().Be(19);
        report.Bounces.Should().Be(31);     // 12 + 19
        report.UniqueOpens.Should().Be(1176);
        report.MachineOpens.Should().BeNull("the export has no machine opens");
        report.UniqueClicks.Should().Be(208);
        report.Unsubscribes.Should().Be(7);
        report.Complaints.Should().Be(1);

        // Mailchimp's rates are kept as fractions: 45.23% is 0.4523 (1176 / 2600 = 0.45231),
        // 8.00% is 0.08 (208 / 2600).
        row.PlatformFigures["Open Rate"].Should().Be(0.4523m);
        row.PlatformFigures["Click Rate"].Should().Be(0.08m);
    }

    [Fact]
    public void Import_OneDigitDay_IsRead()
    {
        var row = ImportAll().Accepted[1];

        row.LineNumber.Should().Be(3);
        var report = row.Record!;
        report.Campaign.Should().Be("January Promo");

        // Jan 5, 2022 09:00 AM in Paris (UTC+1): 08:00 UTC.
        report.SentAt.Should().Be(Instant.FromUtc(2022, 1, 5, 8, 0));
        report.Sent.Should().Be(2655);
        report.Delivered.Should().Be(2630); // 2655 − (11 + 14)
        report.HardBounces.Should().Be(11);
        report.SoftBounces.Should().Be(14);
        report.UniqueOpens.Should().Be(1012);
        report.UniqueClicks.Should().Be(131);
        report.Unsubscribes.Should().Be(12);
        report.Complaints.Should().Be(0);

        // 1012 / 2630 = 0.38479 → 38.48%; 131 / 2630 = 0.04981 → 4.98%.
        row.PlatformFigures["Open Rate"].Should().Be(0.3848m);
        row.PlatformFigures["Click Rate"].Should().Be(0.0498m);
    }

    [Fact]
    public void Import_EmptyCells_AreMissingNotZero()
    {
        var row = ImportAll().Accepted[2];

        row.LineNumber.Should().Be(5);
        var report = row.Record!;
        report.Campaign.Should().Be("Spring Teaser");

        // Mar 15, 2022 07:05 PM in Paris, still on winter time (UTC+1) until 27 March: 18:05 UTC.
        report.SentAt.Should().Be(Instant.FromUtc(2022, 3, 15, 18, 5));
        report.Sent.Should().Be(2702);
        report.Delivered.Should().Be(2688); // 2702 − (5 + 9)
        report.HardBounces.Should().Be(5);
        report.SoftBounces.Should().Be(9);
        report.UniqueOpens.Should().Be(1150);
        report.UniqueClicks.Should().Be(97);
        report.Unsubscribes.Should().BeNull();
        report.Complaints.Should().BeNull();

        // 1150 / 2688 = 0.42783 → 42.78%; the click rate cell is empty.
        row.PlatformFigures["Open Rate"].Should().Be(0.4278m);
        row.PlatformFigures["Click Rate"].Should().BeNull();
    }

    [Fact]
    public void Import_OpenRate_IsUniqueOpensOverDelivered()
    {
        foreach (var row in ImportAll().Accepted)
        {
            var report = row.Record!;

            // Mailchimp rounds the rate to two decimals of a percent: four decimals of a fraction.
            row.PlatformFigures["Open Rate"].Should().Be(
                decimal.Round((decimal)report.UniqueOpens / report.Delivered, 4),
                $"line {row.LineNumber}");
        }
    }

    [Fact]
    public void Import_MoreDeliveredThanSent_IsRejectedNotThrown()
    {
        var result = ImportAll();

        var rejected = result.Rejected.Should().ContainSingle().Subject;
        rejected.LineNumber.Should().Be(4);
        rejected.Record.Should().BeNull();

        // The map checks the counts before the report does, so the error names the export's column.
        var error = rejected.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(4);
        error.Column.Should().Be("Successful Deliveries");
        error.Message.Should().Be("1250 delivered is more than the 1200 e-mails sent");
    }

    [Fact]
    public void Import_MoreUniqueOpensThanDelivered_IsRejectedOnTheOpensColumn()
    {
        var csv = File.ReadAllText(Fixture.Path("email-campaigns.csv")).Split("\r\n")[0] + "\r\n" +
                  "Odd,Odd,\"Jan 5, 2022 9:05 AM\",Wednesday,100,90,5,5,10,0,0,95,105.56%,95,3,3.33%,3,0,0,0,,c0ffee0000\r\n";

        var result = ImportPresets.EmailCampaigns(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Import(new StringReader(csv));

        var error = result.Errors.Should().ContainSingle().Subject;
        error.Column.Should().Be("Unique Opens");
        error.Message.Should().Be("95 unique opens is more than the 90 e-mails delivered");
    }

    [Fact]
    public void Import_OneDigitHour_IsRead()
    {
        var csv = File.ReadAllText(Fixture.Path("email-campaigns.csv")).Split("\r\n")[0] + "\r\n" +
                  "Early,Early,\"Jan 5, 2022 9:05 AM\",Wednesday,100,90,5,5,10,0,0,45,50.00%,60,3,3.33%,3,0,0,0,,c0ffee0001\r\n";

        var result = ImportPresets.EmailCampaigns(DateTimeZoneProviders.Tzdb["Europe/Paris"]).Import(new StringReader(csv));

        // 9:05 in Paris in January (UTC+1) is 08:05 UTC.
        result.Records.Single().SentAt.Should().Be(Instant.FromUtc(2022, 1, 5, 8, 5));
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "Unique Opens");

        var act = () => ImportPresets.EmailCampaigns(Paris).Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'Unique Opens' missing from the header on line 1.*")
            .Where(e => e.Column == "Unique Opens" && e.LineNumber == 1);
    }

    [Fact]
    public void Import_StreamWithLfLineEnds_GivesTheSameRows()
    {
        var fromFile = ImportAll();
        using var stream = ExportFile.WithLfLineEnds(FixtureName);

        var fromStream = ImportPresets.EmailCampaigns(Paris).Import(stream);

        fromStream.Records.Should().Equal(fromFile.Records);
        fromStream.Accepted.Select(r => r.LineNumber).Should().Equal(fromFile.Accepted.Select(r => r.LineNumber));
        fromStream.Accepted.Select(r => r.PlatformFigures).Should().BeEquivalentTo(fromFile.Accepted.Select(r => r.PlatformFigures));
        fromStream.Errors.Should().Equal(fromFile.Errors);
        fromStream.Skipped.Should().BeEmpty();
    }
}
