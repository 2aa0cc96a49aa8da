using KpiToolkit.Activity;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

public class EmailCampaignReportTests
{
    [Fact]
    public void Constructor_DeliveredNull_IsComputedFromTheBounces()
    {
        var report = new EmailCampaignReport(" March news ", MarchNoon(10), sent: 1_000, uniqueOpens: 300, uniqueClicks: 40, hardBounces: 20, softBounces: 30);

        // 1,000 − 20 − 30 = 950
        report.Delivered.Should().Be(950);
        report.Bounces.Should().Be(50);
        report.Campaign.Should().Be("March news");
        report.SentAt.Should().Be(MarchNoon(10));
        report.Sent.Should().Be(1_000);
        report.UniqueOpens.Should().Be(300);
        report.UniqueClicks.Should().Be(40);
        report.HardBounces.Should().Be(20);
        report.SoftBounces.Should().Be(30);
        report.MachineOpens.Should().BeNull();
        report.Unsubscribes.Should().BeNull();
        report.Complaints.Should().BeNull();
    }

    [Fact]
    public void Constructor_DeliveredGiven_BouncesAreSentMinusDelivered()
    {
        var report = new EmailCampaignReport("News", MarchNoon(10), sent: 1_000, uniqueOpens: 300, uniqueClicks: 40, delivered: 970, unsubscribes: 3, complaints: 1);

        // 1,000 − 970 = 30
        report.Delivered.Should().Be(970);
        report.Bounces.Should().Be(30);
        report.Unsubscribes.Should().Be(3);
        report.Complaints.Should().Be(1);
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(20L, null)]
    [InlineData(null, 30L)]
    public void Constructor_NeitherDeliveredNorBothBounces_ThrowsNamingDelivered(long? hard, long? soft)
    {
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, hardBounces: hard, softBounces: soft);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("delivered")
            .WithMessage("Give delivered, or both hardBounces and softBounces*");
    }

    [Fact]
    public void Constructor_MoreDeliveredThanSent_ThrowsNamingDelivered()
    {
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, delivered: 1_001);

        act.Should().Throw<ArgumentException>().WithParameterName("delivered").WithMessage("delivered (1001) must be between 0 and sent (1000)*");
    }

    [Fact]
    public void Constructor_MoreBouncesThanSent_ThrowsNamingDelivered()
    {
        // 100 − 80 − 30 = −10 delivered.
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 100, 0, 0, hardBounces: 80, softBounces: 30);

        act.Should().Throw<ArgumentException>().WithParameterName("delivered").WithMessage("delivered (-10) must be between 0 and sent (100)*");
    }

    [Fact]
    public void Constructor_DeliveredAndBothBouncesDisagree_ThrowsNamingDeliveredAndTheValues()
    {
        // 1,000 − 20 − 30 = 950, not 970.
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, delivered: 970, hardBounces: 20, softBounces: 30);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("delivered")
            .WithMessage("delivered (970) must equal sent - hardBounces - softBounces (1000 - 20 - 30 = 950) when both bounce counts are given*");
    }

    [Fact]
    public void Constructor_DeliveredAndBothBouncesAgree_IsAccepted()
    {
        var report = new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, delivered: 950, hardBounces: 20, softBounces: 30);

        report.Delivered.Should().Be(950);
        report.Bounces.Should().Be(50);
    }

    [Theory]
    [InlineData(20L, null, "hardBounces", 20L)]
    [InlineData(null, 30L, "softBounces", 30L)]
    public void Constructor_DeliveredPlusTheOneBounceCountAboveSent_ThrowsNamingDelivered(long? hard, long? soft, string name, long bounces)
    {
        // 990 delivered leaves room for 10 bounces of 1,000 sent, not 20 or 30.
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, delivered: 990, hardBounces: hard, softBounces: soft);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("delivered")
            .WithMessage($"delivered (990) plus {name} ({bounces}) cannot exceed sent (1000)*");
    }

    [Fact]
    public void Constructor_DeliveredWithOneBounceCountThatFits_IsAccepted()
    {
        // The other bounce count is not reported: 1,000 − 950 − 20 = 30 may be soft bounces.
        var report = new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, delivered: 950, hardBounces: 20);

        report.Delivered.Should().Be(950);
        report.SoftBounces.Should().BeNull();
    }

    [Fact]
    public void Constructor_UniqueOpensAboveDelivered_ThrowsNamingUniqueOpens()
    {
        // 1,500 opens of 1,000 delivered would be an open rate of 1.5.
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 1_000, 1_500, 40, delivered: 1_000);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("uniqueOpens")
            .WithMessage("uniqueOpens (1500) cannot exceed delivered (1000)*");
    }

    [Fact]
    public void Constructor_UniqueClicksAboveDelivered_ThrowsNamingUniqueClicks()
    {
        // Delivered computed from the bounces: 100 − 10 − 10 = 80.
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 100, 50, 81, hardBounces: 10, softBounces: 10);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("uniqueClicks")
            .WithMessage("uniqueClicks (81) cannot exceed delivered (80)*");
    }

    [Theory]
    [InlineData(81L, null, "unsubscribes")]
    [InlineData(null, 81L, "complaints")]
    public void Constructor_UnsubscribesOrComplaintsAboveDelivered_ThrowNamingThem(long? unsubscribes, long? complaints, string name)
    {
        // Delivered computed from the bounces: 100 − 10 − 10 = 80; an unsubscribe rate above 1 would follow.
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 100, 50, 20, hardBounces: 10, softBounces: 10, unsubscribes: unsubscribes, complaints: complaints);

        act.Should().Throw<ArgumentException>()
            .WithParameterName(name)
            .WithMessage($"{name} (81) cannot exceed delivered (80)*");
    }

    [Fact]
    public void Constructor_OpensAndClicksEqualToDelivered_AreAccepted()
    {
        var report = new EmailCampaignReport("News", MarchNoon(10), 100, 80, 80, hardBounces: 10, softBounces: 10);

        report.UniqueOpens.Should().Be(report.Delivered);
        report.UniqueClicks.Should().Be(report.Delivered);
    }

    [Fact]
    public void Constructor_MachineOpensAboveUniqueOpens_ThrowsNamingMachineOpens()
    {
        var act = () => new EmailCampaignReport("News", MarchNoon(10), 1_000, 300, 40, delivered: 950, machineOpens: 301);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("machineOpens")
            .WithMessage("machineOpens (301) cannot exceed uniqueOpens (300)*");
    }

    [Fact]
    public void Constructor_ClicksAboveOpens_IsAccepted()
    {
        // Images blocked: clicks without a recorded open.
        var report = new EmailCampaignReport("News", MarchNoon(10), 1_000, 50, 60, delivered: 950);

        report.UniqueClicks.Should().BeGreaterThan(report.UniqueOpens);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_BlankCampaign_ThrowsNamingCampaign(string campaign)
    {
        var act = () => new EmailCampaignReport(campaign, MarchNoon(10), 1_000, 300, 40, delivered: 950);

        act.Should().Throw<ArgumentException>().WithParameterName("campaign").WithMessage("campaign must not be empty*");
    }

    [Theory]
    [InlineData("sent")]
    [InlineData("uniqueOpens")]
    [InlineData("uniqueClicks")]
    [InlineData("delivered")]
    [InlineData("hardBounces")]
    [InlineData("softBounces")]
    [InlineData("machineOpens")]
    [InlineData("unsubscribes")]
    [InlineData("complaints")]
    public void Constructor_NegativeCount_ThrowsNamingIt(string count)
    {
        long? Value(string name, long? otherwise) => name == count ? -1 : otherwise;

        var act = () => new EmailCampaignReport(
            "News",
            MarchNoon(10),
            Value("sent", 1_000)!.Value,
            Value("uniqueOpens", 300)!.Value,
            Value("uniqueClicks", 40)!.Value,
            delivered: Value("delivered", 950),
            hardBounces: Value("hardBounces", null),
            softBounces: Value("softBounces", null),
            machineOpens: Value("machineOpens", null),
            unsubscribes: Value("unsubscribes", null),
            complaints: Value("complaints", null));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(count).WithMessage($"{count} must not be negative*");
    }
}
