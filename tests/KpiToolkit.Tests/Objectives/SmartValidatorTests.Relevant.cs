using KpiToolkit.Indicators;
using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    /// <summary>A global objective from 1 January to 30 June 2027 holding <paramref name="sub"/>.</summary>
    private static ObjectiveDraft Global(Objective sub) => new()
    {
        Id = "global",
        Statement = "Turn more website visitors coming from social media into customers",
        Indicator = BuiltInIndicators.WebConversionRate,
        Target = Target.IncreaseTo(0.024),
        Baseline = new Baseline(0.018, new LocalDate(2026, 11, 30)),
        Start = new LocalDate(2027, 1, 1),
        Deadline = new LocalDate(2027, 6, 30),
        Scope = new ObjectiveScope([Channel.Website], "Visitors of the shop"),
        SubObjectives = [sub],
    };

    [Fact]
    public void Validate_NoBusinessGoalAndNoParent_ReportsR01()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { BusinessGoal = null });

        Codes(report).Should().Equal(SmartErrorCodes.BusinessGoalMissing);
        ShouldBe(report.Findings[0], SmartErrorCodes.BusinessGoalMissing, SmartCriterion.Relevant, SmartSeverity.Error, "BusinessGoal", null);
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_SubObjectiveWithoutBusinessGoal_IsRelevantThroughItsParent()
    {
        var sub = new ObjectiveDraft { BusinessGoal = null, Deadline = new LocalDate(2027, 3, 31) }.Build();

        var report = Validate(Global(sub), new ObjectiveDraft().DefaultHistory());

        report.For(Id).Findings.Should().BeEmpty();
        report.For(Id).IsSmart.Should().BeTrue();
    }

    [Fact]
    public void Validate_SubObjectiveEndingAfterItsParent_ReportsR02Warning()
    {
        var sub = new ObjectiveDraft { BusinessGoal = null, Deadline = new LocalDate(2027, 7, 31) }.Build();

        var report = Validate(Global(sub)).For(Id);

        var finding = Of(report, SmartCriterion.Relevant).Should().ContainSingle().Subject;
        ShouldBe(finding, SmartErrorCodes.OutsideParentWindow, SmartCriterion.Relevant, SmartSeverity.Warning, "Deadline", "2027-07-31");
        finding.Message.Should().Contain("after its parent 'global' (2027-06-30)");
        report.IsObjectiveSmart.Should().BeTrue();
    }

    [Fact]
    public void Validate_SubObjectiveStartingBeforeItsParent_ReportsR02Warning()
    {
        var sub = new ObjectiveDraft { BusinessGoal = null, Start = new LocalDate(2026, 12, 20) }.Build();

        var report = Validate(Global(sub)).For(Id);

        var finding = Of(report, SmartCriterion.Relevant).Should().ContainSingle().Subject;
        ShouldBe(finding, SmartErrorCodes.OutsideParentWindow, SmartCriterion.Relevant, SmartSeverity.Warning, "Start", "2026-12-20");
        finding.Message.Should().Contain("before its parent 'global' (2027-01-01)");
    }

    [Fact]
    public void Validate_SubObjectiveOnItsParentsExactDates_IsWithinTheWindow()
    {
        var sub = new ObjectiveDraft { BusinessGoal = null, Deadline = new LocalDate(2027, 6, 30) }.Build();

        var report = Validate(Global(sub)).For(Id);

        Of(report, SmartCriterion.Relevant).Should().BeEmpty();
    }

    [Fact]
    public void Validate_IncreaseOnALowerIsBetterIndicator_ReportsR03Warning()
    {
        // The unsubscribe rate is lower-is-better: raising it from 0.25 to 0.5 is suspicious.
        var draft = new ObjectiveDraft
        {
            Indicator = BuiltInIndicators.EmailUnsubscribeRate,
            Target = Target.IncreaseTo(0.5),
            Baseline = new Baseline(0.25, new LocalDate(2026, 11, 30)),
        };

        var report = Validate(draft);

        var finding = Of(report, SmartCriterion.Relevant).Should().ContainSingle().Subject;
        ShouldBe(finding, SmartErrorCodes.TargetAgainstPolarity, SmartCriterion.Relevant, SmartSeverity.Warning, "Target", "increase to 0.5");
        finding.Message.Should().Contain("raises").And.Contain("lower is better");
        report.IsSmart.Should().BeTrue();
    }

    [Fact]
    public void Validate_DecreaseOnAHigherIsBetterIndicator_ReportsR03Warning()
    {
        var report = Validate(new ObjectiveDraft { Target = Target.DecreaseTo(1000) });

        var finding = Single(report, SmartErrorCodes.TargetAgainstPolarity);
        ShouldBe(finding, SmartErrorCodes.TargetAgainstPolarity, SmartCriterion.Relevant, SmartSeverity.Warning, "Target", "decrease to 1000");
        finding.Message.Should().Contain("lowers").And.Contain("higher is better");
    }

    [Fact]
    public void Validate_RangeTargetOnALowerIsBetterIndicator_HasNoPolarityWarning()
    {
        var draft = new ObjectiveDraft
        {
            Indicator = BuiltInIndicators.EmailUnsubscribeRate,
            Target = Target.KeepWithin(0.2, 0.3),
            Baseline = new Baseline(0.25, new LocalDate(2026, 11, 30)),
        };

        Validate(draft).Findings.Should().NotContain(f => f.Code == SmartErrorCodes.TargetAgainstPolarity);
    }
}
