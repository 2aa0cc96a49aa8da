using KpiToolkit.Activity;

namespace KpiToolkit.Calculators.Engine;

/// <summary>The validity bits of one step of a columnar pass: the AND of every column's bitmap over the step, read a word (64 rows) at a time.</summary>
internal static class ColumnValidity
{
    /// <summary>Fills the validity words of one step starting at <paramref name="start"/> (a multiple of 64) and returns whether any column has a bitmap.</summary>
    /// <param name="columns">The columns a row needs reported to be used.</param>
    /// <param name="start">The first row of the step; a multiple of 64.</param>
    /// <param name="valid">The step's words, <see cref="CountColumn.WordsFor"/> its length; set where every column is reported.</param>
    /// <returns><see langword="false"/> when every column reports every row, so the words are all set.</returns>
    public static bool And(ReadOnlySpan<CountColumn> columns, int start, Span<ulong> valid)
    {
        valid.Fill(ulong.MaxValue);
        var any = false;
        var firstWord = start >> 6;
        foreach (var column in columns)
        {
            if (column.AllReported)
            {
                continue;
            }

            any = true;
            var words = column.Validity.Slice(firstWord, valid.Length);
            for (var w = 0; w < valid.Length; w++)
            {
                valid[w] &= words[w];
            }
        }

        return any;
    }

    /// <summary>Returns 1 when bit <paramref name="row"/> of the step's words is set, 0 otherwise.</summary>
    public static int Bit(ReadOnlySpan<ulong> valid, int row) => (int)((valid[row >> 6] >> (row & 63)) & 1UL);
}
