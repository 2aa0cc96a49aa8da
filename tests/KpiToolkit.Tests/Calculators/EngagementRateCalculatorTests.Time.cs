using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Activity.Posts;

namespace KpiToolkit.Tests.Calculators;

public partial class EngagementRateCalculatorTests
{
    // Sunday 1 March 2026 at 23:30 UTC is Monday 2 March at 00:30 in Paris (UTC+1).
    private static readonly SocialPost SundayNight = Engaged("sunday-night", Instant.FromUtc(2026, 3, 1, 23, 30), 10, 100);

    // Saturday 28 February 2026 at 23:30 UTC is Sunday 1 March at 00:30 in Paris.
    private static readonly SocialPost LastNightOfFebruary = Engaged("february-night", Instant.FromUtc(2026, 2, 28, 23, 30), 30, 100);

    [Fact]
    public void CalculateByPeriod_Week_Paris_PutsSundayNightUtcInTheNextWeek()
    {
        var results = Calculator(calendar: new ReportingCalendar(Zones.Paris)).CalculateByPeriod([SundayNight], Cadence.Week);

        results.Should().ContainSingle();
        results[0].Period.Should().Be(ReportingPeriod.IsoWeek(2026, 10));
        results[0].Period.Label.Should().Be("2026-W10");
        results[0].Value!.Value.Should().BeApproximately(0.1, 1e-12); // 10 / 100
    }

    [Fact]
    public void CalculateByPeriod_Week_Utc_KeepsSundayNightInItsWeek()
    {
        var results = Calculator(calendar: ReportingCalendar.Utc).CalculateByPeriod([SundayNight], Cadence.Week);

        results.Should().ContainSingle();
        results[0].Period.Should().Be(ReportingPeriod.IsoWeek(2026, 9));
        results[0].Period.Label.Should().Be("2026-W09");
    }

    [Fact]
    public void CalculateByPeriod_Month_SundayNightIsInMarchEitherWay()
    {
        var paris = Calculator(calendar: new ReportingCalendar(Zones.Paris)).CalculateByPeriod([SundayNight], Cadence.Month);
        var utc = Calculator(calendar: ReportingCalendar.Utc).CalculateByPeriod([SundayNight], Cadence.Month);

        paris.Select(r => r.Period.Label).Should().Equal("2026-03");
        utc.Select(r => r.Period.Label).Should().Equal("2026-03");
    }

    [Fact]
    public void CalculateByPeriod_Month_LastNightOfFebruaryUtc_IsMarchInParis()
    {
        var paris = Calculator(calendar: new ReportingCalendar(Zones.Paris)).CalculateByPeriod([LastNightOfFebruary], Cadence.Month);
        var utc = Calculator(calendar: ReportingCalendar.Utc).CalculateByPeriod([LastNightOfFebruary], Cadence.Month);

        paris.Single().Period.Should().Be(ReportingPeriod.Month(2026, 3));
        utc.Single().Period.Should().Be(ReportingPeriod.Month(2026, 2));
    }

    [Fact]
    public void Calculate_March_Paris_IncludesTheLastNightOfFebruaryUtc()
    {
        var paris = Calculator(calendar: new ReportingCalendar(Zones.Paris)).Calculate([LastNightOfFebruary, SundayNight], March);
        var utc = Calculator(calendar: ReportingCalendar.Utc).Calculate([LastNightOfFebruary, SundayNight], March);

        // Paris: (30 + 10) / (100 + 100) = 0.2; UTC: only the Sunday night post, 10 / 100 = 0.1
        paris.Value!.Value.Should().BeApproximately(0.2, 1e-12);
        paris.Inputs.RecordsUsed.Should().Be(2);
        utc.Value!.Value.Should().BeApproximately(0.1, 1e-12);
        utc.Inputs.RecordsUsed.Should().Be(1);
    }

    [Fact]
    public void CalculateByPeriod_Week_BothPosts_Paris_AreInTwoWeeks()
    {
        var results = Calculator(calendar: new ReportingCalendar(Zones.Paris)).CalculateByPeriod([SundayNight, LastNightOfFebruary], Cadence.Week);

        // Paris: Sunday 1 March 00:30 → W09; Monday 2 March 00:30 → W10
        results.Select(r => r.Period.Label).Should().Equal("2026-W09", "2026-W10");
        results[0].Value!.Value.Should().BeApproximately(0.3, 1e-12); // 30 / 100
        results[1].Value!.Value.Should().BeApproximately(0.1, 1e-12); // 10 / 100
    }

    [Fact]
    public void CalculateByPeriod_Week_BothPosts_Utc_AreInOneWeek()
    {
        var results = Calculator(calendar: ReportingCalendar.Utc).CalculateByPeriod([SundayNight, LastNightOfFebruary], Cadence.Week);

        // UTC: Saturday 28 Feb and Sunday 1 March are both in W09: (30 + 10) / 200 = 0.2
        results.Should().ContainSingle();
        results[0].Period.Label.Should().Be("2026-W09");
        results[0].Value!.Value.Should().BeApproximately(0.2, 1e-12);
    }
}
