using System.Globalization;
using System.Text.Json;
using KpiToolkit.Dashboard;
using KpiToolkit.Tests.Dashboard;
using Microsoft.Playwright;

namespace KpiToolkit.BrowserTests;

/// <summary>
/// Opens the HTML dashboard of the test fixture in Chromium and checks what a reader would see: every chart drawn,
/// nothing fetched, no error, nothing wider than the window, no two chart labels on top of each other. Saves a
/// full-page screenshot beside the test binaries, under <c>screenshots/</c>.
/// </summary>
public sealed class HtmlDashboardBrowserTests
{
    [BrowserTheory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    public async Task Dashboard_OpensInChromium_WithEveryChartDrawnAndNothingFetched(string culture)
    {
        var dashboard = DashboardFixture.Build();
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var file = Path.Combine(folder, $"dashboard-{culture}.html");
        new HtmlDashboardRenderer().RenderToFile(dashboard, file, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) });
        var url = new Uri(file).AbsoluteUri;

        await using var browser = await Browser.LaunchAsync();
        var watched = await browser.NewPageAsync();
        var page = watched.Page;
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });

        (await page.EvaluateAsync<string>("document.documentElement.lang")).Should().Be(culture);

        // Every chart is on screen with a size.
        var charts = page.Locator("svg[data-chart]");
        (await charts.CountAsync()).Should().Be(
            dashboard.Scorecards.Count + dashboard.Rows.Count() + 4, "a trend per scorecard, one sparkline per KPI row, then the ROI, channel, heat map and mention charts");
        for (var i = 0; i < await charts.CountAsync(); i++)
        {
            var chart = charts.Nth(i);
            var name = await chart.GetAttributeAsync("data-chart");
            (await chart.IsVisibleAsync()).Should().BeTrue($"chart {i} ({name}) is visible");
            var box = await chart.BoundingBoxAsync();
            box.Should().NotBeNull($"chart {i} ({name}) is laid out");
            box!.Width.Should().BeGreaterThan(20, $"chart {i} ({name}) has a width");
            box.Height.Should().BeGreaterThan(20, $"chart {i} ({name}) has a height");
        }

        // Every sparkline with two values or more has a line through them, one vertex per value.
        var lines = await Evaluate<double[][]>(page, """
            Array.from(document.querySelectorAll('svg[data-chart="sparkline"]')).map(svg => {
              const line = svg.querySelector('polyline');
              if (!line) return [-1, -1, -1, svg.querySelectorAll('circle').length];
              const box = line.getBBox();
              return [box.width, line.getTotalLength(), line.points.numberOfItems, svg.querySelectorAll('circle').length];
            })
            """);
        var rows = dashboard.Rows.ToList();
        lines.Should().HaveCount(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var available = rows[i].History.Count(result => result.IsAvailable);
            var (width, length, vertices, dots) = (lines[i][0], lines[i][1], lines[i][2], lines[i][3]);
            dots.Should().Be(available, $"the sparkline of {rows[i].Indicator.Name} marks each of its {available} values");
            if (available >= 2)
            {
                width.Should().BeGreaterThan(0, $"the sparkline of {rows[i].Indicator.Name} spans its periods");
                length.Should().BeGreaterThan(0, $"the sparkline of {rows[i].Indicator.Name} has a line");
                vertices.Should().Be(available);
            }
        }

        // The heat map draws 7 rows of 24 cells, each with a size and a fill.
        var cells = await Evaluate<double[][]>(page, """
            Array.from(document.querySelectorAll('svg[data-chart="heatmap"] rect[data-cell]')).map(cell => {
              const box = cell.getBoundingClientRect();
              return [box.x, box.y, box.width, box.height, getComputedStyle(cell).fill === 'none' ? 0 : 1];
            })
            """);
        cells.Should().HaveCount(7 * 24);
        cells.Should().OnlyContain(cell => cell[2] > 10 && cell[3] > 10 && cell[4] == 1, "every cell is drawn and filled");
        cells.Select(cell => Math.Round(cell[0])).Distinct().Should().HaveCount(24, "the cells form 24 columns");
        cells.Select(cell => Math.Round(cell[1])).Distinct().Should().HaveCount(7, "the cells form 7 rows");

        // Bars of the ROI and channel charts are drawn.
        var bars = await Evaluate<double[]>(page, """
            Array.from(document.querySelectorAll('svg[data-chart="roi"] rect.bar, svg[data-chart="channels"] rect.bar')).map(bar => bar.getBoundingClientRect().width)
            """);
        var channels = dashboard.ChannelComparison!.Rows;
        bars.Should().HaveCount(dashboard.RoiRanking!.Ranked.Count + channels.Count + channels.Count(row => row.ConversionRate.IsAvailable));
        bars.Should().OnlyContain(width => width > 0.5, "even a zero value keeps a visible stub");

        // Nothing is wider than the window, and no two labels of a chart overlap.
        (await page.EvaluateAsync<int>("document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(Browser.Width, "the page fits a 1280-pixel window");
        var overlaps = await Evaluate<string[]>(page, """
            Array.from(document.querySelectorAll('svg[data-chart]:not([data-chart="sparkline"])')).flatMap(svg => {
              const labels = Array.from(svg.querySelectorAll('text')).map(t => ({ text: t.textContent, box: t.getBoundingClientRect() }));
              const found = [];
              for (let i = 0; i < labels.length; i++)
                for (let j = i + 1; j < labels.length; j++) {
                  const a = labels[i].box, b = labels[j].box;
                  if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5)
                    found.push(svg.dataset.chart + ': "' + labels[i].text + '" overlaps "' + labels[j].text + '"');
                }
              return found;
            })
            """);
        overlaps.Should().BeEmpty();

        var screenshot = Path.Combine(folder, $"dashboard-{culture}.png");
        await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.Should().BeGreaterThan(50_000, "the screenshot shows the whole page");

        watched.Errors.Should().BeEmpty("the page logs no error and no request fails");
        watched.Requests.Should().Equal([url], "the page fetches nothing but itself");
    }

    [BrowserFact]
    public async Task Watcher_SeesAnAttemptedFetchAndAConsoleError()
    {
        // The checks above must be able to fail: a page that tries to fetch an image is caught.
        await using var browser = await Browser.LaunchAsync();
        var watched = await browser.NewPageAsync();

        await watched.Page.SetContentAsync("""<!DOCTYPE html><html lang="en"><body><img src="http://127.0.0.1:9/missing.png" alt=""></body></html>""");

        watched.Requests.Should().Contain("http://127.0.0.1:9/missing.png");
        watched.Errors.Should().NotBeEmpty();
    }

    private static async Task<T> Evaluate<T>(IPage page, string script)
    {
        var json = await page.EvaluateAsync<JsonElement>(script);
        return json.Deserialize<T>()!;
    }
}
