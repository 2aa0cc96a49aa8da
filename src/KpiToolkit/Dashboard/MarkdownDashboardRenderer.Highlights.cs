using KpiToolkit.Calculators;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <content>The scorecards, the best and weakest posts, and what is not measured, in Markdown.</content>
public sealed partial class MarkdownDashboardRenderer
{
    /// <summary>Whether an analysis gets a heading: not when the data holds nothing it reads (it is named once instead).</summary>
    private static bool Shows(KpiDashboard dashboard, DashboardAnalysis analysis) => !dashboard.AnalysesWithoutData.Contains(analysis);

    private static void WriteScorecards(MarkdownWriter output, DashboardText text, IReadOnlyList<KpiRow> scorecards)
    {
        if (scorecards.Count == 0)
        {
            return;
        }

        output.Heading(text.Headlines);
        var table = new MarkdownTable((text.Kpi, false), (text.Channel, false), (text.Value, true), (text.Change, true), (text.Target, false), (text.Status, false));
        foreach (var row in scorecards)
        {
            var unit = row.Indicator.Unit;
            var currency = row.Current.Currency;
            table.Add(
                text.IndicatorName(row.Indicator),
                text.ChannelName(row.Channel),
                text.FormatResultWithUnit(row.Current, row.Indicator),
                row.Change is { } change ? $"{text.ChangeText(change, unit, currency)} {text.Versus} {text.FormatResultShort(row.Previous)}" : string.Empty,
                row.Evaluation?.Objective.Target is { } target ? text.TargetText(target, unit, currency) : string.Empty,
                row.Evaluation is { } evaluation ? text.StatusName(evaluation.Status) : string.Empty);
        }

        table.WriteTo(output);
    }

    private static void WriteNotMeasured(MarkdownWriter output, DashboardText text, KpiDashboard dashboard)
    {
        if (dashboard.NotMeasured.Count == 0 && dashboard.AnalysesWithoutData.Count == 0)
        {
            return;
        }

        output.Blank();
        output.Line($"**{text.NotMeasured}** ({text.NotMeasuredIntro}){text.Colon} {Inline(text.NotMeasuredList(dashboard))}");
    }

    private static void WriteTopPosts(MarkdownWriter output, DashboardText text, TopPosts posts, DateTimeZone zone)
    {
        output.Heading(text.TopPostsTitle);
        output.Line(text.PostsRanked(posts));
        WritePosts(output, text, text.BestPosts, posts, posts.Best, zone);
        if (posts.Worst.Count > 0)
        {
            WritePosts(output, text, text.WorstPosts, posts, posts.Worst, zone);
        }
    }

    private static void WritePosts(MarkdownWriter output, DashboardText text, string title, TopPosts ranking, IReadOnlyList<RankedPost> posts, DateTimeZone zone)
    {
        output.SubHeading(title);
        var table = new MarkdownTable(
            (text.Rank, true), (text.Post, false), (text.Channel, false), (text.Published, false), (text.FormatLabel, false),
            (text.IndicatorName(ranking.Indicator), true), (text.Interactions, true), (text.DenominatorName(ranking.Denominator), true));
        foreach (var post in posts)
        {
            table.Add(
                text.Count(post.Rank),
                post.Post.Id,
                post.Post.Channel.Name,
                text.LocalTimeText(post.Post.PublishedAt, zone),
                text.FormatName(post.Post.Format),
                text.FormatValue(ranking.Indicator.Unit, post.Value),
                text.Count(post.Numerator),
                text.Count(post.Denominator));
        }

        table.WriteTo(output);
    }
}
