using KpiToolkit.Indicators;
using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    private static ObjectiveDraft OpenRate(Target target, double baseline = 0.25) => new()
    {
        Id = "email-opens",
        Statement = "Raise the open rate of the weekly recipe newsletter",
        Indicator = BuiltInIndicators.EmailOpenRate,
        Target = target,
        Baseline = new Baseline(baseline, new LocalDate(2026, 11, 30)),
        Scope = new ObjectiveScope([Channel.Email], "Newsletter subscribers"),
    };

    [Fact]
    public void Validate_NoTarget_ReportsM01()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Target = null });

        // Without a target achievability cannot be checked either (A04, Info).
        Codes(report).Should().Equal(SmartErrorCodes.TargetMissing, SmartErrorCodes.AchievabilityNotChecked);
        ShouldBe(report.Findings[0], SmartErrorCodes.TargetMissing, SmartCriterion.Measurable, SmartSeverity.Error, "Target", null);
        report.Findings[0].Message.Should().Contain("'Followers'");
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_NoBaseline_ReportsM02()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Baseline = null });

        Codes(report).Should().Equal(SmartErrorCodes.BaselineMissing, SmartErrorCodes.AchievabilityNotChecked);
        ShouldBe(report.Findings[0], SmartErrorCodes.BaselineMissing, SmartCriterion.Measurable, SmartSeverity.Error, "Baseline", null);
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_OpenRateTargetOf45_ReportsM03WithAHintTo045()
    {
        var report = Validate(OpenRate(Target.IncreaseTo(45)));

        // No history was given: the only other finding is A01 (Info).
        Codes(report).Should().Equal(SmartErrorCodes.TargetOutOfBounds, SmartErrorCodes.HistoryMissing);
        var finding = report.Findings[0];
        ShouldBe(finding, SmartErrorCodes.TargetOutOfBounds, SmartCriterion.Measurable, SmartSeverity.Error, "Target", "45", "email-opens");
        finding.Message.Should().Contain("from 0 to 1").And.Contain("write 0.45 for 45 %");
    }

    [Fact]
    public void Validate_RangeWithBothBoundsOutOfBounds_ReportsM03PerBound()
    {
        // 20 % to 45 % written as percentages: both bounds exceed the maximum of 1.
        var report = Validate(OpenRate(Target.KeepWithin(20, 45)));

        report.Findings.Where(f => f.Code == SmartErrorCodes.TargetOutOfBounds)
            .Select(f => f.AttemptedValue).Should().Equal("20", "45");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Validate_OpenRateTargetOnABound_IsWithinBounds(double target)
    {
        var report = Validate(OpenRate(target == 0 ? Target.DecreaseTo(target) : Target.IncreaseTo(target)));

        report.Findings.Should().NotContain(f => f.Code == SmartErrorCodes.TargetOutOfBounds);
    }

    [Fact]
    public void Validate_NegativeCountTarget_ReportsM03WithoutTheRateHint()
    {
        var report = Validate(new ObjectiveDraft { Target = Target.DecreaseTo(-10) });

        var finding = Single(report, SmartErrorCodes.TargetOutOfBounds);
        ShouldBe(finding, SmartErrorCodes.TargetOutOfBounds, SmartCriterion.Measurable, SmartSeverity.Error, "Target", "-10");
        finding.Message.Should().Contain("at least 0").And.NotContain("Rates are fractions");
    }

    [Fact]
    public void Validate_BaselineOutOfBounds_ReportsM04()
    {
        // Followers cannot be negative.
        var report = Validate(new ObjectiveDraft { Baseline = new Baseline(-5, new LocalDate(2026, 11, 30)) });

        Codes(report).Should().Equal(SmartErrorCodes.BaselineOutOfBounds, SmartErrorCodes.HistoryMissing);
        ShouldBe(report.Findings[0], SmartErrorCodes.BaselineOutOfBounds, SmartCriterion.Measurable, SmartSeverity.Error, "Baseline", "-5");
        report.Findings[0].Message.Should().Contain("at least 0");
    }

    [Fact]
    public void Validate_OpenRateBaselineOf32_ReportsM04WithAHintTo032()
    {
        var report = Validate(OpenRate(Target.KeepWithin(0.3, 0.4), baseline: 32));

        var finding = Single(report, SmartErrorCodes.BaselineOutOfBounds);
        ShouldBe(finding, SmartErrorCodes.BaselineOutOfBounds, SmartCriterion.Measurable, SmartSeverity.Error, "Baseline", "32", "email-opens");
        finding.Message.Should().Contain("write 0.32 for 32 %");
    }

    [Fact]
    public void Validate_IncreaseTargetEqualToBaseline_ReportsM05()
    {
        // Target 2000, baseline 2000: no change asked; the Achievable rule has nothing to check.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(2000) });

        Codes(report).Should().Equal(SmartErrorCodes.TargetEqualsBaseline);
        ShouldBe(report.Findings[0], SmartErrorCodes.TargetEqualsBaseline, SmartCriterion.Measurable, SmartSeverity.Error, "Target", "2000");
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_DecreaseTargetEqualToBaseline_ReportsM05()
    {
        var report = Validate(new ObjectiveDraft { Target = Target.DecreaseTo(2000) });

        ShouldBe(Single(report, SmartErrorCodes.TargetEqualsBaseline), SmartErrorCodes.TargetEqualsBaseline, SmartCriterion.Measurable, SmartSeverity.Error, "Target", "2000");
        report.Findings.Should().NotContain(f => f.Code == SmartErrorCodes.TargetAlreadyMet);
    }

    [Fact]
    public void Validate_IncreaseTargetBelowBaseline_ReportsM06()
    {
        // Increase to 1500 from 2000: the baseline already meets the target.
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.IncreaseTo(1500) });

        var measurable = Of(report, SmartCriterion.Measurable).Should().ContainSingle().Subject;
        ShouldBe(measurable, SmartErrorCodes.TargetAlreadyMet, SmartCriterion.Measurable, SmartSeverity.Error, "Target", "1500");
        measurable.Message.Should().Contain("2000").And.Contain("increase to 1500");
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_DecreaseTargetAboveBaseline_ReportsM06()
    {
        // Decrease to 0.5 from 0.25: already below the target.
        var report = Validate(OpenRate(Target.DecreaseTo(0.5)));

        ShouldBe(Single(report, SmartErrorCodes.TargetAlreadyMet), SmartErrorCodes.TargetAlreadyMet, SmartCriterion.Measurable, SmartSeverity.Error, "Target", "0.5", "email-opens");
    }

    [Theory]
    [InlineData(1500, 2500)] // baseline 2000 inside
    [InlineData(2000, 2500)] // baseline on the minimum
    [InlineData(1500, 2000)] // baseline on the maximum
    [InlineData(2000, 2000)] // keep exactly the baseline
    public void Validate_RangeTargetContainingTheBaseline_IsFine(double minimum, double maximum)
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Target = Target.KeepWithin(minimum, maximum) });

        report.Findings.Should().BeEmpty();
        report.IsSmart.Should().BeTrue();
    }
}
