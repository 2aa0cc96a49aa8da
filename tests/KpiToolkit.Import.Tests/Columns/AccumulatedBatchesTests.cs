using KpiToolkit.Calculators;
using KpiToolkit.Import.Presets;
using KpiToolkit.Time;

namespace KpiToolkit.Import.Tests.Columns;

/// <summary>Batches accumulated one by one are merged into the groups met so far.</summary>
public class AccumulatedBatchesTests
{
    private static readonly EngagementRateCalculator Calculator = new(
        new EngagementRateOptions { Composition = EngagementComposition.X, Denominator = PostDenominator.Impressions },
        ReportingCalendar.Utc);

    [Fact]
    public void Batches_SplitByChannelThenNot_AreRefused()
    {
        var importer = ImportPresets.XTweetActivity();
        var batches = 0;
        using var reader = new StreamReader(Fixture.Path("x-tweet-activity.csv"));

        var import = () => importer.AccumulatePostColumns(
            reader, part => Calculator.AccumulateByPeriod(part, Cadence.Month, byChannel: batches++ % 2 == 0), batchSize: 2);

        import.Should().Throw<InvalidOperationException>().WithMessage("*split every batch by channel or none*");
    }

    [Fact]
    public void Batches_OfOnePost_GiveTheResultsOfOneBatch()
    {
        var importer = ImportPresets.XTweetActivity();
        using var byOne = new StreamReader(Fixture.Path("x-tweet-activity.csv"));
        using var whole = new StreamReader(Fixture.Path("x-tweet-activity.csv"));

        var merged = importer.AccumulatePostColumns(byOne, part => Calculator.AccumulateByPeriod(part, Cadence.Month, byChannel: false), batchSize: 1);
        var single = importer.AccumulatePostColumns(whole, part => Calculator.AccumulateByPeriod(part, Cadence.Month, byChannel: false));

        Calculator.ToResults(merged.Columns).Should().Equal(Calculator.ToResults(single.Columns));
        merged.Columns.ByChannel.Should().BeFalse();
    }
}
