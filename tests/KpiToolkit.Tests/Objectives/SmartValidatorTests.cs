using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Objectives;

/// <summary>
/// The built-in SMART rules through <see cref="SmartValidator"/>. Each test starts from the fully SMART
/// <see cref="ObjectiveDraft"/> and changes one thing; the partial files group the tests by criterion.
/// </summary>
public partial class SmartValidatorTests
{
    private const string Id = "followers";

    private static SmartReport Validate(
        ObjectiveDraft draft,
        IReadOnlyDictionary<string, MeasurementSeries>? history = null,
        SmartValidationOptions? options = null,
        IClock? clock = null,
        ReportingCalendar? calendar = null) =>
        SmartValidator.CreateDefault(clock ?? ObjectiveDraft.Today(), calendar, options).Validate(draft.Build(), history);

    /// <summary>Validates with the draft's default followers history (best month +450).</summary>
    private static SmartReport ValidateWithHistory(
        ObjectiveDraft draft,
        SmartValidationOptions? options = null,
        IClock? clock = null,
        ReportingCalendar? calendar = null) =>
        Validate(draft, draft.DefaultHistory(), options, clock, calendar);

    private static string[] Codes(SmartReport report) => [.. report.Findings.Select(f => f.Code)];

    private static SmartFinding Single(SmartReport report, string code) =>
        report.Findings.Where(f => f.Code == code).Should().ContainSingle($"one {code} finding is expected").Subject;

    private static IEnumerable<SmartFinding> Of(SmartReport report, SmartCriterion criterion) =>
        report.Findings.Where(f => f.Criterion == criterion);

    private static void ShouldBe(
        SmartFinding finding,
        string code,
        SmartCriterion criterion,
        SmartSeverity severity,
        string? propertyName,
        string? attemptedValue,
        string objectiveId = Id)
    {
        finding.Code.Should().Be(code);
        finding.Criterion.Should().Be(criterion);
        finding.Severity.Should().Be(severity);
        finding.ObjectiveId.Should().Be(objectiveId);
        finding.PropertyName.Should().Be(propertyName);
        finding.AttemptedValue.Should().Be(attemptedValue);
        finding.Message.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Validate_FullySmartObjective_HasNoFindingAtAll()
    {
        var report = ValidateWithHistory(new ObjectiveDraft());

        report.Findings.Should().BeEmpty();
        report.AllFindings.Should().BeEmpty();
        report.SubReports.Should().BeEmpty();
        report.IsObjectiveSmart.Should().BeTrue();
        report.IsSmart.Should().BeTrue();
        report.Objective.Id.Should().Be(Id);
    }

    [Fact]
    public void Validate_NullObjective_ThrowsNamingObjective()
    {
        var validator = SmartValidator.CreateDefault(ObjectiveDraft.Today());

        var act = () => validator.Validate(null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("objective").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void Validate_HistoryOfAnotherIndicator_ThrowsNamingHistory()
    {
        var draft = new ObjectiveDraft();
        var impressions = ObjectiveDraft.Monthly(IndicatorKeys.Impressions, new LocalDate(2026, 8, 1), 1000, 1300);
        var validator = SmartValidator.CreateDefault(ObjectiveDraft.Today());

        var act = () => validator.Validate(draft.Build(), ObjectiveDraft.HistoryOf(Id, impressions));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("history")
            .WithMessage("*'followers'*measures 'impressions'*measured by 'followers'*");
    }

    [Fact]
    public void Validate_HistoryUnderAnotherId_IsNotUsed()
    {
        var draft = new ObjectiveDraft();

        var report = Validate(draft, ObjectiveDraft.HistoryOf("someone-else", ObjectiveDraft.FollowersHistory()));

        Codes(report).Should().Equal(SmartErrorCodes.HistoryMissing);
    }

    [Fact]
    public void Constructor_NullRule_ThrowsNamingRules()
    {
        var act = () => new SmartValidator([new SpecificRule(), null!], ObjectiveDraft.Today(), ReportingCalendar.Utc);

        act.Should().Throw<ArgumentException>().WithParameterName("rules").WithMessage("*must not contain null*");
    }

    [Fact]
    public void Constructor_NullClock_ThrowsNamingClock()
    {
        var act = () => new SmartValidator(BuiltInSmartRules.Create(), null!, ReportingCalendar.Utc);

        act.Should().Throw<ArgumentNullException>().WithParameterName("clock").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void CreateDefault_BuiltInRules_RunInSmartOrder()
    {
        var validator = SmartValidator.CreateDefault(ObjectiveDraft.Today());

        validator.Rules.Select(r => r.GetType()).Should().Equal(
            typeof(SpecificRule), typeof(MeasurableRule), typeof(AchievableRule), typeof(RelevantRule), typeof(TimeBoundRule));
        validator.Rules.Select(r => r.Criterion).Should().Equal(
            SmartCriterion.Specific, SmartCriterion.Measurable, SmartCriterion.Achievable, SmartCriterion.Relevant, SmartCriterion.TimeBound);
    }

    [Fact]
    public void Validate_SeveralProblems_FindingsFollowTheOrderOfTheRules()
    {
        // One problem per criterion, in reverse order of the properties: the report lists them S, M, A, R, T.
        var draft = new ObjectiveDraft
        {
            Deadline = null,
            BusinessGoal = null,
            Baseline = null,
            Owner = null,
        };

        var report = Validate(draft);

        Codes(report).Should().Equal(
            SmartErrorCodes.OwnerMissing,
            SmartErrorCodes.BaselineMissing,
            SmartErrorCodes.AchievabilityNotChecked,
            SmartErrorCodes.BusinessGoalMissing,
            SmartErrorCodes.DeadlineMissing);
        report.IsSmart.Should().BeFalse();
    }
}
