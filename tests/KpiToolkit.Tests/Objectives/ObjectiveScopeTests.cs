using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Objectives;

public class ObjectiveScopeTests
{
    [Fact]
    public void Constructor_SameChannelInOtherCase_KeepsTheFirstSpellingOnce()
    {
        var scope = new ObjectiveScope([Channel.Instagram, new Channel("INSTAGRAM"), Channel.Blog, new Channel("blog")]);

        scope.Channels.Select(c => c.Name).Should().Equal("Instagram", "Blog");
    }

    [Fact]
    public void Constructor_EmptyChannel_ThrowsNamingChannels()
    {
        var act = () => new ObjectiveScope([Channel.Instagram, default]);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("channels")
            .WithMessage("*must not contain the empty (default) channel*");
    }

    [Fact]
    public void Constructor_WhitespaceAudience_ThrowsNamingAudience()
    {
        var act = () => new ObjectiveScope([Channel.Instagram], "   ");

        act.Should().Throw<ArgumentException>()
            .WithParameterName("audience")
            .WithMessage("*whitespace*");
    }

    [Fact]
    public void Constructor_Audience_IsTrimmed()
    {
        new ObjectiveScope(audience: "  Home cooks  ").Audience.Should().Be("Home cooks");
    }

    [Fact]
    public void IsEmpty_NoChannelNoAudience_IsTrue()
    {
        ObjectiveScope.None.IsEmpty.Should().BeTrue();
        new ObjectiveScope().IsEmpty.Should().BeTrue();
        new ObjectiveScope([]).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void IsEmpty_OnlyAChannelOrOnlyAnAudience_IsFalse()
    {
        ObjectiveScope.ForChannels(Channel.Email).IsEmpty.Should().BeFalse();
        new ObjectiveScope(audience: "Newsletter subscribers").IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Equality_SameChannelsInAnyOrderAndCase_AreEqual()
    {
        EqualityContract.Check(
            new ObjectiveScope([Channel.Instagram, Channel.TikTok], "18-34"),
            new ObjectiveScope([new Channel("tiktok"), new Channel("instagram"), Channel.TikTok], "18-34"),
            new ObjectiveScope([Channel.Instagram], "18-34"),
            new ObjectiveScope([Channel.Instagram, Channel.TikTok, Channel.Blog], "18-34"),
            new ObjectiveScope([Channel.Instagram, Channel.Blog], "18-34"),
            new ObjectiveScope([Channel.Instagram, Channel.TikTok], "18-35"),
            new ObjectiveScope([Channel.Instagram, Channel.TikTok]));
    }

    [Fact]
    public void Equality_AudienceIsCaseSensitive()
    {
        new ObjectiveScope(audience: "Home cooks").Should().NotBe(new ObjectiveScope(audience: "home cooks"));
    }

    [Fact]
    public void ToString_ChannelsAndAudience_AreListed()
    {
        new ObjectiveScope([Channel.Instagram, Channel.TikTok], "18-34").ToString().Should().Be("Instagram, TikTok; audience: 18-34");
        ObjectiveScope.None.ToString().Should().Be("all channels");
    }
}
