using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Indicators;
using KpiToolkit.Time;

namespace KpiToolkit.Sample;

/// <summary>
/// The host's own KPI: the share of the period's posts published as a video or a reel, the format the company's
/// content plan pushes. It is registered with <c>AddCalculator</c>, so the dashboard shows it beside the built-in KPIs.
/// </summary>
/// <param name="calendar">The reporting calendar, resolved from the container.</param>
internal sealed class VideoPostShareCalculator(ReportingCalendar calendar) : IKpiCalculator
{
    /// <summary>The indicator it computes, declared to the catalog with the calculator.</summary>
    public static Indicator Definition { get; } = new(
        new IndicatorKey("video-post-share"),
        "Video share of posts",
        IndicatorUnit.Fraction,
        Polarity.HigherIsBetter,
        IndicatorCategory.Engagement,
        MediaType.Owned,
        Cadence.Month,
        description: "posts published as a video or a reel / posts published",
        minimumValue: 0,
        maximumValue: 1);

    public Indicator Indicator => Definition;

    public KpiResult Calculate(ActivityData data, ReportingPeriod period, Channel? channel = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        long posts = 0, videos = 0;
        foreach (var post in data.Posts)
        {
            if ((channel is null || post.Channel == channel) && period.Contains(calendar.ToLocalDate(post.PublishedAt)))
            {
                posts++;
                videos += post.Format is PostFormat.Video or PostFormat.Reel ? 1 : 0;
            }
        }

        const string method = "posts published as a video or a reel / posts published";
        var inputs = new KpiInputs(videos, posts, posts);
        return posts == 0
            ? KpiResult.Unavailable(Definition.Key, Definition.Unit, period, channel, KpiUnavailableReason.NoData, inputs, method)
            : KpiResult.Available(Definition.Key, Definition.Unit, period, channel, (double)videos / posts, inputs, method);
    }
}
