using KpiToolkit.Indicators;
using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Objectives;

public partial class SmartValidatorTests
{
    /// <summary>
    /// A global conversion objective for 2027 with three campaign objectives for January to June:
    /// social engagement, blog sessions (no target: not SMART) and e-mail unsubscribes.
    /// </summary>
    private static Objective CampaignTree()
    {
        var january = new LocalDate(2027, 1, 1);
        var june = new LocalDate(2027, 6, 30);
        var baselineDate = new LocalDate(2026, 11, 30);
        var social = new Objective(
            "social", "Raise the Instagram engagement rate of our recipe videos", BuiltInIndicators.EngagementRate,
            Target.IncreaseTo(0.045), new Baseline(0.032, baselineDate), january, june,
            new ObjectiveScope([Channel.Instagram], "Home cooks"), "Social media team");
        var blog = new Objective(
            "blog", "Bring more home cooks to the blog with recipe guides", BuiltInIndicators.WebSessions,
            target: null, new Baseline(18_000, baselineDate), january, june,
            new ObjectiveScope([Channel.Blog]), "Content team");
        var email = new Objective(
            "email", "Lower the newsletter unsubscribe rate with fewer promotions", BuiltInIndicators.EmailUnsubscribeRate,
            Target.DecreaseTo(0.003), new Baseline(0.005, baselineDate), january, june,
            new ObjectiveScope([Channel.Email]), "CRM team");
        return new Objective(
            "global", "Turn more visitors from social, blog and e-mail into customers", BuiltInIndicators.WebConversionRate,
            Target.IncreaseTo(0.024), new Baseline(0.018, baselineDate), january, new LocalDate(2027, 12, 31),
            new ObjectiveScope([Channel.Website]), "Head of digital marketing", "Grow online revenue by 15 % in 2027",
            [social, blog, email]);
    }

    [Fact]
    public void Validate_TreeWithOneNonSmartSubObjective_IsNotSmartAsAWhole()
    {
        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(CampaignTree());

        report.IsSmart.Should().BeFalse();
        report.IsObjectiveSmart.Should().BeTrue();
        report.SubReports.Select(r => r.Objective.Id).Should().Equal("social", "blog", "email");
        report.SubReports.Select(r => r.IsSmart).Should().Equal(true, false, true);
    }

    [Fact]
    public void For_IdOfTheTree_FindsItsReport()
    {
        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(CampaignTree());

        report.For("global").Should().BeSameAs(report);
        report.For("blog").Should().BeSameAs(report.SubReports[1]);
        report.For("blog").Objective.Id.Should().Be("blog");
        report.For("blog").IsObjectiveSmart.Should().BeFalse();
        Codes(report.For("blog")).Should().Equal(SmartErrorCodes.TargetMissing, SmartErrorCodes.AchievabilityNotChecked);
        report.For("blog").Findings.Should().OnlyContain(f => f.ObjectiveId == "blog");
    }

    [Fact]
    public void For_UnknownId_ThrowsKeyNotFound()
    {
        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(CampaignTree());

        var act = () => report.For("tiktok");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*'tiktok'*'global'*");
    }

    [Fact]
    public void For_SiblingFromASubReport_IsNotFound()
    {
        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(CampaignTree());

        var act = () => report.For("blog").For("social");

        act.Should().Throw<KeyNotFoundException>().WithMessage("No objective with the id 'social' is in the report of 'blog'.");
    }

    [Fact]
    public void AllFindings_Tree_ListsParentFindingsBeforeChildren()
    {
        // No history is given, so every objective with a target gets A01; the blog has M01 and A04 instead.
        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(CampaignTree());

        report.AllFindings.Select(f => (f.ObjectiveId, f.Code)).Should().Equal(
            ("global", SmartErrorCodes.HistoryMissing),
            ("social", SmartErrorCodes.HistoryMissing),
            ("blog", SmartErrorCodes.TargetMissing),
            ("blog", SmartErrorCodes.AchievabilityNotChecked),
            ("email", SmartErrorCodes.HistoryMissing));
        report.Findings.Select(f => f.ObjectiveId).Should().Equal("global");
    }

    [Fact]
    public void Validate_Tree_HistoryIsLookedUpPerObjective()
    {
        // Only the social objective gets a history: its engagement rate rose 0.01 a month at best, and
        // 0.032 -> 0.045 over January to June needs 0.013 / 6 (about 0.0022) a month: reachable.
        var history = ObjectiveDraft.HistoryOf(
            "social",
            ObjectiveDraft.Monthly(IndicatorKeys.EngagementRate, new LocalDate(2026, 9, 1), 0.02, 0.03, 0.032));

        var report = SmartValidator.CreateDefault(ObjectiveDraft.Today()).Validate(CampaignTree(), history);

        report.For("social").Findings.Should().BeEmpty();
        Codes(report.For("email")).Should().Equal(SmartErrorCodes.HistoryMissing);
    }
}
