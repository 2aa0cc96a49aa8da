using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Orleans.Tests;

/// <summary>The objectives the test silos give the brand <see cref="Brand"/>: one tree over posts, mentions and activity, with a KPI the cluster does not compute.</summary>
internal static class BrandGoals
{
    public const string Brand = "goals";

    private static readonly LocalDate March1 = new(2026, 3, 1);
    private static readonly LocalDate April30 = new(2026, 4, 30);
    private static readonly LocalDate May31 = new(2026, 5, 31);
    private static readonly LocalDate June1 = new(2026, 6, 1);
    private static readonly LocalDate July31 = new(2026, 7, 31);

    public static Objective[] Objectives { get; } =
    [
        new Objective(
            "awareness",
            "Reach 900 mentions of the brand a month by the end of April 2026",
            BuiltInIndicators.MentionVolume,
            Target.IncreaseTo(900),
            start: March1,
            deadline: April30,
            cadence: Cadence.Month,
            subObjectives:
            [
                new Objective("instagram-engagement", "Raise Instagram's engagement rate to 20 % by the end of April 2026", BuiltInIndicators.EngagementRate, Target.IncreaseTo(0.2), start: March1, deadline: April30, scope: ObjectiveScope.ForChannels(Channel.Instagram), cadence: Cadence.Month),
                // Its weeks of May hold no post: the cluster must count them as 0, as one pass does.
                new Objective("posting", "Publish 60 posts a week until the end of May 2026", BuiltInIndicators.PostingFrequency, Target.IncreaseTo(60), start: March1, deadline: May31, cadence: Cadence.Week),
                // None of its weeks holds a post, but the brand published in March and April: its weeks are 0, not missing.
                new Objective("summer-posting", "Publish 40 posts a week in June and July 2026", BuiltInIndicators.PostingFrequency, Target.IncreaseTo(40), start: June1, deadline: July31, cadence: Cadence.Week),
                // The brand never published on TikTok: no data, as one pass says, not a run of zeros.
                new Objective("tiktok-posting", "Publish 5 TikTok posts a week in March and April 2026", BuiltInIndicators.PostingFrequency, Target.IncreaseTo(5), start: March1, deadline: April30, scope: ObjectiveScope.ForChannels(Channel.TikTok), cadence: Cadence.Week),
                new Objective("linkedin-impressions", "Reach 300,000 LinkedIn impressions a month by the end of April 2026", BuiltInIndicators.AccountImpressions, Target.IncreaseTo(300_000), start: March1, deadline: April30, scope: ObjectiveScope.ForChannels(Channel.LinkedIn), cadence: Cadence.Month),
                new Objective("reach", "Reach half of the followers by the end of April 2026", BuiltInIndicators.ReachRate, Target.IncreaseTo(0.5), start: March1, deadline: April30, cadence: Cadence.Month),
            ]),
    ];
}
