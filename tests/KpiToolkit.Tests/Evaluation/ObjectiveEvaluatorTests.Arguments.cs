using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    // ---- Null arguments ----

    [Fact]
    public void Constructor_NullClock_Throws()
    {
        var act = () => new ObjectiveEvaluator(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("clock");
    }

    [Fact]
    public void Constructor_NullCalendarAndOptions_UseUtcAndTheDefaults()
    {
        var evaluator = new ObjectiveEvaluator(Clock());

        evaluator.Calendar.Should().Be(ReportingCalendar.Utc);

        // The default thresholds: progress 0.335 against 0.5 is on the 16.5-point boundary, still on track.
        evaluator.Evaluate(new Spec().Build(), January(1335), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluator.Evaluate(new Spec().Build(), January(1334), HalfWay).Status.Should().Be(ObjectiveStatus.AtRisk);
    }

    [Fact]
    public void Evaluate_NullObjective_Throws()
    {
        var evaluator = Evaluator();

        FluentActions.Invoking(() => evaluator.Evaluate(null!, January(1400), HalfWay))
            .Should().Throw<ArgumentNullException>().WithParameterName("objective");
        FluentActions.Invoking(() => evaluator.Evaluate(null!, (MeasurementSeries?)null))
            .Should().Throw<ArgumentNullException>().WithParameterName("objective");
        FluentActions.Invoking(() => evaluator.EvaluateTree(null!, _ => null, HalfWay))
            .Should().Throw<ArgumentNullException>().WithParameterName("objective");
        FluentActions.Invoking(() => evaluator.EvaluateTree(null!, _ => null))
            .Should().Throw<ArgumentNullException>().WithParameterName("objective");
    }

    [Fact]
    public void Evaluate_NullSeriesFunction_Throws()
    {
        var evaluator = Evaluator();
        var objective = new Spec().Build();

        FluentActions.Invoking(() => evaluator.EvaluateTree(objective, null!, HalfWay))
            .Should().Throw<ArgumentNullException>().WithParameterName("seriesFor");
        FluentActions.Invoking(() => evaluator.EvaluateTree(objective, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("seriesFor");
    }

    [Fact]
    public void Evaluate_SingleSeriesForAnObjectiveWithSubObjectives_Throws()
    {
        var parent = Parent(OnTrackChild());
        var evaluator = Evaluator();

        FluentActions.Invoking(() => evaluator.Evaluate(parent, January(1400), HalfWay))
            .Should().Throw<ArgumentException>().WithParameterName("objective")
            .WithMessage("*'global' has 1 sub-objective(s)*");
        FluentActions.Invoking(() => evaluator.Evaluate(parent, (MeasurementSeries?)null))
            .Should().Throw<ArgumentException>().WithParameterName("objective");
    }

    [Fact]
    public void Evaluate_SeriesOfAnotherIndicator_Throws()
    {
        var series = new MeasurementSeries(
            IndicatorKeys.EngagementRate, [new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 1), 0.04)]);

        var act = () => Evaluator().Evaluate(new Spec().Build(), series, HalfWay);

        act.Should().Throw<ArgumentException>().WithParameterName("series")
            .WithMessage($"*measures '{IndicatorKeys.EngagementRate}'*measured by '{IndicatorKeys.Followers}'*");
    }

    [Fact]
    public void Evaluate_SeriesOfAnotherIndicatorForASubObjective_Throws()
    {
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal)
        {
            ["on-track"] = new(IndicatorKeys.EngagementRate, [new Measurement(IndicatorKeys.EngagementRate, ReportingPeriod.Month(2026, 1), 0.04)]),
        };

        var act = () => EvaluateTree(Evaluator(), Parent(OnTrackChild()), series, HalfWay);

        act.Should().Throw<ArgumentException>().WithParameterName("series").WithMessage("*'on-track'*");
    }

    [Fact]
    public void Evaluate_SeriesOfAChannelOutsideTheScope_Throws()
    {
        var spec = new Spec { Scope = ObjectiveScope.ForChannels(Channel.Instagram, Channel.TikTok) };

        var act = () => Evaluate(spec, ChannelSeries(Channel.LinkedIn), HalfWay);

        act.Should().Throw<ArgumentException>().WithParameterName("series").WithMessage("*channel 'LinkedIn'*outside*");
    }

    [Fact]
    public void Evaluate_SeriesOfAChannelInsideTheScope_IsAccepted()
    {
        var spec = new Spec { Scope = ObjectiveScope.ForChannels(Channel.Instagram, Channel.TikTok) };

        Evaluate(spec, ChannelSeries(Channel.TikTok), HalfWay).Progress.Should().BeApproximately(0.4, 1e-12);
    }

    [Fact]
    public void Evaluate_SeriesOfAllChannelsOrScopeWithoutChannels_IsAccepted()
    {
        // A series without a channel covers every channel; a scope without channels accepts any channel.
        Evaluate(new Spec { Scope = ObjectiveScope.ForChannels(Channel.Instagram) }, January(1400), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack);
        Evaluate(new Spec { Scope = new ObjectiveScope(audience: "Home cooks") }, ChannelSeries(Channel.LinkedIn), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void Evaluate_DateOutsideTheIsoCalendar_Throws()
    {
        var julian = new LocalDate(2026, 2, 19, CalendarSystem.Julian);
        var evaluator = Evaluator();

        FluentActions.Invoking(() => evaluator.Evaluate(new Spec().Build(), January(1400), julian))
            .Should().Throw<ArgumentException>().WithParameterName("asOf");
        FluentActions.Invoking(() => evaluator.EvaluateTree(Parent(OnTrackChild()), o => SeriesOf(o, ChildSeries), julian))
            .Should().Throw<ArgumentException>().WithParameterName("asOf");
    }

    /// <summary>January 2026 at 1400 followers on one channel.</summary>
    private static MeasurementSeries ChannelSeries(Channel channel) =>
        new(IndicatorKeys.Followers, [new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 1), 1400, channel)]);

    // ---- Options ----

    public static TheoryData<EvaluationOptions, string> InvalidOptions => new()
    {
        { new EvaluationOptions { AtRiskGap = -0.01 }, nameof(EvaluationOptions.AtRiskGap) },
        { new EvaluationOptions { AtRiskGap = 1.01, OffTrackGap = 1 }, nameof(EvaluationOptions.AtRiskGap) },
        { new EvaluationOptions { AtRiskGap = double.NaN }, nameof(EvaluationOptions.AtRiskGap) },
        { new EvaluationOptions { AtRiskGap = double.NegativeInfinity }, nameof(EvaluationOptions.AtRiskGap) },
        { new EvaluationOptions { OffTrackGap = 1.5 }, nameof(EvaluationOptions.OffTrackGap) },
        { new EvaluationOptions { OffTrackGap = -0.5 }, nameof(EvaluationOptions.OffTrackGap) },
        { new EvaluationOptions { OffTrackGap = double.NaN }, nameof(EvaluationOptions.OffTrackGap) },
        { new EvaluationOptions { OffTrackGap = double.PositiveInfinity }, nameof(EvaluationOptions.OffTrackGap) },
        { new EvaluationOptions { AtRiskGap = 0.4, OffTrackGap = 0.33 }, nameof(EvaluationOptions.OffTrackGap) },
        { new EvaluationOptions { MinimumPointsForProjection = 1 }, nameof(EvaluationOptions.MinimumPointsForProjection) },
        { new EvaluationOptions { MinimumPointsForProjection = 0 }, nameof(EvaluationOptions.MinimumPointsForProjection) },
        { new EvaluationOptions { MinimumPointsForProjection = -3 }, nameof(EvaluationOptions.MinimumPointsForProjection) },
        { new EvaluationOptions { RollUp = (RollUpMethod)2 }, nameof(EvaluationOptions.RollUp) },
        { new EvaluationOptions { RollUp = (RollUpMethod)(-1) }, nameof(EvaluationOptions.RollUp) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validated_InvalidOption_ThrowsNamingIt(EvaluationOptions options, string parameter)
    {
        FluentActions.Invoking(options.Validated).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
        FluentActions.Invoking(() => new ObjectiveEvaluator(Clock(), null, options))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
    }

    [Fact]
    public void Validated_GapsInTheWrongOrder_SaysSo()
    {
        var options = new EvaluationOptions { AtRiskGap = 0.4, OffTrackGap = 0.33 };

        FluentActions.Invoking(options.Validated).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("OffTrackGap (0.33) must not be below AtRiskGap (0.4)*");
    }

    [Theory]
    [InlineData(0, 0, 2)]
    [InlineData(0, 1, 2)]
    [InlineData(1, 1, 100)]
    [InlineData(0.165, 0.33, 3)]
    public void Validated_ValidOptions_ReturnsTheSameInstance(double atRisk, double offTrack, int points)
    {
        var options = new EvaluationOptions { AtRiskGap = atRisk, OffTrackGap = offTrack, MinimumPointsForProjection = points, RollUp = RollUpMethod.WeightedProgress };

        options.Validated().Should().BeSameAs(options);
    }

    [Fact]
    public void Options_Defaults_AreTheDocumentedOnes()
    {
        var options = new EvaluationOptions();

        options.AtRiskGap.Should().Be(0.165);
        options.OffTrackGap.Should().Be(0.33);
        options.RollUp.Should().Be(RollUpMethod.WeakestStatus);
        options.MinimumPointsForProjection.Should().Be(3);
    }

    [Fact]
    public void Options_ChangedAfterConstruction_HaveNoEffect()
    {
        var options = new EvaluationOptions();
        var evaluator = new ObjectiveEvaluator(Clock(), null, options);

        options.AtRiskGap = 0;
        options.OffTrackGap = 0.05;
        options.RollUp = RollUpMethod.WeightedProgress;
        options.MinimumPointsForProjection = 10;

        // Progress 0.4 against 0.5 stays OnTrack (gap 0.1 ≤ 0.165), not OffTrack (gap 0.1 > 0.05).
        evaluator.Evaluate(new Spec().Build(), January(1400), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack);

        // Three points still make a projection.
        evaluator.Evaluate(YearLong(Target.IncreaseTo(3000)).Build(), Monthly(2026, 1, 1000, 1100, 1300), new LocalDate(2026, 4, 5))
            .Projection!.PointsUsed.Should().Be(3);

        // The roll-up is still the weakest status.
        var tree = EvaluateTree(evaluator, Parent(OnTrackChild(), AtRiskChild()), ChildSeries, HalfWay);
        tree.RollUp!.Method.Should().Be(RollUpMethod.WeakestStatus);
        tree.Status.Should().Be(ObjectiveStatus.AtRisk);
    }

    [Fact]
    public void Options_MadeInvalidAfterConstruction_DoNotBreakTheEvaluator()
    {
        var options = new EvaluationOptions();
        var evaluator = new ObjectiveEvaluator(Clock(), null, options);

        options.AtRiskGap = double.NaN;
        options.RollUp = (RollUpMethod)42;

        evaluator.Evaluate(new Spec().Build(), January(1400), HalfWay).Status.Should().Be(ObjectiveStatus.OnTrack);
    }
}
