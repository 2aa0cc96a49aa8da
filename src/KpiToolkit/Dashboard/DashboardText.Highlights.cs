using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;

namespace KpiToolkit.Dashboard;

/// <content>The words of the scorecards, the best and worst posts, the units and what is not measured.</content>
internal sealed partial class DashboardText
{
    public string Headlines => T("Label.Headlines");

    public string NotMeasured => T("Label.NotMeasured");

    public string NotMeasuredIntro => T("Label.NotMeasuredIntro");

    public string TopPostsTitle => T("Label.TopPosts");

    public string BestPosts => T("Label.BestPosts");

    public string WorstPosts => T("Label.WorstPosts");

    public string Published => T("Label.Published");

    public string FormatLabel => T("Label.Format");

    public string Interactions => T("Label.Interactions");

    public string TargetLine => T("Label.TargetLine");

    /// <summary>Says how many posts were ranked and how many could not be: <c>35 posts ranked by Engagement rate, 2 without the figures to rank them</c>.</summary>
    public string PostsRanked(TopPosts posts) => T("Label.PostsRanked", Count(posts.PostsRanked), IndicatorName(posts.Indicator), Count(posts.PostsSkipped));

    /// <summary>Formats an instant as a date and time on the zone's clocks, without the zone's name: <c>6/17/2026 8:15 PM</c>.</summary>
    public string LocalTimeText(NodaTime.Instant instant, NodaTime.DateTimeZone zone)
    {
        var local = instant.InZone(zone).LocalDateTime;
        return $"{DateText(local.Date)} {local.TimeOfDay.ToString("t", Culture.Name.Length == 0 ? System.Globalization.CultureInfo.InvariantCulture : Culture)}";
    }

    public string SpikeKind => T("Label.SpikeKind");

    /// <summary>Says whether the spike of a position in <see cref="MentionSpikes.Spikes"/> is the good kind or the bad kind; <c>n/a</c> when not explained.</summary>
    public string SpikeKindText(MentionSpikes spikes, int index) =>
        index < spikes.Explanations.Count ? T($"SpikeCharacter.{spikes.Explanations[index].Character}") : NotAvailable;

    /// <summary>Names a post format: <c>Carousel</c>, <c>Carrousel</c>.</summary>
    public string FormatName(PostFormat format) => T($"Format.{format}");

    /// <summary>Names what a ratio of posts is divided by: <c>Reach</c>, <c>Portée</c>.</summary>
    public string DenominatorName(PostDenominator denominator) => T($"Denominator.{denominator}");

    /// <summary>Names an analysis, as its card or heading does.</summary>
    public string AnalysisName(DashboardAnalysis analysis) => analysis switch
    {
        DashboardAnalysis.RoiRanking => RoiRanking,
        DashboardAnalysis.ChannelComparison => ChannelComparison,
        DashboardAnalysis.BestTimeToPost => BestTimes,
        DashboardAnalysis.MentionSpikes => MentionSpikes,
        _ => TopPostsTitle,
    };

    /// <summary>
    /// Returns what an indicator's value counts (<c>comments / post</c>) in the labels' language for a built-in unit, as
    /// the definition gives it otherwise; null when it has none.
    /// </summary>
    public string? UnitLabel(Indicator indicator) =>
        indicator.UnitLabel is not { } label ? null
        : IndicatorCatalog.BuiltIn.TryGet(indicator.Key, out var builtIn) && builtIn.UnitLabel == label ? T($"Indicator.{indicator.Key}.Unit")
        : label;

    /// <summary>Formats a result with what it counts after it (<c>0.52 comments / post</c>), or <c>n/a</c>.</summary>
    public string FormatResultWithUnit(KpiResult result, Indicator indicator) =>
        result.Value is not null && UnitLabel(indicator) is { } unit ? $"{FormatResultShort(result)}{NoBreakSpace}{unit}" : FormatResultShort(result);

    /// <summary>Lists what is not measured, each KPI with its channel, then the analyses without data.</summary>
    public string NotMeasuredList(KpiDashboard dashboard) =>
        string.Join(
            ", ",
            dashboard.NotMeasured.Select(row => $"{IndicatorName(row.Indicator)} ({ChannelName(row.Channel)})")
                .Concat(dashboard.AnalysesWithoutData.Select(AnalysisName)));

    /// <summary>Describes a scorecard's trend chart for those who cannot see it.</summary>
    public string ScorecardChartLabel(KpiRow row, string target)
    {
        var name = $"{IndicatorName(row.Indicator)} ({ChannelName(row.Channel)})";
        var values = string.Join(", ", row.History.Select(result => $"{PeriodShort(result.Period)} {FormatResultShort(result)}"));
        return target.Length == 0 ? T("Label.ScorecardChartNoTarget", name, values) : T("Label.ScorecardChart", name, values, target);
    }
}
