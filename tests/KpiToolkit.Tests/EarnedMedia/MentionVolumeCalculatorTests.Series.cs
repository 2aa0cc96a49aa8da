using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;
using static KpiToolkit.Tests.EarnedMedia.Earned;

namespace KpiToolkit.Tests.EarnedMedia;

public partial class MentionVolumeCalculatorTests
{
    [Fact]
    public void Series_TenDays_IncludesTheEmptyDaysWithNoGap()
    {
        Mention[] mentions =
        [
            Mention("d2a", At(2026, 3, 2, 8)),
            Mention("d9a", At(2026, 3, 9, 23, 59)),
            Mention("d5a", At(2026, 3, 5)),
            Mention("d2b", At(2026, 3, 2, 21)),
            Mention("d9b", At(2026, 3, 9, 0, 0)),
            Mention("d9c", At(2026, 3, 9, 12)),
            Mention("d5-competitor", At(2026, 3, 5), subject: Staub),
            Mention("before", At(2026, 2, 28, 23, 59)),
            Mention("after", At(2026, 3, 11, 0, 0)),
        ];

        var series = new MentionVolumeCalculator().Series(mentions, Cadence.Day, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 10));

        // 1 to 10 March: 2 on the 2nd, 1 on the 5th (the Staub one does not count), 3 on the 9th, 0 elsewhere.
        series.Select(p => p.Period).Should().Equal(Enumerable.Range(0, 10).Select(i => ReportingPeriod.Day(new LocalDate(2026, 3, 1).PlusDays(i))));
        series.Select(p => p.Count).Should().Equal(0L, 2L, 0L, 0L, 1L, 0L, 0L, 0L, 3L, 0L);
    }

    [Fact]
    public void Series_NoMention_IsAllZeros()
    {
        var series = new MentionVolumeCalculator().Series([], Cadence.Day, new LocalDate(2026, 3, 30), new LocalDate(2026, 4, 2));

        // 30 and 31 March, 1 and 2 April.
        series.Should().HaveCount(4);
        series.Should().OnlyContain(p => p.Count == 0);
        series[2].Period.Should().Be(ReportingPeriod.Day(new LocalDate(2026, 4, 1)));
    }

    [Fact]
    public void Series_ParisCalendar_PutsLateUtcMentionsOnTheNextLocalDay()
    {
        Mention[] mentions =
        [
            Mention("late", At(2026, 3, 1, 23, 30)), // 2 March 00:30 in Paris
            Mention("evening", At(2026, 3, 1, 22, 30)), // 1 March 23:30 in Paris
        ];
        var start = new LocalDate(2026, 3, 1);
        var end = new LocalDate(2026, 3, 2);

        new MentionVolumeCalculator(calendar: new ReportingCalendar(Zones.Paris)).Series(mentions, Cadence.Day, start, end)
            .Select(p => p.Count).Should().Equal(1L, 1L);
        new MentionVolumeCalculator().Series(mentions, Cadence.Day, start, end)
            .Select(p => p.Count).Should().Equal(2L, 0L);
    }

    [Fact]
    public void Series_Weeks_CountsPerIsoWeek()
    {
        Mention[] mentions = [Mention("m1", At(2026, 3, 1)), Mention("m2", At(2026, 3, 2)), Mention("m3", At(2026, 3, 15))];

        // 1 March 2026 is a Sunday (ISO week 9); 2 March opens week 10; 15 March is the Sunday of week 11.
        var series = new MentionVolumeCalculator().Series(mentions, Cadence.Week, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 16));

        series.Select(p => p.Period.Label).Should().Equal("2026-W09", "2026-W10", "2026-W11", "2026-W12");
        series.Select(p => p.Count).Should().Equal(1L, 1L, 1L, 0L);
    }

    [Fact]
    public void Series_EndBeforeStart_Throws()
    {
        var act = () => new MentionVolumeCalculator().Series([], Cadence.Day, new LocalDate(2026, 3, 2), new LocalDate(2026, 3, 1));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "end")
            .WithMessage("*must not be before start*");
    }

    [Fact]
    public void Series_CustomCadence_Throws()
    {
        var act = () => new MentionVolumeCalculator().Series([], Cadence.Custom, new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 2));

        act.Should().Throw<ArgumentException>()
            .Where(e => e.ParamName == "cadence")
            .WithMessage("*custom cadence*");
    }
}
