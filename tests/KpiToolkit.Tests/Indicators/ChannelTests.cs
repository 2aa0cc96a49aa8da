using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Indicators;

public class ChannelTests
{
    [Fact]
    public void Constructor_KeepsTheSpellingOfAHostsChannel_ButComparesWithoutCase()
    {
        var channel = new Channel("newsletter B2B");

        channel.Name.Should().Be("newsletter B2B");
        channel.ToString().Should().Be("newsletter B2B");
        (channel == new Channel("Newsletter b2b")).Should().BeTrue();
    }

    [Theory]
    [InlineData("instagram", "Instagram")]
    [InlineData("  LINKEDIN ", "LinkedIn")]
    [InlineData("x", "X")]
    [InlineData("youtube", "YouTube")]
    [InlineData("e-mail", "e-mail")]
    public void Constructor_SpellsABuiltInChannelAsItsProperty(string name, string spelled)
    {
        var channel = new Channel(name);

        channel.Name.Should().Be(spelled);
    }

    [Fact]
    public void Equality_HoldsTheEqualityContract()
    {
        EqualityContract.Check(
            new Channel("instagram"),
            Channel.Instagram,
            Channel.Facebook,
            new Channel("instagram2"),
            default);
    }

    [Fact]
    public void Constructor_SurroundingSpaces_AreTrimmed()
    {
        var channel = new Channel("  Blog \t");

        channel.Name.Should().Be("Blog");
        channel.Should().Be(Channel.Blog);
    }

    [Fact]
    public void Constructor_Null_ThrowsNamingName()
    {
        var act = () => new Channel(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("name");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t\n")]
    public void Constructor_Blank_ThrowsNamingName(string name)
    {
        var act = () => new Channel(name);

        act.Should().Throw<ArgumentException>()
            .WithMessage("name must not be empty or whitespace.*")
            .Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Constructor_HundredAndOneCharacters_ThrowsNamingName()
    {
        var act = () => new Channel(new string('c', 101));

        act.Should().Throw<ArgumentException>()
            .WithMessage("name must be at most 100 characters, but was 101.*")
            .Which.ParamName.Should().Be("name");
    }

    [Fact]
    public void Constructor_HundredCharactersWithSpacesAround_IsAccepted()
    {
        new Channel("  " + new string('c', 100) + "  ").Name.Should().HaveLength(100);
    }

    [Fact]
    public void TryCreate_ValidName_ReturnsTrimmedChannel()
    {
        Channel.TryCreate("  TikTok ", out var channel).Should().BeTrue();

        channel.Name.Should().Be("TikTok");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryCreate_BlankOrNull_ReturnsFalseAndEmptyChannel(string? name)
    {
        Channel.TryCreate(name, out var channel).Should().BeFalse();

        channel.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void TryCreate_TooLong_ReturnsFalse()
    {
        Channel.TryCreate(new string('c', 101), out var channel).Should().BeFalse();

        channel.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Default_IsEmptyWithEmptyName()
    {
        Channel channel = default;

        channel.IsEmpty.Should().BeTrue();
        channel.Name.Should().Be(string.Empty);
        channel.ToString().Should().Be(string.Empty);
        (channel == default(Channel)).Should().BeTrue();
        new Channel("Blog").IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void BuiltInChannels_HaveTheirNames()
    {
        new[] { Channel.Facebook, Channel.Instagram, Channel.LinkedIn, Channel.X, Channel.TikTok, Channel.YouTube, Channel.Blog, Channel.Website, Channel.Email, Channel.Press }
            .Select(c => c.Name)
            .Should().Equal("Facebook", "Instagram", "LinkedIn", "X", "TikTok", "YouTube", "Blog", "Website", "Email", "Press");
    }

    [Fact]
    public void CompareTo_IgnoresCase()
    {
        new Channel("blog").CompareTo(Channel.Instagram).Should().BeNegative();
        new Channel("BLOG").CompareTo(Channel.Blog).Should().Be(0);
        new Channel("instagram").CompareTo(new Channel("Blog")).Should().BePositive();
        default(Channel).CompareTo(Channel.Blog).Should().BeNegative();
    }

    [Fact]
    public void Operators_CompareLikeCompareTo()
    {
        var blog = new Channel("blog");

        (blog < Channel.Instagram).Should().BeTrue();
        (Channel.Instagram > blog).Should().BeTrue();
        (blog <= Channel.Blog).Should().BeTrue();
        (blog >= Channel.Blog).Should().BeTrue();
        (blog > Channel.Blog).Should().BeFalse();
        (Channel.Instagram <= blog).Should().BeFalse();
        (blog != Channel.Blog).Should().BeFalse();
    }

    [Fact]
    public void HashSet_DiffersOnlyByCase_HoldsOne()
    {
        var set = new HashSet<Channel> { new("SPRING-ADS"), new("Spring-Ads"), new("spring-ads") };

        set.Should().ContainSingle().Which.Name.Should().Be("SPRING-ADS");
    }
}
