using KpiToolkit.Calculators;
using KpiToolkit.Objectives;
using NodaTime;

namespace KpiToolkit.Dashboard;

/// <summary>The charts of the HTML page drawn over time: the best time to post and the mentions per day with their spikes.</summary>
internal sealed partial class HtmlPage
{
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
        if (step < 1)
        {
            // Counts are whole: a peak of 1 or 2 would otherwise get ticks 0.25 apart, written 0, 0, 1, 1.
            (high, step) = (Math.Ceiling(high), 1);
        }

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
        html.Element("span", $"{text.Detector}{text.Colon} {Isolate(spikes.DetectorText is { } detector ? text.Format(detector) : spikes.Detector)}", ("class", "muted detector"));
        html.Close("p").Line();

        if (spikes.Spikes.Count > 0)
        {
            // Each spike's kind in words: the good kind to convert, the bad kind to answer.
            html.Open("ul", ("class", "spike-kinds")).Line();
            for (var i = 0; i < spikes.Spikes.Count; i++)
            {
                var character = i < spikes.Explanations.Count ? spikes.Explanations[i].Character : SpikeCharacter.Unknown;
                html.Open("li", ("class", $"spike-kind character-{character.ToString().ToLowerInvariant()}"));
                html.Element("strong", $"{text.DayAndMonth(spikes.Spikes[i].Period.Start)} · {text.Count(spikes.Spikes[i].Observed)} {text.Mentions.ToLower(text.Culture)}");
                html.Text($"{text.Colon} {text.SpikeKindText(spikes, i)}");
                html.Close("li").Line();
            }

            html.Close("ul").Line();
            DataTable(
                [text.Date, text.Mentions, text.Baseline, text.Threshold, text.Score, text.SpikeKind],
                spikes.Spikes.Select((spike, index) => new[]
                {
                    text.DateText(spike.Period.Start), text.Count(spike.Observed),
                    spike.Baseline is { } baseline ? baseline.ToString("N1", text.Culture) : text.NotAvailable,
                    spike.UpperThreshold is { } threshold ? threshold.ToString("N1", text.Culture) : text.NotAvailable,
                    spike.Score is { } score ? score.ToString("N1", text.Culture) : text.NotAvailable,
                    text.SpikeKindText(spikes, index),
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
}
