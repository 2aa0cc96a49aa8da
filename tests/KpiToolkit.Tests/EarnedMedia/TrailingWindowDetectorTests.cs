using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

/// <summary>What both built-in detectors share: history, no variation, minimum count, seasons and checks.</summary>
public partial class TrailingWindowDetectorTests
{
    public static TheoryData<string> Kinds => new() { "standard-deviation", "modified-z-score" };

    private static TrailingWindowDetector Create(string kind, int window = 7, int seasonLength = 1, long minimumCount = 0) => kind switch
    {
        "standard-deviation" => new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = window, SeasonLength = seasonLength, MinimumCount = minimumCount }),
        _ => new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Window = window, SeasonLength = seasonLength, MinimumCount = minimumCount }),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_FlatSeries_IsNoVariationWithoutScore(string kind)
    {
        var verdicts = Create(kind).Detect(Daily(10, 10, 10, 10, 10, 10, 10, 10, 10, 10));

        verdicts.Should().HaveCount(10);
        verdicts.Take(7).Should().OnlyContain(v => v.Status == AnomalyStatus.InsufficientHistory);

        // Days 8 to 10: a window of seven 10s has mean and median 10 and spread 0.
        foreach (var verdict in verdicts.Skip(7))
        {
            verdict.Status.Should().Be(AnomalyStatus.NoVariation);
            verdict.Observed.Should().Be(10);
            verdict.Baseline.Should().Be(10);
            verdict.Spread.Should().Be(0);
            verdict.Score.Should().BeNull();
            verdict.UpperThreshold.Should().BeNull();
            verdict.LowerThreshold.Should().BeNull();
            verdict.Direction.Should().Be(VolumeDirection.None);
            verdict.IsFlagged.Should().BeFalse();
            verdict.HistoryUsed.Should().Be(7);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_FlatWindowThenJump_IsStillNoVariationNeverInfinite(string kind)
    {
        var verdict = Create(kind).Detect(Daily(10, 10, 10, 10, 10, 10, 10, 50))[7];

        // Spread 0: a score would be 40 / 0; the detector refuses to score and leaves the comparison to the reader.
        verdict.Status.Should().Be(AnomalyStatus.NoVariation);
        verdict.Observed.Should().Be(50);
        verdict.Baseline.Should().Be(10);
        verdict.Score.Should().BeNull();
        verdict.IsFlagged.Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SeriesShorterThanTheWindow_IsInsufficientHistoryEverywhere(string kind)
    {
        var series = Daily(3, 50, 1, 80, 2);

        var verdicts = Create(kind).Detect(series);

        verdicts.Select(v => v.Status).Should().OnlyContain(s => s == AnomalyStatus.InsufficientHistory);
        verdicts.Select(v => v.HistoryUsed).Should().Equal(0, 1, 2, 3, 4);
        verdicts.Select(v => v.Observed).Should().Equal(3L, 50L, 1L, 80L, 2L);
        verdicts.Select(v => v.Period).Should().Equal(series.Select(p => p.Period));
        verdicts.Should().OnlyContain(v => v.Baseline == null && v.Spread == null && v.Score == null
            && v.UpperThreshold == null && v.LowerThreshold == null && v.Direction == VolumeDirection.None && !v.IsFlagged);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_EmptySeries_IsEmpty(string kind)
    {
        Create(kind).Detect([]).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SpikeBelowMinimumCount_IsNotFlagged(string kind)
    {
        // Window 1, 2, 1, 2, 1, 2, 1 then 9:
        //   standard deviation: mean 10/7 = 1.428571…, σ = √((4 × 9/49 + 3 × 16/49) / 6) = √(2/7) = 0.534522…, z = (53/7) / 0.534522 = 14.16 > 2;
        //   modified z: median 1, |x − 1| = 0, 1, 0, 1, 0, 1, 0 → MAD 0; mean deviation 3/7; M = 8 / (1.253314 × 3/7) = 14.89 > 3.5.
        // Both see a spike, but 9 mentions are fewer than the minimum of 10.
        var verdict = Create(kind, minimumCount: 10).Detect(Daily(1, 2, 1, 2, 1, 2, 1, 9))[7];

        verdict.Status.Should().Be(AnomalyStatus.BelowMinimumCount);
        verdict.Direction.Should().Be(VolumeDirection.None);
        verdict.IsFlagged.Should().BeFalse();
        verdict.Score!.Value.Should().BeGreaterThan(3.5);

        var unbounded = Create(kind).Detect(Daily(1, 2, 1, 2, 1, 2, 1, 9))[7];
        unbounded.Direction.Should().Be(VolumeDirection.Spike);
        unbounded.IsFlagged.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_SpikeAtTheMinimumCount_IsFlagged(string kind)
    {
        // Same window; 10 mentions reach the minimum of 10 (z = (60/7) / 0.534522 = 16.04; M = 9 / 0.537135 = 16.76).
        var verdict = Create(kind, minimumCount: 10).Detect(Daily(1, 2, 1, 2, 1, 2, 1, 10))[7];

        verdict.Status.Should().Be(AnomalyStatus.Evaluated);
        verdict.Direction.Should().Be(VolumeDirection.Spike);
        verdict.IsFlagged.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_DropFromABaselineBelowMinimumCount_IsNotFlagged(string kind)
    {
        // Window 8, 9, 8, 9, 8, 9, 8: mean 59/7 = 8.43, median 8, both under 10; the drop to 0 is not flagged.
        var verdict = Create(kind, minimumCount: 10).Detect(Daily(8, 9, 8, 9, 8, 9, 8, 0))[7];

        verdict.Status.Should().Be(AnomalyStatus.BelowMinimumCount);
        verdict.Direction.Should().Be(VolumeDirection.None);
        verdict.IsFlagged.Should().BeFalse();

        Create(kind).Detect(Daily(8, 9, 8, 9, 8, 9, 8, 0))[7].Direction.Should().Be(VolumeDirection.Drop);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Detect_DropFromABaselineAboveMinimumCount_IsFlagged(string kind)
    {
        // Baseline 30.71 (mean) or 31 (median), both at least 10: the drop to 2 is flagged although 2 < 10.
        var verdict = Create(kind, minimumCount: 10).Detect(Daily(30, 32, 31, 29, 30, 31, 32, 2))[7];

        verdict.Status.Should().Be(AnomalyStatus.Evaluated);
        verdict.Direction.Should().Be(VolumeDirection.Drop);
        verdict.IsFlagged.Should().BeTrue();
    }
}
