using System.Runtime.CompilerServices;

namespace KpiToolkit.Calculators.Engine;

/// <summary>How a loop over records is compiled.</summary>
internal static class HotLoop
{
    /// <summary>Full optimization from the first call, for a method that loops over every record.</summary>
    /// <remarks>
    /// Such a method runs a few times per process, each time over up to millions of records. Tiered compilation would
    /// start it unoptimized and swap in optimized code in the middle of its loop, and keeps the methods it calls per
    /// record unoptimized for as long as new methods are being compiled, which a dashboard's build does throughout: a
    /// first dashboard over a million posts and a million mentions took about four times its optimized time.
    /// </remarks>
    public const MethodImplOptions Options = MethodImplOptions.AggressiveOptimization;
}
