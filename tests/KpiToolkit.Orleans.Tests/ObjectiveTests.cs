using KpiToolkit.Activity;
using KpiToolkit.Alerts;
using KpiToolkit.Calculators;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.Orleans.Tests;

/// <summary>A brand's objectives evaluated by the cluster as its records arrive: the statuses and the alerts of one pass, each alert once.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ObjectiveTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ObjectivesEvaluatedAfterEachBatch_EqualTheEvaluationOfOnePass_AndEachAlertIsSentOnce()
    {
        var posts = Records.Posts(1_500, seed: 41);
        var mentions = Records.Mentions(3_000, seed: 42);
        var rows = LinkedInMonths();
        var client = fixture.Client;

        // Three batches, the objectives read after each: every evaluation may send alerts, none twice. The posts of each
        // batch span both months, so each batch revises the weeks already read, and the alerts of each state are sent.
        ActivityBatch[] batches =
        [
            new("goals-1", posts[..500], mentions[..1_000], rows[..1]),
            new("goals-2", posts[500..1_000], mentions[1_000..2_000], rows[1..]),
            new("goals-3", posts[1_000..], mentions[2_000..]),
        ];
        var expectedAlerts = new Dictionary<(string?, string, Instant), KpiAlert>();
        IReadOnlyList<ObjectiveSnapshot> snapshots = [];
        List<ObjectiveEvaluation> expected = [];
        for (var i = 0; i < batches.Length; i++)
        {
            await client.IngestAsync(BrandGoals.Brand, batches[i]);
            snapshots = await client.ObjectivesAsync(BrandGoals.Brand);
            var acknowledged = batches[..(i + 1)];
            var data = new ActivityData(
                acknowledged.SelectMany(batch => batch.Posts), mentions: acknowledged.SelectMany(batch => batch.Mentions), channelActivity: acknowledged.SelectMany(batch => batch.ChannelActivity));
            (expected, var alerts) = OnePass(data, snapshots[0].AsOf);
            foreach (var alert in alerts)
            {
                expectedAlerts.TryAdd((alert.Scope, alert.Rule, alert.Start), alert);
            }
        }

        snapshots.Select(snapshot => snapshot.ObjectiveId).Should().Equal("awareness", "instagram-engagement", "posting", "summer-posting", "tiktok-posting", "linkedin-impressions", "reach");
        snapshots.Select(snapshot => snapshot.ParentId).Should().Equal(null, "awareness", "awareness", "awareness", "awareness", "awareness", "awareness");
        foreach (var (snapshot, evaluation) in snapshots.Zip(expected))
        {
            snapshot.Should().BeEquivalentTo(
                new { evaluation.Status, evaluation.Reason, evaluation.Current?.Value, evaluation.Current?.Period, evaluation.Explanation },
                options => options.Using<double>(context => context.Subject.Should().BeApproximately(context.Expectation, Math.Abs(context.Expectation) * 1e-12)).WhenTypeIs<double>(),
                snapshot.ObjectiveId);
        }

        snapshots.Single(snapshot => snapshot.ObjectiveId == "reach").Should().BeEquivalentTo(new { IsMeasured = false, Status = ObjectiveStatus.NoData });
        snapshots.Where(snapshot => snapshot.ObjectiveId != "reach").Should().OnlyContain(snapshot => snapshot.IsMeasured);
        snapshots.Single(snapshot => snapshot.ObjectiveId == "tiktok-posting").Should().BeEquivalentTo(new { IsMeasured = true, Status = ObjectiveStatus.NoData });
        snapshots.Single(snapshot => snapshot.ObjectiveId == "summer-posting").Should().BeEquivalentTo(new { Value = (double?)0 }, "a week without posts of a brand that publishes is 0 posts");
        snapshots.Where(snapshot => snapshot.IsMeasured && snapshot.ObjectiveId != "tiktok-posting").Select(snapshot => snapshot.Status)
            .Should().NotContain(ObjectiveStatus.NoData, "every measured KPI with records has completed periods");

        var sent = fixture.Alerts.All().Where(alert => alert.Scope?.StartsWith($"{BrandGoals.Brand}/", StringComparison.Ordinal) == true).ToList();
        sent.Select(alert => (alert.Scope, alert.Rule, alert.Start, alert.Kind)).Should().OnlyHaveUniqueItems()
            .And.BeEquivalentTo(expectedAlerts.Values.Select(alert => (alert.Scope, alert.Rule, alert.Start, alert.Kind)));
        expectedAlerts.Should().NotBeEmpty("the weekly posting target of 60 is missed and the other targets are reached");
    }

    [Fact]
    public async Task ABrandWithoutObjectives_HasNoSnapshots_AndABlankBrandIsRefused()
    {
        (await fixture.Client.ObjectivesAsync("no-goals")).Should().BeEmpty();
        await fixture.Client.Invoking(c => c.ObjectivesAsync(" ")).Should().ThrowAsync<ArgumentException>().WithParameterName("brand");
    }

    /// <summary>LinkedIn's activity, one row a month from February to April 2026, 10,000 impressions a day.</summary>
    private static ChannelActivity[] LinkedInMonths() =>
    [
        new(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)), impressions: 280_000, reach: 90_000, engagements: 4_000),
        new(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31)), impressions: 310_000, reach: 95_000, engagements: 4_100),
        new(Channel.LinkedIn, new DateInterval(new LocalDate(2026, 4, 1), new LocalDate(2026, 4, 30)), impressions: 300_000, reach: 99_000, engagements: 4_300),
    ];

    /// <summary>
    /// The objectives evaluated over one pass of the calculators, period by period as a dashboard measures them, and the
    /// alerts their monitors raise over the completed periods; the KPI the cluster does not compute is left unmeasured.
    /// </summary>
    private (List<ObjectiveEvaluation> Evaluations, List<KpiAlert> Alerts) OnePass(ActivityData data, LocalDate asOf)
    {
        var services = fixture.Cluster.Client.ServiceProvider;
        var registry = services.GetRequiredService<IKpiCalculatorRegistry>();
        var evaluator = services.GetRequiredService<ObjectiveEvaluator>();
        var clock = services.GetRequiredService<IClock>();
        var root = BrandGoals.Objectives[0];
        var series = root.SelfAndDescendants().ToDictionary(objective => objective, objective => objective.Id == "reach" ? null : Series(registry, evaluator.Calendar, objective, data, asOf));
        var evaluation = evaluator.EvaluateTree(root, objective => series[objective], asOf);
        var alerts = new List<KpiAlert>();
        foreach (var (objective, measured) in series.Where(pair => pair.Value is not null))
        {
            var monitor = objective.SubObjectives.Count == 0 ? KpiAlertMonitor.ForObjective(objective, clock, evaluator) : KpiAlertMonitor.ForObjective(objective, clock, evaluator.Calendar);
            alerts.AddRange(measured!.Measurements.Where(m => m.Period.End <= asOf).SelectMany(m => monitor.Observe(m)).Select(alert => alert with { Scope = $"{BrandGoals.Brand}/{objective.Id}" }));
        }

        return ([.. evaluation.SelfAndDescendants()], alerts);
    }

    private static MeasurementSeries Series(IKpiCalculatorRegistry registry, ReportingCalendar calendar, Objective objective, ActivityData data, LocalDate asOf)
    {
        var channel = objective.Scope.Channels.Count == 1 ? objective.Scope.Channels[0] : (Channel?)null;
        var until = objective.Deadline < asOf ? objective.Deadline!.Value : asOf;
        var calculator = registry.Get(objective.Indicator.Key);
        var measurements = calendar.PeriodsBetween(objective.Start!.Value.PlusDays(-1), until, objective.Cadence!.Value)
            .Select(period => calculator.Calculate(data, period, channel))
            .Where(result => result.Value is not null)
            .Select(result => new Measurement(objective.Indicator.Key, result.Period, result.Value!.Value, channel));
        return new MeasurementSeries(objective.Indicator.Key, measurements);
    }
}
