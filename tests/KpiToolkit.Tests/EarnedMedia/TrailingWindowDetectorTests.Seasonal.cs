using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public partial class TrailingWindowDetectorTests
{
    // Four weeks from Monday 2 March 2026: busy weekdays around 100, quiet weekends around 10.
    private static readonly IReadOnlyList<VolumePoint> Weekly = Daily(
        new LocalDate(2026, 3, 2),
        100, 104, 98, 102, 96, 10, 8, // week 1
        102, 100, 101, 99, 97, 12, 9, // week 2
        98, 103, 100, 101, 99, 11, 10, // week 3
        101, 99, 102, 100, 98, 9, 11); // week 4: Monday 23 March is index 21, Saturday 28 March index 26

    [Fact]
    public void Detect_SeasonLength7_ComparesAMondayWithEarlierMondaysOnly()
    {
        var detector = new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Window = 3, SeasonLength = 7 });

        var monday = detector.Detect(Weekly)[21];

        // Earlier Mondays 98, 102, 100: median 100; |x − 100| = 2, 2, 0 → MAD 2.
        // M = 0.6745 × (101 − 100) / 2 = 0.33725.
        monday.Period.Should().Be(ReportingPeriod.Day(new LocalDate(2026, 3, 23)));
        monday.HistoryUsed.Should().Be(3);
        monday.Baseline.Should().Be(100);
        monday.Spread.Should().Be(2);
        monday.Score!.Value.Should().BeApproximately(0.33725, 1e-9);
        monday.IsFlagged.Should().BeFalse();
    }

    [Fact]
    public void Detect_SeasonLength7_NeedsAsManyEarlierWeeksAsTheWindow()
    {
        var verdicts = new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Window = 3, SeasonLength = 7 }).Detect(Weekly);

        // Index i has i / 7 earlier same weekdays: 0 for the first week, 1 for the second, 2 for the third.
        verdicts.Take(21).Should().OnlyContain(v => v.Status == AnomalyStatus.InsufficientHistory);
        verdicts.Take(21).Select(v => v.HistoryUsed).Should().Equal(Enumerable.Range(0, 21).Select(i => i / 7));
        verdicts.Skip(21).Should().OnlyContain(v => v.Status == AnomalyStatus.Evaluated && v.HistoryUsed == 3);
    }

    [Fact]
    public void Detect_WeekendDrop_IsFlaggedWithoutSeasonButNotWithIt()
    {
        var plain = new ModifiedZScoreDetector().Detect(Weekly);
        var seasonal = new ModifiedZScoreDetector(new ModifiedZScoreDetectorOptions { Window = 3, SeasonLength = 7 }).Detect(Weekly);

        // Plain window for Saturday 28 March: Sat 11, Sun 10, then 101, 99, 102, 100, 98 →
        // sorted 10, 11, 98, 99, 100, 101, 102: median 99; |x − 99| sorted 0, 1, 1, 2, 3, 88, 89: MAD 2.
        // M = 0.6745 × (9 − 99) / 2 = −30.3525: a drop.
        plain[26].Score!.Value.Should().BeApproximately(-30.3525, 1e-9);
        plain[26].Direction.Should().Be(VolumeDirection.Drop);
        plain[26].IsFlagged.Should().BeTrue();

        // Seasonal window: earlier Saturdays 11, 12, 10 → median 11, MAD 1; M = 0.6745 × (9 − 11) / 1 = −1.349.
        seasonal[26].Baseline.Should().Be(11);
        seasonal[26].Score!.Value.Should().BeApproximately(-1.349, 1e-9);
        seasonal[26].IsFlagged.Should().BeFalse();

        // Week 4 by weekday against weeks 1 to 3 (median, MAD, M): Mon 100, 2, 0.337; Tue 103, 1, −2.698;
        // Wed 100, 1, 1.349; Thu 101, 1, −0.6745; Fri 97, 1, 0.6745; Sat 11, 1, −1.349; Sun 9, 1, 1.349: all within 3.5.
        seasonal.Should().NotContain(v => v.IsFlagged);
    }

    [Fact]
    public void Detect_SeasonLength7_StandardDeviationAlsoComparesSameWeekdays()
    {
        var detector = new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = 3, SeasonLength = 7 });

        var saturday = detector.Detect(Weekly)[26];

        // Earlier Saturdays 11, 12, 10: mean 11, σ = √((0 + 1 + 1) / 2) = 1; z = (9 − 11) / 1 = −2, not below −2.
        saturday.Baseline!.Value.Should().BeApproximately(11, 1e-9);
        saturday.Spread!.Value.Should().BeApproximately(1, 1e-9);
        saturday.Score!.Value.Should().BeApproximately(-2, 1e-9);
        saturday.LowerThreshold!.Value.Should().BeApproximately(9, 1e-9);
        saturday.Direction.Should().Be(VolumeDirection.None);
    }
}
