using KpiToolkit.Evaluation;
using KpiToolkit.Measurements;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    private static readonly ReportingCalendar Paris = new(Zones.Paris);

    [Fact]
    public void Today_LateOnAUtcEvening_IsAlreadyTheNextDayInParis()
    {
        // 10 April 2026 at 22:30 UTC is 11 April at 00:30 in Paris (UTC+2 in summer).
        var clock = new FakeClock(Instant.FromUtc(2026, 4, 10, 22, 30));

        new ObjectiveEvaluator(clock, ReportingCalendar.Utc).Today.Should().Be(new LocalDate(2026, 4, 10));
        new ObjectiveEvaluator(clock, Paris).Today.Should().Be(new LocalDate(2026, 4, 11));
    }

    [Fact]
    public void Evaluate_WithoutADate_UsesTodayInTheCalendarsZone()
    {
        // The deadline is 10 April. At 22:30 UTC that day it is still the deadline in UTC, but the day after in Paris:
        // March 1900 is on pace in UTC (progress 0.9 against 1.0, gap 0.1) and a final Missed in Paris.
        var clock = new FakeClock(Instant.FromUtc(2026, 4, 10, 22, 30));
        var series = Monthly(2026, 1, 1500, 1700, 1900);

        var inUtc = new ObjectiveEvaluator(clock, ReportingCalendar.Utc).Evaluate(new Spec().Build(), series);
        var inParis = new ObjectiveEvaluator(clock, Paris).Evaluate(new Spec().Build(), series);

        inUtc.AsOf.Should().Be(new LocalDate(2026, 4, 10));
        inUtc.IsFinal.Should().BeFalse();
        inUtc.Status.Should().Be(ObjectiveStatus.OnTrack);
        inParis.AsOf.Should().Be(new LocalDate(2026, 4, 11));
        inParis.IsFinal.Should().BeTrue();
        inParis.Status.Should().Be(ObjectiveStatus.Missed);
    }

    [Fact]
    public void Evaluate_TreeWithoutADate_UsesTodayInTheCalendarsZone()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 2, 18, 23, 30)); // 19 February 00:30 in Paris (UTC+1 in winter)

        var evaluation = new ObjectiveEvaluator(clock, Paris).EvaluateTree(Parent(OnTrackChild()), o => SeriesOf(o, ChildSeries));

        evaluation.AsOf.Should().Be(HalfWay);
        evaluation.SubObjectives[0].AsOf.Should().Be(HalfWay);
        evaluation.SubObjectives[0].ExpectedProgress.Should().Be(0.5);
    }

    [Fact]
    public void Today_OnTheDayClocksGoForward_UsesTheSummerOffset()
    {
        // Paris moves to UTC+2 at 01:00 UTC on 29 March 2026. At 22:30 UTC that evening it is 00:30 on 30 March
        // there; with the winter offset it would still be 23:30 on the 29th.
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 29, 22, 30));

        new ObjectiveEvaluator(clock, Paris).Today.Should().Be(new LocalDate(2026, 3, 30));
        new ObjectiveEvaluator(clock, ReportingCalendar.Utc).Today.Should().Be(new LocalDate(2026, 3, 29));
    }

    [Fact]
    public void Today_OnTheDayClocksGoBack_UsesTheWinterOffset()
    {
        // Paris moves back to UTC+1 at 01:00 UTC on 25 October 2026. At 22:30 UTC that evening it is 23:30 on the
        // 25th there; with the summer offset it would already be 00:30 on the 26th.
        var clock = new FakeClock(Instant.FromUtc(2026, 10, 25, 22, 30));

        new ObjectiveEvaluator(clock, Paris).Today.Should().Be(new LocalDate(2026, 10, 25));

        clock.Now = Instant.FromUtc(2026, 10, 25, 23, 0); // 00:00 on the 26th in Paris
        new ObjectiveEvaluator(clock, Paris).Today.Should().Be(new LocalDate(2026, 10, 26));
    }

    [Fact]
    public void Evaluate_DeadlineOnTheDayClocksGoForward_IsPastInParisAfterLocalMidnight()
    {
        // A deadline on 29 March 2026, the day Paris moves to UTC+2. At 22:30 UTC that evening it is already
        // 30 March in Paris, so the status is final there; in UTC it is still the deadline. February met the target.
        var spec = new Spec { Deadline = new LocalDate(2026, 3, 29) };
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 29, 22, 30));
        var series = Monthly(2026, 1, 1500, 2000);

        var inParis = new ObjectiveEvaluator(clock, Paris).Evaluate(spec.Build(), series);
        var inUtc = new ObjectiveEvaluator(clock, ReportingCalendar.Utc).Evaluate(spec.Build(), series);

        inParis.Status.Should().Be(ObjectiveStatus.Achieved);
        inParis.Reason.Should().Be(StatusReason.DeadlinePassed);
        inUtc.Status.Should().Be(ObjectiveStatus.Achieved);
        inUtc.Reason.Should().Be(StatusReason.TargetMet);
    }

    [Fact]
    public void Today_FollowsTheClock()
    {
        // The evaluator reads the clock at each call: it keeps no date of its own.
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 30, 12, 0));
        var evaluator = new ObjectiveEvaluator(clock);
        var series = January(1400);

        evaluator.Evaluate(new Spec().Build(), series).Status.Should().Be(ObjectiveStatus.NoData); // January not complete
        clock.Now = Instant.FromUtc(2026, 2, 19, 12, 0);
        evaluator.Evaluate(new Spec().Build(), series).Status.Should().Be(ObjectiveStatus.OnTrack);
    }

    [Fact]
    public void Evaluate_WithoutADate_AcceptsANullSeries()
    {
        var evaluation = Evaluator().Evaluate(new Spec().Build(), (MeasurementSeries?)null);

        evaluation.AsOf.Should().Be(HalfWay);
        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
    }
}
