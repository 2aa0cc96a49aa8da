using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

/// <summary>By action, by channel, by period, and through <see cref="IKpiCalculator"/>.</summary>
public partial class ActionRatioCalculatorTests
{
    /// <summary>Two Instagram actions, one Facebook and one LinkedIn, given out of channel order.</summary>
    private static ActionResult[] ChannelMix() =>
    [
        Action("Insta 1", 100m, 250m, channel: Channel.Instagram, clicks: 50),
        Action("Facebook", 200m, 100m, channel: Channel.Facebook, clicks: 400),
        Action("LinkedIn", 50m, 60m, channel: Channel.LinkedIn, clicks: 10),
        Action("Insta 2", 300m, 330m, channel: Channel.Instagram, clicks: 150),
    ];

    [Fact]
    public void CalculateByAction_EachAction_HasItsOwnValueInTheOrderGiven()
    {
        var results = Roi.CalculateByAction(ChannelMix(), March);

        results.Select(r => r.Action).Should().Equal("Insta 1", "Facebook", "LinkedIn", "Insta 2");

        // (250 − 100) / 100 = 1.5; (100 − 200) / 200 = −0.5; (60 − 50) / 50 = 0.2; (330 − 300) / 300 = 0.1
        results[0].Result.Value.Should().BeApproximately(1.5, 1e-12);
        results[1].Result.Value.Should().BeApproximately(-0.5, 1e-12);
        results[2].Result.Value.Should().BeApproximately(0.2, 1e-12);
        results[3].Result.Value.Should().BeApproximately(0.1, 1e-12);
        results.Select(r => r.Result.Channel).Should().Equal(Channel.Instagram, Channel.Facebook, Channel.LinkedIn, Channel.Instagram);
        results.Should().OnlyContain(r => r.Result.Inputs.RecordsUsed == 1 && r.Result.Period == March);
    }

    [Fact]
    public void CalculateByAction_ZeroCostAction_IsUnavailableOnItsOwn()
    {
        var results = Roi.CalculateByAction([Action("Free", 0m, 10m), Action("Paid", 10m, 15m)], March);

        results[0].Result.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);

        // (15 − 10) / 10 = 0.5
        results[1].Result.Value.Should().BeApproximately(0.5, 1e-12);
    }

    [Fact]
    public void CalculateByAction_DifferentCurrencies_DoNotThrow()
    {
        // Each action is its own group, so currencies never meet.
        var results = Roi.CalculateByAction([Action("EU", 100m, 120m, "EUR"), Action("US", 100m, 180m, "USD")], March);

        // (120 − 100) / 100 = 0.2; (180 − 100) / 100 = 0.8
        results[0].Result.Value.Should().BeApproximately(0.2, 1e-12);
        results[1].Result.Value.Should().BeApproximately(0.8, 1e-12);
    }

    [Fact]
    public void CalculateByChannel_Actions_AreGroupedAndOrderedByChannelName()
    {
        var results = Roi.CalculateByChannel(ChannelMix(), March);

        results.Select(r => r.Channel).Should().Equal(Channel.Facebook, Channel.Instagram, Channel.LinkedIn);

        // Facebook: (100 − 200) / 200 = −0.5
        // Instagram: (250 + 330 − (100 + 300)) / 400 = 180 / 400 = 0.45
        // LinkedIn: (60 − 50) / 50 = 0.2
        results[0].Value.Should().BeApproximately(-0.5, 1e-12);
        results[1].Value.Should().BeApproximately(0.45, 1e-12);
        results[1].Inputs.RecordsUsed.Should().Be(2);
        results[2].Value.Should().BeApproximately(0.2, 1e-12);
    }

    [Fact]
    public void CalculateByChannel_CostPerClick_IsRatioOfSumsPerChannelWithCurrency()
    {
        var results = new CostPerClickCalculator().CalculateByChannel(ChannelMix(), March);

        // Facebook: 200 / 400 = 0.5; Instagram: (100 + 300) / (50 + 150) = 2; LinkedIn: 50 / 10 = 5
        results.Select(r => r.Channel).Should().Equal(Channel.Facebook, Channel.Instagram, Channel.LinkedIn);
        results[0].Value.Should().BeApproximately(0.5, 1e-12);
        results[1].Value.Should().BeApproximately(2.0, 1e-12);
        results[2].Value.Should().BeApproximately(5.0, 1e-12);
        results.Should().OnlyContain(r => r.Currency == "EUR");
    }

    [Fact]
    public void CalculateByChannel_TwoCurrenciesInOneChannel_Throws()
    {
        ActionResult[] actions = [Action("EU", 100m, 120m, "EUR"), Action("US", 100m, 180m, "USD")];

        var act = () => Roi.CalculateByChannel(actions, March);

        act.Should().Throw<CurrencyMismatchException>().WithMessage("*'EU' in EUR*'US' in USD*");
    }

    [Fact]
    public void CalculateByChannel_NoAction_IsEmpty()
    {
        Roi.CalculateByChannel([], March).Should().BeEmpty();
    }

    [Fact]
    public void Calculate_ChannelFilter_KeepsThatChannelOnly()
    {
        var result = Roi.Calculate(ChannelMix(), March, Channel.Instagram);

        // (250 + 330 − 400) / 400 = 0.45
        result.Value.Should().BeApproximately(0.45, 1e-12);
        result.Channel.Should().Be(Channel.Instagram);
    }

    [Fact]
    public void Calculate_ChannelWithoutActions_IsNoData()
    {
        var result = Roi.Calculate(ChannelMix(), March, Channel.TikTok);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        result.Channel.Should().Be(Channel.TikTok);
    }

    [Fact]
    public void Calculate_ActionNotInsideThePeriod_IsIgnored()
    {
        ActionResult[] actions =
        [
            Action("March", 100m, 150m, period: MarchWeek),
            Action("Straddling", 100m, 900m, period: ReportingPeriod.Custom(new LocalDate(2026, 3, 25), new LocalDate(2026, 4, 5))),
            Action("April", 100m, 900m, period: ReportingPeriod.Month(2026, 4)),
            Action("Whole quarter", 100m, 900m, period: ReportingPeriod.Quarter(2026, 1)),
        ];

        var march = Roi.Calculate(actions, March);
        var year = Roi.Calculate(actions, ReportingPeriod.Year(2026));

        // March holds only "March": (150 − 100) / 100 = 0.5
        march.Value.Should().BeApproximately(0.5, 1e-12);
        march.Inputs.RecordsUsed.Should().Be(1);
        march.Inputs.RecordsSkipped.Should().Be(0);

        // 2026 holds all four: (150 + 900 × 3 − 400) / 400 = 2,450 / 400 = 6.125
        year.Value.Should().BeApproximately(6.125, 1e-12);
        year.Inputs.RecordsUsed.Should().Be(4);
    }

    [Fact]
    public void CalculateByActionAndByChannel_ActionOutsideThePeriod_AreLeftOut()
    {
        ActionResult[] actions =
        [
            Action("March", 100m, 150m, channel: Channel.Instagram),
            Action("April", 100m, 900m, channel: Channel.Facebook, period: ReportingPeriod.Month(2026, 4)),
        ];

        Roi.CalculateByAction(actions, March).Select(a => a.Action).Should().Equal("March");
        Roi.CalculateByChannel(actions, March).Select(r => r.Channel).Should().Equal(Channel.Instagram);
    }

    [Fact]
    public void Calculate_ThroughKpiCalculatorWithActivityData_ReadsTheActions()
    {
        IKpiCalculator calculator = new CostPerClickCalculator();
        var data = new ActivityData(actions: ChannelMix());

        var all = calculator.Calculate(data, March);
        var instagram = calculator.Calculate(data, March, Channel.Instagram);

        // All: (100 + 200 + 50 + 300) / (50 + 400 + 10 + 150) = 650 / 610 = 1.0655737704918…
        all.Value.Should().BeApproximately(650.0 / 610.0, 1e-12);
        all.Currency.Should().Be("EUR");

        // Instagram: 400 / 200 = 2
        instagram.Value.Should().BeApproximately(2.0, 1e-12);
        calculator.Indicator.Key.Value.Should().Be("cost-per-click");
    }

    [Fact]
    public void Calculate_EmptyActivityData_IsNoData()
    {
        IKpiCalculator calculator = new RoiCalculator();

        calculator.Calculate(ActivityData.Empty, March).UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
    }

    [Fact]
    public void Calculate_NullArguments_ThrowNamingThem()
    {
        FluentActions.Invoking(() => Roi.Calculate((IEnumerable<ActionResult>)null!, March))
            .Should().Throw<ArgumentNullException>().WithParameterName("actions");
        FluentActions.Invoking(() => Roi.Calculate([], null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => Roi.Calculate([Action("A", 1m, 1m), null!], March))
            .Should().Throw<ArgumentException>().WithParameterName("actions").WithMessage("actions must not contain null*");
        FluentActions.Invoking(() => Roi.Calculate((ActivityData)null!, March))
            .Should().Throw<ArgumentNullException>().WithParameterName("data");
    }

    [Fact]
    public void UsesMoney_MoneyCalculators_AreFlagged()
    {
        new RoiCalculator().UsesMoney.Should().BeTrue();
        new CostPerMilleCalculator().UsesMoney.Should().BeTrue();
        new ClickThroughRateCalculator().UsesMoney.Should().BeFalse();
        new ClickConversionRateCalculator().UsesMoney.Should().BeFalse();
    }
}
