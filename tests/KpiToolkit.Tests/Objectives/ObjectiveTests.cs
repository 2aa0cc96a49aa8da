using KpiToolkit.Indicators;
using KpiToolkit.Objectives;

namespace KpiToolkit.Tests.Objectives;

public class ObjectiveTests
{
    private static Objective Leaf(string id, params Objective[] subObjectives) =>
        new(id, "A leaf objective of the tree", BuiltInIndicators.Followers, subObjectives: subObjectives);

    [Fact]
    public void Constructor_AllProperties_AreKept()
    {
        var draft = new ObjectiveDraft();

        var objective = draft.Build();

        objective.Id.Should().Be("followers");
        objective.Statement.Should().Be(draft.Statement);
        objective.Indicator.Should().BeSameAs(BuiltInIndicators.Followers);
        objective.Target.Should().Be(Target.IncreaseTo(3200));
        objective.Baseline.Should().Be(new Baseline(2000, new LocalDate(2026, 11, 30)));
        objective.Start.Should().Be(new LocalDate(2027, 1, 1));
        objective.Deadline.Should().Be(new LocalDate(2027, 3, 31));
        objective.Scope.Should().Be(new ObjectiveScope([Channel.Instagram], "Home cooks aged 25-45"));
        objective.Owner.Should().Be("Social media team");
        objective.BusinessGoal.Should().Be("Grow online revenue by 15 % in 2027");
        objective.SubObjectives.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_OnlyRequiredArguments_LeavesTheRestUnset()
    {
        var objective = new Objective("draft", "Grow", BuiltInIndicators.Followers);

        objective.Target.Should().BeNull();
        objective.Baseline.Should().BeNull();
        objective.Start.Should().BeNull();
        objective.Deadline.Should().BeNull();
        objective.Scope.Should().BeSameAs(ObjectiveScope.None);
        objective.Owner.Should().BeNull();
        objective.BusinessGoal.Should().BeNull();
        objective.SubObjectives.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_TextsWithSurroundingSpaces_AreTrimmed()
    {
        var objective = new Objective(
            "  social  ", "  Grow followers  ", BuiltInIndicators.Followers, owner: " Team ", businessGoal: " Revenue ");

        objective.Id.Should().Be("social");
        objective.Statement.Should().Be("Grow followers");
        objective.Owner.Should().Be("Team");
        objective.BusinessGoal.Should().Be("Revenue");
        objective.ToString().Should().Be("social: Grow followers");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankId_ThrowsNamingId(string id)
    {
        var act = () => new Objective(id, "Grow followers", BuiltInIndicators.Followers);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("id")
            .WithMessage("id must not be empty or whitespace*");
    }

    [Fact]
    public void Constructor_NullId_ThrowsNamingId()
    {
        var act = () => new Objective(null!, "Grow followers", BuiltInIndicators.Followers);

        act.Should().Throw<ArgumentNullException>().WithParameterName("id").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void Constructor_NullStatement_ThrowsNamingStatement()
    {
        var act = () => new Objective("social", null!, BuiltInIndicators.Followers);

        act.Should().Throw<ArgumentNullException>().WithParameterName("statement").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void Constructor_NullIndicator_ThrowsNamingIndicator()
    {
        var act = () => new Objective("social", "Grow followers", null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("indicator").WithMessage("Value cannot be null*");
    }

    [Fact]
    public void Constructor_WhitespaceStatement_IsAllowedAndTrimmedToEmpty()
    {
        var objective = new Objective("social", "   ", BuiltInIndicators.Followers);

        objective.Statement.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_DeadlineBeforeStart_ThrowsNamingDeadlineWithBothDates()
    {
        var act = () => new Objective(
            "social", "Grow followers", BuiltInIndicators.Followers,
            start: new LocalDate(2027, 3, 1), deadline: new LocalDate(2027, 2, 28));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("deadline")
            .WithMessage("deadline (2027-02-28) must not be before start (2027-03-01)*'social'*");
    }

    [Fact]
    public void Constructor_DeadlineOnTheStartDay_IsAllowed()
    {
        var day = new LocalDate(2027, 3, 1);

        var objective = new Objective("social", "Grow followers", BuiltInIndicators.Followers, start: day, deadline: day);

        objective.Start.Should().Be(day);
        objective.Deadline.Should().Be(day);
    }

    [Fact]
    public void Constructor_StartInAnotherCalendar_ThrowsNamingStart()
    {
        var act = () => new Objective(
            "social", "Grow followers", BuiltInIndicators.Followers, start: new LocalDate(2027, 1, 1, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithParameterName("start").WithMessage("start must use the ISO calendar*");
    }

    [Fact]
    public void Constructor_DeadlineInAnotherCalendar_ThrowsNamingDeadline()
    {
        var act = () => new Objective(
            "social", "Grow followers", BuiltInIndicators.Followers, deadline: new LocalDate(2027, 1, 1, CalendarSystem.Julian));

        act.Should().Throw<ArgumentException>().WithParameterName("deadline").WithMessage("deadline must use the ISO calendar*");
    }

    [Fact]
    public void Constructor_WhitespaceOwner_ThrowsNamingOwner()
    {
        var act = () => new Objective("social", "Grow followers", BuiltInIndicators.Followers, owner: "  ");

        act.Should().Throw<ArgumentException>().WithParameterName("owner").WithMessage("*whitespace*");
    }

    [Fact]
    public void Constructor_WhitespaceBusinessGoal_ThrowsNamingBusinessGoal()
    {
        var act = () => new Objective("social", "Grow followers", BuiltInIndicators.Followers, businessGoal: "  ");

        act.Should().Throw<ArgumentException>().WithParameterName("businessGoal").WithMessage("*whitespace*");
    }

    [Fact]
    public void Constructor_SubObjectiveWithTheParentId_ThrowsNamingSubObjectives()
    {
        var act = () => Leaf("global", Leaf("global"));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("subObjectives")
            .WithMessage("The id 'global' appears twice*");
    }

    [Fact]
    public void Constructor_TwoSiblingsWithOneId_ThrowsNamingSubObjectives()
    {
        var act = () => Leaf("global", Leaf("social"), Leaf("social"));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("subObjectives")
            .WithMessage("The id 'social' appears twice*");
    }

    [Fact]
    public void Constructor_DuplicateIdDeepInAnotherBranch_ThrowsNamingSubObjectives()
    {
        // global -> social -> instagram, and global -> blog -> instagram: the clash is two levels down.
        var act = () => Leaf("global", Leaf("social", Leaf("instagram")), Leaf("blog", Leaf("instagram")));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("subObjectives")
            .WithMessage("The id 'instagram' appears twice*");
    }

    [Fact]
    public void Constructor_GrandchildWithTheRootId_ThrowsNamingSubObjectives()
    {
        var act = () => Leaf("global", Leaf("social", Leaf("global")));

        act.Should().Throw<ArgumentException>()
            .WithParameterName("subObjectives")
            .WithMessage("The id 'global' appears twice*");
    }

    [Fact]
    public void Constructor_IdsDifferingOnlyInCase_AreDistinct()
    {
        var objective = Leaf("global", Leaf("Social"), Leaf("social"));

        objective.SubObjectives.Select(o => o.Id).Should().Equal("Social", "social");
    }

    [Fact]
    public void Constructor_NullSubObjective_ThrowsNamingSubObjectives()
    {
        var act = () => new Objective("global", "Grow", BuiltInIndicators.Followers, subObjectives: [Leaf("social"), null!]);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("subObjectives")
            .WithMessage("*must not contain null*");
    }

    [Fact]
    public void SelfAndDescendants_Tree_IsDepthFirstParentsBeforeChildren()
    {
        // global
        // ├── social
        // │   ├── instagram
        // │   └── tiktok
        // └── blog
        //     └── guides
        var global = Leaf("global", Leaf("social", Leaf("instagram"), Leaf("tiktok")), Leaf("blog", Leaf("guides")));

        global.SelfAndDescendants().Select(o => o.Id).Should().Equal("global", "social", "instagram", "tiktok", "blog", "guides");
        global.SubObjectives.Select(o => o.Id).Should().Equal("social", "blog");
    }

    [Fact]
    public void SelfAndDescendants_Leaf_IsItselfOnly()
    {
        var leaf = Leaf("social");

        leaf.SelfAndDescendants().Should().ContainSingle().Which.Should().BeSameAs(leaf);
    }
}
