using KpiToolkit.Tests.Shared;

namespace KpiToolkit.Orleans.Tests.PublicApi;

/// <summary>
/// The public API of the KpiToolkit.Orleans package as a checked-in text, PublicApi/KpiToolkit.Orleans.txt, so that every
/// change to it is seen in review. When this fails on purpose, copy the received file over the snapshot (see docs/quality.md).
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesTheSnapshot() => PublicApiSnapshot.Verify(typeof(ActivityBatch).Assembly);
}
