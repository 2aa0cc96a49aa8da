using System.Collections.ObjectModel;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Builds a <see cref="KpiDashboard"/> for one period: every chosen KPI computed through the registered calculators
/// (a host's own included) or taken from the host's measurement series, the objectives evaluated, and the ROI ranking,
/// channel comparison, best time to post, mention spikes and the reconciliation with the platforms' own figures beside them.
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe: one instance can build many dashboards at once.</para>
/// <para>A calculator or analyzer that throws does not stop the build: its result says
/// <see cref="KpiUnavailableReason.CalculationFailed"/> and the failure is listed in <see cref="KpiDashboard.Problems"/>.
/// Mistakes in the request itself (an unknown indicator key, a series of another cadence) throw.</para>
/// <para>An objective is measured at its own cadence (<see cref="Objective.Cadence"/>, else its indicator's default), whatever
/// the dashboard's: a target of 700 mentions a month is judged on months in a weekly or quarterly dashboard too.</para>
/// <para>An objective is measured for the one channel of its scope, or for all channels when its scope names none.
/// An objective scoped to several channels needs a measurement series for all channels (channel null) from the host;
/// without one it is reported as a problem and evaluated with no data.</para>
/// </remarks>
public sealed partial class DashboardBuilder
{
    private readonly IKpiCalculatorRegistry _registry;
    private readonly IndicatorCatalog _catalog;
    private readonly IClock _clock;
    private readonly ObjectiveEvaluator _evaluator;
    private readonly string _title;
    private readonly int _historyLength;
    private readonly bool _parallel;
    private readonly int _spikeHistoryDays;
    private readonly RoiRankingAnalyzer _roiRanking;
    private readonly ChannelComparisonAnalyzer _channelComparison;
    private readonly BestTimeToPostAnalyzer _bestTime;
    private readonly MentionVolumeCalculator _mentionVolume;
    private readonly IVolumeAnomalyDetector _spikeDetector;
    private readonly PlatformReconciler? _reconciler;
    private readonly TopPostsAnalyzer? _topPosts;
    private readonly bool _showRowsWithoutData;
    private readonly bool _explainSpikes;

    /// <summary>Creates a builder.</summary>
    /// <param name="registry">The calculators KPIs are computed with.</param>
    /// <param name="catalog">The indicator definitions measured series are looked up in.</param>
    /// <param name="clock">The clock that says what today is, for a period not over yet.</param>
    /// <param name="calendar">The calendar that turns instants into days and periods.</param>
    /// <param name="options">The choices; the documented defaults when null. Their values are read once, here.</param>
    /// <param name="reconciler">
    /// Compares the posts' figures with the platforms' own (the one registered in DI, with the host's platform definitions);
    /// when null, one with the built-in definitions in <paramref name="calendar"/>. It must count periods in <paramref name="calendar"/>.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/>, <paramref name="catalog"/>, <paramref name="clock"/> or <paramref name="calendar"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// An option is out of range (see <see cref="DashboardOptions.Validated"/>), or <paramref name="reconciler"/> has another calendar than <paramref name="calendar"/>.
    /// </exception>
    public DashboardBuilder(
        IKpiCalculatorRegistry registry,
        IndicatorCatalog catalog,
        IClock clock,
        ReportingCalendar calendar,
        DashboardOptions? options = null,
        PlatformReconciler? reconciler = null)
    {
        _registry = Preconditions.NotNull(registry);
        _catalog = Preconditions.NotNull(catalog);
        _clock = Preconditions.NotNull(clock);
        Calendar = Preconditions.NotNull(calendar);
        var validated = (options ?? new DashboardOptions()).Validated();
        _evaluator = new ObjectiveEvaluator(clock, calendar, validated.Evaluation);
        _title = validated.Title.Trim();
        _historyLength = validated.HistoryLength;
        _parallel = validated.MaxDegreeOfParallelism != 1 && Environment.ProcessorCount > 1;
        _spikeHistoryDays = validated.SpikeHistory;
        _roiRanking = new RoiRankingAnalyzer(validated.RoiRanking);
        _channelComparison = new ChannelComparisonAnalyzer(validated.ChannelComparison);
        _bestTime = new BestTimeToPostAnalyzer(validated.BestTimeToPost, calendar);
        // The spike chart counts mentions like the mention-volume row: with the registered calculator when there is one.
        _mentionVolume = registry.TryGet(BuiltInIndicators.MentionVolume.Key, out var registered) && registered is MentionVolumeCalculator volume
            ? volume
            : new MentionVolumeCalculator(validated.MentionVolume, calendar);
        _spikeDetector = validated.SpikeDetector;
        Preconditions.Check(
            reconciler is null || reconciler.Calendar.Equals(calendar),
            $"The platform reconciler counts periods in {reconciler?.Calendar}, but the dashboard in {calendar}; create it with the dashboard's calendar.",
            nameof(reconciler));
        _reconciler = validated.ShowReconciliation ? reconciler ?? new PlatformReconciler(calendar: calendar) : null;
        _showRowsWithoutData = validated.ShowRowsWithoutData;
        _explainSpikes = validated.ExplainSpikes;

        // The best and worst posts are ranked by the engagement rate the dashboard's row shows.
        _topPosts = validated.TopPostCount == 0 ? null
            : new TopPostsAnalyzer(
                registry.TryGet(BuiltInIndicators.EngagementRate.Key, out var engagement) && engagement is PostRatioCalculator ratio ? ratio : new EngagementRateCalculator(calendar: calendar),
                validated.TopPostCount);
    }

    /// <summary>Gets the calendar of the dashboards this builder makes.</summary>
    public ReportingCalendar Calendar { get; }

    /// <summary>Creates a builder over the built-in calculators and indicators.</summary>
    /// <param name="clock">The clock that says what today is.</param>
    /// <param name="calendar">The reporting calendar; UTC with ISO weeks when null.</param>
    /// <param name="options">The choices; the documented defaults when null.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static DashboardBuilder CreateDefault(IClock clock, ReportingCalendar? calendar = null, DashboardOptions? options = null)
    {
        calendar ??= ReportingCalendar.Utc;
        return new DashboardBuilder(KpiCalculatorRegistry.CreateDefault(calendar), IndicatorCatalog.BuiltIn, clock, calendar, options);
    }

    /// <summary>Builds the dashboard of a request.</summary>
    /// <param name="request">The period, data, objectives, KPIs and measured series.</param>
    /// <returns>The dashboard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The request holds null items, two objectives with the same id, a selected indicator that no calculator computes and
    /// no series measures, a series of another cadence than the period's, two series for the same indicator and channel,
    /// or a series whose indicator is neither in the catalog nor an objective's.
    /// </exception>
    public KpiDashboard Build(DashboardRequest request) => Build(request, CancellationToken.None);

    /// <summary>
    /// Builds the dashboard of a request, as <see cref="Build(DashboardRequest)"/>, and stops when the token is cancelled:
    /// between its stages (the shared reads, each objective, each KPI, each analysis) and within the reads of the posts
    /// and mentions, every 1,024 records.
    /// </summary>
    /// <remarks>
    /// Building is computation, so it stays synchronous: run it where the host wants its CPU spent. Records read from an
    /// asynchronous source (a database, an HTTP body) are gathered first with <see cref="ActivityData.FromAsync"/>.
    /// </remarks>
    /// <param name="request">The period, data, objectives, KPIs and measured series.</param>
    /// <param name="cancellationToken">Stops the build with <see cref="OperationCanceledException"/>; nothing is returned then.</param>
    /// <returns>The dashboard.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The same as <see cref="Build(DashboardRequest)"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public KpiDashboard Build(DashboardRequest request, CancellationToken cancellationToken)
    {
        Preconditions.NotNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var run = new DashboardRun(this, request, cancellationToken);
        return run.Build();
    }

    /// <summary>The state of one build: caches and problems, never shared between builds.</summary>
    private sealed partial class DashboardRun
    {
        private readonly DashboardBuilder _builder;
        private readonly DashboardRequest _request;
        private readonly ReportingPeriod _period;
        private readonly IReadOnlyList<ReportingPeriod> _history;
        private readonly Dictionary<(IndicatorKey, Channel?), MeasurementSeries> _measured = [];
        private readonly Dictionary<(IndicatorKey, Channel?, ReportingPeriod), KpiResult> _results = [];
        private readonly Dictionary<(IndicatorKey, Channel?), LocalizableText> _failures = [];
        private readonly List<DashboardProblem> _problems = [];

        // The definition each objective gives its indicator, the first one winning: read once, looked up per period.
        private readonly Dictionary<IndicatorKey, Indicator> _objectiveIndicators = [];

        // Checked between stages here, and every few records in the shared reads.
        private readonly CancellationToken _cancellation;

        public DashboardRun(DashboardBuilder builder, DashboardRequest request, CancellationToken cancellation)
        {
            _builder = builder;
            _cancellation = cancellation;
            _request = request;
            _period = request.Period;
            _history = HistoryEndingAt(_period, builder._historyLength);
            IndexMeasuredSeries();
            CheckSelection();
            ReportDuplicates();
        }

        /// <summary>Lists the records given more than once: each counted once, but the overlap of exports is worth knowing.</summary>
        private void ReportDuplicates()
        {
            foreach (var note in _request.Data.Duplicates.NoteTexts())
            {
                _problems.Add(DashboardProblem.Of(new LocalizableText("Problem.Component.ActivityData"), note));
            }
        }

        public KpiDashboard Build()
        {
            var today = _builder._evaluator.Today;
            var asOf = today < _period.End ? today : _period.End;
            Prefetch(asOf);
            _cancellation.ThrowIfCancellationRequested();
            var rows = new List<KpiRow>();
            var shown = new HashSet<(IndicatorKey, Channel?)>();
            var evaluations = new List<ObjectiveEvaluation>();
            foreach (var root in _request.Objectives)
            {
                _cancellation.ThrowIfCancellationRequested();
                var seriesByObjective = root.SelfAndDescendants().ToDictionary(objective => objective, objective => SeriesFor(objective, asOf));
                var evaluation = _builder._evaluator.EvaluateTree(root, objective => seriesByObjective[objective], asOf);
                evaluations.Add(evaluation);
                foreach (var node in evaluation.SelfAndDescendants())
                {
                    var channel = ChannelOf(node.Objective);
                    rows.Add(Row(node.Objective.Indicator, channel, node));
                    shown.Add((node.Objective.Indicator.Key, channel));
                }
            }

            foreach (var (key, channel) in SelectedKpis())
            {
                if (shown.Add((key, channel)))
                {
                    _cancellation.ThrowIfCancellationRequested();
                    rows.Add(Row(DefinitionOf(key), channel, null));
                }
            }

            var (shownRows, notMeasured) = SplitMeasured(rows);
            var dashboard = new KpiDashboard
            {
                Title = _builder._title,
                Period = _period,
                AsOf = asOf,
                GeneratedAt = _builder._clock.GetCurrentInstant(),
                Calendar = _builder.Calendar,
                Scorecards = Scorecards(shownRows).AsReadOnly(),
                Sections = Sections(shownRows),
                NotMeasured = notMeasured.AsReadOnly(),
                AnalysesWithoutData = [],
                Objectives = evaluations.AsReadOnly(),
                RoiRanking = Analyze("Problem.Component.RoiRanking", () => _builder._roiRanking.Rank(_request.Data.Actions, _period)),
                ChannelComparison = Analyze("Problem.Component.ChannelComparison", () => _builder._channelComparison.Compare(_request.Data, _period)),
                BestTimeToPost = Analyze("Problem.Component.BestTimeToPost", BestTimeToPost),
                MentionSpikes = Analyze("Problem.Component.MentionSpikes", MentionSpikes),
                TopPosts = _builder._topPosts is null ? null : Analyze("Problem.Component.TopPosts", TopPosts),
                Reconciliation = Reconciliation(),
                Problems = _problems.AsReadOnly(),
                DisplayNames = _builder._catalog.DisplayNames,
            };
            return dashboard with { AnalysesWithoutData = AnalysesWithoutData(dashboard).AsReadOnly() };
        }

        private List<ReportingPeriod> HistoryEndingAt(ReportingPeriod period, int length)
        {
            var periods = new List<ReportingPeriod> { period };
            while (periods.Count < length && periods[0].HasPrevious)
            {
                periods.Insert(0, periods[0].Previous());
            }

            if (periods.Count < length)
            {
                _problems.Add(DashboardProblem.Of(
                    new LocalizableText("Problem.Component.History"),
                    new LocalizableText(
                        "Problem.HistoryShort",
                        periods.Count,
                        length,
                        periods[0].ToString(),
                        ReportingPeriod.EarliestDay.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
            }

            return periods;
        }

        private static IReadOnlyList<DashboardSection> Sections(List<KpiRow> rows) =>
            rows.GroupBy(row => (row.Indicator.Category, row.Indicator.MediaType))
                .OrderBy(group => group.Key.Category)
                .ThenBy(group => group.Key.MediaType)
                .Select(group => new DashboardSection(group.Key.Category, group.Key.MediaType, group.ToList().AsReadOnly()))
                .ToList()
                .AsReadOnly();

        private static Channel? ChannelOf(Objective objective) =>
            objective.Scope.Channels.Count == 1 ? objective.Scope.Channels[0] : null;

        private Indicator DefinitionOf(IndicatorKey key)
        {
            if (_builder._registry.TryGet(key, out var calculator) && !_measured.ContainsKey((key, null)))
            {
                return calculator.Indicator;
            }

            // CheckSelection made sure a measured indicator is an objective's, the catalog's or a calculator's.
            return _objectiveIndicators.GetValueOrDefault(key)
                ?? (_builder._catalog.TryGet(key, out var defined) ? defined : calculator?.Indicator)
                ?? throw new InvalidOperationException($"No definition of '{key}' was found although the request was checked.");
        }

        private MeasurementSeries? SeriesFor(Objective objective, LocalDate asOf)
        {
            var key = objective.Indicator.Key;
            var channel = ChannelOf(objective);
            if (_measured.TryGetValue((key, channel), out var measured))
            {
                return measured;
            }

            if (objective.Scope.Channels.Count > 1)
            {
                _problems.Add(DashboardProblem.Of(
                    new LocalizableText("Problem.Component.Objective", objective.Id),
                    new LocalizableText("Problem.SeveralChannels", objective.Scope.Channels.Count, objective.Scope.ToString(), key.ToString())));
                return null;
            }

            if (!_builder._registry.TryGet(key, out _))
            {
                _problems.Add(DashboardProblem.Of(
                    new LocalizableText("Problem.Component.Objective", objective.Id),
                    new LocalizableText("Problem.NotMeasured", key.ToString())));
                return null;
            }

            // A target is set per period of the objective's cadence ("700 mentions a month"), so the objective is measured
            // at that cadence whatever the dashboard's. The period just before the start is included: without a baseline,
            // it holds the value the objective started from.
            var measurements = Results(key, channel, EvaluationPeriods(objective, asOf))
                .Where(result => result.Value is not null)
                .Select(result => new Measurement(key, result.Period, result.Value!.Value, channel));
            return new MeasurementSeries(key, measurements);
        }

        private IReadOnlyList<ReportingPeriod> EvaluationPeriods(Objective objective, LocalDate asOf)
        {
            var from = (objective.Start ?? objective.Baseline?.Date ?? _history[0].Start).PlusDays(-1);
            return from <= asOf ? _builder.Calendar.PeriodsBetween(from, asOf, EvaluationCadence(objective)) : [];
        }

        private Cadence EvaluationCadence(Objective objective) =>
            objective.Cadence ?? (objective.Indicator.DefaultCadence == Cadence.Custom ? _period.Cadence : objective.Indicator.DefaultCadence);

        private KpiRow Row(Indicator indicator, Channel? channel, ObjectiveEvaluation? evaluation)
        {
            var history = Results(indicator.Key, channel, _history);
            var previous = history[^2];
            var current = history[^1];
            var measured = _measured.TryGetValue((indicator.Key, channel), out var series);
            var unmeasurable = !measured && !_builder._registry.TryGet(indicator.Key, out _);
            var failure = _failures.GetValueOrDefault((indicator.Key, channel)) ?? (unmeasurable ? new LocalizableText("Problem.NotMeasurable") : null);
            return new KpiRow
            {
                Indicator = _builder._catalog.Displayed(indicator),
                Channel = channel,
                Origin = measured ? KpiOrigin.Measured : KpiOrigin.Calculated,
                Source = measured ? SourceOf(series!) : unmeasurable ? "none" : _builder._registry.Get(indicator.Key).GetType().Name,
                Current = current,
                Previous = previous,
                Change = previous.Value is { } before && current.Value is { } now && double.IsFinite(now - before) ? new PeriodChange(previous.Period, before, current.Period, now) : null,
                History = history,
                Evaluation = evaluation,
                Error = failure?.English,
                ErrorText = failure,
            };
        }

        private static string SourceOf(MeasurementSeries series) =>
            series.Measurements.Select(measurement => measurement.Source).LastOrDefault(source => source is not null)?.ToString() ?? "host series";
    }
}
