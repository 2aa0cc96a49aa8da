using System.Text.Json;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Quality;

/// <summary>
/// Chains of objectives thousands of levels deep. The tree checks and walks use a stack of their own: building a chain of n
/// levels costs O(n log n) (each level adds its id to the shared ids of the level below), walking, evaluating, validating
/// and rendering it O(n), and none of them recurses. Before, a chain of 1,000 levels took 3.4 s to build and 4,000 levels
/// 217 s (cubic): the 10,000 levels below would have taken about an hour, so these tests finishing is the measure; the
/// operations of a walk are counted, not timed.
/// </summary>
public class DeepTreeTests
{
    private const int Depth = 10_000;
    private static readonly FakeClock Clock = FakeClock.At(2026, 2, 19);

    /// <summary>level-0 at the top, level-(n−1) at the bottom.</summary>
    private static Objective Chain(int depth)
    {
        Objective? below = null;
        for (var level = depth - 1; level >= 0; level--)
        {
            below = new Objective(
                $"level-{level}", "Grow the Instagram followers", BuiltInIndicators.Followers, Target.IncreaseTo(2000),
                start: new LocalDate(2026, 1, 1), deadline: new LocalDate(2026, 4, 10), subObjectives: below is null ? null : [below]);
        }

        return below!;
    }

    [Fact]
    public void Chain10000_IsBuilt_AndWalkedInOrder()
    {
        var root = Chain(Depth);

        var ids = root.SelfAndDescendants().Select(objective => objective.Id).ToList();

        ids.Should().HaveCount(Depth);
        ids[0].Should().Be("level-0");
        ids[^1].Should().Be($"level-{Depth - 1}");
        ids.Should().Equal(Enumerable.Range(0, Depth).Select(level => $"level-{level}"));
    }

    [Fact]
    public void SameSubObjective_GivenTwice_IsRefused()
    {
        var twice = new Objective("twice", "Grow", BuiltInIndicators.Followers);
        var small = new Objective("small", "Grow", BuiltInIndicators.Followers);

        var act = () => new Objective("top", "Grow", BuiltInIndicators.Followers, subObjectives: [twice, twice]);
        var withAnother = () => new Objective("top", "Grow", BuiltInIndicators.Followers, subObjectives: [small, twice, twice]);

        act.Should().Throw<ArgumentException>().WithParameterName("subObjectives").WithMessage("The id 'twice' appears twice*");
        withAnother.Should().Throw<ArgumentException>().WithParameterName("subObjectives").WithMessage("The id 'twice' appears twice*");
    }

    [Fact]
    public void Chain10000_DuplicateIdAtTheBottom_IsRefused()
    {
        var chain = Chain(Depth);

        var act = () => new Objective("top", "Grow", BuiltInIndicators.Followers, subObjectives: [chain, new Objective($"level-{Depth - 1}", "Twin", BuiltInIndicators.Followers)]);
        var own = () => new Objective($"level-{Depth - 1}", "Grow", BuiltInIndicators.Followers, subObjectives: [chain]);

        act.Should().Throw<ArgumentException>().WithParameterName("subObjectives")
            .WithMessage($"The id 'level-{Depth - 1}' appears twice in the objectives under 'top'; ids must be unique within a tree.*");
        own.Should().Throw<ArgumentException>().WithParameterName("subObjectives")
            .WithMessage($"The id 'level-{Depth - 1}' appears twice in the objectives under 'level-{Depth - 1}'*");
    }

    [Fact]
    public void Walk_VisitsEachNodeOnce_InLinearOperations()
    {
        // A chain of n levels: the walk asks each node for its children exactly once, and the fold combines each node once.
        var root = Chain(Depth);
        var asked = 0;
        var combined = 0;

        var count = Trees.PreOrder(root, objective => { asked++; return objective.SubObjectives; }).Count();
        var height = Trees.Fold<Objective, int>(root, objective => objective.SubObjectives, (_, _, below) => { combined++; return below.Count == 0 ? 1 : below[0] + 1; });

        count.Should().Be(Depth);
        asked.Should().Be(Depth);
        combined.Should().Be(Depth);
        height.Should().Be(Depth);
    }

    [Fact]
    public void Chain10000_IsEvaluated_AndValidated()
    {
        var root = Chain(Depth);

        var evaluation = new ObjectiveEvaluator(Clock, ReportingCalendar.Utc).EvaluateTree(root, _ => null, new LocalDate(2026, 2, 19));
        var report = SmartValidator.CreateDefault(Clock).Validate(root);

        evaluation.SelfAndDescendants().Should().HaveCount(Depth);
        evaluation.Status.Should().Be(ObjectiveStatus.NoData);
        report.For($"level-{Depth - 1}").Objective.Id.Should().Be($"level-{Depth - 1}");
        report.AllFindings.Should().NotContain(finding => finding.Code == SmartErrorCodes.RuleFailed);
    }

    [Fact]
    public void Chain500_RendersInJson()
    {
        var dashboard = DeepDashboard(500);

        var json = new JsonDashboardRenderer().RenderToString(dashboard);

        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 2000 });
        var node = document.RootElement.GetProperty("objectives")[0];
        for (var level = 1; level < 500; level++)
        {
            node = node.GetProperty("subObjectives")[0];
        }

        node.GetProperty("id").GetString().Should().Be("level-499");
        node.GetProperty("subObjectives").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Chain10000_RendersInEveryFormat()
    {
        var dashboard = DeepDashboard(Depth);

        var json = new JsonDashboardRenderer().RenderToString(dashboard);
        var markdown = new MarkdownDashboardRenderer().RenderToString(dashboard);
        var html = new HtmlDashboardRenderer().RenderToString(dashboard);
        var csv = new CsvDashboardRenderer().RenderToString(dashboard);

        // Read with the streaming reader: JsonDocument is slow on 20,000 levels of nesting. Each level nests an object in an array.
        var (objectives, deepest) = ObjectivesAndDepth(json);
        objectives.Should().Be(Depth);
        deepest.Should().BeGreaterThan(2 * Depth);
        foreach (var text in new[] { json, markdown, html })
        {
            text.Should().Contain("level-0").And.Contain($"level-{Depth - 1}");
        }

        // One list item per objective, every one closed.
        CountOf(html, "<li>").Should().Be(Depth);
        CountOf(html, "</li>").Should().Be(Depth);
        CountOf(html, "<ul>").Should().Be(Depth - 1);
        csv.Should().StartWith("category,");
    }

    private static (int Objectives, int Deepest) ObjectivesAndDepth(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json), new JsonReaderOptions { MaxDepth = (2 * Depth) + 100 });
        var (objectives, deepest) = (0, 0);
        while (reader.Read())
        {
            deepest = Math.Max(deepest, reader.CurrentDepth);
            if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("subObjectives"))
            {
                objectives++;
            }
        }

        return (objectives, deepest);
    }

    private static KpiDashboard DeepDashboard(int depth)
    {
        var root = Chain(depth);
        var builder = DashboardBuilder.CreateDefault(Clock);
        var empty = builder.Build(new DashboardRequest(ReportingPeriod.Month(2026, 1)) { Indicators = [] });
        var evaluation = new ObjectiveEvaluator(Clock, ReportingCalendar.Utc).EvaluateTree(root, _ => null, new LocalDate(2026, 2, 19));
        return empty with { Objectives = [evaluation] };
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
