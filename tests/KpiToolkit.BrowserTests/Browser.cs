using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace KpiToolkit.BrowserTests;

/// <summary>
/// Decides whether the browser tests run. They always run in CI (<c>CI=true</c>), where a missing Chromium fails them.
/// Elsewhere they are skipped, and reported as skipped with what to install, when Chromium is not installed or
/// <c>KPITOOLKIT_SKIP_BROWSER_TESTS=1</c>; so <c>dotnet test</c> passes on a fresh machine without hiding that they did not run.
/// </summary>
internal static class BrowserRequirement
{
    /// <summary>The environment variable that skips the browser tests when set to 1, outside CI.</summary>
    public const string SkipVariable = "KPITOOLKIT_SKIP_BROWSER_TESTS";

    /// <summary>Gets why the browser tests are skipped here, or null when they run.</summary>
    public static string? SkipReason
    {
        get
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (Environment.GetEnvironmentVariable(SkipVariable) == "1")
            {
                return $"{SkipVariable}=1: the tests that need Chromium are skipped.";
            }

            return File.Exists(Browser.ExecutablePath)
                ? null
                : $"Chromium is not installed at {Browser.ExecutablePath}, so the HTML dashboard is not opened in a browser here. " +
                  $"Install it (Debian/Ubuntu: apt-get install chromium) or set {Browser.PathVariable}; CI installs it and always runs these tests.";
        }
    }
}

/// <summary>A theory that needs Chromium: skipped, never passed, when <see cref="BrowserRequirement"/> says so.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserRequirement.SkipReason;
    }
}

/// <summary>A fact that needs Chromium: skipped, never passed, when <see cref="BrowserRequirement"/> says so.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserRequirement.SkipReason;
    }
}

/// <summary>
/// Launches the system's Chromium through Playwright (never Playwright's own browser download) and opens pages in
/// it, recording every request, console error, page error and failed request.
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    /// <summary>The environment variable that points at another Chromium executable.</summary>
    public const string PathVariable = "KPITOOLKIT_CHROMIUM";

    /// <summary>Where Debian's chromium package puts the browser.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The width of the window pages open in, in CSS pixels.</summary>
    public const int Width = 1280;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>Starts Chromium, failing with what to do when it is not installed.</summary>
    public static async Task<Browser> LaunchAsync()
    {
        var executable = ExecutablePath;
        File.Exists(executable).Should().BeTrue(
            $"the browser tests open the rendered dashboard in Chromium, expected at {executable}. Install it " +
            $"(Debian/Ubuntu: apt-get install chromium), set {PathVariable} to another Chromium executable, " +
            $"or, outside CI, set {BrowserRequirement.SkipVariable}=1 to skip these tests");
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = executable, Headless = true, Args = ["--no-sandbox"] });
            return new Browser(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Opens a page 1280 pixels wide that records what it does.</summary>
    public async Task<WatchedPage> NewPageAsync()
    {
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = Width, Height = 900 } });
        return new WatchedPage(page);
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}

/// <summary>A page with everything it requested and every error it reported.</summary>
internal sealed class WatchedPage
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _errors = new();

    public WatchedPage(IPage page)
    {
        Page = page;
        page.Request += (_, request) => _requests.Enqueue(request.Url);
        page.RequestFailed += (_, request) => _errors.Enqueue($"request failed: {request.Url} ({request.Failure})");
        page.PageError += (_, error) => _errors.Enqueue($"page error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue($"console error: {message.Text}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Gets the URLs the page requested, the document itself included, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>Gets the console errors, page errors and failed requests, in order.</summary>
    public IReadOnlyList<string> Errors => [.. _errors];
}
