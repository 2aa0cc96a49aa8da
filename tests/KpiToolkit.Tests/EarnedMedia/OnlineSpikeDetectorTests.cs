using KpiToolkit.Calculators;

namespace KpiToolkit.Tests.EarnedMedia;

public class OnlineSpikeDetectorTests
{
    private static readonly Instant Start = Instant.FromUtc(2026, 3, 2, 0, 0);

    internal static (Instant Timestamp, double Value)[] Series(params double[] values) =>
        values.Select((v, i) => (Start + Duration.FromHours(i), v)).ToArray();

    private static double[] Random(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => Math.Round((100 * Math.Sin(i * 2 * Math.PI / 24)) + (random.NextDouble() * 40) + (i % 97 == 0 ? 300 : 0), 1)).ToArray();
    }

    private static List<SpikeVerdict> Online(IOnlineSpikeDetector detector, IEnumerable<(Instant Timestamp, double Value)> series) =>
        series.Select(p => detector.Observe(p.Timestamp, p.Value)).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void OnlineEqualsBatch_OnRandomSeries_ForEveryWindowDetector(int seed)
    {
        var series = Series(Random(seed, 600));
        Func<OnlineWindowDetector>[] detectors =
        [
            () => new SeasonalMedianDetector(),
            () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 4, SeasonLength = 24 }),
            () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 3, SeasonLength = 0, SeasonCandidates = [12, 24, 36] }),
            () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 10 }),
        ];

        foreach (var create in detectors)
        {
            var online = Online(create(), series);
            var batch = create().DetectAll(series);

            batch.Should().Equal(online);
            online.Count(v => v.IsJudged).Should().BeGreaterThan(400);
        }
    }

    [Fact]
    public void DetectAll_AfterOnlineUse_StillJudgesTheWholeSeriesFromItsStart()
    {
        var series = Series(Random(4, 300));
        var detector = new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 3, SeasonLength = 0, SeasonCandidates = [24] });
        var online = Online(detector, series);

        detector.DetectAll(series).Should().Equal(online);
    }

    [Fact]
    public void SeasonalMedian_HandComputedVerdicts_SpikeAndDrop()
    {
        var detector = new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 3 });
        var verdicts = Online(detector, Series(10, 12, 11, 20));

        // Window 11, 12, 10: median 11; |x − 11| = 0, 1, 1 → MAD 1, scale 1 / 0.6745 = 1.482580; band 11 ± 3.5 × 1.482580.
        // z = 9 / 1.482580 = 6.070500, score = z / (z + 3.5) = 0.634301.
        verdicts.Take(3).Should().OnlyContain(v => !v.IsJudged && v.Score == 0 && v.Direction == VolumeDirection.None && double.IsNaN(v.Expected));
        var spike = verdicts[3];
        spike.Direction.Should().Be(VolumeDirection.Spike);
        spike.Expected.Should().Be(11);
        spike.Upper.Should().BeApproximately(11 + (3.5 / 0.6745), 1e-9);
        spike.Lower.Should().BeApproximately(11 - (3.5 / 0.6745), 1e-9);
        spike.Score.Should().BeApproximately(6.0705 / (6.0705 + 3.5), 1e-5);
        spike.Compared.Should().Be(3);
        spike.Timestamp.Should().Be(Start + Duration.FromHours(3));

        var drop = Online(new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 3 }), Series(10, 12, 11, 2))[3];
        drop.Direction.Should().Be(VolumeDirection.Drop);
        drop.Score.Should().BeApproximately(spike.Score, 1e-12);
    }

    [Fact]
    public void MovingStandardDeviation_HandComputedVerdicts()
    {
        // Window 10, 12, 11: mean 11, sample σ = 1; band 11 ± 2; 14 gives z = 3 and a score of 3 / (3 + 2) = 0.6.
        var verdicts = Online(new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 3 }), Series(10, 12, 11, 14, 13));

        verdicts[3].Should().Be(new SpikeVerdict(Start + Duration.FromHours(3), 14, VolumeDirection.Spike, 0.6, 11, 9, 13, 3));

        // Window 14, 11, 12: mean 37 / 3, σ = √(7 / 3); 13 lies within the band.
        verdicts[4].Direction.Should().Be(VolumeDirection.None);
        verdicts[4].Expected.Should().BeApproximately(37.0 / 3, 1e-12);
        verdicts[4].Upper.Should().BeApproximately((37.0 / 3) + (2 * Math.Sqrt(7.0 / 3)), 1e-12);
    }

    [Fact]
    public void WindowWithNoVariation_ScoresZeroOnItsValueAndOneElsewhere()
    {
        var verdicts = Online(new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 2 }), Series(5, 5, 5, 6));

        verdicts[2].Score.Should().Be(0);
        verdicts[2].Direction.Should().Be(VolumeDirection.None);
        verdicts[3].Score.Should().Be(1);
        verdicts[3].Direction.Should().Be(VolumeDirection.Spike);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    public void EveryDetector_ScoresEveryPointWithin0And1(int seed)
    {
        var series = Series(Random(seed, 3000));
        IOnlineSpikeDetector[] detectors =
        [
            new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 5, SeasonLength = 24 }),
            new MovingStandardDeviationDetector(),
            new SpikeLikelihoodDetector(),
        ];

        foreach (var detector in detectors)
        {
            var verdicts = OnlineSpikeDetection.Detect(detector, series);

            verdicts.Should().HaveCount(3000);
            verdicts.Should().OnlyContain(v => v.Score >= 0 && v.Score <= 1);
            verdicts.Should().Contain(v => v.Score > 0.5);
        }
    }
}
