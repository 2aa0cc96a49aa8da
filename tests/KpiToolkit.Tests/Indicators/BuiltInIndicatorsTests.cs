using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Indicators;

public class BuiltInIndicatorsTests
{
    [Fact]
    public void All_HasDistinctKeys()
    {
        BuiltInIndicators.All.Should().HaveCountGreaterThanOrEqualTo(14);
        BuiltInIndicators.All.Select(i => i.Key).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void All_EachPropertyUsesItsIndicatorKeysConstant()
    {
        BuiltInIndicators.Followers.Key.Should().Be(IndicatorKeys.Followers);
        BuiltInIndicators.FollowerGrowthRate.Key.Should().Be(IndicatorKeys.FollowerGrowthRate);
        BuiltInIndicators.FollowerGrowthRateEndBase.Key.Should().Be(IndicatorKeys.FollowerGrowthRateEndBase);
        BuiltInIndicators.Impressions.Key.Should().Be(IndicatorKeys.Impressions);
        BuiltInIndicators.ConversationRatePerFollower.Key.Should().Be(IndicatorKeys.ConversationRatePerFollower);
        BuiltInIndicators.AmplificationRatePerFollower.Key.Should().Be(IndicatorKeys.AmplificationRatePerFollower);
        BuiltInIndicators.ApplauseRatePerFollower.Key.Should().Be(IndicatorKeys.ApplauseRatePerFollower);
        BuiltInIndicators.ReachRate.Key.Should().Be(IndicatorKeys.ReachRate);
        BuiltInIndicators.EngagementRate.Key.Should().Be(IndicatorKeys.EngagementRate);
        BuiltInIndicators.PostingFrequency.Key.Should().Be(IndicatorKeys.PostingFrequency);
        BuiltInIndicators.MentionVolume.Key.Should().Be(IndicatorKeys.MentionVolume);
        BuiltInIndicators.ShareOfVoice.Key.Should().Be(IndicatorKeys.ShareOfVoice);
        BuiltInIndicators.WebSessions.Key.Should().Be(IndicatorKeys.WebSessions);
        BuiltInIndicators.WebConversionRate.Key.Should().Be(IndicatorKeys.WebConversionRate);
        BuiltInIndicators.EmailOpenRate.Key.Should().Be(IndicatorKeys.EmailOpenRate);
        BuiltInIndicators.EmailClickRate.Key.Should().Be(IndicatorKeys.EmailClickRate);
        BuiltInIndicators.EmailUnsubscribeRate.Key.Should().Be(IndicatorKeys.EmailUnsubscribeRate);
        BuiltInIndicators.ReturnOnInvestment.Key.Should().Be(IndicatorKeys.ReturnOnInvestment);
        IndicatorKeys.ReturnOnInvestment.Value.Should().Be("roi");
    }

    [Fact]
    public void ShareOfVoice_IsEarnedFractionBetweenZeroAndOne()
    {
        var indicator = BuiltInIndicators.ShareOfVoice;

        indicator.Unit.Should().Be(IndicatorUnit.Fraction);
        indicator.MediaType.Should().Be(MediaType.Earned);
        indicator.MinimumValue.Should().Be(0);
        indicator.MaximumValue.Should().Be(1);
    }

    [Fact]
    public void EngagementAndReachRates_CanPassHundredPercent()
    {
        BuiltInIndicators.EngagementRate.MaximumValue.Should().BeNull();
        BuiltInIndicators.ReachRate.MaximumValue.Should().BeNull();
        BuiltInIndicators.ReachRate.IsWithinBounds(1.2).Should().BeTrue();
    }

    [Fact]
    public void EmailUnsubscribeRate_IsLowerIsBetterFractionBetweenZeroAndOne()
    {
        var indicator = BuiltInIndicators.EmailUnsubscribeRate;

        indicator.Polarity.Should().Be(Polarity.LowerIsBetter);
        indicator.Unit.Should().Be(IndicatorUnit.Fraction);
        indicator.Category.Should().Be(IndicatorCategory.Email);
        indicator.MinimumValue.Should().Be(0);
        indicator.MaximumValue.Should().Be(1);
    }

    [Fact]
    public void OtherEmailRates_AreHigherIsBetter()
    {
        BuiltInIndicators.EmailOpenRate.Polarity.Should().Be(Polarity.HigherIsBetter);
        BuiltInIndicators.EmailClickRate.Polarity.Should().Be(Polarity.HigherIsBetter);
    }

    [Fact]
    public void ReturnOnInvestment_IsUnboundedPaidQuarterlyFraction()
    {
        var roi = BuiltInIndicators.ReturnOnInvestment;

        roi.MinimumValue.Should().BeNull();
        roi.MaximumValue.Should().BeNull();
        roi.MediaType.Should().Be(MediaType.Paid);
        roi.DefaultCadence.Should().Be(Cadence.Quarter);
        roi.Category.Should().Be(IndicatorCategory.Financial);
        roi.IsWithinBounds(-0.8).Should().BeTrue();
    }

    [Fact]
    public void FollowerGrowthRate_CannotFallBelowMinusOne()
    {
        BuiltInIndicators.FollowerGrowthRate.MinimumValue.Should().Be(-1);
        BuiltInIndicators.FollowerGrowthRate.IsWithinBounds(-1).Should().BeTrue();
        BuiltInIndicators.FollowerGrowthRate.IsWithinBounds(-1.01).Should().BeFalse();
    }

    [Fact]
    public void FollowerGrowthRateEndBase_HasNoLowerBoundAndAtMostOne()
    {
        // (end − start) / end: 1,000 → 100 gives −9; start 0 gives the maximum, 1.
        var indicator = BuiltInIndicators.FollowerGrowthRateEndBase;

        indicator.Key.Value.Should().Be("follower-growth-rate-end-base");
        indicator.Unit.Should().Be(IndicatorUnit.Fraction);
        indicator.MinimumValue.Should().BeNull();
        indicator.MaximumValue.Should().Be(1);
        indicator.IsWithinBounds(-9).Should().BeTrue();
        indicator.IsWithinBounds(1.01).Should().BeFalse();
    }

    [Fact]
    public void KaushikRates_PerPostAreRatiosAndPerFollowerFractions()
    {
        new[] { BuiltInIndicators.ConversationRate, BuiltInIndicators.AmplificationRate, BuiltInIndicators.ApplauseRate }
            .Should().OnlyContain(i => i.Unit == IndicatorUnit.Ratio && i.MinimumValue == 0);
        new[] { BuiltInIndicators.ConversationRatePerFollower, BuiltInIndicators.AmplificationRatePerFollower, BuiltInIndicators.ApplauseRatePerFollower }
            .Should().OnlyContain(i => i.Unit == IndicatorUnit.Fraction && i.MinimumValue == 0 && i.MaximumValue == null);
    }

    [Fact]
    public void PostingFrequencyAndMentionVolume_AreWeekly()
    {
        BuiltInIndicators.PostingFrequency.DefaultCadence.Should().Be(Cadence.Week);
        BuiltInIndicators.PostingFrequency.Unit.Should().Be(IndicatorUnit.PerPeriod);
        BuiltInIndicators.MentionVolume.DefaultCadence.Should().Be(Cadence.Week);
        BuiltInIndicators.MentionVolume.MediaType.Should().Be(MediaType.Earned);
        BuiltInIndicators.Followers.DefaultCadence.Should().Be(Cadence.Month);
    }

    [Fact]
    public void Counts_AreCountsWithMinimumZero()
    {
        var counts = new[] { BuiltInIndicators.Followers, BuiltInIndicators.Impressions, BuiltInIndicators.MentionVolume, BuiltInIndicators.WebSessions };

        counts.Should().OnlyContain(i => i.Unit == IndicatorUnit.Count);
        BuiltInIndicators.All.Where(i => i.Unit == IndicatorUnit.Count).Should().Contain(counts)
            .And.OnlyContain(i => i.MinimumValue == 0 && i.MaximumValue == null);
    }
}
