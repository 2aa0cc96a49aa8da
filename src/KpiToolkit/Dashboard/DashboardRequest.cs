using KpiToolkit.Activity;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Dashboard;

/// <summary>What a dashboard is built from: the period, the activity data, the objectives, the KPIs to show and the figures measured outside the toolkit.</summary>
public sealed record DashboardRequest
{
    /// <summary>Creates a request for one period.</summary>
    /// <param name="period">The period to report; its cadence (week, month, quarter...) is the dashboard's.</param>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public DashboardRequest(ReportingPeriod period)
    {
        Period = Preconditions.NotNull(period);
    }

    /// <summary>Gets the period to report.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the activity the calculators read.</summary>
    /// <value><see cref="ActivityData.Empty"/>.</value>
    public ActivityData Data { get; init; } = ActivityData.Empty;

    /// <summary>Gets the top-level objectives; each one's KPI, and its sub-objectives', gets a row with its evaluation.</summary>
    /// <value>None.</value>
    public IReadOnlyList<Objective> Objectives { get; init; } = [];

    /// <summary>Gets the KPIs to show besides the objectives' ones, for all channels.</summary>
    /// <value>Null: every indicator of a registered calculator, then every measured series.</value>
    public IReadOnlyList<IndicatorKey>? Indicators { get; init; }

    /// <summary>Gets the figures measured outside the toolkit (headcount, cash flow...): each series becomes a row, and measures the objective with the same indicator and channel.</summary>
    /// <value>None. A series must have the dashboard's cadence and an indicator known to the catalog or to an objective.</value>
    public IReadOnlyList<MeasurementSeries> Measurements { get; init; } = [];
}
