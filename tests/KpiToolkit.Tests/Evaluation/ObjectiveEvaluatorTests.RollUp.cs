using KpiToolkit.Evaluation;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    /// <summary>
    /// The default children, on <see cref="HalfWay"/> (expected 0.5): "on-track" at 1400 (progress 0.4, gap 0.1),
    /// "at-risk" at 1250 (progress 0.25, gap 0.25), "no-data" without a measurement and "not-started" that starts on 1 March.
    /// </summary>
    private static readonly Dictionary<string, MeasurementSeries> ChildSeries = new(StringComparer.Ordinal)
    {
        ["on-track"] = January(1400),
        ["at-risk"] = January(1250),
        ["not-started"] = January(1300),
    };

    private static Objective OnTrackChild(double weight = 1) => new Spec { Id = "on-track", Weight = weight }.Build();

    private static Objective AtRiskChild(double weight = 1) => new Spec { Id = "at-risk", Weight = weight }.Build();

    private static Objective NoDataChild() => new Spec { Id = "no-data" }.Build();

    private static Objective NotStartedChild() => new Spec { Id = "not-started", Start = new LocalDate(2026, 3, 1) }.Build();

    /// <summary>A global objective without a target of its own over the same 100 days.</summary>
    private static Objective Parent(params Objective[] children) =>
        new Spec { Id = "global", Target = null, Baseline = null, SubObjectives = children }.Build();

    private static ObjectiveEvaluator Evaluator(RollUpMethod rollUp) => Evaluator(new EvaluationOptions { RollUp = rollUp });

    private static MeasurementSeries? SeriesOf(Objective objective, IReadOnlyDictionary<string, MeasurementSeries> series) =>
        series.TryGetValue(objective.Id, out var found) ? found : null;

    private static ObjectiveEvaluation EvaluateTree(
        ObjectiveEvaluator evaluator, Objective root, IReadOnlyDictionary<string, MeasurementSeries> series, LocalDate asOf) =>
        evaluator.EvaluateTree(root, o => SeriesOf(o, series), asOf);

    // ---- WeakestStatus ----

    [Fact]
    public void RollUp_Weakest_IsTheLowestGradedStatusAndSkipsTheUngraded()
    {
        var parent = Parent(OnTrackChild(), AtRiskChild(), NoDataChild(), NotStartedChild());

        var evaluation = EvaluateTree(Evaluator(), parent, ChildSeries, HalfWay);

        evaluation.SubObjectives.Select(s => s.Status).Should().Equal(
            ObjectiveStatus.OnTrack, ObjectiveStatus.AtRisk, ObjectiveStatus.NoData, ObjectiveStatus.NotStarted);
        evaluation.Status.Should().Be(ObjectiveStatus.AtRisk);
        evaluation.Reason.Should().Be(StatusReason.WeakestSubObjective);
        evaluation.Explanation.Should().Contain("'at-risk'");

        // Progress averages the two that have one: (0.4 + 0.25) / 2 = 0.325. Expected is the parent's own, 0.5.
        var rollUp = evaluation.RollUp!;
        rollUp.Method.Should().Be(RollUpMethod.WeakestStatus);
        rollUp.Status.Should().Be(ObjectiveStatus.AtRisk);
        rollUp.Progress.Should().BeApproximately(0.325, 1e-12);
        rollUp.ExpectedProgress.Should().Be(0.5);
        rollUp.Graded.Should().Be(2);
        rollUp.Skipped.Should().Be(2);
    }

    [Fact]
    public void RollUp_Weakest_MissedBeatsEverything()
    {
        // After the 10 April deadline: "met" ends March at 2000 (Achieved), "missed" at 1900 (Missed).
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal)
        {
            ["met"] = Monthly(2026, 1, 1500, 1800, 2000),
            ["missed"] = Monthly(2026, 1, 1500, 1800, 1900),
        };
        var parent = Parent(new Spec { Id = "met" }.Build(), new Spec { Id = "missed" }.Build());

        var evaluation = EvaluateTree(Evaluator(), parent, series, new LocalDate(2026, 4, 20));

        evaluation.SubObjectives.Select(s => s.Status).Should().Equal(ObjectiveStatus.Achieved, ObjectiveStatus.Missed);
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);
        evaluation.RollUp!.Graded.Should().Be(2);
        evaluation.RollUp.Skipped.Should().Be(0);
    }

    [Fact]
    public void RollUp_Weakest_AllUngradedWithOneNotStarted_IsNotStarted()
    {
        var evaluation = EvaluateTree(Evaluator(), Parent(NoDataChild(), NotStartedChild()), ChildSeries, HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NotStarted);
        evaluation.Reason.Should().Be(StatusReason.WeakestSubObjective);
        evaluation.RollUp!.Graded.Should().Be(0);
        evaluation.RollUp.Skipped.Should().Be(2);
        evaluation.RollUp.Progress.Should().BeNull();
    }

    [Fact]
    public void RollUp_Weakest_AllNoData_IsNoData()
    {
        var parent = Parent(NoDataChild(), new Spec { Id = "no-target", Target = null }.Build());

        var evaluation = EvaluateTree(Evaluator(), parent, ChildSeries, HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        evaluation.RollUp!.Skipped.Should().Be(2);
    }

    [Fact]
    public void RollUp_OwnStatus_IsKeptBesideTheRollUp()
    {
        // The parent has its own target and series: 2000 in January meets it (Achieved), but a child is at risk.
        var parent = new Spec { Id = "global", SubObjectives = [OnTrackChild(), AtRiskChild()] }.Build();
        var series = new Dictionary<string, MeasurementSeries>(ChildSeries, StringComparer.Ordinal) { ["global"] = January(2000) };

        var evaluation = EvaluateTree(Evaluator(), parent, series, HalfWay);

        evaluation.OwnStatus.Should().Be(ObjectiveStatus.Achieved);
        evaluation.OwnReason.Should().Be(StatusReason.TargetMet);
        evaluation.Status.Should().Be(ObjectiveStatus.AtRisk);
        evaluation.Reason.Should().Be(StatusReason.WeakestSubObjective);

        // The numbers stay the parent's own.
        evaluation.Current!.Value.Should().Be(2000);
        evaluation.Progress.Should().Be(1);
    }

    [Fact]
    public void RollUp_ParentWithoutTarget_HasOwnStatusNoData()
    {
        var evaluation = EvaluateTree(Evaluator(), Parent(OnTrackChild()), ChildSeries, HalfWay);

        evaluation.OwnStatus.Should().Be(ObjectiveStatus.NoData);
        evaluation.OwnReason.Should().Be(StatusReason.NoTarget);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void RollUp_Weakest_NestedTree_UsesTheRolledUpStatusOfEachChild()
    {
        // root → [mid → [far-behind (1000: progress 0, OffTrack), on-track (OnTrack)], at-risk (AtRisk)].
        // mid rolls up to OffTrack, so the root is OffTrack although none of its direct children is OffTrack on its own.
        var mid = new Spec { Id = "mid", Target = null, SubObjectives = [new Spec { Id = "far-behind" }.Build(), OnTrackChild()] }.Build();
        var root = Parent(mid, AtRiskChild());
        var series = new Dictionary<string, MeasurementSeries>(ChildSeries, StringComparer.Ordinal) { ["far-behind"] = January(1000) };

        var evaluation = EvaluateTree(Evaluator(), root, series, HalfWay);

        evaluation.SelfAndDescendants().Select(e => e.Objective.Id).Should().Equal("global", "mid", "far-behind", "on-track", "at-risk");
        evaluation.SubObjectives[0].Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.SubObjectives[0].OwnStatus.Should().Be(ObjectiveStatus.NoData);
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
    }

    [Fact]
    public void RollUp_ObjectiveWithoutSubObjectives_HasNone()
    {
        var evaluation = Evaluate(new Spec(), January(1400), HalfWay);

        evaluation.RollUp.Should().BeNull();
        evaluation.SubObjectives.Should().BeEmpty();
        evaluation.SelfAndDescendants().Should().Equal(evaluation);
    }

    // ---- WeightedProgress ----

    [Fact]
    public void RollUp_WeightedEqualWeights_JudgesTheMeanAgainstThePace()
    {
        // (0.4 + 0.25) / 2 = 0.325 against 0.5: 17.5 points behind, more than 16.5: AtRisk.
        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), Parent(OnTrackChild(), AtRiskChild()), ChildSeries, HalfWay);

        evaluation.RollUp!.Method.Should().Be(RollUpMethod.WeightedProgress);
        evaluation.RollUp.Progress.Should().BeApproximately(0.325, 1e-12);
        evaluation.RollUp.ExpectedProgress.Should().Be(0.5);
        evaluation.Status.Should().Be(ObjectiveStatus.AtRisk);
        evaluation.Reason.Should().Be(StatusReason.WeightedSubObjectives);
    }

    [Fact]
    public void RollUp_WeightedUnequalWeights_UseObjectiveWeight()
    {
        // (3 × 0.4 + 1 × 0.25) / 4 = 1.45 / 4 = 0.3625 against 0.5: 13.75 points behind: OnTrack.
        var evaluation = EvaluateTree(
            Evaluator(RollUpMethod.WeightedProgress), Parent(OnTrackChild(weight: 3), AtRiskChild(weight: 1)), ChildSeries, HalfWay);

        evaluation.RollUp!.Progress.Should().BeApproximately(0.3625, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.Reason.Should().Be(StatusReason.WeightedSubObjectives);
    }

    [Fact]
    public void RollUp_Weighted_SkipsChildrenWithoutProgressAndCountsThem()
    {
        // Only "on-track" has a progress: 0.4 against 0.5, OnTrack; the two others are skipped.
        var evaluation = EvaluateTree(
            Evaluator(RollUpMethod.WeightedProgress), Parent(OnTrackChild(), NoDataChild(), NotStartedChild()), ChildSeries, HalfWay);

        evaluation.RollUp.Should().BeEquivalentTo(new ObjectiveRollUp(RollUpMethod.WeightedProgress, ObjectiveStatus.OnTrack, 0.4, 0.5, 1, 2));
    }

    [Fact]
    public void RollUp_WeightedNoChildHasProgress_FallsBackToTheUngradedStatus()
    {
        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), Parent(NoDataChild(), NotStartedChild()), ChildSeries, HalfWay);

        evaluation.Status.Should().Be(ObjectiveStatus.NotStarted);
        evaluation.Reason.Should().Be(StatusReason.WeightedSubObjectives);
        evaluation.RollUp!.Progress.Should().BeNull();
    }

    [Fact]
    public void RollUp_WeightedReachingOne_IsAchievedBeforeTheDeadline()
    {
        // 2200 → 1.2, counted as 1, and 2000 → 1: (1 + 1) / 2 = 1. Only children that all reach their targets reach 1.
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["a"] = January(2200), ["b"] = January(2000) };

        var evaluation = EvaluateTree(
            Evaluator(RollUpMethod.WeightedProgress), Parent(new Spec { Id = "a" }.Build(), new Spec { Id = "b" }.Build()), series, HalfWay);

        evaluation.RollUp!.Progress.Should().BeApproximately(1, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.Achieved);
        evaluation.Reason.Should().Be(StatusReason.WeightedSubObjectives);
    }

    [Fact]
    public void RollUp_WeightedOverAchievingChild_DoesNotHideAnAtRiskSibling()
    {
        // "ahead" at 2870 is 1.87 of the way, "behind" at 1130 only 0.13 (37 points behind the 0.5 expected: OffTrack).
        // Unclamped, (1.87 + 0.13) / 2 = 1 would make the parent Achieved. Each child counts for at most 1:
        // (1 + 0.13) / 2 = 0.565 against 0.5: OnTrack, and no longer Achieved.
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["ahead"] = January(2870), ["behind"] = January(1130) };
        var parent = Parent(new Spec { Id = "ahead" }.Build(), new Spec { Id = "behind" }.Build());

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, series, HalfWay);

        evaluation.SubObjectives[0].Progress.Should().BeApproximately(1.87, 1e-12, "a child keeps its own, unclamped progress");
        evaluation.SubObjectives[1].Progress.Should().BeApproximately(0.13, 1e-12);
        evaluation.SubObjectives[1].Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.RollUp!.Progress.Should().BeApproximately(0.565, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.Reason.Should().Be(StatusReason.WeightedSubObjectives);
    }

    [Fact]
    public void RollUp_WeightedChildMovingAway_CountsAsZero()
    {
        // "ahead" at 1900 is 0.9 of the way; "away" at 500 is −0.5, counted as 0 (as Perdoo counts negative progress).
        // (0.9 + 0) / 2 = 0.45 against 0.5: OnTrack. Unclamped, (0.9 − 0.5) / 2 = 0.2 would be 30 points behind: AtRisk.
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["ahead"] = January(1900), ["away"] = January(500) };
        var parent = Parent(new Spec { Id = "ahead" }.Build(), new Spec { Id = "away" }.Build());

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, series, HalfWay);

        evaluation.SubObjectives[1].Progress.Should().BeApproximately(-0.5, 1e-12);
        evaluation.RollUp!.Progress.Should().BeApproximately(0.45, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void RollUp_WeightedNestedTree_UsesTheRolledUpProgressOfEachChild()
    {
        // x: 100 days (expected 0.5), 1200 → progress 0.2.  y: 1 January to 19 July, 200 days (expected 50 / 200 = 0.25), 1600 → 0.6.
        // mid (no target, no dates, weight 3): progress (0.2 + 0.6) / 2 = 0.4, expected (0.5 + 0.25) / 2 = 0.375: OnTrack.
        // z (weight 1): 1000 → progress 0, expected 0.5: OffTrack on its own.
        // root (no dates): progress (3 × 0.4 + 1 × 0) / 4 = 0.3, expected (3 × 0.375 + 1 × 0.5) / 4 = 1.625 / 4 = 0.40625.
        // Gap 0.10625: OnTrack, where the weakest status would be OffTrack.
        var x = new Spec { Id = "x" }.Build();
        var y = new Spec { Id = "y", Deadline = new LocalDate(2026, 7, 19) }.Build();
        var mid = new Spec { Id = "mid", Target = null, Start = null, Deadline = null, Weight = 3, SubObjectives = [x, y] }.Build();
        var z = new Spec { Id = "z" }.Build();
        var root = new Spec { Id = "root", Target = null, Start = null, Deadline = null, SubObjectives = [mid, z] }.Build();
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal)
        {
            ["x"] = January(1200), ["y"] = January(1600), ["z"] = January(1000),
        };

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), root, series, HalfWay);

        var midEvaluation = evaluation.SubObjectives[0];
        midEvaluation.SubObjectives[1].ExpectedProgress.Should().Be(0.25);
        midEvaluation.RollUp!.Progress.Should().BeApproximately(0.4, 1e-12);
        midEvaluation.RollUp.ExpectedProgress.Should().BeApproximately(0.375, 1e-12);
        midEvaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.SubObjectives[1].Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.RollUp!.Progress.Should().BeApproximately(0.3, 1e-12);
        evaluation.RollUp.ExpectedProgress.Should().BeApproximately(0.40625, 1e-12);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);

        EvaluateTree(Evaluator(), root, series, HalfWay).Status.Should().Be(ObjectiveStatus.OffTrack);
    }

    [Fact]
    public void RollUp_WeightedParentWithDates_UsesItsOwnExpectedProgress()
    {
        // The parent runs 1 January to 19 July (200 days): 0.25 expected on 19 February, although each child expects 0.5.
        // (0.4 + 0.25) / 2 = 0.325, ahead of 0.25: OnTrack (against the children's 0.5 it would be AtRisk).
        var parent = new Spec
        {
            Id = "global", Target = null, Deadline = new LocalDate(2026, 7, 19), SubObjectives = [OnTrackChild(), AtRiskChild()],
        }.Build();

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, ChildSeries, HalfWay);

        evaluation.RollUp!.ExpectedProgress.Should().Be(0.25);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void RollUp_WeightedAfterTheParentsDeadline_IsFinal()
    {
        // Everything ends on 31 March; on 15 April "a" ended at 2200 (1.2, counted as 1, Achieved) and "b" at 1800 (0.8,
        // Missed): (1 + 0.8) / 2 = 0.9 < 1: Missed, "a" going past its target does not make up for "b".
        // With "b" at 2000 (1): (1 + 1) / 2 = 1: Achieved.
        var deadline = new LocalDate(2026, 3, 31);
        var a = new Spec { Id = "a", Deadline = deadline }.Build();
        var b = new Spec { Id = "b", Deadline = deadline }.Build();
        var parent = new Spec { Id = "global", Target = null, Deadline = deadline, SubObjectives = [a, b] }.Build();
        var asOf = new LocalDate(2026, 4, 15);

        var missed = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal)
        {
            ["a"] = Monthly(2026, 1, 1500, 1900, 2200), ["b"] = Monthly(2026, 1, 1300, 1500, 1800),
        }, asOf);
        var achieved = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal)
        {
            ["a"] = Monthly(2026, 1, 1500, 1900, 2200), ["b"] = Monthly(2026, 1, 1300, 1500, 2000),
        }, asOf);

        missed.IsFinal.Should().BeTrue();
        missed.SubObjectives[1].Status.Should().Be(ObjectiveStatus.Missed);
        missed.RollUp!.Progress.Should().BeApproximately(0.9, 1e-12);
        missed.Status.Should().Be(ObjectiveStatus.Missed);
        missed.Reason.Should().Be(StatusReason.DeadlinePassed);
        achieved.RollUp!.Progress.Should().BeApproximately(1, 1e-12);
        achieved.Status.Should().Be(ObjectiveStatus.Achieved);
        achieved.Reason.Should().Be(StatusReason.DeadlinePassed);
    }

    [Fact]
    public void RollUp_WeightedOnTheParentsDeadlineWithItsPeriodMeasured_IsFinal()
    {
        // The parent has its own series, measured up to March, and the deadline is 31 March: on 31 March its status is final.
        // "a" 2000 (1) and "b" 1800 (0.8): (1 + 0.8) / 2 = 0.9 < 1, Missed (it used to be 10 points behind the 1.0 expected: OnTrack).
        var deadline = new LocalDate(2026, 3, 31);
        var a = new Spec { Id = "a", Deadline = deadline }.Build();
        var b = new Spec { Id = "b", Deadline = deadline }.Build();
        var parent = new Spec { Id = "global", Deadline = deadline, SubObjectives = [a, b] }.Build();
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal)
        {
            ["global"] = Monthly(2026, 1, 1200, 1500, 1900), ["a"] = Monthly(2026, 1, 1500, 1900, 2000), ["b"] = Monthly(2026, 1, 1300, 1500, 1800),
        };

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, series, deadline);

        evaluation.IsFinal.Should().BeTrue();
        evaluation.SubObjectives.Should().OnlyContain(child => child.IsFinal);
        evaluation.Status.Should().Be(ObjectiveStatus.Missed);
        evaluation.Reason.Should().Be(StatusReason.DeadlinePassed);
        evaluation.Explanation.Should().Be("Weighted over the sub-objectives of 'global': the period of the deadline is complete with only 90 % of the way covered.");
    }

    [Fact]
    public void RollUp_WeightedWithoutAnyDeadline_IsOffTrackForNoDeadlineUntilReached()
    {
        var a = new Spec { Id = "a", Deadline = null }.Build();
        var parent = new Spec { Id = "global", Target = null, Deadline = null, SubObjectives = [a] }.Build();
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["a"] = January(1900) };

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, series, HalfWay);

        evaluation.RollUp!.ExpectedProgress.Should().BeNull();
        evaluation.Status.Should().Be(ObjectiveStatus.OffTrack);
        evaluation.Reason.Should().Be(StatusReason.NoDeadline);
    }

    [Fact]
    public void RollUp_WeightedWithoutParentDates_ANotStartedChildDoesNotLowerThePace()
    {
        // The parent has no dates, so the pace is the children's. "at-risk" is 0.25 of the way against 0.5 expected; the
        // not-started child (expected 0, no progress) is left out of both means, so the gap stays 0.25: AtRisk. Averaging
        // its expected 0 in would give a pace of 0.25 and a false OnTrack.
        var parent = new Spec { Id = "global", Target = null, Baseline = null, Start = null, Deadline = null, SubObjectives = [AtRiskChild(), NotStartedChild()] }.Build();
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["at-risk"] = January(1250) };

        var evaluation = EvaluateTree(Evaluator(RollUpMethod.WeightedProgress), parent, series, HalfWay);

        evaluation.RollUp!.Progress.Should().Be(0.25);
        evaluation.RollUp.ExpectedProgress.Should().Be(0.5);
        evaluation.Status.Should().Be(ObjectiveStatus.AtRisk);
    }
}
