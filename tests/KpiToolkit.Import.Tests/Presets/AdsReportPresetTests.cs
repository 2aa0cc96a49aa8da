using KpiToolkit.Activity;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Presets;

/// <summary>
/// Reads <c>ads-report.csv</c>, a Meta Ads Manager export of one row per ad in euros, CRLF line ends, with
/// columns the preset ignores (ad set, delivery, reach, CPC, result indicator).
/// </summary>
/// <remarks>
/// Line 2: an ad with purchases and a conversion value. Line 3: purchases but an empty conversion value.
/// Line 4: no results and no conversion value. Line 5: a spend written <c>124,50</c> with a decimal comma.
/// Line 6: a shorter reporting range, 0 results and a conversion value of 0.00.
/// </remarks>
public class AdsReportPresetTests
{
    private const string FixtureName = "ads-report.csv";

    private static readonly ReportingPeriod December = ReportingPeriod.Custom(new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 31));

    private static ImportResult<ActionResult> ImportAll() => ImportPresets.AdsReport("EUR").ImportFile(Fixture.Path(FixtureName));

    private static Money Eur(decimal amount) => new(amount, "EUR");

    [Fact]
    public void Import_CountsAcceptedRejectedAndSkippedRows()
    {
        var result = ImportAll();

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3, 4, 6);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(5);
        result.Skipped.Should().BeEmpty();
        result.AbsentOptionalColumns.Should().Equal(["Platform"], "this export has no platform breakdown, so every ad is on the default channel");
        result.ToString().Should().Be("5 rows read, 4 accepted, 1 rejected");
    }

    [Fact]
    public void Import_AdWithConversionValue_ReadsCostGainAndCounters()
    {
        var row = ImportAll().Accepted[0];

        row.LineNumber.Should().Be(2);
        var action = row.Record!;
        action.Name.Should().Be("Winter Sale / Carousel - boots");
        action.Channel.Should().Be(Channel.Facebook);
        action.Period.Should().Be(December);
        action.Cost.Should().Be(Eur(467.68m)); // 1264 link clicks at a CPC of 0.37: 467.68
        action.Gain.Should().Be(Eur(3192.40m));
        action.GainKind.Should().Be(GainKind.Revenue);
        action.Impressions.Should().Be(42_110);
        action.Clicks.Should().Be(1264);
        action.Engagements.Should().BeNull("the preset maps no engagements column");
        action.Conversions.Should().Be(38);
        row.PlatformFigures.Should().BeEmpty();
    }

    [Fact]
    public void Import_EmptyConversionValue_LeavesTheGainUnknown()
    {
        var accepted = ImportAll().Accepted;

        // A quoted ad name with a comma; purchases counted but no value reported.
        var withResults = accepted[1].Record!;
        accepted[1].LineNumber.Should().Be(3);
        withResults.Name.Should().Be("Winter Sale / Video - 15s, gift ideas");
        withResults.Channel.Should().Be(Channel.Facebook);
        withResults.Period.Should().Be(December);
        withResults.Cost.Should().Be(Eur(315.70m)); // 902 × 0.35
        withResults.Gain.Should().BeNull();
        withResults.Impressions.Should().Be(51_870);
        withResults.Clicks.Should().Be(902);
        withResults.Conversions.Should().Be(12);

        // A quoted ad name with doubled quotes; no results at all: conversions and gain both unknown.
        var withoutResults = accepted[2].Record!;
        accepted[2].LineNumber.Should().Be(4);
        withoutResults.Name.Should().Be("Brand Awareness / Static - \"Since 1998\" logo");
        withoutResults.Period.Should().Be(December);
        withoutResults.Cost.Should().Be(Eur(180.00m));
        withoutResults.Gain.Should().BeNull();
        withoutResults.Impressions.Should().Be(98_450);
        withoutResults.Clicks.Should().Be(377);
        withoutResults.Conversions.Should().BeNull();
    }

    [Fact]
    public void Import_ZeroConversionValue_IsAKnownZeroGain()
    {
        var row = ImportAll().Accepted[3];

        row.LineNumber.Should().Be(6);
        var action = row.Record!;
        action.Name.Should().Be("Newsletter Signup / Lead form - checklist");
        action.Channel.Should().Be(Channel.Facebook);
        action.Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2021, 12, 15), new LocalDate(2021, 12, 31)));
        action.Cost.Should().Be(Eur(89.90m));
        action.Gain.Should().Be(Eur(0m));
        action.Impressions.Should().Be(6890);
        action.Clicks.Should().Be(148);
        action.Conversions.Should().Be(0);
    }

    [Fact]
    public void Import_Totals_MatchTheFile()
    {
        var records = ImportAll().Records;

        // Spend of the rows read: 467.68 + 315.70 + 180.00 + 89.90 = 1053.28 (the rejected 124,50 is left out).
        records.Select(r => r.Cost).Aggregate(Money.Add).Should().Be(Eur(1053.28m));

        // Known gains only: 3192.40 + 0.00.
        records.Where(r => r.Gain is not null).Select(r => r.Gain!.Value).Aggregate(Money.Add).Should().Be(Eur(3192.40m));

        // Impressions: 42110 + 51870 + 98450 + 6890 = 199320; link clicks: 1264 + 902 + 377 + 148 = 2691.
        records.Sum(r => r.Impressions).Should().Be(199_320);
        records.Sum(r => r.Clicks).Should().Be(2691);
    }

    [Fact]
    public void Import_DecimalCommaSpend_RejectsTheRowNamingColumnAndValue()
    {
        var rejected = ImportAll().Rejected.Should().ContainSingle().Subject;

        rejected.LineNumber.Should().Be(5);
        var error = rejected.Errors.Should().ContainSingle().Subject;
        error.LineNumber.Should().Be(5);
        error.Column.Should().Be("Amount spent (EUR)");
        error.Message.Should().Contain("'124,50'");
    }

    [Fact]
    public void Import_LowerCaseCurrency_FindsTheSameSpendColumn()
    {
        var result = ImportPresets.AdsReport("eur").ImportFile(Fixture.Path(FixtureName));

        result.Records.Should().Equal(ImportAll().Records);
        result.Records.Should().OnlyContain(r => r.Cost.Currency == "EUR");
    }

    [Fact]
    public void Import_MissingRequiredColumn_Throws()
    {
        using var reader = ExportFile.WithoutColumn(FixtureName, ',', "Amount spent (EUR)");

        var act = () => ImportPresets.AdsReport("EUR").Import(reader);

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'Amount spent (EUR)' missing from the header on line 1.*")
            .Where(e => e.Column == "Amount spent (EUR)" && e.LineNumber == 1);
    }

    [Fact]
    public void Import_OtherCurrency_ThrowsNamingItsSpendColumn()
    {
        var act = () => ImportPresets.AdsReport("USD").ImportFile(Fixture.Path(FixtureName));

        act.Should().Throw<CsvFormatException>()
            .WithMessage("Required column 'Amount spent (USD)' missing*")
            .Where(e => e.Column == "Amount spent (USD)");
    }

    [Fact]
    public void Import_StreamWithLfLineEnds_GivesTheSameRows()
    {
        var fromFile = ImportAll();
        using var stream = ExportFile.WithLfLineEnds(FixtureName);

        var fromStream = ImportPresets.AdsReport("EUR").Import(stream);

        fromStream.Records.Should().Equal(fromFile.Records);
        fromStream.Accepted.Select(r => r.LineNumber).Should().Equal(fromFile.Accepted.Select(r => r.LineNumber));
        fromStream.Errors.Should().Equal(fromFile.Errors);
        fromStream.Skipped.Should().BeEmpty();
    }
}

/// <summary>
/// Reads <c>ads-report-no-dates.csv</c>, a made-up Meta Ads Manager export without the <c>Reporting starts</c> and
/// <c>Reporting ends</c> columns, whose rows cover the period the caller names.
/// </summary>
/// <remarks>
/// Line 2: an ad with purchases and a conversion value. Line 3: no results. Line 4: a spend written <c>124,50</c>.
/// </remarks>
public class AdsReportWithoutDatesPresetTests
{
    private const string FixtureName = "ads-report-no-dates.csv";

    private static readonly DateInterval December = new(new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 31));

    [Fact]
    public void Import_WithAPeriod_GivesEveryRowThatPeriod()
    {
        var result = ImportPresets.AdsReport(December, "EUR").ImportFile(Fixture.Path(FixtureName));

        result.Accepted.Select(r => r.LineNumber).Should().Equal(2, 3);
        result.Rejected.Select(r => r.LineNumber).Should().Equal(4);
        result.AbsentOptionalColumns.Should().BeEquivalentTo("Platform", "Reporting starts", "Reporting ends");
        result.Records.Should().OnlyContain(r => r.Period == ReportingPeriod.Custom(new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 31)));
    }

    [Fact]
    public void Import_WithAPeriod_ReadsTheOtherColumnsAsWithDates()
    {
        var action = ImportPresets.AdsReport(December, "EUR").ImportFile(Fixture.Path(FixtureName)).Records[0];

        action.Name.Should().Be("Winter Sale / Carousel - boots");
        action.Cost.Should().Be(new Money(467.68m, "EUR"));
        action.Gain.Should().Be(new Money(3192.40m, "EUR"));
        action.Impressions.Should().Be(42_110);
        action.Clicks.Should().Be(1264);
        action.Conversions.Should().Be(38);
    }

    [Fact]
    public void Import_WithoutAPeriod_RefusesTheHeaderSayingWhatIsNeeded()
    {
        var act = () => ImportPresets.AdsReport("EUR").ImportFile(Fixture.Path(FixtureName));

        act.Should().Throw<CsvFormatException>()
            .Where(e => e.LineNumber == 1 && e.Column == "Reporting starts")
            .WithMessage("Required columns 'Reporting starts', 'Reporting ends' missing from the header on line 1.*" +
                         "A report without dates covers a period only its reader knows: give it as ActionResultMap.Period " +
                         "(or as the period argument of ImportPresets.AdsReport).");
    }

    [Fact]
    public void Import_ExportWithDates_ReadsEachRowsOwnDatesEvenWithAPeriod()
    {
        var january = new DateInterval(new LocalDate(2022, 1, 1), new LocalDate(2022, 1, 31));

        var result = ImportPresets.AdsReport(january, "EUR").ImportFile(Fixture.Path("ads-report.csv"));

        result.Records.Select(r => r.Period.Start).Should().Equal(
            new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 15));
        result.Records.Should().Equal(ImportPresets.AdsReport("EUR").ImportFile(Fixture.Path("ads-report.csv")).Records);
    }

    [Fact]
    public void Import_EmptyDateCells_TakeThePeriod()
    {
        var csv = "Reporting starts,Reporting ends,Campaign name,Ad name,Amount spent (EUR)\n,,Winter Sale,Boots,10.00\n";

        var result = ImportPresets.AdsReport(December, "EUR").Import(new StringReader(csv));

        result.Records.Single().Period.Should().Be(ReportingPeriod.Custom(new LocalDate(2021, 12, 1), new LocalDate(2021, 12, 31)));
    }

    [Fact]
    public void AdsReport_NullPeriod_Throws()
    {
        var act = () => ImportPresets.AdsReport(period: null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }
}
