using KpiToolkit.Calculators;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public class ModifiedZScoreDetectorTests
{
    [Fact]
    public void Detect_ClearSpike_IsFlaggedWithHandComputedFigures()
    {
        var spike = new ModifiedZScoreDetector().Detect(Daily(10, 12, 11, 9, 10, 11, 12, 40))[7];

        // Window sorted 9, 10, 10, 11, 11, 12, 12: median 11.
        // |x − 11|: 1, 1, 0, 2, 1, 0, 1 → sorted 0, 0, 1, 1, 1, 1, 2: MAD 1.
        // M = 0.6745 × (40 − 11) / 1 = 19.5605.
        // Thresholds: 11 ± 3.5 × 1 / 0.6745 = 11 ± 5.189028910303929 = 16.18902891030393 and 5.810971089696071.
        spike.Status.Should().Be(AnomalyStatus.Evaluated);
        spike.HistoryUsed.Should().Be(7);
        spike.Baseline!.Value.Should().BeApproximately(11, 1e-9);
        spike.Spread!.Value.Should().BeApproximately(1, 1e-9);
        spike.Score!.Value.Should().BeApproximately(19.5605, 1e-9);
        spike.UpperThreshold!.Value.Should().BeApproximately(16.18902891030393, 1e-9);
        spike.LowerThreshold!.Value.Should().BeApproximately(5.810971089696071, 1e-9);
        spike.Direction.Should().Be(VolumeDirection.Spike);
        spike.IsFlagged.Should().BeTrue();
    }

    [Fact]
    public void Detect_ClearDrop_IsFlaggedWithHandComputedFigures()
    {
        var drop = new ModifiedZScoreDetector().Detect(Daily(30, 32, 31, 29, 30, 31, 32, 2))[7];

        // Window sorted 29, 30, 30, 31, 31, 32, 32: median 31; MAD 1 as for the spike.
        // M = 0.6745 × (2 − 31) / 1 = −19.5605.
        // Thresholds: 31 ± 5.189028910303929 = 36.18902891030393 and 25.81097108969607.
        drop.Status.Should().Be(AnomalyStatus.Evaluated);
        drop.Baseline!.Value.Should().BeApproximately(31, 1e-9);
        drop.Spread!.Value.Should().BeApproximately(1, 1e-9);
        drop.Score!.Value.Should().BeApproximately(-19.5605, 1e-9);
        drop.UpperThreshold!.Value.Should().BeApproximately(36.18902891030393, 1e-9);
        drop.LowerThreshold!.Value.Should().BeApproximately(25.81097108969607, 1e-9);
        drop.Direction.Should().Be(VolumeDirection.Drop);
        drop.IsFlagged.Should().BeTrue();
    }

    [Fact]
    public void Detect_MadZeroWithSomeVariation_UsesTheMeanAbsoluteDeviation()
    {
        var spike = new ModifiedZScoreDetector().Detect(Daily(10, 10, 10, 10, 12, 14, 10, 20))[7];

        // Window sorted 10, 10, 10, 10, 10, 12, 14: median 10; |x − 10|: 0, 0, 0, 0, 2, 4, 0 → MAD 0.
        // Mean absolute deviation (0 + 0 + 0 + 0 + 2 + 4 + 0) / 7 = 6/7 = 0.8571428571428571.
        // Scale 1.253314 × 6/7 = 7.519884/7 = 1.074269142857143.
        // M = (20 − 10) / 1.074269142857143 = 9.30865422924077.
        // Thresholds: 10 ± 3.5 × 1.074269142857143 = 10 ± 3.759942 = 13.759942 and 6.240058.
        spike.Status.Should().Be(AnomalyStatus.Evaluated);
        spike.Baseline!.Value.Should().BeApproximately(10, 1e-9);
        spike.Spread!.Value.Should().BeApproximately(0.8571428571428571, 1e-9);
        spike.Score!.Value.Should().BeApproximately(9.30865422924077, 1e-9);
        spike.UpperThreshold!.Value.Should().BeApproximately(13.759942, 1e-9);
        spike.LowerThreshold!.Value.Should().BeApproximately(6.240058, 1e-9);
        spike.Direction.Should().Be(VolumeDirection.Spike);
        spike.IsFlagged.Should().BeTrue();
    }

    [Fact]
    public void Detect_EarlierSpikeInTheWindow_BarelyMovesTheBaseline()
    {
        // Window 10, 11, 100, 10, 12, 11, 10: sorted 10, 10, 10, 11, 11, 12, 100 → median 11.
        // |x − 11|: 1, 0, 89, 1, 1, 0, 1 → sorted 0, 0, 1, 1, 1, 1, 89 → MAD 1.
        // Today 11: M = 0.6745 × 0 / 1 = 0, not flagged; 25: M = 0.6745 × 14 = 9.443, a spike.
        var detector = new ModifiedZScoreDetector();

        var quiet = detector.Detect(Daily(10, 11, 100, 10, 12, 11, 10, 11))[7];
        var spike = detector.Detect(Daily(10, 11, 100, 10, 12, 11, 10, 25))[7];

        quiet.Baseline.Should().Be(11);
        quiet.Score!.Value.Should().BeApproximately(0, 1e-9);
        quiet.IsFlagged.Should().BeFalse();
        spike.Score!.Value.Should().BeApproximately(9.443, 1e-9);
        spike.Direction.Should().Be(VolumeDirection.Spike);
    }

    [Fact]
    public void Name_DescribesTheMethod()
    {
        new ModifiedZScoreDetector().Name.Should().Be("modified z-score > 3.5 over 7 periods");
        new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Threshold = 3, SeasonLength = 7, Window = 4 }).Name
            .Should().Be("modified z-score > 3 over 4 periods every 7");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_NonPositiveThreshold_Throws(double threshold)
    {
        var act = () => new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Threshold = threshold });

        act.Should().Throw<ArgumentOutOfRangeException>()
            .Where(e => e.ParamName == "ModifiedZScoreDetectorOptions.Threshold")
            .WithMessage("*ModifiedZScoreDetectorOptions.Threshold must be*");
    }
}
