using System.Globalization;
using System.Text;
using KpiToolkit.Activity;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Localization;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;

namespace KpiToolkit.Tests.Dashboard;

public sealed class MarkdownDashboardRendererTests
{
    private static readonly MarkdownDashboardRenderer Renderer = new();

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("")]
    public void Render_Fixture_EveryTableHasTheSameCellCountOnEveryRow(string culture)
    {
        var markdown = Render(DashboardFixture.Build(), culture);

        var tables = Tables(markdown);

        // The headline scorecards, one table per section, ROI ranking, channel comparison, best and weakest posts, best times, mention spikes.
        tables.Should().HaveCount(1 + DashboardFixture.Build().Sections.Count + 6);
        foreach (var table in tables)
        {
            var width = Cells(table[0]).Count;
            width.Should().BeGreaterThan(1);
            table.Should().HaveCountGreaterThan(2, "a table has a heading, a delimiter row and rows");
            table[1].Should().MatchRegex(@"^\|( *:?-{3,}:? *\|)+$");
            table.Select(line => Cells(line).Count).Should().AllBeEquivalentTo(width, $"every row of the table under '{table[0]}' has {width} cells");
        }
    }

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public void Render_KpiRows_ShowCurrentAndPreviousValuesInTheCulture(string culture)
    {
        var dashboard = DashboardFixture.Build();
        var format = CultureInfo.GetCultureInfo(culture);
        // The sections' tables: those with a column for the previous value (the scorecards show it beside the change).
        var previous = culture == "fr-FR" ? "Précédent" : "Previous";
        var rows = Tables(Render(dashboard, culture)).Where(table => Cells(table[0]).Contains(previous)).SelectMany(table => table.Skip(2)).Select(Cells).ToList();

        foreach (var row in dashboard.Rows)
        {
            var channel = row.Channel?.Name ?? (culture == "fr-FR" ? "Tous les canaux" : "All channels");
            // A built-in indicator is named in the labels' language; the host's own (Headcount) as it named it.
            var name = IndicatorCatalog.BuiltIn.Contains(row.Indicator.Key)
                ? KpiLocalizer.Default.GetString($"Indicator.{row.Indicator.Key}.Name", format)
                : row.Indicator.Name;
            var line = rows.Single(cells => cells[0] == name && cells[1] == channel);
            // A ratio or a number per period says what it counts: "6.07 posts / week".
            var unit = row.Indicator.UnitLabel is null ? string.Empty : "\u00A0" + KpiLocalizer.Default.GetString($"Indicator.{row.Indicator.Key}.Unit", format);
            line[2].Should().Be(row.Indicator.FormatValue(row.Current.Value!.Value, format) + unit);
            line[3].Should().Be(row.Indicator.FormatValue(row.Previous.Value!.Value, format));
        }
    }

    [Fact]
    public void Render_FrFr_FormatsFractionsWithTheFrenchPercentPattern()
    {
        var dashboard = DashboardFixture.Build();
        var engagement = dashboard.Rows.First(row => row.Indicator.Key.ToString() == "engagement-rate" && row.Channel is not null);
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var expected = engagement.Current.Value!.Value.ToString("P2", french);

        var markdown = Render(dashboard, "fr-FR");

        expected.Should().StartWith("6,43").And.EndWith("%");
        char.IsWhiteSpace(expected[^2]).Should().BeTrue("the French pattern puts a (no-break) space before the percent sign");
        markdown.Should().Contain($"| {expected} |");
        markdown.Should().NotContain("6.43%");
    }

    [Fact]
    public void Render_EnUs_FormatsChangesWithASign_PointsForFractions()
    {
        var dashboard = DashboardFixture.Build();
        var us = CultureInfo.GetCultureInfo("en-US");
        var engagement = dashboard.Rows.First(row => row.Indicator.Key.ToString() == "engagement-rate" && row.Channel is not null);
        var followers = dashboard.Rows.First(row => row.Indicator.Key.ToString() == "followers");

        var markdown = Render(dashboard, "en-US");

        markdown.Should().Contain("+" + (engagement.Change!.Absolute * 100).ToString("N2", us) + "\u00A0pts");
        markdown.Should().Contain("+" + followers.Change!.Relative!.Value.ToString("P1", us));
    }

    [Fact]
    public void Render_FrFr_UsesFrenchLabels()
    {
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var friday = french.DateTimeFormat.GetDayName(DayOfWeek.Friday);

        var markdown = Render(DashboardFixture.Build(), "fr-FR");

        markdown.Should().Contain("| Indicateur ").And.Contain("| Canal ").And.Contain("| Statut ");
        markdown.Should().Contain("## Objectifs").And.Contain("## Classement par ROI").And.Contain("## Comparaison des canaux");
        markdown.Should().Contain("En bonne voie").And.Contain("Atteint").And.Contain("Médias propriétaires").And.Contain("Amplifier").And.Contain("Arrêter");
        markdown.Should().Contain(char.ToUpper(friday[0], french) + friday[1..]);
        markdown.Should().NotContain("On track").And.NotContain("Achieved").And.NotContain("Owned media");
    }

    [Fact]
    public void Render_EnUs_UsesEnglishLabels()
    {
        var markdown = Render(DashboardFixture.Build(), "en-US");

        markdown.Should().Contain("| KPI ").And.Contain("## Objectives").And.Contain("On track").And.Contain("Achieved");
        markdown.Should().Contain("Scale up").And.Contain("Reduce").And.Contain("Stop").And.Contain("Friday");
        markdown.Should().NotContain("En bonne voie");
    }

    [Fact]
    public void Render_DefaultOptions_UseIsoDatesAndEnglish()
    {
        var dashboard = DashboardFixture.Build();

        var markdown = Renderer.RenderToString(dashboard);

        markdown.Should().StartWith("# KPI dashboard\n");
        markdown.Should().Contain("**As of:** 2026-06-30");
        markdown.Should().Contain("2026-06-01 – 2026-06-30");
    }

    [Fact]
    public void Render_Objectives_AreAnIndentedTreeWithStatusAndExplanation()
    {
        var dashboard = DashboardFixture.Build();

        var lines = Render(dashboard, "en-US").Split('\n');

        var root = lines.Single(line => line.StartsWith("- **", StringComparison.Ordinal));
        root.Should().Contain("**On track**").And.Contain("awareness");
        var children = lines.Where(line => line.StartsWith("  - **", StringComparison.Ordinal)).ToList();
        children.Should().HaveCount(3);
        children[0].Should().Contain("**Achieved**").And.Contain("engagement");
        lines.Should().Contain(line => line.StartsWith("    ", StringComparison.Ordinal) && line.Contains("meets the target", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en-US", "The period of the deadline is complete and {0} meets the target (≥ {1}).")]
    [InlineData("fr-FR", "La période de l’échéance est terminée et {0} atteint la cible (≥ {1}).")]
    public void Render_ObjectiveEndingWithThePeriod_ShowsItsFinalStatus(string culture, string explanation)
    {
        // The Instagram objective ends on 30 June, the last day of the dashboard's month, which is complete: June's value
        // is the final one, so the status is final on 30 June already, not a pace until 1 July.
        var dashboard = DashboardFixture.Build();
        var engagement = dashboard.Objectives.Single().SubObjectives.Single(child => child.Objective.Id == "engagement");
        var format = CultureInfo.GetCultureInfo(culture);

        var lines = Render(dashboard, culture).Split('\n');

        dashboard.AsOf.Should().Be(engagement.Objective.Deadline!.Value);
        engagement.IsFinal.Should().BeTrue();
        engagement.Status.Should().Be(ObjectiveStatus.Achieved);
        engagement.Reason.Should().Be(StatusReason.DeadlinePassed);
        var heading = Array.FindIndex(lines, line => line.Contains("** — engagement", StringComparison.Ordinal));
        lines[heading + 2].Trim().Should().Be(string.Format(
            CultureInfo.InvariantCulture, explanation, engagement.Current!.Value.ToString("P2", format), 0.06.ToString("P2", format)));
    }

    [Theory]
    // A global objective without a target of its own, rolled up by weighted progress over "a" and "b" (followers from
    // 1,000 to 2,000, 1 January to 31 March unless said otherwise). Its own progress is n/a; the explanation must give the
    // roll-up's numbers.
    // After the deadline: "a" 2000 (1) and "b" 1800 (0.8), (1 + 0.8) / 2 = 0.9: Missed.
    [InlineData("deadline-passed", "en-US", "The deadline has passed with only 90% of the way covered. On its own: No data.")]
    [InlineData("deadline-passed", "fr-FR", "L’échéance est passée avec seulement 90{0}% du chemin parcouru. Seul : Pas de données.")]
    // Without any deadline: "a" 1900 (0.9) and "b" 1500 (0.5), (0.9 + 0.5) / 2 = 0.7: OffTrack.
    [InlineData("no-deadline", "en-US", "Weighted progress of the sub-objectives 70%, with no deadline to pace it. On its own: No data.")]
    [InlineData("no-deadline", "fr-FR", "Progression pondérée des sous-objectifs de 70{0}%, sans échéance pour en fixer le rythme. Seul : Pas de données.")]
    // On 15 February (46 of 90 days): "a" 1400 (0.4) and "b" 1250 (0.25), (0.4 + 0.25) / 2 = 0.325 against 46 / 90 ≈ 0.511.
    [InlineData("on-pace", "en-US", "Weighted progress of the sub-objectives 33%, against 51% expected. On its own: No data.")]
    public void Render_WeightedRollUp_ExplainsWithTheRolledUpNumbers(string scenario, string culture, string explanation)
    {
        var deadline = scenario == "no-deadline" ? (LocalDate?)null : new LocalDate(2026, 3, 31);
        Objective Child(string id) => new(
            id, "Grow the followers", BuiltInIndicators.Followers, Target.IncreaseTo(2000), new Baseline(1000, new LocalDate(2025, 12, 31)),
            new LocalDate(2026, 1, 1), deadline);
        var parent = new Objective(
            "global", "Grow the audience", BuiltInIndicators.Followers, null, null, new LocalDate(2026, 1, 1), deadline,
            subObjectives: [Child("a"), Child("b")]);
        var (a, b, asOf) = scenario switch
        {
            "deadline-passed" => (new double[] { 1500, 1900, 2000 }, new double[] { 1300, 1500, 1800 }, new LocalDate(2026, 4, 15)),
            "no-deadline" => ([1900], [1500], new LocalDate(2026, 2, 15)),
            _ => (new double[] { 1400 }, new double[] { 1250 }, new LocalDate(2026, 2, 15)),
        };
        var series = new Dictionary<string, MeasurementSeries>(StringComparer.Ordinal) { ["a"] = Monthly(a), ["b"] = Monthly(b) };
        var evaluator = new ObjectiveEvaluator(DashboardFixture.Clock(), DashboardFixture.Paris, new EvaluationOptions { RollUp = RollUpMethod.WeightedProgress });
        var evaluation = evaluator.EvaluateTree(parent, objective => series.GetValueOrDefault(objective.Id), asOf);
        var dashboard = DashboardFixture.Build() with { Objectives = [evaluation] };
        var beforePercent = 0.0.ToString("P0", CultureInfo.GetCultureInfo(culture))[1..^1]; // French puts a no-break space there

        var lines = Render(dashboard, culture).Split('\n');

        evaluation.Progress.Should().BeNull();
        var heading = Array.FindIndex(lines, line => line.Contains("** — global", StringComparison.Ordinal));
        lines[heading + 2].Trim().Should().Be(string.Format(CultureInfo.InvariantCulture, explanation, beforePercent));
    }

    [Fact]
    public void Render_AnalysesShowBestThreeSlotsAndTheFlaggedSpike()
    {
        var dashboard = DashboardFixture.Build();

        var markdown = Render(dashboard, "en-US");

        var best = Tables(markdown).Single(table => table[0].Contains("Median engagement rate", StringComparison.Ordinal));
        best.Should().HaveCount(2 + 3);
        best[2].Should().Contain("Friday");
        var spikes = Tables(markdown).Single(table => table[0].Contains("| Date", StringComparison.Ordinal));
        Cells(spikes.Skip(2).Should().ContainSingle().Subject).Take(2).Should().Equal("6/17/2026", "40");
    }

    [Fact]
    public void Render_TextWithPipesAndLineBreaks_StaysInItsCell()
    {
        var dashboard = DashboardFixture.Build();
        var ranking = dashboard.RoiRanking!;
        var renamed = ranking with
        {
            Ranked = [ranking.Ranked[0] with { Name = "Spring | sale\r\nads *now*" }, .. ranking.Ranked.Skip(1)],
        };

        var markdown = Render(dashboard with { RoiRanking = renamed }, "en-US");

        var table = Tables(markdown).Single(table => table[0].Contains("Recommendation", StringComparison.Ordinal));
        table.Select(line => Cells(line).Count).Should().AllBeEquivalentTo(7);
        table[2].Should().Contain(@"Spring \| sale ads \*now\*");
    }

    [Fact]
    public void Render_ProblemsAndMissingAnalyses_AreSaid()
    {
        var dashboard = DashboardFixture.Build() with
        {
            RoiRanking = null,
            ChannelComparison = null,
            Problems = [new DashboardProblem("ROI ranking", "It failed with <InvalidOperationException>: boom")],
        };

        var markdown = Render(dashboard, "en-US");

        markdown.Should().Contain("## Problems");
        markdown.Should().Contain(@"- **ROI ranking**: It failed with \<InvalidOperationException\>: boom");
        markdown.Split("Not available: the analysis failed").Should().HaveCount(3);
    }

    [Fact]
    public void Render_UnrankableActions_AreListedWithTheirReason()
    {
        var dashboard = DashboardFixture.Build();
        var ranking = dashboard.RoiRanking! with { NotRankable = [new UnrankableAction("Press kit", Channel.Press, UnrankableReason.MissingGain)] };

        var markdown = Render(dashboard with { RoiRanking = ranking }, "en-US");

        markdown.Should().Contain("- Press kit (Press): gain not known yet");
    }

    [Fact]
    public void Inline_EscapesMarkdownAndFoldsLineBreaks()
    {
        MarkdownDashboardRenderer.Inline("a|b\nc\r\nd_e*f`g[h]<i>\\").Should().Be(@"a\|b c d\_e\*f\`g\[h\]\<i\>\\");
    }

    /// <summary>A monthly series of followers from January 2026.</summary>
    private static MeasurementSeries Monthly(double[] values) => new(
        IndicatorKeys.Followers, values.Select((value, i) => new Measurement(IndicatorKeys.Followers, ReportingPeriod.Month(2026, i + 1), value)));

    private static string Render(KpiDashboard dashboard, string culture) =>
        Renderer.RenderToString(dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) });

    /// <summary>Groups consecutive lines that start with a pipe: each group is one table.</summary>
    private static List<List<string>> Tables(string markdown)
    {
        var tables = new List<List<string>>();
        List<string>? current = null;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                (current ??= []).Add(line);
            }
            else if (current is not null)
            {
                tables.Add(current);
                current = null;
            }
        }

        if (current is not null)
        {
            tables.Add(current);
        }

        return tables;
    }

    /// <summary>Splits a table row on the pipes that are not escaped, and unescapes nothing else.</summary>
    private static List<string> Cells(string line)
    {
        line.Should().StartWith("| ").And.EndWith(" |");
        var cells = new List<string>();
        var cell = new StringBuilder();
        for (var i = 1; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                cell.Append(line[i]).Append(line[i + 1]);
                i++;
            }
            else if (line[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(line[i]);
            }
        }

        return cells;
    }
}
