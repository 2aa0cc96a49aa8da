using System.Net;
using KpiToolkit.Activity;
using KpiToolkit.Dashboard;
using KpiToolkit.Import;
using KpiToolkit.Import.Maps;
using KpiToolkit.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace KpiToolkit.AspNetCore.Tests;

/// <summary>
/// A small app on Kestrel, on loopback at a port the system picks, with the endpoints a host writes: a dashboard
/// streamed to the response in each format, the old synchronous way for comparison, and a CSV import from the body.
/// </summary>
internal sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestApp(WebApplication app, Uri address, ImportOutcome imports)
    {
        _app = app;
        Imports = imports;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Gets a client of the app.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets what the import endpoint saw of its last request.</summary>
    public ImportOutcome Imports { get; }

    /// <summary>Gets the dashboard the endpoints render.</summary>
    public static KpiDashboard Dashboard { get; } = BuildDashboard();

    public static async Task<TestApp> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var outcome = new ImportOutcome();
        builder.Services.AddSingleton(outcome);
        var app = builder.Build();

        app.MapGet("/dashboard/{format}", async (string format, HttpContext context) =>
        {
            var renderer = DashboardRenderers.BuiltIn.Get(format);
            context.Response.ContentType = renderer.ContentType;
            await renderer.RenderAsync(Dashboard, context.Response.Body, cancellationToken: context.RequestAborted);
        });

        // What a host wrote before RenderAsync existed: a synchronous write, which ASP.NET Core refuses by default.
        app.MapGet("/dashboard-sync/{format}", (string format, HttpContext context) =>
        {
            var renderer = DashboardRenderers.BuiltIn.Get(format);
            using var writer = new StreamWriter(context.Response.Body);
            renderer.Render(Dashboard, writer);
        });

        app.MapPost("/import", async (HttpContext context, ImportOutcome seen) =>
        {
            var importer = new CsvImporter<WebTrafficRecord>(new WebTrafficMap { Date = "Date", Sessions = "Sessions", ChannelColumn = "Channel" });
            try
            {
                var rows = 0;
                var accepted = 0;
                await foreach (var row in importer.ReadAsync(context.Request.Body, context.RequestAborted))
                {
                    rows++;
                    accepted += row.Record is null ? 0 : 1;
                    seen.RowsRead = rows;
                }

                seen.Finish(null);
                return Results.Text($"{accepted} of {rows}");
            }
            catch (Exception e)
            {
                seen.Finish(e);
                throw;
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new TestApp(app, new Uri(address), outcome);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static KpiDashboard BuildDashboard()
    {
        var calendar = new ReportingCalendar(DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        var posts = Enumerable.Range(0, 400).Select(i => new SocialPost(
            $"ig-{i}",
            i % 2 == 0 ? Channel.Instagram : Channel.Facebook,
            Instant.FromUtc(2026, 4, 1, 8, 0) + Duration.FromHours(5 * i),
            PostFormat.Photo,
            counters: new PostCounters { Reach = 1_000 + i, Reactions = 30 + (i % 17), Comments = i % 5, Shares = i % 3 }));
        var clock = new StoppedClock(Instant.FromUtc(2026, 7, 2, 9, 0));
        return DashboardBuilder.CreateDefault(clock, calendar).Build(new DashboardRequest(ReportingPeriod.Month(2026, 6)) { Data = new ActivityData(posts: [.. posts]) });
    }
}

/// <summary>What the import endpoint saw: the rows it read and how the read ended.</summary>
internal sealed class ImportOutcome
{
    private readonly TaskCompletionSource<Exception?> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Gets or sets the rows read so far.</summary>
    public int RowsRead { get; set; }

    /// <summary>Gets the error the read ended with, or null when it read the whole body.</summary>
    public Task<Exception?> Ended => _ended.Task;

    public void Finish(Exception? error) => _ended.TrySetResult(error);
}

/// <summary>A clock stopped at one instant, so the dashboard is the same on every run.</summary>
internal sealed class StoppedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
