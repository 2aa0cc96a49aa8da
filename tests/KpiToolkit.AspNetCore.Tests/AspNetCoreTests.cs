using System.Net;
using System.Text;
using System.Text.Json;
using KpiToolkit.Dashboard;

namespace KpiToolkit.AspNetCore.Tests;

/// <summary>
/// A dashboard streamed to an HTTP response and a CSV imported from an HTTP request body, in a real ASP.NET Core app
/// that keeps synchronous I/O disallowed.
/// </summary>
public sealed class AspNetCoreTests
{
    [Theory]
    [InlineData("json")]
    [InlineData("html")]
    [InlineData("markdown")]
    [InlineData("csv")]
    public async Task Dashboard_RenderedAsynchronously_ReachesTheClientWhole(string format)
    {
        await using var app = await TestApp.StartAsync();

        using var response = await app.Client.GetAsync($"/dashboard/{format}");
        var body = await response.Content.ReadAsByteArrayAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.Should().Equal(Encoding.UTF8.GetBytes(DashboardRenderers.BuiltIn.Get(format).RenderToString(TestApp.Dashboard)));
    }

    [Fact]
    public async Task Dashboard_AsJson_ParsesAndHoldsTheKpiRows()
    {
        await using var app = await TestApp.StartAsync();

        var json = await app.Client.GetStringAsync("/dashboard/json");
        using var document = JsonDocument.Parse(json);

        var keys = document.RootElement.GetProperty("sections").EnumerateArray()
            .SelectMany(section => section.GetProperty("rows").EnumerateArray())
            .Select(row => row.GetProperty("indicator").GetProperty("key").GetString())
            .ToList();
        keys.Should().Contain(["engagement-rate", "posting-frequency"]);
    }

    [Fact]
    public async Task Dashboard_WrittenSynchronously_IsRefusedByTheServer()
    {
        // The control: the write RenderAsync replaces fails here, so the test above would catch a synchronous write.
        await using var app = await TestApp.StartAsync();

        string? body = null;
        try
        {
            using var response = await app.Client.GetAsync("/dashboard-sync/json");
            body = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
        }
        catch (HttpRequestException)
        {
            // The server reset the connection mid-response.
        }

        IsJson(body).Should().BeFalse("the synchronous write failed, so the client got no dashboard");
    }

    private static bool IsJson(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    [Fact]
    public async Task Import_FromTheRequestBody_ReadsEveryRow()
    {
        await using var app = await TestApp.StartAsync();
        var csv = "Date,Channel,Sessions\n2026-06-01,Direct,120\n2026-06-02,Email,many\n2026-06-03,Social,80\n";

        using var response = await app.Client.PostAsync("/import", new StringContent(csv, Encoding.UTF8, "text/csv"));

        (await response.Content.ReadAsStringAsync()).Should().Be("2 of 3");
        (await app.Imports.Ended).Should().BeNull();
    }

    [Fact]
    public async Task Import_RequestAbortedMidStream_StopsWithOperationCanceledBeforeTheRest()
    {
        await using var app = await TestApp.StartAsync();
        using var cancellation = new CancellationTokenSource();
        var body = new SlowRows(rows: 10_000, pauseAfter: 50, onPause: cancellation.Cancel);

        var send = () => app.Client.PostAsync("/import", body, cancellation.Token);

        await send.Should().ThrowAsync<OperationCanceledException>();
        var ended = await app.Imports.Ended.WaitAsync(TimeSpan.FromSeconds(10));
        ended.Should().BeAssignableTo<OperationCanceledException>("the server saw the request aborted while reading the body");
        app.Imports.RowsRead.Should().BeLessThan(10_000, "the import stopped before the rest of the body");
        body.RowsSent.Should().BeLessThan(10_000);
    }

    /// <summary>A request body that sends rows a few at a time, pauses after some, and tells the test it paused.</summary>
    private sealed class SlowRows(int rows, int pauseAfter, Action onPause) : HttpContent
    {
        public int RowsSent { get; private set; }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            await SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes("Date,Channel,Sessions\n"), cancellationToken);
            for (RowsSent = 0; RowsSent < rows; RowsSent++)
            {
                if (RowsSent == pauseAfter)
                {
                    await stream.FlushAsync(cancellationToken);
                    await Task.Delay(500, cancellationToken);
                    onPause();
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }

                await stream.WriteAsync(Encoding.UTF8.GetBytes($"2026-06-01,Direct,{RowsSent}\n"), cancellationToken);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
