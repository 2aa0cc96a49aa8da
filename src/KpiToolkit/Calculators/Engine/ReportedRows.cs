using System.Runtime.CompilerServices;
using KpiToolkit.Activity;

namespace KpiToolkit.Calculators.Engine;

/// <summary>
/// Whether every column of a formula reports a row, for up to <see cref="MaxColumns"/> columns with a validity bitmap:
/// the bitmaps' spans are taken once, so a loop tests a row with a few bit reads and no call.
/// </summary>
internal readonly ref struct ReportedRows
{
    /// <summary>The most columns with a bitmap this type tests.</summary>
    public const int MaxColumns = 4;

    private readonly ReadOnlySpan<ulong> _v0;
    private readonly ReadOnlySpan<ulong> _v1;
    private readonly ReadOnlySpan<ulong> _v2;
    private readonly ReadOnlySpan<ulong> _v3;

    /// <summary>Takes the bitmaps of the columns.</summary>
    /// <param name="withBitmaps">The columns where some value is not reported; at most <see cref="MaxColumns"/>.</param>
    public ReportedRows(CountColumn[] withBitmaps)
    {
        if (withBitmaps.Length > MaxColumns)
        {
            throw new ArgumentException($"At most {MaxColumns} columns with a bitmap are tested together, not {withBitmaps.Length}.", nameof(withBitmaps));
        }

        _v0 = withBitmaps.Length > 0 ? withBitmaps[0].Validity : default;
        _v1 = withBitmaps.Length > 1 ? withBitmaps[1].Validity : default;
        _v2 = withBitmaps.Length > 2 ? withBitmaps[2].Validity : default;
        _v3 = withBitmaps.Length > 3 ? withBitmaps[3].Validity : default;
    }

    /// <summary>Returns whether every column reports the row.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Has(int row) =>
        (_v0.IsEmpty || CountColumn.IsSet(_v0, row)) && (_v1.IsEmpty || CountColumn.IsSet(_v1, row))
        && (_v2.IsEmpty || CountColumn.IsSet(_v2, row)) && (_v3.IsEmpty || CountColumn.IsSet(_v3, row));
}
