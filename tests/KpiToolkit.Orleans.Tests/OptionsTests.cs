using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.Runtime;
using Orleans.TestingHost;

namespace KpiToolkit.Orleans.Tests;

/// <summary>A silo refuses to start with options it cannot run, or without the grain storage its grains need, and says why.</summary>
public sealed class OptionsTests
{
    [Fact]
    public async Task InvalidOptions_StopTheSiloAtStart_NamingEachOne()
    {
        var start = () => DeployAsync(silo => silo.AddKpiToolkit(options =>
        {
            options.MentionBucket = Duration.FromMinutes(7);
            options.AllowedLateness = Duration.FromDays(-1);
            options.MaxBatchSize = 0;
        }).AddKpiToolkitMemoryStorage());

        var thrown = await start.Should().ThrowAsync<Exception>();
        var message = string.Join(" | ", Flatten(thrown.Which).Select(exception => exception.Message));
        message.Should().Contain("The KpiClusterOptions are invalid")
            .And.Contain("MentionBucket must be a whole number of minutes that divides a day, from 1 minute to 12 hours, but was 0:00:07:00")
            .And.Contain("AllowedLateness must be from 0 to 1 day")
            .And.Contain("MaxBatchSize must be at least 1, but was 0");
    }

    [Fact]
    public async Task NoGrainStorage_StopsTheSiloAtStart_SayingWhatToRegister()
    {
        var start = () => DeployAsync(silo => silo.AddKpiToolkit());

        var thrown = await start.Should().ThrowAsync<Exception>();
        string.Join(" | ", Flatten(thrown.Which).Select(exception => exception.Message))
            .Should().Contain("No grain storage is named 'KpiToolkit'").And.Contain("AddKpiToolkitMemoryStorage()");
    }

    [Fact]
    public async Task TwoObjectivesOfABrandWithOneId_StopTheSiloAtStart_NamingTheId()
    {
        var goal = new KpiToolkit.Objectives.Objective("reach-more", "Publish more", KpiToolkit.Indicators.BuiltInIndicators.PostingFrequency);
        var start = () => DeployAsync(silo => silo.AddKpiToolkit().AddKpiToolkitMemoryStorage()
            .AddKpiToolkitObjectives("brand", goal)
            .AddKpiToolkitObjectives("other brand", goal)
            .AddKpiToolkitObjectives("brand", goal));

        var thrown = await start.Should().ThrowAsync<Exception>();
        string.Join(" | ", Flatten(thrown.Which).Select(exception => exception.Message))
            .Should().Contain("The brand 'brand' has two objectives with the id 'reach-more'");
        FluentActions.Invoking(() => new SiloBuilderProbe().AddKpiToolkitObjectives(" ", goal)).Should().Throw<ArgumentException>().WithParameterName("brand");
        FluentActions.Invoking(() => new SiloBuilderProbe().AddKpiToolkitObjectives("brand", [null!]))
            .Should().Throw<ArgumentException>().WithMessage("objectives must not contain null (index 0)*");
    }

    [Fact]
    public void AddingTwice_RegistersOnce()
    {
        var services = new ServiceCollection();
        KpiToolkitSiloBuilderExtensions.AddShared(services, configure: null);
        var count = services.Count;

        KpiToolkitSiloBuilderExtensions.AddShared(services, configure: null);

        services.Where(service => service.ServiceType == typeof(IKpiClusterClient)).Should().ContainSingle();
        services.Count.Should().BeLessThanOrEqualTo(count + 1, "only the options' registration may repeat");
    }

    private static async Task DeployAsync(Action<ISiloBuilder> configure)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => configure(silo));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            yield return current;
            if (current is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>A silo builder that only collects services, to call the registration without a silo.</summary>
    private sealed class SiloBuilderProbe : ISiloBuilder
    {
        public IServiceCollection Services { get; } = new ServiceCollection();

        public Microsoft.Extensions.Configuration.IConfiguration Configuration { get; } = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();
    }
}
