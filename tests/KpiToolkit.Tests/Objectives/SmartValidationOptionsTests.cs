using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

public class SmartValidationOptionsTests
{
    [Fact]
    public void Defaults_AreTheDocumentedOnes()
    {
        var options = new SmartValidationOptions();

        options.MinimumStatementWords.Should().Be(5);
        options.AchievabilityTolerance.Should().Be(0);
        options.MinimumHorizon.Should().Be(Period.FromDays(7));
        options.MaximumHorizon.Should().Be(Period.FromYears(3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Create_MinimumStatementWordsBelowOne_ThrowsNamingTheOption(int words)
    {
        var act = () => BuiltInSmartRules.Create(new SmartValidationOptions { MinimumStatementWords = words });

        act.Should().Throw<ArgumentException>()
            .WithParameterName("MinimumStatementWords")
            .WithMessage("MinimumStatementWords must be at least 1*");
    }

    [Fact]
    public void Create_MinimumStatementWordsOfOne_IsAccepted()
    {
        BuiltInSmartRules.Create(new SmartValidationOptions { MinimumStatementWords = 1 }).Should().HaveCount(5);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Create_AchievabilityToleranceNegativeOrNotFinite_ThrowsNamingTheOption(double tolerance)
    {
        var act = () => BuiltInSmartRules.Create(new SmartValidationOptions { AchievabilityTolerance = tolerance });

        act.Should().Throw<ArgumentException>()
            .WithParameterName("AchievabilityTolerance")
            .WithMessage("AchievabilityTolerance must be a finite number of at least 0*");
    }

    [Fact]
    public void Create_MinimumHorizonLongerThanMaximum_ThrowsNamingTheOption()
    {
        var options = new SmartValidationOptions { MinimumHorizon = Period.FromMonths(2), MaximumHorizon = Period.FromDays(30) };

        var act = () => BuiltInSmartRules.Create(options);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("MinimumHorizon")
            .WithMessage("MinimumHorizon (P2M) must not be longer than MaximumHorizon (P30D)*");
    }

    [Fact]
    public void Create_EqualHorizons_AreAccepted()
    {
        var options = new SmartValidationOptions { MinimumHorizon = Period.FromDays(30), MaximumHorizon = Period.FromDays(30) };

        BuiltInSmartRules.Create(options).Should().HaveCount(5);
    }

    [Fact]
    public void Create_NullHorizon_ThrowsNamingTheOption()
    {
        var act = () => BuiltInSmartRules.Create(new SmartValidationOptions { MaximumHorizon = null! });

        act.Should().Throw<ArgumentNullException>().WithParameterName("MaximumHorizon").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void CreateDefault_BadOption_ThrowsNamingTheOption()
    {
        var act = () => SmartValidator.CreateDefault(FakeClock.At(2026, 11, 20), options: new SmartValidationOptions { AchievabilityTolerance = -1 });

        act.Should().Throw<ArgumentException>().WithParameterName("AchievabilityTolerance");
    }

    [Fact]
    public void Create_OptionsChangedAfterwards_DoNotChangeTheRules()
    {
        // The rules copy the options when created; a later change must not leak into them.
        var options = new SmartValidationOptions { MinimumStatementWords = 3 };
        var validator = new SmartValidator(BuiltInSmartRules.Create(options), ObjectiveDraft.Today(), ReportingCalendar.Utc);
        options.MinimumStatementWords = 10;
        var draft = new ObjectiveDraft { Statement = "Grow our followers" };

        var report = validator.Validate(draft.Build(), draft.DefaultHistory());

        report.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Create_BuiltInRules_AreInSmartOrder()
    {
        BuiltInSmartRules.Create().Select(r => r.Criterion).Should().Equal(
            SmartCriterion.Specific, SmartCriterion.Measurable, SmartCriterion.Achievable, SmartCriterion.Relevant, SmartCriterion.TimeBound);
    }
}
