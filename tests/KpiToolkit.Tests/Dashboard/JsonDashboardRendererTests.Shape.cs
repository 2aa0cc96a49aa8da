using System.Text.Json;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

public sealed partial class JsonDashboardRendererTests
{
    /// <summary>
    /// Every JSON path of the shape, parents first, properties in the order they are written; array items are <c>[]</c>.
    /// A change to the shape fails here and shows in review; docs/dashboard-json.md must describe every path.
    /// </summary>
    private static readonly string[] GoldenShape =
    [
        "schemaVersion",
        "title",
        "period",
        "period.start",
        "period.end",
        "period.cadence",
        "period.label",
        "asOf",
        "generatedAt",
        "calendar",
        "calendar.timeZone",
        "calendar.firstDayOfWeek",
        "scorecards",
        "scorecards[]",
        "scorecards[].indicator",
        "scorecards[].channel",
        "sections",
        "sections[]",
        "sections[].category",
        "sections[].mediaType",
        "sections[].rows",
        "sections[].rows[]",
        "sections[].rows[].indicator",
        "sections[].rows[].indicator.key",
        "sections[].rows[].indicator.name",
        "sections[].rows[].indicator.unit",
        "sections[].rows[].indicator.polarity",
        "sections[].rows[].indicator.category",
        "sections[].rows[].indicator.mediaType",
        "sections[].rows[].indicator.defaultCadence",
        "sections[].rows[].indicator.description",
        "sections[].rows[].indicator.minimumValue",
        "sections[].rows[].indicator.maximumValue",
        "sections[].rows[].indicator.unitLabel",
        "sections[].rows[].channel",
        "sections[].rows[].origin",
        "sections[].rows[].source",
        "sections[].rows[].current",
        "sections[].rows[].current.indicator",
        "sections[].rows[].current.channel",
        "sections[].rows[].current.period",
        "sections[].rows[].current.period.start",
        "sections[].rows[].current.period.end",
        "sections[].rows[].current.period.cadence",
        "sections[].rows[].current.period.label",
        "sections[].rows[].current.value",
        "sections[].rows[].current.unit",
        "sections[].rows[].current.currency",
        "sections[].rows[].current.unavailableReason",
        "sections[].rows[].current.method",
        "sections[].rows[].current.inputs",
        "sections[].rows[].current.inputs.numerator",
        "sections[].rows[].current.inputs.denominator",
        "sections[].rows[].current.inputs.recordsUsed",
        "sections[].rows[].current.inputs.recordsSkipped",
        "sections[].rows[].current.inputs.recordsSkippedForMissingCounters",
        "sections[].rows[].current.inputs.recordsSkippedForZeroDenominator",
        "sections[].rows[].previous",
        "sections[].rows[].previous.indicator",
        "sections[].rows[].previous.channel",
        "sections[].rows[].previous.period",
        "sections[].rows[].previous.period.start",
        "sections[].rows[].previous.period.end",
        "sections[].rows[].previous.period.cadence",
        "sections[].rows[].previous.period.label",
        "sections[].rows[].previous.value",
        "sections[].rows[].previous.unit",
        "sections[].rows[].previous.currency",
        "sections[].rows[].previous.unavailableReason",
        "sections[].rows[].previous.method",
        "sections[].rows[].previous.inputs",
        "sections[].rows[].previous.inputs.numerator",
        "sections[].rows[].previous.inputs.denominator",
        "sections[].rows[].previous.inputs.recordsUsed",
        "sections[].rows[].previous.inputs.recordsSkipped",
        "sections[].rows[].previous.inputs.recordsSkippedForMissingCounters",
        "sections[].rows[].previous.inputs.recordsSkippedForZeroDenominator",
        "sections[].rows[].change",
        "sections[].rows[].change.previousPeriod",
        "sections[].rows[].change.previousPeriod.start",
        "sections[].rows[].change.previousPeriod.end",
        "sections[].rows[].change.previousPeriod.cadence",
        "sections[].rows[].change.previousPeriod.label",
        "sections[].rows[].change.previousValue",
        "sections[].rows[].change.period",
        "sections[].rows[].change.period.start",
        "sections[].rows[].change.period.end",
        "sections[].rows[].change.period.cadence",
        "sections[].rows[].change.period.label",
        "sections[].rows[].change.value",
        "sections[].rows[].change.absolute",
        "sections[].rows[].change.relative",
        "sections[].rows[].history",
        "sections[].rows[].history[]",
        "sections[].rows[].history[].indicator",
        "sections[].rows[].history[].channel",
        "sections[].rows[].history[].period",
        "sections[].rows[].history[].period.start",
        "sections[].rows[].history[].period.end",
        "sections[].rows[].history[].period.cadence",
        "sections[].rows[].history[].period.label",
        "sections[].rows[].history[].value",
        "sections[].rows[].history[].unit",
        "sections[].rows[].history[].currency",
        "sections[].rows[].history[].unavailableReason",
        "sections[].rows[].history[].method",
        "sections[].rows[].history[].inputs",
        "sections[].rows[].history[].inputs.numerator",
        "sections[].rows[].history[].inputs.denominator",
        "sections[].rows[].history[].inputs.recordsUsed",
        "sections[].rows[].history[].inputs.recordsSkipped",
        "sections[].rows[].history[].inputs.recordsSkippedForMissingCounters",
        "sections[].rows[].history[].inputs.recordsSkippedForZeroDenominator",
        "sections[].rows[].evaluation",
        "sections[].rows[].evaluation.objectiveId",
        "sections[].rows[].evaluation.statement",
        "sections[].rows[].evaluation.status",
        "sections[].rows[].evaluation.reason",
        "sections[].rows[].evaluation.progress",
        "sections[].rows[].evaluation.expectedProgress",
        "sections[].rows[].evaluation.isFinal",
        "sections[].rows[].evaluation.target",
        "sections[].rows[].evaluation.target.kind",
        "sections[].rows[].evaluation.target.value",
        "sections[].rows[].evaluation.target.minimum",
        "sections[].rows[].evaluation.target.maximum",
        "sections[].rows[].error",
        "notMeasured",
        "analysesWithoutData",
        "objectives",
        "objectives[]",
        "objectives[].id",
        "objectives[].statement",
        "objectives[].indicator",
        "objectives[].indicator.key",
        "objectives[].indicator.name",
        "objectives[].indicator.unit",
        "objectives[].indicator.polarity",
        "objectives[].indicator.category",
        "objectives[].indicator.mediaType",
        "objectives[].indicator.defaultCadence",
        "objectives[].indicator.description",
        "objectives[].indicator.minimumValue",
        "objectives[].indicator.maximumValue",
        "objectives[].indicator.unitLabel",
        "objectives[].scope",
        "objectives[].scope.channels",
        "objectives[].scope.channels[]",
        "objectives[].scope.audience",
        "objectives[].owner",
        "objectives[].businessGoal",
        "objectives[].weight",
        "objectives[].cadence",
        "objectives[].start",
        "objectives[].deadline",
        "objectives[].target",
        "objectives[].target.kind",
        "objectives[].target.value",
        "objectives[].target.minimum",
        "objectives[].target.maximum",
        "objectives[].baseline",
        "objectives[].baseline.value",
        "objectives[].baseline.date",
        "objectives[].asOf",
        "objectives[].status",
        "objectives[].reason",
        "objectives[].ownStatus",
        "objectives[].ownReason",
        "objectives[].isFinal",
        "objectives[].current",
        "objectives[].current.period",
        "objectives[].current.period.start",
        "objectives[].current.period.end",
        "objectives[].current.period.cadence",
        "objectives[].current.period.label",
        "objectives[].current.value",
        "objectives[].current.channel",
        "objectives[].current.source",
        "objectives[].current.source.system",
        "objectives[].current.source.metric",
        "objectives[].current.source.version",
        "objectives[].baselineValue",
        "objectives[].progress",
        "objectives[].expectedProgress",
        "objectives[].projection",
        "objectives[].projection.deadline",
        "objectives[].projection.value",
        "objectives[].projection.progress",
        "objectives[].projection.meetsTarget",
        "objectives[].projection.slopePerDay",
        "objectives[].projection.pointsUsed",
        "objectives[].change",
        "objectives[].change.previousPeriod",
        "objectives[].change.previousPeriod.start",
        "objectives[].change.previousPeriod.end",
        "objectives[].change.previousPeriod.cadence",
        "objectives[].change.previousPeriod.label",
        "objectives[].change.previousValue",
        "objectives[].change.period",
        "objectives[].change.period.start",
        "objectives[].change.period.end",
        "objectives[].change.period.cadence",
        "objectives[].change.period.label",
        "objectives[].change.value",
        "objectives[].change.absolute",
        "objectives[].change.relative",
        "objectives[].rollUp",
        "objectives[].rollUp.method",
        "objectives[].rollUp.status",
        "objectives[].rollUp.progress",
        "objectives[].rollUp.expectedProgress",
        "objectives[].rollUp.graded",
        "objectives[].rollUp.skipped",
        "objectives[].explanation",
        "objectives[].subObjectives",
        "objectives[].subObjectives[]",
        "roiRanking",
        "roiRanking.ranked",
        "roiRanking.ranked[]",
        "roiRanking.ranked[].rank",
        "roiRanking.ranked[].name",
        "roiRanking.ranked[].channel",
        "roiRanking.ranked[].cost",
        "roiRanking.ranked[].cost.amount",
        "roiRanking.ranked[].cost.currency",
        "roiRanking.ranked[].gain",
        "roiRanking.ranked[].gain.amount",
        "roiRanking.ranked[].gain.currency",
        "roiRanking.ranked[].gainKind",
        "roiRanking.ranked[].roi",
        "roiRanking.ranked[].recommendation",
        "roiRanking.notRankable",
        "roiRanking.notRankable[]",
        "roiRanking.notRankable[].name",
        "roiRanking.notRankable[].channel",
        "roiRanking.notRankable[].reason",
        "channelComparison",
        "channelComparison.period",
        "channelComparison.period.start",
        "channelComparison.period.end",
        "channelComparison.period.cadence",
        "channelComparison.period.label",
        "channelComparison.rows",
        "channelComparison.rows[]",
        "channelComparison.rows[].channel",
        "channelComparison.rows[].sessions",
        "channelComparison.rows[].visitors",
        "channelComparison.rows[].clicks",
        "channelComparison.rows[].conversionRate",
        "channelComparison.rows[].conversionRate.indicator",
        "channelComparison.rows[].conversionRate.channel",
        "channelComparison.rows[].conversionRate.period",
        "channelComparison.rows[].conversionRate.period.start",
        "channelComparison.rows[].conversionRate.period.end",
        "channelComparison.rows[].conversionRate.period.cadence",
        "channelComparison.rows[].conversionRate.period.label",
        "channelComparison.rows[].conversionRate.value",
        "channelComparison.rows[].conversionRate.unit",
        "channelComparison.rows[].conversionRate.currency",
        "channelComparison.rows[].conversionRate.unavailableReason",
        "channelComparison.rows[].conversionRate.method",
        "channelComparison.rows[].conversionRate.inputs",
        "channelComparison.rows[].conversionRate.inputs.numerator",
        "channelComparison.rows[].conversionRate.inputs.denominator",
        "channelComparison.rows[].conversionRate.inputs.recordsUsed",
        "channelComparison.rows[].conversionRate.inputs.recordsSkipped",
        "channelComparison.rows[].conversionRate.inputs.recordsSkippedForMissingCounters",
        "channelComparison.rows[].conversionRate.inputs.recordsSkippedForZeroDenominator",
        "channelComparison.forConversion",
        "channelComparison.forConversion.channel",
        "channelComparison.forConversion.reason",
        "channelComparison.forVisibility",
        "channelComparison.forVisibility.channel",
        "channelComparison.forVisibility.reason",
        "bestTimeToPost",
        "bestTimeToPost.method",
        "bestTimeToPost.postsUsed",
        "bestTimeToPost.postsSkipped",
        "bestTimeToPost.minimumPostsPerCell",
        "bestTimeToPost.cells",
        "bestTimeToPost.cells[]",
        "bestTimeToPost.cells[].weekday",
        "bestTimeToPost.cells[].hour",
        "bestTimeToPost.cells[].postCount",
        "bestTimeToPost.cells[].medianEngagementRate",
        "bestTimeToPost.cells[].hasEnoughData",
        "bestTimeToPost.ranking",
        "bestTimeToPost.ranking[]",
        "bestTimeToPost.ranking[].weekday",
        "bestTimeToPost.ranking[].hour",
        "bestTimeToPost.ranking[].postCount",
        "bestTimeToPost.ranking[].medianEngagementRate",
        "bestTimeToPost.ranking[].hasEnoughData",
        "mentionSpikes",
        "mentionSpikes.detector",
        "mentionSpikes.points",
        "mentionSpikes.points[]",
        "mentionSpikes.points[].period",
        "mentionSpikes.points[].period.start",
        "mentionSpikes.points[].period.end",
        "mentionSpikes.points[].period.cadence",
        "mentionSpikes.points[].period.label",
        "mentionSpikes.points[].count",
        "mentionSpikes.spikes",
        "mentionSpikes.spikes[]",
        "mentionSpikes.spikes[].period",
        "mentionSpikes.spikes[].period.start",
        "mentionSpikes.spikes[].period.end",
        "mentionSpikes.spikes[].period.cadence",
        "mentionSpikes.spikes[].period.label",
        "mentionSpikes.spikes[].observed",
        "mentionSpikes.spikes[].status",
        "mentionSpikes.spikes[].direction",
        "mentionSpikes.spikes[].historyUsed",
        "mentionSpikes.spikes[].baseline",
        "mentionSpikes.spikes[].spread",
        "mentionSpikes.spikes[].upperThreshold",
        "mentionSpikes.spikes[].lowerThreshold",
        "mentionSpikes.spikes[].score",
        "mentionSpikes.spikes[].character",
        "mentionSpikes.spikes[].tone",
        "mentionSpikes.spikes[].tone.mentions",
        "mentionSpikes.spikes[].tone.positive",
        "mentionSpikes.spikes[].tone.neutral",
        "mentionSpikes.spikes[].tone.negative",
        "mentionSpikes.spikes[].tone.unknownTone",
        "topPosts",
        "topPosts.indicator",
        "topPosts.indicator.key",
        "topPosts.indicator.name",
        "topPosts.indicator.unit",
        "topPosts.indicator.polarity",
        "topPosts.indicator.category",
        "topPosts.indicator.mediaType",
        "topPosts.indicator.defaultCadence",
        "topPosts.indicator.description",
        "topPosts.indicator.minimumValue",
        "topPosts.indicator.maximumValue",
        "topPosts.indicator.unitLabel",
        "topPosts.denominator",
        "topPosts.period",
        "topPosts.period.start",
        "topPosts.period.end",
        "topPosts.period.cadence",
        "topPosts.period.label",
        "topPosts.postsRanked",
        "topPosts.postsSkipped",
        "topPosts.method",
        "topPosts.best",
        "topPosts.best[]",
        "topPosts.best[].rank",
        "topPosts.best[].id",
        "topPosts.best[].channel",
        "topPosts.best[].publishedAt",
        "topPosts.best[].format",
        "topPosts.best[].value",
        "topPosts.best[].numerator",
        "topPosts.best[].denominator",
        "topPosts.worst",
        "topPosts.worst[]",
        "topPosts.worst[].rank",
        "topPosts.worst[].id",
        "topPosts.worst[].channel",
        "topPosts.worst[].publishedAt",
        "topPosts.worst[].format",
        "topPosts.worst[].value",
        "topPosts.worst[].numerator",
        "topPosts.worst[].denominator",
        "reconciliation",
        "reconciliation.figuresCompared",
        "reconciliation.figuresAgreeing",
        "reconciliation.postsWithoutPlatformFigures",
        "reconciliation.hasDisagreements",
        "reconciliation.periods",
        "reconciliation.periods[]",
        "reconciliation.periods[].period",
        "reconciliation.periods[].period.start",
        "reconciliation.periods[].period.end",
        "reconciliation.periods[].period.cadence",
        "reconciliation.periods[].period.label",
        "reconciliation.periods[].channel",
        "reconciliation.periods[].computed",
        "reconciliation.periods[].reported",
        "reconciliation.periods[].difference",
        "reconciliation.periods[].agrees",
        "reconciliation.periods[].reason",
        "reconciliation.periods[].explanation",
        "reconciliation.periods[].recordIds",
        "reconciliation.periods[].recordIds[]",
        "reconciliation.recordDisagreements",
        "reconciliation.recordDisagreements[]",
        "reconciliation.recordDisagreements[].recordId",
        "reconciliation.recordDisagreements[].channel",
        "reconciliation.recordDisagreements[].publishedAt",
        "reconciliation.recordDisagreements[].figure",
        "reconciliation.recordDisagreements[].reported",
        "reconciliation.recordDisagreements[].computed",
        "reconciliation.recordDisagreements[].difference",
        "reconciliation.recordDisagreements[].reason",
        "reconciliation.recordDisagreements[].explanation",
        "problems",
        "problems[]",
        "problems[].component",
        "problems[].message",
    ];

    [Fact]
    public void Render_Shape_MatchesGoldenPaths()
    {
        using var document = JsonDocument.Parse(Renderer.RenderToString(RichDashboard.Value));

        var shape = Shape(document.RootElement);

        shape.Should().Equal(GoldenShape);
    }

    [Fact]
    public void Render_EveryPropertyName_IsDocumented()
    {
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "dashboard-json.md"));

        var undocumented = GoldenShape
            .Select(path => path.Split('.')[^1].Replace("[]", string.Empty, StringComparison.Ordinal))
            .Distinct()
            .Where(name => !documentation.Contains($"`{name}`", StringComparison.Ordinal))
            .ToList();

        undocumented.Should().BeEmpty("every property of the JSON shape is described in docs/dashboard-json.md");
    }

    [Fact]
    public void Names_OfEveryEnumerationValue_AreTheDocumentedOnes()
    {
        string Names<T>(Func<T, string> name)
            where T : struct, Enum => $"{typeof(T).Name}: {string.Join(", ", Enum.GetValues<T>().Where(value => value is not IsoDayOfWeek.None).Select(name))}";

        string[] names =
        [
            Names<KpiUnavailableReason>(DashboardMachineNames.Name),
            Names<IndicatorUnit>(DashboardMachineNames.Name),
            Names<Polarity>(DashboardMachineNames.Name),
            Names<IndicatorCategory>(DashboardMachineNames.Name),
            Names<MediaType>(DashboardMachineNames.Name),
            Names<Cadence>(DashboardMachineNames.Name),
            Names<KpiOrigin>(DashboardMachineNames.Name),
            Names<ObjectiveStatus>(DashboardMachineNames.Name),
            Names<StatusReason>(DashboardMachineNames.Name),
            Names<RollUpMethod>(DashboardMachineNames.Name),
            Names<TargetKind>(DashboardMachineNames.Name),
            Names<ActionRecommendation>(DashboardMachineNames.Name),
            Names<GainKind>(DashboardMachineNames.Name),
            Names<UnrankableReason>(DashboardMachineNames.Name),
            Names<AnomalyStatus>(DashboardMachineNames.Name),
            Names<VolumeDirection>(DashboardMachineNames.Name),
            Names<IsoDayOfWeek>(DashboardMachineNames.Name),
            Names<DisagreementReason>(DashboardMachineNames.Name),
        ];

        names.Should().Equal(
            "KpiUnavailableReason: noData, missingCounters, zeroDenominator, insufficientHistory, insufficientVariation, notEnoughRecords, calculationFailed, tooLargeToCompute",
            "IndicatorUnit: fraction, count, money, ratio, perPeriod",
            "Polarity: higherIsBetter, lowerIsBetter",
            "IndicatorCategory: acquisition, visibility, engagement, retention, conversion, financial, email",
            "MediaType: owned, earned, paid",
            "Cadence: day, week, month, quarter, year, custom",
            "KpiOrigin: calculated, measured",
            "ObjectiveStatus: noData, notStarted, missed, offTrack, atRisk, onTrack, achieved",
            "StatusReason: noTarget, noMeasurement, beforeStart, targetMet, insideRange, outsideRange, onPace, behindPace, farBehindPace, noDeadline, deadlinePassed, weakestSubObjective, weightedSubObjectives",
            "RollUpMethod: weakestStatus, weightedProgress",
            "TargetKind: increaseTo, decreaseTo, keepWithin",
            "ActionRecommendation: stop, reduce, keep, scaleUp",
            "GainKind: revenue, margin, profit",
            "UnrankableReason: zeroCost, missingGain, tooLargeToCompute",
            "AnomalyStatus: evaluated, insufficientHistory, noVariation, belowMinimumCount",
            "VolumeDirection: none, spike, drop",
            "IsoDayOfWeek: monday, tuesday, wednesday, thursday, friday, saturday, sunday",
            "DisagreementReason: missingCounter, otherComposition, otherDenominator, exportRounding, timeZoneBoundary, zeroDenominator, unexplained");
    }

    [Fact]
    public void Names_OfEveryEnumerationValue_AreDocumented()
    {
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "dashboard-json.md"));
        var names = new List<string>();
        void Add<T>(Func<T, string> name)
            where T : struct, Enum => names.AddRange(Enum.GetValues<T>().Select(name));

        Add<KpiUnavailableReason>(DashboardMachineNames.Name);
        Add<ObjectiveStatus>(DashboardMachineNames.Name);
        Add<StatusReason>(DashboardMachineNames.Name);
        Add<IndicatorUnit>(DashboardMachineNames.Name);
        Add<DisagreementReason>(DashboardMachineNames.Name);

        names.Where(name => !documentation.Contains($"`{name}`", StringComparison.Ordinal)).Should().BeEmpty();
    }

    /// <summary>
    /// Lists the path of every property and array item, merging all the objects found at one path, so the list depends
    /// on the shape rather than on which values are null (as long as each nullable object is set somewhere in the
    /// dashboard rendered). Parents come before their children, properties in the order they are written. Sub-objectives
    /// have the shape of <c>objectives[]</c>: their items are merged into it and listed once.
    /// </summary>
    private static List<string> Shape(JsonElement root)
    {
        const string Objective = "objectives[]";
        var children = new Dictionary<string, List<string>>(StringComparer.Ordinal);

        void Visit(JsonElement element, string path)
        {
            if (!children.TryGetValue(path, out var below))
            {
                below = [];
                children[path] = below;
            }

            void Child(JsonElement value, string childPath)
            {
                if (!below.Contains(childPath))
                {
                    below.Add(childPath);
                }

                Visit(value, childPath.EndsWith(".subObjectives[]", StringComparison.Ordinal) ? Objective : childPath);
            }

            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    Child(property.Value, path.Length == 0 ? property.Name : $"{path}.{property.Name}");
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Child(item, path + "[]");
                }
            }
        }

        var paths = new List<string>();

        void List(string path)
        {
            foreach (var child in children[path])
            {
                paths.Add(child);
                if (children.ContainsKey(child))
                {
                    List(child);
                }
            }
        }

        Visit(root, string.Empty);
        List(string.Empty);
        return paths;
    }
}
