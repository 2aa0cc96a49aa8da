using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Orleans.Tests;

/// <summary>Channel activity rows: kept once per channel and days, restated by a later row, and read by their calculators as one pass reads them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ChannelActivityTests(ClusterFixture fixture)
{
    private static readonly LocalDate February1 = new(2026, 2, 1);
    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate March10 = new(2026, 3, 10);
    private static readonly LocalDate March31 = new(2026, 3, 31);
    private static readonly LocalDate April30 = new(2026, 4, 30);

    public static TheoryData<string, Cadence, bool> Queries()
    {
        var data = new TheoryData<string, Cadence, bool>();
        foreach (var key in new[] { IndicatorKeys.AccountEngagementRate, IndicatorKeys.AccountImpressions, IndicatorKeys.ProfileVisits })
        {
            foreach (var cadence in new[] { Cadence.Week, Cadence.Month, Cadence.Quarter, Cadence.Custom })
            {
                data.Add(key.Value, cadence, false);
                data.Add(key.Value, cadence, true);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task RowsSentConcurrently_WithCopiesAndARestatement_GiveTheResultsOfOnePassOverTheLastRows(string indicator, Cadence cadence, bool byChannel)
    {
        var brand = $"activity-{indicator}-{cadence}-{byChannel}";
        var rows = Rows();
        await SendShuffledWithCopies(brand, rows);
        var calculator = Calculator(indicator);

        var results = await fixture.Client.QueryAsync(brand, new IndicatorKey(indicator), cadence, March1, March31, byChannel);

        results.ShouldEqual(OnePassOverRows(calculator, rows, cadence, March1, March31, byChannel), $"{indicator} by {cadence}");
        results.Should().NotBeEmpty();
    }

    [Fact]
    public async Task TheImpressionsOfMarch_AreTheSumOfTheDailyRows_AndAWeekStraddlingTheMonthIsSkipped()
    {
        const string brand = "activity-by-hand";
        await SendShuffledWithCopies(brand, Rows());

        var results = await fixture.Client.QueryAsync(brand, IndicatorKeys.AccountImpressions, Cadence.Month, March1, March31, byChannel: true);

        // Instagram: 100 × (1 + 2 + ... + 31) = 49,600, the restated 10 March included at its last value (1,000).
        // LinkedIn: its one monthly row. Facebook: the weeks inside March (2-8 ... 23-29) at 7,000 each; 23 Feb-1 Mar and 30 Mar-5 Apr straddle.
        results.Select(result => (result.Channel, result.Value, result.Inputs.RecordsSkipped)).Should().Equal(
            (Channel.Facebook, 28_000d, 2L),
            (Channel.Instagram, 49_600d, 0L),
            (Channel.LinkedIn, 310_000d, 0L));
    }

    [Fact]
    public async Task ACopyCountsNothing_ARestatementReplaces_AndARowOutsideThePeriodsIsRejected()
    {
        const string brand = "activity-receipts";
        var march = new ChannelActivity(Channel.LinkedIn, new DateInterval(March1, March31), impressions: 1_000, reach: 400, engagements: 50);
        var restated = new ChannelActivity(Channel.LinkedIn, new DateInterval(March1, March31), impressions: 1_000, reach: 400, engagements: 80);
        var far = new ChannelActivity(Channel.LinkedIn, new LocalDate(9999, 1, 1), impressions: 1);

        var first = await fixture.Client.IngestAsync(brand, new ActivityBatch("a", channelActivity: [march, far]));
        var copy = await fixture.Client.IngestAsync(brand, new ActivityBatch("b", channelActivity: [march]));
        var restatement = await fixture.Client.IngestAsync(brand, new ActivityBatch("c", channelActivity: [restated]));
        var repeated = await fixture.Client.IngestAsync(brand, new ActivityBatch("a", channelActivity: [march, far]));

        first.Should().BeEquivalentTo(new { ActivityRowsCounted = 1, ActivityRowsAlreadyCounted = 0, ActivityRowsRestated = 0 });
        first.Rejected.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Kind = "channel activity", Id = "LinkedIn 9999-01-01..9999-01-01" });
        first.Rejected[0].Reason.Should().Contain("outside the reporting periods");
        copy.Should().BeEquivalentTo(new { ActivityRowsCounted = 0, ActivityRowsAlreadyCounted = 1, ActivityRowsRestated = 0 });
        restatement.Should().BeEquivalentTo(new { ActivityRowsCounted = 0, ActivityRowsAlreadyCounted = 0, ActivityRowsRestated = 1 });
        repeated.IsRepeatedBatch.Should().BeTrue("the first delivery of 'a' is remembered, so its old row does not undo the restatement");
        var rate = await fixture.Client.QueryAsync(brand, IndicatorKeys.AccountEngagementRate, Cadence.Month, March1, March31);
        rate.Should().ContainSingle().Which.Value.Should().Be(80d / 1_000);
    }

    [Fact]
    public async Task ABatchWithANullRow_IsRefused_AndABrandWithoutRowsGivesNoResults()
    {
        FluentActions.Invoking(() => new ActivityBatch("n", channelActivity: [null!]))
            .Should().Throw<ArgumentException>().WithMessage("channelActivity must not contain null (index 0)*");
        (await fixture.Client.QueryAsync("activity-nobody", IndicatorKeys.ProfileVisits, Cadence.Month, March1, April30)).Should().BeEmpty();
    }

    /// <summary>
    /// Instagram: a row a day from February to April (100 impressions × the day of the month, 5 × day + 3 engagements,
    /// profile visits = the day except on 15 March, not reported). LinkedIn: a row a month with its reach. Facebook: a row
    /// a week, Monday to Sunday, some straddling the months.
    /// </summary>
    private static List<ChannelActivity> Rows()
    {
        var rows = new List<ChannelActivity>();
        for (var day = February1; day <= April30; day = day.PlusDays(1))
        {
            var n = day.Day;
            rows.Add(new ChannelActivity(Channel.Instagram, day, impressions: 100 * n, engagements: (5 * n) + 3, profileVisits: day == new LocalDate(2026, 3, 15) ? null : n));
        }

        for (var month = February1; month <= April30; month = month.PlusMonths(1))
        {
            var dates = new DateInterval(month, month.PlusMonths(1).PlusDays(-1));
            rows.Add(new ChannelActivity(Channel.LinkedIn, dates, impressions: 10_000 * dates.Length, reach: 3_000 * month.Month, engagements: 700 + month.Month, profileVisits: 90));
        }

        for (var monday = new LocalDate(2026, 1, 26); monday <= April30; monday = monday.PlusWeeks(1))
        {
            rows.Add(new ChannelActivity(Channel.Facebook, new DateInterval(monday, monday.PlusDays(6)), impressions: 7_000, reach: 2_500, engagements: 140 + monday.Day, profileVisits: 12));
        }

        return rows;
    }

    /// <summary>
    /// Sends the rows by four senders at once in shuffled batches, each repeating a tenth of the previous batch's rows,
    /// with a wrong 10 March for Instagram in the first batch; then the platform's restated 10 March alone.
    /// </summary>
    private async Task SendShuffledWithCopies(string brand, List<ChannelActivity> rows)
    {
        // The right 10 March is sent last, alone: no batch before it holds it, not even as a copy.
        var right = rows.Single(row => row.Channel == Channel.Instagram && row.Dates.Start == March10);
        var shuffled = rows.Where(row => row != right).OrderBy(row => HashCode.Combine(row.Channel.Name, row.Dates.Start, 17)).ToArray();
        var parts = shuffled.Chunk((shuffled.Length / 4) + 1).ToArray();
        var wrong = new ChannelActivity(Channel.Instagram, March10, impressions: 999_999, engagements: right.Engagements, profileVisits: right.ProfileVisits);
        var batches = parts.Select((part, i) =>
        {
            ChannelActivity[] copies = i == 0 ? [wrong] : parts[i - 1][..(parts[i - 1].Length / 10)];
            return new ActivityBatch($"rows-{i}", channelActivity: [.. copies, .. part]);
        });
        var receipts = await Task.WhenAll(batches.Select(batch => fixture.Client.IngestAsync(brand, batch)));
        var restatement = await fixture.Client.IngestAsync(brand, new ActivityBatch("restated", channelActivity: [right]));

        receipts.Sum(receipt => receipt.ActivityRowsCounted + receipt.ActivityRowsRestated).Should().BeGreaterThanOrEqualTo(rows.Count - 1);
        restatement.ActivityRowsRestated.Should().Be(1);
    }

    private IKpiCalculator Calculator(string indicator) =>
        fixture.Cluster.Client.ServiceProvider.GetRequiredService<IKpiCalculatorRegistry>().Get(new IndicatorKey(indicator));

    /// <summary>The calculator over every row, for each whole period of the cadence that a row touches: the reference of the cluster's results.</summary>
    private static List<KpiResult> OnePassOverRows(IKpiCalculator calculator, List<ChannelActivity> rows, Cadence cadence, LocalDate start, LocalDate end, bool byChannel)
    {
        var data = new ActivityData(channelActivity: rows);
        IReadOnlyList<ReportingPeriod> periods = cadence == Cadence.Custom
            ? [ReportingPeriod.Custom(start, end)]
            : new ReportingCalendar(ClusterFixture.Paris).PeriodsBetween(start, end, cadence);
        var results = new List<KpiResult>();
        foreach (var period in periods)
        {
            var channels = rows.Where(row => row.Dates.Start <= period.End && row.Dates.End >= period.Start).Select(row => row.Channel).Distinct().Order().ToList();
            if (channels.Count > 0)
            {
                results.AddRange(byChannel ? channels.Select(channel => calculator.Calculate(data, period, channel)) : [calculator.Calculate(data, period)]);
            }
        }

        return results;
    }
}
