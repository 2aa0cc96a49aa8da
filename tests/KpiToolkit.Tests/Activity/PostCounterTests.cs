using KpiToolkit.Activity;

namespace KpiToolkit.Tests.Activity;

public class PostCounterTests
{
    [Fact]
    public void BuiltInKinds_CoverEveryKindThePlatformsExport_WithUniqueNames()
    {
        PostCounter.BuiltInKinds.Should().HaveCount(30);
        PostCounter.BuiltInKinds.Select(c => c.Name).Should().OnlyHaveUniqueItems();
        PostCounter.BuiltInKinds.Should().OnlyContain(c => c.IsBuiltIn && !c.IsEmpty);
        PostCounter.BuiltInKinds.Take(8).Should().Equal(
            PostCounter.Impressions, PostCounter.Reach, PostCounter.Reactions, PostCounter.Comments,
            PostCounter.Shares, PostCounter.Saves, PostCounter.Clicks, PostCounter.VideoViews);
    }

    [Fact]
    public void Kinds_TellExposuresFromInteractions()
    {
        PostCounter.Impressions.Kind.Should().Be(PostCounterKind.Exposure);
        PostCounter.MediaViews.Kind.Should().Be(PostCounterKind.Exposure, "X does not count media views as engagements");
        PostCounter.Views.Kind.Should().Be(PostCounterKind.Exposure);
        PostCounter.LinkClicks.Kind.Should().Be(PostCounterKind.Interaction);
        PostCounter.WatchTimeSeconds.Kind.Should().Be(PostCounterKind.Duration);
        PostCounter.SubscribersLost.Kind.Should().Be(PostCounterKind.Audience);
    }

    [Fact]
    public void Words_ReadAsInAFormula()
    {
        PostCounter.LinkClicks.Words.Should().Be("link clicks");
        PostCounter.VideoViews.Words.Should().Be("video views");
        PostCounter.LinkClicks.ToString().Should().Be("LinkClicks");
    }

    [Fact]
    public void Define_SameNameTwice_GivesTheSameCounter_IgnoringCase()
    {
        var first = PostCounter.Define("  Newsletter signups ");
        var second = PostCounter.Define("newsletter SIGNUPS");

        second.Should().Be(first);
        first.Name.Should().Be("Newsletter signups");
        first.Words.Should().Be("Newsletter signups");
        first.IsBuiltIn.Should().BeFalse();
        first.Kind.Should().Be(PostCounterKind.Interaction);
        PostCounter.TryFind("NEWSLETTER signups", out var found).Should().BeTrue();
        found.Should().Be(first);
    }

    [Fact]
    public void Define_SameNameWithAnotherKind_ThrowsNamingKind()
    {
        PostCounter.Define("counter test replays", PostCounterKind.Exposure);

        var act = () => PostCounter.Define("counter test replays", PostCounterKind.Interaction);

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "kind")
            .WithMessage("The counter 'counter test replays' is already defined as Exposure, not Interaction*");
    }

    [Fact]
    public void Define_BuiltInName_ThrowsPointingToTheBuiltIn()
    {
        var act = () => PostCounter.Define("linkclicks");

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "name")
            .WithMessage("'linkclicks' is the name of a built-in counter; use PostCounter.LinkClicks*");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Define_BlankName_ThrowsNamingName(string name)
    {
        var act = () => PostCounter.Define(name);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Define_TooLongName_ThrowsNamingName()
    {
        var act = () => PostCounter.Define(new string('a', 101));

        act.Should().Throw<ArgumentException>().Where(e => e.ParamName == "name").WithMessage("name must be at most 100 characters, but was 101*");
    }

    [Fact]
    public void TryFind_UnknownOrBlank_ReturnsFalse()
    {
        PostCounter.TryFind("never defined anywhere", out var counter).Should().BeFalse();
        counter.IsEmpty.Should().BeTrue();
        PostCounter.TryFind(null, out _).Should().BeFalse();
        PostCounter.TryFind(" ", out _).Should().BeFalse();
    }

    [Fact]
    public void Default_IsTheEmptyKind()
    {
        var empty = default(PostCounter);

        empty.IsEmpty.Should().BeTrue();
        empty.Name.Should().BeEmpty();
        empty.IsBuiltIn.Should().BeFalse();
        var kind = () => empty.Kind;
        kind.Should().Throw<InvalidOperationException>();
        empty.Should().NotBe(PostCounter.Impressions);
    }
}
