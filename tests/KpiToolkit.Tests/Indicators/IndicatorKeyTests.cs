using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;

namespace KpiToolkit.Tests.Indicators;

public class IndicatorKeyTests
{
    [Fact]
    public void Constructor_MixedCase_StoresLowerCase()
    {
        var key = new IndicatorKey("Engagement-Rate");

        key.Value.Should().Be("engagement-rate");
        key.ToString().Should().Be("engagement-rate");
        key.IsEmpty.Should().BeFalse();
    }

    [Fact]
    public void Equality_DiffersOnlyByCase_AreEqual()
    {
        (new IndicatorKey("Engagement-Rate") == new IndicatorKey("engagement-rate")).Should().BeTrue();
        new IndicatorKey("ENGAGEMENT-RATE").Should().Be(IndicatorKeys.EngagementRate);
    }

    [Fact]
    public void Equality_HoldsTheEqualityContract()
    {
        EqualityContract.Check(
            new IndicatorKey("Engagement-Rate"),
            new IndicatorKey("engagement-rate"),
            new IndicatorKey("engagement-rates"),
            new IndicatorKey("reach-rate"),
            default);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("roi")]
    [InlineData("1st-touch")]
    [InlineData("web_sessions.v2")]
    [InlineData("A-b_C.9")]
    public void Constructor_ValidText_IsAccepted(string text)
    {
        new IndicatorKey(text).Value.Should().Be(text.ToLowerInvariant());
    }

    [Fact]
    public void Constructor_HundredCharacters_IsAccepted()
    {
        var text = new string('k', 100);

        new IndicatorKey(text).Value.Should().HaveLength(100);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData(" ", "it must start with a letter or a digit")]
    [InlineData(" roi", "it must start with a letter or a digit")]
    [InlineData("-rate", "it must start with a letter or a digit")]
    [InlineData("_rate", "it must start with a letter or a digit")]
    [InlineData("é", "it must start with a letter or a digit")]
    [InlineData("caf\u00e9", "the character 'é' is not allowed*")]
    [InlineData("reach rate", "the character ' ' is not allowed*")]
    [InlineData("reach/rate", "the character '/' is not allowed*")]
    public void Constructor_InvalidText_ThrowsNamingValue(string text, string problem)
    {
        var act = () => new IndicatorKey(text);

        act.Should().Throw<ArgumentException>()
            .WithMessage($"'{text}' is not a valid indicator key: {problem}*")
            .Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Constructor_HundredAndOneCharacters_ThrowsNamingValue()
    {
        var act = () => new IndicatorKey(new string('k', 101));

        act.Should().Throw<ArgumentException>()
            .WithMessage("*it is longer than 100 characters*")
            .Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void Constructor_Null_ThrowsNamingValue()
    {
        var act = () => new IndicatorKey(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("value");
    }

    [Fact]
    public void TryCreate_ValidText_ReturnsLowerCaseKey()
    {
        IndicatorKey.TryCreate("Reach-Rate", out var key).Should().BeTrue();

        key.Value.Should().Be("reach-rate");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-rate")]
    [InlineData("reach rate")]
    [InlineData("é")]
    public void TryCreate_InvalidText_ReturnsFalseAndEmptyKey(string? text)
    {
        IndicatorKey.TryCreate(text, out var key).Should().BeFalse();

        key.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void TryCreate_HundredAndOneCharacters_ReturnsFalse()
    {
        IndicatorKey.TryCreate(new string('k', 101), out _).Should().BeFalse();
    }

    [Fact]
    public void Default_IsEmptyWithEmptyValue()
    {
        IndicatorKey key = default;

        key.IsEmpty.Should().BeTrue();
        key.Value.Should().Be(string.Empty);
        key.ToString().Should().Be(string.Empty);
        key.GetHashCode().Should().Be(default(IndicatorKey).GetHashCode());
    }

    [Fact]
    public void CompareTo_OrdersByLowerCaseText()
    {
        var a = new IndicatorKey("a");
        var upperB = new IndicatorKey("B");

        // Ordinal order of the original text would put "B" (0x42) before "a" (0x61).
        a.CompareTo(upperB).Should().BeNegative();
        upperB.CompareTo(a).Should().BePositive();
        upperB.CompareTo(new IndicatorKey("b")).Should().Be(0);
    }

    [Fact]
    public void CompareTo_DefaultKey_SortsFirst()
    {
        default(IndicatorKey).CompareTo(new IndicatorKey("a")).Should().BeNegative();
        new IndicatorKey("a").CompareTo(default).Should().BePositive();
    }

    [Fact]
    public void Operators_CompareLikeCompareTo()
    {
        var impressions = new IndicatorKey("impressions");
        var reach = new IndicatorKey("reach-rate");
        var reachAgain = new IndicatorKey("Reach-Rate");

        (impressions < reach).Should().BeTrue();
        (reach < impressions).Should().BeFalse();
        (reach > impressions).Should().BeTrue();
        (impressions > reach).Should().BeFalse();
        (reach <= reachAgain).Should().BeTrue();
        (reach >= reachAgain).Should().BeTrue();
        (reach < reachAgain).Should().BeFalse();
        (impressions >= reach).Should().BeFalse();
        (reach <= impressions).Should().BeFalse();
        (reach != impressions).Should().BeTrue();
    }

    [Fact]
    public void Sort_Keys_SortsByText()
    {
        var keys = new[] { new IndicatorKey("roi"), new IndicatorKey("Followers"), new IndicatorKey("impressions") };

        Array.Sort(keys);

        keys.Select(k => k.Value).Should().Equal("followers", "impressions", "roi");
    }
}
