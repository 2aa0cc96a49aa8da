using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;

namespace KpiToolkit.Dashboard;

/// <summary>One rendering of a dashboard as HTML: the page's layout, objectives and KPI cards; the charts are in the other part.</summary>
internal sealed partial class HtmlPage(KpiDashboard dashboard, HtmlMarkup html, DashboardText text)
{
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    public void Write()
    {
        html.Raw("<!DOCTYPE html>").Line();
        html.Open("html", ("lang", text.LanguageTag)).Line();
        html.Open("head").Line();
        html.Empty("meta", ("charset", "utf-8")).Line();
        html.Empty("meta", ("http-equiv", "Content-Security-Policy"), ("content", ContentSecurityPolicy)).Line();
        html.Empty("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        // The title starts the line, so only what follows it needs isolating from it.
        html.Element("title", $"{UserText.Clean(text.Title(dashboard.Title))} · {Isolate(text.PeriodName(dashboard.Period))}").Line();
        html.Open("style").Raw(Styles).Close("style").Line();
        html.Close("head").Line();
        html.Open("body").Line();
        html.Open("main", ("class", "page")).Line();

        WriteHeader();
        WriteScorecards();
        WriteObjectives();
        WriteIndicators();
        WriteAnalyses();
        WriteReconciliation();
        WriteProblems();

        html.Close("main").Line();
        html.Close("body").Line();
        html.Close("html").Line();
    }

    private void WriteHeader()
    {
        html.Open("header", ("class", "masthead")).Line();
        html.Element("h1", Isolate(text.Title(dashboard.Title))).Line();
        html.Open("p", ("class", "meta"));
        Fact(text.Period, Isolate(text.PeriodWithDates(dashboard.Period)));
        Fact(text.AsOf, text.DateText(dashboard.AsOf));
        Fact(text.Generated, text.InstantText(dashboard.GeneratedAt, dashboard.Calendar.Zone));
        html.Close("p").Line();

        var statuses = dashboard.Objectives
            .SelectMany(objective => objective.SelfAndDescendants())
            .GroupBy(evaluation => evaluation.Status)
            .OrderBy(group => group.Key.IsGraded() ? 0 : 1)
            .ThenBy(group => group.Key)
            .ToList();
        if (statuses.Count > 0)
        {
            html.Open("p", ("class", "summary"));
            html.Element("span", text.Objectives, ("class", "summary-label"));
            foreach (var group in statuses)
            {
                html.Open("span", ("class", "summary-item"));
                html.Element("strong", text.Count(group.Count()));
                html.Text(" ");
                Badge(group.Key);
                html.Close("span");
            }

            html.Close("p").Line();
        }

        html.Close("header").Line();
    }

    private void Fact(string label, string value)
    {
        html.Open("span", ("class", "fact"));
        html.Element("span", label, ("class", "fact-label"));
        html.Text(" ");
        html.Element("span", value);
        html.Close("span");
    }

    /// <summary>Marks a text from the model to be written isolated from its neighbours (see <see cref="HtmlMarkup.Isolate"/>).</summary>
    private static string Isolate(string? text) => HtmlMarkup.Isolate(text);

    private void Badge(ObjectiveStatus status) =>
        html.Element("span", text.StatusName(status), ("class", $"badge status-{StatusClass(status)}"));

    private static string StatusClass(ObjectiveStatus status) => status switch
    {
        ObjectiveStatus.Missed => "missed",
        ObjectiveStatus.OffTrack => "off-track",
        ObjectiveStatus.AtRisk => "at-risk",
        ObjectiveStatus.OnTrack => "on-track",
        ObjectiveStatus.Achieved => "achieved",
        ObjectiveStatus.NotStarted => "not-started",
        _ => "no-data",
    };

    // ---- Objectives --------------------------------------------------------------------------------------------

    private void WriteObjectives()
    {
        html.Open("section", ("class", "card objectives"), ("aria-labelledby", "objectives-title")).Line();
        html.Element("h2", text.Objectives, ("id", "objectives-title")).Line();
        if (dashboard.Objectives.Count == 0)
        {
            html.Element("p", text.NoObjectives, ("class", "muted")).Line();
        }
        else
        {
            html.Open("ul", ("class", "tree")).Line();
            foreach (var objective in dashboard.Objectives)
            {
                WriteObjectiveTree(objective);
            }

            html.Close("ul").Line();
            html.Open("p", ("class", "legend"));
            html.Element("span", string.Empty, ("class", "swatch progress-swatch"), ("aria-hidden", "true"));
            html.Text(" " + text.ProgressLegend);
            html.Element("span", string.Empty, ("class", "swatch expected-swatch"), ("aria-hidden", "true"));
            html.Text(" " + text.ExpectedLegend);
            html.Close("p").Line();
        }

        html.Close("section").Line();
    }

    /// <summary>Writes an objective and those below it with a stack of its own, so a chain of any depth is written without a stack overflow.</summary>
    private void WriteObjectiveTree(ObjectiveEvaluation root)
    {
        var open = new Stack<(ObjectiveEvaluation Evaluation, int NextSub)>();
        WriteObjective(root);
        open.Push((root, 0));
        while (open.Count > 0)
        {
            var (evaluation, nextSub) = open.Pop();
            if (nextSub < evaluation.SubObjectives.Count)
            {
                if (nextSub == 0)
                {
                    html.Open("ul").Line();
                }

                open.Push((evaluation, nextSub + 1));
                var sub = evaluation.SubObjectives[nextSub];
                WriteObjective(sub);
                open.Push((sub, 0));
                continue;
            }

            if (evaluation.SubObjectives.Count > 0)
            {
                html.Close("ul").Line();
            }

            html.Close("li").Line();
        }
    }

    /// <summary>Writes an objective's item up to its sub-objectives, leaving the item open.</summary>
    private void WriteObjective(ObjectiveEvaluation evaluation)
    {
        var objective = evaluation.Objective;
        var unit = objective.Indicator.Unit;
        html.Open("li").Line();
        html.Open("div", ("class", "objective"));
        html.Open("div", ("class", "objective-head"));
        Badge(evaluation.Status);
        html.Element("span", Isolate(objective.Id), ("class", "objective-id"));
        html.Element("span", Isolate(objective.Statement), ("class", "objective-statement"));
        html.Close("div");

        html.Open("div", ("class", "objective-body"));
        html.Open("p", ("class", "objective-facts"));
        var channel = objective.Scope.Channels.Count == 1 ? $" · {Isolate(objective.Scope.Channels[0].Name)}" : string.Empty;
        Fact(Isolate(text.IndicatorName(objective.Indicator)) + channel, evaluation.Current is { } current ? text.FormatValue(unit, current.Value) : text.NotAvailable);
        if (objective.Target is { } target)
        {
            Fact(text.Target, text.TargetText(target, unit));
        }

        if (objective.Deadline is { } deadline)
        {
            Fact(text.Deadline, text.DateText(deadline));
        }

        html.Close("p");
        ProgressBar(evaluation);
        html.Close("div");
        html.Element("p", Isolate(text.Explanation(evaluation)), ("class", "objective-why"));
        html.Close("div").Line();
    }

    /// <summary>Writes the share of the way covered as a bar, with a mark where the elapsed time says it should be, and the same in words.</summary>
    private void ProgressBar(ObjectiveEvaluation evaluation)
    {
        if (evaluation.Progress is not { } progress)
        {
            return;
        }

        var fill = Math.Clamp(progress, 0, 1) * 100;
        html.Open("div", ("class", "progress-row"));
        html.Open("span", ("class", $"progress progress-{StatusClass(evaluation.Status)}"), ("aria-hidden", "true"));
        html.Element("span", string.Empty, ("class", "progress-fill"), ("style", $"width:{HtmlMarkup.Number(fill)}%"));
        if (evaluation.ExpectedProgress is { } expected)
        {
            html.Element("span", string.Empty, ("class", "progress-expected"), ("style", $"left:{HtmlMarkup.Number(Math.Clamp(expected, 0, 1) * 100)}%"));
        }

        html.Close("span");
        var words = evaluation.ExpectedProgress is { } e
            ? $"{text.ProgressText(progress)} · {text.ProgressText(e)} {text.Expected}"
            : text.ProgressText(progress);
        html.Element("span", words, ("class", "progress-text"));
        html.Close("div");
    }

    // ---- KPI table ---------------------------------------------------------------------------------------------

    private void WriteIndicators()
    {
        var rows = dashboard.Rows.ToList();
        html.Open("section", ("class", "card indicators"), ("aria-labelledby", "indicators-title")).Line();
        html.Element("h2", text.Indicators, ("id", "indicators-title")).Line();
        if (rows.Count == 0)
        {
            WriteNotMeasured();
            html.Close("section").Line();
            return;
        }

        var periods = rows[0].History.Select(result => result.Period).ToList();
        html.Open("div", ("class", "table-scroll"));
        html.Open("table", ("class", "kpi-table")).Line();
        html.Open("thead").Open("tr");
        html.Element("th", text.Kpi, ("scope", "col"));
        html.Element("th", text.Value, ("scope", "col"), ("class", "number"));
        html.Element("th", text.Change, ("scope", "col"), ("class", "number"));
        html.Element("th", text.Target, ("scope", "col"), ("class", "number"));
        html.Element("th", text.ProgressVsExpected, ("scope", "col"));
        html.Element("th", text.Status, ("scope", "col"));
        html.Element("th", periods.Count > 1 ? $"{text.Trend} · {text.PeriodShort(periods[0])} – {text.PeriodShort(periods[^1])}" : text.Trend, ("scope", "col"));
        html.Close("tr").Close("thead").Line();
        foreach (var section in dashboard.Sections)
        {
            html.Open("tbody").Line();
            html.Open("tr", ("class", "group")).Element("th", text.SectionName(section), ("scope", "colgroup"), ("colspan", "7")).Close("tr").Line();
            foreach (var row in section.Rows)
            {
                WriteRow(row);
            }

            html.Close("tbody").Line();
        }

        html.Close("table").Close("div").Line();
        WriteHistoryTable(rows, periods);
        WriteNotMeasured();
        html.Close("section").Line();
    }

    private void WriteRow(KpiRow row)
    {
        var unit = row.Indicator.Unit;
        var currency = row.Current.Currency;
        html.Open("tr", ("class", "kpi"));
        html.Open("th", ("scope", "row"), ("class", "kpi-name"));
        html.Element("span", Isolate(text.IndicatorName(row.Indicator)), ("class", "kpi-title"));
        html.Element("span", Isolate(text.ChannelName(row.Channel)), ("class", "kpi-channel"));
        if (row.Error is not null)
        {
            html.Element("span", Isolate(text.RowError(row)), ("class", "kpi-error"));
        }

        html.Close("th");

        html.Open("td", ("class", "number"));
        html.Element("span", text.FormatResultShort(row.Current), ("class", row.Current.IsAvailable ? "kpi-value" : "kpi-value unavailable"));
        Unit(row);
        if (!row.Current.IsAvailable)
        {
            html.Element("span", text.ReasonName(row.Current.UnavailableReason ?? Calculators.KpiUnavailableReason.NoData), ("class", "kpi-note"));
        }

        html.Close("td");
        html.Open("td", ("class", "number"));
        WriteChange(row);
        html.Close("td");
        html.Element("td", row.Evaluation?.Objective.Target is { } target ? text.TargetText(target, unit, currency) : string.Empty, ("class", "number"));
        html.Open("td", ("class", "kpi-progress"));
        if (row.Evaluation is { } evaluation)
        {
            ProgressBar(evaluation);
        }

        html.Close("td");
        html.Open("td");
        if (row.Evaluation is { } tracked)
        {
            Badge(tracked.Status);
        }

        html.Close("td");
        html.Open("td", ("class", "kpi-trend"));
        Sparkline(row);
        html.Close("td");
        html.Close("tr").Line();
    }

    private void WriteChange(KpiRow row)
    {
        if (row.Change is not { } change)
        {
            html.Element("span", row.Previous.IsAvailable ? string.Empty : text.NotAvailable, ("class", "kpi-change flat"));
            html.Element("span", $"{text.Versus} {text.FormatResultShort(row.Previous)}", ("class", "kpi-previous"));
            return;
        }

        var unit = row.Indicator.Unit;
        var formatted = text.ChangeText(change, unit, row.Current.Currency);
        var numbers = text.Culture.NumberFormat;
        var signed = formatted.StartsWith(numbers.PositiveSign, StringComparison.Ordinal) || formatted.StartsWith(numbers.NegativeSign, StringComparison.Ordinal);
        var direction = !signed ? 0 : change.Absolute > 0 ? 1 : -1;
        var good = row.Indicator.Polarity == Polarity.HigherIsBetter ? direction > 0 : direction < 0;
        var tone = direction == 0 ? "flat" : good ? "good" : "bad";
        var arrow = direction > 0 ? "▲" : direction < 0 ? "▼" : "▬";
        html.Open("span", ("class", $"kpi-change {tone}"));
        html.Element("span", arrow, ("class", "arrow"), ("aria-hidden", "true"));
        html.Text(" " + formatted);
        html.Close("span");
        html.Element("span", $"{text.Versus} {text.FormatResultShort(row.Previous)}", ("class", "kpi-previous"));
    }

    /// <summary>Writes every KPI's history as one table: the text alternative of the sparklines.</summary>
    private void WriteHistoryTable(List<KpiRow> rows, List<Time.ReportingPeriod> periods) =>
        DataTable(
            [text.Kpi, .. periods.Select(text.PeriodShort)],
            rows.Select(row => new[] { $"{Isolate(text.IndicatorName(row.Indicator))} ({Isolate(text.ChannelName(row.Channel))})" }
                .Concat(periods.Select(period => row.History.FirstOrDefault(result => result.Period == period) is { } result ? text.FormatResultShort(result) : string.Empty))
                .ToArray()),
            $"{text.Data}{text.Colon} {text.History.ToLower(text.Culture)}");

    // ---- Problems ----------------------------------------------------------------------------------------------

    private void WriteProblems()
    {
        if (dashboard.Problems.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "card problems"), ("aria-labelledby", "problems-title")).Line();
        html.Element("h2", text.Problems, ("id", "problems-title")).Line();
        html.Open("ul").Line();
        foreach (var problem in dashboard.Problems)
        {
            html.Open("li").Element("strong", Isolate(text.ProblemComponent(problem))).Text(text.Colon + " " + Isolate(text.ProblemMessage(problem))).Close("li").Line();
        }

        html.Close("ul").Line();
        html.Close("section").Line();
    }
}
