using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class PeriodEngagementRateCalculatorTests
{
    private static readonly PeriodEngagementRateCalculator Mean = new(new PeriodEngagementRateOptions { Audience = AudienceBasis.PeriodMean }, Paris);

    [Fact]
    public void Calculate_PeriodMean_SnapshotMidPeriod_WeighsEachDayByTheAudienceAtItsEnd()
    {
        var audience = new AudienceHistory(
        [
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 2, 28), Paris, 1_000),
            // Noon UTC on 10 March: before the end of 10 March in Paris, so 10 March already counts 1,300.
            Snapshot(Instagram, Instant.FromUtc(2026, 3, 10, 12, 0), 1_300),
        ]);
        SocialPost[] posts = [Engaged("a", At(2026, 3, 5), 176, reach: null), Engaged("b", At(2026, 3, 25), 200, reach: null)];

        var result = Mean.Calculate(posts, March, audience);

        // 1 to 9 March: 9 days × 1,000 = 9,000; 10 to 31 March: 22 days × 1,300 = 28,600.
        // Mean = 37,600 / 31 ≈ 1,212.9; rate = (176 + 200) / (37,600 / 31) = 376 × 31 / 37,600 = 0.31.
        result.Value!.Value.Should().BeApproximately(0.31, 1e-12);
        result.Inputs.Numerator.Should().Be(376);
        result.Inputs.Denominator!.Value.Should().BeApproximately(37_600.0 / 31, 1e-9);
        result.Method.Should().EndWith(" / mean of the followers at the end of each day of the period");
    }

    [Fact]
    public void Calculate_PeriodMean_DaysBeforeTheFirstSnapshot_AreLeftOut()
    {
        // The first count is at the end of 21 March: 21 to 31 March are 11 days of 500; 1 to 20 March have no count.
        var audience = new AudienceHistory([AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 21), Paris, 500)]);

        var result = Mean.Calculate([Engaged("a", At(2026, 3, 2), 50, reach: null)], March, audience);

        // Mean = 11 × 500 / 11 = 500, not 11 × 500 / 31; rate = 50 / 500 = 0.1.
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        result.Inputs.Denominator.Should().Be(500);
    }

    [Fact]
    public void Calculate_PeriodMean_NoDayWithACount_IsMissingCounters()
    {
        var audience = new AudienceHistory([AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 4, 1), Paris, 500)]);

        var result = Mean.Calculate([Engaged("a", At(2026, 3, 2), 50, reach: null)], March, audience);

        result.UnavailableReason.Should().Be(KpiUnavailableReason.MissingCounters);
        result.Inputs.RecordsSkippedForMissingCounters.Should().Be(1);
    }

    [Fact]
    public void Calculate_PeriodMean_OverChannels_AddsEachChannelsMean()
    {
        var audience = new AudienceHistory(
        [
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 2, 28), Paris, 1_000),
            // LinkedIn is counted from 16 March only: its mean is 400 over its 16 days.
            AudienceSnapshot.AtEndOfDay(LinkedIn, new LocalDate(2026, 3, 16), Paris, 400),
        ]);
        SocialPost[] posts = [Engaged("ig", At(2026, 3, 2), 70, reach: null), Engaged("li", At(2026, 3, 20), 70, reach: null, channel: LinkedIn)];

        var result = Mean.Calculate(posts, March, audience);

        // (70 + 70) / (1,000 + 400) = 140 / 1,400 = 0.1
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        result.Inputs.Should().Be(new KpiInputs(140, 1_400, 2));
    }

    [Fact]
    public void Calculate_PeriodMean_SpringForward_ReadsEachDayAtItsOwnEnd()
    {
        // Paris moves to summer time on 29 March 2026 at 01:00 UTC: 29 March lasts 23 hours and ends at 22:00 UTC.
        var days = ReportingPeriod.Custom(new LocalDate(2026, 3, 28), new LocalDate(2026, 3, 30));
        var audience = new AudienceHistory(
        [
            AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 3, 27), Paris, 1_000),
            // 22:30 UTC on 29 March is 00:30 on 30 March in Paris: after 29 March has ended.
            Snapshot(Instagram, Instant.FromUtc(2026, 3, 29, 22, 30), 1_300),
        ]);

        var result = Mean.Calculate([Engaged("a", Instant.FromUtc(2026, 3, 29, 10, 0), 110, reach: null)], days, audience);

        // 28 March: 1,000; 29 March: 1,000; 30 March: 1,300; mean = 3,300 / 3 = 1,100; rate = 110 / 1,100 = 0.1.
        // Days of 24 hours from the period's start would end 29 March at 23:00 UTC and read 1,300: mean 1,200.
        result.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        result.Inputs.Denominator!.Value.Should().BeApproximately(1_100, 1e-9);
    }

    [Fact]
    public void CalculateMany_Days_FallBack_CountsEveryPostOnce()
    {
        // Paris returns to winter time on 25 October 2026 at 01:00 UTC: 02:00 to 03:00 happens twice, and 25 October lasts 25 hours.
        SocialPost[] posts =
        [
            Engaged("saturday-late", Instant.FromUtc(2026, 10, 24, 21, 59), 1, reach: null),   // 23:59 CEST on 24 October
            Engaged("sunday-early", Instant.FromUtc(2026, 10, 24, 22, 30), 2, reach: null),    // 00:30 CEST on 25 October
            Engaged("first-2-30", Instant.FromUtc(2026, 10, 25, 0, 30), 4, reach: null),       // 02:30 CEST
            Engaged("second-2-30", Instant.FromUtc(2026, 10, 25, 1, 30), 8, reach: null),      // 02:30 CET, the repeated hour
            Engaged("sunday-late", Instant.FromUtc(2026, 10, 25, 22, 59), 16, reach: null),    // 23:59 CET on 25 October
            Engaged("monday", Instant.FromUtc(2026, 10, 25, 23, 0), 32, reach: null),          // 00:00 CET on 26 October
        ];
        var data = new ActivityData(posts, [AudienceSnapshot.AtEndOfDay(Instagram, new LocalDate(2026, 10, 23), Paris, 100)]);
        ReportingPeriod[] days = [.. Paris.PeriodsBetween(new LocalDate(2026, 10, 24), new LocalDate(2026, 10, 26), Cadence.Day)];

        var results = ((IKpiCalculator)AtEnd).CalculateMany(data, days);

        // 24 October: 1; 25 October: 2 + 4 + 8 + 16 = 30; 26 October: 32; each over 100 followers.
        results.Select(r => r.Inputs.Numerator).Should().Equal(1, 30, 32);
        results.Select(r => r.Value!.Value).Should().Equal(new[] { 0.01, 0.3, 0.32 }, (a, e) => Math.Abs(a - e) < 1e-12);
        results.Sum(r => r.Inputs.RecordsUsed).Should().Be(posts.Length, "no post is lost or counted twice");
    }
}
