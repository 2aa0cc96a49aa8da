using KpiToolkit.Calculators;
using KpiToolkit.Objectives;

namespace KpiToolkit.Dashboard;

/// <summary>The scorecards the page opens on, the best and weakest posts, and the line that names what is not measured.</summary>
internal sealed partial class HtmlPage
{
    // ---- Scorecards ----------------------------------------------------------------------------------------------

    /// <summary>Writes one card per objective's KPI: its value, the change from the period before, its status and its trend.</summary>
    private void WriteScorecards()
    {
        if (dashboard.Scorecards.Count == 0)
        {
            return;
        }

        html.Open("section", ("class", "card scorecards"), ("aria-labelledby", "scorecards-title")).Line();
        html.Element("h2", text.Headlines, ("id", "scorecards-title")).Line();
        html.Open("ul", ("class", "scorecard-grid")).Line();
        foreach (var row in dashboard.Scorecards)
        {
            html.Open("li", ("class", "scorecard"), ("data-indicator", row.Indicator.Key.ToString()));
            html.Open("div", ("class", "scorecard-head"));
            html.Open("span", ("class", "scorecard-name"));
            html.Element("span", Isolate(text.IndicatorName(row.Indicator)), ("class", "kpi-title"));
            html.Element("span", Isolate(text.ChannelName(row.Channel)), ("class", "kpi-channel"));
            html.Close("span");
            if (row.Evaluation is { } evaluation)
            {
                Badge(evaluation.Status);
            }

            html.Close("div");
            html.Open("p", ("class", "scorecard-value"));
            html.Element("span", text.FormatResultShort(row.Current), ("class", row.Current.IsAvailable ? "kpi-value" : "kpi-value unavailable"));
            Unit(row);
            html.Close("p");
            html.Open("div", ("class", "scorecard-change"));
            WriteChange(row);
            html.Close("div");
            if (row.Evaluation?.Objective.Target is { } target)
            {
                html.Open("p", ("class", "scorecard-target"));
                Fact(text.Target, text.TargetText(target, row.Indicator.Unit, row.Current.Currency));
                html.Close("p");
            }

            TrendChart(row);
            html.Close("li").Line();
        }

        html.Close("ul").Line();
        html.Close("section").Line();
    }

    /// <summary>Writes what a value counts after it (<c>comments / post</c>), when its indicator says.</summary>
    private void Unit(KpiRow row)
    {
        if (row.Current.IsAvailable && text.UnitLabel(row.Indicator) is { } unit)
        {
            html.Element("span", unit, ("class", "kpi-unit"));
        }
    }

    /// <summary>
    /// Draws a KPI's history with its axes: round ticks in the KPI's unit on the left, the first and last periods below,
    /// a point per period with a value, and the target as a labelled dashed line or a band.
    /// </summary>
    private void TrendChart(KpiRow row)
    {
        const double width = 300, height = 132, left = 58, right = 44, top = 10, bottom = 24;
        var history = row.History;
        var unit = row.Indicator.Unit;
        var currency = row.Current.Currency;
        var target = row.Evaluation?.Objective.Target;
        var points = history.Select((result, index) => (result.Value, Index: index)).Where(point => point.Value is not null).Select(point => (Value: point.Value!.Value, point.Index)).ToList();
        var extent = points.Select(point => point.Value).ToList();
        var targetText = target is null ? string.Empty : text.TargetText(target, unit, currency);
        if (target is { Kind: TargetKind.KeepWithin })
        {
            extent.Add(target.Minimum!.Value);
            extent.Add(target.Maximum!.Value);
        }
        else if (target?.Value is { } goal)
        {
            extent.Add(goal);
        }

        var (low, high, step) = AxisScale(extent, unit);
        double X(int index) => history.Count == 1 ? (left + width - right) / 2 : left + (index * (width - left - right) / (history.Count - 1));
        double Y(double value) => top + ((high - value) / (high - low) * (height - top - bottom));

        OpenSvg("trend", width, height, text.ScorecardChartLabel(row, targetText), "trend");
        foreach (var tick in Ticks(low, high, step))
        {
            html.Empty("line", ("class", "grid"), ("x1", N(left)), ("x2", N(width - right)), ("y1", N(Y(tick))), ("y2", N(Y(tick))));
            Text(text.FormatValue(unit, tick, currency), left - 6, Y(tick) + 4, "tick", "end");
        }

        html.Empty("line", ("class", "axis"), ("x1", N(left)), ("x2", N(left)), ("y1", N(top)), ("y2", N(height - bottom)));
        html.Empty("line", ("class", "axis"), ("x1", N(left)), ("x2", N(width - right)), ("y1", N(height - bottom)), ("y2", N(height - bottom)));
        for (var index = 0; index < history.Count; index++)
        {
            html.Empty("line", ("class", "tick-mark"), ("x1", N(X(index))), ("x2", N(X(index))), ("y1", N(height - bottom)), ("y2", N(height - bottom + 4)));
        }

        Text(text.PeriodShort(history[0].Period), X(0), height - 6, "tick", history.Count == 1 ? "middle" : "start");
        if (history.Count > 1)
        {
            Text(text.PeriodShort(history[^1].Period), X(history.Count - 1), height - 6, "tick", "end");
        }

        if (target is { Kind: TargetKind.KeepWithin })
        {
            var bandTop = Y(target.Maximum!.Value);
            html.Empty("rect", ("class", "spark-band"), ("x", N(left)), ("y", N(bandTop)), ("width", N(width - left - right)), ("height", N(Math.Max(1, Y(target.Minimum!.Value) - bandTop))));
            Text(text.TargetLine, width - right + 4, bandTop + 10, "target-label");
        }
        else if (target?.Value is { } goalValue)
        {
            html.Empty("line", ("class", "spark-target"), ("x1", N(left)), ("x2", N(width - right)), ("y1", N(Y(goalValue))), ("y2", N(Y(goalValue))));
            Text(text.TargetLine, width - right + 4, Y(goalValue) + 4, "target-label");
        }

        if (points.Count >= 2)
        {
            html.Empty("polyline", ("class", "spark-line"), ("points", string.Join(" ", points.Select(point => $"{N(X(point.Index))} {N(Y(point.Value))}"))));
        }

        foreach (var (value, index) in points)
        {
            var current = index == history.Count - 1;
            html.Empty("circle", ("class", current ? "spark-current" : "spark-dot"), ("cx", N(X(index))), ("cy", N(Y(value))), ("r", current ? "4" : "2.5"));
        }

        html.Close("svg");
    }

    /// <summary>Round ticks over the values and the target, padded when they are all equal; whole ticks for a count.</summary>
    private static (double Low, double High, double Step) AxisScale(List<double> values, Indicators.IndicatorUnit unit)
    {
        var min = values.Count > 0 ? values.Min() : 0;
        var max = values.Count > 0 ? values.Max() : 1;
        if (max - min <= Math.Abs(max) * 1e-9)
        {
            var pad = Math.Abs(max) > 0 ? Math.Abs(max) * 0.1 : 1;
            (min, max) = (min - pad, max + pad);
        }

        var scale = Scale(min, max, 3);
        if (unit == Indicators.IndicatorUnit.Count && scale.Step < 1)
        {
            // A count between 0 and 1 would get ticks 0, 0.25... written 0, 0, 1, 1.
            scale = (Math.Floor(min), Math.Ceiling(max) == Math.Floor(min) ? Math.Floor(min) + 1 : Math.Ceiling(max), 1);
        }

        return scale;
    }

    // ---- Best and weakest posts ----------------------------------------------------------------------------------

    private void TopPostsCard(TopPosts posts)
    {
        html.Element("p", text.PostsRanked(posts), ("class", "note")).Line();
        html.Open("div", ("class", "grid-2 top-posts")).Line();
        TopPostsTable(text.BestPosts, "best-posts", posts.Best);
        if (posts.Worst.Count > 0)
        {
            TopPostsTable(text.WorstPosts, "worst-posts", posts.Worst);
        }

        html.Close("div").Line();
    }

    private void TopPostsTable(string title, string name, IReadOnlyList<RankedPost> posts)
    {
        var ratio = dashboard.TopPosts!;
        html.Open("div").Line();
        html.Element("h3", title).Line();
        html.Open("div", ("class", "table-scroll"));
        html.Open("table", ("class", "posts-table"), ("data-table", name)).Open("thead").Open("tr");
        foreach (var heading in new[] { text.Rank, text.Post, text.Channel, text.Published, text.FormatLabel, text.IndicatorName(ratio.Indicator), text.Interactions, DenominatorHeading() })
        {
            html.Element("th", Isolate(heading), ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody").Line();
        foreach (var post in posts)
        {
            html.Open("tr");
            html.Element("td", text.Count(post.Rank));
            html.Element("th", Isolate(post.Post.Id), ("scope", "row"));
            html.Element("td", Isolate(post.Post.Channel.Name));
            html.Element("td", text.LocalTimeText(post.Post.PublishedAt, dashboard.Calendar.Zone));
            html.Element("td", text.FormatName(post.Post.Format));
            html.Element("td", text.FormatValue(ratio.Indicator.Unit, post.Value), ("class", "number strong"));
            html.Element("td", text.Count(post.Numerator), ("class", "number"));
            html.Element("td", text.Count(post.Denominator), ("class", "number"));
            html.Close("tr").Line();
        }

        html.Close("tbody").Close("table").Close("div").Close("div").Line();
    }

    private string DenominatorHeading() => text.DenominatorName(dashboard.TopPosts!.Denominator);

    // ---- Not measured ----------------------------------------------------------------------------------------------

    /// <summary>Names, once, the KPIs and analyses the data does not measure, instead of rows and charts of n/a.</summary>
    private void WriteNotMeasured()
    {
        if (dashboard.NotMeasured.Count == 0 && dashboard.AnalysesWithoutData.Count == 0)
        {
            return;
        }

        html.Open("p", ("class", "not-measured"), ("data-section", "not-measured"));
        html.Element("strong", text.NotMeasured);
        html.Text($" ({text.NotMeasuredIntro}){text.Colon} {Isolate(text.NotMeasuredList(dashboard))}");
        html.Close("p").Line();
    }
}
