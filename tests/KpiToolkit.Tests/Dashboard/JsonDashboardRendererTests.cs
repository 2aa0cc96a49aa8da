using System.Globalization;
using System.Text.Json;
using KpiToolkit.Calculators;
using KpiToolkit.Dashboard;
using KpiToolkit.Evaluation;
using KpiToolkit.Indicators;
using KpiToolkit.Measurements;
using KpiToolkit.Objectives;
using KpiToolkit.Time;
using static KpiToolkit.Tests.Dashboard.RendererDashboards;

namespace KpiToolkit.Tests.Dashboard;

public sealed partial class JsonDashboardRendererTests
{
    private static readonly JsonDashboardRenderer Renderer = new();
    private static readonly Lazy<KpiDashboard> RichDashboard = new(Rich);

    [Fact]
    public void Render_Fixture_WritesDashboardHeader()
    {
        var dashboard = RichDashboard.Value;
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));
        var root = document.RootElement;

        root.GetProperty("schemaVersion").GetInt32().Should().Be(2).And.Be(JsonDashboardRenderer.SchemaVersion);
        root.GetProperty("title").GetString().Should().Be(dashboard.Title);
        ShouldMatch(root.GetProperty("period"), dashboard.Period);
        root.GetProperty("period").GetProperty("label").GetString().Should().Be("2026-06");
        root.GetProperty("asOf").GetString().Should().Be("2026-06-30");
        root.GetProperty("generatedAt").GetString().Should().Be("2026-07-03T09:00:00Z");
        root.GetProperty("calendar").GetProperty("timeZone").GetString().Should().Be("Europe/Paris");
        root.GetProperty("calendar").GetProperty("firstDayOfWeek").GetString().Should().Be("monday");
    }

    [Fact]
    public void Render_Fixture_WritesEverySectionAndRow()
    {
        var dashboard = RichDashboard.Value;
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));
        var sections = document.RootElement.GetProperty("sections");

        sections.GetArrayLength().Should().Be(dashboard.Sections.Count);
        for (var s = 0; s < dashboard.Sections.Count; s++)
        {
            var section = dashboard.Sections[s];
            var json = sections[s];
            json.GetProperty("category").GetString().Should().Be(Camel(section.Category));
            json.GetProperty("mediaType").GetString().Should().Be(Camel(section.MediaType));
            var rows = json.GetProperty("rows");
            rows.GetArrayLength().Should().Be(section.Rows.Count);
            for (var r = 0; r < section.Rows.Count; r++)
            {
                ShouldMatch(rows[r], section.Rows[r]);
            }
        }

        dashboard.Rows.Should().HaveCountGreaterThan(10, "the comparison must cover a real dashboard");
        dashboard.Rows.Should().Contain(row => row.Evaluation != null && row.Change != null && row.History.Count == 6);
    }

    [Fact]
    public void Render_Fixture_WritesObjectiveTree()
    {
        var dashboard = RichDashboard.Value;
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));
        var objectives = document.RootElement.GetProperty("objectives");

        objectives.GetArrayLength().Should().Be(dashboard.Objectives.Count);
        for (var i = 0; i < dashboard.Objectives.Count; i++)
        {
            ShouldMatch(objectives[i], dashboard.Objectives[i]);
        }

        var root = objectives[0];
        root.GetProperty("id").GetString().Should().Be("awareness");
        root.GetProperty("subObjectives").GetArrayLength().Should().Be(3);
        root.GetProperty("rollUp").GetProperty("method").GetString().Should().Be("weakestStatus");
        root.GetProperty("subObjectives")[1].GetProperty("target").GetProperty("kind").GetString().Should().Be("keepWithin");
    }

    [Fact]
    public void Render_Fixture_WritesRoiRanking()
    {
        var ranking = RichDashboard.Value.RoiRanking!;
        using var document = JsonDocument.Parse(Renderer.RenderToString(RichDashboard.Value));
        var json = document.RootElement.GetProperty("roiRanking");

        var ranked = json.GetProperty("ranked");
        ranked.GetArrayLength().Should().Be(ranking.Ranked.Count).And.BeGreaterThan(1);
        for (var i = 0; i < ranking.Ranked.Count; i++)
        {
            var action = ranking.Ranked[i];
            var element = ranked[i];
            element.GetProperty("rank").GetInt32().Should().Be(action.Rank).And.Be(i + 1);
            element.GetProperty("name").GetString().Should().Be(action.Name);
            element.GetProperty("channel").GetString().Should().Be(action.Channel.Name);
            element.GetProperty("cost").GetProperty("amount").GetDecimal().Should().Be(action.Cost.Amount);
            element.GetProperty("cost").GetProperty("currency").GetString().Should().Be(action.Cost.Currency);
            element.GetProperty("gain").GetProperty("amount").GetDecimal().Should().Be(action.Gain.Amount);
            element.GetProperty("gain").GetProperty("currency").GetString().Should().Be(action.Gain.Currency);
            element.GetProperty("gainKind").GetString().Should().Be(Camel(action.GainKind));
            element.GetProperty("roi").GetDouble().Should().Be(action.Roi);
            element.GetProperty("recommendation").GetString().Should().Be(Camel(action.Recommendation));
        }

        var notRankable = json.GetProperty("notRankable");
        notRankable.GetArrayLength().Should().Be(1);
        notRankable[0].GetProperty("name").GetString().Should().Be("Radio spot, \"summer\"");
        notRankable[0].GetProperty("channel").GetString().Should().Be("Radio");
        notRankable[0].GetProperty("reason").GetString().Should().Be("missingGain");
    }

    [Fact]
    public void Render_Fixture_WritesChannelComparison()
    {
        var comparison = RichDashboard.Value.ChannelComparison!;
        using var document = JsonDocument.Parse(Renderer.RenderToString(RichDashboard.Value));
        var json = document.RootElement.GetProperty("channelComparison");

        ShouldMatch(json.GetProperty("period"), comparison.Period);
        var rows = json.GetProperty("rows");
        rows.GetArrayLength().Should().Be(comparison.Rows.Count).And.BeGreaterThan(1);
        for (var i = 0; i < comparison.Rows.Count; i++)
        {
            var row = comparison.Rows[i];
            rows[i].GetProperty("channel").GetString().Should().Be(row.Channel.Name);
            rows[i].GetProperty("sessions").GetInt64().Should().Be(row.Sessions);
            Long(rows[i], "visitors").Should().Be(row.Visitors);
            Long(rows[i], "clicks").Should().Be(row.Clicks);
            ShouldMatch(rows[i].GetProperty("conversionRate"), row.ConversionRate);
        }

        ShouldMatch(json.GetProperty("forConversion"), comparison.ForConversion);
        ShouldMatch(json.GetProperty("forVisibility"), comparison.ForVisibility);
    }

    [Fact]
    public void Render_Fixture_WritesBestTimeCells()
    {
        var bestTime = RichDashboard.Value.BestTimeToPost!;
        using var document = JsonDocument.Parse(Renderer.RenderToString(RichDashboard.Value));
        var json = document.RootElement.GetProperty("bestTimeToPost");

        json.GetProperty("method").GetString().Should().Be(bestTime.Method);
        json.GetProperty("postsUsed").GetInt32().Should().Be(bestTime.PostsUsed);
        json.GetProperty("postsSkipped").GetInt32().Should().Be(bestTime.PostsSkipped);
        json.GetProperty("minimumPostsPerCell").GetInt32().Should().Be(bestTime.MinimumPostsPerCell);
        json.GetProperty("cells").GetArrayLength().Should().Be(168);
        for (var i = 0; i < 168; i++)
        {
            ShouldMatch(json.GetProperty("cells")[i], bestTime.Cells[i]);
        }

        json.GetProperty("ranking").GetArrayLength().Should().Be(bestTime.Ranking.Count).And.BeGreaterThan(0);
        for (var i = 0; i < bestTime.Ranking.Count; i++)
        {
            ShouldMatch(json.GetProperty("ranking")[i], bestTime.Ranking[i]);
        }
    }

    [Fact]
    public void Render_Fixture_WritesMentionSpikes()
    {
        var spikes = RichDashboard.Value.MentionSpikes!;
        using var document = JsonDocument.Parse(Renderer.RenderToString(RichDashboard.Value));
        var json = document.RootElement.GetProperty("mentionSpikes");

        json.GetProperty("detector").GetString().Should().Be(spikes.Detector);
        var points = json.GetProperty("points");
        points.GetArrayLength().Should().Be(spikes.Points.Count).And.BeGreaterThan(30);
        for (var i = 0; i < spikes.Points.Count; i++)
        {
            ShouldMatch(points[i].GetProperty("period"), spikes.Points[i].Period);
            points[i].GetProperty("count").GetInt64().Should().Be(spikes.Points[i].Count);
        }

        var flagged = json.GetProperty("spikes");
        flagged.GetArrayLength().Should().Be(spikes.Spikes.Count).And.Be(1);
        for (var i = 0; i < spikes.Spikes.Count; i++)
        {
            var spike = spikes.Spikes[i];
            var element = flagged[i];
            ShouldMatch(element.GetProperty("period"), spike.Period);
            element.GetProperty("observed").GetInt64().Should().Be(spike.Observed);
            element.GetProperty("status").GetString().Should().Be(Camel(spike.Status));
            element.GetProperty("direction").GetString().Should().Be(Camel(spike.Direction));
            element.GetProperty("historyUsed").GetInt32().Should().Be(spike.HistoryUsed);
            Number(element, "baseline").Should().Be(spike.Baseline);
            Number(element, "spread").Should().Be(spike.Spread);
            Number(element, "upperThreshold").Should().Be(spike.UpperThreshold);
            Number(element, "lowerThreshold").Should().Be(spike.LowerThreshold);
            Number(element, "score").Should().Be(spike.Score);
        }

        flagged[0].GetProperty("period").GetProperty("start").GetString().Should().Be("2026-06-17");
        flagged[0].GetProperty("direction").GetString().Should().Be("spike");
    }

    [Fact]
    public void Render_Fixture_WritesProblems()
    {
        var dashboard = RichDashboard.Value;
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));
        var problems = document.RootElement.GetProperty("problems");

        problems.GetArrayLength().Should().Be(dashboard.Problems.Count).And.BeGreaterThan(0);
        for (var i = 0; i < dashboard.Problems.Count; i++)
        {
            problems[i].GetProperty("component").GetString().Should().Be(dashboard.Problems[i].Component);
            problems[i].GetProperty("message").GetString().Should().Be(dashboard.Problems[i].Message);
        }
    }

    [Fact]
    public void Render_UnavailableValues_AreNullWithTheirReason()
    {
        var dashboard = RichDashboard.Value;
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));
        var rows = document.RootElement.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("rows").EnumerateArray()).ToList();

        var failing = rows.Single(row => row.GetProperty("indicator").GetProperty("key").GetString() == "partner-score");
        failing.GetProperty("current").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        failing.GetProperty("current").GetProperty("unavailableReason").GetString().Should().Be("calculationFailed");
        failing.GetProperty("change").ValueKind.Should().Be(JsonValueKind.Null);
        failing.GetProperty("error").GetString().Should().Contain("The partner API answered 503.");

        var roi = rows.Single(row => row.GetProperty("indicator").GetProperty("key").GetString() == "roi");
        var january = roi.GetProperty("history")[0];
        january.GetProperty("period").GetProperty("label").GetString().Should().Be("2026-01");
        january.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        january.GetProperty("unavailableReason").GetString().Should().Be(Camel(dashboard.Rows.Single(r => r.Indicator.Key.Value == "roi").History[0].UnavailableReason!.Value));

        var available = roi.GetProperty("current");
        available.GetProperty("value").ValueKind.Should().Be(JsonValueKind.Number);
        available.GetProperty("unavailableReason").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Render_MoneyValue_CarriesItsCurrency()
    {
        var dashboard = RichDashboard.Value;
        var row = dashboard.Rows.Single(r => r.Indicator.Key == BuiltInIndicators.CostPerAcquisition.Key);
        row.Current.Currency.Should().Be("EUR", "the fixture's actions are in euros");
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));

        var json = document.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(s => s.GetProperty("rows").EnumerateArray())
            .Single(r => r.GetProperty("indicator").GetProperty("key").GetString() == "cost-per-acquisition");
        json.GetProperty("current").GetProperty("unit").GetString().Should().Be("money");
        json.GetProperty("current").GetProperty("currency").GetString().Should().Be("EUR");
        json.GetProperty("current").GetProperty("value").GetDouble().Should().Be(row.Current.Value!.Value);
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Render_UnderAnyCulture_IsIdenticalToInvariant(string culture)
    {
        CultureInfo.GetCultureInfo(culture).NumberFormat.NumberDecimalSeparator.Should().NotBe(".", "otherwise the culture cannot show a leak");
        foreach (var dashboard in new[] { RichDashboard.Value, Odd() })
        {
            var invariant = RenderIn(string.Empty, Renderer, dashboard);

            RenderIn(culture, Renderer, dashboard).Should().Be(invariant);
            RenderIn(culture, Renderer, dashboard, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) }).Should().Be(invariant);
        }
    }

    [Fact]
    public void Render_IgnoresTheWritersNewLine_AndEndsWithOneLineFeed()
    {
        var dashboard = Odd();
        using var crlf = new StringWriter(CultureInfo.GetCultureInfo("fr-FR")) { NewLine = "\r\n" };
        Renderer.Render(dashboard, crlf);
        var text = crlf.ToString();

        text.Should().Be(Renderer.RenderToString(dashboard));
        text.Should().NotContain("\r").And.EndWith("}\n").And.NotEndWith("\n\n");
        text.Should().StartWith("{\n  \"schemaVersion\": 2,\n");
    }

    [Fact]
    public void Render_TextWithQuotesCommasAndLineBreaks_ReadsBackUnchanged()
    {
        var dashboard = Odd();
        var text = Renderer.RenderToString(dashboard);
        using var document = JsonDocument.Parse(text);
        var root = document.RootElement;

        root.GetProperty("title").GetString().Should().Be("Blog, \"Recettes\"\nJune");
        var objective = root.GetProperty("objectives")[0];
        objective.GetProperty("statement").GetString().Should().Be(OddStatement);
        objective.GetProperty("scope").GetProperty("channels")[0].GetString().Should().Be(OddChannel.Name);
        // The objective's KPI has no data, so its row is listed once among those not measured.
        var row = root.GetProperty("notMeasured")[0];
        row.GetProperty("channel").GetString().Should().Be(OddChannel.Name);
        row.GetProperty("evaluation").GetProperty("statement").GetString().Should().Be(OddStatement);

        text.Should().Contain("— ", "accented and other BMP characters stay readable")
            .And.Contain("\\u003Cb\\u003E", "HTML-significant characters are escaped")
            .And.Contain("\\uD83C\\uDF73", "characters beyond the BMP are escaped as surrogate pairs");
    }

    [Fact]
    public void Render_ObjectiveWithoutData_WritesNullsAndReasons()
    {
        var dashboard = Odd();
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));
        var objective = document.RootElement.GetProperty("objectives")[0];
        var row = document.RootElement.GetProperty("notMeasured")[0];

        ShouldMatch(objective, dashboard.Objectives[0]);
        objective.GetProperty("status").GetString().Should().Be("noData");
        objective.GetProperty("reason").GetString().Should().Be("noMeasurement");
        objective.GetProperty("current").ValueKind.Should().Be(JsonValueKind.Null);
        objective.GetProperty("progress").ValueKind.Should().Be(JsonValueKind.Null);
        objective.GetProperty("projection").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("current").GetProperty("value").ValueKind.Should().Be(JsonValueKind.Null);
        row.GetProperty("current").GetProperty("unavailableReason").GetString().Should().Be(Camel(dashboard.NotMeasured[0].Current.UnavailableReason!.Value));
    }

    [Fact]
    public void Render_WithoutAnalyses_WritesNulls()
    {
        var dashboard = RichDashboard.Value with { RoiRanking = null, ChannelComparison = null, BestTimeToPost = null, MentionSpikes = null, Reconciliation = null };
        using var document = JsonDocument.Parse(Renderer.RenderToString(dashboard));

        foreach (var name in new[] { "roiRanking", "channelComparison", "bestTimeToPost", "mentionSpikes", "reconciliation" })
        {
            document.RootElement.GetProperty(name).ValueKind.Should().Be(JsonValueKind.Null, name);
        }
    }

    [Fact]
    public void Render_NumberJsonCannotHold_ThrowsAndWritesNothing()
    {
        var spikes = RichDashboard.Value.MentionSpikes!;
        var broken = RichDashboard.Value with
        {
            MentionSpikes = spikes with { Spikes = [spikes.Spikes[0] with { Score = double.NaN }] },
        };
        using var writer = new StringWriter();

        var render = () => Renderer.Render(broken, writer);

        render.Should().Throw<ArgumentException>().WithParameterName("dashboard");
        writer.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Render_UndefinedEnumerationValue_ThrowsNamingIt()
    {
        var dashboard = RichDashboard.Value;
        var section = dashboard.Sections[0] with { MediaType = (MediaType)42 };
        var broken = dashboard with { Sections = [section] };

        var render = () => Renderer.RenderToString(broken);

        render.Should().Throw<ArgumentException>().WithParameterName("dashboard").WithMessage("*MediaType value 42*");
    }

    private static double? Number(JsonElement parent, string name)
    {
        var element = parent.GetProperty(name);
        return element.ValueKind == JsonValueKind.Null ? null : element.GetDouble();
    }

    private static long? Long(JsonElement parent, string name)
    {
        var element = parent.GetProperty(name);
        return element.ValueKind == JsonValueKind.Null ? null : element.GetInt64();
    }

    private static string? Text(JsonElement parent, string name)
    {
        var element = parent.GetProperty(name);
        return element.ValueKind == JsonValueKind.Null ? null : element.GetString();
    }

    private static string? Date(LocalDate? date) => date?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void ShouldMatch(JsonElement json, ReportingPeriod period)
    {
        json.GetProperty("start").GetString().Should().Be(Date(period.Start));
        json.GetProperty("end").GetString().Should().Be(Date(period.End));
        json.GetProperty("cadence").GetString().Should().Be(Camel(period.Cadence));
        json.GetProperty("label").GetString().Should().Be(period.Label);
    }

    private static void ShouldMatch(JsonElement json, Indicator indicator)
    {
        json.GetProperty("key").GetString().Should().Be(indicator.Key.Value);
        json.GetProperty("name").GetString().Should().Be(indicator.Name);
        json.GetProperty("unit").GetString().Should().Be(Camel(indicator.Unit));
        json.GetProperty("polarity").GetString().Should().Be(Camel(indicator.Polarity));
        json.GetProperty("category").GetString().Should().Be(Camel(indicator.Category));
        json.GetProperty("mediaType").GetString().Should().Be(Camel(indicator.MediaType));
        json.GetProperty("defaultCadence").GetString().Should().Be(Camel(indicator.DefaultCadence));
        Text(json, "description").Should().Be(indicator.Description);
        Number(json, "minimumValue").Should().Be(indicator.MinimumValue);
        Number(json, "maximumValue").Should().Be(indicator.MaximumValue);
    }

    private static void ShouldMatch(JsonElement json, KpiRow row)
    {
        ShouldMatch(json.GetProperty("indicator"), row.Indicator);
        Text(json, "channel").Should().Be(row.Channel?.Name);
        json.GetProperty("origin").GetString().Should().Be(Camel(row.Origin));
        json.GetProperty("source").GetString().Should().Be(row.Source);
        ShouldMatch(json.GetProperty("current"), row.Current);
        ShouldMatch(json.GetProperty("previous"), row.Previous);
        ShouldMatch(json.GetProperty("change"), row.Change);
        var history = json.GetProperty("history");
        history.GetArrayLength().Should().Be(row.History.Count);
        for (var i = 0; i < row.History.Count; i++)
        {
            ShouldMatch(history[i], row.History[i]);
        }

        var evaluation = json.GetProperty("evaluation");
        if (row.Evaluation is null)
        {
            evaluation.ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            evaluation.GetProperty("objectiveId").GetString().Should().Be(row.Evaluation.Objective.Id);
            evaluation.GetProperty("statement").GetString().Should().Be(row.Evaluation.Objective.Statement);
            evaluation.GetProperty("status").GetString().Should().Be(Camel(row.Evaluation.Status));
            evaluation.GetProperty("reason").GetString().Should().Be(Camel(row.Evaluation.Reason));
            Number(evaluation, "progress").Should().Be(row.Evaluation.Progress);
            Number(evaluation, "expectedProgress").Should().Be(row.Evaluation.ExpectedProgress);
            evaluation.GetProperty("isFinal").GetBoolean().Should().Be(row.Evaluation.IsFinal);
            ShouldMatch(evaluation.GetProperty("target"), row.Evaluation.Objective.Target);
        }

        Text(json, "error").Should().Be(row.Error);
    }

    private static void ShouldMatch(JsonElement json, KpiResult result)
    {
        json.GetProperty("indicator").GetString().Should().Be(result.Indicator.Value);
        Text(json, "channel").Should().Be(result.Channel?.Name);
        ShouldMatch(json.GetProperty("period"), result.Period);
        Number(json, "value").Should().Be(result.Value);
        json.GetProperty("unit").GetString().Should().Be(Camel(result.Unit));
        Text(json, "currency").Should().Be(result.Currency);
        Text(json, "unavailableReason").Should().Be(result.UnavailableReason is { } reason ? Camel(reason) : null);
        json.GetProperty("method").GetString().Should().Be(result.Method);
        var inputs = json.GetProperty("inputs");
        Number(inputs, "numerator").Should().Be(result.Inputs.Numerator);
        Number(inputs, "denominator").Should().Be(result.Inputs.Denominator);
        inputs.GetProperty("recordsUsed").GetInt64().Should().Be(result.Inputs.RecordsUsed);
        inputs.GetProperty("recordsSkipped").GetInt64().Should().Be(result.Inputs.RecordsSkipped);
        inputs.GetProperty("recordsSkippedForMissingCounters").GetInt64().Should().Be(result.Inputs.RecordsSkippedForMissingCounters);
        inputs.GetProperty("recordsSkippedForZeroDenominator").GetInt64().Should().Be(result.Inputs.RecordsSkippedForZeroDenominator);
    }

    private static void ShouldMatch(JsonElement json, PeriodChange? change)
    {
        if (change is null)
        {
            json.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        ShouldMatch(json.GetProperty("previousPeriod"), change.PreviousPeriod);
        json.GetProperty("previousValue").GetDouble().Should().Be(change.PreviousValue);
        ShouldMatch(json.GetProperty("period"), change.Period);
        json.GetProperty("value").GetDouble().Should().Be(change.Value);
        json.GetProperty("absolute").GetDouble().Should().Be(change.Absolute);
        Number(json, "relative").Should().Be(change.Relative);
    }

    private static void ShouldMatch(JsonElement json, Target? target)
    {
        if (target is null)
        {
            json.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        json.GetProperty("kind").GetString().Should().Be(Camel(target.Kind));
        Number(json, "value").Should().Be(target.Value);
        Number(json, "minimum").Should().Be(target.Minimum);
        Number(json, "maximum").Should().Be(target.Maximum);
    }

    private static void ShouldMatch(JsonElement json, ObjectiveEvaluation evaluation)
    {
        var objective = evaluation.Objective;
        json.GetProperty("id").GetString().Should().Be(objective.Id);
        json.GetProperty("statement").GetString().Should().Be(objective.Statement);
        ShouldMatch(json.GetProperty("indicator"), objective.Indicator);
        json.GetProperty("scope").GetProperty("channels").EnumerateArray().Select(c => c.GetString()).Should().Equal(objective.Scope.Channels.Select(c => c.Name));
        Text(json.GetProperty("scope"), "audience").Should().Be(objective.Scope.Audience);
        Text(json, "owner").Should().Be(objective.Owner);
        Text(json, "businessGoal").Should().Be(objective.BusinessGoal);
        json.GetProperty("weight").GetDouble().Should().Be(objective.Weight);
        Text(json, "start").Should().Be(Date(objective.Start));
        Text(json, "deadline").Should().Be(Date(objective.Deadline));
        ShouldMatch(json.GetProperty("target"), objective.Target);
        if (objective.Baseline is null)
        {
            json.GetProperty("baseline").ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            json.GetProperty("baseline").GetProperty("value").GetDouble().Should().Be(objective.Baseline.Value);
            json.GetProperty("baseline").GetProperty("date").GetString().Should().Be(Date(objective.Baseline.Date));
        }

        json.GetProperty("asOf").GetString().Should().Be(Date(evaluation.AsOf));
        json.GetProperty("status").GetString().Should().Be(Camel(evaluation.Status));
        json.GetProperty("reason").GetString().Should().Be(Camel(evaluation.Reason));
        json.GetProperty("ownStatus").GetString().Should().Be(Camel(evaluation.OwnStatus));
        json.GetProperty("ownReason").GetString().Should().Be(Camel(evaluation.OwnReason));
        json.GetProperty("isFinal").GetBoolean().Should().Be(evaluation.IsFinal);
        ShouldMatch(json.GetProperty("current"), evaluation.Current);
        Number(json, "baselineValue").Should().Be(evaluation.BaselineValue);
        Number(json, "progress").Should().Be(evaluation.Progress);
        Number(json, "expectedProgress").Should().Be(evaluation.ExpectedProgress);
        ShouldMatch(json.GetProperty("projection"), evaluation.Projection);
        ShouldMatch(json.GetProperty("change"), evaluation.Change);
        ShouldMatch(json.GetProperty("rollUp"), evaluation.RollUp);
        json.GetProperty("explanation").GetString().Should().Be(evaluation.Explanation);
        var subs = json.GetProperty("subObjectives");
        subs.GetArrayLength().Should().Be(evaluation.SubObjectives.Count);
        for (var i = 0; i < evaluation.SubObjectives.Count; i++)
        {
            ShouldMatch(subs[i], evaluation.SubObjectives[i]);
        }
    }

    private static void ShouldMatch(JsonElement json, Measurement? measurement)
    {
        if (measurement is null)
        {
            json.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        ShouldMatch(json.GetProperty("period"), measurement.Period);
        json.GetProperty("value").GetDouble().Should().Be(measurement.Value);
        Text(json, "channel").Should().Be(measurement.Channel?.Name);
        var source = json.GetProperty("source");
        if (measurement.Source is null)
        {
            source.ValueKind.Should().Be(JsonValueKind.Null);
        }
        else
        {
            source.GetProperty("system").GetString().Should().Be(measurement.Source.System);
            Text(source, "metric").Should().Be(measurement.Source.Metric);
            Text(source, "version").Should().Be(measurement.Source.Version);
        }
    }

    private static void ShouldMatch(JsonElement json, ObjectiveProjection? projection)
    {
        if (projection is null)
        {
            json.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        json.GetProperty("deadline").GetString().Should().Be(Date(projection.Deadline));
        json.GetProperty("value").GetDouble().Should().Be(projection.Value);
        Number(json, "progress").Should().Be(projection.Progress);
        json.GetProperty("meetsTarget").GetBoolean().Should().Be(projection.MeetsTarget);
        json.GetProperty("slopePerDay").GetDouble().Should().Be(projection.SlopePerDay);
        json.GetProperty("pointsUsed").GetInt32().Should().Be(projection.PointsUsed);
    }

    private static void ShouldMatch(JsonElement json, ObjectiveRollUp? rollUp)
    {
        if (rollUp is null)
        {
            json.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        json.GetProperty("method").GetString().Should().Be(Camel(rollUp.Method));
        json.GetProperty("status").GetString().Should().Be(Camel(rollUp.Status));
        Number(json, "progress").Should().Be(rollUp.Progress);
        Number(json, "expectedProgress").Should().Be(rollUp.ExpectedProgress);
        json.GetProperty("graded").GetInt32().Should().Be(rollUp.Graded);
        json.GetProperty("skipped").GetInt32().Should().Be(rollUp.Skipped);
    }

    private static void ShouldMatch(JsonElement json, ChannelChoice? choice)
    {
        if (choice is null)
        {
            json.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        json.GetProperty("channel").GetString().Should().Be(choice.Channel.Name);
        json.GetProperty("reason").GetString().Should().Be(choice.Reason);
    }

    private static void ShouldMatch(JsonElement json, BestTimeCell cell)
    {
        json.GetProperty("weekday").GetString().Should().Be(Camel(cell.Weekday));
        json.GetProperty("hour").GetInt32().Should().Be(cell.Hour);
        json.GetProperty("postCount").GetInt32().Should().Be(cell.PostCount);
        Number(json, "medianEngagementRate").Should().Be(cell.MedianEngagementRate);
        json.GetProperty("hasEnoughData").GetBoolean().Should().Be(cell.HasEnoughData);
    }
}
