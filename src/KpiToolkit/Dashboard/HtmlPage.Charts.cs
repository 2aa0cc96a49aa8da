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
        var label = $"{Isolate(row.Indicator.Name)}, {Isolate(text.ChannelName(row.Channel))}{text.Colon} " +
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

    private void WriteAnalyses()
    {
        html.Open("div", ("class", "grid-2")).Line();
        Card(text.RoiRanking, "roi", () => RoiChart(dashboard.RoiRanking!), dashboard.RoiRanking is null ? text.NotComputed : dashboard.RoiRanking.Ranked.Count == 0 && dashboard.RoiRanking.NotRankable.Count == 0 ? text.NoActions : null);
        Card(text.ChannelComparison, "channels", () => ChannelsChart(dashboard.ChannelComparison!), dashboard.ChannelComparison is null ? text.NotComputed : dashboard.ChannelComparison.Rows.Count == 0 ? text.NoTraffic : null);
        html.Close("div").Line();
        Card(text.BestTimes, "heatmap", () => HeatMap(dashboard.BestTimeToPost!), dashboard.BestTimeToPost is null ? text.NotComputed : null);
        Card(text.MentionSpikes, "mentions", () => MentionsChart(dashboard.MentionSpikes!), dashboard.MentionSpikes is null ? text.NotComputed : dashboard.MentionSpikes.Points.Count == 0 ? text.NoSpikes : null);
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

    // ---- Best time to post -------------------------------------------------------------------------------------

    /// <summary>Draws the weekday × hour grid shaded by median engagement rate; cells with too few posts are hatched, empty ones grey, the best ones numbered.</summary>
    private void HeatMap(BestTimeToPost bestTime)
    {
        const double cellWidth = 41, cellHeight = 28, gap = 3, left = 48, top = 24;
        const double width = left + (24 * (cellWidth + gap)), height = top + (7 * (cellHeight + gap)) + 2;
        var ranked = bestTime.Ranking.Where(cell => cell.MedianEngagementRate is not null).ToList();
        var low = ranked.Count > 0 ? ranked.Min(cell => cell.MedianEngagementRate!.Value) : 0;
        var high = ranked.Count > 0 ? ranked.Max(cell => cell.MedianEngagementRate!.Value) : 0;
        var best = bestTime.Ranking.Take(BestSlotsMarked).ToList();

        if (best.Count > 0)
        {
            html.Open("ol", ("class", "best-slots"));
            foreach (var cell in best)
            {
                html.Open("li").Element("strong", text.SlotText(cell.Weekday, cell.Hour))
                    .Text($" · {text.Percent(cell.MedianEngagementRate ?? 0)} · {text.PostsCount(cell.PostCount)}").Close("li");
            }

            html.Close("ol").Line();
        }
        else
        {
            html.Element("p", text.NoRankedSlot, ("class", "muted")).Line();
        }

        var label = $"{text.BestTimes}{text.Colon} " + (best.Count > 0
            ? string.Join("; ", best.Select((cell, i) => $"{text.Count(i + 1)}. {text.SlotText(cell.Weekday, cell.Hour)} {text.Percent(cell.MedianEngagementRate ?? 0)}"))
            : text.NoRankedSlot);
        OpenSvg("heatmap", width, height, label, "heatmap");
        html.Open("defs");
        html.Open("pattern", ("id", "heatmap-hatch"), ("patternUnits", "userSpaceOnUse"), ("width", "6"), ("height", "6"), ("patternTransform", "rotate(45)"));
        html.Empty("rect", ("width", "6"), ("height", "6"), ("fill", "#eef0f3"));
        html.Empty("line", ("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", "6"), ("stroke", "#7c8799"), ("stroke-width", "2.5"));
        html.Close("pattern").Close("defs");

        for (var hour = 0; hour < 24; hour++)
        {
            Text(hour.ToString(text.Culture), left + (hour * (cellWidth + gap)) + (cellWidth / 2), top - 9, "tick", "middle");
        }

        for (var day = IsoDayOfWeek.Monday; day <= IsoDayOfWeek.Sunday; day++)
        {
            var y = top + (((int)day - 1) * (cellHeight + gap));
            Text(text.WeekdayShort(day), left - 8, y + (cellHeight / 2) + 4, "label", "end");
            for (var hour = 0; hour < 24; hour++)
            {
                var cell = bestTime.Cell(day, hour);
                var x = left + (hour * (cellWidth + gap));
                var (fill, description) = cell switch
                {
                    { HasEnoughData: true, MedianEngagementRate: { } median } =>
                        (HeatColour(high > low ? (median - low) / (high - low) : 1), $"{text.Percent(median)}, {text.PostsCount(cell.PostCount)}"),
                    { PostCount: > 0 } => ("url(#heatmap-hatch)", $"{text.PostsCount(cell.PostCount)}{text.Colon} {text.FewerPostsThan(bestTime.MinimumPostsPerCell)}"),
                    _ => ("#eef0f3", text.NoPosts),
                };
                html.Open("rect", ("class", "cell"), ("data-cell", $"{(int)day}-{hour}"), ("x", N(x)), ("y", N(y)), ("width", N(cellWidth)), ("height", N(cellHeight)), ("rx", "3"), ("fill", fill));
                html.Element("title", $"{text.SlotText(day, hour)}{text.Colon} {description}");
                html.Close("rect");
            }
        }

        for (var i = 0; i < best.Count; i++)
        {
            var cell = best[i];
            var x = left + (cell.Hour * (cellWidth + gap));
            var y = top + (((int)cell.Weekday - 1) * (cellHeight + gap));
            var shade = high > low ? ((cell.MedianEngagementRate ?? 0) - low) / (high - low) : 1;
            html.Empty("rect", ("class", "best"), ("x", N(x)), ("y", N(y)), ("width", N(cellWidth)), ("height", N(cellHeight)), ("rx", "3"));
            Text(text.Count(i + 1), x + (cellWidth / 2), y + (cellHeight / 2) + 5, shade > 0.55 ? "rank light" : "rank", "middle");
        }

        html.Close("svg").Line();

        html.Open("p", ("class", "legend"));
        html.Element("span", string.Empty, ("class", "swatch gradient"), ("aria-hidden", "true"));
        html.Text($" {text.MedianEngagementRate} {(ranked.Count > 0 ? $"{text.Percent(low)} – {text.Percent(high)}" : text.NotAvailable)}");
        html.Element("span", string.Empty, ("class", "swatch hatch"), ("aria-hidden", "true"));
        html.Text(" " + text.FewerPostsThan(bestTime.MinimumPostsPerCell));
        html.Element("span", string.Empty, ("class", "swatch empty"), ("aria-hidden", "true"));
        html.Text(" " + text.NoPosts);
        if (best.Count > 0)
        {
            html.Element("span", "1", ("class", "swatch best-mark"), ("aria-hidden", "true"));
            html.Text(" " + text.BestSlotsByRank);
        }

        html.Close("p").Line();

        var hours = Enumerable.Range(0, 24).ToList();
        DataTable(
            [text.Day, .. hours.Select(hour => hour.ToString(text.Culture))],
            Enumerable.Range(1, 7).Select(day => (IsoDayOfWeek)day).Select(day => new[] { text.Weekday(day) }
                .Concat(hours.Select(hour => bestTime.Cell(day, hour) is { MedianEngagementRate: { } median } cell
                    ? $"{text.Percent(median)} ({text.Count(cell.PostCount)})"
                    : "–"))
                .ToArray()),
            $"{text.Data}{text.Colon} {text.MedianEngagementRate.ToLower(text.Culture)} ({text.Posts.ToLower(text.Culture)})");
    }

    /// <summary>Returns a colour from pale to deep teal for a share between 0 and 1.</summary>
    private static string HeatColour(double share)
    {
        share = Math.Clamp(share, 0, 1);
        (double R, double G, double B) pale = (0xE0, 0xF2, 0xEF), deep = (0x0B, 0x5E, 0x59);
        var r = (int)Math.Round(pale.R + ((deep.R - pale.R) * share));
        var g = (int)Math.Round(pale.G + ((deep.G - pale.G) * share));
        var b = (int)Math.Round(pale.B + ((deep.B - pale.B) * share));
        return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"#{r:X2}{g:X2}{b:X2}");
    }

    // ---- Mentions ----------------------------------------------------------------------------------------------

    /// <summary>Draws the mentions per day as bars, the dashboard's period shaded, and the flagged spikes in red with their count and date.</summary>
    private void MentionsChart(MentionSpikes spikes)
    {
        const double width = 1100, height = 250, left = 46, right = 14, top = 40, bottom = 30;
        var points = spikes.Points;
        var flagged = spikes.Spikes.Select(spike => spike.Period.Start).ToHashSet();
        var (_, high, step) = Scale(0, Math.Max(1, points.Max(point => point.Count)), 4);
        var band = (width - left - right) / points.Count;
        var barWidth = Math.Max(1, band * 0.72);
        double Y(double count) => top + ((high - count) / high * (height - top - bottom));
        double Centre(int index) => left + (index * band) + (band / 2);

        var label = $"{text.MentionSpikes}{text.Colon} " + (spikes.Spikes.Count > 0
            ? string.Join("; ", spikes.Spikes.Select(spike => $"{text.DateText(spike.Period.Start)} {text.Count(spike.Observed)} {text.Mentions.ToLower(text.Culture)}"))
            : text.NoSpikes);
        OpenSvg("mentions", width, height, label, "mentions");

        var inPeriod = points.Select((point, index) => (point, index)).Where(p => dashboard.Period.Contains(p.point.Period.Start)).Select(p => p.index).ToList();
        if (inPeriod.Count > 0)
        {
            var x = left + (inPeriod[0] * band);
            html.Empty("rect", ("class", "period-band"), ("x", N(x)), ("y", N(top - 36)), ("width", N((inPeriod[^1] - inPeriod[0] + 1) * band)), ("height", N(height - bottom - top + 36)));
            Text(Isolate(text.PeriodName(dashboard.Period)), x + 6, top - 24, "band-label");
        }

        foreach (var tick in Ticks(0, high, step))
        {
            html.Empty("line", ("class", tick == 0 ? "axis" : "grid"), ("x1", N(left)), ("x2", N(width - right)), ("y1", N(Y(tick))), ("y2", N(Y(tick))));
            Text(tick.ToString("N0", text.Culture), left - 6, Y(tick) + 4, "tick", "end");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            var day = point.Period.Start;
            var spike = flagged.Contains(day);
            var kind = spike ? "spike" : dashboard.Period.Contains(day) ? "in-period" : "before";
            html.Open("rect", ("class", $"bar mention {kind}"), ("x", N(Centre(i) - (barWidth / 2))), ("y", N(Y(point.Count))), ("width", N(barWidth)), ("height", N(Math.Max(0, Y(0) - Y(point.Count)))));
            html.Element("title", $"{text.DateText(day)}{text.Colon} {text.Count(point.Count)} {text.Mentions.ToLower(text.Culture)}{(spike ? $" ({text.Spike})" : string.Empty)}");
            html.Close("rect");
            if (day.DayOfWeek == IsoDayOfWeek.Monday)
            {
                html.Empty("line", ("class", "tick-mark"), ("x1", N(Centre(i))), ("x2", N(Centre(i))), ("y1", N(Y(0))), ("y2", N(Y(0) + 4)));
                Text(text.DayAndMonth(day), Centre(i), height - 10, "tick", "middle");
            }
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (flagged.Contains(point.Period.Start))
            {
                var x = Math.Clamp(Centre(i), left + 40, width - right - 40);
                Text($"{text.Count(point.Count)} · {text.DayAndMonth(point.Period.Start)}", x, Y(point.Count) - 7, "spike-label", "middle");
            }
        }

        html.Close("svg").Line();
        html.Open("p", ("class", "legend"));
        html.Element("span", string.Empty, ("class", "swatch mention-before"), ("aria-hidden", "true"));
        html.Text($" {text.Mentions} ({text.OutsidePeriod})");
        html.Element("span", string.Empty, ("class", "swatch mention-in-period"), ("aria-hidden", "true"));
        html.Text($" {text.Mentions} ({Isolate(text.PeriodName(dashboard.Period))})");
        html.Element("span", string.Empty, ("class", "swatch mention-spike"), ("aria-hidden", "true"));
        html.Text($" {text.Spike}");
        html.Element("span", $"{text.Detector}{text.Colon} {Isolate(spikes.Detector)}", ("class", "muted detector"));
        html.Close("p").Line();

        if (spikes.Spikes.Count > 0)
        {
            DataTable(
                [text.Date, text.Mentions, text.Baseline, text.Threshold, text.Score],
                spikes.Spikes.Select(spike => new[]
                {
                    text.DateText(spike.Period.Start), text.Count(spike.Observed),
                    spike.Baseline is { } baseline ? baseline.ToString("N1", text.Culture) : text.NotAvailable,
                    spike.UpperThreshold is { } threshold ? threshold.ToString("N1", text.Culture) : text.NotAvailable,
                    spike.Score is { } score ? score.ToString("N1", text.Culture) : text.NotAvailable,
                }),
                $"{text.Data}{text.Colon} {text.MentionSpikes.ToLower(text.Culture)}");
        }
        else
        {
            html.Element("p", text.NoSpikes, ("class", "muted")).Line();
        }

        DataTable(
            [text.Date, text.Mentions],
            points.Select(point => new[] { text.DateText(point.Period.Start), text.Count(point.Count) + (flagged.Contains(point.Period.Start) ? $" ({text.Spike})" : string.Empty) }),
            $"{text.Data}{text.Colon} {text.Mentions.ToLower(text.Culture)}");
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
