using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Performance.PerformanceData;

namespace KpiToolkit.Tests.Performance;

public class RoiRankingAnalyzerTests
{
    [Fact]
    public void Rank_DefaultThresholds_RecommendAtAndAroundEachThreshold()
    {
        // Every action costs 100, so ROI = (gain − 100) / 100; given in scrambled order.
        ActionResult[] actions =
        [
            Action("roi 0.19", 100m, 119m),
            Action("roi -0.01", 100m, 99m),
            Action("roi 1.0", 100m, 200m),
            Action("roi 0", 100m, 100m),
            Action("roi 0.99", 100m, 199m),
            Action("roi 0.2", 100m, 120m),
        ];

        var ranking = new RoiRankingAnalyzer().Rank(actions, March);

        ranking.NotRankable.Should().BeEmpty();
        ranking.Ranked.Select(r => (r.Rank, r.Name, r.Recommendation)).Should().Equal(
            (1, "roi 1.0", ActionRecommendation.ScaleUp), // (200 − 100) / 100 = 1.0 ≥ 1.0
            (2, "roi 0.99", ActionRecommendation.Keep), // 0.99 < 1.0 but ≥ 0.2
            (3, "roi 0.2", ActionRecommendation.Keep), // (120 − 100) / 100 = 0.2 ≥ 0.2
            (4, "roi 0.19", ActionRecommendation.Reduce), // 0.19 < 0.2 but ≥ 0
            (5, "roi 0", ActionRecommendation.Reduce), // (100 − 100) / 100 = 0 ≥ 0
            (6, "roi -0.01", ActionRecommendation.Stop)); // (99 − 100) / 100 = −0.01 < 0
        ranking.Ranked[0].Roi.Should().BeApproximately(1.0, 1e-12);
        ranking.Ranked[1].Roi.Should().BeApproximately(0.99, 1e-12);
        ranking.Ranked[2].Roi.Should().BeApproximately(0.2, 1e-12);
        ranking.Ranked[3].Roi.Should().BeApproximately(0.19, 1e-12);
        ranking.Ranked[4].Roi.Should().BeApproximately(0.0, 1e-12);
        ranking.Ranked[5].Roi.Should().BeApproximately(-0.01, 1e-12);
    }

    [Fact]
    public void Rank_RankedAction_CarriesTheActionsFigures()
    {
        var ranking = new RoiRankingAnalyzer().Rank(
            [Action("Spring", 80m, 20m, "usd", Channel.Facebook, gainKind: GainKind.Profit)],
            March);

        // (20 − 80) / 80 = −0.75
        var only = ranking.Ranked.Should().ContainSingle().Subject;
        only.Should().BeEquivalentTo(new
        {
            Rank = 1,
            Name = "Spring",
            Channel = Channel.Facebook,
            Cost = new Money(80m, "USD"),
            Gain = new Money(20m, "USD"),
            GainKind = GainKind.Profit,
            Recommendation = ActionRecommendation.Stop,
        });
        only.Roi.Should().BeApproximately(-0.75, 1e-12);
    }

    [Fact]
    public void Rank_CustomThresholds_AreApplied()
    {
        var options = new RoiRankingOptions { ScaleUpAtOrAbove = 2.0, KeepAtOrAbove = 0.5, ReduceAtOrAbove = -0.5 };
        ActionResult[] actions =
        [
            Action("roi 2.0", 100m, 300m),
            Action("roi 1.5", 100m, 250m),
            Action("roi 0.5", 100m, 150m),
            Action("roi 0.49", 100m, 149m),
            Action("roi -0.5", 100m, 50m),
            Action("roi -0.51", 100m, 49m),
        ];

        var ranking = new RoiRankingAnalyzer(options).Rank(actions, March);

        ranking.Ranked.Select(r => (r.Name, r.Recommendation)).Should().Equal(
            ("roi 2.0", ActionRecommendation.ScaleUp), // (300 − 100) / 100 = 2.0 ≥ 2.0
            ("roi 1.5", ActionRecommendation.Keep), // 1.5 < 2.0 but ≥ 0.5: with the defaults it would scale up
            ("roi 0.5", ActionRecommendation.Keep), // 0.5 ≥ 0.5
            ("roi 0.49", ActionRecommendation.Reduce), // 0.49 < 0.5 but ≥ −0.5
            ("roi -0.5", ActionRecommendation.Reduce), // (50 − 100) / 100 = −0.5 ≥ −0.5: tolerated loss
            ("roi -0.51", ActionRecommendation.Stop)); // −0.51 < −0.5
    }

    [Fact]
    public void Rank_EqualThresholds_AreAccepted()
    {
        var options = new RoiRankingOptions { ScaleUpAtOrAbove = 0.5, KeepAtOrAbove = 0.5, ReduceAtOrAbove = 0.5 };

        var ranking = new RoiRankingAnalyzer(options).Rank([Action("at", 100m, 150m), Action("under", 100m, 149m)], March);

        // 0.5 ≥ 0.5 → ScaleUp; 0.49 is under every threshold → Stop.
        ranking.Ranked.Select(r => r.Recommendation).Should().Equal(ActionRecommendation.ScaleUp, ActionRecommendation.Stop);
    }

    [Fact]
    public void Rank_ZeroCostAndMissingGain_AreListedNotRankableWithTheirReason_ByName()
    {
        ActionResult[] actions =
        [
            Action("Pending", 100m, null, channel: Channel.Facebook),
            Action("Paid", 100m, 150m),
            Action("Free post", 0m, 40m, channel: Channel.LinkedIn),
            Action("Free and pending", 0m, null),
        ];

        var ranking = new RoiRankingAnalyzer().Rank(actions, March);

        ranking.Ranked.Select(r => r.Name).Should().Equal("Paid");
        ranking.NotRankable.Should().Equal(
            new UnrankableAction("Free and pending", Channel.Instagram, UnrankableReason.MissingGain),
            new UnrankableAction("Free post", Channel.LinkedIn, UnrankableReason.ZeroCost),
            new UnrankableAction("Pending", Channel.Facebook, UnrankableReason.MissingGain));
        new RoiRankingAnalyzer().Rank(actions.Reverse(), March).NotRankable.Should().Equal(ranking.NotRankable);
    }

    public static TheoryData<int[]> Orders() => new()
    {
        new[] { 0, 1, 2, 3 },
        new[] { 3, 2, 1, 0 },
        new[] { 2, 0, 3, 1 },
        new[] { 1, 3, 0, 2 },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Rank_EqualRois_TiesBrokenByNetGainThenNameWhateverTheOrder(int[] order)
    {
        // All four have ROI 0.5: (150 − 100) / 100, (300 − 200) / 200, (15 − 10) / 10.
        ActionResult[] actions =
        [
            Action("Beta", 100m, 150m), // net 50
            Action("Big", 200m, 300m), // net 100
            Action("Alpha", 100m, 150m), // net 50
            Action("Small", 10m, 15m), // net 5
        ];

        var ranking = new RoiRankingAnalyzer().Rank(order.Select(i => actions[i]), March);

        ranking.Ranked.Select(r => (r.Rank, r.Name)).Should().Equal((1, "Big"), (2, "Alpha"), (3, "Beta"), (4, "Small"));
        ranking.Ranked.Should().OnlyContain(r => r.Recommendation == ActionRecommendation.Keep);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Rank_EqualRoisInEurAndUsd_NetGainsAreNotComparedAcrossCurrencies(int first, int second)
    {
        // Both ROI 0.5. 500 USD is not "more" than 50 EUR: the tie falls back to the currency code, EUR before USD.
        ActionResult[] actions =
        [
            Action("Austin", 1_000m, 1_500m, "USD"), // net 500 USD
            Action("Zurich", 100m, 150m, "EUR"), // net 50 EUR
        ];

        var ranking = new RoiRankingAnalyzer().Rank([actions[first], actions[second]], March);

        ranking.Ranked.Select(r => (r.Rank, r.Name, r.Cost.Currency)).Should().Equal((1, "Zurich", "EUR"), (2, "Austin", "USD"));
    }

    [Theory]
    [MemberData(nameof(Orders))]
    public void Rank_EqualRoisInSeveralCurrencies_NetGainStillBreaksTiesWithinACurrency(int[] order)
    {
        // All ROI 0.5: (15 − 10) / 10, (300 − 200) / 200, (3,000 − 2,000) / 2,000, (150 − 100) / 100.
        ActionResult[] actions =
        [
            Action("Small", 10m, 15m, "EUR"), // net 5 EUR
            Action("Big", 200m, 300m, "EUR"), // net 100 EUR
            Action("Huge", 2_000m, 3_000m, "USD"), // net 1,000 USD
            Action("Boston", 100m, 150m, "USD"), // net 50 USD
        ];

        var ranking = new RoiRankingAnalyzer().Rank(order.Select(i => actions[i]), March);

        ranking.Ranked.Select(r => r.Name).Should().Equal("Big", "Small", "Huge", "Boston");
    }

    [Fact]
    public void Rank_DifferentCurrencies_AreRankedTogetherEachInItsOwnCurrency()
    {
        ActionResult[] actions =
        [
            Action("Paris", 100m, 150m, "EUR"), // (150 − 100) / 100 = 0.5
            Action("Boston", 200m, 500m, "USD"), // (500 − 200) / 200 = 1.5
            Action("Tokyo", 10_000m, 9_000m, "JPY"), // (9,000 − 10,000) / 10,000 = −0.1
        ];

        var ranking = new RoiRankingAnalyzer().Rank(actions, March);

        ranking.Ranked.Select(r => (r.Name, r.Recommendation, r.Cost.Currency)).Should().Equal(
            ("Boston", ActionRecommendation.ScaleUp, "USD"),
            ("Paris", ActionRecommendation.Keep, "EUR"),
            ("Tokyo", ActionRecommendation.Stop, "JPY"));
        ranking.Ranked[0].Roi.Should().BeApproximately(1.5, 1e-12);
        ranking.Ranked[1].Roi.Should().BeApproximately(0.5, 1e-12);
        ranking.Ranked[2].Roi.Should().BeApproximately(-0.1, 1e-12);
    }

    [Fact]
    public void Rank_ActionsOutsideThePeriod_AreLeftOutEntirely()
    {
        ActionResult[] actions =
        [
            Action("March", 100m, 150m),
            Action("April", 100m, 900m, period: ReportingPeriod.Month(2026, 4)),
            Action("April pending", 100m, null, period: ReportingPeriod.Month(2026, 4)),
            Action("Straddling", 0m, 10m, period: ReportingPeriod.Custom(new LocalDate(2026, 2, 20), new LocalDate(2026, 3, 5))),
        ];

        var ranking = new RoiRankingAnalyzer().Rank(actions, March);

        ranking.Ranked.Select(r => r.Name).Should().Equal("March");
        ranking.NotRankable.Should().BeEmpty();
    }

    [Fact]
    public void Rank_NoAction_IsEmpty()
    {
        var ranking = new RoiRankingAnalyzer().Rank([], March);

        ranking.Ranked.Should().BeEmpty();
        ranking.NotRankable.Should().BeEmpty();
    }

    [Theory]
    [InlineData(1.0, 1.5, 0.0)] // keep above scale up
    [InlineData(1.0, 0.2, 0.5)] // reduce above keep
    [InlineData(0.0, 0.2, 0.0)] // scale up below keep
    public void Constructor_ThresholdsOutOfOrder_ThrowsNamingOptions(double scaleUp, double keep, double reduce)
    {
        var options = new RoiRankingOptions { ScaleUpAtOrAbove = scaleUp, KeepAtOrAbove = keep, ReduceAtOrAbove = reduce };

        var act = () => new RoiRankingAnalyzer(options);

        act.Should().Throw<ArgumentException>()
            .WithParameterName("options")
            .WithMessage("RoiRankingOptions must satisfy ScaleUpAtOrAbove (*) >= KeepAtOrAbove (*) >= ReduceAtOrAbove (*)*");
    }

    [Fact]
    public void Constructor_ThresholdsOutOfOrder_MessageShowsTheValues()
    {
        var options = new RoiRankingOptions { ScaleUpAtOrAbove = 1.0, KeepAtOrAbove = 1.5, ReduceAtOrAbove = -0.25 };

        var act = () => new RoiRankingAnalyzer(options);

        act.Should().Throw<ArgumentException>().WithMessage("*ScaleUpAtOrAbove (1) >= KeepAtOrAbove (1.5) >= ReduceAtOrAbove (-0.25)*");
    }

    [Fact]
    public void Constructor_NonFiniteThreshold_ThrowsNamingIt()
    {
        var act = () => new RoiRankingAnalyzer(new RoiRankingOptions { KeepAtOrAbove = double.NaN });

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("RoiRankingOptions.KeepAtOrAbove").WithMessage("RoiRankingOptions.KeepAtOrAbove must be a finite number*");
    }

    [Fact]
    public void Options_Defaults_AreOneTwoTenthsAndZero()
    {
        var options = new RoiRankingOptions();

        options.ScaleUpAtOrAbove.Should().Be(1.0);
        options.KeepAtOrAbove.Should().Be(0.2);
        options.ReduceAtOrAbove.Should().Be(0.0);
    }

    [Fact]
    public void Rank_NullArguments_ThrowNamingThem()
    {
        var analyzer = new RoiRankingAnalyzer();

        FluentActions.Invoking(() => analyzer.Rank(null!, March)).Should().Throw<ArgumentNullException>().WithParameterName("actions");
        FluentActions.Invoking(() => analyzer.Rank([], null!)).Should().Throw<ArgumentNullException>().WithParameterName("period");
        FluentActions.Invoking(() => analyzer.Rank([null!], March))
            .Should().Throw<ArgumentException>().WithParameterName("actions").WithMessage("actions must not contain null*");
    }
}
