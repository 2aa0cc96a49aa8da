using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;

namespace KpiToolkit.Dashboard;

/// <content>The reconciliation with the platforms: the rates by period and the post figures that disagree.</content>
internal sealed partial class HtmlPage
{
    // ---- Reconciliation with the platforms ----------------------------------------------------------------------

    /// <summary>
    /// Writes what the dashboard computes beside what the platforms reported: a summary, the engagement rate of each
    /// period and channel, and the first post figures that disagree. Nothing when the dashboard has no reconciliation.
    /// </summary>
    private void WriteReconciliation()
    {
        if (dashboard.Reconciliation is not { } reconciliation)
        {
            return;
        }

        html.Open("section", ("class", "card reconciliation"), ("aria-labelledby", "reconciliation-title")).Line();
        html.Element("h2", text.Reconciliation, ("id", "reconciliation-title")).Line();
        html.Element("p", text.ReconciliationSummary(reconciliation.FiguresCompared, reconciliation.FiguresAgreeing, reconciliation.PostsWithoutPlatformFigures), ("class", "summary-line")).Line();
        if (reconciliation.Periods.Count > 0)
        {
            html.Element("h3", text.RatesByPeriod).Line();
            html.Open("div", ("class", "table-scroll"));
            html.Open("table", ("class", "reconciliation-table"), ("data-table", "reconciliation-periods")).Open("thead").Open("tr");
            Headings(text.Period, text.Channel, text.ComputedRate, text.PlatformRate, text.Difference, text.Reason, text.Posts);
            html.Close("tr").Close("thead").Open("tbody").Line();
            foreach (var period in reconciliation.Periods)
            {
                var decimals = DashboardText.RateDecimals(period.Difference);
                html.Open("tr", ("class", period.Agrees ? "agrees" : "disagrees"));
                html.Element("th", Isolate(text.PeriodName(period.Period)), ("scope", "row"));
                Isolated("td", period.Channel.Name);
                html.Element("td", text.RateText(period.Computed, decimals), ("class", "number"));
                html.Element("td", text.RateText(period.Reported, decimals), ("class", "number"));
                html.Element("td", text.PointsText(period.Difference, decimals), ("class", "number"));
                html.Element("td", period.Reason is { } reason ? text.DisagreementReasonName(reason) : text.Agrees, ("class", "reason"));
                html.Open("td", ("class", "ids"));
                Ids(period.RecordIds);
                html.Close("td");
                html.Close("tr").Line();
            }

            html.Close("tbody").Close("table").Close("div").Line();
        }

        html.Element("h3", text.PostDisagreements).Line();
        var disagreements = reconciliation.RecordDisagreements;
        if (disagreements.Count == 0)
        {
            html.Element("p", text.NoPostDisagreement, ("class", "muted")).Line();
        }
        else
        {
            html.Open("div", ("class", "table-scroll"));
            html.Open("table", ("class", "reconciliation-table"), ("data-table", "reconciliation-posts")).Open("thead").Open("tr");
            Headings(text.Post, text.Channel, text.Figure, text.Reported, text.Computed, text.Difference, text.Reason, text.ExplanationHeading);
            html.Close("tr").Close("thead").Open("tbody").Line();
            foreach (var disagreement in disagreements.Take(MarkdownDashboardRenderer.DisagreementsShown))
            {
                var decimals = DashboardText.RateDecimals((double?)disagreement.Difference);
                html.Open("tr", ("class", "disagrees"));
                html.Open("th", ("scope", "row")).Element("bdi", disagreement.RecordId).Close("th");
                Isolated("td", disagreement.Channel.Name);
                html.Element("td", Isolate(text.FigureName(disagreement.Figure)));
                html.Element("td", text.FigureText(disagreement.IsRate, disagreement.Reported, decimals), ("class", "number"));
                html.Element("td", text.FigureText(disagreement.IsRate, disagreement.Computed, decimals), ("class", "number"));
                html.Element("td", text.FigureDifferenceText(disagreement.IsRate, disagreement.Difference, decimals), ("class", "number"));
                html.Element("td", text.DisagreementReasonName(disagreement.Reason), ("class", "reason"));
                html.Element("td", Isolate(disagreement.ExplanationText is { } explanation ? text.Format(explanation) : disagreement.Explanation), ("class", "explanation"));
                html.Close("tr").Line();
            }

            html.Close("tbody").Close("table").Close("div").Line();
            if (disagreements.Count > MarkdownDashboardRenderer.DisagreementsShown)
            {
                html.Element("p", text.AndMoreRows(disagreements.Count - MarkdownDashboardRenderer.DisagreementsShown), ("class", "note more")).Line();
            }
        }

        html.Close("section").Line();
    }

    private void Headings(params string[] headings)
    {
        foreach (var heading in headings)
        {
            html.Element("th", heading, ("scope", "col"));
        }
    }

    /// <summary>Writes a cell holding text from the data in a <c>bdi</c>, so a right-to-left name cannot reorder what surrounds it.</summary>
    private void Isolated(string cell, string value) => html.Open(cell).Element("bdi", value).Close(cell);

    /// <summary>Writes the first post ids, each isolated, then how many more.</summary>
    private void Ids(IReadOnlyList<string> ids)
    {
        var shown = Math.Min(ids.Count, MarkdownDashboardRenderer.IdsShown);
        for (var i = 0; i < shown; i++)
        {
            if (i > 0)
            {
                html.Text(", ");
            }

            html.Element("bdi", ids[i]);
        }

        if (ids.Count > shown)
        {
            html.Text(text.AndMore(ids.Count - shown));
        }
    }
}
