using KpiToolkit.Calculators;

namespace KpiToolkit.Dashboard;

/// <content>The reconciliation with the platforms' own figures, in Markdown.</content>
public sealed partial class MarkdownDashboardRenderer
{
    private static void WriteReconciliation(MarkdownWriter output, DashboardText text, PlatformReconciliation? reconciliation)
    {
        if (reconciliation is null)
        {
            return;
        }

        output.Heading(text.Reconciliation);
        output.Line(Inline(text.ReconciliationSummary(reconciliation.FiguresCompared, reconciliation.FiguresAgreeing, reconciliation.PostsWithoutPlatformFigures)));
        if (reconciliation.Periods.Count > 0)
        {
            output.SubHeading(text.RatesByPeriod);
            var periods = new MarkdownTable(
                (text.Period, false), (text.Channel, false), (text.ComputedRate, true), (text.PlatformRate, true), (text.Difference, true), (text.Reason, false), (text.Posts, false));
            foreach (var period in reconciliation.Periods)
            {
                var decimals = DashboardText.RateDecimals(period.Difference);
                periods.Add(
                    text.PeriodName(period.Period),
                    period.Channel.Name,
                    text.RateText(period.Computed, decimals),
                    text.RateText(period.Reported, decimals),
                    text.PointsText(period.Difference, decimals),
                    period.Reason is { } reason ? text.DisagreementReasonName(reason) : text.Agrees,
                    text.IdsText(period.RecordIds, IdsShown));
            }

            periods.WriteTo(output);
        }

        output.SubHeading(text.PostDisagreements);
        var disagreements = reconciliation.RecordDisagreements;
        if (disagreements.Count == 0)
        {
            output.Line(text.NoPostDisagreement);
            return;
        }

        var posts = new MarkdownTable(
            (text.Post, false), (text.Channel, false), (text.Figure, false), (text.Reported, true), (text.Computed, true), (text.Difference, true), (text.Reason, false),
            (text.ExplanationHeading, false));
        foreach (var disagreement in disagreements.Take(DisagreementsShown))
        {
            var decimals = DashboardText.RateDecimals((double?)disagreement.Difference);
            posts.Add(
                disagreement.RecordId,
                disagreement.Channel.Name,
                text.FigureName(disagreement.Figure),
                text.FigureText(disagreement.IsRate, disagreement.Reported, decimals),
                text.FigureText(disagreement.IsRate, disagreement.Computed, decimals),
                text.FigureDifferenceText(disagreement.IsRate, disagreement.Difference, decimals),
                text.DisagreementReasonName(disagreement.Reason),
                disagreement.ExplanationText is { } explanation ? text.Format(explanation) : disagreement.Explanation);
        }

        posts.WriteTo(output);
        if (disagreements.Count > DisagreementsShown)
        {
            output.Blank();
            output.Line(Inline(text.AndMoreRows(disagreements.Count - DisagreementsShown)));
        }
    }
}
