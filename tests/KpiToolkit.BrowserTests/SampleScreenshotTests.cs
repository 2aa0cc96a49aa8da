using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.Playwright;

namespace KpiToolkit.BrowserTests;

/// <summary>
/// Takes the screenshots of the documentation from the sample's own dashboard, in English and in French, as a reader's
/// browser shows them. With <c>KPITOOLKIT_UPDATE_DOCS_IMAGES=1</c> they replace <c>docs/images/dashboard.png</c> and
/// <c>docs/images/dashboard.fr.png</c>; otherwise they are written beside the test's output only.
/// </summary>
public sealed class SampleScreenshotTests
{
    /// <summary>The environment variable that lets the test write the documentation's images.</summary>
    public const string UpdateVariable = "KPITOOLKIT_UPDATE_DOCS_IMAGES";

    [BrowserTheory]
    [InlineData("en-US", "dashboard.png")]
    [InlineData("fr-FR", "dashboard.fr.png")]
    public async Task SampleDashboard_OpensWithItsScorecardsFirst_AndIsPhotographedForTheDocs(string culture, string image)
    {
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots", $"sample-{culture}")).FullName;
        RunSample("--out", folder, "--culture", culture).Should().Be(0);
        var page = Path.Combine(folder, "dashboard.html");

        await using var browser = await Browser.LaunchAsync();
        var watched = await browser.NewPageAsync();
        await watched.Page.GotoAsync(new Uri(page).AbsoluteUri, new() { WaitUntil = WaitUntilState.Load });

        // The page opens on the scorecards: the first card after the header, each with a value and a trend chart.
        (await watched.Page.EvaluateAsync<string>("document.querySelector('main > section').className")).Should().Contain("scorecards");
        var cards = watched.Page.Locator("li.scorecard");
        (await cards.CountAsync()).Should().BeGreaterThan(3);
        (await watched.Page.Locator("li.scorecard svg[data-chart=trend]").CountAsync()).Should().Be(await cards.CountAsync());
        (await watched.Page.Locator("table.posts-table").CountAsync()).Should().Be(2, "the best and the weakest posts");

        var screenshot = Path.Combine(folder, image);
        await watched.Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.Should().BeGreaterThan(100_000, "the screenshot shows the whole page");
        watched.Errors.Should().BeEmpty();

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.Copy(screenshot, Path.Combine(RepositoryRoot(), "docs", "images", image), overwrite: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KpiToolkit.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No KpiToolkit.sln above {AppContext.BaseDirectory}: {UpdateVariable}=1 needs the test to run inside the repository.");
    }

    /// <summary>Runs the sample's entry point, as <c>dotnet run</c> would, with its console captured.</summary>
    private static int RunSample(params string[] args)
    {
        var entryPoint = Assembly.Load("KpiToolkit.Sample").EntryPoint!;
        var savedOut = Console.Out;
        try
        {
            Console.SetOut(TextWriter.Null);
            return (int)entryPoint.Invoke(null, [args])!;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
        finally
        {
            Console.SetOut(savedOut);
        }
    }
}
