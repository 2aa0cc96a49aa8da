using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.TimeZones;

namespace KpiToolkit.Tests.Dashboard;

public sealed partial class DashboardBuilderTests
{
    [Fact]
    public void Build_PostsWithPlatformFigures_ReconcilesThePostsOfTheHistory()
    {
        var reconciliation = ReconciliationDashboards.Build().Reconciliation;

        reconciliation.Should().NotBeNull();
        reconciliation!.FiguresCompared.Should().Be(6, "t3, t1 and t2 carry two figures each; 'old' is before January");
        reconciliation.FiguresAgreeing.Should().Be(4);
        reconciliation.PostsWithoutPlatformFigures.Should().Be(1, "t0 carries none");
        reconciliation.RecordDisagreements.Select(d => (d.RecordId, d.Figure)).Should().Equal(
            ("t2", PlatformFigureNames.Engagements), ("t2", PlatformFigureNames.EngagementRate));
        var engagements = reconciliation.RecordDisagreements[0];
        engagements.Reported.Should().Be(60);
        engagements.Computed.Should().Be(57);
        engagements.Reason.Should().Be(DisagreementReason.OtherComposition);
    }

    [Fact]
    public void Build_Reconciliation_ComparesTheCurrentPeriodAndTheHistory()
    {
        var dashboard = ReconciliationDashboards.Build();

        var history = dashboard.Rows.Concat(dashboard.NotMeasured).First().History.Select(result => result.Period).ToList();
        var periods = dashboard.Reconciliation!.Periods;
        periods.Select(p => p.Period).Should().OnlyContain(period => history.Contains(period));
        periods.Select(p => (p.Period, p.Channel)).Should().Equal(
            (ReportingPeriod.Month(2026, 3), Channel.X), (ReportingPeriod.Month(2026, 6), Channel.X));
        periods[0].Agrees.Should().BeTrue();
        var june = periods[1];
        june.Computed.Should().BeApproximately(0.03, 1e-15);
        june.Reported.Should().BeApproximately(117.0 / 3_800, 1e-15);
        june.Reason.Should().Be(DisagreementReason.OtherComposition);
        june.RecordIds.Should().Equal("t2");
    }

    [Fact]
    public void Build_PostNearTheHistorysEdge_IsComparedInThePlatformsZone()
    {
        // 30 June 23:30 UTC is 1 July in Paris: outside the history in the calendar, in June for X (UTC).
        var late = ReconciliationDashboards.XPost("late", Instant.FromUtc(2026, 6, 30, 23, 30), 57m, 0.03m);

        var reconciliation = ReconciliationDashboards.Build([.. ReconciliationDashboards.Posts, late]).Reconciliation!;

        reconciliation.FiguresCompared.Should().Be(6, "the post's day in the calendar is 1 July, after the dashboard's periods");
        var june = reconciliation.Periods.Single(p => p.Period == DashboardFixture.June);
        june.Reason.Should().Be(DisagreementReason.TimeZoneBoundary);
        june.RecordIds.Should().Equal("late");
    }

    [Fact]
    public void Build_NoPostWithPlatformFigures_HasNoReconciliation()
    {
        DashboardFixture.Build().Reconciliation.Should().BeNull("the fixture's posts carry no platform figure");
        ReconciliationDashboards.Build([ReconciliationDashboards.Posts[2]]).Reconciliation.Should().BeNull("t0 carries none");
    }

    [Fact]
    public void Build_FiguresOnlyOutsideTheHistory_HasNoReconciliation()
    {
        ReconciliationDashboards.Build([ReconciliationDashboards.Posts[0]]).Reconciliation.Should().BeNull("'old' is in December 2025");
    }

    [Fact]
    public void Build_ShowReconciliationOff_HasNoReconciliation()
    {
        var builder = ReconciliationDashboards.Builder(new DashboardOptions { ShowReconciliation = false });

        builder.Build(ReconciliationDashboards.Request()).Reconciliation.Should().BeNull();
    }

    [Fact]
    public void Build_ReconcilerThatThrows_ReportsAProblemAndBuildsTheRest()
    {
        var options = new PlatformReconcilerOptions();
        options.Definitions[Channel.X] = new PlatformDefinition(
            "X", EngagementComposition.X, PostDenominator.Impressions, new BrokenZone(), PlatformFigureNames.Engagements, PlatformFigureNames.EngagementRate);
        var builder = ReconciliationDashboards.Builder(reconciler: new PlatformReconciler(options, DashboardFixture.Paris));

        var dashboard = builder.Build(ReconciliationDashboards.Request());

        dashboard.Reconciliation.Should().BeNull();
        var problem = dashboard.Problems.Should().ContainSingle().Subject;
        problem.Component.Should().Be("platform reconciliation");
        problem.Message.Should().Be("It failed with InvalidOperationException: the time-zone database is unreachable");
        dashboard.Rows.Concat(dashboard.NotMeasured).Should().NotBeEmpty("the KPI rows are built, whether measured or not");
    }

    [Fact]
    public void Constructor_ReconcilerInAnotherCalendar_ThrowsNamingIt()
    {
        var act = () => ReconciliationDashboards.Builder(reconciler: new PlatformReconciler(calendar: ReportingCalendar.Utc));

        act.Should().Throw<ArgumentException>().Which.ParamName.Should().Be("reconciler");
    }

    [Fact]
    public void AddKpiToolkit_DashboardReconcilesWithTheRegisteredReconciler()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(DashboardFixture.Clock());
        services.AddKpiToolkit(options => options.TimeZone = DashboardFixture.Paris.Zone);
        var withX = services.BuildServiceProvider().GetRequiredService<DashboardBuilder>().Build(ReconciliationDashboards.Request());
        var own = new PlatformReconcilerOptions();
        own.Definitions.Remove(Channel.X);
        services.AddSingleton(own);
        var withoutX = services.BuildServiceProvider().GetRequiredService<DashboardBuilder>().Build(ReconciliationDashboards.Request());

        withX.Reconciliation!.FiguresCompared.Should().Be(6);
        withoutX.Reconciliation.Should().BeNull("the host's definitions leave X out, so nothing is compared");
    }

    /// <summary>A time zone that fails, as a broken platform definition would make the reconciliation fail.</summary>
    private sealed class BrokenZone() : DateTimeZone("Broken/Zone", false, Offset.Zero, Offset.Zero)
    {
        public override ZoneInterval GetZoneInterval(Instant instant) =>
            throw new InvalidOperationException("the time-zone database is unreachable");
    }
}
