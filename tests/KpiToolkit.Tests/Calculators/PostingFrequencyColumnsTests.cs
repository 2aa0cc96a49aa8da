using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Calculators.Engine;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Calculators;

/// <summary>The columnar path of the posting frequency gives exactly the results of the row path.</summary>
public class PostingFrequencyColumnsTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 2, 1, 0, 0);

    private static readonly ReportingCalendar Paris = new(Zones.Paris);

    private static readonly Channel?[] Filters = [null, Channel.Instagram, Channel.X, Channel.TikTok];

    // March 29 2026 is the 23-hour day of Paris; the custom period starts before the posts and ends inside them.
    private static readonly ReportingPeriod[] Periods =
    [
        ReportingPeriod.Month(2026, 3), ReportingPeriod.IsoWeek(2026, 13), ReportingPeriod.Day(new LocalDate(2026, 3, 29)),
        ReportingPeriod.Custom(new LocalDate(2026, 1, 15), new LocalDate(2026, 3, 10)),
    ];

    private static Gen<SocialPost> PostGen =>
        from id in Gen.Choose(0, int.MaxValue)
        from channel in Gen.Elements(Channel.Instagram, Channel.LinkedIn, Channel.X)
        from minute in Gen.Choose(0, 89 * 24 * 60)
        select new SocialPost($"p{id}", channel, Start + Duration.FromMinutes(minute));

    [Fact]
    public void Columns_GiveTheSameResultsAsRows()
    {
        var cases =
            from posts in Gen.ListOf(PostGen)
            from period in Gen.Elements(Periods)
            from cadence in Gen.Elements(Cadence.Day, Cadence.Week, Cadence.Month)
            from channel in Gen.Elements(Filters)
            from unit in Gen.Elements(FrequencyUnit.Day, FrequencyUnit.Week, FrequencyUnit.Month)
            from paris in Gen.Elements(false, true)
            select (Posts: posts.ToArray(), Period: period, Cadence: cadence, Channel: channel, Unit: unit, Paris: paris);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var calculator = new PostingFrequencyCalculator(new PostingFrequencyOptions { Unit = c.Unit }, c.Paris ? Paris : null);
            var columns = PostColumns.From(c.Posts);
            calculator.Calculate(columns, c.Period, c.Channel).Should().Be(calculator.Calculate(c.Posts, c.Period, c.Channel));
            calculator.CalculateByChannel(columns, c.Period).Should().Equal(calculator.CalculateByChannel(c.Posts, c.Period));
            calculator.CalculateByPeriod(columns, c.Cadence).Should().Equal(calculator.CalculateByPeriod(c.Posts, c.Cadence));
            calculator.CalculateByPeriodAndChannel(columns, c.Cadence).Should().Equal(calculator.CalculateByPeriodAndChannel(c.Posts, c.Cadence));
            Counts(calculator.AccumulateByPeriod(columns, c.Cadence, byChannel: true))
                .Should().Equal(Counts(calculator.AccumulateByPeriod(c.Posts, c.Cadence, byChannel: true)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [Fact]
    public void Columns_OverMoreThanOneStep_CountEveryPost()
    {
        // 2,500 posts, one every 20 minutes from 1 February: more than two steps of the loop, over 35 days.
        var posts = Enumerable.Range(0, 2_500)
            .Select(i => new SocialPost($"p{i}", i % 3 == 0 ? Channel.X : Channel.Instagram, Start + Duration.FromMinutes(20 * i)))
            .ToArray();
        var calculator = new PostingFrequencyCalculator(calendar: Paris);

        var byDay = calculator.CalculateByPeriodAndChannel(PostColumns.From(posts), Cadence.Day);

        byDay.Should().Equal(calculator.CalculateByPeriodAndChannel(posts, Cadence.Day));
        byDay.Sum(result => result.Inputs.RecordsUsed).Should().Be(2_500);
    }

    [Fact]
    public void EmptyColumns_AreNoData_AndHoldNoGroup()
    {
        var calculator = new PostingFrequencyCalculator();

        calculator.Calculate(PostColumns.Empty, ReportingPeriod.Month(2026, 3)).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        calculator.CalculateByChannel(PostColumns.Empty, ReportingPeriod.Month(2026, 3)).Should().BeEmpty();
        calculator.CalculateByPeriodAndChannel(PostColumns.Empty, Cadence.Week).Should().BeEmpty();
        calculator.AccumulateByPeriod(PostColumns.Empty, Cadence.Week).Should().BeEmpty();
    }

    [Fact]
    public void AFixedPeriod_IgnoresPostsOutsideIt_ButTheyMakeAQuietPeriodZero()
    {
        SocialPost[] posts =
        [
            new("p1", Channel.X, Instant.FromUtc(2026, 2, 28, 22, 0)), // 28 February 23:00 in Paris
            new("p2", Channel.X, Instant.FromUtc(2026, 3, 31, 22, 30)), // 1 April 00:30 in Paris
            new("p3", Channel.Instagram, Instant.FromUtc(2026, 3, 15, 12, 0)),
        ];
        var calculator = new PostingFrequencyCalculator(new PostingFrequencyOptions { Unit = FrequencyUnit.Day }, Paris);
        var columns = PostColumns.From(posts);

        calculator.Calculate(columns, ReportingPeriod.Month(2026, 3), Channel.X).Inputs.RecordsUsed.Should().Be(0);
        calculator.Calculate(columns, ReportingPeriod.Month(2026, 3), Channel.X).Value.Should().Be(0);
        calculator.Calculate(columns, ReportingPeriod.Month(2026, 3)).Value.Should().Be(1.0 / 31);
        calculator.Calculate(columns, ReportingPeriod.Month(2026, 3), Channel.TikTok).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        calculator.CalculateByChannel(columns, ReportingPeriod.Month(2026, 3)).Should().ContainSingle().Which.Channel.Should().Be(Channel.Instagram);
    }

    private static List<(ReportingPeriod, Channel?, long)> Counts(GroupedAccumulators<CountAccumulator> counts) =>
        [.. counts.Select(group => (group.Period, group.Channel, group.Accumulator.Count))];
}
