using KpiToolkit.DependencyInjection;
using KpiToolkit.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiToolkit.Tests.DependencyInjection;

public class HostStartupTests
{
    private static IHost Host(Action<IServiceCollection> register)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        register(builder.Services);
        return builder.Build();
    }

    [Fact]
    public async Task StartAsync_NegativeTolerance_FailsNamingTheOption()
    {
        using var host = Host(s => s.AddKpiToolkit(o => o.Smart.AchievabilityTolerance = -1));

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "KpiToolkit:Smart:AchievabilityTolerance = -1: AchievabilityTolerance must be a finite number of at least 0.");
    }

    [Fact]
    public async Task StartAsync_UnknownZoneInConfiguration_FailsNamingTheId()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new KeyValuePair<string, string?>("KpiToolkit:TimeZone", "Europe/Pariss")])
            .Build();
        using var host = Host(s => s.AddKpiToolkit(configuration.GetSection("KpiToolkit")));

        var start = () => host.StartAsync();

        (await start.Should().ThrowAsync<OptionsValidationException>()).WithMessage("*KpiToolkit:TimeZone = 'Europe/Pariss'*");
    }

    [Fact]
    public async Task StartAsync_GoodOptions_StartsWithThem()
    {
        using var host = Host(s =>
        {
            s.AddKpiToolkit();
            s.Configure<KpiToolkitOptions>(o => o.TimeZone = DateTimeZoneProviders.Tzdb["Europe/Paris"]);
        });

        await host.StartAsync();

        host.Services.GetRequiredService<ReportingCalendar>().Zone.Id.Should().Be("Europe/Paris");
        await host.StopAsync();
    }
}
