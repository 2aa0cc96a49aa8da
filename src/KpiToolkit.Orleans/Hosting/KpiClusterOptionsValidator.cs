using KpiToolkit.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Orleans.Runtime;
using Orleans.Storage;

namespace Orleans.Hosting;

/// <summary>Checks <see cref="KpiClusterOptions"/>, the grain storage the grains need and the registered objectives when a silo starts.</summary>
internal sealed class KpiClusterOptionsValidator(IOptions<KpiClusterOptions> options, IServiceProvider services) : IConfigurationValidator
{
    /// <inheritdoc />
    public void ValidateConfiguration()
    {
        var settings = options.Value;
        var errors = new List<string>();
        var minutes = settings.MentionBucket.TotalMinutes;
        if (minutes < 1 || minutes > 12 * 60 || minutes != Math.Floor(minutes) || (24 * 60) % (int)minutes != 0)
        {
            errors.Add($"{nameof(KpiClusterOptions.MentionBucket)} must be a whole number of minutes that divides a day, from 1 minute to 12 hours, but was {settings.MentionBucket}.");
        }

        if (settings.AllowedLateness < Duration.Zero || settings.AllowedLateness > Duration.FromDays(1))
        {
            errors.Add($"{nameof(KpiClusterOptions.AllowedLateness)} must be from 0 to 1 day, but was {settings.AllowedLateness}.");
        }

        AtLeastOne(errors, nameof(KpiClusterOptions.MonitorHistory), settings.MonitorHistory);
        AtLeastOne(errors, nameof(KpiClusterOptions.RememberedBatches), settings.RememberedBatches);
        AtLeastOne(errors, nameof(KpiClusterOptions.MaxBatchSize), settings.MaxBatchSize);
        if (services.GetKeyedService<IGrainStorage>(KpiClusterOptions.StorageName) is null)
        {
            errors.Add(
                $"No grain storage is named '{KpiClusterOptions.StorageName}', where KpiToolkit's grains keep their state. Register one: "
                + $"siloBuilder.AddAdoNetGrainStorage(\"{KpiClusterOptions.StorageName}\", ...) for a deployment, or siloBuilder.AddKpiToolkitMemoryStorage() to try it out.");
        }

        try
        {
            // The registered objectives are gathered now, so two objectives of a brand with one id stop the silo here.
            services.GetRequiredService<IKpiObjectiveSource>();
        }
        catch (ArgumentException exception)
        {
            errors.Add(exception.Message);
        }

        if (errors.Count > 0)
        {
            throw new OrleansConfigurationException($"The {nameof(KpiClusterOptions)} are invalid:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
    }

    private static void AtLeastOne(List<string> errors, string name, int value)
    {
        if (value < 1)
        {
            errors.Add($"{name} must be at least 1, but was {value}.");
        }
    }
}
