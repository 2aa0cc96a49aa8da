using Microsoft.Extensions.DependencyInjection;

namespace KpiToolkit.DependencyInjection;

/// <summary>
/// Returned by <c>services.AddKpiToolkit()</c> to add a host's own pieces: SMART rules, indicators,
/// calculators and anomaly detectors. The methods are extension methods in <see cref="KpiToolkitBuilderExtensions"/>.
/// </summary>
public interface IKpiToolkitBuilder
{
    /// <summary>Gets the service collection KpiToolkit is registered in.</summary>
    IServiceCollection Services { get; }
}

internal sealed class KpiToolkitBuilder(IServiceCollection services) : IKpiToolkitBuilder
{
    public IServiceCollection Services { get; } = services;
}
