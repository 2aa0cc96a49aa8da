using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_EmptyStatement_ReportsS01AndNotS02(string statement)
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Statement = statement });

        Codes(report).Should().Equal(SmartErrorCodes.StatementEmpty);
        ShouldBe(report.Findings[0], SmartErrorCodes.StatementEmpty, SmartCriterion.Specific, SmartSeverity.Error, "Statement", string.Empty);
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_ThreeWordStatement_ReportsS02WarningAndStaysSmart()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Statement = "Grow our followers" });

        Codes(report).Should().Equal(SmartErrorCodes.StatementTooShort);
        var finding = report.Findings[0];
        ShouldBe(finding, SmartErrorCodes.StatementTooShort, SmartCriterion.Specific, SmartSeverity.Warning, "Statement", "Grow our followers");
        finding.Message.Should().Contain("3 word(s), fewer than 5");
        report.IsObjectiveSmart.Should().BeTrue();
        report.IsSmart.Should().BeTrue();
    }

    [Theory]
    [InlineData("Grow our Instagram followers", true)] // 4 words < 5
    [InlineData("Grow our Instagram followers fast", false)] // 5 words
    [InlineData("  Grow   our\tInstagram \n followers  fast ", false)] // still 5 words, whatever the spacing
    public void Validate_StatementAroundFiveWords_ReportsS02BelowFive(string statement, bool expected)
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Statement = statement });

        report.Findings.Any(f => f.Code == SmartErrorCodes.StatementTooShort).Should().Be(expected);
    }

    [Fact]
    public void Validate_MinimumStatementWordsOption_IsUsed()
    {
        var options = new SmartValidationOptions { MinimumStatementWords = 3 };

        var threeWords = ValidateWithHistory(new ObjectiveDraft { Statement = "Grow our followers" }, options);
        var twoWords = ValidateWithHistory(new ObjectiveDraft { Statement = "Grow followers" }, options);

        threeWords.Findings.Should().BeEmpty();
        Single(twoWords, SmartErrorCodes.StatementTooShort).Message.Should().Contain("2 word(s), fewer than 3");
    }

    [Fact]
    public void Validate_NoChannelNoAudience_ReportsS03()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Scope = ObjectiveScope.None });

        Codes(report).Should().Equal(SmartErrorCodes.ScopeMissing);
        ShouldBe(report.Findings[0], SmartErrorCodes.ScopeMissing, SmartCriterion.Specific, SmartSeverity.Error, "Scope", null);
        report.IsSmart.Should().BeFalse();
    }

    [Fact]
    public void Validate_OnlyAChannelOrOnlyAnAudience_IsEnoughScope()
    {
        ValidateWithHistory(new ObjectiveDraft { Scope = ObjectiveScope.ForChannels(Channel.Instagram) }).Findings.Should().BeEmpty();
        ValidateWithHistory(new ObjectiveDraft { Scope = new ObjectiveScope(audience: "Home cooks") }).Findings.Should().BeEmpty();
    }

    [Fact]
    public void Validate_NoOwner_ReportsS04WarningAndStaysSmart()
    {
        var report = ValidateWithHistory(new ObjectiveDraft { Owner = null });

        Codes(report).Should().Equal(SmartErrorCodes.OwnerMissing);
        ShouldBe(report.Findings[0], SmartErrorCodes.OwnerMissing, SmartCriterion.Specific, SmartSeverity.Warning, "Owner", null);
        report.IsSmart.Should().BeTrue();
    }
}
