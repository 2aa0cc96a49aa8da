using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Localization;

namespace KpiToolkit.Dashboard;

/// <summary>
/// Writes a dashboard as GitHub-flavoured Markdown, readable as plain text in a console and rendered as tables in a
/// pull request or a wiki: one table per section of KPIs, the objectives as an indented tree, the ROI ranking, the
/// channel comparison, the three best slots to post, the flagged mention spikes, the reconciliation with the platforms'
/// own figures and the problems.
/// </summary>
/// <remarks>
/// <para>Numbers and dates follow <see cref="DashboardRenderOptions.Culture"/>; the labels are in its language when the
/// localizer has texts for it (French built in), English otherwise. Texts from the model (titles, names, statements, messages) are escaped so they cannot
/// break a table, start Markdown formatting or become a link, and lose their bidirectional controls: see
/// <see cref="Inline"/> for the rules.</para>
/// <para>Stateless and thread-safe.</para>
/// </remarks>
public sealed partial class MarkdownDashboardRenderer : IDashboardRenderer
{
    private const int BestSlotsShown = 3;
    private const int MaxIndentedDepth = 64;

    /// <summary>The most post disagreements listed; the JSON and CSV formats carry them all.</summary>
    internal const int DisagreementsShown = 20;

    /// <summary>The most post ids listed in one cell of the reconciliation by period.</summary>
    internal const int IdsShown = 5;

    private readonly KpiLocalizer _localizer;

    /// <summary>Creates a renderer with KpiToolkit's own texts, <see cref="KpiLocalizer.Default"/>.</summary>
    public MarkdownDashboardRenderer()
        : this(KpiLocalizer.Default)
    {
    }

    /// <summary>Creates a renderer whose labels come from a localizer, unless <see cref="DashboardRenderOptions.Localizer"/> gives another.</summary>
    /// <param name="localizer">The texts; the container's with dependency injection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="localizer"/> is null.</exception>
    public MarkdownDashboardRenderer(KpiLocalizer localizer)
    {
        _localizer = Preconditions.NotNull(localizer);
    }

    /// <inheritdoc />
    /// <value><c>markdown</c>.</value>
    public string Format => "markdown";

    /// <inheritdoc />
    /// <value><c>.md</c>.</value>
    public string FileExtension => ".md";

    /// <inheritdoc />
    /// <value><c>text/markdown</c>.</value>
    public string ContentType => "text/markdown";

    /// <inheritdoc />
    public void Render(KpiDashboard dashboard, TextWriter writer, DashboardRenderOptions? options = null)
    {
        Preconditions.NotNull(dashboard);
        Preconditions.NotNull(writer);
        var text = DashboardText.For(options, _localizer, dashboard);
        var output = new MarkdownWriter(writer);

        output.Line($"# {HeadingText(text.Title(dashboard.Title))}");
        output.Blank();
        output.Line(
            $"**{text.Period}{text.Colon}** {Inline(text.PeriodWithDates(dashboard.Period))} · " +
            $"**{text.AsOf}{text.Colon}** {Inline(text.DateText(dashboard.AsOf))} · " +
            $"**{text.Generated}{text.Colon}** {Inline(text.InstantText(dashboard.GeneratedAt, dashboard.Calendar.Zone))}");

        WriteScorecards(output, text, dashboard.Scorecards);
        foreach (var section in dashboard.Sections)
        {
            WriteSection(output, text, section);
        }

        WriteNotMeasured(output, text, dashboard);
        WriteObjectives(output, text, dashboard.Objectives);
        if (Shows(dashboard, DashboardAnalysis.RoiRanking))
        {
            WriteRoiRanking(output, text, dashboard.RoiRanking);
        }

        if (Shows(dashboard, DashboardAnalysis.ChannelComparison))
        {
            WriteChannelComparison(output, text, dashboard.ChannelComparison);
        }

        if (dashboard.TopPosts is { IsEmpty: false } topPosts)
        {
            WriteTopPosts(output, text, topPosts, dashboard.Calendar.Zone);
        }

        if (Shows(dashboard, DashboardAnalysis.BestTimeToPost))
        {
            WriteBestTimes(output, text, dashboard.BestTimeToPost);
        }

        if (Shows(dashboard, DashboardAnalysis.MentionSpikes))
        {
            WriteMentionSpikes(output, text, dashboard.MentionSpikes);
        }

        WriteReconciliation(output, text, dashboard.Reconciliation);
        WriteProblems(output, text, dashboard.Problems);
        writer.Flush();
    }

    private static void WriteSection(MarkdownWriter output, DashboardText text, DashboardSection section)
    {
        output.Heading(text.SectionName(section));
        var table = new MarkdownTable(
            (text.Kpi, false), (text.Channel, false), (text.Value, true), (text.Previous, true), (text.Change, true),
            (text.Target, false), (text.ProgressVsExpected, true), (text.Status, false));
        foreach (var row in section.Rows)
        {
            var evaluation = row.Evaluation;
            var unit = row.Indicator.Unit;
            var currency = row.Current.Currency;
            table.Add(
                text.IndicatorName(row.Indicator),
                text.ChannelName(row.Channel),
                row.Current.IsAvailable ? text.FormatResultWithUnit(row.Current, row.Indicator) : text.FormatResult(row.Current),
                text.FormatResultShort(row.Previous),
                row.Change is { } change ? text.ChangeText(change, unit, currency) : string.Empty,
                evaluation?.Objective.Target is { } target ? text.TargetText(target, unit, currency) : string.Empty,
                evaluation is null ? string.Empty : Progress(text, evaluation),
                evaluation is null ? string.Empty : text.StatusName(evaluation.Status));
        }

        table.WriteTo(output);
    }

    private static string Progress(DashboardText text, ObjectiveEvaluation evaluation) =>
        (evaluation.Progress, evaluation.ExpectedProgress) switch
        {
            ({ } progress, { } expected) => $"{text.ProgressText(progress)} / {text.ProgressText(expected)}",
            ({ } progress, null) => text.ProgressText(progress),
            _ => string.Empty,
        };

    private static void WriteObjectives(MarkdownWriter output, DashboardText text, IReadOnlyList<ObjectiveEvaluation> objectives)
    {
        output.Heading(text.Objectives);
        if (objectives.Count == 0)
        {
            output.Line(text.NoObjectives);
            return;
        }

        // A stack of its own, so any depth is written without a stack overflow; past MaxIndentedDepth the indentation stops growing.
        var nodes = objectives.SelectMany(root => Trees.PreOrder(
            (Evaluation: root, Depth: 0), static node => node.Evaluation.SubObjectives.Select(sub => (sub, node.Depth + 1)).ToList()));
        foreach (var (objective, depth) in nodes)
        {
            WriteObjective(output, text, objective, depth);
        }
    }

    private static void WriteObjective(MarkdownWriter output, DashboardText text, ObjectiveEvaluation evaluation, int depth)
    {
        var indent = new string(' ', Math.Min(depth, MaxIndentedDepth) * 2);
        var objective = evaluation.Objective;
        var unit = objective.Indicator.Unit;
        output.Line($"{indent}- **{text.StatusName(evaluation.Status)}** — {Inline(objective.Id)}{text.Colon} {Inline(objective.Statement)}  ");

        var facts = new List<string>
        {
            $"{text.IndicatorName(objective.Indicator)}{text.Colon} {(evaluation.Current is { } current ? text.FormatValue(unit, current.Value) : text.NotAvailable)}",
        };
        if (objective.Target is { } target)
        {
            facts.Add($"{text.Target.ToLower(text.Culture)} {text.TargetText(target, unit)}");
        }

        if (evaluation.Progress is { } progress)
        {
            facts.Add(evaluation.ExpectedProgress is { } expected
                ? $"{text.Progress.ToLower(text.Culture)} {text.ProgressText(progress)} ({text.Expected} {text.ProgressText(expected)})"
                : $"{text.Progress.ToLower(text.Culture)} {text.ProgressText(progress)}");
        }

        if (objective.Deadline is { } deadline)
        {
            facts.Add($"{text.Deadline.ToLower(text.Culture)} {text.DateText(deadline)}");
        }

        output.Line($"{indent}  {LineStart(string.Join(" · ", facts))}  ");
        output.Line($"{indent}  {LineStart(text.Explanation(evaluation))}");
    }

    private static void WriteRoiRanking(MarkdownWriter output, DashboardText text, RoiRanking? ranking)
    {
        output.Heading(text.RoiRanking);
        if (ranking is null)
        {
            output.Line(text.NotComputed);
            return;
        }

        if (ranking.Ranked.Count == 0 && ranking.NotRankable.Count == 0)
        {
            output.Line(text.NoActions);
            return;
        }

        if (ranking.Ranked.Count > 0)
        {
            var table = new MarkdownTable(
                (text.Rank, true), (text.Action, false), (text.Channel, false), (text.Cost, true), (text.Gain, true), (text.Roi, true), (text.Recommendation, false));
            foreach (var action in ranking.Ranked)
            {
                table.Add(
                    text.Count(action.Rank),
                    action.Name,
                    action.Channel.Name,
                    text.MoneyText(action.Cost),
                    $"{text.MoneyText(action.Gain)} ({text.GainKindName(action.GainKind)})",
                    text.Percent(action.Roi, 1),
                    text.RecommendationName(action.Recommendation));
            }

            table.WriteTo(output);
        }

        if (ranking.NotRankable.Count > 0)
        {
            output.Blank();
            output.Line($"{text.NotRankable}{text.Colon}");
            output.Blank();
            foreach (var action in ranking.NotRankable)
            {
                output.Line($"- {Inline(action.Name)} ({Inline(action.Channel.Name)}){text.Colon} {text.UnrankableName(action.Reason)}");
            }
        }
    }

    private static void WriteChannelComparison(MarkdownWriter output, DashboardText text, ChannelComparison? comparison)
    {
        output.Heading(text.ChannelComparison);
        if (comparison is null)
        {
            output.Line(text.NotComputed);
            return;
        }

        if (comparison.Rows.Count == 0)
        {
            output.Line(text.NoTraffic);
            return;
        }

        var table = new MarkdownTable((text.Channel, false), (text.Sessions, true), (text.Visitors, true), (text.Clicks, true), (text.ConversionRate, true));
        foreach (var row in comparison.Rows)
        {
            table.Add(
                row.Channel.Name,
                text.Count(row.Sessions),
                row.Visitors is { } visitors ? text.Count(visitors) : text.NotAvailable,
                row.Clicks is { } clicks ? text.Count(clicks) : text.NotAvailable,
                text.FormatResult(row.ConversionRate));
        }

        table.WriteTo(output);
        output.Blank();
        output.Line($"- {text.ToDevelopForVisibility}{text.Colon} {Choice(text, comparison.ForVisibility, text.MostSessions)}");
        output.Line($"- {text.ToDevelopForConversion}{text.Colon} {Choice(text, comparison.ForConversion, text.BestConversion)}");
    }

    private static string Choice(DashboardText text, ChannelChoice? choice, string why) =>
        choice is null ? text.NoChoice : $"**{Inline(choice.Channel.Name)}** ({why})";

    private static void WriteBestTimes(MarkdownWriter output, DashboardText text, BestTimeToPost? bestTime)
    {
        output.Heading(text.BestTimes);
        if (bestTime is null)
        {
            output.Line(text.NotComputed);
            return;
        }

        if (bestTime.Ranking.Count == 0)
        {
            output.Line(text.NoRankedSlot);
            return;
        }

        var table = new MarkdownTable((text.Rank, true), (text.Slot, false), (text.MedianEngagementRate, true), (text.Posts, true));
        foreach (var (cell, index) in bestTime.Ranking.Take(BestSlotsShown).Select((cell, index) => (cell, index)))
        {
            table.Add(
                text.Count(index + 1),
                text.SlotText(cell.Weekday, cell.Hour),
                cell.MedianEngagementRate is { } median ? text.Percent(median) : text.NotAvailable,
                text.Count(cell.PostCount));
        }

        table.WriteTo(output);
    }

    private static void WriteMentionSpikes(MarkdownWriter output, DashboardText text, MentionSpikes? spikes)
    {
        output.Heading(text.MentionSpikes);
        if (spikes is null)
        {
            output.Line(text.NotComputed);
            return;
        }

        output.Line($"{text.Detector}{text.Colon} {Inline(spikes.DetectorText is { } detector ? text.Format(detector) : spikes.Detector)}");
        output.Blank();
        if (spikes.Spikes.Count == 0)
        {
            output.Line(text.NoSpikes);
            return;
        }

        var table = new MarkdownTable((text.Date, false), (text.Mentions, true), (text.Baseline, true), (text.Threshold, true), (text.Score, true), (text.SpikeKind, false));
        foreach (var (spike, index) in spikes.Spikes.Select((spike, index) => (spike, index)))
        {
            table.Add(
                text.DateText(spike.Period.Start),
                text.Count(spike.Observed),
                spike.Baseline is { } baseline ? baseline.ToString("N1", text.Culture) : text.NotAvailable,
                spike.UpperThreshold is { } threshold ? threshold.ToString("N1", text.Culture) : text.NotAvailable,
                spike.Score is { } score ? score.ToString("N1", text.Culture) : text.NotAvailable,
                text.SpikeKindText(spikes, index));
        }

        table.WriteTo(output);
    }

    private static void WriteProblems(MarkdownWriter output, DashboardText text, IReadOnlyList<DashboardProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        output.Heading(text.Problems);
        foreach (var problem in problems)
        {
            output.Line($"- **{Inline(text.ProblemComponent(problem))}**{text.Colon} {Inline(text.ProblemMessage(problem))}");
        }
    }
}
