using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Every chosen KPI of one reporting period in one place: values, targets, statuses, changes and short histories,
/// grouped by category and media type, with the objectives, the ROI ranking, the channel comparison, the best time
/// to post, the flagged mention spikes and the reconciliation with the platforms' own figures beside them.
/// </summary>
/// <remarks>Built by <see cref="DashboardBuilder"/>; turned into text, JSON, CSV or HTML by an <see cref="IDashboardRenderer"/>.</remarks>
public sealed record KpiDashboard
{
    internal KpiDashboard()
    {
    }

    /// <summary>Gets the title shown at the top.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the reporting period the dashboard describes; its cadence is the dashboard's.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>Gets the date objectives were evaluated on: the end of the period, or today when the period is not over.</summary>
    public required LocalDate AsOf { get; init; }

    /// <summary>Gets when the dashboard was built, from the clock.</summary>
    public required Instant GeneratedAt { get; init; }

    /// <summary>Gets the calendar that turned instants into the period's days.</summary>
    public required ReportingCalendar Calendar { get; init; }

    /// <summary>
    /// Gets the headline scorecards: the rows of the objectives' KPIs that have a value in the history, in the objectives'
    /// order (each parent before its sub-objectives). The same rows are in <see cref="Sections"/> too.
    /// </summary>
    public required IReadOnlyList<KpiRow> Scorecards { get; init; }

    /// <summary>Gets the KPI rows grouped by indicator category, then media type, in the order of those enumerations.</summary>
    /// <value>Without the rows of <see cref="NotMeasured"/>, unless <see cref="DashboardOptions.ShowRowsWithoutData"/> is on.</value>
    public required IReadOnlyList<DashboardSection> Sections { get; init; }

    /// <summary>
    /// Gets the KPIs with no value in any period of the history and no error: nothing in the data measures them. They are
    /// taken out of <see cref="Sections"/> and listed once, so a page is not filled with n/a.
    /// </summary>
    /// <value>Empty when <see cref="DashboardOptions.ShowRowsWithoutData"/> is on: the rows stay in their sections then.</value>
    public required IReadOnlyList<KpiRow> NotMeasured { get; init; }

    /// <summary>
    /// Gets the analyses that have nothing to show because the data holds nothing they read: no action for the ROI ranking,
    /// no web traffic for the channel comparison, no post with an engagement rate for the best time to post or the top
    /// posts, no mention at all for the mention spikes. Renderers list them once instead of drawing empty charts.
    /// </summary>
    public required IReadOnlyList<DashboardAnalysis> AnalysesWithoutData { get; init; }

    /// <summary>Gets the evaluations of the top-level objectives; sub-objectives hang below each.</summary>
    public required IReadOnlyList<ObjectiveEvaluation> Objectives { get; init; }

    /// <summary>Gets the actions of the period ranked by ROI; null when the ranking failed (see <see cref="Problems"/>).</summary>
    public RoiRanking? RoiRanking { get; init; }

    /// <summary>Gets the channels compared by traffic and conversion in the period; null when the comparison failed.</summary>
    public ChannelComparison? ChannelComparison { get; init; }

    /// <summary>Gets the weekday × hour engagement of the posts of the history window; null when the analysis failed.</summary>
    public BestTimeToPost? BestTimeToPost { get; init; }

    /// <summary>Gets the daily mention volume with the spikes flagged in the period; null when the detection failed.</summary>
    public MentionSpikes? MentionSpikes { get; init; }

    /// <summary>
    /// Gets the best and the worst posts of the period by the engagement rate of the dashboard's calculator; null when
    /// <see cref="DashboardOptions.TopPostCount"/> is 0 or the ranking failed.
    /// </summary>
    public TopPosts? TopPosts { get; init; }

    /// <summary>
    /// Gets what the dashboard computes beside what the platforms reported themselves, for the posts of its periods (the
    /// history, the current period included): every post figure that disagrees, with its reason, and each period's
    /// engagement rate per channel beside the platform's.
    /// </summary>
    /// <value>
    /// Null when no post of those periods carries a platform figure, when <see cref="DashboardOptions.ShowReconciliation"/>
    /// is off, or when the reconciliation failed (see <see cref="Problems"/>).
    /// </value>
    public PlatformReconciliation? Reconciliation { get; init; }

    /// <summary>Gets what could not be computed and why: a failing calculator or analyzer, an objective no calculator or series measures.</summary>
    public required IReadOnlyList<DashboardProblem> Problems { get; init; }

    /// <summary>Gets every KPI row of every section, in order.</summary>
    public IEnumerable<KpiRow> Rows => Sections.SelectMany(section => section.Rows);

    /// <summary>Returns whether an analysis has something to show: it was computed and the data holds what it reads.</summary>
    /// <param name="analysis">The analysis.</param>
    /// <returns>False when the analysis failed, was turned off, or is in <see cref="AnalysesWithoutData"/>.</returns>
    public bool HasData(DashboardAnalysis analysis) =>
        !AnalysesWithoutData.Contains(analysis) && analysis switch
        {
            DashboardAnalysis.RoiRanking => RoiRanking is not null,
            DashboardAnalysis.ChannelComparison => ChannelComparison is not null,
            DashboardAnalysis.BestTimeToPost => BestTimeToPost is not null,
            DashboardAnalysis.MentionSpikes => MentionSpikes is not null,
            DashboardAnalysis.TopPosts => TopPosts is not null,
            _ => false,
        };

    /// <summary>Gets the display names the builder's catalog gives indicators, shown in place of their definitions' names.</summary>
    internal IReadOnlyDictionary<IndicatorKey, string>? DisplayNames { get; init; }
}

/// <summary>The analyses a dashboard shows beside its KPI rows.</summary>
public enum DashboardAnalysis
{
    /// <summary>The actions of the period ranked by ROI (<see cref="KpiDashboard.RoiRanking"/>).</summary>
    RoiRanking,

    /// <summary>The channels compared by traffic and conversion (<see cref="KpiDashboard.ChannelComparison"/>).</summary>
    ChannelComparison,

    /// <summary>The weekday × hour engagement of the posts (<see cref="KpiDashboard.BestTimeToPost"/>).</summary>
    BestTimeToPost,

    /// <summary>The daily mention volume and its spikes (<see cref="KpiDashboard.MentionSpikes"/>).</summary>
    MentionSpikes,

    /// <summary>The best and worst posts of the period (<see cref="KpiDashboard.TopPosts"/>).</summary>
    TopPosts,
}

/// <summary>The KPI rows of one indicator category and media type.</summary>
/// <param name="Category">The category shared by the rows.</param>
/// <param name="MediaType">The media type shared by the rows.</param>
/// <param name="Rows">The rows: objectives' KPIs first, in the objectives' order, then the other selected KPIs.</param>
public sealed record DashboardSection(IndicatorCategory Category, MediaType MediaType, IReadOnlyList<KpiRow> Rows);

/// <summary>Where the numbers of a KPI row come from.</summary>
public enum KpiOrigin
{
    /// <summary>Computed from the activity data by a registered calculator.</summary>
    Calculated,

    /// <summary>Taken from a measurement series the host supplied (a figure measured outside the toolkit).</summary>
    Measured,
}

/// <summary>One KPI on the dashboard: its value for the period, the previous value, a short history and, when an objective tracks it, its evaluation.</summary>
public sealed record KpiRow
{
    internal KpiRow()
    {
    }

    /// <summary>Gets the indicator's definition: name, unit, polarity, category and media type.</summary>
    public required Indicator Indicator { get; init; }

    /// <summary>Gets the channel the KPI is computed for; null for all channels.</summary>
    public Channel? Channel { get; init; }

    /// <summary>Gets where the numbers come from.</summary>
    public required KpiOrigin Origin { get; init; }

    /// <summary>Gets the calculator's type name, or the measurement series' source.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the value for the dashboard's period, or why there is none.</summary>
    public required KpiResult Current { get; init; }

    /// <summary>Gets the value for the period before.</summary>
    public required KpiResult Previous { get; init; }

    /// <summary>Gets the change from the previous period to this one; null unless both values are available.</summary>
    public PeriodChange? Change { get; init; }

    /// <summary>Gets the values of the last periods, oldest first, ending with <see cref="Current"/>.</summary>
    public required IReadOnlyList<KpiResult> History { get; init; }

    /// <summary>Gets the evaluation of the objective this row measures; null when no objective tracks it.</summary>
    public ObjectiveEvaluation? Evaluation { get; init; }

    /// <summary>Gets why the KPI could not be computed, when its calculator failed or nothing measures it; null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Gets <see cref="Error"/> with its values, to show in the labels' language.</summary>
    internal Localization.LocalizableText? ErrorText { get; init; }

    /// <summary>
    /// Gets whether the data measures the KPI: a value in some period of the history, or an error that says why there
    /// is none. A row that is neither goes to <see cref="KpiDashboard.NotMeasured"/>.
    /// </summary>
    internal bool IsMeasured => Error is not null || History.Any(result => result.IsAvailable);
}

/// <summary>The daily mention volume around the dashboard's period and the unusual rises flagged in it.</summary>
/// <param name="Detector">The detector's name and settings.</param>
/// <param name="Points">The mentions per day, from the detector's history window before the period to the period's last day.</param>
/// <param name="Spikes">The days of the period flagged as unusually high, oldest first.</param>
public sealed record MentionSpikes(string Detector, IReadOnlyList<VolumePoint> Points, IReadOnlyList<VolumeAnomaly> Spikes)
{
    /// <summary>Gets <see cref="Detector"/> with its settings, to show in the labels' language; null for a host's detector.</summary>
    internal Localization.LocalizableText? DetectorText { get; init; }

    /// <summary>
    /// Gets the mentions behind each spike, in the order of <see cref="Spikes"/>: how many, who wrote them, in what tone,
    /// and whether the spike is the good kind (enthusiasm to convert) or the bad kind (a possible crisis).
    /// </summary>
    public IReadOnlyList<SpikeExplanation> Explanations { get; init; } = [];
}

/// <summary>Something a dashboard could not compute, reported instead of stopping the whole build.</summary>
/// <param name="Component">What failed: a calculator, an analyzer or an objective.</param>
/// <param name="Message">What went wrong, in a sentence.</param>
public sealed record DashboardProblem(string Component, string Message)
{
    /// <summary>Gets <see cref="Component"/> with its values, to show in the labels' language; null when it is a type's name.</summary>
    internal Localization.LocalizableText? ComponentText { get; init; }

    /// <summary>Gets <see cref="Message"/> with its values, to show in the labels' language.</summary>
    internal Localization.LocalizableText? MessageText { get; init; }

    /// <summary>Creates a problem whose English texts are those of its resources.</summary>
    internal static DashboardProblem Of(Localization.LocalizableText component, Localization.LocalizableText message) =>
        new(component.English, message.English) { ComponentText = component, MessageText = message };

    /// <summary>Creates a problem of a named part (a calculator's type) whose message is localizable.</summary>
    internal static DashboardProblem Of(string component, Localization.LocalizableText message) =>
        new(component, message.English) { MessageText = message };
}
