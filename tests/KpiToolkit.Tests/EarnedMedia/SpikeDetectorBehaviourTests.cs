using KpiToolkit.Calculators;
using static KpiToolkit.Tests.EarnedMedia.OnlineSpikeDetectorTests;

namespace KpiToolkit.Tests.EarnedMedia;

public class SpikeDetectorBehaviourTests
{
    // Eight weeks of daily mentions from a Monday: weekdays around 100, a weekly peak around 300 every Saturday
    // (index 5 of each week), and one real burst on the Wednesday of week 7 (index 44).
    private static double[] WeeklyWithBurst()
    {
        var values = new double[56];
        for (var i = 0; i < values.Length; i++)
        {
            var wobble = (i * 37 % 7) - 3;
            values[i] = (i % 7 == 5 ? 300 : 100) + wobble;
        }

        values[44] = 300;
        return values;
    }

    [Fact]
    public void SeasonalMedian_FoundWeeklySeason_FlagsTheBurstButNotTheWeeklyPeaks()
    {
        var detector = new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 3, SeasonLength = 0, SeasonCandidates = [2, 3, 7] });
        var verdicts = OnlineSpikeDetection.Detect(detector, Series(WeeklyWithBurst()));

        detector.SeasonLength.Should().Be(7);
        verdicts.Take(21).Should().OnlyContain(v => !v.IsJudged);
        verdicts.Where((_, i) => i % 7 == 5 && i >= 21).Should().OnlyContain(v => v.IsJudged && v.Direction == VolumeDirection.None && v.Score < 0.5);
        verdicts[44].Direction.Should().Be(VolumeDirection.Spike);
        verdicts[44].Score.Should().BeGreaterThan(0.9);
        verdicts.Select((v, i) => (v, i)).Where(x => x.v.Direction != VolumeDirection.None).Select(x => x.i).Should().Equal(44);
    }

    [Fact]
    public void MovingStandardDeviation_WithoutSeason_FlagsTheWeeklyPeaks()
    {
        // The contrast that makes the seasonal test meaningful: the points just before a Saturday are weekdays
        // (except Saturday 47, whose window holds the burst).
        var verdicts = OnlineSpikeDetection.Detect(
            new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { Window = 5 }), Series(WeeklyWithBurst()));

        verdicts.Where((_, i) => i % 7 == 5 && i >= 21 && i != 47).Should().OnlyContain(v => v.Direction == VolumeDirection.Spike);
    }

    [Fact]
    public void FindPeriod_PicksTheCandidateTheSeriesRepeatsAt()
    {
        var values = WeeklyWithBurst();

        Seasonality.FindPeriod(values, [2, 3, 7], 0.3).Should().Be(7);
        Seasonality.FindPeriod(values, [2, 3], 0.3).Should().Be(1);
        Seasonality.FindPeriod(new double[20], [7], 0.3).Should().Be(1);
    }

    // 400 hourly points of noise within ±1 around 50, then a burst of +8 for 20 points from index 300.
    private static double[] NoiseWithBurst()
    {
        var random = new Random(11);
        return Enumerable.Range(0, 400).Select(i => 50 + ((random.NextDouble() * 2) - 1) + (i is >= 300 and < 320 ? 8 : 0)).ToArray();
    }

    [Fact]
    public void SpikeLikelihood_ReportsABurstOnceOnItsFirstPointsThenStaysQuiet()
    {
        // Without the range rule, whose new highs of the noise's first points would be alarms of their own.
        var options = new SpikeLikelihoodDetectorOptions { Window = 200, SurpriseWindow = 200, MinimumHistory = 50, RangeTolerance = 0 };
        var verdicts = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(options), Series(NoiseWithBurst()));

        var alarms = verdicts.Select((v, i) => (v, i)).Where(x => x.v.Score >= options.AlarmScore).Select(x => x.i).ToList();
        alarms.Should().ContainSingle().Which.Should().BeInRange(300, 302);
        verdicts[300].Direction.Should().Be(VolumeDirection.Spike);
        verdicts[300].Expected.Should().BeApproximately(50, 0.2);
        verdicts[300].Compared.Should().Be(200);
        verdicts.Skip(alarms[0] + 1).Take(options.QuietPoints).Should().OnlyContain(v => v.Score == 0);
    }

    [Fact]
    public void SpikeLikelihood_WithoutQuietTime_KeepsReportingTheSameBurst()
    {
        var options = new SpikeLikelihoodDetectorOptions { Window = 200, SurpriseWindow = 200, MinimumHistory = 50, RangeTolerance = 0, QuietPoints = 0 };
        var verdicts = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(options), Series(NoiseWithBurst()));

        verdicts.Count(v => v.Score >= options.AlarmScore).Should().BeGreaterThan(1);
    }

    [Fact]
    public void SpikeLikelihood_Defaults_AreTheDocumentedNabTunedOnes()
    {
        var options = new SpikeLikelihoodDetectorOptions();

        // Tuned on the 48 NAB files with one set of settings for all; docs/earned-media.md gives each one's reason.
        (options.RangeTolerance, options.AlarmScore, options.QuietPoints, options.Window).Should().Be((0.005, 0.45, 30, 1000));
        (options.SeasonTolerance, options.LongAveragingWindow, options.RecordWindow, options.BelowRecordFactor).Should().Be((4, 50, 1000, 0.85));
    }

    // Six days of hourly points: about 10 every hour but a burst of 30 at 3:00 each day, an hour late from the fourth day on.
    private static double[] NightlyJob()
    {
        var values = new double[144];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 10 + (i * 7 % 5 * 0.1) + (i % 24 == (i / 24 >= 3 ? 4 : 3) ? 20 : 0);
        }

        return values;
    }

    private static SpikeLikelihoodDetectorOptions NightlyOptions(int tolerance) => new()
    {
        Window = 24, MinimumHistory = 24, SurpriseWindow = 48, RangeTolerance = 0, LongAveragingWindow = 0, RecordWindow = 0, SeasonTolerance = tolerance,
    };

    [Fact]
    public void SpikeLikelihood_ABurstLikeOneNearTheSameTimeTheDayBefore_IsNoNews()
    {
        var matched = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(NightlyOptions(1)), Series(NightlyJob()));
        var exact = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(NightlyOptions(0)), Series(NightlyJob()));

        // The first late burst (point 76) is an hour after the day before's: it matches within 1 point, not within 0.
        matched[76].Score.Should().BeLessThan(0.1);
        exact[76].Score.Should().BeGreaterThan(0.3);
        matched[76].Score.Should().BeLessThan(exact[76].Score);
    }

    [Fact]
    public void SpikeLikelihood_ABurstBelowTheRecentLargest_IsScaledByTheFactor()
    {
        var recorded = NightlyOptions(0);
        recorded.RecordWindow = 200;
        recorded.BelowRecordFactor = 0.5;

        var without = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(NightlyOptions(0)), Series(NightlyJob()));
        var with = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(recorded), Series(NightlyJob()));

        // No score reaches the alarm, so no quiet time differs: each score is the plain one, or half of it below a record.
        without.Should().OnlyContain(v => v.Score < 0.45);
        var pairs = without.Zip(with, (plain, scaled) => (Plain: plain.Score, Scaled: scaled.Score)).Where(p => p.Plain > 0).ToList();
        pairs.Should().OnlyContain(p => p.Scaled == p.Plain || Math.Abs(p.Scaled - (0.5 * p.Plain)) < 1e-12);
        pairs.Should().Contain(p => p.Scaled == p.Plain).And.Contain(p => p.Scaled < p.Plain);
    }

    [Fact]
    public void SpikeLikelihood_TheQuietStartsAgainWhileTheScoreStaysAtTheAlarm()
    {
        // A burst of 20 points with a quiet time of 5: without the restart it would alarm about every 6 points.
        var options = new SpikeLikelihoodDetectorOptions { Window = 200, SurpriseWindow = 200, MinimumHistory = 50, RangeTolerance = 0, QuietPoints = 5 };
        var verdicts = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(options), Series(NoiseWithBurst()));

        verdicts.Skip(300).Take(20).Count(v => v.Score >= options.AlarmScore).Should().Be(1);
    }

    [Fact]
    public void SpikeLikelihood_AValueBeyondTheRangeSeen_ScoresOneAtOnce()
    {
        // 40 points cycling 0..9 (range 9, margin 0.045), then 9.03 (inside the margin, and the new highest) and 9.2 (beyond 9.03 + 0.04515).
        var values = Enumerable.Range(0, 40).Select(i => (double)(i % 10)).Append(9.03).Append(9.2).ToArray();
        var options = new SpikeLikelihoodDetectorOptions { Window = 40, MinimumHistory = 40, SurpriseWindow = 7, AveragingWindow = 3, QuietPoints = 0 };

        var verdicts = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(options), Series(values));

        verdicts[40].Score.Should().BeLessThan(1);
        verdicts[41].Score.Should().Be(1);
        verdicts[41].Direction.Should().Be(VolumeDirection.Spike);
    }

    [Fact]
    public void SpikeLikelihood_LearnsBeforeItJudges()
    {
        var verdicts = OnlineSpikeDetection.Detect(new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { MinimumHistory = 30 }), Series(NoiseWithBurst()));

        verdicts.Take(30).Should().OnlyContain(v => !v.IsJudged && v.Score == 0);
        verdicts[30].Compared.Should().Be(30);
        verdicts[30].Upper.Should().BeGreaterThan(verdicts[30].Expected);
    }

    public static TheoryData<Func<object>, string> BadOptions => new()
    {
        { () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { Window = 1 }), "SeasonalMedianDetectorOptions.Window must be at least 2" },
        { () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { SeasonLength = -1 }), "SeasonLength must be at least 0" },
        { () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { SeasonLength = 0 }), "SeasonCandidates must hold at least one period" },
        { () => new SeasonalMedianDetector(new SeasonalMedianDetectorOptions { SeasonLength = 0, SeasonCandidates = [1, 24] }), "SeasonCandidates must be periods of at least 2 points, but were 1, 24" },
        { () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { K = 0 }), "MovingStandardDeviationDetectorOptions.K must be a positive number" },
        { () => new MovingStandardDeviationDetector(new MovingStandardDeviationDetectorOptions { MinimumCorrelation = 1.5 }), "MinimumCorrelation must be in (0, 1]" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { Window = 1 }), "SpikeLikelihoodDetectorOptions.Window must be at least 2" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { SurpriseWindow = 6 }), "SurpriseWindow must be greater than twice AveragingWindow (6), but was 6" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { AlarmScore = 0 }), "AlarmScore must be in (0, 1]" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { QuietPoints = -1 }), "QuietPoints must be at least 0" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { StepWeight = double.NaN }), "StepWeight must be a number of at least 0" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { SeasonTolerance = -1 }), "SpikeLikelihoodDetectorOptions.SeasonTolerance must be at least 0 points, but was -1" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { LongAveragingWindow = -1 }), "SpikeLikelihoodDetectorOptions.LongAveragingWindow must be at least 0 points, but was -1" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { RecordWindow = -1 }), "SpikeLikelihoodDetectorOptions.RecordWindow must be at least 0 points, but was -1" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { BelowRecordFactor = 0 }), "SpikeLikelihoodDetectorOptions.BelowRecordFactor must be in (0, 1], but was 0" },
        { () => new SpikeLikelihoodDetector(new SpikeLikelihoodDetectorOptions { BelowRecordFactor = double.NaN }), "SpikeLikelihoodDetectorOptions.BelowRecordFactor must be in (0, 1], but was NaN" },
        { () => Seasonality.FindPeriod(new double[10], [6], 0.3), "between 2 and half the series (5 points), but one was 6" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void BadOptions_AreRejectedWithAMessageNamingThem(Func<object> create, string message)
    {
        create.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }

    [Fact]
    public void Observe_RejectsANonFiniteValue()
    {
        var detector = new SpikeLikelihoodDetector();

        detector.Invoking(d => d.Observe(Instant.FromUtc(2026, 1, 1, 0, 0), double.NaN)).Should().Throw<ArgumentException>().WithMessage("*value must be a finite number*");
        new SeasonalMedianDetector().Invoking(d => d.Observe(Instant.FromUtc(2026, 1, 1, 0, 0), double.PositiveInfinity)).Should().Throw<ArgumentException>();
    }
}
