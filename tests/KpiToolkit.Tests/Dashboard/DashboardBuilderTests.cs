using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;

namespace KpiToolkit.Tests.Dashboard;

public sealed partial class DashboardBuilderTests
{
    [Fact]
    public void Build_Fixture_Smoke()
    {
        var dashboard = DashboardFixture.Build();

        foreach (var row in dashboard.Rows)
        {
            Console.WriteLine($"{row.Indicator.Category}/{row.Indicator.MediaType} {row.Indicator.Key} {row.Channel} {row.Origin} {row.Current} prev={row.Previous.Value} {row.Evaluation?.Status} {row.Evaluation?.Explanation} {row.Error}");
        }

        foreach (var problem in dashboard.Problems)
        {
            Console.WriteLine(problem);
        }

        Console.WriteLine(dashboard.RoiRanking);
        Console.WriteLine(string.Join("; ", dashboard.MentionSpikes!.Spikes.Select(s => s.Period + " " + s.Observed)));
        Console.WriteLine(string.Join("; ", dashboard.BestTimeToPost!.Ranking.Take(3)));
        dashboard.Objectives.Should().HaveCount(1);
        dashboard.Objectives[0].Status.Should().NotBe(ObjectiveStatus.NoData);
    }
}
