namespace KpiToolkit.Sample;

/// <summary>Prints what each file gave, and every rejected row with its reason, so nothing is lost unseen.</summary>
internal sealed class ImportWriter(TextWriter output)
{
    public void Write(IReadOnlyList<ImportSummary> summaries)
    {
        output.WriteLine("Data read");
        foreach (var s in summaries)
        {
            var skipped = s.Skipped > 0 ? $", {s.Skipped} skipped" : string.Empty;
            output.WriteLine($"  {s.File,-24} {s.Format,-16} {s.Accepted,6:N0} rows, {s.Rejected} rejected{skipped}");
            foreach (var error in s.Errors)
            {
                output.WriteLine($"      rejected {error}");
            }
        }

        output.WriteLine();
    }
}
