using FsCheck;
using FsCheck.Fluent;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public class AudienceGrowthCalculatorTests
{
    private static readonly ReportingPeriod March = ReportingPeriod.Month(2026, 3);

    private static readonly Instant MarchStart = Instant.FromUtc(2026, 3, 1, 0, 0);

    // Start 1,000 at the first instant of March; 1,050 on 15 March; 1,100 on 31 March.
    // The start snapshot's own gains (5 / 1) belong to February and must not be summed.
    private static readonly AudienceHistory Growing = new(
    [
        Snapshot(Instagram, At(2026, 3, 31), 1_100, gained: 60, lost: 10),
        Snapshot(Instagram, MarchStart, 1_000, gained: 5, lost: 1),
        Snapshot(Instagram, At(2026, 3, 15), 1_050, gained: 70, lost: 20),
    ]);

    [Fact]
    public void Analyze_Growing_ByHand()
    {
        var growth = new AudienceGrowthCalculator().Analyze(Growing, March, Instagram);

        growth.StartFollowers.Should().Be(1_000);
        growth.EndFollowers.Should().Be(1_100);
        growth.NetChange.Should().Be(100);          // 1,100 − 1,000
        growth.Gained.Should().Be(130);             // 70 + 60
        growth.Lost.Should().Be(30);                // 20 + 10
        growth.Channel.Should().Be(Instagram);
        growth.Period.Should().Be(March);

        growth.GrowthRateFromStart.Value!.Value.Should().BeApproximately(0.1, 1e-12);        // 100 / 1,000
        growth.GrowthRateFromEnd.Value!.Value.Should().BeApproximately(100.0 / 1_100, 1e-12); // 100 / 1,100 ≈ 0.0909
        growth.GrowthRateFromStart.Inputs.Should().Be(new KpiInputs(100, 1_000, 1));
        growth.GrowthRateFromEnd.Inputs.Should().Be(new KpiInputs(100, 1_100, 1));
        growth.GrowthRateFromStart.Indicator.Should().Be(IndicatorKeys.FollowerGrowthRate);
        growth.GrowthRateFromStart.Unit.Should().Be(IndicatorUnit.Fraction);
        growth.GrowthRateFromStart.Method.Should().Be("(followers at end - followers at start) / followers at start");
        growth.GrowthRateFromEnd.Method.Should().Be("(followers at end - followers at start) / followers at end");
    }

    [Fact]
    public void Analyze_Shrinking_IsNegative()
    {
        var history = new AudienceHistory([Snapshot(Instagram, MarchStart, 1_000), Snapshot(Instagram, At(2026, 3, 20), 900)]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.NetChange.Should().Be(-100);  // 900 − 1,000
        growth.GrowthRateFromStart.Value!.Value.Should().BeApproximately(-0.1, 1e-12);       // −100 / 1,000
        growth.GrowthRateFromEnd.Value!.Value.Should().BeApproximately(-100.0 / 900, 1e-12); // −100 / 900
    }

    [Fact]
    public void Analyze_StartAtZero_FromStartIsZeroDenominator_FromEndHasAValue()
    {
        var history = new AudienceHistory([Snapshot(Instagram, MarchStart, 0), Snapshot(Instagram, At(2026, 3, 20), 50)]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.NetChange.Should().Be(50);
        growth.GrowthRateFromStart.Value.Should().BeNull();
        growth.GrowthRateFromStart.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
        growth.GrowthRateFromEnd.Value!.Value.Should().BeApproximately(1, 1e-12); // 50 / 50
    }

    [Fact]
    public void Analyze_EndAtZero_FromEndIsZeroDenominator()
    {
        var history = new AudienceHistory([Snapshot(Instagram, MarchStart, 40), Snapshot(Instagram, At(2026, 3, 20), 0)]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.GrowthRateFromStart.Value!.Value.Should().BeApproximately(-1, 1e-12); // −40 / 40
        growth.GrowthRateFromEnd.UnavailableReason.Should().Be(KpiUnavailableReason.ZeroDenominator);
    }

    [Fact]
    public void Analyze_StartSnapshotBeforeThePeriod_IsTheLatestAtOrBeforeItsStart()
    {
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, At(2026, 2, 10), 800),
            Snapshot(Instagram, At(2026, 2, 25), 900),
            Snapshot(Instagram, At(2026, 3, 20), 990),
        ]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.StartFollowers.Should().Be(900);
        growth.GrowthRateFromStart.Value!.Value.Should().BeApproximately(0.1, 1e-12); // (990 − 900) / 900
    }

    [Fact]
    public void Analyze_OneSnapshotWithoutGains_GainedIsNull()
    {
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, MarchStart, 1_000),
            Snapshot(Instagram, At(2026, 3, 10), 1_020, gained: 25, lost: 5),
            Snapshot(Instagram, At(2026, 3, 20), 1_030, gained: null, lost: 2),
        ]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.Gained.Should().BeNull("the 20 March snapshot did not report its gains");
        growth.Lost.Should().Be(7); // 5 + 2
        growth.NetChange.Should().Be(30);
    }

    [Fact]
    public void Analyze_SnapshotsAfterThePeriod_AreNotSummed()
    {
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, MarchStart, 1_000),
            Snapshot(Instagram, At(2026, 3, 10), 1_020, gained: 25, lost: 5),
            Snapshot(Instagram, At(2026, 4, 10), 1_500, gained: 500, lost: 20),
        ]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.EndFollowers.Should().Be(1_020);
        growth.Gained.Should().Be(25);
        growth.Lost.Should().Be(5);
    }

    [Fact]
    public void Analyze_NoSnapshotInsideThePeriod_IsMissingCounters()
    {
        var history = new AudienceHistory([Snapshot(Instagram, At(2026, 2, 20), 1_000), Snapshot(Instagram, At(2026, 4, 2), 1_200)]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March, Instagram);

        growth.StartFollowers.Should().BeNull();
        growth.EndFollowers.Should().BeNull();
        growth.NetChange.Should().BeNull();
        growth.Gained.Should().BeNull();
        growth.GrowthRateFromStart.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        growth.GrowthRateFromEnd.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        growth.GrowthRateFromStart.Inputs.Should().Be(new KpiInputs(null, null, 0, 1));
    }

    [Fact]
    public void Analyze_OnlyTheStartSnapshotExactlyAtTheStart_IsMissingCounters()
    {
        var history = new AudienceHistory([Snapshot(Instagram, MarchStart, 1_000)]);

        new AudienceGrowthCalculator().Analyze(history, March, Instagram).GrowthRateFromStart.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void Analyze_NoSnapshotBeforeThePeriod_IsMissingCounters()
    {
        var history = new AudienceHistory([Snapshot(Instagram, At(2026, 3, 5), 1_000), Snapshot(Instagram, At(2026, 3, 25), 1_100)]);

        new AudienceGrowthCalculator().Analyze(history, March, Instagram).GrowthRateFromStart.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
    }

    [Fact]
    public void Analyze_AllChannels_AddsUpChannelsWithBothSnapshots_AndSkipsTheOthers()
    {
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, MarchStart, 1_000, gained: 0, lost: 0),
            Snapshot(Instagram, At(2026, 3, 31), 1_100, gained: 120, lost: 20),
            Snapshot(LinkedIn, At(2026, 2, 28), 500, gained: 0, lost: 0),
            Snapshot(LinkedIn, At(2026, 3, 15), 600, gained: 110, lost: 10),
            Snapshot(Channel.TikTok, At(2026, 3, 10), 10_000), // no start: skipped
        ]);

        var growth = new AudienceGrowthCalculator().Analyze(history, March);

        growth.Channel.Should().BeNull();
        growth.StartFollowers.Should().Be(1_500);   // 1,000 + 500
        growth.EndFollowers.Should().Be(1_700);     // 1,100 + 600
        growth.NetChange.Should().Be(200);
        growth.Gained.Should().Be(230);             // 120 + 110
        growth.Lost.Should().Be(30);                // 20 + 10
        growth.GrowthRateFromStart.Value!.Value.Should().BeApproximately(200.0 / 1_500, 1e-12);
        growth.GrowthRateFromEnd.Value!.Value.Should().BeApproximately(200.0 / 1_700, 1e-12);
        growth.GrowthRateFromStart.Inputs.RecordsUsed.Should().Be(2);
        growth.GrowthRateFromStart.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Analyze_NoSnapshotsAtAll_IsNoData()
    {
        var growth = new AudienceGrowthCalculator().Analyze(AudienceHistory.Empty, March);

        growth.GrowthRateFromStart.UnavailableReason.Should().Be(KpiUnavailableReason.NoData);
        growth.NetChange.Should().BeNull();
    }

    [Fact]
    public void Analyze_DailySnapshotOfTheLastDay_CountsAsInside()
    {
        var paris = new ReportingCalendar(Zones.Paris);
        var history = new AudienceHistory(
        [
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 2, 28), paris, 1_000),
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 15), paris, 1_040, gained: 50, lost: 10),
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 31), paris, 1_100, gained: 70, lost: 10),
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 4, 30), paris, 1_210, gained: 120, lost: 10),
        ]);
        var calculator = new AudienceGrowthCalculator(calendar: paris);

        var march = calculator.Analyze(history, March, Instagram);
        var april = calculator.Analyze(history, ReportingPeriod.Month(2026, 4), Instagram);

        // March: end of 28 February (1,000) → end of 31 March (1,100); gains 50 + 70, losses 10 + 10
        march.StartFollowers.Should().Be(1_000);
        march.EndFollowers.Should().Be(1_100);
        march.Gained.Should().Be(120);
        march.Lost.Should().Be(20);
        march.GrowthRateFromStart.Value!.Value.Should().BeApproximately(0.1, 1e-12); // 100 / 1,000

        // April starts where March ended: 1,100 → 1,210, gains 120 only
        april.StartFollowers.Should().Be(1_100);
        april.EndFollowers.Should().Be(1_210);
        april.Gained.Should().Be(120);
        april.GrowthRateFromStart.Value!.Value.Should().BeApproximately(0.1, 1e-12); // 110 / 1,100
    }

    [Fact]
    public void Calculate_ReturnsTheRateOfTheConfiguredBase()
    {
        var data = new ActivityData(null, [Snapshot(Instagram, MarchStart, 1_000), Snapshot(Instagram, At(2026, 3, 31), 1_100)]);

        var fromStart = new AudienceGrowthCalculator().Calculate(data, March, Instagram);
        var fromEnd = new AudienceGrowthCalculator(new AudienceGrowthOptions { Base = GrowthRateBase.End }).Calculate(data, March, Instagram);

        fromStart.Value!.Value.Should().BeApproximately(0.1, 1e-12);          // 100 / 1,000
        fromEnd.Value!.Value.Should().BeApproximately(100.0 / 1_100, 1e-12);  // 100 / 1,100
    }

    // Two channels each near long.MaxValue: their sums need 65 bits.
    private static readonly AudienceSnapshot[] Huge =
    [
        Snapshot(Instagram, MarchStart, long.MaxValue - 1),
        Snapshot(Instagram, At(2026, 3, 31), long.MaxValue),
        Snapshot(LinkedIn, MarchStart, long.MaxValue - 1),
        Snapshot(LinkedIn, At(2026, 3, 31), long.MaxValue),
    ];

    [Fact]
    public void Calculate_FollowersNearLongMaxValueOnTwoChannels_RateIsExactNotWrapped()
    {
        var data = new ActivityData(null, Huge);

        var fromStart = new AudienceGrowthCalculator().Calculate(data, March);
        var fromEnd = new AudienceGrowthCalculator(new AudienceGrowthOptions { Base = GrowthRateBase.End }).Calculate(data, March);

        // start = 2 × (2^63 − 2) = 2^64 − 4, end = 2 × (2^63 − 1) = 2^64 − 2, net = +2: a tiny positive growth.
        const double start = 18_446_744_073_709_551_612d;
        const double end = 18_446_744_073_709_551_614d;
        fromStart.Value!.Value.Should().BeApproximately(2 / start, 1e-30);
        fromStart.Inputs.Should().Be(new KpiInputs(2, start, 2));
        fromEnd.Value!.Value.Should().BeApproximately(2 / end, 1e-30);
        fromEnd.Inputs.Denominator.Should().Be(end);
    }

    [Fact]
    public void Analyze_FollowersNearLongMaxValueOnTwoChannels_ThrowsNamingTheCountThatDoesNotFit()
    {
        var act = () => new AudienceGrowthCalculator().Analyze(new AudienceHistory(Huge), March);

        act.Should().Throw<OverflowException>()
            .WithMessage("AudienceGrowth.StartFollowers over the channels adds up to 18446744073709551612, beyond what a long can hold (9223372036854775807).");
    }

    [Fact]
    public void Analyze_GainsNearLongMaxValueOnTwoChannels_ThrowsNamingGained()
    {
        // Small audiences, absurd gains: only Gained does not fit.
        var history = new AudienceHistory(
        [
            Snapshot(Instagram, MarchStart, 10),
            Snapshot(Instagram, At(2026, 3, 31), 20, gained: long.MaxValue, lost: 0),
            Snapshot(LinkedIn, MarchStart, 10),
            Snapshot(LinkedIn, At(2026, 3, 31), 20, gained: long.MaxValue, lost: 0),
        ]);

        var act = () => new AudienceGrowthCalculator().Analyze(history, March);

        act.Should().Throw<OverflowException>().WithMessage("AudienceGrowth.Gained over the channels adds up to 18446744073709551614, *");
    }

    [Fact]
    public void Calculate_EndBase_AudienceDividedByTen_IsMinusNineUnderItsOwnKey()
    {
        var data = new ActivityData(null, [Snapshot(Instagram, MarchStart, 1_000), Snapshot(Instagram, At(2026, 3, 31), 100)]);
        var endBase = new AudienceGrowthCalculator(new AudienceGrowthOptions { Base = GrowthRateBase.End });

        var fromEnd = endBase.Calculate(data, March, Instagram);
        var fromStart = new AudienceGrowthCalculator().Calculate(data, March, Instagram);

        // (100 − 1,000) / 100 = −9, below the −1 floor of the start-based rate: another indicator.
        fromEnd.Value.Should().Be(-9);
        fromEnd.Indicator.Should().Be(IndicatorKeys.FollowerGrowthRateEndBase);
        endBase.Indicator.Should().BeSameAs(BuiltInIndicators.FollowerGrowthRateEndBase);
        IndicatorCatalog.BuiltIn.Get(fromEnd.Indicator).IsWithinBounds(-9).Should().BeTrue();

        // (100 − 1,000) / 1,000 = −0.9
        fromStart.Value!.Value.Should().BeApproximately(-0.9, 1e-12);
        fromStart.Indicator.Should().Be(IndicatorKeys.FollowerGrowthRate);
        new AudienceGrowthCalculator().Indicator.Should().BeSameAs(BuiltInIndicators.FollowerGrowthRate);
    }

    [Fact]
    public void Analyze_EachRateCarriesTheKeyOfItsBase()
    {
        var growth = new AudienceGrowthCalculator().Analyze(Growing, March, Instagram);

        growth.GrowthRateFromStart.Indicator.Should().Be(IndicatorKeys.FollowerGrowthRate);
        growth.GrowthRateFromEnd.Indicator.Should().Be(IndicatorKeys.FollowerGrowthRateEndBase);
    }

    [Fact]
    public void Calculate_AnyAudience_ValueIsWithinTheBoundsOfItsIndicatorInTheCatalog()
    {
        var followers = Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(1, 1_000_000)));
        var cases =
            from start in followers
            from end in followers
            from endBase in Gen.Elements(false, true)
            select (Start: start, End: end, Base: endBase ? GrowthRateBase.End : GrowthRateBase.Start);

        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var data = new ActivityData(null, [Snapshot(Instagram, MarchStart, c.Start), Snapshot(Instagram, At(2026, 3, 31), c.End)]);
            var calculator = new AudienceGrowthCalculator(new AudienceGrowthOptions { Base = c.Base });

            var result = calculator.Calculate(data, March, Instagram);

            result.Indicator.Should().Be(calculator.Indicator.Key);
            if (result.Value is { } value)
            {
                IndicatorCatalog.BuiltIn.Get(result.Indicator).IsWithinBounds(value).Should().BeTrue(
                    $"{result.Indicator} = {value} from {c.Start} to {c.End} followers must be within its catalog bounds");
            }
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Constructor_UndefinedBase_ThrowsNamingTheOption()
    {
        var act = () => new AudienceGrowthCalculator(new AudienceGrowthOptions { Base = (GrowthRateBase)4 });

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("AudienceGrowthOptions.Base");
    }
}
