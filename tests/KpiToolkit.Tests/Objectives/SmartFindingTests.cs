using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Objectives;

public class SmartFindingTests
{
    private static SmartFinding Finding(
        string objectiveId = "social",
        SmartCriterion criterion = SmartCriterion.Measurable,
        string code = SmartErrorCodes.TargetOutOfBounds,
        SmartSeverity severity = SmartSeverity.Error,
        string message = "The target 45 is outside the bounds.",
        string? propertyName = "Target",
        string? attemptedValue = "45") =>
        new(objectiveId, criterion, code, severity, message, propertyName, attemptedValue);

    [Fact]
    public void Equality_EveryProperty_Counts()
    {
        EqualityContract.Check(
            Finding(),
            Finding(),
            Finding(objectiveId: "blog"),
            Finding(criterion: SmartCriterion.Specific),
            Finding(code: SmartErrorCodes.BaselineOutOfBounds),
            Finding(severity: SmartSeverity.Warning),
            Finding(message: "Another message."),
            Finding(propertyName: "Baseline"),
            Finding(propertyName: null),
            Finding(attemptedValue: "46"),
            Finding(attemptedValue: null));
    }

    [Fact]
    public void ToString_Finding_ShowsSeverityCodeCriterionIdAndMessage()
    {
        Finding().ToString().Should().Be("Error SMART-M03 (Measurable) social: The target 45 is outside the bounds.");
    }

    [Theory]
    [InlineData("", "SMART-M03", "message", "objectiveId")]
    [InlineData("social", " ", "message", "code")]
    [InlineData("social", "SMART-M03", "", "message")]
    public void Constructor_BlankText_ThrowsNamingIt(string objectiveId, string code, string message, string parameter)
    {
        var act = () => new SmartFinding(objectiveId, SmartCriterion.Measurable, code, SmartSeverity.Error, message);

        act.Should().Throw<ArgumentException>()
            .WithParameterName(parameter)
            .WithMessage($"{parameter} must not be empty or whitespace*");
    }

    [Fact]
    public void Constructor_UndefinedSeverity_ThrowsNamingSeverity()
    {
        var act = () => new SmartFinding("social", SmartCriterion.Measurable, "X-1", (SmartSeverity)42, "message");

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithParameterName("severity")
            .WithMessage("*not a defined SmartSeverity*");
    }
}
