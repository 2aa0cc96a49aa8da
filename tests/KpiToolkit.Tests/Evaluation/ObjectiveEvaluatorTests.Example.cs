using System.Globalization;
using System.Text.RegularExpressions;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Tests.Support;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Evaluation;

public partial class ObjectiveEvaluatorTests
{
    /// <summary>The first example of docs/evaluation.md prints an evaluation: the one on the date its comment is true for.</summary>
    [Fact]
    public void Evaluate_DocumentationFirstExample_PrintsTheEvaluationItsCommentShows()
    {
        var page = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "evaluation.md"));
        var code = DocumentationCode().Match(page).Groups["code"].Value;

        var printed = DocumentationPrint().Match(code);
        printed.Success.Should().BeTrue("the example prints a status, a reason and an explanation, with the output in a comment");
        var name = printed.Groups["name"].Value;
        var declaration = DocumentationDeclaration(name).Match(code);

        // Printed "as of today", the output would change every day; the comment can only be true for a given date.
        declaration.Success.Should().BeTrue($"'{name}', the evaluation printed, is evaluated on a given date");
        int Part(string part) => int.Parse(declaration.Groups[part].Value, CultureInfo.InvariantCulture);
        var date = new LocalDate(Part("year"), Part("month"), Part("day"));
        var evaluation = Evaluator().Evaluate(DocumentationObjective(), DocumentationSeries(), date);
        $"{evaluation.Status} ({evaluation.Reason}): {evaluation.Explanation}".Should().Be(printed.Groups["output"].Value.TrimEnd());
    }

    /// <summary>The worked example of docs/evaluation.md, so that the page and the code cannot drift apart.</summary>
    [Fact]
    public void Evaluate_DocumentationExample_GivesTheNumbersOfThePage()
    {
        var followers = DocumentationObjective();
        var series = DocumentationSeries();

        // 31 March 2026 at 20:00 UTC is 22:00 in Paris, still 31 March.
        var evaluator = new ObjectiveEvaluator(new FakeClock(Instant.FromUtc(2026, 3, 31, 20, 0)), new ReportingCalendar(Zones.Paris));
        var evaluation = evaluator.Evaluate(followers, series);

        // Progress (13,100 − 12,000) / (15,000 − 12,000) = 1,100 / 3,000 ≈ 0.3667.
        // Expected: 1 January to 30 June is 181 days; by 31 March 31 + 28 + 31 = 90 have passed: 90 / 181 ≈ 0.4972.
        // Gap ≈ 0.1306, 13.1 points, within 16.5: OnTrack.
        evaluation.AsOf.Should().Be(new LocalDate(2026, 3, 31));
        evaluation.Progress.Should().BeApproximately(1100.0 / 3000, 1e-12);
        evaluation.ExpectedProgress.Should().Be(90.0 / 181);
        evaluation.Status.Should().Be(ObjectiveStatus.OnTrack);
        evaluation.Reason.Should().Be(StatusReason.OnPace);
        evaluation.Explanation.Should().Be("Progress is 36.7 % against 49.7 % expected by now: at most 16.5 points behind.");

        // Middles 15, 44.5, 74; deviations −29.5, 0, 29.5; covariance 29.5 × (13,100 − 12,300) = 23,600; spread 1,740.5.
        // Slope 23,600 / 1,740.5 = 800 / 59 ≈ 13.56 a day. Mean 38,050 / 3 ≈ 12,683.3 at day 44.5; 30 June is day 180:
        // 38,050/3 + 800/59 × 135.5 ≈ 14,520.6, short of 15,000; progress ≈ 2,520.6 / 3,000 ≈ 0.840.
        var projection = evaluation.Projection!;
        projection.SlopePerDay.Should().BeApproximately(800.0 / 59, 1e-9);
        projection.Value.Should().BeApproximately((38_050.0 / 3) + (800.0 / 59 * 135.5), 1e-9);
        projection.Value.Should().BeApproximately(14_520.6, 0.05);
        projection.MeetsTarget.Should().BeFalse();
        projection.Progress!.Value.Should().BeApproximately(0.840, 0.0005);

        // The page's variants for March: 13,000 → 1,000 / 3,000 ≈ 0.333, gap ≈ 0.164, on track; 12,900 → 0.3, gap ≈ 0.197,
        // at risk; 12,400 → 0.133, gap ≈ 0.364, off track.
        foreach (var (march, status) in new[] { (13_000.0, ObjectiveStatus.OnTrack), (12_900.0, ObjectiveStatus.AtRisk), (12_400.0, ObjectiveStatus.OffTrack) })
        {
            var variant = series.Measurements.Take(2).Append(new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 3), march, Channel.Instagram));
            evaluator.Evaluate(followers, new MeasurementSeries(IndicatorKeys.Followers, variant)).Status.Should().Be(status);
        }

        // March against February: +450, 450 / 12,650 ≈ +3.6 %.
        evaluation.Change!.Absolute.Should().Be(450);
        evaluation.Change.Relative!.Value.Should().BeApproximately(450.0 / 12_650, 1e-12);
    }

    /// <summary>The objective of the page's example.</summary>
    private static Objective DocumentationObjective() => new(
        id: "instagram-followers",
        statement: "Grow the Instagram followers of our recipe account among home cooks",
        indicator: BuiltInIndicators.Followers,
        target: Target.IncreaseTo(15_000),
        baseline: new Baseline(12_000, new LocalDate(2025, 12, 31)),
        start: new LocalDate(2026, 1, 1),
        deadline: new LocalDate(2026, 6, 30),
        scope: ObjectiveScope.ForChannels(Channel.Instagram));

    /// <summary>The series of the page's example.</summary>
    private static MeasurementSeries DocumentationSeries() => new(
        IndicatorKeys.Followers,
        [
            new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 1), 12_300, Channel.Instagram),
            new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 2), 12_650, Channel.Instagram),
            new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, 3), 13_100, Channel.Instagram),
        ]);

    private static Regex DocumentationDeclaration(string name) => new(
        $@"var {Regex.Escape(name)} = evaluator\.Evaluate\(followers, series, new LocalDate\((?<year>\d+), (?<month>\d+), (?<day>\d+)\)\);");

    /// <summary>The first C# block of the page.</summary>
    [GeneratedRegex(@"```csharp\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex DocumentationCode();

    /// <summary>The line that prints an evaluation, and the comment under it that shows what it prints.</summary>
    [GeneratedRegex(@"Console\.WriteLine\(\$""\{(?<name>\w+)\.Status\} \(\{\k<name>\.Reason\}\): \{\k<name>\.Explanation\}""\);\n// (?<output>[^\n]+)")]
    private static partial Regex DocumentationPrint();
}
