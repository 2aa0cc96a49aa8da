using NodaTime;

namespace KpiToolkit.Benchmarks.Data;

/// <summary>A clock that always says the same instant, so a dashboard is built the same way on every run.</summary>
/// <param name="now">The instant it says.</param>
public sealed class FixedClock(Instant now) : IClock
{
    /// <inheritdoc />
    public Instant GetCurrentInstant() => now;
}
