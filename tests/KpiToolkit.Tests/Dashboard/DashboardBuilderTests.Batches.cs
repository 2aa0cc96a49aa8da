using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

/// <summary>The dashboard asks each calculator for all the periods it needs at once; the answers must not change.</summary>
public sealed partial class DashboardBuilderTests
{
    [Fact]
    public void Build_WithCalculatorsAskedPeriodByPeriod_GivesTheSameRowsAndObjectives()
    {
        var request = DashboardFixture.Request() with { Indicators = null };
        var together = Builder().Build(request);
        var oneByOne = new DashboardBuilder(
            new KpiCalculatorRegistry(BuiltInCalculators.Create(DashboardFixture.Paris).Select(calculator => new PeriodByPeriod(calculator))),
            IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
            DashboardFixture.Clock(),
            DashboardFixture.Paris).Build(request);

        together.Rows.Should().HaveCountGreaterThan(30);
        together.Rows.Select(row => (row.Indicator.Key, row.Channel, row.Error)).Should().Equal(oneByOne.Rows.Select(row => (row.Indicator.Key, row.Channel, row.Error)));
        foreach (var (batched, single) in together.Rows.Zip(oneByOne.Rows))
        {
            batched.History.Should().Equal(single.History, $"the history of {batched.Indicator.Key} must not depend on how it was computed");
        }

        together.Objectives.SelectMany(o => o.SelfAndDescendants()).Select(o => (o.Objective.Id, o.Status, o.Current?.Value, o.BaselineValue))
            .Should().Equal(oneByOne.Objectives.SelectMany(o => o.SelfAndDescendants()).Select(o => (o.Objective.Id, o.Status, o.Current?.Value, o.BaselineValue)));
        together.Problems.Should().BeEquivalentTo(oneByOne.Problems);
    }

    [Fact]
    public void Build_CalculatorsInAnotherCalendar_KeepTheirOwnPeriods()
    {
        // Calculators in UTC under a Paris dashboard cannot share the dashboard's pass: each must still count in UTC.
        // The posts and mentions at 23:30 UTC on 31 May are in June in Paris but in May in UTC.
        var fixture = DashboardFixture.Data();
        var lateInMay = Instant.FromUtc(2026, 5, 31, 23, 30);
        var data = new ActivityData(
            [.. fixture.Posts, new SocialPost("late", Channel.Instagram, lateInMay, counters: new PostCounters { Reach = 1_000, Reactions = 900, Comments = 0, Shares = 0 })],
            mentions: [.. fixture.Mentions, .. Enumerable.Range(0, 50).Select(i => new Mention($"late-{i}", lateInMay, MentionSourceType.News, "wire"))]);
        var request = DashboardFixture.Request() with { Indicators = null, Data = data };
        DashboardBuilder InUtc(Func<IKpiCalculator, IKpiCalculator> wrap) => new(
            new KpiCalculatorRegistry(BuiltInCalculators.Create(ReportingCalendar.Utc).Select(wrap)),
            IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
            DashboardFixture.Clock(),
            DashboardFixture.Paris);

        var together = InUtc(calculator => calculator).Build(request);
        var oneByOne = InUtc(calculator => new PeriodByPeriod(calculator)).Build(request);

        together.Rows.SelectMany(row => row.History).Should().Equal(oneByOne.Rows.SelectMany(row => row.History));
        var mentions = together.Rows.Single(row => row.Indicator.Key == BuiltInIndicators.MentionVolume.Key && row.Channel is null).History;
        (mentions[^2].Value - DashboardFixture.Build().Rows.Single(row => row.Indicator.Key == BuiltInIndicators.MentionVolume.Key && row.Channel is null).History[^2].Value)
            .Should().Be(50, "in UTC the late mentions belong to May");
    }

    [Fact]
    public void Build_HostCalculatorAnsweringForTooFewPeriods_FailsEveryPeriodOnce()
    {
        var builder = BuilderWith(new ShortListCalculator());

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Data = DashboardFixture.Data() });

        var row = dashboard.Rows.Single(r => r.Indicator.Key == Testimonials.Key);
        row.History.Should().HaveCount(6).And.OnlyContain(result => result.UnavailableReason == KpiUnavailableReason.CalculationFailed);
        row.History.Select(result => result.Period).Should().Equal(Enumerable.Range(1, 6).Select(month => ReportingPeriod.Month(2026, month)));
        dashboard.Problems.Should().ContainSingle().Which.Message.Should().Contain("returned 1 results from CalculateMany for 6 periods");
    }

    [Fact]
    public void Build_HostCalculatorWhoseBatchThrows_IsAskedPeriodByPeriod()
    {
        var builder = BuilderWith(new BatchlessCalculator());

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Data = DashboardFixture.Data() });

        var row = dashboard.Rows.Single(r => r.Indicator.Key == Testimonials.Key);
        row.History.Select(result => result.Value).Should().Equal(31, 28, 31, 30, 31, 30);
        row.Error.Should().BeNull();
        dashboard.Problems.Should().BeEmpty();
    }

    private static DashboardBuilder BuilderWith(IKpiCalculator host) => new(
        new KpiCalculatorRegistry([.. BuiltInCalculators.Create(DashboardFixture.Paris), host]),
        IndicatorCatalog.BuiltIn.With(Testimonials),
        DashboardFixture.Clock(),
        DashboardFixture.Paris);

    /// <summary>A built-in calculator seen through the interface's default <see cref="IKpiCalculator.CalculateMany"/>.</summary>
    private sealed class PeriodByPeriod(IKpiCalculator inner) : IKpiCalculator
    {
        public Indicator Indicator => inner.Indicator;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) => inner.Calculate(data, period, channel);
    }

    private sealed class ShortListCalculator : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, 1, new KpiInputs(null, null, 1), "one");

        public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
            [Calculate(data, periods[0], channel)];
    }

    private sealed class BatchlessCalculator : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, period.LengthInDays, new KpiInputs(null, null, 1), "one a day");

        public IReadOnlyList<KpiResult> CalculateMany(ActivityData data, IReadOnlyList<ReportingPeriod> periods, Channel? channel = null) =>
            throw new NotSupportedException("batches are not supported");
    }
}
