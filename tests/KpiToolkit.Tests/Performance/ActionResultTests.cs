using KpiToolkit.Activity;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

public class ActionResultTests
{
    [Fact]
    public void Constructor_ValidArguments_KeepsThem()
    {
        var action = new ActionResult(
            "  Spring sale  ", Channel.Facebook, March, new Money(100m, "eur"), new Money(250m, "EUR"), GainKind.Margin,
            impressions: 10_000, clicks: 300, engagements: 450, conversions: 12);

        action.Name.Should().Be("Spring sale");
        action.Channel.Should().Be(Channel.Facebook);
        action.Period.Should().Be(March);
        action.Cost.Should().Be(new Money(100m, "EUR"));
        action.Gain.Should().Be(new Money(250m, "EUR"));
        action.GainKind.Should().Be(GainKind.Margin);
        action.Impressions.Should().Be(10_000);
        action.Clicks.Should().Be(300);
        action.Engagements.Should().Be(450);
        action.Conversions.Should().Be(12);
    }

    [Fact]
    public void Constructor_OptionalFigures_DefaultToUnknown()
    {
        var action = new ActionResult("Ads", Channel.Instagram, March, new Money(0m, "EUR"));

        action.Gain.Should().BeNull();
        action.GainKind.Should().Be(GainKind.Revenue);
        action.Impressions.Should().BeNull();
        action.Clicks.Should().BeNull();
        action.Engagements.Should().BeNull();
        action.Conversions.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_BlankName_ThrowsNamingName(string name)
    {
        var act = () => new ActionResult(name, Channel.Instagram, March, new Money(1m, "EUR"));

        act.Should().Throw<ArgumentException>().WithParameterName("name").WithMessage("name must not be empty or whitespace*");
    }

    [Fact]
    public void Constructor_NullName_ThrowsNamingName()
    {
        var act = () => new ActionResult(null!, Channel.Instagram, March, new Money(1m, "EUR"));

        act.Should().Throw<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Constructor_EmptyChannel_ThrowsNamingChannel()
    {
        var act = () => new ActionResult("Ads", default, March, new Money(1m, "EUR"));

        act.Should().Throw<ArgumentException>().WithParameterName("channel").WithMessage("channel must not be the empty*");
    }

    [Fact]
    public void Constructor_NullPeriod_ThrowsNamingPeriod()
    {
        var act = () => new ActionResult("Ads", Channel.Instagram, null!, new Money(1m, "EUR"));

        act.Should().Throw<ArgumentNullException>().WithParameterName("period");
    }

    [Fact]
    public void Constructor_NegativeCost_ThrowsNamingCost()
    {
        var act = () => new ActionResult("Ads", Channel.Instagram, March, new Money(-0.01m, "EUR"));

        act.Should().Throw<ArgumentException>().WithParameterName("cost").WithMessage("cost must not be negative, but was -0.01 EUR*");
    }

    [Fact]
    public void Constructor_DefaultCost_ThrowsNamingCost()
    {
        var act = () => new ActionResult("Ads", Channel.Instagram, March, default);

        act.Should().Throw<ArgumentException>().WithParameterName("cost").WithMessage("cost must have a currency*");
    }

    [Fact]
    public void Constructor_GainInAnotherCurrency_ThrowsNamingGain()
    {
        var act = () => new ActionResult("Ads", Channel.Instagram, March, new Money(100m, "EUR"), new Money(150m, "USD"));

        act.Should().Throw<ArgumentException>().WithParameterName("gain").WithMessage("gain is in USD but cost in EUR*");
    }

    [Fact]
    public void Constructor_DefaultGain_ThrowsNamingGain()
    {
        var act = () => new ActionResult("Ads", Channel.Instagram, March, new Money(100m, "EUR"), default(Money));

        act.Should().Throw<ArgumentException>().WithParameterName("gain").WithMessage("gain must have a currency*");
    }

    [Fact]
    public void Constructor_NegativeGain_IsAccepted()
    {
        // A refund can make the gain negative; only the cost must not be.
        var action = new ActionResult("Ads", Channel.Instagram, March, new Money(100m, "EUR"), new Money(-20m, "EUR"));

        action.Gain.Should().Be(new Money(-20m, "EUR"));
    }

    [Fact]
    public void Constructor_UndefinedGainKind_ThrowsNamingGainKind()
    {
        var act = () => new ActionResult("Ads", Channel.Instagram, March, new Money(100m, "EUR"), null, (GainKind)42);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("gainKind").WithMessage("*not a defined GainKind*");
    }

    [Theory]
    [InlineData("impressions")]
    [InlineData("clicks")]
    [InlineData("engagements")]
    [InlineData("conversions")]
    public void Constructor_NegativeCount_ThrowsNamingIt(string count)
    {
        var act = () => new ActionResult(
            "Ads",
            Channel.Instagram,
            March,
            new Money(1m, "EUR"),
            impressions: count == "impressions" ? -1 : null,
            clicks: count == "clicks" ? -1 : null,
            engagements: count == "engagements" ? -1 : null,
            conversions: count == "conversions" ? -1 : null);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(count).WithMessage($"{count} must not be negative, but was -1*");
    }

    [Fact]
    public void Constructor_ZeroCountsAndCost_AreAccepted()
    {
        var action = Action("Free post", 0m, 0m, impressions: 0, clicks: 0, engagements: 0, conversions: 0);

        action.Cost.Should().Be(Money.Zero("EUR"));
        action.Clicks.Should().Be(0);
    }
}
