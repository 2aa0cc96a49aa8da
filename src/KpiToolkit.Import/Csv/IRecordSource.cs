namespace KpiToolkit.Import.Csv;

/// <summary>Where an import's records come from: a CSV text or a spreadsheet's sheet, read one record at a time.</summary>
internal interface IRecordSource
{
    /// <summary>Reads the next record, skipping blank lines; a comment line comes back as a comment record.</summary>
    /// <returns>The record, or null at the end of the input.</returns>
    /// <exception cref="CsvFormatException">The input cannot be read further.</exception>
    CsvRecord? Read();
}
