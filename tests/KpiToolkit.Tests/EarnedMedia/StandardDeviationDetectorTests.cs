using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public class StandardDeviationDetectorTests
{
    [Fact]
    public void Detect_ClearSpike_IsFlaggedWithHandComputedFigures()
    {
        var verdicts = new StandardDeviationDetector().Detect(Daily(10, 12, 11, 9, 10, 11, 12, 40));

        var spike = verdicts[7];

        // Window 10, 12, 11, 9, 10, 11, 12: sum 75, mean 75/7 = 10.714285714285714.
        // Squared deviations (in 49ths): 25 + 81 + 4 + 144 + 25 + 4 + 81 = 364, so Σ = 364/49 = 7.428571…
        // Sample variance 364/49/6 = 26/21 = 1.2380952380952381, σ = √(26/21) = 1.1126972805283737.
        // z = (40 − 75/7) / σ = (205/7) / 1.1126972805283737 = 26.31957028942114.
        // Thresholds (K = 2): 10.714285714285714 ± 2.2253945610567474 = 12.939680275342461 and 8.488891153228966.
        spike.Period.Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 8)));
        spike.Observed.Should().Be(40);
        spike.Status.Should().Be(AnomalyStatus.Evaluated);
        spike.HistoryUsed.Should().Be(7);
        spike.Baseline!.Value.Should().BeApproximately(10.714285714285714, 1e-9);
        spike.Spread!.Value.Should().BeApproximately(1.1126972805283737, 1e-9);
        spike.Score!.Value.Should().BeApproximately(26.31957028942114, 1e-9);
        spike.UpperThreshold!.Value.Should().BeApproximately(12.939680275342461, 1e-9);
        spike.LowerThreshold!.Value.Should().BeApproximately(8.488891153228966, 1e-9);
        spike.Direction.Should().Be(VolumeDirection.Spike);
        spike.IsFlagged.Should().BeTrue();
    }

    [Fact]
    public void Detect_ClearDrop_IsFlaggedWithHandComputedFigures()
    {
        var verdicts = new StandardDeviationDetector().Detect(Daily(30, 32, 31, 29, 30, 31, 32, 2));

        var drop = verdicts[7];

        // Window 30, 32, 31, 29, 30, 31, 32: the spike's window + 20, so mean 215/7 = 30.714285714285715 and
        // the same σ = √(26/21) = 1.1126972805283737.
        // z = (2 − 215/7) / σ = (−201/7) / 1.1126972805283737 = −25.806017698408052.
        // Thresholds: 30.714285714285715 ± 2.2253945610567474 = 32.93968027534246 and 28.48889115322897.
        drop.Status.Should().Be(AnomalyStatus.Evaluated);
        drop.Baseline!.Value.Should().BeApproximately(30.714285714285715, 1e-9);
        drop.Spread!.Value.Should().BeApproximately(1.1126972805283737, 1e-9);
        drop.Score!.Value.Should().BeApproximately(-25.806017698408052, 1e-9);
        drop.UpperThreshold!.Value.Should().BeApproximately(32.93968027534246, 1e-9);
        drop.LowerThreshold!.Value.Should().BeApproximately(28.48889115322897, 1e-9);
        drop.Direction.Should().Be(VolumeDirection.Drop);
        drop.IsFlagged.Should().BeTrue();
    }

    [Fact]
    public void Detect_WithinThresholds_IsEvaluatedButNotFlagged()
    {
        var verdict = new StandardDeviationDetector().Detect(Daily(10, 12, 11, 9, 10, 11, 12, 12))[7];

        // z = (12 − 75/7) / √(26/21) = (9/7) / 1.1126972805283737 = 1.155493329779465 < 2.
        verdict.Status.Should().Be(AnomalyStatus.Evaluated);
        verdict.Score!.Value.Should().BeApproximately(1.155493329779465, 1e-9);
        verdict.Direction.Should().Be(VolumeDirection.None);
        verdict.IsFlagged.Should().BeFalse();
    }

    [Fact]
    public void Detect_HigherK_NeedsALargerDeparture()
    {
        var series = Daily(10, 12, 11, 9, 10, 11, 12, 14);

        // z = (14 − 75/7) / √(26/21) = (23/7) / 1.1126972805283737 = 2.952927398325299: above 2, below 3.
        new StandardDeviationDetector().Detect(series)[7].Direction.Should().Be(VolumeDirection.Spike);
        new StandardDeviationDetector(new StandardDeviationDetectorOptions { K = 3 }).Detect(series)[7].Direction.Should().Be(VolumeDirection.None);
    }

    [Fact]
    public void Name_DescribesTheMethod()
    {
        new StandardDeviationDetector().Name.Should().Be("mean ± 2σ over 7 periods");
        new StandardDeviationDetector(new StandardDeviationDetectorOptions { K = 1.5, Window = 4, SeasonLength = 7 }).Name
            .Should().Be("mean ± 1.5σ over 4 periods every 7");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Constructor_NonPositiveK_Throws(double k)
    {
        var act = () => new StandardDeviationDetector(new StandardDeviationDetectorOptions { K = k });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "StandardDeviationDetectorOptions.K")
            .WithMessage("*StandardDeviationDetectorOptions.K must be*");
    }
}
