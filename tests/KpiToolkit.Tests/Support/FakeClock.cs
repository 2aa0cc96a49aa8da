namespace KpiToolkit.Tests.Support;

/// <summary>A clock that says whatever instant the test sets.</summary>
internal sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;

    public static FakeClock At(int year, int month, int day) =>
        new(Instant.FromUtc(year, month, day, 12, 0));

    public Instant GetCurrentInstant() => Now;
}
