using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;

namespace KpiToolkit.Dashboard;

/// <summary>The choices of <see cref="DashboardBuilder"/>.</summary>
public sealed class DashboardOptions
{
    /// <summary>The default <see cref="Title"/>, which renderers show in the labels' language (<c>Tableau de bord des KPI</c> in French).</summary>
    public const string DefaultTitle = "KPI dashboard";

    /// <summary>Gets or sets the title shown at the top of the dashboard.</summary>
    /// <value><see cref="DefaultTitle"/>, shown in the labels' language; a title the host sets is shown as given. Not blank.</value>
    public string Title { get; set; } = DefaultTitle;

    /// <summary>Gets or sets how many periods each KPI's history holds, the dashboard's period included.</summary>
    /// <value>6. Between 2 and 60.</value>
    public int HistoryLength { get; set; } = 6;

    /// <summary>Gets or sets the thresholds objectives are evaluated with.</summary>
    public EvaluationOptions Evaluation { get; set; } = new();

    /// <summary>Gets or sets the ROI thresholds of the action ranking.</summary>
    public RoiRankingOptions RoiRanking { get; set; } = new();

    /// <summary>Gets or sets the options of the channel comparison.</summary>
    public ChannelComparisonOptions ChannelComparison { get; set; } = new();

    /// <summary>Gets or sets the options of the weekday × hour analysis.</summary>
    public BestTimeToPostOptions BestTimeToPost { get; set; } = new();

    /// <summary>Gets or sets which mentions are counted for spikes when the registry has no <see cref="MentionVolumeCalculator"/>; when it has one, the spikes count the mentions it counts, so the chart agrees with the mention-volume row.</summary>
    public MentionVolumeOptions MentionVolume { get; set; } = new();

    /// <summary>Gets or sets the detector that flags unusual daily mention volumes.</summary>
    /// <value>
    /// Mean + 2σ of the same weekday in the four weeks before (a season of 7 days), so that quieter weekends are not
    /// flagged as drops nor weekdays as spikes. Only rises are shown as spikes.
    /// </value>
    public IVolumeAnomalyDetector SpikeDetector { get; set; } = new StandardDeviationDetector(new StandardDeviationDetectorOptions { Window = 4, SeasonLength = 7 });

    /// <summary>Gets or sets how many days of mentions before the period the spike detector reads as history.</summary>
    /// <value>Null: the detector's <see cref="TrailingWindowDetector.Window"/> × <see cref="TrailingWindowDetector.SeasonLength"/> days, or 28 for another detector. Between 1 and 3660 when set.</value>
    public int? SpikeHistoryDays { get; set; }

    /// <summary>
    /// Gets or sets whether the dashboard compares what it computes with the figures the platforms reported themselves
    /// (<see cref="KpiDashboard.Reconciliation"/>), for the posts of its periods that carry such figures.
    /// </summary>
    /// <value>True. The dashboard has no reconciliation anyway when no post carries a platform figure.</value>
    public bool ShowReconciliation { get; set; } = true;

    /// <summary>Gets or sets how many best and how many worst posts of the period the dashboard lists (<see cref="KpiDashboard.TopPosts"/>).</summary>
    /// <value>3. Between 0 (no list) and 50.</value>
    public int TopPostCount { get; set; } = 3;

    /// <summary>
    /// Gets or sets whether each flagged mention spike is explained by the mentions of its day (<see cref="MentionSpikes.Explanations"/>):
    /// the good kind or the bad kind. It makes objects of those mentions, and reads streamed mentions once more.
    /// </summary>
    /// <value>True.</value>
    public bool ExplainSpikes { get; set; } = true;

    /// <summary>
    /// Gets or sets whether KPIs with no value in any period of the history stay in their sections (as n/a), instead of
    /// being listed once in <see cref="KpiDashboard.NotMeasured"/>.
    /// </summary>
    /// <value>False: a page shows what the data measures and names the rest once.</value>
    public bool ShowRowsWithoutData { get; set; }

    /// <summary>
    /// Gets or sets how many threads a dashboard reads its records on: the posts and the mentions are read at once when
    /// there are at least 100,000 of them together. The dashboard is the same whatever the number.
    /// </summary>
    /// <value>-1: as many as the machine has cores. 1 reads everything on the calling thread.</value>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>Checks the options and returns them.</summary>
    /// <returns>These options.</returns>
    /// <exception cref="ArgumentException">The title is blank, or an option is null or out of range.</exception>
    public DashboardOptions Validated()
    {
        Preconditions.Check(!string.IsNullOrWhiteSpace(Title), $"{nameof(DashboardOptions)}.{nameof(Title)} must not be blank.", nameof(Title));
        if (HistoryLength is < 2 or > 60)
        {
            throw new ArgumentOutOfRangeException(nameof(HistoryLength), HistoryLength, $"{nameof(DashboardOptions)}.{nameof(HistoryLength)} must be between 2 and 60.");
        }

        if (SpikeHistoryDays is < 1 or > 3660)
        {
            throw new ArgumentOutOfRangeException(nameof(SpikeHistoryDays), SpikeHistoryDays, $"{nameof(DashboardOptions)}.{nameof(SpikeHistoryDays)} must be between 1 and 3660 when set.");
        }

        if (TopPostCount is < 0 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(TopPostCount), TopPostCount, $"{nameof(DashboardOptions)}.{nameof(TopPostCount)} must be between 0 and 50.");
        }

        if (MaxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(
                nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, $"{nameof(DashboardOptions)}.{nameof(MaxDegreeOfParallelism)} must be -1 (every core) or at least 1.");
        }

        Preconditions.Check(Evaluation is not null, $"{nameof(DashboardOptions)}.{nameof(Evaluation)} must not be null.", nameof(Evaluation));
        Preconditions.Check(RoiRanking is not null, $"{nameof(DashboardOptions)}.{nameof(RoiRanking)} must not be null.", nameof(RoiRanking));
        Preconditions.Check(ChannelComparison is not null, $"{nameof(DashboardOptions)}.{nameof(ChannelComparison)} must not be null.", nameof(ChannelComparison));
        Preconditions.Check(BestTimeToPost is not null, $"{nameof(DashboardOptions)}.{nameof(BestTimeToPost)} must not be null.", nameof(BestTimeToPost));
        Preconditions.Check(MentionVolume is not null, $"{nameof(DashboardOptions)}.{nameof(MentionVolume)} must not be null.", nameof(MentionVolume));
        Preconditions.Check(SpikeDetector is not null, $"{nameof(DashboardOptions)}.{nameof(SpikeDetector)} must not be null.", nameof(SpikeDetector));
        Evaluation.Validated();
        return this;
    }

    /// <summary>Copies the options, replacing the analyses' options with those given (the ones a host registered in its container).</summary>
    internal DashboardOptions With(
        RoiRankingOptions? roiRanking, ChannelComparisonOptions? channelComparison, BestTimeToPostOptions? bestTimeToPost) => new()
    {
        Title = Title,
        HistoryLength = HistoryLength,
        Evaluation = Evaluation,
        RoiRanking = roiRanking ?? RoiRanking,
        ChannelComparison = channelComparison ?? ChannelComparison,
        BestTimeToPost = bestTimeToPost ?? BestTimeToPost,
        MentionVolume = MentionVolume,
        SpikeDetector = SpikeDetector,
        SpikeHistoryDays = SpikeHistoryDays,
        ShowReconciliation = ShowReconciliation,
        TopPostCount = TopPostCount,
        ExplainSpikes = ExplainSpikes,
        ShowRowsWithoutData = ShowRowsWithoutData,
        MaxDegreeOfParallelism = MaxDegreeOfParallelism,
    };

    internal int SpikeHistory => SpikeHistoryDays ?? (SpikeDetector is TrailingWindowDetector trailing ? trailing.Window * trailing.SeasonLength : 28);
}
