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
        EngagementComposition.LinkedIn.Counters.Should().Equal(PostCounter.Clicks, PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Follows);
        EngagementComposition.LinkedInApi.Counters.Should().Equal(PostCounter.Clicks, PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
        EngagementComposition.XBuffer.Counters.Should().Equal(
            PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Quotes, PostCounter.LinkClicks, PostCounter.ProfileClicks);
        EngagementComposition.FacebookInteractions.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
        EngagementComposition.FacebookEngagedUsers.Counters.Should().Equal(PostCounter.EngagedUsers);
        EngagementComposition.InstagramInteractions.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares, PostCounter.Saves);
        EngagementComposition.YouTube.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Comments, PostCounter.Shares);
    }

    [Fact]
    public void X_IsTheFourteenKindsOfXsEngagementsColumn_WithoutMediaViews()
    {
        EngagementComposition.X.Counters.Should().Equal(
            PostCounter.Shares, PostCounter.Comments, PostCounter.Reactions, PostCounter.ProfileClicks, PostCounter.LinkClicks,
            PostCounter.HashtagClicks, PostCounter.DetailExpands, PostCounter.PermalinkClicks, PostCounter.AppOpens,
            PostCounter.AppInstalls, PostCounter.Follows, PostCounter.EmailShares, PostCounter.PhoneDials, PostCounter.MediaEngagements);
        EngagementComposition.X.Counters.Should().NotContain(PostCounter.MediaViews);
        EngagementComposition.X.PlatformFigure.Should().BeNull();
    }

    [Fact]
    public void PlatformReported_ReadsTheEngagementsFigure_AndAddsNoCounter()
    {
        EngagementComposition.PlatformReported.Counters.Should().BeEmpty();
        EngagementComposition.PlatformReported.PlatformFigure.Should().Be(PlatformFigureNames.Engagements);
        EngagementComposition.PlatformReported.ToString().Should().Be("engagements reported by the platform (the platform's 'engagements')");
    }

    [Fact]
    public void FromPlatformFigure_KeepsTheFigureName()
    {
        var composition = EngagementComposition.FromPlatformFigure(" Meta interactions ", " interactions ");

        composition.Name.Should().Be("Meta interactions");
        composition.PlatformFigure.Should().Be("interactions");
        composition.Should().NotBe(EngagementComposition.FromPlatformFigure("Meta interactions", "engagements"));
    }

    [Fact]
    public void Of_HostDefinedCounter_IsAccepted()
    {
        var signups = PostCounter.Define("composition test signups");

        EngagementComposition.Of("signups", signups, PostCounter.Comments).Counters.Should().Equal(signups, PostCounter.Comments);
    }

    [Fact]
    public void Of_Duration_ThrowsNamingCounters()
    {
        var act = () => EngagementComposition.Of("watch", PostCounter.WatchTimeSeconds);

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "counters")
            .WithMessage("WatchTimeSeconds measures time, not engagement*");
    }

    [Fact]
    public void Of_KeepsTrimmedNameAndCounters()
    {
        var composition = EngagementComposition.Of("  likes and saves ", PostCounter.Reactions, PostCounter.Saves);

        composition.Name.Should().Be("likes and saves");
        composition.Counters.Should().Equal(PostCounter.Reactions, PostCounter.Saves);
        composition.ToString().Should().Be("likes and saves (Reactions + Saves)");
    }

    public static TheoryData<string> ExposureCounters => ["Reach", "Impressions", "Views", "VideoViews", "MediaViews"];

    [Theory]
    [MemberData(nameof(ExposureCounters))]
    public void Of_ExposureCounter_ThrowsNamingCounters(string name)
    {
        PostCounter.TryFind(name, out var exposure).Should().BeTrue();

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
    public void Of_EmptyCounter_ThrowsNamingCounters()
    {
        var act = () => EngagementComposition.Of("odd", default(PostCounter));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("counters");
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
