using KpiToolkit.Calculators;
using static KpiToolkit.Tests.EarnedMedia.OnlineSpikeDetectorTests;

namespace KpiToolkit.Tests.EarnedMedia;

public class SeasonalEsdDetectorTests
{
    // A season of 2 points, a window of 4 seasons (8 points, the newest last): 10, 20, 11, 21, 10, 20, 11, then x.
    private static SpikeVerdict Newest(double x, SpikeSide side = SpikeSide.Both) =>
        OnlineSpikeDetection.Detect(
            new SeasonalEsdDetector(new SeasonalEsdDetectorOptions { SeasonLength = 2, Seasons = 4, MaxAnoms = 0.2, Direction = side }),
            Series(10, 20, 11, 21, 10, 20, 11, x))[7];

    [Fact]
    public void Spike_HandComputed()
    {
        // Window median (11 + 20) / 2 = 15.5. Slot medians: 10, 11, 10, 11 → 10.5 (seasonal −5); 20, 21, 20, 50 → 20.5 (+5).
        // Expected 5 + 15.5 = 20.5. Residuals ±0.5 and 29.5 for x = 50: median 0, MAD 0.5, spread 1.4826 × 0.5 = 0.7413.
        // R = 29.5 / 0.7413 = 39.795; λ₁ (n = 8, α = 0.05, t at 0.996875 with 6 degrees, 4.115) = 7t / √((6 + t²) 8) = 2.126.
        var verdict = Newest(50);

        verdict.Expected.Should().Be(20.5);
        verdict.Compared.Should().Be(7);
        verdict.Direction.Should().Be(VolumeDirection.Spike);
        verdict.Score.Should().BeInRange(39.795 / (39.795 + 2.2), 39.795 / (39.795 + 2.05));
        verdict.Upper.Should().BeInRange(20.5 + (0.7413 * 2.05), 20.5 + (0.7413 * 2.2));
    }

    [Fact]
    public void OrdinaryValue_IsNotReported()
    {
        // x = 21: residual 0.5 like the others; the ESD step removes some point, but R = 0.5 / 0.7413 < λ₁.
        var verdict = Newest(21);

        verdict.Direction.Should().Be(VolumeDirection.None);
        verdict.Score.Should().BeLessThan(0.5);
        verdict.Expected.Should().Be(20.5);
    }

    [Fact]
    public void Direction_Above_IgnoresADrop()
    {
        Newest(-20).Direction.Should().Be(VolumeDirection.Drop);
        var above = Newest(-20, SpikeSide.Above);

        above.Direction.Should().Be(VolumeDirection.None);
        above.Score.Should().Be(0);
    }

    [Fact]
    public void Learns_ForTwoSeasons_ThenJudgesOverTheGrowingWindow_AndTakesADayFromTheSpacing()
    {
        // Hourly points: a day is 24 points, the default window 7 days (168 points); judged from the second day's end on.
        var verdicts = OnlineSpikeDetection.Detect(new SeasonalEsdDetector(), Series(Enumerable.Range(0, 200).Select(i => (double)(i % 24)).ToArray()));

        verdicts.Take(47).Should().OnlyContain(v => !v.IsJudged);
        verdicts[47].Compared.Should().Be(47);
        verdicts[47].Expected.Should().Be(47 % 24);
        verdicts[100].Compared.Should().Be(100);
        verdicts[199].Compared.Should().Be(167);
        verdicts[199].Expected.Should().Be(199 % 24);
    }

    [Fact]
    public void WithoutAWholeDayOfPoints_TheWindowStillSpansSeasonsDays()
    {
        // Points 14 minutes apart: 102.9 a day, no season; the window is 7 × 103 = 721 points, judged from the 8th point.
        var start = Instant.FromUtc(2026, 3, 2, 0, 0);
        var series = Enumerable.Range(0, 800).Select(i => (start + Duration.FromMinutes(14 * i), (double)(i % 5))).ToArray();

        var verdicts = OnlineSpikeDetection.Detect(new SeasonalEsdDetector(), series);

        verdicts.Take(7).Should().OnlyContain(v => !v.IsJudged);
        verdicts[7].Compared.Should().Be(7);
        verdicts[799].Compared.Should().Be(720);
    }

    public static TheoryData<Func<object>, string> BadOptions => new()
    {
        { () => new SeasonalEsdDetector(new SeasonalEsdDetectorOptions { Seasons = 1 }), "SeasonalEsdDetectorOptions.Seasons must be at least 2, but was 1" },
        { () => new SeasonalEsdDetector(new SeasonalEsdDetectorOptions { MaxAnoms = 0.5 }), "MaxAnoms must be in (0, 0.49], but was 0.5" },
        { () => new SeasonalEsdDetector(new SeasonalEsdDetectorOptions { Alpha = 0 }), "Alpha must be in (0, 0.5), but was 0" },
        { () => new SeasonalEsdDetector(new SeasonalEsdDetectorOptions { SeasonLength = -1 }), "SeasonLength must be at least 0" },
        { () => new SeasonalEsdDetector(new SeasonalEsdDetectorOptions { Direction = (SpikeSide)7 }), "Direction must be Both, Above or Below, but was 7" },
    };

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void BadOptions_AreRejectedWithAMessageNamingThem(Func<object> create, string message)
    {
        create.Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }
}
