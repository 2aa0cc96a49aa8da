using KpiToolkit.Calculators;
using KpiToolkit.Objectives;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <summary>The hand-drawn SVG charts of the HTML page, each followed by its data as a table.</summary>
internal sealed partial class HtmlPage
{
    private const int BestSlotsMarked = 3;

    private static string N(double value) => HtmlMarkup.Number(value);

    // ---- Sparkline -----------------------------------------------------------------------------------------------

    /// <summary>Draws a KPI's history: a line through the periods that have a value (the others are skipped), the current one marked, and the target as a dashed line or a band.</summary>
    private void Sparkline(KpiRow row)
    {
        const double width = 180, height = 40, padX = 5, padY = 6;
        var history = row.History;
        var available = history.Select((result, index) => (Value: result.Value, Index: index)).Where(point => point.Value is not null).Select(point => (Value: point.Value!.Value, point.Index)).ToList();
        var label = $"{Isolate(text.IndicatorName(row.Indicator))}, {Isolate(text.ChannelName(row.Channel))}{text.Colon} " +
            string.Join(", ", history.Select(result => $"{text.PeriodShort(result.Period)} {text.FormatResultShort(result)}"));

        var target = row.Evaluation?.Objective.Target;
        var extent = available.Select(point => point.Value).ToList();
        if (target is { Kind: TargetKind.KeepWithin })
        {
            extent.Add(target.Minimum!.Value);
            extent.Add(target.Maximum!.Value);
        }
        else if (target?.Value is { } goal)
        {
            extent.Add(goal);
        }

        var min = extent.Count > 0 ? extent.Min() : 0;
        var max = extent.Count > 0 ? extent.Max() : 1;
        if (max - min <= Math.Abs(max) * 1e-9)
        {
            var pad = Math.Abs(max) > 0 ? Math.Abs(max) * 0.1 : 1;
            min -= pad;
            max += pad;
        }

        double X(int index) => history.Count == 1 ? width / 2 : padX + (index * (width - (2 * padX)) / (history.Count - 1));
        double Y(double value) => padY + ((max - value) / (max - min) * (height - (2 * padY)));

        OpenSvg("sparkline", width, height, label, "spark");
        if (target is { Kind: TargetKind.KeepWithin })
        {
            var top = Y(target.Maximum!.Value);
            html.Empty("rect", ("class", "spark-band"), ("x", "0"), ("y", N(top)), ("width", N(width)), ("height", N(Math.Max(1, Y(target.Minimum!.Value) - top))));
        }
        else if (target?.Value is { } goalValue)
        {
            html.Empty("line", ("class", "spark-target"), ("x1", "0"), ("x2", N(width)), ("y1", N(Y(goalValue))), ("y2", N(Y(goalValue))));
        }

        if (available.Count >= 2)
        {
            var line = string.Join(" ", available.Select(point => $"{N(X(point.Index))} {N(Y(point.Value))}"));
            var area = $"{N(X(available[0].Index))} {N(height)} {line} {N(X(available[^1].Index))} {N(height)}";
            if (target is not { Kind: TargetKind.KeepWithin })
            {
                html.Empty("polygon", ("class", "spark-area"), ("points", area));
            }

            html.Empty("polyline", ("class", "spark-line"), ("points", line));
        }

        foreach (var (value, index) in available)
        {
            var current = index == history.Count - 1;
            html.Empty("circle", ("class", current ? "spark-current" : "spark-dot"), ("cx", N(X(index))), ("cy", N(Y(value))), ("r", current ? "4" : "2"));
        }

        if (available.Count == 0)
        {
            html.Element("text", text.NotAvailable, ("class", "spark-empty"), ("x", N(width / 2)), ("y", N((height / 2) + 4)), ("text-anchor", "middle"));
        }

        html.Close("svg");
    }

    // ---- Analyses ----------------------------------------------------------------------------------------------

    /// <summary>Writes a card per analysis: the ones without data are left out, since the KPI card names them once.</summary>
    private void WriteAnalyses()
    {
        var shownPair = new[] { DashboardAnalysis.RoiRanking, DashboardAnalysis.ChannelComparison }.Where(Shows).ToList();
        if (shownPair.Count > 0)
        {
            html.Open("div", ("class", "grid-2")).Line();
            Card(DashboardAnalysis.RoiRanking, text.RoiRanking, "roi", () => RoiChart(dashboard.RoiRanking!));
            Card(DashboardAnalysis.ChannelComparison, text.ChannelComparison, "channels", () => ChannelsChart(dashboard.ChannelComparison!));
            html.Close("div").Line();
        }

        Card(DashboardAnalysis.TopPosts, text.TopPostsTitle, "top-posts", () => TopPostsCard(dashboard.TopPosts!));
        Card(DashboardAnalysis.BestTimeToPost, text.BestTimes, "heatmap", () => HeatMap(dashboard.BestTimeToPost!));
        Card(DashboardAnalysis.MentionSpikes, text.MentionSpikes, "mentions", () => MentionsChart(dashboard.MentionSpikes!));
    }

    /// <summary>
    /// Whether an analysis gets a card: it has data, or it failed and the card says so beside the problems. The best and
    /// weakest posts are optional, so when they are off or failed they get no card (a failure is among the problems).
    /// </summary>
    private bool Shows(DashboardAnalysis analysis) =>
        !dashboard.AnalysesWithoutData.Contains(analysis) && (analysis != DashboardAnalysis.TopPosts || dashboard.TopPosts is not null);

    private void Card(DashboardAnalysis analysis, string title, string id, Action content)
    {
        if (!Shows(analysis))
        {
            return;
        }

        Card(title, id, content, dashboard.HasData(analysis) ? null : text.NotComputed);
    }

    private void Card(string title, string id, Action content, string? unavailable)
    {
        html.Open("section", ("class", "card chart-card"), ("aria-labelledby", $"{id}-title")).Line();
        html.Element("h2", title, ("id", $"{id}-title")).Line();
        if (unavailable is not null)
        {
            html.Element("p", unavailable, ("class", "muted")).Line();
        }
        else
        {
            content();
        }

        html.Close("section").Line();
    }

    private void OpenSvg(string chart, double width, double height, string label, string cssClass)
    {
        html.Open(
            "svg",
            ("class", $"chart {cssClass}"),
            ("data-chart", chart),
            ("role", "img"),
            ("aria-label", label),
            ("viewBox", $"0 0 {N(width)} {N(height)}"),
            ("width", N(width)),
            ("height", N(height)),
            ("preserveAspectRatio", "xMinYMin meet"));
        html.Element("title", label);
    }

    private void DataTable(string[] headings, IEnumerable<string[]> rows, string? summary = null)
    {
        html.Open("details", ("class", "data"));
        html.Element("summary", summary ?? text.Data);
        html.Open("div", ("class", "table-scroll"));
        html.Open("table").Open("thead").Open("tr");
        foreach (var heading in headings)
        {
            html.Element("th", heading, ("scope", "col"));
        }

        html.Close("tr").Close("thead").Open("tbody");
        foreach (var row in rows)
        {
            html.Open("tr");
            html.Element("th", row[0], ("scope", "row"));
            foreach (var cell in row.Skip(1))
            {
                html.Element("td", cell);
            }

            html.Close("tr");
        }

        html.Close("tbody").Close("table").Close("div").Close("details").Line();
    }

    private void Text(string content, double x, double y, string cssClass, string anchor = "start") =>
        html.Element("text", content, ("class", cssClass), ("x", N(x)), ("y", N(y)), ("text-anchor", anchor == "start" ? null : anchor));

    // ---- ROI ranking -------------------------------------------------------------------------------------------

    /// <summary>Draws one bar per ranked action from a zero axis: losses to the left, gains to the right, coloured and labelled by recommendation.</summary>
    private void RoiChart(RoiRanking ranking)
    {
        var actions = ranking.Ranked;
        if (actions.Count > 0)
        {
            const double width = 560, top = 30, rowHeight = 40, nameRight = 140, plotLeft = 152, plotRight = 372, valueRight = 434, recommendationLeft = 446;
            var height = top + (actions.Count * rowHeight) + 6;
            var smallest = Math.Min(0, actions.Min(action => action.Roi));
            var largest = Math.Max(0, actions.Max(action => action.Roi));
            var margin = Math.Max(largest - smallest, 0.01) * 0.06;
            var low = smallest < 0 ? smallest - margin : 0;
            var high = largest > 0 ? largest + margin : 0;
            if (high <= low)
            {
                // Every ROI is 0: the axis would span nothing and X would divide 0 by 0. Show 0 % to 100 % instead.
                high = low + 1;
            }

            var step = Scale(low, high, 4).Step;
            double X(double value) => plotLeft + ((value - low) / (high - low) * (plotRight - plotLeft));

            var label = $"{text.RoiRanking}{text.Colon} " + string.Join("; ", actions.Select(action =>
                $"{text.Count(action.Rank)}. {Isolate(action.Name)} ({Isolate(action.Channel.Name)}) {text.Percent(action.Roi, 1)}, {text.RecommendationName(action.Recommendation)}"));
            OpenSvg("roi", width, height, label, "roi");
            foreach (var tick in Ticks(Math.Ceiling(low / step) * step, Math.Floor(high / step) * step, step))
            {
                html.Empty("line", ("class", "grid"), ("x1", N(X(tick))), ("x2", N(X(tick))), ("y1", N(top - 6)), ("y2", N(height - 4)));
                Text(text.Percent(tick, 0), X(tick), top - 12, "tick", "middle");
            }

            Text(text.Roi, valueRight, top - 12, "column-head", "end");
            Text(text.Recommendation, recommendationLeft, top - 12, "column-head");
            html.Empty("line", ("class", "axis"), ("x1", N(X(0))), ("x2", N(X(0))), ("y1", N(top - 6)), ("y2", N(height - 4)));

            for (var i = 0; i < actions.Count; i++)
            {
                var action = actions[i];
                var y = top + (i * rowHeight);
                var recommendation = RecommendationClass(action.Recommendation);
                html.Open("g", ("class", "roi-row"));
                html.Element("title", $"{text.Count(action.Rank)}. {Isolate(action.Name)} ({Isolate(action.Channel.Name)}): {text.Roi} {text.Percent(action.Roi, 1)}, {text.Cost} {text.MoneyText(action.Cost)}, {text.Gain} {text.MoneyText(action.Gain)}, {text.RecommendationName(action.Recommendation)}");
                Text(Isolate(Shorten(action.Name, 22)), nameRight, y + 17, "label", "end");
                Text(Isolate(action.Channel.Name), nameRight, y + 31, "sublabel", "end");
                var x0 = X(0);
                var x1 = X(action.Roi);
                html.Empty("rect", ("class", $"bar recommendation-{recommendation}"), ("x", N(Math.Min(x0, x1))), ("y", N(y + 9)), ("width", N(Math.Max(1, Math.Abs(x1 - x0)))), ("height", "22"), ("rx", "3"));
                Text(text.Percent(action.Roi, 1), valueRight, y + 25, "value", "end");
                Text(text.RecommendationName(action.Recommendation), recommendationLeft, y + 25, $"recommendation-text recommendation-{recommendation}");
                html.Close("g");
            }

            html.Close("svg").Line();
            DataTable(
                [text.Rank, text.Action, text.Channel, text.Cost, text.Gain, text.Roi, text.Recommendation],
                actions.Select(action => new[]
                {
                    text.Count(action.Rank), Isolate(action.Name), Isolate(action.Channel.Name), text.MoneyText(action.Cost),
                    $"{text.MoneyText(action.Gain)} ({text.GainKindName(action.GainKind)})", text.Percent(action.Roi, 1), text.RecommendationName(action.Recommendation),
                }));
        }

        if (ranking.NotRankable.Count > 0)
        {
            html.Open("p", ("class", "note")).Element("strong", text.NotRankable).Text(text.Colon + " " + string.Join(", ", ranking.NotRankable.Select(action =>
                $"{Isolate(action.Name)} ({Isolate(action.Channel.Name)}, {text.UnrankableName(action.Reason)})"))).Close("p").Line();
        }
    }

    private static string RecommendationClass(ActionRecommendation recommendation) => recommendation switch
    {
        ActionRecommendation.ScaleUp => "scale-up",
        ActionRecommendation.Keep => "keep",
        ActionRecommendation.Reduce => "reduce",
        _ => "stop",
    };

    // ---- Channel comparison ------------------------------------------------------------------------------------

    /// <summary>Draws two bar charts side by side on shared channel rows: the sessions each channel brings and the share that converts.</summary>
    private void ChannelsChart(ChannelComparison comparison)
    {
        const double width = 560, top = 30, rowHeight = 36, labelRight = 92, sessionsLeft = 104, conversionLeft = 340, barMaximum = 150;
        var rows = comparison.Rows;
        var height = top + (rows.Count * rowHeight) + 6;
        var maxSessions = Math.Max(1, rows.Max(row => row.Sessions));
        var maxRate = rows.Select(row => row.ConversionRate.Value ?? 0).DefaultIfEmpty(0).Max();
        if (maxRate <= 0)
        {
            maxRate = 1;
        }

        var label = $"{text.ChannelComparison}{text.Colon} " + string.Join("; ", rows.Select(row =>
            $"{Isolate(row.Channel.Name)} {text.Count(row.Sessions)} {text.Sessions.ToLower(text.Culture)}, {text.ConversionRate.ToLower(text.Culture)} {text.FormatResultShort(row.ConversionRate)}"));
        OpenSvg("channels", width, height, label, "channels");
        Text(text.Sessions, sessionsLeft, top - 12, "column-head");
        Text(text.ConversionRate, conversionLeft, top - 12, "column-head");
        html.Empty("line", ("class", "axis"), ("x1", N(sessionsLeft)), ("x2", N(sessionsLeft)), ("y1", N(top - 4)), ("y2", N(height - 4)));
        html.Empty("line", ("class", "axis"), ("x1", N(conversionLeft)), ("x2", N(conversionLeft)), ("y1", N(top - 4)), ("y2", N(height - 4)));
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = top + (i * rowHeight);
            var chosen = comparison.ForVisibility?.Channel == row.Channel || comparison.ForConversion?.Channel == row.Channel;
            html.Open("g", ("class", "channel-row"));
            html.Element("title", $"{Isolate(row.Channel.Name)}{text.Colon} {text.Count(row.Sessions)} {text.Sessions.ToLower(text.Culture)}, {text.ConversionRate.ToLower(text.Culture)} {text.FormatResult(row.ConversionRate)}");
            Text(Isolate(Shorten(row.Channel.Name, 14)), labelRight, y + 22, chosen ? "label chosen" : "label", "end");
            var sessionsWidth = row.Sessions / (double)maxSessions * barMaximum;
            html.Empty("rect", ("class", "bar sessions"), ("x", N(sessionsLeft)), ("y", N(y + 8)), ("width", N(Math.Max(1, sessionsWidth))), ("height", "20"), ("rx", "3"));
            Text(text.Count(row.Sessions), sessionsLeft + sessionsWidth + 6, y + 22, "value");
            if (row.ConversionRate.Value is { } rate)
            {
                var rateWidth = rate / maxRate * barMaximum;
                html.Empty("rect", ("class", "bar conversion"), ("x", N(conversionLeft)), ("y", N(y + 8)), ("width", N(Math.Max(1, rateWidth))), ("height", "20"), ("rx", "3"));
                Text(text.Percent(rate), conversionLeft + rateWidth + 6, y + 22, "value");
            }
            else
            {
                Text(text.NotAvailable, conversionLeft + 6, y + 22, "value muted");
            }

            html.Close("g");
        }

        html.Close("svg").Line();
        html.Open("ul", ("class", "choices"));
        Choice(text.ToDevelopForVisibility, comparison.ForVisibility, text.MostSessions);
        Choice(text.ToDevelopForConversion, comparison.ForConversion, text.BestConversion);
        html.Close("ul").Line();
        DataTable(
            [text.Channel, text.Sessions, text.Visitors, text.Clicks, text.ConversionRate],
            rows.Select(row => new[]
            {
                Isolate(row.Channel.Name), text.Count(row.Sessions), row.Visitors is { } visitors ? text.Count(visitors) : text.NotAvailable,
                row.Clicks is { } clicks ? text.Count(clicks) : text.NotAvailable, text.FormatResult(row.ConversionRate),
            }));
    }

    private void Choice(string label, ChannelChoice? choice, string why)
    {
        html.Open("li").Text(label + text.Colon + " ");
        if (choice is null)
        {
            html.Text(text.NoChoice);
        }
        else
        {
            html.Element("strong", Isolate(choice.Channel.Name)).Text($" ({why})");
        }

        html.Close("li");
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    /// <summary>Widens a range to round ticks: about <paramref name="ticks"/> steps of 1, 2, 2.5 or 5 times a power of ten.</summary>
    private static (double Low, double High, double Step) Scale(double min, double max, int ticks)
    {
        if (max <= min)
        {
            max = min + 1;
        }

        var raw = (max - min) / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var normalised = raw / magnitude;
        var step = (normalised <= 1 ? 1 : normalised <= 2 ? 2 : normalised <= 2.5 ? 2.5 : normalised <= 5 ? 5 : 10) * magnitude;
        return (Math.Floor(min / step) * step, Math.Ceiling(max / step) * step, step);
    }

    private static IEnumerable<double> Ticks(double low, double high, double step)
    {
        var count = (int)Math.Round((high - low) / step);
        for (var i = 0; i <= count; i++)
        {
            var tick = low + (i * step);
            yield return Math.Abs(tick) < step * 1e-9 ? 0 : tick;
        }
    }

    private static string Shorten(string value, int length)
    {
        if (value.Length <= length)
        {
            return value;
        }

        // Never cut a character made of two UTF-16 units (an emoji) in half.
        var kept = char.IsHighSurrogate(value[length - 2]) ? length - 2 : length - 1;
        return value[..kept].TrimEnd() + "…";
    }
}
