using KpiToolkit.Activity;
using KpiToolkit.Calculators;

namespace KpiToolkit.Tests.Calculators;

public class EngagementCompositionTests
{
    [Fact]
    public void Presets_NameTheirCountersInOrder()
    {
        EngagementComposition.TotalInteractions.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
        EngagementComposition.AllInteractions.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Saves, PostCounter.Clicks);
        EngagementComposition.InstagramFeed.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Saves);
        EngagementComposition.InstagramReels.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Saves, PostCounter.Shares);
        EngagementComposition.LinkedIn.Counters.Should().Equal(PostCounter.Clicks, PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
        EngagementComposition.X.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Clicks);
    }

    [Fact]
    public void Of_KeepsTrimmedNameAndCounters()
    {
        var composition = EngagementComposition.Of("  likes and saves ", PostCounter.Reactions, PostCounter.Saves);

        composition.Name.Should().Be("likes and saves");
        composition.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Saves);
        composition.ToString().Should().Be("likes and saves (Reactions + Saves)");
    }

    [Theory]
    [InlineData(PostCounter.Reach)]
    [InlineData(PostCounter.Impressions)]
    public void Of_ExposureCounter_ThrowsNamingCounters(PostCounter exposure)
    {
        var act = () => EngagementComposition.Of("bad", PostCounter.Reactions, exposure);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "counters")
            .WithMessage($"{exposure} measures exposure, not engagement*");
    }

    [Fact]
    public void Of_Duplicate_ThrowsNamingCounters()
    {
        var act = () => EngagementComposition.Of("twice", PostCounter.Comments, PostCounter.Comments);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "counters")
            .WithMessage("counters must not name a counter twice*");
    }

    [Fact]
    public void Of_Empty_ThrowsNamingCounters()
    {
        var act = () => EngagementComposition.Of("nothing");

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "counters")
            .WithMessage("counters must name at least one counter*");
    }

    [Fact]
    public void Of_UndefinedCounter_ThrowsNamingCounters()
    {
        var act = () => EngagementComposition.Of("odd", (PostCounter)77);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("counters");
    }

    [Fact]
    public void Of_BlankName_ThrowsNamingName()
    {
        var act = () => EngagementComposition.Of(" ", PostCounter.Comments);

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Equality_ByNameAndCounters()
    {
        var composition = EngagementComposition.Of("c", PostCounter.Comments, PostCounter.Shares);

        composition.Should().Be(EngagementComposition.Of("c", PostCounter.Comments, PostCounter.Shares));
        composition.GetHashCode().Should().Be(EngagementComposition.Of("c", PostCounter.Comments, PostCounter.Shares).GetHashCode());
        composition.Should().NotBe(EngagementComposition.Of("c", PostCounter.Shares, PostCounter.Comments));
        composition.Should().NotBe(EngagementComposition.Of("d", PostCounter.Comments, PostCounter.Shares));
        composition.Equals(null).Should().BeFalse();
    }
}
