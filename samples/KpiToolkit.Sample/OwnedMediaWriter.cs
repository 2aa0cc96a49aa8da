using System.Globalization;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Sample;

/// <summary>Prints the owned-media KPIs of one month, per channel, with the variants side by side.</summary>
internal sealed class OwnedMediaWriter(TextWriter output, ReportingCalendar calendar, IKpiCalculatorRegistry registry)
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public void Write(ActivityData data, ReportingPeriod month)
    {
        var days = data.Posts.Select(p => calendar.ToLocalDate(p.PublishedAt)).ToList();
        output.WriteLine($"Owned media, {month} ({data.Posts.Count} posts read, {days.Min():uuuu-MM-dd} to {days.Max():uuuu-MM-dd}, {calendar.Zone.Id})");
        var channels = data.Posts.Select(p => p.Channel).Distinct().Order().ToList();
        output.WriteLine($"{"KPI",-34}{string.Join(string.Empty, channels.Select(c => $"{c.Name,14}"))}");

        var keys = new[]
        {
            IndicatorKeys.Followers, IndicatorKeys.FollowerGrowthRate, IndicatorKeys.PostingFrequency, IndicatorKeys.PostingRegularity,
            IndicatorKeys.AverageReachPerPost, IndicatorKeys.ReachRate, IndicatorKeys.Frequency,
            IndicatorKeys.EngagementRate, IndicatorKeys.ConversationRate, IndicatorKeys.AmplificationRate,
            IndicatorKeys.ApplauseRate, IndicatorKeys.ViralityRate,
        };
        foreach (var key in keys)
        {
            var calculator = registry.Get(key);
            WriteRow(calculator.Indicator, channels.Select(c => calculator.Calculate(data, month, c)));
        }

        // The same posts, combined the other way: the variant matters.
        var meanOfRatios = new EngagementRateCalculator(new EngagementRateOptions { Aggregation = Aggregation.MeanOfRatios }, calendar);
        WriteRow(meanOfRatios.Indicator, channels.Select(c => meanOfRatios.Calculate(data, month, c)), "Engagement rate, mean of ratios");
        var byFollowers = new EngagementRateCalculator(new EngagementRateOptions { Denominator = PostDenominator.Followers }, calendar);
        WriteRow(byFollowers.Indicator, channels.Select(c => byFollowers.Calculate(data, month, c)), "Engagement rate by followers");

        var instagram = registry.Get(IndicatorKeys.EngagementRate).Calculate(data, month, Channel.Instagram);
        output.WriteLine();
        output.WriteLine($"How the Instagram engagement rate was obtained: {instagram}");

        var growth = new AudienceGrowthCalculator(null, calendar).Analyze(data.Audience, month, Channel.Instagram);
        output.WriteLine(
            $"Instagram audience: {growth.StartFollowers:N0} -> {growth.EndFollowers:N0} ({growth.NetChange:+#,0;-#,0} net: +{growth.Gained:N0} gained, -{growth.Lost:N0} lost); " +
            $"growth {Percent(growth.GrowthRateFromStart)} from the start, {Percent(growth.GrowthRateFromEnd)} from the end.");

        var regularity = new PostingRegularityCalculator(calendar).Analyze(data.Posts, month, Channel.Instagram);
        output.WriteLine(
            $"Instagram rhythm: {regularity.PostCount} posts, {regularity.WeeksWithPosts} of {regularity.Weeks} weeks active, " +
            $"median gap {Hours(regularity.MedianGap)}, longest {Hours(regularity.LongestGap)}, gap variation {regularity.GapCoefficientOfVariation:0.00}.");

        var instagramPosts = data.Posts.Where(p => p.Channel == Channel.Instagram);
        var grid = new BestTimeToPostAnalyzer(new BestTimeToPostOptions { MinimumPostsPerCell = 2 }, calendar).Analyze(instagramPosts, data.Audience);
        var best = string.Join(", ", grid.Ranking.Take(3).Select(cell =>
            $"{cell.Weekday} {cell.Hour:00}:00 ({cell.MedianEngagementRate!.Value.ToString("P1", Culture)}, {cell.PostCount} posts)"));
        output.WriteLine($"Best times to post on Instagram (every post read, median engagement rate): {(best.Length > 0 ? best : "not enough posts yet")}.");
        output.WriteLine();
    }

    private void WriteRow(Indicator indicator, IEnumerable<KpiResult> results, string? label = null)
    {
        var cells = results.Select(r => r.Value is { } v ? indicator.FormatValue(v, Culture) : "n/a");
        output.WriteLine($"{label ?? indicator.Name,-34}{string.Join(string.Empty, cells.Select(c => $"{c,14}"))}");
    }

    private static string Percent(KpiResult result) => result.Value is { } v ? v.ToString("+0.00%;-0.00%", Culture) : "n/a";

    private static string Hours(NodaTime.Duration? duration) => duration is { } d ? $"{d.TotalHours:0}h" : "n/a";
}
