using System.Globalization;
using System.Text.RegularExpressions;
using KpiToolkit.Dashboard;
using KpiToolkit.Localization;
using KpiToolkit.Tests.Dashboard;

namespace KpiToolkit.BrowserTests;

/// <summary>
/// Opens the French HTML dashboard in Chromium and reads what a reader sees: no built-in English text may be left
/// outside the data. Texts from the data (channel names, titles, statements, ids) sit in <c>bdi</c> elements or between
/// isolate marks, and are taken out first; numbers are not words.
/// </summary>
public sealed partial class HtmlDashboardLanguageTests
{
    // Everything a reader sees, without the texts that are the host's data. The page isolates every text of the model
    // (in bdi, or between U+2068 and U+2069); an isolated text is data unless it is one of KpiToolkit's own texts, in
    // any language, such as the default title or a built-in indicator's name.
    private const string VisibleTextWithoutData = """
        builtIn => {
          const own = new Set(builtIn);
          const body = document.body.cloneNode(true);
          body.querySelectorAll('bdi').forEach(element => { if (!own.has(element.textContent.trim())) element.remove(); });
          document.documentElement.appendChild(body);
          const text = body.innerText;
          body.remove();
          return text.replace(/\u2068([^\u2069]*)\u2069/g, (isolated, inner) => own.has(inner.trim()) ? inner : ' ');
        }
        """;

    [BrowserFact]
    public async Task FrenchPage_ShowsNoBuiltInEnglishText_OutsideTheData()
    {
        var french = await VisibleText("fr-FR");

        var english = EnglishFragments().Where(fragment => Contains(french, fragment)).ToList();

        english.Should().BeEmpty("every text KpiToolkit writes on a French page is French");
        french.Should().Contain("Tableau de bord des KPI").And.Contain("Taux d’engagement");
    }

    [BrowserFact]
    public async Task EnglishPage_ShowsTheSameFragments_SoTheCheckCanFail()
    {
        var english = await VisibleText("en-US");

        var found = EnglishFragments().Where(fragment => Contains(english, fragment)).ToList();

        found.Should().Contain(["KPI dashboard", "Engagement rate", "Objectives", "Problems"]);
        found.Count.Should().BeGreaterThan(40, "the English page shows many of the built-in texts");
    }

    private static async Task<string> VisibleText(string culture)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        var file = Path.Combine(folder, $"language-{culture}.html");
        var dashboard = DashboardFixture.Build() with
        {
            // A problem KpiToolkit writes, so its text is read too.
            Problems = [History()],
        };
        new HtmlDashboardRenderer().RenderToFile(dashboard, file, new DashboardRenderOptions { Culture = CultureInfo.GetCultureInfo(culture) });

        await using var browser = await Browser.LaunchAsync();
        var watched = await browser.NewPageAsync();
        await watched.Page.GotoAsync(new Uri(file).AbsoluteUri);
        return await watched.Page.EvaluateAsync<string>(VisibleTextWithoutData, BuiltInTexts());
    }

    /// <summary>Every text of KpiToolkit's resources that carries no value, in English and in French.</summary>
    private static string[] BuiltInTexts()
    {
        var fr = CultureInfo.GetCultureInfo("fr");
        return KpiLocalizer.Names
            .SelectMany(name => new[] { KpiLocalizer.Default.GetString(name, CultureInfo.InvariantCulture), KpiLocalizer.Default.GetString(name, fr) })
            .Where(text => !Placeholder().IsMatch(text))
            .Select(text => text.Trim())
            .Distinct()
            .ToArray();
    }

    private static DashboardProblem History()
    {
        var builder = new DashboardBuilder(
            Calculators.KpiCalculatorRegistry.CreateDefault(DashboardFixture.Paris),
            Indicators.IndicatorCatalog.BuiltIn,
            DashboardFixture.Clock(),
            DashboardFixture.Paris,
            new DashboardOptions { HistoryLength = 3 });
        return builder.Build(new DashboardRequest(Time.ReportingPeriod.Month(-9997, 2)) { Data = DashboardFixture.Data() }).Problems.First(p => p.Component == "history");
    }

    /// <summary>
    /// The built-in English texts whose French differs, cut at their placeholders into the fragments a page can show
    /// whole; fragments of fewer than four letters say too little to be told from French.
    /// </summary>
    private static IEnumerable<string> EnglishFragments()
    {
        var fr = CultureInfo.GetCultureInfo("fr");
        foreach (var name in KpiLocalizer.Names)
        {
            var english = KpiLocalizer.Default.GetString(name, CultureInfo.InvariantCulture);
            if (english == KpiLocalizer.Default.GetString(name, fr))
            {
                continue;
            }

            foreach (var fragment in Placeholder().Split(english))
            {
                var trimmed = fragment.Trim(' ', '.', ',', ';', ':', '(', ')', '\'', '“', '”', '…');
                if (trimmed.Count(char.IsLetter) >= 4)
                {
                    yield return trimmed;
                }
            }
        }
    }

    private static bool Contains(string text, string fragment) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(fragment)}(?![\p{{L}}\p{{N}}])");

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
