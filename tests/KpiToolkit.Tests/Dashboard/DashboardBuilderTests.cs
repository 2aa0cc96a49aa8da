using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

public sealed partial class DashboardBuilderTests
{
    private static readonly Indicator Testimonials = new(
        new IndicatorKey("testimonials"), "Customer testimonials", IndicatorUnit.Count, Polarity.HigherIsBetter,
        IndicatorCategory.Engagement, MediaType.Earned, Cadence.Month);

    [Fact]
    public void Build_GroupsRowsByCategoryThenMediaType_ObjectivesFirstWithinASection()
    {
        var dashboard = DashboardFixture.Build();

        var order = dashboard.Sections.Select(section => ((int)section.Category * 10) + (int)section.MediaType).ToList();
        order.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        dashboard.Sections.Should().AllSatisfy(section => section.Rows.Should().AllSatisfy(row =>
        {
            row.Indicator.Category.Should().Be(section.Category);
            row.Indicator.MediaType.Should().Be(section.MediaType);
        }));

        // Engagement/Owned holds the Instagram objective's row, then the selected engagement rate for all channels.
        var engagement = dashboard.Sections.Single(s => s.Category == IndicatorCategory.Engagement && s.MediaType == MediaType.Owned).Rows;
        engagement[0].Evaluation!.Objective.Id.Should().Be("engagement");
        engagement[0].Channel.Should().Be(Channel.Instagram);
        engagement.Should().Contain(row => row.Indicator.Key == BuiltInIndicators.EngagementRate.Key && row.Channel == null && row.Evaluation == null);
    }

    [Fact]
    public void Build_ComputesEveryRowThroughTheRegisteredCalculator()
    {
        var registry = KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris);
        var data = DashboardFixture.Data();
        var dashboard = DashboardFixture.Build();

        foreach (var row in dashboard.Rows.Where(row => row.Origin == KpiOrigin.Calculated))
        {
            var expected = registry.Get(row.Indicator.Key).Calculate(data, DashboardFixture.June, row.Channel);
            row.Current.Should().Be(expected, because: $"{row.Indicator.Key} {row.Channel} is computed by its calculator");
            row.Source.Should().Be(registry.Get(row.Indicator.Key).GetType().Name);
        }
    }

    [Fact]
    public void Build_HistoryEndsWithTheCurrentPeriod_AndChangeComparesWithThePreviousOne()
    {
        var dashboard = DashboardFixture.Build(new DashboardOptions { HistoryLength = 4 });

        var row = dashboard.Rows.First(r => r.Indicator.Key == BuiltInIndicators.MentionVolume.Key);
        row.History.Select(h => h.Period).Should().Equal(
            ReportingPeriod.Month(2026, 3), ReportingPeriod.Month(2026, 4), ReportingPeriod.Month(2026, 5), ReportingPeriod.Month(2026, 6));
        row.History[^1].Should().Be(row.Current);
        row.History[^2].Should().Be(row.Previous);

        // The fixture has mentions from April only: none in March, so its count is 0, not missing.
        row.History[0].Value.Should().Be(0);
        var change = row.Change!;
        change.Absolute.Should().Be(row.Current.Value!.Value - row.Previous.Value!.Value);
        change.Relative.Should().BeApproximately((row.Current.Value!.Value - row.Previous.Value!.Value) / row.Previous.Value!.Value, 1e-12);
    }

    [Fact]
    public void Build_HostCalculator_AppearsBesideTheBuiltInOnes()
    {
        var registry = new KpiCalculatorRegistry([.. BuiltInCalculators.Create(DashboardFixture.Paris), new TestimonialCalculator()]);
        var builder = new DashboardBuilder(registry, IndicatorCatalog.BuiltIn.With(Testimonials), DashboardFixture.Clock(), DashboardFixture.Paris);

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Data = DashboardFixture.Data() });

        var row = dashboard.Rows.Single(r => r.Indicator.Key == Testimonials.Key);
        row.Current.Value.Should().Be(30, "June has 30 days, one testimonial each");
        row.Source.Should().Be(nameof(TestimonialCalculator));
        dashboard.Sections.Single(s => s.Rows.Contains(row)).Category.Should().Be(IndicatorCategory.Engagement);
        dashboard.Rows.Concat(dashboard.NotMeasured).Should().HaveCount(
            registry.Calculators.Count, "without a selection every registered calculator gets a row, listed as not measured when the data holds nothing for it");
    }

    [Fact]
    public void Build_MeasuredSeries_BecomesARowAndMeasuresItsObjective()
    {
        var dashboard = DashboardFixture.Build();

        var row = dashboard.Rows.Single(r => r.Indicator.Key == DashboardFixture.Headcount.Key);
        row.Origin.Should().Be(KpiOrigin.Measured);
        row.Source.Should().Be("HR system");
        row.Current.Value.Should().Be(3);
        row.History.Select(h => h.Value).Should().Equal(2, 2, 2, 3, 3, 3);

        // Baseline 2, target 4 by 2026-09-30, value 3 on 2026-06-30: progress 1/2; expected 181/273 days = 0.663; gap 0.163 ≤ 0.165.
        row.Evaluation!.Objective.Id.Should().Be("team");
        row.Evaluation.Progress.Should().Be(0.5);
        row.Evaluation.ExpectedProgress.Should().BeApproximately(181.0 / 273, 1e-12);
        row.Evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void Build_MeasuredSeriesWithAGap_GivesNoDataForThatPeriod()
    {
        var series = new MeasurementSeries(DashboardFixture.Headcount.Key, [new Measurement(DashboardFixture.Headcount.Key, ReportingPeriod.Month(2026, 4), 3)]);
        var request = DashboardFixture.Request() with { Measurements = [series] };

        var dashboard = Builder().Build(request);

        var row = dashboard.Rows.Single(r => r.Indicator.Key == DashboardFixture.Headcount.Key);
        row.Current.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        row.History.Select(h => h.Value).Should().Equal(null, null, null, 3, null, null);
        row.Change.Should().BeNull();
    }

    [Fact]
    public void Build_FailingCalculator_IsReportedAndTheRestIsBuilt()
    {
        var registry = new KpiCalculatorRegistry([.. BuiltInCalculators.Create(DashboardFixture.Paris), new FailingCalculator()]);
        var builder = new DashboardBuilder(registry, IndicatorCatalog.BuiltIn.With(Testimonials), DashboardFixture.Clock(), DashboardFixture.Paris);

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Data = DashboardFixture.Data() });

        var row = dashboard.Rows.Single(r => r.Indicator.Key == Testimonials.Key);
        row.Current.UnavailableReason.Should().Be(KpiUnavailableReason.CalculationFailed);
        row.History.Should().OnlyContain(result => result.UnavailableReason == KpiUnavailableReason.CalculationFailed);
        row.Error.Should().Contain("the feed is down");
        dashboard.Problems.Should().ContainSingle().Which.Component.Should().Be(nameof(FailingCalculator));
        dashboard.Rows.Where(r => r.Indicator.Key != Testimonials.Key).Should().OnlyContain(r => r.Error == null);
    }

    [Fact]
    public void Build_CalculatorFailingForOneChannel_MarksOnlyThatChannelsRow()
    {
        var registry = new KpiCalculatorRegistry([new FailingForXCalculator()]);
        var builder = new DashboardBuilder(registry, IndicatorCatalog.BuiltIn.With(Testimonials), DashboardFixture.Clock(), DashboardFixture.Paris);
        Objective On(Channel channel) => new(
            $"testimonials-{channel.Name}", "Collect testimonials", Testimonials, Target.IncreaseTo(40), scope: ObjectiveScope.ForChannels(channel));

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Objectives = [On(Channel.Instagram), On(Channel.X)], Indicators = [] });

        dashboard.Rows.Single(r => r.Channel == Channel.Instagram).Should().Match<KpiRow>(r => r.Error == null && r.Current.Value == 30);
        dashboard.Rows.Single(r => r.Channel == Channel.X).Error.Should().Contain("X is not supported");
        dashboard.Problems.Should().ContainSingle().Which.Message.Should().Contain("for X");
    }

    [Fact]
    public void Build_QuarterlyDashboard_EvaluatesAMonthlyTargetOnMonths()
    {
        // "400 mentions in June": mention volume is a monthly indicator, so a quarterly dashboard still judges June alone,
        // not the whole second quarter (which holds April and May too).
        var objective = new Objective(
            "june-mentions", "Get 400 mentions in June with the summer campaign", BuiltInIndicators.MentionVolume, Target.IncreaseTo(400),
            new Baseline(150, new LocalDate(2026, 5, 31)), new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30), cadence: Cadence.Month);
        var june = DashboardFixture.Request();

        var dashboard = Builder().Build(new DashboardRequest(ReportingPeriod.Quarter(2026, 2)) { Data = june.Data, Objectives = [objective], Indicators = [] });

        var evaluation = dashboard.Objectives.Single();
        evaluation.Current!.Period.Should().Be(DashboardFixture.June);
        evaluation.Current.Value.Should().Be(205, "June has 205 mentions in the fixture");

        // June, the deadline's month, is complete: the status is final.
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);
    }

    [Fact]
    public void Build_ObjectiveWithoutBaseline_StartsFromThePeriodBeforeItsStart()
    {
        // No baseline: progress starts from April (the month before the start), as the evaluator documents.
        var objective = new Objective(
            "mentions", "Grow the monthly mentions to 300 by the end of the year", BuiltInIndicators.MentionVolume, Target.IncreaseTo(300),
            start: new LocalDate(2026, 5, 1), deadline: new LocalDate(2026, 12, 31), cadence: Cadence.Month);

        var dashboard = Builder().Build(DashboardFixture.Request() with { Objectives = [objective], Measurements = [] });

        var april = KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris).Get(BuiltInIndicators.MentionVolume.Key)
            .Calculate(DashboardFixture.Data(), ReportingPeriod.Month(2026, 4)).Value;
        dashboard.Objectives.Single().BaselineValue.Should().Be(april).And.NotBeNull();
    }

    [Theory]
    [InlineData("null", "returned no result")]
    [InlineData("other-period", "when asked for")]
    [InlineData("huge", "beyond")]
    public void Build_UnusableResultOfAHostCalculator_IsReportedNotThrown(string kind, string message)
    {
        var registry = new KpiCalculatorRegistry([.. BuiltInCalculators.Create(DashboardFixture.Paris), new MisbehavingCalculator(kind)]);
        var builder = new DashboardBuilder(registry, IndicatorCatalog.BuiltIn.With(Testimonials), DashboardFixture.Clock(), DashboardFixture.Paris);
        var objective = new Objective("testimonials", "Collect 40 customer testimonials a month", Testimonials, Target.IncreaseTo(40), start: new LocalDate(2026, 1, 1), deadline: new LocalDate(2026, 12, 31));

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Objectives = [objective], Indicators = [] });

        dashboard.Rows.Single().Current.UnavailableReason.Should().Be(KpiUnavailableReason.CalculationFailed);
        dashboard.Rows.Single().Error.Should().Contain(message);
        dashboard.Objectives.Single().Status.Should().Be(ObjectiveStatus.NoData);
        dashboard.Problems.Should().ContainSingle().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Build_SpikeChart_CountsTheMentionsTheRegisteredCalculatorCounts()
    {
        // The registry counts the mentions of every subject; the chart must agree with the mention-volume row.
        var calculators = BuiltInCalculators.Create(DashboardFixture.Paris)
            .Select(c => c is MentionVolumeCalculator ? new MentionVolumeCalculator(new MentionVolumeOptions { Subject = null }, DashboardFixture.Paris) : c);
        var builder = new DashboardBuilder(new KpiCalculatorRegistry(calculators), IndicatorCatalog.BuiltIn, DashboardFixture.Clock(), DashboardFixture.Paris);
        var competitor = Enumerable.Range(0, 30).Select(i => new Mention(
            $"c{i}", Instant.FromUtc(2026, 6, 10, 9, i), MentionSourceType.SocialNetwork, "someone", Subject.Competitor("Rival")));
        var data = DashboardFixture.Data();
        var withCompetitor = new ActivityData(data.Posts, null, data.Mentions.Concat(competitor));

        var dashboard = builder.Build(new DashboardRequest(DashboardFixture.June) { Data = withCompetitor, Indicators = [BuiltInIndicators.MentionVolume.Key] });

        var row = dashboard.Rows.Single();
        row.Current.Value.Should().Be(205 + 30);
        dashboard.MentionSpikes!.Points.Where(p => DashboardFixture.June.Contains(p.Period.Start)).Sum(p => p.Count).Should().Be(205 + 30);
    }

    [Fact]
    public void Build_ObjectiveScopedToSeveralChannels_IsReportedWithNoData()
    {
        var objective = new Objective(
            "two-networks", "Raise engagement on Instagram and X", BuiltInIndicators.EngagementRate, Target.IncreaseTo(0.08),
            new Baseline(0.05, new LocalDate(2025, 12, 31)), new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31),
            ObjectiveScope.ForChannels(Channel.Instagram, Channel.X));

        var dashboard = Builder().Build(new DashboardRequest(DashboardFixture.June) { Data = DashboardFixture.Data(), Objectives = [objective], Indicators = [] });

        dashboard.Objectives.Single().Status.Should().Be(ObjectiveStatus.NoData);
        dashboard.Problems.Should().ContainSingle().Which.Message.Should().Contain("2 channels").And.Contain("engagement-rate");
    }

    [Fact]
    public void Build_ObjectiveNothingMeasures_IsReportedWithNoData()
    {
        var objective = new Objective(
            "testimonials", "Collect 40 customer testimonials a month", Testimonials, Target.IncreaseTo(40),
            new Baseline(20, new LocalDate(2025, 12, 31)), new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        var dashboard = Builder().Build(new DashboardRequest(DashboardFixture.June) { Objectives = [objective], Indicators = [] });

        var row = dashboard.Rows.Single();
        row.Evaluation!.Status.Should().Be(ObjectiveStatus.NoData);
        row.Current.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        row.Error.Should().Contain("No calculator");
        dashboard.Problems.Should().ContainSingle().Which.Component.Should().Contain("testimonials");
    }

    [Fact]
    public void Build_AsOf_IsThePeriodEndOnceOver_AndTodayWhileItRuns()
    {
        var over = Builder(Instant.FromUtc(2026, 7, 3, 9, 0)).Build(DashboardFixture.Request());
        over.AsOf.Should().Be(new LocalDate(2026, 6, 30));

        // 21:30 UTC on 14 June is already 15 June in Paris (UTC+2 in summer).
        var running = Builder(Instant.FromUtc(2026, 6, 14, 22, 30)).Build(DashboardFixture.Request());
        running.AsOf.Should().Be(new LocalDate(2026, 6, 15));
        running.GeneratedAt.Should().Be(Instant.FromUtc(2026, 6, 14, 22, 30));

        // June is not complete on the 15th: the Instagram objective is judged on May, the latest completed month.
        running.Rows.Single(r => r.Evaluation?.Objective.Id == "engagement").Evaluation!.Current!.Period.Should().Be(ReportingPeriod.Month(2026, 5));
    }

    [Fact]
    public void Build_FlagsTheMentionSpikeOfThePeriod_NotDropsNorEarlierDays()
    {
        var dashboard = DashboardFixture.Build();

        var spikes = dashboard.MentionSpikes!;
        spikes.Spikes.Should().ContainSingle().Which.Period.Should().Be(ReportingPeriod.Day(new LocalDate(2026, 6, 17)));
        spikes.Spikes[0].Observed.Should().Be(40);
        spikes.Spikes[0].Direction.Should().Be(VolumeDirection.Spike);

        // 28 days of history before June (four weeks of the same weekday), then the 30 days of June.
        spikes.Points.Should().HaveCount(28 + 30);
        spikes.Points[0].Period.Start.Should().Be(new LocalDate(2026, 5, 4));
        spikes.Points.Sum(p => p.Count).Should().Be(DashboardFixture.Data().Mentions.Count(m =>
            DashboardFixture.Paris.ToLocalDate(m.PublishedAt) >= new LocalDate(2026, 5, 4)));
    }

    [Fact]
    public void Build_BestTimeToPost_ReadsThePostsOfTheHistoryWindowOnly()
    {
        var dashboard = DashboardFixture.Build(new DashboardOptions { HistoryLength = 2 });

        // May and June: the fixture posts three times a week on two networks, every Monday, Wednesday and Friday.
        var expected = DashboardFixture.Data().Posts.Count(p =>
            DashboardFixture.Paris.ToLocalDate(p.PublishedAt) >= new LocalDate(2026, 5, 1) && DashboardFixture.Paris.ToLocalDate(p.PublishedAt) <= new LocalDate(2026, 6, 30));
        (dashboard.BestTimeToPost!.PostsUsed + dashboard.BestTimeToPost.PostsSkipped).Should().Be(expected);
    }

    [Fact]
    public void Build_RoiRankingAndChannelComparison_AreThoseOfThePeriod()
    {
        var dashboard = DashboardFixture.Build();

        // Summer sale: (3400 − 1000) / 1000 = 2.4; chef partnership: 0.15; newsletter push: (250 − 300) / 300 = −0.1667.
        dashboard.RoiRanking!.Ranked.Select(a => a.Name).Should().Equal("Summer sale ads", "Chef partnership", "Newsletter push");
        dashboard.RoiRanking.Ranked[0].Roi.Should().BeApproximately(2.4, 1e-12);
        dashboard.ChannelComparison!.Period.Should().Be(DashboardFixture.June);
        dashboard.ChannelComparison.Rows.Should().HaveCount(3);
    }

    [Fact]
    public void Build_WeeklyCadence_UsesWeeksThroughout()
    {
        var week = ReportingPeriod.IsoWeek(2026, 25);
        var june = DashboardFixture.Request();
        var dashboard = Builder().Build(new DashboardRequest(week) { Data = june.Data, Objectives = june.Objectives, Indicators = june.Indicators });

        dashboard.Period.Should().Be(week);
        dashboard.Rows.Should().AllSatisfy(row => row.History.Should().HaveCount(6).And.OnlyContain(h => h.Period.Cadence == Cadence.Week));
        dashboard.Rows.First().History[0].Period.Should().Be(ReportingPeriod.IsoWeek(2026, 20));
    }

    [Fact]
    public void Build_RequestMistakes_ThrowNamingWhatIsWrong()
    {
        var builder = Builder();

        var unknown = () => builder.Build(new DashboardRequest(DashboardFixture.June) { Indicators = [new IndicatorKey("no-such-kpi")] });
        unknown.Should().Throw<ArgumentException>().WithMessage("*'no-such-kpi'*");

        var weekly = new MeasurementSeries(DashboardFixture.Headcount.Key, [new Measurement(DashboardFixture.Headcount.Key, ReportingPeriod.IsoWeek(2026, 25), 3)]);
        var cadence = () => builder.Build(new DashboardRequest(DashboardFixture.June) { Measurements = [weekly] });
        cadence.Should().Throw<ArgumentException>().WithMessage("*headcount*Week*Month*");

        var twice = () => builder.Build(new DashboardRequest(DashboardFixture.June) { Measurements = [DashboardFixture.HeadcountSeries(), DashboardFixture.HeadcountSeries()] });
        twice.Should().Throw<ArgumentException>().WithMessage("*Two measured series*headcount*");

        var undefined = new MeasurementSeries(new IndicatorKey("cash-flow"), [new Measurement(new IndicatorKey("cash-flow"), DashboardFixture.June, 1)]);
        var definition = () => builder.Build(new DashboardRequest(DashboardFixture.June) { Measurements = [undefined] });
        definition.Should().Throw<ArgumentException>().WithMessage("*'cash-flow'*catalog*");

        var sameId = () => builder.Build(new DashboardRequest(DashboardFixture.June) { Objectives = [DashboardFixture.Objectives(), DashboardFixture.Objectives()] });
        sameId.Should().Throw<ArgumentException>().WithMessage("*'awareness'*unique across all trees*");

        var nullRequest = () => builder.Build(null!);
        nullRequest.Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(61)]
    public void Constructor_HistoryLengthOutOfRange_Throws(int length)
    {
        var create = () => DashboardBuilder.CreateDefault(DashboardFixture.Clock(), options: new DashboardOptions { HistoryLength = length });

        create.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(DashboardOptions.HistoryLength));
    }

    [Fact]
    public void Constructor_BlankTitle_Throws()
    {
        var create = () => DashboardBuilder.CreateDefault(DashboardFixture.Clock(), options: new DashboardOptions { Title = " " });

        create.Should().Throw<ArgumentException>().WithParameterName(nameof(DashboardOptions.Title));
    }

    [Fact]
    public void Build_SameRequestTwice_GivesEqualRows()
    {
        var builder = Builder();

        var first = builder.Build(DashboardFixture.Request());
        var second = builder.Build(DashboardFixture.Request());

        second.Rows.Select(r => r.Current).Should().Equal(first.Rows.Select(r => r.Current));
        second.Objectives.Select(o => o.Status).Should().Equal(first.Objectives.Select(o => o.Status));
    }

    private static DashboardBuilder Builder(Instant? now = null) => new(
        KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
        IndicatorCatalog.BuiltIn.With(DashboardFixture.Headcount),
        now is { } instant ? new FakeClock(instant) : DashboardFixture.Clock(),
        DashboardFixture.Paris);

    private sealed class TestimonialCalculator : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, period.LengthInDays, new KpiInputs(null, null, period.LengthInDays), "one a day");
    }

    private sealed class FailingForXCalculator : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            channel == Channel.X
                ? throw new NotSupportedException("X is not supported")
                : KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, period.LengthInDays, new KpiInputs(null, null, period.LengthInDays), "one a day");
    }

    private sealed class MisbehavingCalculator(string kind) : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) => kind switch
        {
            "null" => null!,
            "other-period" => KpiResult.Available(Indicator.Key, Indicator.Unit, period.Previous(), channel, 1, new KpiInputs(null, null, 1), "a period late"),
            _ => KpiResult.Available(Indicator.Key, Indicator.Unit, period, channel, 2e300, new KpiInputs(null, null, 1), "too many"),
        };
    }

    private sealed class FailingCalculator : IKpiCalculator
    {
        public Indicator Indicator => Testimonials;

        public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null) =>
            throw new InvalidOperationException("the feed is down");
    }
}
