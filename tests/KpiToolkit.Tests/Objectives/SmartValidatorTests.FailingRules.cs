using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    private const string Boom = "boom: the rule broke";

    /// <summary>Throws as soon as it is called.</summary>
    private sealed class ThrowingRule : ISmartRule
    {
        public SmartCriterion Criterion => SmartCriterion.Relevant;

        public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context) => throw new InvalidOperationException(Boom);
    }

    /// <summary>Returns a lazy sequence that throws only when it is enumerated.</summary>
    private sealed class LazilyThrowingRule : ISmartRule
    {
        public SmartCriterion Criterion => SmartCriterion.Relevant;

        public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context)
        {
            if (context.Objective.Id.Length > 0)
            {
                throw new InvalidOperationException(Boom);
            }

            yield return context.Finding(Criterion, "HOST-1", SmartSeverity.Info, "never reached");
        }
    }

    /// <summary>Returns null instead of a sequence.</summary>
    private sealed class NullRule : ISmartRule
    {
        public SmartCriterion Criterion => SmartCriterion.Relevant;

        public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context) => null!;
    }

    /// <summary>Fails only for the objective with the given id.</summary>
    private sealed class FailingForRule(string id) : ISmartRule
    {
        public SmartCriterion Criterion => SmartCriterion.Specific;

        public IEnumerable<SmartFinding> Evaluate(SmartRuleContext context) =>
            context.Objective.Id == id ? throw new InvalidOperationException(Boom) : [];
    }

    private static ISmartRule FailingRule(string kind) => kind switch
    {
        nameof(ThrowingRule) => new ThrowingRule(),
        nameof(LazilyThrowingRule) => new LazilyThrowingRule(),
        _ => new NullRule(),
    };

    /// <summary>The built-in rules with <paramref name="extra"/> between the Achievable and the Relevant ones.</summary>
    private static SmartValidator WithRuleInTheMiddle(ISmartRule extra)
    {
        var builtIn = BuiltInSmartRules.Create();
        return new SmartValidator([builtIn[0], builtIn[1], builtIn[2], extra, builtIn[3], builtIn[4]], ObjectiveDraft.Today(), ReportingCalendar.Utc);
    }

    [Theory]
    [InlineData(nameof(ThrowingRule), "InvalidOperationException: " + Boom)]
    [InlineData(nameof(LazilyThrowingRule), "InvalidOperationException: " + Boom)]
    [InlineData(nameof(NullRule), "InvalidOperationException: Evaluate returned null")]
    public void Validate_RuleThatFails_ReportsX01AndTheOtherRulesStillRun(string kind, string cause)
    {
        // No owner (S04, before the failing rule) and no business goal (R01, after it).
        var draft = new ObjectiveDraft { Owner = null, BusinessGoal = null };

        var report = WithRuleInTheMiddle(FailingRule(kind)).Validate(draft.Build(), draft.DefaultHistory());

        Codes(report).Should().Equal(SmartErrorCodes.OwnerMissing, SmartErrorCodes.RuleFailed, SmartErrorCodes.BusinessGoalMissing);
        var finding = Single(report, SmartErrorCodes.RuleFailed);
        ShouldBe(finding, SmartErrorCodes.RuleFailed, SmartCriterion.Relevant, SmartSeverity.Error, null, null);
        finding.Message.Should().Contain($"The rule {kind} failed").And.Contain(cause);
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_RuleFailingForOneSubObjective_ReportsX01ForThatObjectiveOnly()
    {
        var validator = new SmartValidator([.. BuiltInSmartRules.Create(), new FailingForRule("blog")], ObjectiveDraft.Today(), ReportingCalendar.Utc);

        var report = validator.Validate(CampaignTree());

        report.AllFindings.Where(f => f.Code == SmartErrorCodes.RuleFailed).Should().ContainSingle()
            .Which.Should().Match<SmartFinding>(f => f.ObjectiveId == "blog" && f.Criterion == SmartCriterion.Specific);
        report.For("social").IsSmart.Should().BeTrue();
        report.For("email").IsSmart.Should().BeTrue();
    }
}
