using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>The columnar paths of the mention volume and the engagement rate on mentions give exactly the results of the row paths.</summary>
public class MentionColumnsCalculatorsTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 2, 1, 0, 0);

    private static readonly ReportingCalendar Paris = new(Zones.Paris);

    // A subject and a channel no generated mention has, to check they keep nothing.
    private static readonly Subject?[] SubjectFilters = [null, Subject.Company, LeCreuset, Subject.Competitor("Absent")];

    private static readonly Channel?[] ChannelFilters = [null, Channel.X, Channel.Instagram, Channel.TikTok];

    // March 29 2026 is the 23-hour day of Paris.
    private static readonly ReportingPeriod[] Periods =
    [
        March, ReportingPeriod.IsoWeek(2026, 13), ReportingPeriod.Day(new LocalDate(2026, 3, 29)),
        ReportingPeriod.Custom(new LocalDate(2026, 1, 15), new LocalDate(2026, 3, 10)),
    ];

    private static Gen<long?> CounterGen =>
        Gen.Frequency(
            (2, Gen.Constant<long?>(null)),
            (2, Gen.Constant<long?>(0)),
            (5, Gen.Choose(1, 100_000).Select(v => (long?)v)),
            (1, Gen.Choose(1, 1_000_000).Select(v => (long?)(v * 1_000_000_000L))));

    private static Gen<Mention> MentionGen =>
        from id in Gen.Choose(0, int.MaxValue)
        from minute in Gen.Choose(0, 89 * 24 * 60)
        from subject in Gen.Elements(Subject.Company, LeCreuset, Staub)
        from channel in Gen.Elements<Channel?>(null, Channel.X, Channel.Instagram)
        from source in Gen.Elements(Enum.GetValues<MentionSourceType>())
        from reach in CounterGen
        from reactions in CounterGen
        from comments in CounterGen
        from shares in CounterGen
        select Mention($"m{id}", Start + Duration.FromMinutes(minute), subject, source, channel: channel, reach: reach, reactions: reactions, comments: comments, shares: shares);

    private static Gen<Case> Cases =>
        from mentions in Gen.ListOf(MentionGen)
        from period in Gen.Elements(Periods)
        from cadence in Gen.Elements(Cadence.Day, Cadence.Week, Cadence.Month)
        from subject in Gen.Elements(SubjectFilters)
        from channel in Gen.Elements(ChannelFilters)
        from paris in Gen.Elements(false, true)
        select new Case([.. mentions], period, cadence, subject, channel, paris ? Paris : ReportingCalendar.Utc);

    [Fact]
    public void MentionVolume_Columns_GiveTheSameResultsAsRows()
    {
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var calculator = new MentionVolumeCalculator(new MentionVolumeOptions { Subject = c.Subject }, c.Calendar);
            var columns = MentionColumns.From(c.Mentions);
            calculator.Calculate(columns, c.Period, c.Channel).Should().Be(calculator.Calculate(c.Mentions, c.Period, c.Channel));
            ShouldBeSame(calculator.Analyze(columns, c.Period), calculator.Analyze(c.Mentions, c.Period));
            calculator.Series(columns, c.Cadence, new LocalDate(2026, 3, 20), new LocalDate(2026, 4, 5))
                .Should().Equal(calculator.Series(c.Mentions, c.Cadence, new LocalDate(2026, 3, 20), new LocalDate(2026, 4, 5)));
            Counts(calculator.AccumulateByPeriod(columns, c.Cadence)).Should().Equal(Counts(calculator.AccumulateByPeriod(c.Mentions, c.Cadence)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Theory]
    [InlineData(Aggregation.RatioOfSums)]
    [InlineData(Aggregation.MeanOfRatios)]
    [InlineData(Aggregation.Median)]
    public void MentionEngagementRate_Columns_GiveTheSameResultsAsRows(Aggregation aggregation)
    {
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = aggregation, Subject = c.Subject }, c.Calendar);
            var columns = MentionColumns.From(c.Mentions);
            calculator.Calculate(columns, c.Period, c.Channel).Should().Be(calculator.Calculate(c.Mentions, c.Period, c.Channel));
            calculator.CalculateByPeriod(columns, c.Cadence).Should().Equal(calculator.CalculateByPeriod(c.Mentions, c.Cadence));
            calculator.ToResult(calculator.Accumulate(columns, c.Period, c.Channel), c.Period, c.Channel)
                .Should().Be(calculator.ToResult(calculator.Accumulate(c.Mentions, c.Period, c.Channel), c.Period, c.Channel));
            calculator.ToResults(calculator.AccumulateByPeriod(columns, c.Cadence)).Should().Equal(calculator.ToResults(calculator.AccumulateByPeriod(c.Mentions, c.Cadence)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));
    }

    [Fact]
    public void EmptyColumns_AreNoData_AndAnEmptySeriesIsZeros()
    {
        var volume = new MentionVolumeCalculator();
        var rate = new MentionEngagementRateCalculator();

        volume.Calculate(MentionColumns.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        volume.Analyze(MentionColumns.Empty, March).Total.Should().Be(0);
        volume.Series(MentionColumns.Empty, Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 3)).Select(point => point.Count).Should().Equal(0, 0, 0);
        volume.AccumulateByPeriod(MentionColumns.Empty, Cadence.Day).Should().BeEmpty();
        rate.Calculate(MentionColumns.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        rate.CalculateByPeriod(MentionColumns.Empty, Cadence.Month).Should().BeEmpty();
    }

    [Fact]
    public void AChannelFilter_NeverKeepsAMentionWithoutAChannel()
    {
        Mention[] mentions =
        [
            Engaged("m1", At(2026, 3, 2), 1, 1, 1, reach: 30),
            Engaged("m2", At(2026, 3, 3), 2, 2, 2, reach: 60, channel: Channel.X),
            Engaged("m3", At(2026, 4, 3), 9, 9, 9, reach: 9, channel: Channel.X), // outside March
        ];
        var columns = MentionColumns.From(mentions);
        var volume = new MentionVolumeCalculator();
        var rate = new MentionEngagementRateCalculator();

        volume.Calculate(columns, March, Channel.X).Value.Should().Be(1);
        volume.Calculate(columns, March).Value.Should().Be(2);
        volume.Calculate(columns, March, Channel.TikTok).Value.Should().Be(0);
        rate.Calculate(columns, March, Channel.X).Value.Should().Be(6.0 / 60);
        rate.Calculate(columns, March).Value.Should().Be(9.0 / 90);
        rate.Calculate(columns, March, Channel.X).Should().Be(rate.Calculate(mentions, March, Channel.X));
    }

    [Fact]
    public void ASubjectFilter_CountsOnlyItsMentions_ButAnyMentionOpensAPeriod()
    {
        Mention[] mentions =
        [
            Engaged("m1", At(2026, 3, 2), 1, 1, 1, reach: 30, subject: LeCreuset),
            Engaged("m2", At(2026, 4, 2), 2, 2, 2, reach: 60),
        ];
        var columns = MentionColumns.From(mentions);
        var rate = new MentionEngagementRateCalculator();

        var byMonth = rate.CalculateByPeriod(columns, Cadence.Month);

        byMonth.Select(result => result.UnavailableReason).Should().Equal(KpiUnavailableReason.NoData, null);
        byMonth.Should().Equal(rate.CalculateByPeriod(mentions, Cadence.Month));
        new MentionVolumeCalculator().AccumulateByPeriod(columns, Cadence.Month).Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Month(2026, 4));
        new MentionVolumeCalculator(new MentionVolumeOptions { Subject = Staub }).Calculate(columns, March).Value.Should().Be(0);
    }

    [Theory]
    [InlineData(Aggregation.RatioOfSums, 2, 0)]
    [InlineData(Aggregation.MeanOfRatios, 1, 1)]
    public void UnreportedCounts_AreSkippedAsMissing_AndAZeroReachFollowsTheAggregation(Aggregation aggregation, long used, long zeroDenominator)
    {
        Mention[] mentions =
        [
            Engaged("m1", At(2026, 3, 2), 3, 2, 1, reach: 100),
            Engaged("m2", At(2026, 3, 3), 5, 0, 0, reach: 0),
            Mention("m3", At(2026, 3, 4), reach: 100, reactions: 4, comments: 1),
            Engaged("m4", At(2026, 3, 5), 7, 0, 0),
        ];
        var calculator = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = aggregation });

        var result = calculator.Calculate(MentionColumns.From(mentions), March);

        result.Should().Be(calculator.Calculate(mentions, March));
        result.Inputs.RecordsUsed.Should().Be(used);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(2);
        result.Inputs.RecordsSkippedForZeroDenominator.Should().Be(zeroDenominator);
    }

    [Fact]
    public void TheDailySeries_FollowsParisDays_OnBothDaylightSavingChanges()
    {
        // 29 March 2026 lasts 23 hours in Paris and 25 October 25 hours; 22:30 UTC is already the next day in summer.
        Mention[] mentions =
        [
            Mention("m1", At(2026, 3, 28, 23, 30)), // 29 March 00:30 in Paris
            Mention("m2", At(2026, 3, 29, 21, 59)), // 29 March 23:59
            Mention("m3", At(2026, 3, 29, 22, 0)), // 30 March 00:00
            Mention("m4", At(2026, 10, 24, 22, 30)), // 25 October 00:30
            Mention("m5", At(2026, 10, 25, 22, 59)), // 25 October 23:59
            Mention("m6", At(2026, 10, 25, 23, 0)), // 26 October 00:00
        ];
        var calculator = new MentionVolumeCalculator(calendar: Paris);
        var columns = MentionColumns.From(mentions);

        var spring = calculator.Series(columns, Cadence.Day, new LocalDate(2026, 3, 28), new LocalDate(2026, 3, 30));
        var autumn = calculator.Series(columns, Cadence.Day, new LocalDate(2026, 10, 24), new LocalDate(2026, 10, 26));

        spring.Select(point => point.Count).Should().Equal(0, 2, 1);
        autumn.Select(point => point.Count).Should().Equal(0, 2, 1);
        spring.Should().Equal(calculator.Series(mentions, Cadence.Day, new LocalDate(2026, 3, 28), new LocalDate(2026, 3, 30)));
        autumn.Should().Equal(calculator.Series(mentions, Cadence.Day, new LocalDate(2026, 10, 24), new LocalDate(2026, 10, 26)));
    }

    [Fact]
    public void CountsTooLargeForLongSums_WidenAndStayExact()
    {
        // 3 × 4·10^18 overflows a long; the sum pass sees the bound before reading and adds in 128 bits.
        var mentions = Enumerable.Range(0, 3)
            .Select(i => Engaged($"m{i}", At(2026, 3, 2 + i), 4_000_000_000_000_000_000, 0, 0, reach: 3_000_000_000_000_000_000))
            .ToArray();
        var calculator = new MentionEngagementRateCalculator();

        var result = calculator.Calculate(MentionColumns.From(mentions), March);

        result.Value.Should().Be(12.0 / 9.0);
        result.Inputs.Numerator.Should().Be(12e18);
        result.Should().Be(calculator.Calculate(mentions, March));
    }

    [Fact]
    public void Columns_OverMoreThanOneStep_GiveTheSameResultsAsRows()
    {
        // 3,000 mentions, every 15 minutes from 1 March: three steps of the loop, the last one partial.
        var mentions = Enumerable.Range(0, 3_000)
            .Select(i => Mention(
                $"m{i}", At(2026, 3, 1, 0) + Duration.FromMinutes(15 * i), i % 4 == 0 ? LeCreuset : Subject.Company,
                channel: i % 5 == 0 ? null : Channel.X, reach: i % 7 == 0 ? null : 100 + i, reactions: i % 3, comments: 1, shares: i % 11 == 0 ? null : 2))
            .ToArray();
        var columns = MentionColumns.From(mentions);
        var volume = new MentionVolumeCalculator(calendar: Paris);

        volume.Series(columns, Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 2))
            .Should().Equal(volume.Series(mentions, Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 4, 2)));
        foreach (var aggregation in new[] { Aggregation.RatioOfSums, Aggregation.MeanOfRatios, Aggregation.Median })
        {
            var rate = new MentionEngagementRateCalculator(new MentionEngagementRateOptions { Aggregation = aggregation }, Paris);
            rate.CalculateByPeriod(columns, Cadence.Day).Should().Equal(rate.CalculateByPeriod(mentions, Cadence.Day));
            rate.Calculate(columns, March, Channel.X).Should().Be(rate.Calculate(mentions, March, Channel.X));
        }
    }

    private static void ShouldBeSame(MentionVolume actual, MentionVolume expected)
    {
        actual.Period.Should().Be(expected.Period);
        actual.Total.Should().Be(expected.Total);
        actual.BySourceType.ToList().Should().Equal(expected.BySourceType.ToList());
        actual.BySubject.ToList().Should().Equal(expected.BySubject.ToList());
    }

    private static List<(ReportingPeriod, long)> Counts(GroupedAccumulators<CountAccumulator> counts) =>
        [.. counts.Select(group => (group.Period, group.Accumulator.Count))];

    private sealed record Case(Mention[] Mentions, ReportingPeriod Period, Cadence Cadence, Subject? Subject, Channel? Channel, ReportingCalendar Calendar);
}
