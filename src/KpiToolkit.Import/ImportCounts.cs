using System.Globalization;

namespace KpiToolkit.Import;

/// <summary>The one-line summary of an import's rows, shared by the record and the column results.</summary>
internal static class ImportCounts
{
    /// <summary>
    /// "60 rows read, 59 accepted, 1 rejected": every data row is read, then accepted, rejected or skipped, so the rows
    /// read are the sum, and the accepted ones are not mistaken for them.
    /// </summary>
    public static string Describe(long accepted, long rejected, long skipped)
    {
        var read = accepted + rejected + skipped;
        var text = string.Create(CultureInfo.InvariantCulture, $"{read} {(read == 1 ? "row" : "rows")} read, {accepted} accepted, {rejected} rejected");
        return skipped == 0 ? text : string.Create(CultureInfo.InvariantCulture, $"{text}, {skipped} skipped");
    }
}
